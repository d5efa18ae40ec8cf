"""A renstra table's run of target years in small bold print on a scan, its later years read with a digit lost
("2019 2020 221 222 223 224": two digits of each touch, and the reading keeps three). The first years of the run,
read whole, tell the rest one by one; a lone short number after them that is not a year read three digits long
stays as read."""

from __future__ import annotations

import pytest
from ocr_builders import page_with_table

from lkjip.extract import ocr_numbers
from lkjip.extract.headers import build_columns

#: the header of a renstra table as read from a scan of small bold serif print (table header bands)
_RENSTRA = [
    ["Misi", "Tujuan Sasaran", "Indikator", "Kondisi", "Target", "", "", "", "", "", "Kondisi"],
    ["", "", "", "Awal Renstra (2018)", "2019", "2020", "221", "222", "223", "224", "Akhir Renstra (2024)"],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
    ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", "80,10", "80,50", "81,00",
     "81,50", "82,00", "82,25", "82,55", "82,55"],
]


def test_a_tail_of_years_read_short_is_put_right_from_the_years_before_it():
    res = page_with_table([list(r) for r in _RENSTRA])
    ocr_numbers.fix_table_digits(res, 7)
    table = res.tables[0].table
    rows = [r.cells for r in table.rows]
    assert rows[1][4:10] == ["2019", "2020", "2021", "2022", "2023", "2024"]
    assert rows[3] == _RENSTRA[3]  # the values untouched
    years = [c.year for c in build_columns(rows[:2], 11)]
    assert years[4:10] == [2019, 2020, 2021, 2022, 2023, 2024]
    assert sum("header year fix" in w for w in table.warnings) == 4


@pytest.mark.parametrize(
    ("row", "fixed"),
    [
        (["Indikator", "221", "2022", "2023"], ["Indikator", "2021", "2022", "2023"]),  # the run after it tells
        (["Indikator", "2021", "22", "2023"], ["Indikator", "2021", "2022", "2023"]),  # both sides tell
    ],
)
def test_a_year_read_short_beside_a_run(row, fixed):
    res = page_with_table([list(row)])
    ocr_numbers.fix_header_years(res.tables[0].table, 3)
    assert res.tables[0].table.rows[0].cells == fixed


@pytest.mark.parametrize(
    "row",
    [
        ["Indikator", "2019", "2020", "21"],  # two digits on one side: may be anything
        ["Indikator", "2019", "2020", "225"],  # not the next year's digits
        ["Indikator", "2020", "221"],  # one year alone is no run
        ["Indikator", "2019", "2021", "222"],  # the years before it are not one apart
    ],
)
def test_short_numbers_no_run_tells_stay(row):
    res = page_with_table([list(row)])
    ocr_numbers.fix_header_years(res.tables[0].table, 3)
    assert res.tables[0].table.rows[0].cells == row
    assert not res.tables[0].table.warnings
