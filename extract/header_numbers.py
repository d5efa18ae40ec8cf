"""A header's years with the column numbers under them run on, taken apart (:func:`years_unglued`).

Under a header row of years ("2021 2022 … 2026") many tables print a row of column numbers ("(1) (2) … (11)").
Two readers can lose the line between the two rows and read a year and the number under it as one cell, the
numbering row left empty there: a PDF reader putting back a header cut by a page break ("2020" over "6" read as
"20206", "2024" over "10" as "202410"), and the OCR layout of a scanned page where the rows stand close in small
print ("20215" for "2021" over "5"). The column is then no year's column, and a plan table (Renstra) loses its
targets for that year.

One rule for both (text tables after stitching: :func:`numbers_unglued`; OCR pages:
``ocr_year_numbers.split_year_numbers``): among a table's first rows, the numbering row is the first row three of
whose cells at least, and more than half its filled cells, hold a column number ("5", "(5)"), rising from left to
right (the other cells may be header words the same cut mixed in: "Renstra 4 (201"). A cell of a row above it
holding a year followed by one or two digits, over an empty cell of the numbering row, is the year when the digits
are the number the column's place calls for: counted on from the nearest numbered column on its left (or back
from the nearest on its right), between its neighbours' numbers. The number goes back to the numbering row.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table, TableRow

#: a year with a column number run on ("20206", "202410")
_YEAR_NUMBER = re.compile(r"^((?:19|20)\d\d)(\d{1,2})$")

#: a column number as a row of them prints it ("5", "(5)")
_COLUMN_NO = re.compile(r"^\(?(\d{1,2})\)?$")

#: only a table's first rows are looked at for the numbering row
HEAD_ROWS = 5


def column_numbers(cells: list[str]) -> dict[int, int] | None:
    """The column numbers of a numbering row (column → number; see the module), else None."""
    filled = {k: c.strip() for k, c in enumerate(cells) if c.strip()}
    found = {k: int(m.group(1)) for k, c in filled.items() if (m := _COLUMN_NO.match(c))}
    values = [found[k] for k in sorted(found)]
    if len(found) < 3 or 2 * len(found) <= len(filled) or any(b <= a for a, b in zip(values, values[1:],
                                                                                      strict=False)):
        return None
    return found


def _fits(n: int, k: int, numbers: dict[int, int]) -> bool:
    """``n`` is the number column ``k``'s place calls for among the ``numbers`` of the numbering row."""
    left = max((j for j in numbers if j < k), default=None)
    right = min((j for j in numbers if j > k), default=None)
    if left is None and right is None:
        return False
    if (left is not None and n <= numbers[left]) or (right is not None and n >= numbers[right]):
        return False
    return ((left is not None and n == numbers[left] + k - left)
            or (right is not None and n == numbers[right] - (right - k)))


def years_unglued(rows: list[TableRow]) -> list[tuple[str, str, str]]:
    """Take the column numbers run on to the years of the table opening with ``rows`` back to its numbering row
    (in place; see the module). Returns each cell taken apart: (as read, year, number)."""
    head = rows[:HEAD_ROWS]
    at = next((k for k, r in enumerate(head) if column_numbers(r.cells) is not None), None)
    if at is None:
        return []
    row, numbers = head[at], column_numbers(head[at].cells)
    split: list[tuple[str, str, str]] = []
    for upper in head[:at]:
        for k, cell in enumerate(upper.cells):
            m = _YEAR_NUMBER.match(cell.strip())
            if not m or k >= len(row.cells) or row.cells[k].strip() or not _fits(int(m.group(2)), k, numbers):
                continue
            upper.cells[k], row.cells[k] = m.group(1), m.group(2)
            numbers[k] = int(m.group(2))
            split.append((cell, m.group(1), m.group(2)))
    return split


def numbers_unglued(table: Table) -> None:
    """Take the column numbers glued to the years of ``table``'s header back to its numbering row (see the
    module)."""
    for cell, _, _ in years_unglued(table.rows):
        table.warnings.append(f"column number glued to the year over it taken apart: '{cell.strip()}'")
