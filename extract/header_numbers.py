"""A header's years with the column numbers under them glued on, taken apart (:func:`numbers_unglued`).

A header cut by a page break and put back by a PDF reader can lose the line between its lower row and its row of
column numbers: a year and the number under it run together ("2020" over "6" read as "20206", "2024" over "10" as
"202410"), the numbering row left empty there. The column is then no year's column, and a plan table (Renstra)
loses its targets for that year. A header cell that is a year followed by exactly its column's number, over an
empty cell of the numbering row (a row most of whose cells are their columns' numbers, three at least), is the
year; the number goes back to the numbering row.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table, TableRow
from lkjip.extract.table_under import header_rows

#: a year with a column number run on ("20206", "202410")
_YEAR_NUMBER = re.compile(r"^((?:19|20)\d\d)(\d{1,2})$")


def _numbering(rows: list[TableRow]) -> TableRow | None:
    """The row of column numbers among ``rows``: three cells at least hold their column's number, and more than
    half its filled cells (the others may be header words the same cut mixed in: "Renstra 4 (201")."""
    for r in rows:
        filled = [(k, c.strip()) for k, c in enumerate(r.cells) if c.strip()]
        own = sum(1 for k, c in filled if c.strip("() ") == str(k + 1))
        if own >= 3 and 2 * own > len(filled):
            return r
    return None


def numbers_unglued(table: Table) -> None:
    """Take the column numbers glued to the years of ``table``'s header back to its numbering row (see the module)."""
    head = header_rows(table)
    numbers = _numbering(head)
    if numbers is None:
        return
    for r in head:
        if r is numbers:
            continue
        for k, cell in enumerate(r.cells):
            m = _YEAR_NUMBER.match(cell.strip())
            if m and int(m.group(2)) == k + 1 and k < len(numbers.cells) and not numbers.cells[k].strip():
                r.cells[k], numbers.cells[k] = m.group(1), m.group(2)
                table.warnings.append(f"column number glued to the year over it taken apart: '{cell.strip()}'")
