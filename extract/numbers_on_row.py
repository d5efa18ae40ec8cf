"""A header's row of column numbers read into the first row under it, taken apart (:func:`numbering_unglued`).

Many tables print a row of column numbers ("1 2 … 11") under the header. A reader that loses the line between
that row and the first body row reads each column's number in front of the cell under it: "2 Meningkatnya …",
"3 Persentase …", …, "11 Jumlah …". The table then has no numbering row, and every cell of its first row opens
with a number that is no part of its text.

Among a table's first rows, a row three of whose cells at least open with a number of one or two digits and a word
or, a space between, a value ("3 77,37": not a thousands group, "1 000"), the numbers rising by one a column (the
number minus the column's place the same in each), holds the column numbers when every filled cell of it carries
its column's number. A value set tight against its column's number is read glued to it ("651.378.495,-" for
"51.378.495,-" under a "6", "599,12" for "99,12" under a "5"): in such a row, a cell opening with the very number
its column's place calls for, a well-formed value after it, holds that number too (:func:`column_fronts`); a cell
that is its column's number alone carries it as well. In a table with no numbering row above it, the numbers go to
a numbering row of their own put in above it (a bare number, which in the first column may also be the row's own
number, is copied there and kept); each cut of a number glued to its value is a warning of its own, naming the
cell as read and as cut.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table, TableRow
from lkjip.extract.header_numbers import HEAD_ROWS, column_numbers

#: a column number in front of a cell's text: "2 Meningkatnya …", "11 Jumlah …", of a value, a space between:
#: "3 77,37" (not a thousands group: "1 000", "12 500"), or of a sign: "3 %" (a Satuan cell), "3 -" (a nil cell)
_NUMBER_FRONT = re.compile(r"^\s*(\d{1,2})\s+(?=\p{L}|[^\w\s]|\d(?!\d\d(?:\D|$)))")
#: a value as it stands after a column number glued to it: "51.378.495,-", "99,12", "1.234", "8%" (not "023")
_GLUED_VALUE = re.compile(r"^(?!0\d)\d[\d.,]*(?:,-)?%?$")
#: a column's number alone: "1"
_BARE = re.compile(r"^\s*(\d{1,2})\s*$")
#: so many cells at least open with their column's number
MIN_NUMBERED = 3


def _glued(cell: str, number: int) -> bool:
    """``cell`` opens with ``number`` set tight against a well-formed value ("651.378.495,-" for 6)."""
    text, front = cell.strip(), str(number)
    return text.startswith(front) and _GLUED_VALUE.match(text[len(front):]) is not None


def _bare(cell: str, number: int) -> bool:
    """``cell`` is ``number`` alone ("1": a first column's number, which may be the row's own too)."""
    return (m := _BARE.match(cell)) is not None and int(m.group(1)) == number


def column_fronts(cells: list[str]) -> dict[int, int] | None:
    """Column → the number in front of its cell (spaced or glued), when they are column numbers (see the module);
    else None.

    Every filled cell must carry its column's number (in front, glued, or alone): a body row of its own may hold
    a row number in its first cell and counts rising by one a column ("1", "2 Dokumen", "3 Dokumen",
    "4 Dokumen"), but then some other cell of it (a name, an amount) carries none."""
    filled = [k for k, c in enumerate(cells) if c.strip()]
    found = {k: int(m.group(1)) for k, c in enumerate(cells) if (m := _NUMBER_FRONT.match(c))}
    if len(found) < MIN_NUMBERED or len(shifts := {n - k for k, n in found.items()}) != 1:
        return None
    shift = shifts.pop()
    found |= {k: k + shift for k in filled if k not in found and _glued(cells[k], k + shift)}
    if any(k not in found and not _bare(cells[k], k + shift) for k in filled):
        return None
    return found


def without_front(cell: str, number: int) -> str:
    """``cell`` without the column number in front of it (spaced or glued)."""
    if (m := _NUMBER_FRONT.match(cell)) and int(m.group(1)) == number:
        return cell[m.end():]
    return cell.strip()[len(str(number)):]


def numbering_unglued(table: Table) -> None:
    """Take the column numbers read in front of the cells of ``table``'s first body row back to a numbering row of
    their own (in place; see the module)."""
    for at, row in enumerate(table.rows[:HEAD_ROWS]):
        if column_numbers(row.cells) is not None:
            return  # a numbering row of its own: the numbers under it are the cells' own
        if (found := column_fronts(row.cells)) is None:
            continue
        shift = next(iter(found.values())) - next(iter(found))
        numbers = [""] * len(row.cells)
        cells = list(row.cells)
        for k, cell in enumerate(cells):
            if k in found:
                numbers[k], cells[k] = str(found[k]), without_front(cell, found[k])
                if _NUMBER_FRONT.match(cell) is None:
                    # a number glued to a value: the cut is a guess of where one ends, each one named
                    table.warnings.append(f"column number {found[k]} glued to the value under it cut off: "
                                          f"'{cell.strip()}' -> '{cells[k]}'")
            elif _bare(cell, k + shift):
                numbers[k] = cell.strip()
        table.rows[at:at + 1] = [TableRow(cells=numbers, page=row.page, is_header=True),
                                 row.model_copy(update={"cells": cells, "is_header": False})]
        table.warnings.append("a row of column numbers read in front of the cells of the row under it taken apart")
        return
