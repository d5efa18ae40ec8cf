"""A budget table's column cut in two by a reader, put back (:func:`split_column_joined`).

Without vertical rules a reader cuts columns where the text of the rows leaves a white channel. Values aligned
differently from row to row ("100%" flush left, "1 Dokumen" flush right under "REALISASI") open such a channel
inside one column: the column comes out as two, the header's label over one of them and nothing over the other,
each row's value in one or the other. The unnamed column is read as no field and its values are lost, and the
column right of it (the output's "%") loses the group its header spans ("OUTPUT/KELUARAN"), so it is lost too.
The two columns are one when the unnamed one holds values only in rows where the named one on its left is empty.
"""

from __future__ import annotations

from lkjip.extract.classify import FoundTable
from lkjip.extract.headers import align_header, build_columns, refine_columns

#: the fewest rows of values the unnamed column must hold to be a column's other half
MIN_VALUES = 2


def _cell(cells: list[str], k: int) -> str:
    return cells[k].strip() if k < len(cells) else ""


def _unnamed_half(ft: FoundTable) -> int | None:
    """The first column no header row names whose values stand only where the column on its left, named, is
    empty (at least :data:`MIN_VALUES` of them, and the left column filled in other rows); else None."""
    n = len(ft.columns)
    for k in range(2, n):
        if any(_cell(h, k) for h in ft.head) or not ft.columns[k - 1].text.strip():
            continue
        mine = [r for r in ft.body if _cell(r.cells, k)]
        if len(mine) < MIN_VALUES or any(_cell(r.cells, k - 1) for r in mine):
            continue
        if not any(_cell(r.cells, k - 1) for r in ft.body):
            continue
        return k
    return None


def _joined(cells: list[str], k: int) -> list[str]:
    cells = list(cells) + [""] * max(0, k + 1 - len(cells))
    cells[k - 1] = cells[k - 1].strip() or cells[k].strip()
    return [*cells[:k], *cells[k + 1:]]


def split_column_joined(ft: FoundTable) -> FoundTable:
    """``ft`` with every column a reader cut in two (:func:`_unnamed_half`) joined again, its columns read anew
    from the header so joined."""
    while (k := _unnamed_half(ft)) is not None:
        head = [_joined(h, k) if len(h) > k else list(h) for h in ft.head]
        body = [r.model_copy(update={"cells": _joined(r.cells, k)}) for r in ft.body]
        rows = [r.cells for r in body]
        aligned = align_header(head, rows)
        columns = refine_columns(build_columns(aligned, len(ft.columns) - 1), rows)
        ft = ft.model_copy(update={"head": aligned, "body": body, "columns": columns})
    return ft

