"""A part of a table read with its number column merged into the column after it (:func:`key_split`).

A reader that finds no white channel between a narrow "No" column and the name column of a page (the numbers set
close to the names, a page holding few numbered rows) gives that page's part one column fewer, the row's number
at the front of the first cell ("2 Meningkatkan keberdayaan masyarakat …"). The part then fits none of the table
above's columns, is not joined, and counts as a table of its own. Split off again, the number goes back to its
column and the part continues the table.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table

#: a row's number opening a cell, words after it: "2 Meningkatkan …", "3. Menguatkan …", "a) Penyediaan …"
_KEY_FRONT = re.compile(r"^\s*((?:\d{1,2}|[a-zA-Z]|[IVX]{1,4})[.)]?)\s+(?=\p{L})")
_KEY = re.compile(r"^\s*(?:\d{1,2}|[a-zA-Z]|[IVX]{1,4})[.)]?\s*$")


def _key_column(table: Table) -> bool:
    """The first column of ``table``'s body holds row numbers and blanks only, one number at least (its header
    rows, marked or not, aside)."""
    cells = [r.cells[0].strip() for r in table.rows if not r.is_header and r.cells and r.cells[0].strip()]
    keys = [c for c in cells if _KEY.match(c)]
    return bool(keys) and len(keys) >= len(cells) - 2  # a header's "No" and "1" of its column numbers unmarked


def key_split(prev: Table, nxt: Table) -> Table | None:
    """``nxt`` with a number column split off its first column, when ``prev`` has one column more, its first
    column holding row numbers, and every filled first cell of ``nxt`` opens with a row number before words (one
    at least); else None."""
    if nxt.n_cols != prev.n_cols - 1 or not nxt.rows or not _key_column(prev):
        return None
    firsts = [r.cells[0] for r in nxt.rows if r.cells and r.cells[0].strip()]
    if not firsts or not all(_KEY_FRONT.match(c) for c in firsts):
        return None
    rows = []
    for r in nxt.rows:
        first = r.cells[0] if r.cells else ""
        m = _KEY_FRONT.match(first)
        key, rest = (m.group(1), first[m.end():]) if m else ("", first)
        cells = [key, rest, *r.cells[1:]]
        rows.append(r.model_copy(update={"cells": cells + [""] * (prev.n_cols - len(cells))}))
    return nxt.model_copy(update={
        "rows": rows, "warnings": [*nxt.warnings, "its number column, read into the next column, split off"]})

