"""Read a PDF with a text layer into the intermediate :class:`~lkjip.extract.document.Document`.

This module opens the PDF and drives the reading; the layout engine it drives
is :mod:`lkjip.extract.layout`, which knows nothing of PDFs and serves the OCR
reader (:mod:`lkjip.extract.ocr`) too. Two passes over the document:

1. **Survey** every page with pypdfium2 (:func:`~lkjip.extract.pdf_page.survey_page`):
   glyphs (box, size, boldness from the font name) and rulings, in top-left
   display coordinates with ``/Rotate`` applied and sideways pages turned
   upright. Pages without a text layer (or a page-sized image with a few typed
   words) are read by :mod:`lkjip.extract.ocr` into their words and rulings
   (:class:`~lkjip.extract.ocr_page_flow.OcrPage`), laid out in the second pass
   as the other pages are. From all pages come the running
   headers/footers (:func:`~lkjip.extract.layout.furniture.furniture_keys`) and
   the document's vocabulary (:class:`~lkjip.extract.layout.words.Vocabulary`).
2. **Layout** of each page (:func:`~lkjip.extract.layout.page.read_page_layout`),
   scanned or not (what OCR leaves in a scan's tables is put right afterwards,
   :func:`~lkjip.extract.ocr.finish_ocr_tables`, and a wrapped name's last lines left as text under a scanned
   table go back into its last row, :mod:`~lkjip.extract.ocr_name_tails`):

   * *furniture* (running headers/footers, page numbers) is removed first,
     also when a browser-printed footer lies over a table cell
     (:mod:`~lkjip.extract.layout.furniture`);
   * *ruled tables*, only on pages with horizontal and vertical rulings:
     pdfplumber's grid functions turn the rulings into cells, spanning cells
     included; open outer sides are closed first; cell text is rebuilt from
     the glyphs in each cell (:mod:`~lkjip.extract.layout.grid`);
   * *tables ruled one way only* (:mod:`~lkjip.extract.layout.half_ruled`):
     a stack of horizontal rules of one width gives the rows and the white
     channels down the body the columns (a table's part on the next page
     keeps the columns of the part before); vertical rules ending at one
     height give the columns and the text the rows;
   * *borderless tables* (no vertical rulings, or none at all), per table, by
     text alignment: white channels between columns, rows from numbers, key
     columns, cells starting again, a column's usual first word and gaps, or
     from horizontal rulings when there are any; bold headers read level by
     level (:mod:`~lkjip.extract.layout.borderless`,
     :mod:`~lkjip.extract.layout.rows`);
   * a borderless table ending a page lends its columns to the top of the
     next, and a header cut off at the bottom of a page is read with the next
     page's body (:mod:`~lkjip.extract.layout.carry`);
   * *paragraphs*: the remaining lines grouped by gap, font, indentation,
     short last lines and list markers; a caption is a paragraph of its own
     (:mod:`~lkjip.extract.layout.paragraphs`).

Wrapped cell lines are rejoined by geometry and vocabulary
(:mod:`~lkjip.extract.layout.words`). Finally
(:func:`~lkjip.extract.layout.assemble.assemble`) blocks are put in reading
order, and a table continued on the next page (nothing but furniture between,
same columns) is stitched into one — a repeated header dropped, a row cut by
the page break rejoined — and running text cut by a page break becomes one
paragraph (:mod:`~lkjip.extract.layout.stitch`). Tables split by their author
(separate tables, an empty paragraph between) are joined after every reader,
by :mod:`lkjip.extract.stitch`. On scanned pages, a numbered list the layout read as a table is its lines again
(:mod:`~lkjip.extract.ocr_list_tables`).

pdfminer (pdfplumber's page parser) is never run: pdfplumber is used for its
table-grid algorithm only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import chain
from pathlib import Path

import pypdfium2 as pdfium

from lkjip.errors import InputError, ResourceLimitError
from lkjip.extract.document import Document, Paragraph
from lkjip.extract.layout.assemble import LateTable, assemble
from lkjip.extract.layout.carry import dangling_start, ending_table, widen_from_next
from lkjip.extract.layout.furniture import (
    FURNITURE_BAND,
    band_lines,
    drop_furniture,
    furniture_key,
    furniture_keys,
)
from lkjip.extract.layout.geometry import TextLine, lines_from_glyphs, lines_from_words
from lkjip.extract.layout.inferred_marks import INFERRED_MARKS, note_inferred_marks
from lkjip.extract.layout.page import PageResult, read_page_layout
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.rest_page import rest_page
from lkjip.extract.layout.words import Vocabulary
from lkjip.extract.ocr_caption_cut import cut_at_captions
from lkjip.extract.ocr_captions import lift_caption_rows, mend_roman_chapters
from lkjip.extract.ocr_contents_lists import contents_as_lines
from lkjip.extract.ocr_doc_words import mend_document_words
from lkjip.extract.ocr_list_tables import lists_as_text
from lkjip.extract.ocr_page_flow import OcrPage, bold_header_wraps
from lkjip.extract.ocr_repeat_heads import mend_repeated_heads
from lkjip.extract.ocr_words import dictionary_vocabulary, dictionary_words
from lkjip.extract.pdf_page import PageInfo, survey_page


def _open_error(path: Path, exc: Exception) -> InputError:
    msg = str(exc)
    low = msg.lower()
    if "password" in low or "encrypt" in low or "security" in low:
        return InputError(f"PDF is encrypted (password protected); export an unprotected copy: {path}")
    return InputError(f"corrupt or unreadable PDF {path}: {msg or type(exc).__name__}")


def open_pdf(path: str | Path) -> pdfium.PdfDocument:
    """Open with pdfium, mapping failures to InputError (encrypted, corrupt)."""
    path = Path(path)
    try:
        pdoc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _open_error(path, exc) from exc
    if len(pdoc) == 0:
        pdoc.close()
        raise InputError(f"corrupt or unreadable PDF {path}: no pages")
    return pdoc


@dataclass
class Survey:
    """Every page of a PDF after the first pass: surveyed (text layer), read by OCR (words and rulings, laid out
    with the rest), or nothing to lay out (blank, skipped)."""

    pages: list[PageInfo | OcrPage | PageResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)


def _survey_page(page: pdfium.PdfPage, number: int, survey: Survey, *, ocr: bool) -> PageInfo | OcrPage | PageResult:
    """One page surveyed, or OCR'd when it is a scan (its warnings added to ``survey``)."""
    info = survey_page(page, number)
    if not info.is_scan:
        return info if info.has_text else PageResult(number, info.height)
    if ocr:
        from lkjip.extract.ocr import ocr_page

        scanned, page_warnings = ocr_page(page, number)
        survey.warnings.append(f"page {number} had no text layer; OCR used")
        survey.warnings.extend(page_warnings)
        survey.ocr_pages.append(number)
        return scanned
    if info.has_text:  # a scan with a little typed text, and OCR is off: keep the text
        survey.warnings.append(f"page {number} looks scanned and OCR is off; only its text layer read")
        return info
    survey.warnings.append(f"page {number} has no text layer and OCR is off; page skipped")
    return PageResult(number, info.height, blocks=[])


