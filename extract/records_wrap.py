"""A budget row's wrapped lines read as a row of their own because a narrow column wrapped a number too
(:func:`wrapped_lines_folded`).

A table with vertical rules and no rule between rows gives a reader lines, not rows: a row whose name, output name
and numbers wrap is read as its first line and a second line holding the rest of each cell ("Perencanaan, |
161.733.845 | … | Persentase | 100% | 100% | 10" over "| Penganggaran, dan Evaluasi | | … | dokumen perencanaan |
| | 0"). The names' rests alone would run on into the row above; the "0" (the end of a narrow output percent
"100") or the output unit ("Dokumen" under "1") makes the line look like a row of values, read as a row without
number or amount: the real row loses the end of its name and the line becomes a sub kegiatan of its own.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import TableRow

#: the columns of a budget row that may wrap, besides the names
_NUMBER_FIELDS = ("output_target", "output_realisasi", "output_persen", "output_satuan", "persen")
_TEXT_FIELDS = ("uraian", "output_uraian")
_MONEY_FIELDS = ("anggaran", "realisasi", "sisa")
#: the digits a narrow column wrapped off a number ("10" over "0")
_DIGITS = re.compile(r"^\d{1,3}$")
#: a word a quantity's unit wraps to ("1" over "Dokumen")
_UNIT = re.compile(r"^\p{L}[\p{L}\-/]*$")


def _cell(row: TableRow, k: int | None) -> str:
    return row.cells[k].strip() if k is not None and k < len(row.cells) else ""


def _piece(above: str, below: str) -> str | None:
    """``above`` with ``below`` — the piece of it a wrap moved to the next line — put back, else None."""
    if _DIGITS.match(below) and re.fullmatch(r"\d{1,3}", above):
        return above + below  # "10" / "0": a number whose last digit wrapped
    if _UNIT.match(below) and re.fullmatch(r"\d[\d.,]*", above):
        return f"{above} {below}"  # "1" / "Dokumen": a quantity whose unit wrapped
    return None


def _fold(above: TableRow, row: TableRow, cols: dict[str, int]) -> TableRow | None:
    """``above`` with ``row`` folded in when ``row`` is its wrapped lines: no number of its own or amount, a name's
    rest, and every other filled cell a piece of ``above``'s cell (:func:`_piece`); else None."""
    if _cell(row, cols.get("nomor")) or any(_cell(row, cols.get(f)) for f in _MONEY_FIELDS):
        return None
    if not any(_cell(row, cols.get(f)) for f in _TEXT_FIELDS):
        return None
    if not any(_cell(above, cols.get(f)) for f in _MONEY_FIELDS):
        return None
    texts = {cols[f] for f in _TEXT_FIELDS if f in cols}
    numbers = {cols[f] for f in _NUMBER_FIELDS if f in cols}
    cells = list(above.cells) + [""] * max(0, len(row.cells) - len(above.cells))
    pieces = 0
    for k, below in enumerate(row.cells):
        below = below.strip()
        if not below:
            continue
        if k in texts:
            cells[k] = f"{cells[k].strip()} {below}".strip()
        elif k in numbers and (whole := _piece(cells[k].strip(), below)) is not None:
            cells[k], pieces = whole, pieces + 1
        else:
            return None
    return above.model_copy(update={"cells": cells}) if pieces else None


def wrapped_lines_folded(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """``rows`` with each line that only continues the row above (a name's rest, and a number's last digits or a
    quantity's unit a narrow column wrapped) folded into it."""
    out: list[TableRow] = []
    for row in rows:
        folded = _fold(out[-1], row, cols) if out and not row.is_header else None
        if folded is not None:
            out[-1] = folded
        else:
            out.append(row)
    return out
