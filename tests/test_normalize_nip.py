"""NIP decoding: real NIPs from the seed, impossible parts listed as problems, round trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip.errors import NormalizeError
from lkjip.normalize.nip import NIP, format_nip, nip_digits, parse_nip

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    "raw",
    [
        "19690311 200312 1 004",
        "NIP. 19690311 200312 1 004",
        "Nip. 19690311 200312 1 004",
        "NIP 19690311 200312 1 004",
        "NIP: 19690311.200312.1.004",
        " NIP.19690311200312 1 004 ",
        "196903112003121004",
    ],
)
def test_real_nip_spellings(raw):
    nip = parse_nip(raw, today=TODAY)
    assert nip.digits == "196903112003121004"
    assert nip.birth_date == dt.date(1969, 3, 11)
    assert (nip.tmt_year, nip.tmt_month) == (2003, 12)
    assert nip.gender == "L"
    assert nip.seq == "004"
    assert nip.problems == [] and nip.valid
    assert nip.formatted == "19690311 200312 1 004"


def test_second_seed_nip_and_female():
    assert parse_nip("NIP. 19670923 198809 1 001", today=TODAY).valid
    nip = parse_nip("19851231 201001 2 017", today=TODAY)
    assert (nip.gender, nip.seq, nip.valid) == ("P", "017", True)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("19690231 200312 1 004", "invalid birth date"),
        ("19691311 200312 1 004", "invalid birth date"),
        ("19690311 200313 1 004", "TMT month"),
        ("19690311 200300 1 004", "TMT month"),
        ("19690311 198012 1 004", "before age 18"),
        ("19690311 203001 1 004", "after age 60"),
        ("19690311 200312 3 004", "gender digit"),
        ("19690311 200312 0 004", "gender digit"),
        ("19200311 196012 1 004", "birth year"),
        ("20300311 200312 1 004", "birth year"),
        ("19900311 202501 1 004", "in the future"),
    ],
)
def test_impossible_parts_are_problems(raw, problem):
    nip = parse_nip(raw, today=TODAY)
    assert not nip.valid
    assert any(problem in p for p in nip.problems), nip.problems


def test_gender_none_when_digit_invalid():
    assert parse_nip("19690311 200312 3 004", today=TODAY).gender is None
    assert parse_nip("19690231 200312 1 004", today=TODAY).birth_date is None


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "NIP.",
        "19690311 200312 1 00",
        "19690311 200312 1 0045",
        "1969031120031210O4",
        "Budi 19690311 200312 1 004",
    ],
)
def test_not_18_digits_raises(raw):
    with pytest.raises(NormalizeError) as exc:
        parse_nip(raw)
    assert exc.value.raw == raw


def test_format_nip():
    assert format_nip("196903112003121004") == "19690311 200312 1 004"
    assert format_nip("NIP. 19690311 200312 1 004") == "19690311 200312 1 004"
    with pytest.raises(NormalizeError):
        format_nip("12345")
    assert nip_digits("19690311-200312-1-004") == "196903112003121004"


@st.composite
def valid_nips(draw):
    birth = draw(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2000, 12, 31)))
    age_months = draw(st.integers(min_value=18 * 12, max_value=min(60 * 12, (TODAY.year - birth.year) * 12)))
    total = birth.year * 12 + (birth.month - 1) + age_months
    tmt_year, tmt_month = divmod(total, 12)
    tmt_month += 1
    assume_ok = (tmt_year, tmt_month) <= (TODAY.year, TODAY.month)
    if not assume_ok:
        tmt_year, tmt_month = TODAY.year, TODAY.month
    gender = draw(st.sampled_from("12"))
    seq = draw(st.integers(min_value=0, max_value=999))
    digits = f"{birth:%Y%m%d}{tmt_year:04d}{tmt_month:02d}{gender}{seq:03d}"
    return digits, birth, tmt_year, tmt_month, gender, seq


@given(valid_nips(), st.sampled_from(["", "NIP. ", "Nip.", "NIP "]))
def test_valid_nip_round_trip(nip_parts, prefix):
    digits, birth, tmt_year, tmt_month, gender, seq = nip_parts
    formatted = format_nip(digits)
    assert formatted.replace(" ", "") == digits
    nip = parse_nip(prefix + formatted, today=TODAY)
    assert isinstance(nip, NIP)
    assert nip.valid, nip.problems
    assert nip.digits == digits
    assert nip.birth_date == birth
    assert (nip.tmt_year, nip.tmt_month) == (tmt_year, tmt_month)
    assert nip.gender == {"1": "L", "2": "P"}[gender]
    assert nip.seq == f"{seq:03d}"
    assert parse_nip(nip.formatted, today=TODAY) == nip


@given(st.text(alphabet="0123456789 .NIPnip:-", max_size=30))
def test_parse_nip_raises_only_normalize_error(raw):
    try:
        nip = parse_nip(raw, today=TODAY)
    except NormalizeError:
        return
    assert len(nip.digits) == 18


@given(st.text(max_size=40))
def test_parse_nip_arbitrary_text(raw):
    try:
        parse_nip(raw, today=TODAY)
    except NormalizeError as e:
        assert e.raw == raw
