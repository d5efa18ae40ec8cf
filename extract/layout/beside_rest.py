"""The rest of a cell that ran down beside the table's last row, cut by the page break.

A tall cell (a long name) may run down past its own row beside the short row under it (a total row drawn in
the columns it leaves free) to the page's foot; the page break cuts that cell, and the first row of the next
page holds its rest alone, in columns the last row leaves empty. :func:`reaching_row` finds the row it
belongs to: the one above the last, whose box reaches the page's foot and holds the last row's.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.document import TableRow


def reaching_row(rows: Sequence[TableRow], first: TableRow, bottom: float, tol: float = 2.0) -> int | None:
    """Index in ``rows`` (a part read down to ``bottom``, the page's last table line) of the row that ``first``
    (opening the next part) finishes: the row just above the last, its box running down to ``bottom`` and
    holding the last row's box, when ``first`` fills only columns that row fills and the last row leaves
    empty. None otherwise."""
    if len(rows) < 2:
        return None
    last, above = rows[-1], rows[-2]
    if last.is_header or above.is_header or last.bbox is None or above.bbox is None:
        return None
    if above.bbox[3] < bottom - tol or last.bbox[1] < above.bbox[1] or last.bbox[3] > above.bbox[3] + tol:
        return None
    if not (len(first.cells) == len(last.cells) == len(above.cells)):
        return None
    filled = [j for j, c in enumerate(first.cells) if c.strip()]
    if not filled or any(last.cells[j].strip() or not above.cells[j].strip() for j in filled):
        return None
    return len(rows) - 2
