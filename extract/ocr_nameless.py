"""Rows of amounts whose name OCR did not read: the table's rows are a doubtful reading.

In a scanned budget table a row may come out with its amounts but no name at all: the name's ink was read as
nothing, or its lines went to the rows around (a name wrapped in a narrow column, read a line off). Which amounts
belong to which line is then unsure, and the sums the validators check over them fail where the report is sound
(a false ``budget.children_sum``: nameless amounts read as the children of the line above).

:func:`nameless_doubt` names such a row as the doubt of its table: a body row holding two amounts or more and no
word at all (a currency mark aside), in a table some other body row of which prints words. Flags from the table
then are uncertain warnings, not errors.
"""

from __future__ import annotations

import re

from lkjip.extract.document import Table
from lkjip.normalize.numbers import GROUPED_AMOUNT

#: a letter: a name, a label, a unit
_LETTER = re.compile(r"[^\W\d_]")

#: this many body rows at least print words (a table of numbers alone has no names to lose)
MIN_NAMED = 1


def _words(cell: str) -> bool:
    """Whether the cell prints a word (a currency mark is no word)."""
    return bool(_LETTER.search(re.sub(r"Rp\.?", "", cell)))


def nameless_doubt(table: Table, page_no: int) -> str | None:
    """Why the table's rows are a doubtful reading: a row of amounts whose name was not read (module doc)."""
    body = [r.cells for r in table.rows if not r.is_header]
    if sum(1 for cells in body if any(_words(c) for c in cells)) < MIN_NAMED:
        return None
    for cells in body:
        if any(_words(c) for c in cells):
            continue
        amounts = [c for c in cells if GROUPED_AMOUNT.search(c)]
        if len(amounts) >= 2:
            return (f"baris berisi angka tanpa uraian di hal. {page_no} ({amounts[0].strip()!r}): uraian tidak "
                    f"terbaca atau baris terbaca bergeser")
    return None