def survey_pdf(pdoc: pdfium.PdfDocument, *, ocr: bool = True) -> Survey:
    """The first pass: every page surveyed (and image-only pages OCR'd), one page open at a time."""
    survey = Survey()
    for idx in range(len(pdoc)):
        page = pdoc[idx]
        try:
            survey.pages.append(_survey_page(page, idx + 1, survey, ocr=ocr))
        finally:
            page.close()
    return survey


def _scan_keys(page: OcrPage, keys: set[str]) -> set[str]:
    """The running header/footer keys a scanned page is laid out with (:func:`misread_keys`); the wrapped ends of a
    bold header ending the page, its running footer left aside, are marked bold on the way
    (:func:`~lkjip.extract.ocr_page_flow.bold_header_wraps`)."""
    page_keys = misread_keys(page, keys)
    body = drop_furniture(page.words, lines_from_words, page.height, page_keys, [])
    bold_header_wraps(body, dictionary_words(page.lang))
    return page_keys


def lay_out(surveyed: Sequence[PageInfo | OcrPage | PageResult]) -> tuple[list[PageResult], Vocabulary]:
    """The second pass: each surveyed page laid out, with the document's running headers/footers and
    vocabulary; a borderless table ending a page lends its columns to the next (``carry``), over a page holding
    nothing but the rest of its last row's cut cell too (:func:`~lkjip.extract.layout.rest_page.rest_page`); a
    header cut off at a page's bottom is read with the next page (``lead``). Pages read by OCR (:class:`OcrPage`: words and
    rulings) are laid out as pages with a text layer are, then what OCR leaves in their tables is put right
    (:func:`~lkjip.extract.ocr.finish_ocr_tables`)."""
    text_pages = [s for s in surveyed if isinstance(s, PageInfo)]
    scans = [s for s in surveyed if isinstance(s, OcrPage)]
    keys = furniture_keys([(p.height, band_lines(p.glyphs, p.height)) for p in text_pages]
                          + [(p.height, lines_from_words(p.words)) for p in scans])
    # the words the pages print, and Indonesian's dictionary (Tesseract's ``ind`` word list, when installed)
    printed = chain(("".join(g.text for g in p.glyphs) for p in text_pages), (t for p in scans for t in p.texts))
    vocab = Vocabulary(printed, base=dictionary_vocabulary("ind"))
    results: list[PageResult] = []
    carry: PageTable | None = None
    lead: list[TextLine] = []
    lead_table: PageTable | None = None
    for item in surveyed:
        if isinstance(item, PageResult):
            if item.blocks is None:  # a blank page: a table running on over it goes on after it
                lead, lead_table = [], None
                continue
            results.append(item)
            carry, lead, lead_table = None, [], None
            continue
        if isinstance(item, OcrPage):
            atoms, to_lines, page_keys = item.words, lines_from_words, _scan_keys(item, keys)
        else:
            atoms, to_lines, page_keys = item.glyphs, lines_from_glyphs, keys
        res = read_page_layout(
            item.number, item.height, atoms, item.rules, to_lines,
            ruled=item.ruled, furniture=page_keys, vocab=vocab, carry=carry, lead=lead,
        )  # fmt: skip
        if isinstance(item, OcrPage):
            cut_at_captions(res, item.words)  # a caption printed under a table and the text after it: no rows
            contents_as_lines(res, item.words)  # a list of contents read as a table, entries merged: its lines
        if res.blocks is None and not res.tables and not res.lines and not res.lead_used:
            # nothing but running headers and footers (a page left blank by a page break): a table running on
            # over it goes on after it, as if the page were not there
            lead, lead_table = [], None
            continue
        if res.lead_used:  # the previous page's last lines went into a table here
            prev = results[-1]
            prev.lines = [ln for ln in prev.lines if not any(ln is x for x in res.lead_used)]
            prev.tables = [t for t in prev.tables if t is not lead_table]
        # a page holding only the rest of the carried table's last cell: the table goes on over it
        rest = rest_page(res, carry, results[-1] if results else None, item.rules, vocab)
        results.append(res)
        carry = carry if rest is not None else ending_table(res)
        lead, lead_table = dangling_start(res) if carry is None else ([], None)
    widen_from_next(results, {s.number: s.rules for s in [*text_pages, *scans]}, vocab)
    if scans:
        from lkjip.extract.ocr import finish_ocr_tables
        from lkjip.extract.ocr_name_tails import lift_name_tails

        by_number = {res.number: res for res in results}
        for page in scans:
            if page.number in by_number:  # a page of furniture alone is no result
                finish_ocr_tables(by_number[page.number], page)
        lift_name_tails(results, {page.number for page in scans})
    return results, vocab


