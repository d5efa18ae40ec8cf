"""The name of a table's part, the same on every reading of one document (:func:`part_key`).

A table may be read joined to the table above it (the stitcher's continuation, the table finder's piece of a table
no stitcher joined) or apart from it. To try the other reading (:mod:`lkjip.readings`) the reader names the
joins it decided by the part joined on or left apart, and reads the document again with a decision flipped. The name is where
the part stands and what its first row prints, as the page reader gave it (before any join).
"""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow

#: a join decided while reading a document: the name of the part, a row (the row object itself, found again among
#: the rows of the tables found), and whether the part was joined on. A part joined on gives the first of its rows
#: kept; a part left apart under a table it could continue gives that table's last row
Join = tuple[str, TableRow, bool]


def part_key(table: Table) -> str:
    """The name of ``table`` as a part of a longer table (module doc)."""
    first = table.rows[0].cells if table.rows else []
    return f"{table.page}|{table.line_no}|" + "|".join(c.strip() for c in first)
