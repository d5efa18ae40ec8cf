"""A page holding nothing of a borderless table but the rest of the cell the page break cut (:func:`rest_page`).

A browser breaks a page inside a row: a name wrapped in a narrow column may have its last line or two ("Gedung
Kantor" / "yang Direhabilitasi") alone on the next page, the table's next rows on the page after (its next part,
split by the author without a header, set on a page of its own). Such a page shows no column gap, so no table
is read on it: the lines would be a paragraph, and the page would end no table, so the page after it would be
read without the table's columns (a narrow amount column run into the name beside it). Read with the carried
table's columns instead, the lines are a row of their own, the rest of the last row (stitched to it as any
row the page break cut), and the carried columns go on to the next page as over a page of running headers alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.borderless import region_table
from lkjip.extract.layout.geometry import Ruling, TextLine, one_segment
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.words import Vocabulary

#: at most this many lines are a cut cell's rest (a name wrapped in a narrow column)
REST_LINES = 3
#: ... each no wider than this share of the table (a line of one cell, never running text)
REST_WIDTH = 0.4


def rest_page(res: PageResult, carry: PageTable | None, before: PageResult | None, rules: Sequence[Ruling],
              vocab: Vocabulary | None = None) -> PageTable | None:
    """The lines of page ``res`` read as the rest of the last row of ``carry`` (the borderless table ending the
    page ``before``), when they are all the page holds (furniture aside): up to :data:`REST_LINES` short lines of
    one segment, set close under each other at the page's top (no lower than the first line of the page before) in
    the table's type, each inside one column of ``carry`` whose last row has text in it. The table read (one row,
    ``carry``'s columns, marked carried) replaces the lines in ``res``; None otherwise. A title alone on a page
    (a chapter's) stands lower, or larger."""
    if carry is None or before is None or not carry.channels or res.blocks is not None or res.tables or res.lead_used:
        return None
    lines = sorted(res.lines, key=lambda ln: ln.top)
    if not lines or len(lines) > REST_LINES or not carry.table.rows or len(carry.col_edges) != len(carry.channels) + 2:
        return None
    body = [ln for ln in before.free_lines if carry.top - 0.5 <= ln.top and ln.bottom <= carry.bottom + 0.5]
    if not body or not _same_type(lines, body) or lines[0].top > min(ln.top for ln in before.free_lines) + lines[0].height:
        return None
    width = carry.x1 - carry.x0
    if not all(one_segment(ln) and ln.x1 - ln.x0 <= REST_WIDTH * width for ln in lines):
        return None
    if any(b.top - a.bottom > 0.5 * min(a.height, b.height) for a, b in zip(lines, lines[1:], strict=False)):
        return None  # a blank between them: no cell's lines
    last = carry.table.rows[-1].cells
    if not all((k := _column_of(ln, carry)) is not None and last[k] for ln in lines):
        return None  # across a column gap, outside the table, or in a column the last row leaves empty
    pt = region_table(lines, rules, res.number, carry.table.strategy, carry.channels, vocab, trusted=True,
                      seps=carry.col_edges[1:-1], cut_first=True)
    if pt is None or pt.table.n_cols != carry.table.n_cols:
        return None
    pt.col_edges = [min(pt.col_edges[0], carry.col_edges[0]), *pt.col_edges[1:-1], max(pt.col_edges[-1], carry.col_edges[-1])]
    pt.x0, pt.x1 = min(pt.x0, carry.x0), max(pt.x1, carry.x1)
    pt.carried, pt.text_rows = True, carry.text_rows
    res.tables.append(pt)
    res.lines = []
    return pt


def _same_type(lines: list[TextLine], body: list[TextLine]) -> bool:
    """``lines`` are set in the type of the table's lines ``body``: the same size (within a tenth), bold only
    where some of the table's are."""
    size = sorted(ln.size for ln in body)[len(body) // 2]
    bold = any(ln.bold for ln in body)
    return all(abs(ln.size - size) <= 0.1 * size and (bold or not ln.bold) for ln in lines)


def _column_of(line: TextLine, table: PageTable) -> int | None:
    """The column of ``table`` that holds ``line`` whole (its text crosses none of the table's white channels
    further than into them), or None."""
    edges = table.col_edges
    if line.x0 < edges[0] - line.size or line.x1 > edges[-1] + line.size:
        return None
    for k, (left, right) in enumerate(zip(edges, edges[1:], strict=False)):
        lo = table.channels[k - 1][0] if k else -float("inf")  # the column reaches into the channels beside it
        hi = table.channels[k][1] if k < len(table.channels) else float("inf")
        if left <= (line.x0 + line.x1) / 2 < right:
            return k if lo <= line.x0 and line.x1 <= hi else None
    return None
