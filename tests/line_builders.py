"""Text lines for layout tests: words 5 pt per letter, 3 pt apart, 10 pt high; pages of words read in order."""

from __future__ import annotations

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.carry import dangling_start
from lkjip.extract.layout.geometry import Ruling, TextLine, Word, lines_from_words
from lkjip.extract.layout.page import PageResult, read_page_layout


def cell_words(y: float, *cells: tuple[float, str], bold: bool = False, size: float = 10.0, height: float = 10.0,
               gap: float = 3.0, pitch: float = 5.0) -> list[Word]:
    """The words of a line at ``y``, each cell's from its x: ``pitch`` pt per letter, ``gap`` pt apart."""
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, x, y, x + pitch * len(tok), y + height, size=size, bold=bold))
            x += pitch * len(tok) + gap
    return words


def pitch4_line(cells: list[tuple[str, float]], top: float, bold: bool = False) -> TextLine:
    """A line of words set from each cell's left edge (4 pt a letter, 3 pt between words, 8 pt high)."""
    words = []
    for text, x0 in cells:
        x = x0
        for t in text.split():
            words.append(Word(t, x, top, x + 4 * len(t), top + 8, size=8, bold=bold))
            x += 4 * len(t) + 3
    return TextLine(words)


def table_rows(rows: list[list[str]], page: int, header: int = 0) -> list[TableRow]:
    """Rows of cells on ``page``, the first ``header`` of them marked as the header."""
    return [TableRow(cells=list(r), page=page, is_header=k < header) for k, r in enumerate(rows)]


def hrule(y: float, x0: float = 55.0, x1: float = 540.0) -> Ruling:
    """A horizontal rule half a point thick at ``y``, from ``x0`` to ``x1``."""
    return Ruling(x0, y - 0.25, x1, y + 0.25)


def cells_line(y: float, *cells: tuple[float, str], **kw) -> TextLine:
    """A line at ``y`` holding each cell's words from its x (:func:`cell_words`)."""
    return TextLine(cell_words(y, *cells, **kw))


def read_pages(pages: list[tuple[list[Word], list[Ruling]]]) -> list[Paragraph | Table]:
    """Pages of words and rulings (842 pt high) read as ``read_pdf.lay_out`` reads them: a header cut off at a
    page's foot (``dangling_start``) read with the next page, then the pages assembled."""
    results: list[PageResult] = []
    lead: list = []
    for number, (words, rules) in enumerate(pages, start=1):
        res = read_page_layout(number, 842.0, words, rules, lines_from_words, ruled=bool(rules), lead=lead)
        if res.lead_used:
            prev = results[-1]
            prev.lines = [ln for ln in prev.lines if not any(ln is x for x in res.lead_used)]
        results.append(res)
        lead, _ = dangling_start(res)
    return assemble(results)
