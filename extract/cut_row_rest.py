"""The rest of a row a page break cut, read at the next page's top with the row under it (a PDF page read on its own).

A frame or band drawing no rule between the cut row's rest and the next row leaves the next page's reader two
kinds of misreadings, both put right before the rest is joined back (:func:`lkjip.extract.layout.stitch.stitch`):
the rest and the table's total row read as one row (:func:`total_apart`), and the name of the row under the rest
read one row up, into the rest (:func:`name_lowered`); and a reader finding rows where cells start again may cut the
rest itself into rows (:func:`rest_within`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lkjip.extract.cell_rest import JOINING_WORDS
from lkjip.extract.document import TableRow
from lkjip.extract.layout.cues import WELL_FORMED, amount_broken, amount_cut, amount_whole, is_numeric_token
from lkjip.extract.records_total import TOTAL_ROW as TOTAL_LABEL

#: a letter: the rest of a cell's words holds one
_LETTER = re.compile(r"[^\W\d_]")
#: a digit: a row holding one carries a number of its own, no rest of words
_DIGIT = re.compile(r"\d")
#: a currency sign opening a cell ("Rp", "Rp.", "Rp. ")
_SIGN = re.compile(r"^rp\.?\s*", re.IGNORECASE)


def rest_apart(rows: Sequence[TableRow], rest: list[TableRow], joins: Callable[[TableRow], bool], warnings: list[str],
               page: int | None) -> list[TableRow]:
    """``rest`` (the rows of the next page's part, the cut row's rest first) with both misreadings put right, each
    with a warning in ``warnings``; the rest and the total cut apart only when the rest then ``joins`` the table's
    last row of ``rows`` (else a keyless row of amounts' ends would stand alone)."""
    split = total_apart(rows[-1], rest)
    if split is not rest and joins(split[0]):
        warnings.append(f"page {page}: the rest of a cut row and the total row under it, read as one row, cut apart")
        rest = split
    if name_lowered(rest, rows):
        warnings.append(f"page {page}: a name read into the rest of a cut row given back to the row under it")
    return rest


def finishes_amount(above: str, below: str) -> bool:
    """``below`` completes the amount the cell ``above`` left cut (a currency sign alone, or an amount's head)."""
    a, b = "".join(above.split()), "".join(below.split())
    return amount_cut(a) and amount_whole(a + b, not any(ch.isdigit() for ch in a)) and amount_broken(a, a + b)


def plain_rest(above: str, below: str) -> bool:
    """``below`` (one or two digits) finishes the plain number ``above`` ends with ("10" / "0")."""
    head = above.split()[-1] if above.split() else ""
    return head.isdigit() and bool(re.fullmatch(r"\d{1,2}%?", below)) and bool(WELL_FORMED.match(head + below))


#: a row code cut after a dot by the page break ("1.5." / "1")
CODE_HEAD = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.$")


def finishes_code(above: str, below: str) -> bool:
    """``below`` (one or two digits) finishes the row code ``above`` the page break cut after a dot."""
    return bool(CODE_HEAD.match(above.strip())) and below.strip().isdigit() and len(below.strip()) <= 2


#: a word cut after its hyphen, the number it runs on with to follow ("COVID-")
HYPHENED = re.compile(r"[^\W\d_]{2,}-$")


def finishes_hyphened(above: str, below: str) -> bool:
    """``below``, a number alone, finishes the word the cell ``above`` ends cut after its hyphen ("COVID-" / "19")."""
    return bool(HYPHENED.search(above.rstrip())) and below.strip().isdigit()


def total_apart(last: TableRow, rest: list[TableRow]) -> list[TableRow]:
    """``rest`` with its first row cut in two when it is the rest of ``last`` (the row the page break cut) and the
    table's total row read as one: a frame drawing no rule between them, the next page's reading runs them
    together ("JUMLAH | Profil Desa | 3.691.138 Rp 3.611.119.168" under "3.1.2 | Fasilitasi Penyusunan | Rp").
    Each cell of values holds the rest of the amount cut above, then the total's own; the total row keeps its
    label and those values, the rest every other word (a total row prints no words but its label)."""
    top = rest[0]
    if not TOTAL_LABEL.match(top.cells[0]) or len(top.cells) != len(last.cells) or not last.cells[0].strip():
        return rest
    ends, totals = [""] * len(top.cells), [""] * len(top.cells)
    totals[0] = top.cells[0]
    for k, (above, cell) in enumerate(zip(last.cells, top.cells, strict=True)):
        if k == 0 or not cell.strip():
            continue
        words = cell.split()
        cut = next((j for j in range(1, len(words)) if finishes_amount(above, " ".join(words[:j]))
                    and _own_value("".join(words[j:]))), None)
        if cut is not None:
            ends[k], totals[k] = " ".join(words[:cut]), " ".join(words[cut:])
        elif finishes_amount(above, cell) or not any(ch.isdigit() for ch in cell):
            ends[k] = cell  # the end of the amount cut above, or the rest's words
        elif _own_value(cell.replace(" ", "")):
            totals[k] = cell  # the total's own value (a whole amount, a percent) beside no amount cut
        else:
            return rest  # digits that end no amount and are no value of their own: nothing to tell them by
    if not any(e and totals[k] for k, e in enumerate(ends)):
        return rest
    return [top.model_copy(update={"cells": ends}), top.model_copy(update={"cells": totals}), *rest[1:]]


def _own_value(text: str) -> bool:
    """``text`` (spaces dropped) is a value of its own: a whole amount, its currency sign before it or not, or a
    number or percent."""
    bare = _SIGN.sub("", text)
    return bool(bare) and (amount_whole(bare, True) or is_numeric_token(bare))


def name_lowered(rest: list[TableRow], above: Sequence[TableRow]) -> bool:
    """Give the row under the rest of a cut row back the words a reader of the next page read one row up: the rest
    (no key, the cut amounts' ends) took a name the row under it, which has its key and its values, lacks
    ("| Penyediaan Gaji … | 3.583.978.618" over "1) | | Rp 3.406.513.392"). Only in a column every row with a key
    fills: a keyed row lacking that cell is a row misread (a total row, which prints no name, lacks none). True when
    a name was moved."""
    if len(rest) < 2:
        return False
    top, below = rest[0], rest[1]
    n = len(top.cells)
    if len(below.cells) != n or top.cells[0].strip() or not below.cells[0].strip() or TOTAL_LABEL.match(below.cells[0]) \
            or not any(is_numeric_token(c) for c in top.cells if c) or not any(is_numeric_token(c) for c in below.cells if c):
        return False
    body = [r for r in [*above, *rest[2:]] if not r.is_header and len(r.cells) == n and r.cells[0].strip()
            and not TOTAL_LABEL.match(r.cells[0])]
    moved = False
    for k in range(1, n):
        text, filled = top.cells[k], sum(1 for r in body if r.cells[k].strip())
        if text.strip() and not below.cells[k].strip() and not is_numeric_token(text) and len(body) >= 3 \
                and filled == len(body) and re.search(r"[^\W\d_]{3}", text):
            top.cells = [*top.cells[:k], "", *top.cells[k + 1:]]
            below.cells = [*below.cells[:k], text, *below.cells[k + 1:]]
            moved = True
    return moved


def rest_within(rest: Sequence[TableRow]) -> int:
    """How many rows under ``rest[0]`` (the rest of a row the page break cut, opening the next page) are more of
    that rest: a reader finding rows where cells start again (no rule between rows) may cut the rest where a line
    of two cells opens with capitals ("… Penataan dan" | "Penguatan Lembaga Kelurahan"). Such a row starts
    above the rest's last line (rows do not overlap), carries no key and no digit at all (an amount however
    printed, "Rp 1.500.000", is a row's own), fills only columns the rest
    fills with words (a row of dashes under amounts printed "19.411.804,-" is a sub-row of its own), and one cell
    at least runs on mid-phrase from the text above it (:func:`_runs_on`)."""
    top = rest[0] if rest else None
    if top is None or top.bbox is None:
        return 0
    cols = {k for k, c in enumerate(top.cells) if c}
    above = list(top.cells)
    n = 0
    for row in rest[1:]:
        filled = {k for k, c in enumerate(row.cells) if c}
        if (row.bbox is None or row.bbox[1] >= top.bbox[3] or not filled or not filled <= cols or 0 in filled
                or len(row.cells) != len(above) or any(_DIGIT.search(row.cells[k]) for k in filled)
                or not all(_LETTER.search(row.cells[k]) for k in filled)
                or not any(_runs_on(above[k], row.cells[k]) for k in filled)):
            break
        above = [f"{a} {b}" if b else a for a, b in zip(above, row.cells, strict=True)]
        n += 1
    return n


def _runs_on(above: str, below: str) -> bool:
    """``below`` runs on mid-phrase from ``above``: it opens in lower case, or ``above`` stops on a comma or a
    joining word ("… Penataan dan" / "Penguatan …")."""
    words = above.split()
    return below[:1].islower() or (bool(words) and (above.rstrip().endswith((",", ";", "-", "/", "&"))
                                                    or words[-1].lower() in JOINING_WORDS))
