"""Tolerances shared by every rule, and the printed form of a value (money and decimals through
:mod:`lkjip.normalize.numbers`).

A validator compares a number *as printed* with the number the other printed
numbers imply. The printed number was rounded by someone, so each comparison
has an explicit tolerance:

* **Percentages** (budget %, output %, capaian, tingkat kemajuan, serapan) are
  compared at the number of decimals printed. A printed value is accepted when
  it equals the exact value rounded half-up, rounded half-even, or truncated
  toward zero at that many decimals (``99,99`` and ``100,00`` are both accepted
  for 99,998 %). A percentage printed with no decimals (``100``) accepts any
  value within ±0,5 of it, and its truncation (``99`` for 99,9).
* **Capaian caps**: a capaian printed as exactly 100 or 120 is accepted when
  the computed value is above it (some governments cap capaian).
* **Money sums**: a printed total equals the sum of its rows exactly when every
  amount involved is printed with cents (``1.234.567,00``); when any amount
  is printed in whole rupiah (``1.234.567`` or ``1.234.567,-``) the sum may
  differ by up to :data:`MONEY_TOLERANCE` (Rp 1), the rounding of values kept
  in cents. ``sisa`` and realisasi ≤ anggaran use the same tolerance.
* **The same money amount in two tables** must be equal to within Rp 1 (one
  table may print cents, the other whole rupiah).
* **The same indicator value in two tables** (target, realisasi) must be
  equal, or equal after rounding the more precise one to the other's printed
  decimals when that one prints decimals (``75,5`` and ``75,46``; but ``81``
  and ``81,5`` differ).
* **Efisiensi** (info only): accepted as capaian/serapan or serapan/capaian,
  as a ratio or ×100, under any of the percentage roundings above.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

import regex as re

from lkjip.errors import NormalizeError
from lkjip.model import Provenance
from lkjip.normalize.numbers import format_money, format_number, parse_money, parse_number

MONEY_TOLERANCE = Decimal(1)
ZERO_DECIMALS_TOLERANCE = Decimal("0.5")
CAPAIAN_CAPS = (Decimal(100), Decimal(120))
HUNDRED = Decimal(100)

_CENTS = re.compile(r",\d{1,2}\s*$")


def has_cents(raw: str | None) -> bool:
    """True when a money cell prints cents (``…,00``); ``,-`` and whole rupiah do not."""
    return bool(raw) and bool(_CENTS.search(raw.strip().rstrip("%").strip()))


def money_tolerance(raws: list[str | None]) -> Decimal:
    """0 when every amount involved prints cents, else :data:`MONEY_TOLERANCE`."""
    return Decimal(0) if raws and all(has_cents(r) for r in raws) else MONEY_TOLERANCE


_NOT_NUMBER = re.compile(r"[^\d.,]")
_WORD = re.compile(r"[A-Za-z]{2}")


def decimals_of(raw: str | None, value: Decimal | None = None) -> int:
    """Decimals printed in a number cell: ``"94,22 %"`` → 2, ``"98.8%"`` → 1, ``"100"`` → 0."""
    if raw:
        s = _NOT_NUMBER.sub("", raw)
        if "," in s:
            return len(s.rsplit(",", 1)[1])
        if s.count(".") == 1:
            tail = s.split(".")[1]
            return len(tail) if len(tail) != 3 else 0
        return 0
    if value is None:
        return 2
    exp = value.normalize().as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 2


def quantize(value: Decimal, decimals: int, rounding: str) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=rounding)


def rounding_variants(value: Decimal, decimals: int) -> set[Decimal]:
    """The printed values accepted for an exact ``value`` at ``decimals`` decimals."""
    return {quantize(value, decimals, r) for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN)}


def printed_matches(printed: Decimal, raw: str | None, exact: Decimal) -> bool:
    """Is ``printed`` (as in cell ``raw``) an accepted rounding of ``exact``?"""
    d = decimals_of(raw, printed)
    try:
        if printed in rounding_variants(exact, d):
            return True
    except InvalidOperation:
        return False
    return d == 0 and abs(printed - exact) <= ZERO_DECIMALS_TOLERANCE


def percent(num: Decimal, den: Decimal) -> Decimal:
    return num / den * HUNDRED


def same_value(a: Decimal, a_raw: str | None, b: Decimal, b_raw: str | None) -> bool:
    """Two printings of one indicator value: equal, or equal at the coarser printed precision."""
    if a == b:
        return True
    da, db = decimals_of(a_raw, a), decimals_of(b_raw, b)
    if da == db:
        return False
    fine, coarse, d = (a, b, db) if da > db else (b, a, da)
    if d == 0:  # "81" and "81,5" are two targets, not one printed twice
        return False
    return coarse in {quantize(fine, d, ROUND_HALF_UP), quantize(fine, d, ROUND_HALF_EVEN)}


# --- formatting --------------------------------------------------------------------


def fmt_value(v: Decimal | None) -> str | None:
    """An indicator value as it would be printed: ``75.46`` → ``"75,46"``, ``100`` → ``"100"``."""
    if v is None:
        return None
    d = decimals_of(None, v)
    return format_number(v, min(d, 4))


# --- raw cells ------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _money_value(raw: str) -> Decimal | None:
    try:
        return parse_money(raw)
    except NormalizeError:
        return None


@lru_cache(maxsize=8192)
def _percent_value(raw: str) -> Decimal | None:
    return parse_number(raw, "percent").value


def raw_money(prov: Provenance, value: Decimal | None) -> str | None:
    """The cell of a row that prints ``value`` as money (leftmost), or a formatted value."""
    if value is None:
        return None
    for cell in prov.raw:
        if cell.strip() and _money_value(cell) == value:
            return cell.strip()
    return format_money(value)


def raw_percent(prov: Provenance, value: Decimal | None, *, from_right: bool = False) -> str | None:
    """The cell of a row that prints ``value`` as a percent or decimal, or a formatted value."""
    if value is None:
        return None
    cells = list(reversed(prov.raw)) if from_right else prov.raw
    for cell in cells:
        if not cell.strip() or _WORD.search(cell):
            continue
        v = _percent_value(cell)
        if v is not None and v == value:
            return cell.strip()
    return fmt_value(value)
