"""Indonesian number formats: unit examples from real reports, and round-trip properties."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip.errors import LkjipError, NormalizeError
from lkjip.normalize.numbers import (
    GROUPED_AMOUNT,
    MalformedNumberError,
    ParsedValue,
    column_style,
    format_money,
    grouped_money,
    is_dash,
    is_spreadsheet_error,
    parse_decimal,
    parse_money,
    parse_number,
    parse_percent,
    parse_quantity,
    parse_target,
    roman,
    roman_value,
    value_style,
)

D = Decimal

# --- money ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2.662.394.679,00", D("2662394679.00")),
        ("Rp. 15.279.011,-", D("15279011")),
        ("Rp . 67.197.194", D("67197194")),
        ("Rp 16.924.682", D("16924682")),
        ("Rp 2.662.394.679,-", D("2662394679")),
        ("15.279.011,-", D("15279011")),
        ("1.101.285", D("1101285")),
        ("23.460.000,00", D("23460000")),
        ("0,00", D("0")),
        ("640.000", D("640000")),
        ("15279011", D("15279011")),
        ("Rp15.279.011", D("15279011")),
        ("1.950", D("1950")),
        ("12,5", D("12.5")),
        ("(1.000)", D("-1000")),
        ("-1.000", D("-1000")),
        ("\u22121.000,50", D("-1000.50")),
        ("Rp. (1.000)", D("-1000")),
        ("2.662.394. 679,00", D("2662394679.00")),  # a PDF line break inside the number
        ("\u00a0 15.278.700,-\t", D("15278700")),
    ],
)
def test_money_examples(raw, expected):
    value = parse_money(raw)
    assert value == expected
    assert isinstance(value, Decimal)


def test_money_keeps_printed_scale():
    assert str(parse_money("2.662.394.679,00")) == "2662394679.00"
    assert str(parse_money("15.279.011,-")) == "15279011"


@pytest.mark.parametrize("raw", ["-", "\u2013", "\u2014", "Rp. -", "Rp -", "Rp.-", "-,-", " - "])
def test_money_dash_is_zero(raw):
    value = parse_money(raw)
    assert value == 0 and not value.is_signed()


@pytest.mark.parametrize(
    "raw", ["abc", "", "   ", "Rp.", "12,34,5x", "1 000", "15.279.011 Unit", "1,2345", "()"]
)
def test_money_rejects_non_numbers(raw):
    with pytest.raises(NormalizeError) as exc:
        parse_money(raw)
    assert exc.value.raw == raw


def test_money_rejects_12_34_5_without_repair():
    with pytest.raises(NormalizeError) as exc:
        parse_money("12.34.5")
    assert getattr(exc.value, "candidates", []) == []


@pytest.mark.parametrize(
    ("raw", "candidates"),
    [
        ("37.664.381200,00", [D("37664381200.00")]),
        ("3.8000.000.000,00", [D("38000000000"), D("3800000000")]),
        ("4.633.890749,00", [D("4633890749.00")]),
        ("113,187,358,00", [D("113187358.00")]),
        ("113,187,358", [D("113187358")]),
        ("3,000.00", [D("3000.00")]),
        ("15.279.011.00", [D("15279011.00")]),
        ("1.234,567", [D("1234567")]),
    ],
)
def test_money_malformed_grouping_is_not_accepted(raw, candidates):
    with pytest.raises(MalformedNumberError) as exc:
        parse_money(raw)
    err = exc.value
    assert isinstance(err, NormalizeError) and isinstance(err, LkjipError)
    assert err.raw == raw
    assert err.candidates == candidates


def test_money_lone_comma_thousands_is_ambiguous():
    with pytest.raises(NormalizeError) as exc:
        parse_money("3,000")
    assert set(exc.value.candidates) == {D(3000), D(3)}
    assert parse_money("3,000", allow_english=True) == D(3000)
    assert parse_money("113,187,358", allow_english=True) == D(113187358)
    assert parse_money("3,000.50", allow_english=True) == D("3000.50")
    with pytest.raises(MalformedNumberError):  # commas both ways is never clean English
        parse_money("113,187,358,00", allow_english=True)


# --- percent and decimal --------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("94,22", D("94.22")),
        ("99,99 %", D("99.99")),
        ("99,99%", D("99.99")),
        ("98.8%", D("98.8")),
        ("98.8", D("98.8")),
        ("97.85", D("97.85")),
        ("100%", D("100")),
        ("100 %", D("100")),
        ("100", D("100")),
        ("0,00", D("0")),
        ("1.950", D("1.950")),
        ("-5,25", D("-5.25")),
        ("1.234,5", D("1234.5")),
        ("12 persen", D("12")),
    ],
)
def test_percent_examples(raw, expected):
    assert parse_percent(raw) == expected


@pytest.mark.parametrize("raw", ["-", "\u2013", "", "%", "abc", "12.3.4", "1,2,3"])
def test_percent_rejects(raw):
    with pytest.raises(NormalizeError):
        parse_percent(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("82,47", D("82.47")),
        ("30,88", D("30.88")),
        ("0,99", D("0.99")),
        ("70", D("70")),
        ("1.950", D("1950")),
    ],
)
def test_decimal_examples(raw, expected):
    assert parse_decimal(raw) == expected


def test_decimal_dot_rule():
    assert parse_decimal("82.47", dot_decimal=True) == D("82.47")
    assert parse_decimal("1.950", dot_decimal=True) == D("1.950")
    assert parse_decimal("82,47", dot_decimal=True) == D("82.47")
    with pytest.raises(MalformedNumberError) as exc:
        parse_decimal("82.47")  # Indonesian default: a dot groups thousands, "47" cannot be a group
    assert exc.value.candidates[0] == D("82.47")


# --- quantity -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value", "satuan"),
    [
        ("1.950 Unit", D("1950"), "Unit"),
        ("12 Lap", D("12"), "Lap"),
        ("2 Dokumen", D("2"), "Dokumen"),
        ("22 ASN", D("22"), "ASN"),
        ("100%", D("100"), "%"),
        ("98.72%", D("98.72"), "%"),
        ("1000 surat", D("1000"), "surat"),
        ("0 ASN", D("0"), "ASN"),
        ("15 Lembaga", D("15"), "Lembaga"),
        ("3,000 poin", D("3000"), "poin"),
        ("73 orang", D("73"), "orang"),
        ("12,5 km", D("12.5"), "km"),
        ("1.5 km", D("1.5"), "km"),
        ("1.234.567 jiwa", D("1234567"), "jiwa"),
        ("1950", D("1950"), None),
        ("Rp. 1.050.000", D("1050000"), "Rp"),
        ("15.279.011,-", D("15279011"), None),
        ("Rp 2.662.394.679,-", D("2662394679"), "Rp"),
    ],
)
def test_quantity_examples(raw, value, satuan):
    q = parse_quantity(raw)
    assert (q.value, q.satuan, q.raw) == (value, satuan, raw)


@pytest.mark.parametrize("raw", ["", "Unit", "-", "2022 - 2026", "12 34", "abc 12", "12.34.5 Unit"])
def test_quantity_rejects(raw):
    with pytest.raises(NormalizeError):
        parse_quantity(raw)


# --- target ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value", "satuan", "note"),
    [
        ("82,47", D("82.47"), None, None),
        ("100 %", D("100"), "%", None),
        ("82,47 %", D("82.47"), "%", None),
        ("BB (70)", D("70"), None, "BB"),
        ("BB", None, None, "BB"),
        ("A", None, None, "A"),
        ("WTP", None, None, None),
        ("III", None, None, None),
        ("100 % (Hijau)", D("100"), "%", "Hijau"),
        ("20 %", D("20"), "%", None),
        ("3,000 poin", D("3000"), "poin", None),
        ("73 orang", D("73"), "orang", None),
        ("-", None, None, None),
        ("Tersedianya dokumen perencanaan", None, None, None),
        ("A (Sangat Memuaskan)", None, None, "A (Sangat Memuaskan)"),
    ],
)
def test_target_examples(raw, value, satuan, note):
    t = parse_target(raw)
    assert (t.value, t.satuan, t.note) == (value, satuan, note)
    assert t.text == raw


def test_target_empty_raises():
    for raw in ["", "  \t"]:
        with pytest.raises(NormalizeError):
            parse_target(raw)


# --- parse_number -----------------------------------------------------------------


def test_parse_number_per_kind():
    assert parse_number("Rp. 15.279.011,-", "money").value == D(15279011)
    assert parse_number("-", "money").value == 0
    assert parse_number("-", "percent").value is None
    assert parse_number("-", "percent").warning is None
    assert parse_number("99,99 %", "percent").value == D("99.99")
    assert parse_number("1.950", "decimal").value == D(1950)
    pv = parse_number("1.950 Unit", "quantity")
    assert (pv.value, pv.satuan) == (D(1950), "Unit")
    pv = parse_number("BB (70)", "target")
    assert (pv.value, pv.note) == (D(70), "BB")
    assert parse_number("3,000", "money", allow_english=True).value == D(3000)


def test_parse_number_empty_is_absent_not_wrong():
    for kind in ("money", "percent", "decimal", "quantity", "target"):
        pv = parse_number("  ", kind)
        assert pv.value is None and pv.warning is None


def test_parse_number_reports_malformed_with_candidates():
    pv = parse_number("37.664.381200,00", "money")
    assert pv.value is None
    assert pv.warning_code == "number.malformed"
    assert pv.candidates == [D("37664381200.00")]
    assert "37.664.381200,00" in pv.warning
    pv = parse_number("abc", "money")
    assert (pv.value, pv.warning_code, pv.candidates) == (None, "number.unparseable", [])


def test_parse_number_target_warns_only_for_number_like_text():
    assert parse_number("WTP", "target").warning is None
    assert parse_number("Tersedia 2 dokumen", "target").warning is None
    pv = parse_number("37.664.381200", "target")
    assert pv.value is None and pv.warning_code == "number.malformed"


def test_parse_number_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError):
        parse_number("1", "integer")  # type: ignore[arg-type]


def test_is_dash():
    assert is_dash("-") and is_dash(" \u2013 ") and is_dash("-,-")
    assert not is_dash("-1") and not is_dash("") and not is_dash("0")


# --- properties -----------------------------------------------------------------

_PREFIXES = ["", "Rp", "Rp.", "Rp ", "Rp. ", "Rp . ", "RP. "]


def group_id(n: int) -> str:
    """Indonesian thousands grouping of a non-negative integer."""
    return f"{n:,}".replace(",", ".")


@st.composite
def money_cells(draw):
    cents = draw(st.integers(min_value=0, max_value=10**15))
    value = D(cents).scaleb(-2)
    whole, frac = divmod(cents, 100)
    body = group_id(whole) if draw(st.booleans()) or whole < 1000 else str(whole)
    if frac:
        body += f",{frac:02d}"
    else:
        body += draw(st.sampled_from(["", ",00", ",-"]))
    body = draw(st.sampled_from(_PREFIXES)) + body
    negative = cents > 0 and draw(st.booleans())
    if negative:
        body = draw(st.sampled_from(["({})", "-{}"])).format(body)
        value = -value
    return body, value


@given(money_cells())
def test_money_round_trip(cell):
    raw, value = cell
    assert parse_money(raw) == value
    assert parse_number(raw, "money").value == value


@given(st.integers(min_value=1_000_000, max_value=10**14), st.data())
def test_money_missing_dot_offers_the_true_value(n, data):
    text = group_id(n)
    dots = [i for i, c in enumerate(text) if c == "."]
    i = data.draw(st.sampled_from(dots))
    broken = text[:i] + text[i + 1 :] + ",00"
    with pytest.raises(MalformedNumberError) as exc:
        parse_money(broken)
    assert D(n) in exc.value.candidates


@given(st.integers(min_value=1000, max_value=10**14), st.data())
def test_money_doubled_digit_offers_the_true_value(n, data):
    text = group_id(n)
    first_dot = text.index(".")
    i = data.draw(st.sampled_from([j for j in range(first_dot + 1, len(text)) if text[j] != "."]))
    broken = text[: i + 1] + text[i] + text[i + 1 :]
    with pytest.raises(MalformedNumberError) as exc:
        parse_money(broken)
    assert D(n) in exc.value.candidates


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=0, max_value=2), st.data())
def test_percent_round_trip(units, places, data):
    value = D(units).scaleb(-places)
    text = f"{value:f}"
    if "." in text and data.draw(st.booleans()):
        text = text.replace(".", ",")
        whole, _, frac = text.partition(",")
        if data.draw(st.booleans()):
            text = group_id(int(whole)) + "," + frac
    text += data.draw(st.sampled_from(["", "%", " %"]))
    assert parse_percent(text) == value
    assert parse_number(text, "percent").value == value


_UNITS = ["Unit", "Lap", "Dokumen", "ASN", "orang", "poin", "surat", "Lembaga", "Desa/Kel", "km²"]


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(_UNITS), st.data())
def test_quantity_round_trip(n, unit, data):
    style = data.draw(st.sampled_from(["plain", "id", "en"]))
    body = {"plain": str(n), "id": group_id(n), "en": f"{n:,}"}[style]
    sep = data.draw(st.sampled_from([" ", "  ", ""]))
    q = parse_quantity(body + sep + unit)
    assert (q.value, q.satuan) == (D(n), unit)
    t = parse_target(body + sep + unit)
    assert (t.value, t.satuan) == (D(n), unit)


@given(st.integers(min_value=0, max_value=100_000), st.sampled_from(["%", " %"]))
def test_quantity_percent_dot_is_decimal(hundredths, sign):
    value = D(hundredths).scaleb(-2)
    q = parse_quantity(f"{value:f}{sign}")
    assert (q.value, q.satuan) == (value, "%")


_KINDS = st.sampled_from(["money", "percent", "decimal", "quantity", "target"])
_NUMBERISH = st.text(alphabet="0123456789.,-() Rp%\u2013", max_size=20)


@given(st.one_of(st.text(), _NUMBERISH), _KINDS)
def test_parse_number_never_raises(raw, kind):
    pv = parse_number(raw, kind)
    assert isinstance(pv, ParsedValue)
    assert pv.raw == raw
    assert (
        pv.value is not None or pv.warning is not None or not raw.strip() or is_dash(raw) or kind == "target"
    )


@given(st.one_of(st.text(), _NUMBERISH))
def test_strict_parsers_raise_only_normalize_error(raw):
    for parse in (parse_money, parse_percent, parse_decimal, parse_quantity, parse_target):
        try:
            parse(raw)
        except NormalizeError as e:
            assert e.raw == raw


def test_seed_number_cells_all_read(seed_text):
    """Every number-looking table cell of the seed reads as a target; money cells read exactly."""
    cells = [c.strip() for line in seed_text.splitlines() if "\t" in line for c in line.split("\t")]
    numeric = [c for c in cells if re.match(r"(Rp\s*\.?\s*)?\d", c) and not re.fullmatch(r"\d+\.", c)]
    assert len(numeric) > 300
    unread = [c for c in numeric if parse_number(c, "target").warning]
    assert unread == []
    money = [c for c in numeric if re.fullmatch(r"(Rp\s*\.?\s*)?\d{1,3}(\.\d{3}){2,}(,00|,-)?", c)]
    assert len(money) > 50
    for c in money:
        digits = re.sub(r",00$|,-$", "", c).split(" ")[-1].replace(".", "")
        assert parse_money(c) == D(re.sub(r"\D", "", digits))


# --- real number formats: a column's separator style, spreadsheet errors, stray spaces ----------


@pytest.mark.parametrize(
    ("raw", "style"),
    [
        ("2,726,810,205", "en"), ("Rp. 23,665,554,229.00", "en"), ("3,000.00", "en"), ("(1,234,567)", "en"),
        ("1.234.567", "id"), ("3.000,00", "id"), ("Rp. 15.279.011,-", "id"), ("(300.166.028)", "id"),
        ("1,500", None), ("1.500", None), ("70", None), ("93.98", None), ("82,47", None), ("#DIV/0!", None),
        ("", None), ("Program", None), ("113,187,358,00", None),
    ],
)
def test_value_style_only_for_a_value_that_proves_it(raw, style):
    assert value_style(raw) == style


def test_column_style_is_what_its_unambiguous_values_agree_on():
    assert column_style(["3,564,173,500", "1,500", "0", "-", ""]) == "en"
    assert column_style(["1.458.000.000,00", "1.500", None]) == "id"
    assert column_style(["10,924,024,550", "3.090.875.000,00"]) is None  # both styles: the column decides nothing
    assert column_style(["1,500", "2,000"]) is None  # only ambiguous values


@pytest.mark.parametrize(
    ("raw", "kind", "expected"),
    [
        ("Rp. 23,665,554,229.00", "money", D("23665554229.00")),
        ("3,000", "money", D(3000)),
        ("12.50", "money", D("12.50")),
        ("(1,234,567)", "money", D(-1234567)),
        ("1.234.567", "money", D(1234567)),  # a value grouped the Indonesian way still reads by itself
        ("93.98", "percent", D("93.98")),
        ("1,234.5", "decimal", D("1234.5")),
        ("3,000 poin", "target", D(3000)),
        ("1,234.5 km", "quantity", D("1234.5")),
    ],
)
def test_english_column_reads_english_separators(raw, kind, expected):
    assert parse_number(raw, kind, style="en").value == expected


def test_english_column_keeps_an_ambiguous_lone_dot_raw():
    pv = parse_number("1.500", "money", style="en")
    assert pv.value is None and pv.warning_code == "number.malformed"
    assert pv.candidates == [D(1500), D("1.500")]


def test_english_grouping_without_a_deciding_column_is_never_read():
    pv = parse_number("2,726,810,205", "money")
    assert pv.value is None and pv.candidates == [D(2726810205)]
    assert parse_number("1,500", "money", style="id").value is None


@pytest.mark.parametrize("raw", ["#DIV/0!", "#REF!", "#VALUE!", "#N/A", " #div/0! ", "#NAME?"])
@pytest.mark.parametrize("kind", ["money", "percent", "decimal", "quantity", "target"])
def test_spreadsheet_errors_are_kept_raw_with_a_warning(raw, kind):
    assert is_spreadsheet_error(raw)
    pv = parse_number(raw, kind)
    assert pv.value is None and pv.raw == raw
    assert pv.warning_code == "number.unparseable" and "spreadsheet error" in pv.warning
    with pytest.raises(NormalizeError):
        parse_money(raw)


def test_stray_spaces_inside_an_amount_are_mended_and_noted():
    pv = parse_number("Rp. 9.985.639. 757,-", "money")
    assert pv.value == D(9985639757)
    assert pv.repairs == ["spaces inside the amount removed: 'Rp. 9.985.639. 757,-' read as 'Rp. 9.985.639.757,-'"]
    assert parse_number("Rp . 67.197.194", "money").repairs == []  # a space before the amount is no repair
    assert parse_number("1.000, -", "money").value == D(1000)


def test_parentheses_and_minus_are_signs():
    assert parse_number("(300.166.028)", "money").value == D(-300166028)
    assert parse_number("( 194.500.000 )", "money").value == D(-194500000)
    assert parse_number("- 1.000", "money").value == D(-1000)
    assert parse_number("(24.811.142.774,00)", "money").value == D("-24811142774.00")


def test_a_leading_zero_group_is_a_decimal_not_thousands():
    assert parse_target("0.820").value == D("0.820")
    assert parse_quantity("0.162 Ha").value == D("0.162")


def fmt_en(whole: int, frac: int | None) -> str:
    return f"{whole:,}" + (f".{frac:02d}" if frac is not None else "")


def fmt_id(whole: int, frac: int | None, no_decimals: bool) -> str:
    return group_id(whole) + (f",{frac:02d}" if frac is not None else (",-" if no_decimals else ""))


def _spaced(text: str, data) -> str:
    """A stray space after one separator, as a PDF line break leaves it."""
    seps = [i for i, c in enumerate(text) if c in ".," and i + 1 < len(text) and text[i + 1].isdigit()]
    if not seps or not data.draw(st.booleans()):
        return text
    i = data.draw(st.sampled_from(seps))
    return text[: i + 1] + " " + text[i + 1 :]


@st.composite
def styled_money(draw):
    """(value, printed text, the style a column of such values decides)."""
    cents = draw(st.integers(min_value=0, max_value=10**15))
    whole, frac = divmod(cents, 100)
    with_frac = frac != 0 or draw(st.booleans())
    style = draw(st.sampled_from(["en", "id"]))
    body = fmt_en(whole, frac if with_frac else None) if style == "en" else fmt_id(
        whole, frac if with_frac else None, draw(st.booleans()))
    body = _spaced(body, draw(st.data()))
    value = D(cents).scaleb(-2) if with_frac else D(whole)
    if cents and draw(st.booleans()):
        body, value = draw(st.sampled_from(["({})", "-{}", "- {}"])).format(body), -value
    return value, draw(st.sampled_from(["", "Rp. ", "Rp ", "Rp. "[:2]])) + body, style


@given(styled_money())
def test_money_in_its_columns_style_reads_back_exactly(case):
    value, text, style = case
    pv = parse_number(text, "money", style=style)
    assert pv.value == value, (text, style)
    assert value_style(text) in (style, None)  # a value never proves the other style


@given(styled_money(), styled_money())
def test_a_column_decides_only_the_style_its_values_show(a, b):
    (_, ta, sa), (_, tb, sb) = a, b
    decided = column_style([ta, tb])
    shown = {s for s in (value_style(ta), value_style(tb)) if s}
    assert decided == (shown.pop() if len(shown) == 1 else None)
    if decided is not None:
        assert decided in (sa, sb)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999),
       st.sampled_from([None, "id"]), st.sampled_from(["", "Rp. "]))
def test_an_ambiguous_lone_comma_never_gives_a_number_unless_the_column_decides(head, tail, style, prefix):
    text = f"{prefix}{head},{tail:03d}"
    pv = parse_number(text, "money", style=style)
    assert pv.value is None and pv.warning is not None
    assert D(head * 1000 + tail) in pv.candidates
    assert parse_number(text, "money", style="en").value == D(head * 1000 + tail)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_an_ambiguous_lone_dot_in_an_english_money_column_never_gives_a_number(head, tail):
    pv = parse_number(f"{head}.{tail:03d}", "money", style="en")
    assert pv.value is None and pv.warning_code == "number.malformed"


@given(st.sampled_from(["#DIV/0!", "#REF!", "#VALUE!", "#N/A"]), _KINDS, st.sampled_from([None, "en", "id"]))
def test_a_spreadsheet_error_is_never_a_number(raw, kind, style):
    pv = parse_number(raw, kind, style=style)
    assert pv.value is None and pv.warning is not None


# --- grouped_money: the one shape test of "an amount in groups of three" -------------------------------------


@pytest.mark.parametrize(("text", "plain", "millions", "short"), [
    ("1.234.567", True, True, True),
    ("Rp. 121.830.089,00", True, True, True),
    ("Rp2.038.832.288,-", True, True, True),
    ("Rp 2.038.832.288", True, True, True),
    ("41.431.755,0", False, False, True),  # one cent digit: the head of a cut amount
    ("1.234", True, False, True),  # a thousand: not of the millions a budget holds
    ("82,47", False, False, False),
    ("1.234.56", False, False, False),
    ("Rp.", False, False, False),
    ("12.345.678,001", False, False, False),
])
def test_grouped_money_shapes(text, plain, millions, short):
    assert grouped_money(text) is plain
    assert grouped_money(text, millions=True) is (millions and plain)
    assert grouped_money(text, short_cents=True) is short


@given(st.integers(min_value=1_000, max_value=10**15), st.sampled_from(["", "Rp", "Rp.", "Rp. "]),
       st.sampled_from(["", ",00", ",-"]))
def test_grouped_money_accepts_every_formatted_amount(value, sign, tail):
    text = sign + format_money(Decimal(value)) + tail
    assert grouped_money(text)
    assert grouped_money(text, millions=True) is (value >= 1_000_000)
    assert parse_money(text) == value


@given(st.integers(min_value=1, max_value=399))
def test_roman_numbers_read_back(n):
    """Chapters and row keys: every small number printed in roman capitals reads back, in any case when asked."""
    assert roman_value(roman(n)) == n and roman_value(roman(n).lower(), any_case=True) == n
    assert roman_value(roman(n).lower()) is None  # capitals only unless asked


def test_roman_value_takes_canonical_forms_only():
    assert roman_value("IV") == 4 and roman_value("XIV") == 14
    assert roman_value("IIII") is None and roman_value("VX") is None and roman_value("I!1") is None
    assert roman_value("") is None and roman_value("iv") is None and roman_value("iv", any_case=True) == 4


@given(st.integers(min_value=1_000_000, max_value=10**13))
def test_grouped_amount_finds_every_printed_amount_of_a_million_or_more(n):
    printed = format_money(Decimal(n))
    assert GROUPED_AMOUNT.search(f"Rp. {printed}").group(0) == printed.split(",")[0]
    assert GROUPED_AMOUNT.search(printed.replace(".", ",").removesuffix(",00"))  # OCR's commas for dots


@pytest.mark.parametrize("text", ["82,47", "99,99 %", "2022", "1.250", "100.000", "Rp 15.279", "12345678"])
def test_grouped_amount_is_no_percent_year_count_or_short_amount(text):
    assert GROUPED_AMOUNT.search(text) is None
