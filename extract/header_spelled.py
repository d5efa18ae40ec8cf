"""A header's upper line read as a line of text over its table, put back from a part that repeats the header whole
(:func:`header_lines_spelled`).

A borderless table of many narrow columns whose header cells wrap ("Indikat" / "or Tujuan", "N" / "o") may be read
with the first line of its header as a bold line of text above it and the rest of the header as the table's first
row, cut in the middle of its words: "N Tujuan Indikat Sasaran Indikat Program …" over "o | | or Tujuan | | or
Sasaran | …". Its header is then of no known kind, and the part is joined to no other: the parts its author split
the table into, each repeating the header, are read as tables of their own. When a later table of as many columns
opens with a header row whose letters are those of the line and of the broken row together, that row is the
header the line and the row spell: it replaces the broken row, and the line leaves the text.
"""

from __future__ import annotations

from lkjip.extract.captions import caption_label, furniture, is_caption
from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.headers import is_header_like, is_numbering_row

#: the line is so short a line of words at most (a header line, no paragraph of text)
_MOST_WORDS = 24
#: the part repeating the header stands within so many blocks below
_MOST_BLOCKS = 40


def _letters(texts: list[str]) -> str:
    return "".join(sorted("".join("".join(texts).split()).casefold()))


def _line_over(blocks: list[Paragraph | Table], index: int, running: set[str]) -> int | None:
    """The index of the bold one-line paragraph right above ``blocks[index]`` (past page furniture), else None."""
    j = index - 1
    while j >= 0 and isinstance(blocks[j], Paragraph) and furniture(blocks[j], running):
        j -= 1
    p = blocks[j] if j >= 0 else None
    if not isinstance(p, Paragraph) or not p.bold or len(p.lines) > 1 or is_caption(p) or caption_label(p.text):
        return None
    text = " ".join(p.text.split())
    if not text or text.endswith((".", ":")) or len(text.split()) > _MOST_WORDS:
        return None
    return j


def _spelled(line: str, table: Table, later: list[Paragraph | Table]) -> list[str] | None:
    """The header row of a table in ``later`` of as many columns as ``table`` whose letters are those of ``line`` and
    ``table``'s first row together (three filled cells at least), else None."""
    first = table.rows[0].cells
    want = _letters([line, *first])
    for b in later:
        if not isinstance(b, Table) or b.n_cols != table.n_cols or not b.rows:
            continue
        cells = b.rows[0].cells
        if sum(1 for c in cells if c.strip()) >= 3 and is_header_like(cells) and not is_numbering_row(cells) \
                and _letters(cells) == want:
            return list(cells)
    return None


def header_lines_spelled(blocks: list[Paragraph | Table], running: set[str]) -> list[Paragraph | Table]:
    """``blocks`` with each table whose header's upper line was read as a line of text above it given its header
    back: the header row of a later part that the line and the table's broken first row spell, the line dropped."""
    out = list(blocks)
    for i in range(len(out) - 1, -1, -1):
        table = out[i]
        if not isinstance(table, Table) or not table.rows or is_numbering_row(table.rows[0].cells) \
                or not (table.rows[0].is_header or is_header_like(table.rows[0].cells)) \
                or (j := _line_over(out, i, running)) is None:
            continue
        line = out[j]
        assert isinstance(line, Paragraph)
        if (cells := _spelled(line.text, table, out[i + 1: i + 1 + _MOST_BLOCKS])) is None:
            continue
        old = table.rows[0]
        table.rows[0] = TableRow(cells=cells, page=old.page, line_no=old.line_no, bbox=old.bbox, is_header=True)
        table.warnings.append(f"header's upper line read as a line of text above it, the header put back as a later "
                              f"part repeats it: '{line.text.strip()[:60]}'")
        del out[j]
    return out
