"""Indonesian number formats: money, percents, plain decimals, quantities, targets.

Conventions (Indonesian, as printed in LKjIP tables):

* ``.`` groups thousands and ``,`` starts the decimals: ``1.234.567.890,00``.
* ``,-`` after a money amount means "no decimals": ``12.345.678,-``.
* A cell holding only a dash (``-``, ``–``, ``Rp. -``) in a money column means
  "not budgeted" and reads as 0; in other columns the caller decides.
* ``(1.000)`` and ``-1.000`` are negative.

Column type resolves the ambiguous cases:

* money: ``1.950`` is 1950. A lone ``3,000`` is ambiguous (Indonesian 3.000 or
  English 3000) and raises unless ``allow_english=True``.
* decimal (:func:`parse_decimal`): ``1.950`` is 1950 (a dot followed by exactly
  three digits is a thousands separator, the Indonesian default); with
  ``dot_decimal=True`` a single dot and no comma is a decimal point.
* percent: a single dot and no comma is a decimal point (``98.8%``, ``1.950``).
* quantity: ``3,000 poin`` is 3000 (a comma followed by exactly three digits and
  no other separator counts thousands); ``1.950 Unit`` is 1950; a single dot
  followed by other than three digits (``1.5 km``) is a decimal point; with a
  ``%`` unit the percent rule applies (``98.72%``).

Grouping that is wrong (``37.664.381200,00``, ``3.8000.000.000,00``) is never
silently repaired: :class:`MalformedNumberError` carries the plausible repairs
in ``candidates`` and a caller whose table arithmetic confirms one may use it.

Real documents stray from these conventions; :func:`parse_number` reads them and says so:

* English separators (``2,726,810,205``, ``3,000.00``) are read only where the column's own
  values decide it (:func:`column_style`): a value with two or more thousands commas, or commas
  with a ``.`` decimal tail, and no value grouped the Indonesian way. A lone ``1,500`` in an
  undecided column stays raw with a warning.
* Stray spaces inside an amount (``9.985.639. 757,-``) are removed and the repair recorded in
  :attr:`ParsedValue.repairs`.
* Spreadsheet error values (``#DIV/0!``, ``#REF!``, ``#VALUE!``, ``#N/A``) are kept raw with a
  warning, never read as a number.

Every strict parser raises :class:`lkjip.errors.NormalizeError` (with ``.raw``);
:func:`parse_number` never raises on text and returns a :class:`ParsedValue`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from lkjip.errors import NormalizeError

__all__ = [
    "MalformedNumberError",
    "ParsedValue",
    "Quantity",
    "Target",
    "NumberKind",
    "NumberStyle",
    "column_style",
    "is_spreadsheet_error",
    "value_style",
    "is_dash",
    "parse_decimal",
    "parse_money",
    "parse_number",
    "parse_percent",
    "parse_quantity",
    "parse_target",
]

NumberKind = Literal["money", "percent", "decimal", "quantity", "target"]
#: "id": ``.`` groups thousands, ``,`` starts decimals; "en": the other way round
NumberStyle = Literal["id", "en"]


class MalformedNumberError(NormalizeError):
    """A number whose digit grouping is wrong; ``candidates`` are plausible repairs.

    A repair is only to be used when something else (a column total, a
    percentage) confirms it.
    """

    category = "normalize.malformed"

    def __init__(self, message: str, raw: str | None = None, candidates: list[Decimal] | None = None):
        super().__init__(message, raw)
        self.candidates: list[Decimal] = list(candidates or [])


class Quantity(BaseModel):
    """A count or measure with its unit: ``1.950 Unit``, ``98.72%``."""

    value: Decimal
    satuan: str | None = None
    raw: str


class Target(BaseModel):
    """A target / realisation cell: a number with unit, a grade, or plain text."""

    value: Decimal | None = None
    satuan: str | None = None
    note: str | None = None  # "BB" of "BB (70)", "Hijau" of "100 % (Hijau)"
    text: str  # the cell, whitespace normalized


class ParsedValue(BaseModel):
    """What :func:`parse_number` read from one cell. ``value`` is None when nothing was read."""

    value: Decimal | None = None
    satuan: str | None = None
    note: str | None = None
    raw: str
    warning: str | None = None
    #: "number.unparseable" or "number.malformed" (the ParseWarning code), None without warning
    warning_code: str | None = None
    candidates: list[Decimal] = Field(default_factory=list)
    #: what was mended to read ``value`` (a stray space inside the amount), to be recorded as warnings
    repairs: list[str] = Field(default_factory=list)


# --- cleaning -------------------------------------------------------------------

_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_DASH_TRANS = str.maketrans(dict.fromkeys(_DASH_CHARS, "-"))
_CURRENCY = re.compile(r"^(?:rp|idr)\s*\.?\s*", re.IGNORECASE)
_DASH_ONLY = re.compile(r"[-.,\s]*-[-.,\s]*")
_SPACED_SEP = re.compile(r"(?<=\d)\s*([.,])\s*(?=\d)")


def _clean(raw: str) -> str:
    """Unify whitespace and dash characters; join digits split around a separator."""
    if not isinstance(raw, str):
        raise NormalizeError(f"expected text, got {type(raw).__name__}", None)
    return _clean_text(raw)


@lru_cache(maxsize=16384)
def _clean_text(raw: str) -> str:
    s = " ".join(raw.translate(_DASH_TRANS).split())
    return _SPACED_SEP.sub(r"\1", s)


def is_dash(raw: str) -> bool:
    """True for a cell that holds only a dash (``-``, ``–``, ``-,-``), meaning "no value"."""
    return bool(_DASH_ONLY.fullmatch(_clean(raw)))


def _strip_sign(s: str) -> tuple[bool, str]:
    """Split a leading minus or wrapping parentheses off; return (negative, rest)."""
    if len(s) > 2 and s[0] == "(" and s[-1] == ")":
        return True, s[1:-1].strip()
    if s.startswith("-") and len(s) > 1:
        return True, s[1:].lstrip()
    return False, s


def _dec(int_digits: str, frac: str | None = None) -> Decimal:
    return Decimal(f"{int_digits}.{frac}") if frac else Decimal(int_digits)


def _negate(value: Decimal, negative: bool) -> Decimal:
    return -value if negative and value != 0 else value


def _dedupe(values: list[Decimal]) -> list[Decimal]:
    seen: list[Decimal] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


# --- dot-grouped bodies ("1.234.567.890,00" and its malformed cousins) ------------

_DOT_GROUPED = re.compile(r"(\d+(?:\.\d+)+)(?:,(\d+))?")


def _well_grouped(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _dot_grouped(s: str, raw: str, max_frac: int | None) -> Decimal:
    """Read ``d.ddd.ddd[,ff]``; raise MalformedNumberError with repairs when grouping is off."""
    m = _DOT_GROUPED.fullmatch(s)
    assert m is not None
    groups, frac = m.group(1).split("."), m.group(2)
    frac_ok = frac is None or max_frac is None or len(frac) <= max_frac
    if _well_grouped(groups) and frac_ok:
        return _dec("".join(groups), frac)
    raise MalformedNumberError(
        f"malformed digit grouping in {raw!r}", raw, _dedupe(_grouping_repairs(groups, frac, frac_ok))
    )


def _grouping_repairs(groups: list[str], frac: str | None, frac_ok: bool) -> list[Decimal]:
    """Plausible readings of a wrongly grouped number, most likely first."""
    out: list[Decimal] = []
    if not frac_ok:
        # "1.234,567": a comma typed for a dot
        if frac is not None and len(frac) == 3 and _well_grouped(groups):
            out.append(_dec("".join(groups) + frac))
        return out
    rest = groups[1:]
    if all(len(g) >= 3 for g in rest):
        # a dot left out ("37.664.381200"): read every digit
        out.append(_dec("".join(groups), frac))
    for i, g in enumerate(groups):
        if i == 0 or len(g) != 4:
            continue
        # a doubled keystroke ("3.8000.000.000"): drop one of two equal neighbours
        for j in range(1, 4):
            if g[j] == g[j - 1]:
                fixed = groups[:i] + [g[:j] + g[j + 1 :]] + groups[i + 1 :]
                if _well_grouped(fixed):
                    out.append(_dec("".join(fixed), frac))
    if frac is None and len(rest[-1]) <= 2 and _well_grouped(groups[:-1]):
        # "12.345.678.00": the last dot was meant as the decimal comma
        out.append(_dec("".join(groups[:-1]), rest[-1]))
    return out


# --- money ----------------------------------------------------------------------

_PLAIN_ID = re.compile(r"(\d+)(?:,(\d+))?")  # "12345678", "82,47"
_COMMA3 = re.compile(r"\d+,\d{3}")  # "3,000": Indonesian 3.000 or English 3000?
_ENGLISH = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.(\d+))?")  # "113,187,358", "3,000.00"
_ENGLISH_COMMA_DEC = re.compile(r"\d{1,3}(?:,\d{3})+,(\d{1,2})")  # "113,187,358,00"
_NO_DECIMALS = re.compile(r"[.,] ?-+$")  # "12.345.678,-", "12.345.678, -"


def _english_value(s: str, frac: str | None) -> Decimal:
    int_part = s.split(".")[0] if frac is not None else s
    return _dec(int_part.replace(",", ""), frac)


def parse_money(raw: str, *, allow_english: bool = False, style: NumberStyle | None = None) -> Decimal:
    """Read an Indonesian money amount exactly.

    ``"Rp. 12.345.678,-"`` → ``Decimal("12345678")``; ``"1.234.567.890,00"`` →
    ``Decimal("1234567890.00")``; a dash → 0 (not budgeted); ``"(1.000)"`` → -1000.
    ``allow_english`` accepts ``3,000`` / ``113,187,358`` / ``3,000.00`` as English
    thousands grouping (only for a column known to be written that way); ``style="en"``
    (a column whose values decided it, see :func:`column_style`) also reads ``12.50`` as
    12.50 and keeps an ambiguous ``1.500`` raw.
    """
    s = _clean(raw)
    if not s:
        raise NormalizeError("empty money cell", raw)
    s = _CURRENCY.sub("", s)
    if _DASH_ONLY.fullmatch(s):
        return Decimal(0)
    negative, s = _strip_sign(s)
    s = _NO_DECIMALS.sub("", _CURRENCY.sub("", s))
    body = _money_en(s, raw) if style == "en" else _money_body(s, raw, allow_english)
    return _negate(body, negative)


def _money_body(s: str, raw: str, allow_english: bool) -> Decimal:
    m = _PLAIN_ID.fullmatch(s)
    if m and (m.group(2) is None or len(m.group(2)) <= 2):
        return _dec(m.group(1), m.group(2))
    if _COMMA3.fullmatch(s):
        if allow_english and re.fullmatch(r"\d{1,3},\d{3}", s):
            return _dec(s.replace(",", ""))
        readings = [_dec(s.replace(",", "")), Decimal(s.replace(",", "."))]
        raise MalformedNumberError(
            f"ambiguous separator in {raw!r}: 3 digits after a lone comma", raw, readings
        )
    if _DOT_GROUPED.fullmatch(s):
        return _dot_grouped(s, raw, max_frac=2)
    m = _ENGLISH.fullmatch(s)
    if m and (m.group(1) is None or len(m.group(1)) <= 2):
        value = _english_value(s, m.group(1))
        if allow_english:
            return value
        raise MalformedNumberError(f"English digit grouping in {raw!r}", raw, [value])
    m = _ENGLISH_COMMA_DEC.fullmatch(s)
    if m:
        value = _dec(s[: m.start(1) - 1].replace(",", ""), m.group(1))
        raise MalformedNumberError(f"commas used for both grouping and decimals in {raw!r}", raw, [value])
    raise NormalizeError(f"not a money amount: {raw!r}", raw)


_EN_PLAIN = re.compile(r"\d+(?:\.(\d{1,2}))?")  # "1500", "12.50" in an English column
_LONE_DOT3 = re.compile(r"\d{1,3}\.\d{3}")  # "1.500": 1500 or 1.5?


def _money_en(s: str, raw: str) -> Decimal:
    """A money body in a column written with English separators."""
    m = _ENGLISH.fullmatch(s) or _EN_PLAIN.fullmatch(s)
    if m and (m.group(1) is None or len(m.group(1)) <= 2):
        return _english_value(s, m.group(1))
    if _LONE_DOT3.fullmatch(s):
        readings = [_dec(s.replace(".", "")), Decimal(s)]
        raise MalformedNumberError(f"ambiguous separator in {raw!r}: 3 digits after a lone dot", raw, readings)
    return _money_body(s, raw, allow_english=True)


# --- decimals and percents ------------------------------------------------------

_DOT_DECIMAL = re.compile(r"\d+\.\d+")
_PERCENT_SIGN = re.compile(r"\s*(?:%|persen)$", re.IGNORECASE)


def parse_decimal(raw: str, *, dot_decimal: bool = False, style: NumberStyle | None = None) -> Decimal:
    """Read a plain decimal: ``"82,47"`` → 82.47, ``"70"``, ``"1.950"`` → 1950.

    Rule for a dot: Indonesian thousands separator by default (``1.950`` is
    1950; ``82.47`` does not group thousands and raises MalformedNumberError
    with 82.47 as candidate). With ``dot_decimal=True`` a single dot and no
    comma is a decimal point (``82.47`` → 82.47, ``1.950`` → 1.950). With ``style="en"``
    the dot is a decimal point and commas group thousands (``1,234.5``).
    """
    s = _clean(raw)
    if not s:
        raise NormalizeError("empty cell", raw)
    negative, s = _strip_sign(s)
    return _negate(_styled_decimal(s, raw, dot_decimal, style), negative)


def _styled_decimal(s: str, raw: str, dot_decimal: bool, style: NumberStyle | None) -> Decimal:
    if style == "en":
        m = _ENGLISH.fullmatch(s)
        if m:
            return _english_value(s, m.group(1))
        return _decimal_body(s, raw, dot_decimal=True)
    return _decimal_body(s, raw, dot_decimal)


def _decimal_body(s: str, raw: str, dot_decimal: bool) -> Decimal:
    m = _PLAIN_ID.fullmatch(s)
    if m:
        return _dec(m.group(1), m.group(2))
    if _DOT_DECIMAL.fullmatch(s) and dot_decimal:
        return Decimal(s)
    if _DOT_GROUPED.fullmatch(s):
        try:
            return _dot_grouped(s, raw, max_frac=None)
        except MalformedNumberError as e:
            if _DOT_DECIMAL.fullmatch(s):
                e.candidates = _dedupe([Decimal(s), *e.candidates])
            raise
    m = _ENGLISH.fullmatch(s)
    if m:
        raise MalformedNumberError(f"English digit grouping in {raw!r}", raw, [_english_value(s, m.group(1))])
    raise NormalizeError(f"not a number: {raw!r}", raw)


def parse_percent(raw: str, *, style: NumberStyle | None = None) -> Decimal:
    """Read a percent: ``"94,22"``, ``"99,99 %"``, ``"98.8%"``, ``"100"``.

    A single dot with no comma is a decimal point (``"1.950"`` → 1.950). A dash
    raises: the caller decides what an empty percent means.
    """
    s = _PERCENT_SIGN.sub("", _clean(raw))
    if not s:
        raise NormalizeError("empty percent cell", raw)
    if _DASH_ONLY.fullmatch(s):
        raise NormalizeError(f"dash, no percent value: {raw!r}", raw)
    negative, s = _strip_sign(s)
    return _negate(_styled_decimal(s, raw, True, style), negative)


# --- quantities -----------------------------------------------------------------

_QUANTITY = re.compile(r"(?P<num>\(?-?\s*\d(?:[\d.,]*\d)?\)?)\s*(?P<sat>.*)")
_COUNT_COMMA = re.compile(r"\d{1,3}(?:,\d{3})+")  # "3,000 poin": English thousands in a count
_LONE_DOT_DECIMAL = re.compile(r"\d+\.(?:\d{1,2}|\d{4,})|0\.\d+")  # "1.5 km", "0.820": cannot be thousands


def _quantity_number(num: str, raw: str, percent: bool, style: NumberStyle | None) -> Decimal:
    negative, s = _strip_sign(num)
    if percent or style == "en":
        value = _styled_decimal(s, raw, True, style)
    elif _COUNT_COMMA.fullmatch(s):
        value = _dec(s.replace(",", ""))
    elif _LONE_DOT_DECIMAL.fullmatch(s):
        value = Decimal(s)
    else:
        value = _decimal_body(s, raw, dot_decimal=False)
    return _negate(value, negative)


def _valid_satuan(sat: str) -> bool:
    return sat == "%" or (not re.match(r"[\d\-+=<>.,(]", sat) and bool(re.search(r"[^\W\d_]", sat)))


def parse_quantity(raw: str, *, style: NumberStyle | None = None) -> Quantity:
    """Read a number with its unit: ``"1.950 Unit"``, ``"12 Lap"``, ``"98.72%"``, ``"Rp. 1.000"``."""
    s = _clean(raw)
    if not s:
        raise NormalizeError("empty quantity cell", raw)
    cur = _CURRENCY.match(s)
    if cur and cur.end() < len(s):
        return Quantity(value=parse_money(raw, style=style), satuan="Rp", raw=raw)
    m = _QUANTITY.fullmatch(_NO_DECIMALS.sub("", s))  # "12.345.678,-" in a target column
    if not m:
        raise NormalizeError(f"no number at the start of {raw!r}", raw)
    sat = m.group("sat").strip()
    if sat and not _valid_satuan(sat):
        raise NormalizeError(f"not a quantity (unit {sat!r}): {raw!r}", raw)
    value = _quantity_number(m.group("num").replace(" ", ""), raw, sat == "%", style)
    return Quantity(value=value, satuan=sat or None, raw=raw)


# --- targets --------------------------------------------------------------------

#: SAKIP evaluation grades (AA best … E worst)
_GRADE = re.compile(r"(?:predikat\s+)?(AA|A|BB|B|CC|C|D|E)", re.IGNORECASE)
_TRAILING_PAREN = re.compile(r"(?P<head>.*?\S)\s*\((?P<paren>[^()]*)\)")


def _target(raw: str, style: NumberStyle | None = None) -> tuple[Target, NormalizeError | None]:
    """The target parser, also returning why a number-looking cell was not read."""
    text = _clean(raw)
    if not text:
        raise NormalizeError("empty target cell", raw)
    if _DASH_ONLY.fullmatch(text):
        return Target(text=text), None
    m = _TRAILING_PAREN.fullmatch(text)
    head, paren = (m.group("head"), m.group("paren").strip() or None) if m else (text, None)
    grade = _GRADE.fullmatch(head) if head.isupper() or head.lower().startswith("predikat") else None
    if grade and paren:
        try:  # "BB (70)": grade with its score
            return Target(value=parse_quantity(paren, style=style).value, note=grade.group(1).upper(),
                          text=text), None
        except NormalizeError:
            return Target(note=f"{grade.group(1).upper()} ({paren})", text=text), None
    try:
        q = parse_quantity(head, style=style)
    except NormalizeError as e:
        if _GRADE.fullmatch(text) and text.isupper():
            return Target(note=text, text=text), None
        # a cell that starts like a number but is not one deserves a warning; prose does not
        return Target(text=text), (e if re.match(r"[(\-]?\s*\d", text) else None)
    return Target(value=q.value, satuan=q.satuan, note=paren, text=text), None


def parse_target(raw: str) -> Target:
    """Read a target cell (PK, Renstra, capaian): never raises for text, only for empty input.

    ``"82,47"`` → 82.47; ``"100 % (Hijau)"`` → 100, ``%``, note ``Hijau``;
    ``"BB (70)"`` → 70, note ``BB``; ``"BB"`` → no value, note ``BB``;
    ``"WTP"`` / ``"III"`` / ``"-"`` → no value, the text kept.
    """
    return _target(raw)[0]


# --- the separator style of a column, spreadsheet errors, stray spaces ---------------

#: a rupiah amount with two thousands groups or more ("1.250.000", OCR's "81,180,203"), found inside a cell: too
#: long for a percent, a year or a count, so a cell holding one holds money
GROUPED_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3}){2,}")
__all__ += ["GROUPED_AMOUNT"]
_EN_EVIDENCE = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+")  # 2,726,810,205 / 3,000.00
_ID_EVIDENCE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d{1,3}(?:\.\d{3})+,\d+")  # 1.234.567 / 3.000,00
_LEADING_NUMBER = re.compile(r"\(?-?(\d[\d.,]*\d|\d)")
_SPREADSHEET_ERROR = re.compile(r"#(?:DIV/0!|REF!|VALUE!|N/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)", re.IGNORECASE)


def value_style(raw: str | None) -> NumberStyle | None:
    """The separator style one cell proves by itself: ``"en"`` for ``2,726,810,205`` or ``3,000.00``,
    ``"id"`` for ``1.234.567`` or ``3.000,00``, None when it could be either (``1,500``, ``1.500``, ``70``)."""
    return _value_style(raw) if isinstance(raw, str) else None


@lru_cache(maxsize=16384)
def _value_style(raw: str) -> NumberStyle | None:
    s = _NO_DECIMALS.sub("", _CURRENCY.sub("", _clean(raw)))
    m = _LEADING_NUMBER.match(s)
    if not m:
        return None
    token = m.group(1)
    if _EN_EVIDENCE.fullmatch(token):
        return "en"
    return "id" if _ID_EVIDENCE.fullmatch(token) else None


def column_style(raws: Iterable[str | None]) -> NumberStyle | None:
    """The style a column's own values decide: the one style its unambiguous values agree on.

    A column with values of both styles (a mixed document) or with no unambiguous value decides
    nothing (None): its ambiguous cells are then kept raw with a warning, never guessed.
    """
    styles = {st for r in raws if (st := value_style(r)) is not None}
    return styles.pop() if len(styles) == 1 else None


def is_spreadsheet_error(raw: str | None) -> bool:
    """``#DIV/0!``, ``#REF!``, ``#VALUE!``, ``#N/A`` …: a spreadsheet's error value left in a printed table."""
    return isinstance(raw, str) and bool(_SPREADSHEET_ERROR.fullmatch(_clean(raw)))


