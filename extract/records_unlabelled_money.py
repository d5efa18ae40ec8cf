"""Amount columns with no header of their own beside a money column: a header printing only a group label
("ANGGARAN") over three columns whose lower row (anggaran | realisasi | %) the part did not repeat. The columns are
read by their values, and only where the arithmetic confirms it: the third is the percent of the second to the
first, row by row."""

from __future__ import annotations

from decimal import Decimal

from lkjip.extract.headers import Column, is_numbering_row
from lkjip.normalize.numbers import parse_number

#: how far a printed percent may stand from realisasi / anggaran × 100 (rounding to one or two decimals)
_ROUNDING = Decimal("0.06")


def unlabelled_realisasi_percent(columns: list[Column], cols: dict[str, int],
                                 body: list[list[str]]) -> dict[str, int]:
    """``cols`` with realisasi and persen mapped to the two columns right after the anggaran column when neither
    has a header of its own and neither field is mapped: the second column's value is the first's percent of the
    anggaran (within rounding) in two rows at least with an anggaran, and in all but one in ten of them; else
    ``cols`` unchanged."""
    if "anggaran" not in cols or "realisasi" in cols or "persen" in cols:
        return cols
    a = cols["anggaran"]
    by_index = {c.index: c for c in columns}
    r, p = a + 1, a + 2
    if any(i not in by_index or by_index[i].text.strip() or i in cols.values() for i in (r, p)):
        return cols
    agree = disagree = 0
    for cells in body:
        if is_numbering_row(cells) or len(cells) <= p:
            continue
        ang, rea = parse_number(cells[a], "money").value, parse_number(cells[r], "money").value
        pct = parse_number(cells[p], "percent").value
        if ang is None or rea is None or pct is None or ang <= 0:
            continue
        if abs(rea / ang * 100 - pct) <= _ROUNDING:
            agree += 1
        else:
            disagree += 1
    if agree >= 2 and disagree * 10 <= agree:
        return {**cols, "realisasi": r, "persen": p}
    return cols
