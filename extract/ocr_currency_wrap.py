"""Amounts a narrow column wrapped under their currency mark, which the OCR layout left as rows of their own.

A narrow amount column prints "Rp 81.180.203" over three lines: "Rp", "81.180.20", "3". Where no horizontal rule
separates a table's rows (rules on the sides only, shaded bands), the layout of a scanned page may read the lines
under the bare "Rp" as rows of their own: a row with a name and "Rp | Rp", then rows with nothing but pieces of
digits. Read so, the row keeps no amount and the pieces become lines of their own, whose sums then fail (a false
``budget.children_sum``). :func:`join_under_currency` puts the pieces back under their mark.

Only a row whose amount cells are a bare currency mark opens a join, and only the rows right under it that hold no
row key and no text beyond pieces of digits (or the continuation of a wrapped name) are joined into it. The digits
are the printed ones in their order: a group's separator misread as a comma is made a dot, and a piece that does
not join into a well-formed amount stays raw (unread, never guessed); each join is named in the table's warnings.
"""

from __future__ import annotations

import re

from lkjip.extract.document import Table
from lkjip.normalize.numbers import GROUPED_AMOUNT

#: a currency mark alone in a cell, its amount wrapped onto the lines below ("Rp", "Rp.", "Rp,")
_BARE_CURRENCY = re.compile(r"^Rp[.,]?$", re.IGNORECASE)

#: a piece of a wrapped amount: digits and group separators, maybe the ",-" or ",00" that closes an amount
_PIECE = re.compile(r"^[.,]?\d[\d.,]*(,-)?$")

#: a single letter Tesseract reads for a lone digit at a line's end ("o" for "0")
_LONE_DIGIT = {"o": "0", "O": "0", "D": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8"}

#: a separator (dot or comma) before a whole thousands group: in a rupiah amount that is a dot
_GROUP_SEP = re.compile(r"[.,](?=\d{3}(?:[.,]|$))")

#: a rupiah amount as printed: thousands groups, maybe cents or ",-"
_WELL_FORMED = re.compile(r"^\d{1,3}(\.\d{3})*(,\d{2}|,-)?$")

#: a cell holding a letter (a name, a unit, a label)
_LETTER = re.compile(r"[^\W\d_]")


def _piece(cell: str, *, marked: bool = False) -> str | None:
    """The digits of a cell that holds nothing but a piece of a wrapped amount ("72.609,89 o": a last "0" read as
    a letter on the piece's line), None when it holds anything else; ``marked``: a currency mark may open it (the
    cell above is empty, its mark printed on this line)."""
    tokens = cell.split()
    if marked and len(tokens) > 1 and _BARE_CURRENCY.match(tokens[0]):
        tokens = tokens[1:]
    if not tokens or not _PIECE.match(tokens[0]):
        return None
    tail = [_LONE_DIGIT.get(t) for t in tokens[1:]]
    if any(t is None for t in tail):
        return None
    return tokens[0] + "".join(t for t in tail if t)


def join_pieces(pieces: list[str]) -> str:
    """The pieces of one wrapped amount as one number: a piece continues the last group when that group is short
    ("81.180.20" + "3") or a separator stands between them ("2.545.969." + "750"), else opens a new group after a
    whole one ("2.545.969" + "750", its line-end dot lost); separators before a whole group are dots."""
    text = ""
    for p in pieces:
        last = re.search(r"(\d+)$", text)
        if text and last and len(last.group(1)) == 3 and re.search(r"[.,]", text) and re.match(r"\d{3}", p):
            text += "." + p
        else:
            text += p
    return _GROUP_SEP.sub(".", text)




def _money_columns(table: Table) -> set[int]:
    """The columns where a quarter of the table's rows or more print a rupiah amount: only there can an amount have
    wrapped below an empty cell (a blank target or realisasi elsewhere is a blank, not a wrap)."""
    counts: dict[int, int] = {}
    for row in table.rows:
        for k, c in enumerate(row.cells):
            if GROUPED_AMOUNT.search(c):
                counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if 4 * n >= len(table.rows)}


