"""Indonesian civil-servant numbers (NIP, Nomor Induk Pegawai).

A NIP has 18 digits, printed ``19750412 200501 1 003``:

* 8 digits birth date ``yyyymmdd``;
* 6 digits TMT CPNS (start of service) ``yyyymm``;
* 1 digit gender: 1 = laki-laki (``L``), 2 = perempuan (``P``);
* 3 digits sequence number.

:func:`parse_nip` raises only when there are not exactly 18 digits; a NIP
whose parts are impossible (a 31 February birth date, TMT at age 12) is
returned with ``problems`` listing each, so the caller can flag it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, Field

from lkjip.errors import NormalizeError

__all__ = ["NIP", "format_nip", "nip_digits", "parse_nip"]

MIN_BIRTH_YEAR = 1930
MIN_TMT_AGE = 18
MAX_TMT_AGE = 60

_PREFIX = re.compile(r"^\s*nip\s*\.?\s*:?\s*", re.IGNORECASE)
_NIP_CHARS = re.compile(r"[\d\s.\-]+")


class NIP(BaseModel):
    """A decoded NIP. ``problems`` is empty for a plausible one."""

    digits: str
    birth_date: dt.date | None = None
    tmt_year: int
    tmt_month: int
    gender: Literal["L", "P"] | None = None
    seq: str
    problems: list[str] = Field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def formatted(self) -> str:
        return format_nip(self.digits)


def nip_digits(raw: str) -> str:
    """The 18 digits of a NIP cell (``"NIP. 19750412 200501 1 003"``); raise otherwise."""
    if not isinstance(raw, str):
        raise NormalizeError(f"expected text, got {type(raw).__name__}", None)
    body = _PREFIX.sub("", raw).strip()
    if not body or not _NIP_CHARS.fullmatch(body):
        raise NormalizeError(f"not a NIP: {raw!r}", raw)
    digits = re.sub(r"\D", "", body)
    if len(digits) != 18:
        raise NormalizeError(f"a NIP has 18 digits, {raw!r} has {len(digits)}", raw)
    return digits


def format_nip(digits: str) -> str:
    """``"197504122005011003"`` → ``"19750412 200501 1 003"`` (any NIP spelling is accepted)."""
    d = nip_digits(digits)
    return f"{d[:8]} {d[8:14]} {d[14]} {d[15:]}"


def parse_nip(raw: str, *, today: dt.date | None = None) -> NIP:
    """Decode a NIP; ``today`` (default: the current date) bounds birth year and TMT."""
    d = nip_digits(raw)
    today = today or dt.date.today()
    problems: list[str] = []
    birth = _birth_date(d[:8], problems)
    if birth is not None and not MIN_BIRTH_YEAR <= birth.year <= today.year:
        problems.append(f"birth year {birth.year} outside {MIN_BIRTH_YEAR}..{today.year}")
    tmt_year, tmt_month = int(d[8:12]), int(d[12:14])
    if not 1 <= tmt_month <= 12:
        problems.append(f"TMT month {tmt_month:02d} not 1-12")
    elif (tmt_year, tmt_month) > (today.year, today.month):
        problems.append(f"TMT {tmt_year}-{tmt_month:02d} is in the future")
    if birth is not None and 1 <= tmt_month <= 12:
        age_months = (tmt_year - birth.year) * 12 + (tmt_month - birth.month)
        if age_months < MIN_TMT_AGE * 12:
            problems.append(f"TMT {tmt_year}-{tmt_month:02d} before age {MIN_TMT_AGE}")
        elif age_months > MAX_TMT_AGE * 12:
            problems.append(f"TMT {tmt_year}-{tmt_month:02d} after age {MAX_TMT_AGE}")
    gender = {"1": "L", "2": "P"}.get(d[14])
    if gender is None:
        problems.append(f"gender digit {d[14]} not 1 or 2")
    return NIP(
        digits=d,
        birth_date=birth,
        tmt_year=tmt_year,
        tmt_month=tmt_month,
        gender=gender,
        seq=d[15:],
        problems=problems,
    )


def _birth_date(yyyymmdd: str, problems: list[str]) -> dt.date | None:
    try:
        return dt.date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:]))
    except ValueError:
        problems.append(f"invalid birth date {yyyymmdd}")
        return None
