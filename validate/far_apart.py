"""Two values of a flag on a page read through OCR so far apart (ten times or more) that one of them was misread:
a digit or a thousands group lost, rows of another group read under a line. Such a flag is an uncertain warning
(:func:`lkjip.validate.engine.doubtful_as_warnings`), never an error."""

from __future__ import annotations

from lkjip.errors import LkjipError
from lkjip.model import Flag
from lkjip.normalize.numbers import parse_decimal, parse_money

#: a realisasi this many times its anggaran is no overspending a report prints but a digit or a thousands group lost
#: in reading one of the two (an amount wrapped in a narrow cell read cut: "98.765" for "98.765.432")
OVER_MISREAD = 10


def far_over(f: Flag, ocr: set[int]) -> bool:
    """A ``budget.over_realisasi`` flag on an OCR page whose realisasi is :data:`OVER_MISREAD` times its anggaran or
    more: a misread amount, not a contradiction."""
    if f.rule != "budget.over_realisasi" or f.page not in ocr:
        return False
    try:
        a, r = parse_money(f.expected or ""), parse_money(f.found or "")
    except (LkjipError, ArithmeticError, ValueError):
        return False
    return a > 0 and r >= OVER_MISREAD * a


def far_sum(f: Flag, ocr: set[int]) -> bool:
    """A sum flag (``budget.children_sum``, ``budget.total_sum``) on an OCR page whose printed amount and its rows'
    sum are :data:`OVER_MISREAD` times apart or more: rows of another group read under the line (its levels
    misread), or an amount read cut, not a sum the report got wrong."""
    if f.rule not in ("budget.children_sum", "budget.total_sum") or f.page not in ocr:
        return False
    try:
        low, high = sorted((parse_money(f.found or ""), parse_money(f.expected or "")))
    except (LkjipError, ArithmeticError, ValueError):
        return False
    return low > 0 and high >= OVER_MISREAD * low


def far_capaian(f: Flag, ocr: set[int]) -> bool:
    """A ``performance.capaian`` flag on an OCR page whose printed capaian and realisasi / target are
    :data:`OVER_MISREAD` times apart or more: a digit of the target or the realisasi lost in reading ("3" for "73"),
    not a capaian the report misprinted."""
    if f.rule != "performance.capaian" or f.page not in ocr:
        return False
    try:
        printed, computed = parse_decimal((f.found or "").rstrip("% ")), parse_decimal(f.expected or "")
    except (LkjipError, ArithmeticError, ValueError):
        return False
    low, high = sorted((abs(printed), abs(computed)))
    return low > 0 and high >= OVER_MISREAD * low
