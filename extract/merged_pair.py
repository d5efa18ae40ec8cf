"""A part of a table read with two of its columns run into one (:func:`pair_split`).

A table carried onto the next page is read there on its own: where the values of two narrow columns under one
spanning header ("Tahun 2023" over "Target" and "Realisasi") leave no white channel between them on that page,
the reader gives the part one column fewer, its header cell holding the words of both ("Tahun 2023 Target
Realisasi") and each row's cell the two values ("71 71"). The part then fits none of the table above's columns,
is not joined, and reads as a second table of the kind, its values under no column.

The part is the table above's continuation with those two columns run together when it has one column fewer,
as many header rows at least, its header words column by column those of the table above (one column holding
the words of two adjacent ones), and every body cell of that column two values or nothing. Split so, the part
continues the table above.
"""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.table_under import header_rows, sorted_letters
from lkjip.extract.value_columns import NUMBER


def _letters(rows: list[TableRow], cols: range) -> str:
    return sorted_letters([TableRow(cells=[r.cells[k] if k < len(r.cells) else "" for k in cols], page=r.page)
                           for r in rows])


def _pair_values(cell: str) -> list[str] | None:
    """The two values of a cell holding two numbers ("71 71"), [] for a blank cell, else None."""
    words = cell.split()
    if not words:
        return []
    return words if len(words) == 2 and all(NUMBER.match(w) for w in words) else None


def _merged_column(prev: Table, nxt: Table, head_p: list[TableRow], head_n: list[TableRow]) -> int | None:
    """The column of ``nxt`` whose header holds the words of ``prev``'s columns k and k + 1, every other column's
    header words those of its counterpart; else None."""
    def under(j: int, k: int) -> range:  # the columns of ``prev`` column j of ``nxt`` stands for
        return range(j, j + 1) if j < k else range(k, k + 2) if j == k else range(j + 1, j + 2)

    mine = [_letters(head_n, range(j, j + 1)) for j in range(nxt.n_cols)]
    for k in range(nxt.n_cols):
        if mine[k] and all(mine[j] == _letters(head_p, under(j, k)) for j in range(nxt.n_cols)):
            return k
    return None


def pair_split(prev: Table, nxt: Table) -> Table | None:
    """``nxt`` with the column holding two of ``prev``'s columns run together split in two (module doc), its
    header rows cut as ``prev``'s; else None."""
    if nxt.n_cols != prev.n_cols - 1 or nxt.n_cols < 2:
        return None
    head_p = header_rows(prev)
    head_n = nxt.rows[:len(head_p)]  # its rows read as a header past as many (a cell's rest, in no number) are body
    if not head_p or len(header_rows(nxt)) < len(head_p) or (k := _merged_column(prev, nxt, head_p, head_n)) is None:
        return None
    body = nxt.rows[len(head_n):]
    pairs = [_pair_values(r.cells[k] if k < len(r.cells) else "") for r in body]
    if any(p is None for p in pairs) or not any(pairs):
        return None
    rows = [r.model_copy(update={"cells": [*r.cells[:k], *p.cells[k:k + 2], *r.cells[k + 1:]]})
            for r, p in zip(head_n, head_p, strict=True)]
    rows += [r.model_copy(update={"cells": [*r.cells[:k], *(pair or ["", ""]), *r.cells[k + 1:]]})
             for r, pair in zip(body, pairs, strict=True)]
    return nxt.model_copy(update={"rows": rows, "warnings": [
        *nxt.warnings, f"two columns read as one (column {k + 1}, two values a cell) split again"]})
