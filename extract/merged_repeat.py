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
* its body opens with one or two rows of words, no number among them but the tails of amounts the page break cut in
  the last row ("4.310.0" | "00,-": :func:`tails_put_back`, glued back there): the rest of a cut row; rows after
  it (such as the table's total row) hold values only in columns of their own (a run of one column);
* each cell goes to the column of its run where the table's last row holds words (a run of one column: that
  column; of several such columns, the one holding words and no number, not a quantity "12 Laporan"); one such
  column in the run, else the part is left as read.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from lkjip.extract.cut_row_rest import finishes_amount
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


def _worded(last: list[str], run: range) -> list[int]:
    """The columns of ``run`` where the cut row ``last`` holds words: of several, those with no number."""
    worded = [k for k in run if k < len(last) and _LETTERS.search(last[k])]
    return [k for k in worded if not _DIGIT.search(last[k])] if len(worded) > 1 else worded


def tails_put_back(last: list[str], rest: list[str], runs: list[range]) -> dict[int, str]:
    """Column → the amount of the cut row ``last`` finished by the tail the rest's cell in that column holds ("4.310.0"
    + "00,-"), a column of its own (a run of one); empty unless every number of the rest so finishes one."""
    out = {}
    for j, c in enumerate(rest):
        if not _DIGIT.search(c):
            continue
        k = runs[j][0] if j < len(runs) and len(runs[j]) == 1 else None
        if k is None or k >= len(last) or not finishes_amount(last[k], c):
            return {}
        out[k] = "".join(last[k].split()) + "".join(c.split())
    return out


def rest_under_merged_header(prev: Table, nxt: Table) -> tuple[Table, int] | None:
    """``nxt`` laid over ``prev``'s columns when it repeats ``prev``'s header with some columns run together and
    holds nothing but the rest of a cut row (see the module); returns the part so laid and its header rows to
    drop, else None. The amounts the break cut in ``prev``'s last row are finished there, in place, and named in
    the part's warning."""
    head_a = header_rows(prev)
    if not head_a or nxt.n_cols >= prev.n_cols:
        return None
    said = sorted_letters(head_a)  # the repeat's rows: a rest of words may read as a header row too
    n = next((k for k in range(1, len(nxt.rows)) if sorted_letters(nxt.rows[:k]) == said), None)
    if n is None:
        return None
    head_b, body_a, body_b = nxt.rows[:n], prev.rows[len(head_a):], nxt.rows[n:]
    runs = header_runs(head_a, prev.n_cols, head_b, nxt.n_cols) if body_a and body_b else None
    if runs is None:
        return None
    last = body_a[-1].cells
    tails = tails_put_back(last, body_b[0].cells, runs)
    first = body_b[0].model_copy(update={"cells": ["" if _DIGIT.search(c) and tails else c for c in body_b[0].cells]})
    rest = [r for r in [first, *body_b[1:]] if any(c.strip() for c in r.cells)]
    n_rest = next((k for k, r in enumerate(rest) if any(_DIGIT.search(c) for c in r.cells)), len(rest))
    if n_rest > REST_ROWS or (not n_rest and not tails) or any(
            len(runs[j]) > 1 for r in rest[n_rest:] for j, c in enumerate(r.cells) if c.strip()):
        return None
    rows = []
    for r in rest:
        cells = [""] * prev.n_cols
        for j, c in enumerate(r.cells):
            if not c.strip():
                continue
            at = list(runs[j]) if len(runs[j]) == 1 else _worded(last, runs[j])
            if len(at) != 1:
                return None
            cells[at[0]] = c
        rows.append(r.model_copy(update={"cells": cells}))
    if tails:
        body_a[-1].cells = [tails.get(k, c) for k, c in enumerate(last)]
    heads = [a.model_copy(update={"cells": list(a.cells)}) for a in head_a]  # the repeat, as the table has it
    moved = nxt.model_copy(update={"rows": [*heads, *rows], "warnings": [
        *nxt.warnings, f"the rest of a cut row under its header repeated with columns run together laid over the "
                       f"columns of the table above ({nxt.n_cols} -> {prev.n_cols})"
                       + "".join(f"; amount cut by the page break glued back: {v}" for v in tails.values())]})
    return moved, len(heads)
