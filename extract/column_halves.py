"""A column of values a reader cut in two, put back together (:func:`halves_joined`).

A reader that cuts a table's columns at the edges of its values can cut one column in two where its values
stand at two places: left-aligned quantities ("17 Orang") and right-aligned percents ("92,8%") under one header
("REALISASI"). The header stays over one half; the other half stands right of it with no header of its own, and
no row fills both (each value is in one half or the other). Read so, the values of the headerless half belong
to no column, and a header further right may lose the group it stands under.

The right half may also stand under a header's group span ("OUTPUT/KELUARAN" over "TARGET", "REALISASI", "%"):
read apart, the "%" right of it loses the group and is lost too.

Two adjacent columns where the left one is named by the header, the right one by nothing (no header text, no
column number), each holds values (numbers or quantities; the right one in two rows at least, the left one in one
row at least, as its other rows' values may all stand in the right half) and no row fills both, are one column:
the right half's values go back to the left half, and the right half is removed from every row.
"""

from __future__ import annotations

from lkjip.extract.document import Table
from lkjip.extract.headers import is_header_like, is_numbering_row, split_header
from lkjip.extract.value_columns import NUMBER, QUANTITY

#: the headerless half holds values in at least this many rows, the named one in at least one
MIN_VALUES = 2


def _value(cell: str) -> bool:
    return bool(NUMBER.match(cell) or QUANTITY.match(cell))


def halves_joined(table: Table) -> None:
    """Join each column of ``table`` cut in two back into one (see the module); a table warning each."""
    rows = [r.cells for r in table.rows]
    head, n_head = split_header(rows)
    if not head:
        return
    top = rows[:n_head]  # the header rows with the column numbers
    body = [c for c in rows[n_head:] if not is_numbering_row(c) and not is_header_like(c)]  # a header repeated aside

    def cell(cells: list[str], k: int) -> str:
        return cells[k].strip() if k < len(cells) else ""

    for k in range(table.n_cols - 2, 0, -1):  # right to left: removing a column leaves the left ones in place
        if any(cell(c, k + 1) for c in top) or not any(cell(c, k) for c in head):
            continue
        left, right = [cell(c, k) for c in body], [cell(c, k + 1) for c in body]
        if (any(a and b for a, b in zip(left, right, strict=True)) or not any(left)
                or sum(map(bool, right)) < MIN_VALUES or not all(_value(v) for v in left + right if v)):
            continue
        for r in table.rows:
            if k + 1 < len(r.cells):
                if not r.cells[k].strip():
                    r.cells[k] = r.cells[k + 1]
                del r.cells[k + 1]
        table.warnings.append(f"a column of values cut in two joined back (column {k + 1})")