def _opens(cells: list[str], money: set[int]) -> list[int]:
    """The columns of a row whose amounts wrapped onto the lines below: cells holding a bare currency mark, or,
    in a row whose name is followed by empty cells and then a value (a percent printed on the first line, the
    amounts left of it printed lower, beside the second line of a wrapped name), those empty cells of ``money``
    columns when that value is not zero."""
    marks = [k for k, c in enumerate(cells) if _BARE_CURRENCY.match(c.strip())]
    if marks:
        return marks
    named = [k for k, c in enumerate(cells) if _LETTER.search(c)]
    valued = [k for k, c in enumerate(cells) if re.search(r"\d", c) and not _LETTER.search(c)]
    if not named or not valued or valued[-1] < named[0] or not re.search(r"[1-9]", cells[valued[-1]]):
        return []  # a zero percent: its amounts are nil ("-"), nothing wrapped
    return [k for k in range(named[0] + 1, valued[-1]) if not cells[k].strip() and k in money]


def _joinable(upper: list[str], lower: list[str], amounts: set[int]) -> bool:
    """Whether ``lower`` holds only what wrapped out of ``upper``: pieces of digits in its amount columns (or in an
    amount column whose currency mark was lost, left empty), text only under text (a wrapped name), no row key."""
    pieces = 0
    for k, c in enumerate(lower):
        c = c.strip()
        if not c:
            continue
        above = upper[k].strip() if k < len(upper) else ""
        if k in amounts or not above:
            if _piece(c, marked=not above) is None or (k not in amounts and k == 0):
                return False
            pieces += 1
        elif not (_LETTER.search(above) and _LETTER.search(c)) or k == 0:
            return False
    return pieces > 0


def join_under_currency(table: Table, page_no: int) -> int:
    """Join into each row whose amounts are a bare currency mark the rows right under it that hold the rest of
    those amounts (:func:`_joinable`); returns how many rows were joined away."""
    rows = table.rows
    money = _money_columns(table)
    joined = 0
    i = 0
    while i < len(rows):
        upper = rows[i].cells
        marks = [] if rows[i].is_header else _opens(upper, money)
        if not marks:
            i += 1
            continue
        amounts = set(marks)
        parts: dict[int, list[str]] = {}
        j = i + 1
        while (j < len(rows) and not rows[j].is_header and len(rows[j].cells) == len(upper)
               and _joinable(upper, rows[j].cells, amounts)):
            for k, c in enumerate(rows[j].cells):
                c = c.strip()
                if not c:
                    continue
                if k in amounts or not upper[k].strip() or k in parts:
                    parts.setdefault(k, []).append(_piece(c, marked=not upper[k].strip()) or c)
                else:
                    upper[k] = f"{upper[k].rstrip()} {c}"
            j += 1
        if j == i + 1:
            _doubt_unread(table, upper, marks, page_no)
            i += 1
            continue
        for k, pieces in parts.items():
            number = join_pieces(pieces)
            mark = upper[k].strip()
            cell = f"{mark} {number}" if mark else number
            ok = "" if _WELL_FORMED.match(number) else " (no well-formed amount: left unread)"
            table.warnings.append(f"page {page_no}: OCR amount wrapped under its currency mark joined "
                                  f"{[mark, *pieces]!r} -> {cell!r}{ok}")
            upper[k] = cell
        joined += j - i - 1
        del rows[i + 1:j]
        _doubt_unread(table, upper, marks, page_no)
        i += 1
    return joined


def _doubt_unread(table: Table, cells: list[str], opened: list[int], page_no: int) -> None:
    """A row whose amounts wrapped (:func:`_opens`) with one of them still a bare mark or empty after the join: an
    amount printed there was not read, so the table's sums over it are a doubtful reading, not a contradiction."""
    left = [k for k in opened if not cells[k].strip() or _BARE_CURRENCY.match(cells[k].strip())]
    if not left or table.doubt:
        return
    name = next((c for c in cells if _LETTER.search(c) and not _BARE_CURRENCY.match(c.strip())), "")
    table.doubt = (f"angka yang terlipat di bawah baris '{name[:60]}' hal. {page_no} tidak terbaca "
                   f"(sel terbaca kosong)")