def _space_repairs(raw: str) -> list[str]:
    """A note for spaces removed inside an amount (``9.985.639. 757,-``), empty when there were none."""
    s = " ".join(raw.translate(_DASH_TRANS).split())
    if not any(" " in m.group(0) for m in _SPACED_SEP.finditer(s)):
        return []
    joined = _SPACED_SEP.sub(r"\1", s)
    return [f"spaces inside the amount removed: {s!r} read as {joined!r}"]


# --- one cell of a typed column -------------------------------------------------


def parse_number(
    raw: str, kind: NumberKind, *, allow_english: bool = False, style: NumberStyle | None = None
) -> ParsedValue:
    """Read one cell of a column of the given kind; never raises on text.

    An empty cell gives ``value=None`` with no warning (absent, not wrong). A
    dash gives 0 for money and None otherwise. A cell that cannot be read gives
    ``value=None``, a ``warning`` and, for malformed grouping, ``candidates``.
    ``style`` is the column's separator style (:func:`column_style`); a spreadsheet
    error value is kept raw with a warning; a stray space mended is noted in ``repairs``.
    """
    if kind not in ("money", "percent", "decimal", "quantity", "target"):
        raise ValueError(f"unknown number kind {kind!r}")
    raw_s = raw if isinstance(raw, str) else ("" if raw is None else str(raw))
    s = _clean(raw_s)
    if not s:
        return ParsedValue(raw=raw_s)
    if is_spreadsheet_error(s):
        return ParsedValue(raw=raw_s, warning=f"spreadsheet error {raw_s!r} kept as printed, not a number",
                           warning_code="number.unparseable")
    try:
        pv = _parse_kind(s, raw_s, kind, allow_english, style)
    except MalformedNumberError as e:
        return ParsedValue(
            raw=raw_s, warning=str(e), warning_code="number.malformed", candidates=e.candidates
        )
    except NormalizeError as e:
        return ParsedValue(raw=raw_s, warning=str(e), warning_code="number.unparseable")
    if pv.value is not None:
        pv.repairs = _space_repairs(raw_s)
    return pv


