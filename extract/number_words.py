"""Header words run on to the column numbers under them, put back over them (:func:`number_words_lifted`).

A header cut by a page break, its last lines on the next page over the row of column numbers, can be read with
the last line of a tall header cell run on to the number under it: "4 (2018)" for "(2018)" over "4", "11 (2024)"
for "(2024)" over "11" — the base year of a Renstra's "Kondisi Awal" column and the final year of its "Kondisi
Akhir". The header of the column then lacks its year, and the plan table loses those columns' values.

The same cut can put the header cell's last line on both sides of the number ("Renstra 4 (2018)" for "Kondisi
Awal Renstra (2018)" over "4").

In a table's numbering row (:func:`~lkjip.extract.header_numbers.column_numbers`), a cell holding, as one of its
words, the number the column's place calls for, and words or a year in brackets beside it, is that number: the
other words go back to the bottom of the column's header (the lowest row above holding text in that column, else
the numbering row's upper neighbour).
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table
from lkjip.extract.header_numbers import _COLUMN_NO, HEAD_ROWS, _fits, column_numbers

#: the words run on hold a letter or a year: not a second number
_WORDS = re.compile(r"[^\W\d_]|\(\s*(?:19|20)\d\d\s*\)")


def number_words_lifted(table: Table) -> None:
    """Put header words run on to the column numbers of ``table`` back into its header (in place; see the module);
    a table warning for each cell taken apart."""
    head = table.rows[:HEAD_ROWS]
    at = next((k for k, r in enumerate(head) if column_numbers(r.cells) is not None), None)
    if not at:
        return
    row = head[at]
    numbers = column_numbers(row.cells)
    assert numbers is not None
    for k, cell in enumerate(row.cells):
        words = cell.split()
        if k in numbers or len(words) < 2:
            continue
        place = [j for j, w in enumerate(words) if (m := _COLUMN_NO.match(w)) and _fits(int(m.group(1)), k, numbers)]
        rest = " ".join(w for j, w in enumerate(words) if not place or j != place[0])
        if len(place) != 1 or not _WORDS.search(rest):
            continue
        above = next((r for r in reversed(head[:at]) if k < len(r.cells) and r.cells[k].strip()), head[at - 1])
        if k >= len(above.cells):
            continue
        above.cells[k] = f"{above.cells[k].strip()} {rest}".strip()
        row.cells[k] = words[place[0]]
        numbers[k] = int(_COLUMN_NO.match(words[place[0]]).group(1))
        table.warnings.append(f"header words run on to the column number under them put back: '{cell.strip()}'")
