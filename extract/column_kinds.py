"""What a column of a table's body mostly holds, numbers or words: the one evidence the stitchers
(:mod:`lkjip.extract.stitch`: does a part continue the table above, column for column) and the part laid over by
its words (:mod:`lkjip.extract.part_words`: never a column of numbers over one of words) decide it by.

A cell is a number when it prints one as a value cell does (an amount, a percent, "(12,5)") or a quantity with its
unit ("16 Laporan"); a dash is no value. A column leans to the kind most of its filled cells (:data:`MOSTLY`) hold.
"""

from __future__ import annotations

from lkjip.extract.document import TableRow
from lkjip.extract.value_columns import NUMBER, QUANTITY

#: the share of a column's filled cells that must hold one kind for the column to hold it
MOSTLY = 0.7
#: a cell printing no value
_NO_VALUE = ("-", "–")


def numeric_cell(cell: str) -> bool:
    """A cell of a column of numbers: a number, or a quantity with its unit."""
    return bool(NUMBER.match(cell) or QUANTITY.match(cell))


def kinds(rows: list[TableRow], n_cols: int) -> list[tuple[int, int]]:
    """Per column, (numeric cells: numbers and quantities with their unit, text cells)."""
    out = [[0, 0] for _ in range(n_cols)]
    for r in rows:
        for k, c in enumerate(r.cells[:n_cols]):
            c = c.strip()
            if c and c not in _NO_VALUE:
                out[k][0 if numeric_cell(c) else 1] += 1
    return [(a, b) for a, b in out]


def leaning(num: int, txt: int, least: int = 2) -> str | None:
    """"num" / "text" when a column's cells mostly hold one kind of value (``least`` cells at least), else None."""
    if num + txt < max(least, 1):
        return None
    if num >= MOSTLY * (num + txt):
        return "num"
    return "text" if txt >= MOSTLY * (num + txt) else None


def column_leaning(rows: list[TableRow], k: int, least: int = 2) -> str | None:
    """:func:`leaning` of column ``k`` of ``rows``."""
    return leaning(*kinds(rows, k + 1)[k], least=least)


def kinds_agree(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    """No column leans to numbers in one reading and to words in the other."""
    for x, y in zip(a, b, strict=True):
        lx, ly = leaning(*x), leaning(*y)
        if lx and ly and lx != ly:
            return False
    return True
