"""A run of value columns a reader cut at the wrong places, each row's values dealt back over the named columns
(:func:`values_dealt`).

Amounts set right-aligned in their cells with a currency sign apart ("Rp    14.599.376", "Rp 747.354", a bare
"-", a sign over an amount wrapped below it) do not start at one place: a reader cutting a table's columns at the
edges of its values can cut a run of money columns one column too many, with the extra column under no header.
Each row's values then stand shifted by a column or cut between a sign and its amount ("Rp | 747.354 Rp |
747.354" for "Rp 747.354 | Rp 747.354"; "| - | -" for "- | -").

A column under no header text (no column number either) with a named value column left of it, holding values in
two rows at least, where no row holds more values than the run of named columns has: each row's values (a sign
with the amount after it, a bare amount, a dash, a sign alone) are dealt left to right over the named columns, and
the extra column is removed. A row holding fewer values, one of them in the extra column, has them set
right (they stood right of where the reader cut); a row holding none there keeps its cells.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table
from lkjip.extract.headers import is_header_like, is_numbering_row, split_header
from lkjip.extract.layout.cues import CURRENCY_SIGN

#: one piece of a value cell: an amount or a percent ("1.741.097.824", "94,45", "12,5%", "250.000,-"), a dash
_AMOUNT = re.compile(r"^\(?\d[\d.,]*\)?%?(?:,-)?$|^[-–]$")
#: the fewest rows holding a value in the headerless column
MIN_ROWS = 2


def _values(text: str) -> list[str] | None:
    """The values ``text`` (cells of a row joined) prints, a currency sign joined to the amount after it; None
    when a piece is no value."""
    out: list[str] = []
    sign = False
    for w in text.split():
        if CURRENCY_SIGN.match(w):
            out.append(w)  # a sign alone before it (no amount after it) stays a value of its own
            sign = True
        elif _AMOUNT.match(w):
            if sign and w not in "-–":
                out[-1] = f"{out[-1]} {w}"
            else:
                out.append(w)
            sign = False
        else:
            return None
    return out


def _run(head: list[list[str]], body: list[list[str]], k: int) -> int:
    """Where the run of named value columns (every body cell values or nothing) ending left of column ``k`` starts
    (``k`` when none is)."""
    start = k
    while (start > 0 and any(start - 1 < len(h) and h[start - 1].strip() for h in head)
           and all(_values(c[start - 1] if start - 1 < len(c) else "") is not None for c in body)):
        start -= 1
    return start


def values_dealt(table: Table) -> None:
    """Each headerless column of ``table`` cut inside a run of value columns removed, its rows' values dealt over
    the named columns (see the module); a table warning each."""
    rows = [r.cells for r in table.rows]
    head, n_head = split_header(rows)
    if not head:
        return
    top = rows[:n_head]
    body = [r for r in table.rows[n_head:] if not is_numbering_row(r.cells) and not is_header_like(r.cells)]
    in_body = {id(r) for r in body}

    def cell(cells: list[str], k: int) -> str:
        return cells[k].strip() if k < len(cells) else ""

    # every row a header may hold: the header rows, a row the reader marked, a row of column numbers or years
    top += [r.cells for r in table.rows if r.is_header or id(r) not in in_body]
    for k in range(table.n_cols - 1, 0, -1):
        if any(cell(c, k) for c in top) or not any(cell(c, k - 1) for c in head):
            continue
        start = _run(head, [r.cells for r in body], k)
        if start == k or sum(1 for r in body if cell(r.cells, k)) < MIN_ROWS:
            continue
        named = k - start
        dealt = []
        for r in body:
            vals = _values(" ".join(cell(r.cells, j) for j in range(start, k + 1)))
            if vals is None and any(cell(r.cells, j) for j in range(start + 1, k + 1)):
                break  # words in the run: no column of values
            if vals is not None and len(vals) > named:
                break
            dealt.append(vals)
        else:
            if not any(v and _values(cell(r.cells, k)) for r, v in zip(body, dealt, strict=True)):
                continue
            for r, vals in zip(body, dealt, strict=True):
                if len(r.cells) <= k:
                    continue
                if vals is not None and (len(vals) == named or (vals and cell(r.cells, k))):
                    r.cells[start:k] = [""] * (named - len(vals)) + vals  # fewer: they stood right, as read
                del r.cells[k]
            for r in table.rows:
                if id(r) not in in_body and len(r.cells) > k:
                    r.cells[k - 1] = f"{r.cells[k - 1].strip()} {r.cells[k].strip()}".strip()
                    del r.cells[k]
            table.warnings.append(f"values of a run of columns cut apart dealt back (column {k + 1})")
