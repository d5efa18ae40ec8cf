"""A page read by OCR, before layout: what :func:`~lkjip.extract.read_pdf.lay_out` needs to lay it out with the
document's other pages.

:func:`~lkjip.extract.ocr.ocr_page` reads a scanned page into an :class:`OcrPage` (its words and rulings, no
image); the document's layout reads it as it reads a page with a text layer, so a scan gets what a text PDF
gets: running headers and footers known from every page, a borderless table ending a page lending its columns
to the next page's first lines (``carry``), a header cut off at a page's foot read with the next page's body
(``lead``), a table's part widened by the part after it, the document's vocabulary. What OCR leaves in the
tables so read (unsure words, misread digits and words) is put right afterwards
(:func:`~lkjip.extract.ocr.finish_ocr_tables`). Before layout, the wrapped word ends of a bold header ending a
page are made bold like the header (:func:`bold_header_wraps`), so the header is read with the next page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lkjip.extract.layout.geometry import Ruling, Word, lines_from_words


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
    #: (:func:`~lkjip.extract.ocr_words.page_texts`)
    texts: list[str]
    #: the Tesseract model the page was read with (its dictionary puts table words right)
    lang: str
    #: boxes (points) of text no word covers (:func:`~lkjip.extract.ocr_unread.unread_text`)
    unread: list[tuple[float, float, float, float]] = field(default_factory=list)


#: a bold word's wrapped end is at most this many letters ("ANGGARA" / "N") ...
WRAP_LETTERS = 3


#: ... in the last this many lines of a page (a header cut off at a page's foot is no longer)
FOOT_HEADER_LINES = 6


def _wrap_end(w: Word, bold_words: Sequence[Word], dictionary: frozenset[str]) -> bool:
    """``w``, a regular scrap of up to :data:`WRAP_LETTERS` letters, is the end of one of ``bold_words`` a narrow
    column wrapped: right under it, starting within it, the two together a word of the dictionary."""
    if w.bold or not w.text.isalpha() or len(w.text) > WRAP_LETTERS:
        return False
    height = w.bottom - w.top
    return any(b.x0 - 1 <= w.x0 < b.x1 and 0 <= w.top - b.bottom <= height and (b.text + w.text).lower() in dictionary
               for b in bold_words)


def bold_header_wraps(words: Sequence[Word], dictionary: frozenset[str]) -> int:
    """The wrapped word ends of a bold header ending the page marked bold; how many.

    A header cut off at a page's foot is read with the next page's body
    (:func:`~lkjip.extract.layout.carry.dangling_start`) when the lines ending the page are bold. A header word a
    narrow column wraps ("ANGGARA" over "N") leaves a scrap whose strokes say little of its weight, so OCR's
    boldness (:func:`~lkjip.extract.ocr_bold.mark_bold`) leaves it regular, and that one regular line hid the
    header. Lines are walked up from the page's foot (``words`` without its running footer) while they are bold or
    hold nothing but such scraps (:func:`_wrap_end`, under a bold line); the scraps are marked bold. Elsewhere
    the weight stays as read: a scrap under a body row told bold would turn the row into a header.
    """
    lines = sorted(lines_from_words(list(words)), key=lambda ln: ln.top)
    scraps: list[Word] = []
    for k in range(len(lines) - 1, max(len(lines) - 1 - FOOT_HEADER_LINES, 0), -1):
        ln = lines[k]
        if ln.bold:
            continue
        above = [b for prev in lines[:k] if prev.bold and prev.bottom <= ln.top + 0.5 for b in prev.words]
        if not above or not all(_wrap_end(w, above, dictionary) for w in ln.words):
            break
        scraps.extend(ln.words)
    for w in scraps:
        w.bold = True
    return len(scraps)
