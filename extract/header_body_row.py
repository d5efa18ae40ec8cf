"""A header read together with the first row of the body as one row, parted again (:func:`header_row_parted`).

A table whose header and first body row stand at the foot of a page, the rest of its body on the next, may be
read with no rule between the header and that row: each cell of the one row then holds its column's header words
followed by the row's value ("Program Program Penunjang …" | "Anggaran (Rp.) Rp 2.884.461.956"). The table then
has no header, and its kind is unknown.

Such a first row is parted when every filled cell of it reads as header words followed by a value like the rest
of its column: in a column of amounts, the words before the first number (no digit among them but a year or a
unit); in a column of words, the words before the column's common first word (the word half the other filled
cells of the column open with or more, repeated in the cell). A column of amounts must be among them, the header words must read
as a header and the rest as no header. The header words become a header row over the row's values.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from lkjip.extract.document import Table, TableRow
from lkjip.extract.headers import is_header_like

#: a value: an amount or number, possibly after a currency mark ("Rp 2.884.461.956", "12,5")
_VALUE = re.compile(r"^(?:rp\.?\s*)?[-+]?\d[\d.,]*(?:\s*,-)?\s*%?$", re.I)
_VALUE_OPEN = re.compile(r"^(?:rp\.?|\d)", re.I)
#: the body holds so many rows at least below the parted row
MIN_BODY = 2


def _values_column(cells: list[str]) -> bool:
    return bool(cells) and all(_VALUE.match(c) for c in cells)


def _amount_part(cell: str) -> tuple[str, str] | None:
    words = cell.split()
    for k in range(1, len(words)):
        if _VALUE_OPEN.match(words[k]) and _VALUE.match(" ".join(words[k:])):
            head = " ".join(words[:k])
            return (head, " ".join(words[k:])) if is_header_like([head]) else None
    return None


def _word_part(cell: str, below: list[str]) -> tuple[str, str] | None:
    firsts = Counter(c.split()[0].casefold() for c in below if c.split())
    if not firsts:
        return None
    first, n = firsts.most_common(1)[0]
    if 2 * n < len(below):
        return None
    words = cell.split()
    for k in range(1, len(words) - 1):
        if words[k].casefold() == first:
            return " ".join(words[:k]), " ".join(words[k:])
    return None


def header_row_parted(table: Table) -> bool:
    """Part ``table``'s first row into a header row and a body row when it holds both (module doc); say if so."""
    rows = table.rows
    if len(rows) < MIN_BODY + 1 or any(r.is_header for r in rows) or is_header_like(rows[0].cells):
        return False
    n = len(rows[0].cells)
    if any(len(r.cells) != n for r in rows[1:]):
        return False
    heads, rests, amounts = [], [], 0
    for j, cell in enumerate(rows[0].cells):
        below = [r.cells[j].strip() for r in rows[1:] if r.cells[j].strip()]
        if not cell.strip():
            heads.append("")
            rests.append("")
            continue
        if _values_column(below):
            part = _amount_part(cell.strip())
            amounts += part is not None
        else:
            part = _word_part(cell.strip(), below)
        if part is None:
            return False
        heads.append(part[0])
        rests.append(part[1])
    if not amounts or not is_header_like(heads) or is_header_like(rests):
        return False
    first = rows[0]
    table.rows = [TableRow(cells=heads, page=first.page, line_no=first.line_no, is_header=True),
                  first.model_copy(update={"cells": rests})] + rows[1:]
    return True
