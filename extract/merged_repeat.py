"""A part repeating the header of the table above, read with some of its columns run together, holding the rest of
the row the page break cut (:func:`rest_under_merged_header`).

A table whose header repeats on every page may leave at the top of the next page, under the repeated header, only
the rest of its last row ("kemasyarakatan desa" | "yang aktif"). Read on its own, so short a body leaves column
gaps unseen: the part comes with fewer columns, a header cell holding the labels of two or more columns of the
table above ("Satuan Indikator Kinerja" over "Indikator Kinerja" and "Satuan"). Its columns counted in order are
not the table's, so it is laid over the table's columns another way:

* its header repeats the table's letter for letter (however cut into cells and lines), and each of its header
  cells holds the letters of a run of the table's header columns, the runs in order covering every column
  (:func:`header_runs`);
* its body is one or two rows of words, no number among them: the rest of a cut row;
* each cell goes to the column of its run where the table's last row holds words (a run of one column: that
  column); one such column in the run, else the part is left as read.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from lkjip.extract.document import Table, TableRow
from lkjip.extract.table_under import header_rows, letter_counts, sorted_letters

#: a rest of a cut row holds at most this many rows
REST_ROWS = 2
_LETTERS = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def _letters(rows: list[TableRow], k: int) -> Counter:
    return letter_counts(r.cells[k] for r in rows if k < len(r.cells))


def header_runs(head_a: list[TableRow], n_a: int, head_b: list[TableRow], n_b: int) -> list[range] | None:
    """For each column of the header ``head_b`` (``n_b`` columns) the run of columns of ``head_a`` (``n_a``) whose
    letters its cell holds, the runs in order and covering every column; None when the headers do not cut so."""
    runs, at = [], 0
    for j in range(n_b):
        want, got, start = _letters(head_b, j), Counter(), at
        while at < n_a and (got != want or not want and at == start):
            got += _letters(head_a, at)
            at += 1
            if not got <= want:
                return None
        if got != want or at == start:
            return None
        runs.append(range(start, at))
    return runs if at == n_a else None


def rest_under_merged_header(prev: Table, nxt: Table) -> tuple[Table, int] | None:
    """``nxt`` laid over ``prev``'s columns when it repeats ``prev``'s header with some columns run together and
    holds nothing but the rest of a cut row (see the module); returns the part so laid and its header rows to
    drop, else None."""
    head_a = header_rows(prev)
    if not head_a or nxt.n_cols >= prev.n_cols:
        return None
    said = sorted_letters(head_a)  # the repeat's rows: a rest of words may read as a header row too
    n = next((k for k in range(1, len(nxt.rows)) if sorted_letters(nxt.rows[:k]) == said), None)
    if n is None:
        return None
    head_b, body_a, body_b = nxt.rows[:n], prev.rows[len(head_a):], nxt.rows[n:]
    if not body_a or len(body_b) > REST_ROWS or any(_DIGIT.search(c) for r in body_b for c in r.cells):
        return None
    runs = header_runs(head_a, prev.n_cols, head_b, nxt.n_cols)
    if runs is None:
        return None
    last = body_a[-1].cells
    rows = []
    for r in body_b:
        cells = [""] * prev.n_cols
        for j, c in enumerate(r.cells):
            if not c.strip():
                continue
            worded = [k for k in runs[j] if k < len(last) and _LETTERS.search(last[k])]
            at = list(runs[j]) if len(runs[j]) == 1 else worded
            if len(at) != 1:
                return None
            cells[at[0]] = c
        rows.append(r.model_copy(update={"cells": cells}))
    heads = [a.model_copy(update={"cells": list(a.cells)}) for a in head_a]  # the repeat, as the table has it
    moved = nxt.model_copy(update={"rows": [*heads, *rows], "warnings": [
        *nxt.warnings, f"the rest of a cut row under its header repeated with columns run together laid over the "
                       f"columns of the table above ({nxt.n_cols} -> {prev.n_cols})"]})
    return moved, len(heads)