def ocr_late_tables(surveyed: Sequence[PageInfo | OcrPage | PageResult]) -> LateTable | None:
    """What :func:`~lkjip.extract.layout.assemble.assemble` does to a table it reads from a scanned page's lines (a
    table's first row ending a page, its rest opening the next): what OCR leaves in it put right, as in the page's
    other tables (:func:`~lkjip.extract.ocr.finish_ocr_tables`: digits misread, the doubt of unsure numbers);
    None when no page was scanned."""
    scans = {s.number: s for s in surveyed if isinstance(s, OcrPage)}
    if not scans:
        return None
    from lkjip.extract.ocr import finish_ocr_tables

    def finish(res: PageResult, pt: PageTable) -> None:
        if (page := scans.get(res.number)) is not None:
            finish_ocr_tables(res, page, [pt])

    return finish


#: a running header/footer key OCR misread on a page is this close to the document's (difflib's ratio; one letter
#: of "lkjip kecamatan sukamaju tahun #" read "lkj#p" is 0.97) ...
NEAR_KEY = 0.9
#: ... and this long at least: a short key ("halaman #") is near too many other texts
NEAR_KEY_CHARS = 12


def misread_keys(page: OcrPage, keys: set[str]) -> set[str]:
    """``keys`` (running headers/footers, :func:`~lkjip.extract.layout.furniture.furniture_keys`) with the texts of
    the scanned page's band lines that are one of them OCR misread ("LKj1P Kecamatan …" for "LKjIP Kecamatan …":
    a digit read for a letter is a key of its own) added as that key: each page's reading of a running header
    varies by a letter or two, and a header left in place keeps a table from lending its columns across it."""
    long_keys = [k for k in keys if len(k.lstrip("@")) >= NEAR_KEY_CHARS]
    if not long_keys:
        return keys
    band = [ln for ln in lines_from_words(page.words)
            if ln.bottom < FURNITURE_BAND * page.height or ln.top > (1 - FURNITURE_BAND) * page.height]
    extra: set[str] = set()
    for ln in band:
        text = furniture_key(ln.text)
        if text in keys or len(text) < NEAR_KEY_CHARS:
            continue
        for k in long_keys:
            bare = k.lstrip("@")
            if SequenceMatcher(None, text, bare, autojunk=False).ratio() >= NEAR_KEY:
                extra.add(k[: len(k) - len(bare)] + text)
    return keys | extra if extra else keys


