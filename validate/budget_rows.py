"""Which budget lines a line's printed amount sums: its children, or a total's rows.

Shared by the budget rules (:mod:`lkjip.validate.budget`) and by the engine, which asks which rows a sum flag
adds up (an OCR misread among them makes the flag uncertain); a module of its own so the engine need not import
the rules that import it.
"""

from __future__ import annotations

from decimal import Decimal

import regex as re

from lkjip.errors import LkjipError
from lkjip.model import BudgetLine
from lkjip.normalize.numbers import parse_money


def children(lines: list[BudgetLine], parent: BudgetLine) -> list[BudgetLine]:
    return [b for b in lines if b.parent_line_no == parent.line_no and b is not parent]


def total_rows(lines: list[BudgetLine], total: BudgetLine) -> list[BudgetLine]:
    """The rows a total line sums: its children, else the belanja groups, else the programs, else the top rows."""
    kids = children(lines, total)
    if kids:
        return kids
    for level in ("belanja", "program"):
        rows = [b for b in lines if b.level == level]
        if rows:
            return rows
    return [b for b in lines if b.parent_line_no is None and b.level != "total" and b is not total]


def sum_rows(lines: list[BudgetLine], parent: BudgetLine) -> list[BudgetLine]:
    """The rows a line's printed amount sums: a total's rows (see :func:`total_rows`), else its children."""
    return total_rows(lines, parent) if parent.level == "total" else children(lines, parent)


def spent_unbudgeted(b: BudgetLine) -> bool:
    """A row read with a realisasi but no anggaran (an anggaran cell read as nothing, or left empty)."""
    return b.anggaran is None and bool(b.realisasi)


def unbudgeted_close_gap(found: str | None, rows: list[BudgetLine]) -> bool:
    """Whether the anggaran the rows read without one could close a printed anggaran's sum: each such row was given
    at least what it spent, so the printed amount must exceed the read rows' sum by that much at least. A sum already
    too large, or short by less than those rows spent, is a contradiction whatever their anggaran was. ``found``: the
    flag's printed amount as printed."""
    try:
        printed = parse_money(found or "")
    except LkjipError:
        return False
    read = sum((b.anggaran for b in rows if b.anggaran is not None), Decimal(0))
    spent = sum((b.realisasi for b in rows if spent_unbudgeted(b)), Decimal(0))
    return printed - read >= spent > 0


#: an amount of a thousand or more in groups of three, anywhere in a cell
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{2})?")


def stray_amount(rows: list[BudgetLine], field: str, gap: Decimal) -> tuple[BudgetLine, str] | None:
    """(row, amount) of a row a sum adds up that was read with no amount in ``field`` while one of its cells prints
    an amount it holds as no value, exactly the sum's ``gap``: that amount is the row's, read into another column
    (a row's cells cut in the wrong place, its realisasi read into the words beside it). The sum is short by a
    misread, not by a contradiction (else None)."""
    if gap <= 0:  # an amount read elsewhere only explains rows adding up to less than printed
        return None
    for b in rows:
        if getattr(b, field) is not None:
            continue
        held = {b.anggaran, b.realisasi}
        for cell in b.source.raw if b.source else []:
            for m in _GROUPED.findall(cell):
                try:
                    v = parse_money(m)
                except LkjipError:
                    continue
                if v == gap and v not in held:
                    return b, m
    return None
