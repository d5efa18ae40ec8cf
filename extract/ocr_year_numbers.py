"""A header year and the column number under it, which the OCR layout read as one cell ("20215").

Under a header row of years ("2021 2022 … 2026") many tables print a row of column numbers ("(1) (2) … (11)"). In
small print the two rows stand close, and on a scanned page the layout may read a year and the number under it
as one word of one cell: "20215" for "2021" over "5", the number row's cell left empty. Read so, the table's
target years are no years, and the renstra table loses every target.

:func:`split_year_numbers` puts each number back in its row: a header cell of a year followed by one or two
digits, over an empty cell of a row of column numbers, where the digits are the number that column's place
between the numbers of that row calls for (more than its left neighbour's, less than its right one's).
"""

from __future__ import annotations

import re

from lkjip.extract.document import Table

#: a year read with the column number under it glued on ("20215", "202610")
_YEAR_NUMBER = re.compile(r"^((?:19|20)\d\d)(\d{1,2})$")

#: a column number as a row of them prints it ("5", "(5)")
_COLUMN_NO = re.compile(r"^\(?(\d{1,2})\)?$")

#: only the header's first rows are looked at
HEAD_ROWS = 4


def _numbers(cells: list[str]) -> dict[int, int] | None:
    """The column numbers of a row of them (column → number; three at least, rising from left to right, nothing
    else in the row), else None."""
    found: dict[int, int] = {}
    for k, c in enumerate(cells):
        c = c.strip()
        if not c:
            continue
        m = _COLUMN_NO.match(c)
        if not m:
            return None
        found[k] = int(m.group(1))
    values = [found[k] for k in sorted(found)]
    if len(values) < 3 or any(b <= a for a, b in zip(values, values[1:], strict=False)):
        return None
    return found


def split_year_numbers(table: Table, page_no: int) -> int:
    """Split each header cell holding a year and the column number under it (module doc); a table warning each.
    Returns how many were split."""
    split = 0
    rows = table.rows[:HEAD_ROWS]
    for upper, lower in zip(rows, rows[1:], strict=False):
        numbers = _numbers(lower.cells)
        if numbers is None or len(lower.cells) != len(upper.cells):
            continue
        for k, cell in enumerate(upper.cells):
            m = _YEAR_NUMBER.match(cell.strip())
            if not m or lower.cells[k].strip():
                continue
            left = [v for j, v in numbers.items() if j < k]
            right = [v for j, v in numbers.items() if j > k]
            n = int(m.group(2))
            if (left and n <= max(left)) or (right and n >= min(right)) or not (left or right):
                continue
            upper.cells[k], lower.cells[k] = m.group(1), m.group(2)
            numbers[k] = n
            table.warnings.append(f"page {page_no}: OCR header year and column number split {cell!r} -> "
                                  f"{m.group(1)!r} over {m.group(2)!r}")
            split += 1
    return split
