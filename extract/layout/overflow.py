"""A cell's last line printed across the bottom rule of a ruled table the page break cut (:func:`overflow_put_back`).

A browser cutting a ruled table at a page break may cut a row in the middle of a cell's text: the row's bottom
rule is drawn where the page ends, and the cell's next line ("Kinerja" of "Indikator" / "Kinerja") is printed
across it, its top above the rule. Read by the grid, whose cells end at the rule, the line falls outside the table
and becomes a paragraph between the table and its part on the next page, which then are never joined. No line of
text below a table starts above its bottom rule: one that does, lying inside one of its columns, is that column's
text in the table's last row.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.document import Paragraph
from lkjip.extract.layout.cues import NUMBERED_CAPTION
from lkjip.extract.layout.page_table import PageTable

#: how far into a column's edge a line may reach, in pt (glyph boxes overhang a little)
_EDGE_TOL = 1.5


def overflow_put_back(blocks: Sequence[Paragraph | PageTable]) -> list[Paragraph | PageTable]:
    """``blocks`` of one page (in reading order) with every one-line paragraph right under a ruled table that
    starts above the table's bottom rule, inside one of its columns, put into that column of its last row."""
    out: list[Paragraph | PageTable] = []
    for b in blocks:
        if isinstance(b, Paragraph) and out and isinstance(out[-1], PageTable) and _put_in(out[-1], b):
            continue
        out.append(b)
    return out


def _put_in(pt: PageTable, para: Paragraph) -> bool:
    """Put ``para`` into the column of ``pt``'s last row it lies in, when it is one line across the table's bottom
    rule (True), else leave both (False)."""
    if pt.channels or len(pt.col_edges) < 3 or para.bbox is None or len(para.lines) != 1 or not pt.table.rows:
        return False
    x0, top, x1, bottom = para.bbox
    if not top < pt.bottom < bottom or NUMBERED_CAPTION.match(para.text):
        return False
    edges = pt.col_edges
    k = next((k for k in range(len(edges) - 1)
              if edges[k] - _EDGE_TOL <= x0 and x1 <= edges[k + 1] + _EDGE_TOL), None)
    last = pt.table.rows[-1]
    if k is None or k >= len(last.cells):
        return False
    cells = list(last.cells)
    cells[k] = " ".join(c for c in (cells[k], para.text) if c)
    last.cells = cells
    return True
