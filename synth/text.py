"""Numbers, dates and names as the generated reports print them."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from lkjip.synth import catalog as cat

CENT = Decimal("0.01")
ZERO = Decimal(0)

MoneyStyle = Literal["plain", "dec", "dash", "rp", "rp_space", "rp_dot_space"]
PersenStyle = Literal["comma2", "sign", "short"]


def pct(part: Decimal, whole: Decimal) -> Decimal:
    """``round(part / whole * 100, 2)``, half up; 0 when ``whole`` is 0."""
    if whole == 0:
        return Decimal("0.00")
    return (part * 100 / whole).quantize(CENT, rounding=ROUND_HALF_UP)


def thousands(n: Decimal | int) -> str:
    """1234567 -> "1.234.567"."""
    return f"{int(n):,}".replace(",", ".")


def money(d: Decimal, style: MoneyStyle = "plain") -> str:
    """Rupiah as Indonesian reports print it; zero is "-" in table styles."""
    if d == 0 and style in ("plain", "dec", "dash"):
        return "-"
    s = thousands(d)
    return {
        "plain": s,
        "dec": s + ",00",
        "dash": s + ",-",
        "rp": "Rp. " + s,
        "rp_space": "Rp " + s,
        "rp_dot_space": "Rp . " + s,
    }[style]


def decimal_text(d: Decimal, decimals: int = 2, *, point: str = ",", strip: bool = False) -> str:
    """82.47 -> "82,47"; with ``strip`` 100.00 -> "100"."""
    q = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) if decimals else d.quantize(Decimal(1))
    sign = "-" if q < 0 else ""
    q = abs(q)
    whole, _, frac = f"{q:f}".partition(".")
    if strip:
        frac = frac.rstrip("0")
    return sign + thousands(int(whole)) + (point + frac if frac else "")


def persen_text(d: Decimal, style: PersenStyle = "comma2") -> str:
    if style == "comma2":
        return decimal_text(d, 2)
    if style == "sign":
        return decimal_text(d, 2, strip=d == d.to_integral_value()) + " %"
    return decimal_text(d, 2, strip=True)


def target_text(v: Decimal, spec: cat.SasaranSpec, where: Literal["pk", "table"]) -> str:
    """An indicator's target: "82,50 %" in a report table, "82,50%" in a PK."""
    s = decimal_text(v, spec.decimals)
    if spec.satuan == "%":
        return s + (" %" if where == "table" else "%")
    return s


def plain(d: Decimal | int | None) -> str | None:
    """A canonical string for ``Injected.expected/found``: digits, "." decimal, no trailing zeros."""
    if d is None:
        return None
    d = Decimal(d)
    if d == d.to_integral_value():
        return str(int(d))
    return f"{d.normalize():f}"


def slugify(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def nip_text(nip: str) -> str:
    """18 digits -> "19750412 200003 1 002"."""
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


def tanggal(d: dt.date) -> str:
    return f"{d.day:02d} {cat.BULAN[d.month - 1]} {d.year}"


def roman(n: int) -> str:
    out = ""
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += s
            n -= v
    return out