def _parse_kind(s: str, raw: str, kind: NumberKind, allow_english: bool, style: NumberStyle | None) -> ParsedValue:
    if kind == "money":
        return ParsedValue(value=parse_money(raw, allow_english=allow_english, style=style), raw=raw)
    if kind == "target":
        t, err = _target(raw, style)
        if err is not None:
            raise err
        return ParsedValue(value=t.value, satuan=t.satuan, note=t.note, raw=raw)
    if _DASH_ONLY.fullmatch(s):
        return ParsedValue(raw=raw)
    if kind == "percent":
        return ParsedValue(value=parse_percent(raw, style=style), raw=raw)
    if kind == "decimal":
        return ParsedValue(value=parse_decimal(raw, style=style), raw=raw)
    q = parse_quantity(raw, style=style)
    return ParsedValue(value=q.value, satuan=q.satuan, raw=raw)


# --- printing -------------------------------------------------------------------

from decimal import ROUND_HALF_UP, Context  # noqa: E402 - printing is appended after the parsers


def format_number(value: Decimal, places: int | None = None) -> str:
    """A Decimal printed the Indonesian way: ``.`` groups thousands, ``,`` starts the decimals.

    ``places`` rounds half-up to that many decimals (``99.888``, 2 → ``"99,89"``; ``5``, 2 → ``"5,00"``);
    ``None`` prints the value's own digits (``1234567890.5`` → ``"1.234.567.890,5"``). Exact at any size.
    """
    if places is not None:
        exact = Context(prec=max(28, value.adjusted() + abs(places) + 2))
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=exact)
    s = f"{value:,f}"
    return s.replace(",", "\0").replace(".", ",").replace("\0", ".")


