"""Indonesian dates: ``05 Maret 2023``, ``Sukamaju, 03 Januari 2022``, ``05-03-2023``.

Month names are Indonesian (old spellings ``Pebruari``, ``Nopember`` and
abbreviations such as ``Agt``, ``Okt``, ``Des`` included); English names are
tolerated. Numeric dates are day-month-year (``05/03/2023`` is 5 March) with
a four-digit year; two-digit years are not read (too ambiguous).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, NamedTuple

from lkjip.errors import NormalizeError

__all__ = ["MONTHS", "SigningDate", "find_dates", "find_signing_date", "format_indonesian_date",
           "parse_indonesian_date"]

#: canonical Indonesian month names, index = month number
MONTHS = (
    "",
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

_MONTH_NAMES: dict[str, int] = {}
for _n, _names in enumerate(
    [
        "januari jan january",
        "februari pebruari feb peb pebr febr february",
        "maret mar march",
        "april apr",
        "mei may",
        "juni jun june",
        "juli jul july",
        "agustus agt agu ags agust aug august",
        "september sep sept",
        "oktober okt oct october",
        "november nopember nov nop",
        "desember des dec december",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTH_NAMES[_name] = _n

_MONTH_ALT = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_NAMED = rf"(?P<d>\d{{1,2}})\s*[\s.\-/]?\s*(?P<m>{_MONTH_ALT})\.?\s*[\s.,\-/]?\s*(?P<y>\d{{4}})"
_NUMERIC = r"(?P<nd>\d{1,2})(?P<sep>[-/.])(?P<nm>\d{1,2})(?P=sep)(?P<ny>\d{4})"
_DATE = re.compile(rf"(?<![\w.,/\-])(?:{_NAMED}|{_NUMERIC})(?![\w/\-]|[.,]\d)", re.IGNORECASE)
#: "Sukamaju, " / "Senin, " before a date
_PLACE = re.compile(r"^[^\d,]*,\s*")


def _to_date(m: re.Match[str]) -> dt.date:
    if m.group("d") is not None:
        return dt.date(int(m.group("y")), _MONTH_NAMES[m.group("m").lower()], int(m.group("d")))
    return dt.date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))


def parse_indonesian_date(raw: str) -> dt.date:
    """Read one date, optionally after a place (``"Sukamaju, 03 Januari 2022"``); raise otherwise."""
    if not isinstance(raw, str):
        raise NormalizeError(f"expected text, got {type(raw).__name__}", None)
    s = " ".join(raw.split()).rstrip(".")
    s = _PLACE.sub("", s, count=1)
    m = _DATE.fullmatch(s)
    if not m:
        raise NormalizeError(f"not a date: {raw!r}", raw)
    try:
        return _to_date(m)
    except ValueError as e:
        raise NormalizeError(f"impossible date {raw!r}: {e}", raw) from e


def find_dates(text: str) -> list[tuple[dt.date, str]]:
    """Every valid date in ``text`` with the substring it was read from, in order.

    ``"Nomor 8 Tahun 2006"`` is not a date (no month); impossible dates are skipped.
    """
    out: list[tuple[dt.date, str]] = []
    for m in _DATE.finditer(text):
        try:
            out.append((_to_date(m), m.group(0)))
        except ValueError:
            continue
    return out


def format_indonesian_date(d: dt.date, *, pad: bool = False) -> str:
    """``date(2023, 3, 5)`` → ``"5 Maret 2023"`` (``"05 Maret 2023"`` with ``pad``)."""
    day = f"{d.day:02d}" if pad else str(d.day)
    return f"{day} {MONTHS[d.month]} {d.year}"


# --- the place and date a document is signed ("Sukamaju, 3 Januari 2022", "Sukamaju, Januari 2022") -------------

#: a capitalized place name, a comma, an optional day, a month name and a year: the day is often left blank
#: on a document signed by hand ("Sukamaju,      Januari 2022")
_SIGNING_BODY = (
    rf"(?P<place>\b[A-Z][A-Za-z'.\-]+(?:\s+[A-Z][A-Za-z'.\-]+){{0,2}})\s*,\s*"
    rf"(?:(?P<d>\d{{1,2}})\s*[\s.\-/]?\s*)?(?P<m>(?i:{_MONTH_ALT}))\.?\s*[\s.,\-/]?\s*(?P<y>\d{{4}})\b")
_SIGNING_END = re.compile(_SIGNING_BODY + r"\s*\.?\s*$")
_SIGNING_ANY = re.compile(_SIGNING_BODY + r"(?![\d/\-])")


class SigningDate(NamedTuple):
    """A signing date as printed; ``precision`` ``"month"`` when the day is left blank (``date`` is then the
    first of the month, a placeholder: only its year and month are read)."""

    date: dt.date
    precision: Literal["day", "month"]
    raw: str


def find_signing_date(text: str, *, at_end: bool = True) -> SigningDate | None:
    """The "place, date" a text ends with (``"Sukamaju, 3 Januari 2022"``; ``"Sukamaju, Januari 2022"``
    with the day left blank → month precision), or the first one anywhere in it with ``at_end=False``;
    None when there is no such date or an impossible one."""
    rx = _SIGNING_END if at_end else _SIGNING_ANY
    m = rx.search(" ".join(text.split()))
    if not m:
        return None
    year, month = int(m.group("y")), _MONTH_NAMES[m.group("m").lower()]
    raw = m.group(0).strip().rstrip(".").strip()
    try:
        if m.group("d") is not None:
            return SigningDate(dt.date(year, month, int(m.group("d"))), "day", raw)
        return SigningDate(dt.date(year, month, 1), "month", raw)
    except ValueError:
        return None