def read_pdf(path: str | Path, *, ocr: bool = True, max_pages: int | None = None) -> Document:
    """Read a PDF: paragraphs and tables in reading order; pages without a text layer through OCR.

    Two passes: every page is surveyed first (and image-only pages OCR'd) so
    running headers/footers are known before any table is built.
    """
    path = Path(path)
    pdoc = open_pdf(path)
    try:
        n_pages = len(pdoc)
        if max_pages is not None and n_pages > max_pages:
            raise ResourceLimitError(f"{path} has {n_pages} pages, more than the limit of {max_pages}")
        survey = survey_pdf(pdoc, ocr=ocr)
    except pdfium.PdfiumError as exc:
        raise _open_error(path, exc) from exc
    finally:
        pdoc.close()
    inferred: list[str] = []  # amounts read with a decimal mark put in (:mod:`~.layout.inferred_marks`)
    token = INFERRED_MARKS.set(inferred)
    try:
        results, vocab = lay_out(survey.pages)
        ocr_pages = survey.ocr_pages
        blocks = lift_caption_rows(assemble(results, vocab, late=ocr_late_tables(survey.pages)), ocr_pages)
    finally:
        INFERRED_MARKS.reset(token)
    blocks = lists_as_text(blocks, ocr_pages)
    mend_repeated_heads(blocks, ocr_pages)
    mend_roman_chapters([b for b in blocks if isinstance(b, Paragraph) and b.page in ocr_pages])
    # the dictionary only for a scan: a PDF read without OCR must not load (nor cache) Tesseract's word list
    if ocr_pages and (mended := mend_document_words(blocks, ocr_pages, dictionary_words("ind"))):
        survey.warnings.append(f"OCR put right {mended} word(s) misread once that the document prints repeatedly")
    note_inferred_marks(blocks, inferred, survey.warnings)
    return Document(
        source_file=str(path),
        input_format="pdf_ocr" if ocr_pages and len(ocr_pages) == n_pages else "pdf",
        pages=n_pages,
        blocks=blocks,
        warnings=survey.warnings,
        ocr_pages=ocr_pages,
    )
