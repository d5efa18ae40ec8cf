"""A budget row's cells put back where they were printed before its wrapped lines are joined
(:func:`lkjip.extract.records.signed_rows_folded`).

Two layouts of a narrow amount column read a row apart:

* a justified name line stretched across the cell: its last word crosses into the amount column beside it and is
  read into that cell, before the amount's head ("Masyarakat 78.00", "PEMERINTAHAN Rp"). The head then reads as
  no amount and the row's wrapped amounts below are read as a row of their own (:func:`name_words_out_of_amounts`
  gives the words back to the name);
* an amount wrapped after a head that reads as a decimal ("571.7" / "77", "686.58" / "3"): no piece says by itself
  that it is one amount cut, since "82.5" above "75" may be two values; but in a column printing its amounts in
  groups of three no value reads "571.7", so the head is the cut of an amount (:func:`grouped_columns`,
  :func:`grouped_join`).
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import TableRow
from lkjip.extract.layout.cues import CURRENCY_SIGN
from lkjip.extract.records_amounts import NUMBER_PIECE
from lkjip.normalize.numbers import grouped_money

#: a word of a name: letters, maybe a comma or a closing bracket after them; never a currency sign
_NAME_WORD = re.compile(r"^\p{L}[\p{L}\-/]*[,.)]?$")
#: this share of a column's filled cells in groups of three makes it a column of grouped amounts
GROUPED_SHARE = 0.8
#: a column needs this many grouped amounts before its format says anything
GROUPED_MIN = 3


def _cell(row: TableRow, k: int) -> str:
    return row.cells[k].strip() if 0 <= k < len(row.cells) else ""


def name_words_out_of_amounts(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """Each row whose first amount cell opens with words of a name (the column right of the name's) with those
    words moved to the end of its name: a justified line of the name reached into the amount column."""
    name, first = cols.get("uraian"), cols.get("anggaran")
    if name is None or first is None or first != name + 1:
        return rows
    out = []
    for row in rows:
        words = _cell(row, first).split()
        n = 0
        while n < len(words) and _NAME_WORD.match(words[n]) and not CURRENCY_SIGN.match(words[n]):
            n += 1
        if n == 0 or not _cell(row, name):
            out.append(row)
            continue
        cells = list(row.cells)
        cells[name] = f"{_cell(row, name)} {' '.join(words[:n])}"
        cells[first] = " ".join(words[n:])
        out.append(row.model_copy(update={"cells": cells}))
    return out


def grouped_columns(rows: list[TableRow], money: list[int]) -> set[int]:
    """The amount columns that print their amounts in groups of three ("1.234.567"): nearly all their filled cells
    read so."""
    out = set()
    for k in money:
        cells = ["".join(_cell(r, k).split()) for r in rows]
        cells = [c for c in cells if re.search(r"\d", c)]
        grouped = sum(1 for c in cells if grouped_money(c))
        if grouped >= GROUPED_MIN and grouped >= GROUPED_SHARE * len(cells):
            out.add(k)
    return out


def grouped_join(above: str, below: str) -> str | None:
    """``above`` and ``below`` as one amount of a column of grouped amounts: a head that is no amount in groups
    of three ("571.7", "686.58") and a piece of digits that makes it one ("77", "3") → "571.777"; else None."""
    a, b = "".join(above.split()), "".join(below.split())
    if not NUMBER_PIECE.match(b) or not re.fullmatch(r"(rp\.?)?\d[\d.]*", a, flags=re.IGNORECASE):
        return None
    return a + b if not grouped_money(a) and grouped_money(a + b) else None


def name_line_alone(uraian: str | None, cells: list[str], above_nomor: str | None, above_uraian: str,
                    above_has_amount: bool) -> bool:
    """A row holding nothing but a name opening in a capital ("Berdasarkan Tugas dan Fungsi"), no number of its
    own, under a numbered row with amounts: a line of that row's name (names print in Title Case) the reader
    started a row at. A heading in capitals under a name that is not is a row of its own ("BELANJA
    TIDAK LANGSUNG"), so is a total ("Jumlah")."""
    if not uraian or not uraian[0].isupper() or not above_nomor or not above_has_amount:
        return False
    if any(re.search(r"\d", c) for c in cells) or sum(1 for c in cells if c.strip()) != 1:
        return False
    return not (uraian.isupper() and not above_uraian.isupper())
