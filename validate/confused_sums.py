"""A sum on a scanned page that one digit misread explains: the amount read, not the report, is wrong.

Tesseract takes some digits for one another in print ("7" read "1", "8" read "3"). When it does so in one row of a
budget table, the sum over that row fails by exactly the difference the one digit makes (a row read 2.108.534.619
for 2.708.534.619: the total is 600.000.000 over its rows), and every check built on the misread amount fails too
(its realisasi "over" the anggaran read a fifth short). The engine's own test of one confused digit compares a
flag's two values; a sum's two values differ in the carried places too, so it does not see it.

:func:`confused_amounts` tries, for each sum flag on a page read through OCR, the other reading of one digit of one
amount — one of the summed rows' or the printed total's — by its usual confusion (the pairs of
:data:`~lkjip.validate.engine.CONFUSED_DIGITS`): when exactly one such reading closes the sum to the rupiah, that
amount is a likely misread. Flags on the same table and page that print that amount (the sum's own, a realisasi
"over" it, a percent of it) are then an uncertain reading, never an error. A sum that no single confused digit
closes is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from lkjip.errors import LkjipError
from lkjip.model import BudgetLine, Flag, Report
from lkjip.normalize.numbers import parse_money

#: the flags whose gap a misread summand may explain
SUM_FLAGS = ("budget.children_sum", "budget.total_sum")


def _readings(value: Decimal, pairs: Iterable[frozenset[str]]) -> list[Decimal]:
    """``value`` with one digit of its whole part read as its confused partner, every way."""
    whole = int(value)
    text = str(abs(whole))
    out = []
    for k, d in enumerate(text):
        for pair in pairs:
            if d in pair and len(pair) == 2:
                other = next(iter(pair - {d}))
                if k == 0 and other == "0":
                    continue
                changed = int(text[:k] + other + text[k + 1:])
                out.append(Decimal(changed if whole >= 0 else -changed) + (value - whole))
    return out


def confused_amounts(flags: list[Flag], ocr: set[int], summed: Callable[[Flag], list[BudgetLine]],
                     printed: Callable[[Flag], tuple[Decimal, Decimal] | None],
                     field: Callable[[Flag], str | None], pairs: Iterable[frozenset[str]]
                     ) -> tuple[dict[tuple[str, int | None], dict[str, Decimal]], dict[int, tuple[Decimal, Decimal]]]:
    """(table, page) → {digits of an amount read: the amount one confused digit gives} for every sum flag on an OCR
    page that exactly one such reading closes (module doc), and, by the id of each such flag, the pair that closes
    its own sum (the amount read, the amount mended). ``summed(f)``: the rows the flag adds up; ``printed(f)``: (the
    printed amount, the rows' sum); ``field(f)``: the money field it is about."""
    pairs = list(pairs)
    out: dict[tuple[str, int | None], dict[str, Decimal]] = {}
    explained: dict[int, tuple[Decimal, Decimal]] = {}
    for f in flags:
        if f.rule not in SUM_FLAGS or f.severity != "error" or f.page not in ocr or not f.source_table:
            continue
        values, name = printed(f), field(f)
        rows = summed(f)
        if values is None or name is None or not rows:
            continue
        total, got = values
        gap = total - got
        fixes: list[tuple[Decimal, Decimal]] = []
        for b in rows:
            v = getattr(b, name)
            if v is not None:
                fixes += [(v, r) for r in _readings(v, pairs) if r - v == gap]
        fixes += [(total, r) for r in _readings(total, pairs) if r == got]
        if len(fixes) == 1:
            read, mended = fixes[0]
            out.setdefault((f.source_table, f.page), {})[str(abs(int(read)))] = mended
            explained[id(f)] = (read, mended)
    return out, explained


def misread_amount(f: Flag, misread: dict[tuple[str, int | None], dict[str, Decimal]]) -> tuple[str, Decimal] | None:
    """(the amount as read, its one-digit reading that closes a sum) when the flag, on the same table and page,
    prints that amount among its values; else None."""
    amounts = misread.get((f.source_table or "", f.page))
    if not amounts:
        return None
    for text in (f.found, f.expected):
        try:
            d = str(abs(int(parse_money(text or ""))))
        except (LkjipError, ArithmeticError, ValueError):
            continue
        if d in amounts:
            return (text or "").strip(), amounts[d]
    return None


def confused_sums(report: Report, flags: list[Flag], ocr: set[int],
                  summed: Callable[[Report, Flag], list[BudgetLine]], fields: Callable[[Flag], list[str]],
                  pairs: Iterable[frozenset[str]]
                  ) -> tuple[dict[tuple[str, int | None], dict[str, Decimal]], dict[int, tuple[Decimal, Decimal]]]:
    """:func:`confused_amounts` of a report's flags: ``summed(report, f)`` the rows a sum flag adds up,
    ``fields(f)`` the money fields it is about, ``pairs`` the digits OCR confuses."""
    if not ocr:
        return {}, {}

    def field(f: Flag) -> str | None:
        return fs[0] if len(fs := fields(f)) == 1 else None

    def pair(f: Flag) -> tuple[Decimal, Decimal] | None:
        try:
            return parse_money(f.found or ""), parse_money(f.expected or "")
        except (LkjipError, ArithmeticError, ValueError):
            return None

    return confused_amounts(flags, ocr, lambda f: summed(report, f), pair, field, pairs)
