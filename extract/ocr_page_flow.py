"""A page read by OCR, before layout: what :func:`~lkjip.extract.read_pdf.lay_out` needs to lay it out with the
document's other pages.

:func:`~lkjip.extract.ocr.ocr_page` reads a scanned page into an :class:`OcrPage` (its words and rulings, no
image); the document's layout reads it as it reads a page with a text layer, so a scan gets what a text PDF
gets: running headers and footers known from every page, a borderless table ending a page lending its columns
to the next page's first lines (``carry``), a header cut off at a page's foot read with the next page's body
(``lead``), a table's part widened by the part after it, the document's vocabulary. What OCR leaves in the
tables so read (unsure words, misread digits and words) is put right afterwards
(:func:`~lkjip.extract.ocr.finish_ocr_tables`).
"""

from __future__ import annotations

from dataclasses import dataclass

from lkjip.extract.layout.geometry import Ruling, Word


@dataclass
class OcrPage:
    """One page read by OCR, before layout: its words (boxes in points, Tesseract's confidence on each) and
    rulings in the page's top-left coordinates, as a page with a text layer gives its glyphs."""

    number: int
    height: float
    words: list[Word]
    rules: list[Ruling]
    #: the page holds bordered tables (grids of rulings)
    ruled: bool
    #: the page's text for the vocabulary: each bordered cell's lines, then the lines outside them
    #: (:func:`~lkjip.extract.ocr.page_texts`)
    texts: list[str]
    #: the Tesseract model the page was read with (its dictionary puts table words right)
    lang: str
