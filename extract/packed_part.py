"""A part of a table read with one column too many, its cells packed back (:func:`packed_over`).

A part of a long table on a page of its own (no header) may be cut into one column more than the table above: a
reader found a white channel inside a run of columns whose values stand at different places row by row (a
justified page: "0% | 0% | 0" under "Target | Realisasi | %" in one row, "0 Unit | 0 Unit | | 0" in the next).
Every row then leaves one cell of that run empty. Packed left over the table's columns, each row's values fall
where the table above has them, and the part continues the table instead of counting as a table of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from lkjip.extract.document import Table

#: the widest run of columns a part's cells are packed over
MAX_WINDOW = 5


def _packed(cells: list[str], start: int, end: int) -> list[str] | None:
    """``cells`` with the run ``start``..``end`` (inclusive, one cell too many) packed left into one cell fewer;
    None when every cell of the run is filled."""
    run = [c for c in cells[start:end + 1] if c.strip()]
    if len(run) > end - start:
        return None
    run += [""] * (end - start - len(run))
    return [*cells[:start], *run, *cells[end + 1:]]


def packed_over(prev: Table, nxt: Table, kinds_agree: Callable[[Table, Table], bool]) -> Table | None:
    """``nxt`` (one column more than ``prev``) with its cells packed over the narrowest run of columns where every
    row leaves a cell empty, when the packed part's columns hold the kinds of values ``prev``'s do
    (``kinds_agree``); else None."""
    if nxt.n_cols != prev.n_cols + 1 or len(nxt.rows) < 2:
        return None
    n = nxt.n_cols
    for width in range(2, MAX_WINDOW + 1):
        for start in range(0, n - width + 1):
            end = start + width - 1
            cells = [_packed([*r.cells, *[""] * (n - len(r.cells))], start, end) for r in nxt.rows]
            if any(c is None for c in cells):
                continue
            rows = [r.model_copy(update={"cells": c}) for r, c in zip(nxt.rows, cells, strict=True)]
            moved = nxt.model_copy(update={"rows": rows, "warnings": [
                *nxt.warnings, f"read with a column too many, its cells packed over columns {start + 1}-{end}"]})
            if kinds_agree(prev, moved):
                return moved
    return None

