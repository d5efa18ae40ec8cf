"""Indonesian dates: spellings from real reports, find_dates in prose, formatter round trip."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjip.errors import NormalizeError
from lkjip.normalize.dates import (
    MONTHS,
    SigningDate,
    find_dates,
    find_signing_date,
    format_indonesian_date,
    parse_indonesian_date,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("05 Maret 2023", dt.date(2023, 3, 5)),
        ("3 Januari 2022", dt.date(2022, 1, 3)),
        ("Sampang, 03 Januari 2022", dt.date(2022, 1, 3)),
        ("Sampang,  03   Januari 2022", dt.date(2022, 1, 3)),
        ("Senin, 5 Mei 2023.", dt.date(2023, 5, 5)),
        ("1 Nopember 2021", dt.date(2021, 11, 1)),
        ("30 November 2021", dt.date(2021, 11, 30)),
        ("9 Pebruari 2022", dt.date(2022, 2, 9)),
        ("28 Februari 2022", dt.date(2022, 2, 28)),
        ("17 Agustus 2020", dt.date(2020, 8, 17)),
        ("17 Agt 2020", dt.date(2020, 8, 17)),
        ("17 Agt. 2020", dt.date(2020, 8, 17)),
        ("1 Okt 2022", dt.date(2022, 10, 1)),
        ("31 Des 2022", dt.date(2022, 12, 31)),
        ("31 DESEMBER 2022", dt.date(2022, 12, 31)),
        ("5 March 2023", dt.date(2023, 3, 5)),
        ("5 May 2023", dt.date(2023, 5, 5)),
        ("05-03-2023", dt.date(2023, 3, 5)),
        ("05/03/2023", dt.date(2023, 3, 5)),
        ("5.3.2023", dt.date(2023, 3, 5)),
        ("05-Maret-2023", dt.date(2023, 3, 5)),
    ],
)
def test_parse_examples(raw, expected):
    assert parse_indonesian_date(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "Maret 2023",
        "8 Tahun 2006",
        "31 Februari 2022",
        "05/13/2023",
        "05/03/23",
        "05-03/2023",
        "tanggal 05 Maret 2023 dan 06 Maret 2023",
        "2023-03-05",
        "05 Maretan 2023",
    ],
)
def test_parse_rejects(raw):
    with pytest.raises(NormalizeError) as exc:
        parse_indonesian_date(raw)
    assert exc.value.raw == raw


def test_find_dates_in_prose():
    text = (
        "Peraturan Pemerintah Nomor 8 Tahun 2006 ... Sampang, 05 Maret 2023. Periode 1 Juli 2022 s/d "
        "31 Desember 2022; tanggal 31 Februari 2022 tidak ada; versi 1.1.2022 dan 12.03.2022."
    )
    found = find_dates(text)
    assert found == [
        (dt.date(2023, 3, 5), "05 Maret 2023"),
        (dt.date(2022, 7, 1), "1 Juli 2022"),
        (dt.date(2022, 12, 31), "31 Desember 2022"),
        (dt.date(2022, 1, 1), "1.1.2022"),
        (dt.date(2022, 3, 12), "12.03.2022"),
    ]
    for d, s in found:
        assert s in text and parse_indonesian_date(s) == d


def test_find_dates_ignores_numbers_and_codes():
    assert find_dates("Rp. 2.662.394.679,00 ; 1.01.02.2022 ; 8 Tahun 2006 ; 2022") == []


def test_find_dates_in_seed(seed_text):
    dates = [d for d, _ in find_dates(seed_text)]
    assert dt.date(2023, 3, 5) in dates  # the Kata Pengantar signing date
    assert all(2000 <= d.year <= 2030 for d in dates)


def test_format():
    assert format_indonesian_date(dt.date(2023, 3, 5)) == "5 Maret 2023"
    assert format_indonesian_date(dt.date(2023, 3, 5), pad=True) == "05 Maret 2023"
    assert MONTHS[8] == "Agustus"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.booleans(), st.data())
def test_round_trip(d, pad, data):
    text = format_indonesian_date(d, pad=pad)
    assert parse_indonesian_date(text) == d
    place = data.draw(st.sampled_from(["", "Sampang, ", "Kabupaten Bangkalan, "]))
    assert parse_indonesian_date(place + text) == d
    assert find_dates(f"Ditetapkan di {place}{text}.") == [(d, text)]
    sep = data.draw(st.sampled_from("-/."))
    assert parse_indonesian_date(f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}") == d


@given(st.text(max_size=60))
def test_arbitrary_text(raw):
    try:
        parse_indonesian_date(raw)
    except NormalizeError as e:
        assert e.raw == raw
    for d, s in find_dates(raw):
        assert isinstance(d, dt.date) and s in raw


# --- signing dates: "place, date", the day possibly left blank (issue #13) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "precision", "raw"),
    [
        ("Sukamaju, 3 Januari 2022", dt.date(2022, 1, 3), "day", "Sukamaju, 3 Januari 2022"),
        ("Sukamaju,      Januari 2022", dt.date(2022, 1, 1), "month", "Sukamaju, Januari 2022"),
        ("Sukamaju, 1 JANUARI 2022.", dt.date(2022, 1, 1), "day", "Sukamaju, 1 JANUARI 2022"),
        ("Kab. Sukamaju, 03 Pebruari 2022", dt.date(2022, 2, 3), "day", "Kab. Sukamaju, 03 Pebruari 2022"),
        ("xx 2 Sukamaju, Desember 2021", dt.date(2021, 12, 1), "month", "Sukamaju, Desember 2021"),
    ],
)
def test_find_signing_date(text, date, precision, raw):
    assert find_signing_date(text) == SigningDate(date, precision, raw)


@pytest.mark.parametrize("text", ["sukamaju, januari 2022", "Nomor 8 Tahun 2006", "Sukamaju, 31 Februari 2022",
                                  "Sukamaju, 2022", "Demikian, Januari 2022 kami sampaikan", "Maret 2023"])
def test_find_signing_date_rejects(text):
    assert find_signing_date(text) is None


def test_find_signing_date_anywhere_in_a_glued_signature_block():
    text = "Sukamaju, 5 Mei 2023 KEPALA DINAS ANI WIJAYA NIP. 197001011990031001"
    assert find_signing_date(text) is None
    assert find_signing_date(text, at_end=False) == SigningDate(dt.date(2023, 5, 5), "day", "Sukamaju, 5 Mei 2023")


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.booleans(),
       st.sampled_from(["Sampang", "Kabupaten Bangkalan", "Kab. Sumenep"]))
def test_signing_date_round_trip(d, pad, place):
    text = format_indonesian_date(d, pad=pad)
    assert find_signing_date(f"{place}, {text}") == SigningDate(d, "day", f"{place}, {text}")
    month = text.split(" ", 1)[1]  # the day left blank
    assert find_signing_date(f"{place},    {month}") == SigningDate(d.replace(day=1), "month", f"{place}, {month}")


@given(st.text(max_size=60))
def test_signing_date_in_arbitrary_text(raw):
    found = find_signing_date(raw)
    assert found is None or (found.precision in ("day", "month") and found.raw in " ".join(raw.split()))
