"""A budget table's two money columns read as one (:func:`measures_split`).

A reader that finds no gap between two narrow money columns (right-aligned amounts with little space between the
anggaran and the realisasi) reads them as one column: one header "Anggaran Realisasi" over cells holding two
amounts each ("2.637.429.392,00 2.421.685.643,00"). Mapped as it is, the column is taken for the realisasi, and
neither amount reads: the table's rows lose both.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.classify import FoundTable
from lkjip.extract.document import TableRow
from lkjip.extract.headers import Column

#: one amount of money, maybe with its currency sign; a dash for none
_AMOUNT = re.compile(r"(?:rp\.?\s*)?\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?(?:,-)?|(?<!\S)[-–](?!\S)", re.IGNORECASE)
#: the two measures a merged header names, in the order printed
_MEASURE = re.compile(r"anggaran|pagu|realisasi", re.IGNORECASE)


def _two_amounts(cell: str) -> tuple[str, str] | None:
    """The two amounts a cell holds and nothing else, else None."""
    found = list(_AMOUNT.finditer(cell))
    if len(found) != 2 or _AMOUNT.sub("", cell).strip():
        return None
    return found[0].group().strip(), found[1].group().strip()


def _merged(ft: FoundTable, c: Column) -> list[str] | None:
    """The two header words of a column that names two measures and whose every filled cell holds two amounts."""
    words = [m.group() for m in _MEASURE.finditer(c.leaf or c.group)]
    if len(words) != 2 or words[0].casefold() == words[1].casefold():
        return None
    cells = [r.cells[c.index].strip() for r in ft.body if c.index < len(r.cells) and r.cells[c.index].strip()]
    if len(cells) < 2 or not all(_two_amounts(x) for x in cells):
        return None
    return words


def measures_split(ft: FoundTable) -> FoundTable:
    """``ft`` with a column naming two measures over cells of two amounts each split in two: each measure its
    column, each amount its cell (the first amount under the first word)."""
    for c in ft.columns:
        words = _merged(ft, c)
        if words is None:
            continue
        k = c.index
        columns = [col.model_copy(update={"index": col.index + (col.index > k)}) for col in ft.columns if col is not c]
        columns[k:k] = [Column(index=k, group=c.group if c.leaf else "", leaf=words[0].title()),
                        Column(index=k + 1, group=c.group if c.leaf else "", leaf=words[1].title())]
        body = []
        for row in ft.body:
            cells = list(row.cells) + [""] * max(0, k + 1 - len(row.cells))
            pair = _two_amounts(cells[k].strip()) or (cells[k], "")
            body.append(row.model_copy(update={"cells": [*cells[:k], *pair, *cells[k + 1:]]}))
        head = [[*h[:k + 1], *h[k:]] if k < len(h) else list(h) for h in ft.head]
        return measures_split(ft.model_copy(update={"columns": columns, "body": body, "head": head}))
    return ft


#: a total's label closing a name cell of stacked rows
_TOTAL_END = re.compile(r"(?:jumlah|total):?", re.IGNORECASE)
#: a percent or other number in a cell of stacked rows: "95,89 %", "100"
_NUMBER = re.compile(r"\d[\d.,]*\s*%?")


def _pieces(cell: str, n: int) -> list[str] | None:
    """A non-name cell of ``n`` stacked rows cut into its ``n`` values (amounts, else numbers), else None."""
    for pat in (_AMOUNT, _NUMBER):
        found = [m.group().strip() for m in pat.finditer(cell)]
        if len(found) == n and not pat.sub("", cell).strip():
            return found
    return None


def _name_pieces(name: str, n: int) -> list[str] | None:
    """A name cell of ``n`` stacked rows cut before each word that its first name opens with ("Program … Program
    …") and before a total's label closing it ("… Program … Total"), when that gives ``n`` names."""
    words = name.split()
    if not words or not words[0].istitle() or not words[0].isalpha():
        return None
    cuts = [i for i, w in enumerate(words) if w.casefold() == words[0].casefold()]
    if len(cuts) == n - 1 and len(words) - cuts[-1] > 1 and _TOTAL_END.fullmatch(words[-1]):
        cuts.append(len(words) - 1)  # the stacked rows' last is the table's total ("… Desa Total")
    if len(cuts) != n:
        return None
    return [" ".join(words[a:b]) for a, b in zip(cuts, [*cuts[1:], len(words)], strict=True)]


def stacked_rows_split(rows: list[TableRow], cols: dict[str, int]) -> list[TableRow]:
    """Rows a reader took for one ("Program Penunjang … Program Penyelenggaraan … | Rp. 3.141.592.653 Rp.
    27.182.818"): a table without rules between rows whose lines of one page were grouped as one row. When every
    money cell of a row holds the same number n ≥ 2 of whole amounts, every other filled cell n values, and its
    name n names, each opening with the word its first opens with, the row is n rows again."""
    name = cols.get("uraian")
    money = [cols[f] for f in ("anggaran", "realisasi") if f in cols]
    if name is None or not money:
        return rows
    out: list[TableRow] = []
    for row in rows:
        cells = [c.strip() for c in row.cells]
        n = len(list(_AMOUNT.finditer(cells[money[0]]))) if money[0] < len(cells) else 0
        names = _name_pieces(cells[name], n) if n >= 2 and name < len(cells) else None
        pieces = {k: _pieces(c, n) for k, c in enumerate(cells) if c and k != name} if names else {}
        split = {k: v for k, v in pieces.items() if v is not None}
        if names is None or len(split) < len(pieces):
            out.append(row)
            continue
        for i in range(n):
            new = [split[k][i] if k in split else "" for k in range(len(cells))]
            new[name] = names[i]
            out.append(row.model_copy(update={"cells": new}))
    return out