def format_money(value: Decimal) -> str:
    """Rupiah as a table prints them: whole rupiah grouped, cents (rounded half-up) only when not zero.

    ``1234567890`` → ``"1.234.567.890"``, ``1234.5`` → ``"1.234,50"``. Every money amount the project
    prints (flag messages, evidence, the HTML page) goes through here.
    """
    return format_number(value, 0 if value == value.to_integral_value() else 2)


__all__ += ["format_money", "format_number"]


#: a whole amount in groups of three with what money prints around it: "Rp" ("Rp.", "Rp ") before, ",00" or ",-"
#: after; keyed by (fewest groups after the first, shortest cents)
_GROUPED_MONEY = {
    (groups, cents): re.compile(rf"^(rp\.?\s*)?\d{{1,3}}(\.\d{{3}}){{{groups},}}(,\d{{{cents},2}}|,-)?$", re.IGNORECASE)
    for groups in (1, 2) for cents in (1, 2)
}


def grouped_money(text: str, *, millions: bool = False, short_cents: bool = False) -> bool:
    """``text`` (spaces collapsed) is one whole Indonesian amount in groups of three: "1.234.567", "Rp. 121.830.089,00",
    "Rp2.038.832.288,-". ``millions``: at least three groups (budget amounts are; no decimal number reads so).
    ``short_cents``: one cent digit is enough ("41.431.755,0": a cut amount's head). The one definition of the shape
    that the layout cues, the PK reader and the validators all test."""
    return bool(_GROUPED_MONEY[(2 if millions else 1, 1 if short_cents else 2)].match(text))


__all__ += ["grouped_money"]


#: the letters of the roman numbers a report numbers chapters and rows with (small numbers)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(value: int) -> str:
    """3 → "III": a chapter's or a row's number in capitals (up to C: the small numbers reports print)."""
    out = []
    for v, s in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= v:
            out.append(s)
            value -= v
    return "".join(out)


def roman_value(text: str, *, any_case: bool = False) -> int | None:
    """"III" → 3, "IV" → 4; None for anything that is no roman number in canonical form ("IIII", "VX", "I!1").
    Capitals only unless ``any_case`` ("iv" → 4: a row key)."""
    t = text.upper() if any_case else text
    if not t or any(ch not in _ROMAN for ch in t):
        return None
    total = 0
    for i, ch in enumerate(t):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(t) and _ROMAN[t[i + 1]] > v else v
    return total if total and roman(total) == t else None


__all__ += ["roman", "roman_value"]
