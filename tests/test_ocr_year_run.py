"""A year of a header's run of years read as another year by a dotted zero's look-alike ("2026" for "2020" before
"2021 2022") is put back by its neighbours; a year that fits, or differs by no look-alike, stays."""

from __future__ import annotations

import pytest
from ocr_builders import page_with_table

from lkjip.extract import ocr_numbers


@pytest.mark.parametrize(
    ("row", "fixed"),
    [
        (["Indikator", "2026", "2021", "2022", "2023"], ["Indikator", "2020", "2021", "2022", "2023"]),
        (["Indikator", "2019", "2026", "2021", "2022"], ["Indikator", "2019", "2020", "2021", "2022"]),
    ],
)
def test_a_year_breaking_the_run_by_a_zero_look_alike_is_put_back(row, fixed):
    res = page_with_table([list(row), ["1", "80", "82", "84", "86"]])
    ocr_numbers.fix_header_years(res.tables[0].table, 3)
    assert res.tables[0].table.rows[0].cells == fixed
    assert res.tables[0].table.warnings


@pytest.mark.parametrize(
    "row",
    [
        ["Indikator", "2026", "2021", "2023"],  # no run of two on the other side
        ["Indikator", "2020", "2021", "2022", "2026"],  # 2023 is no zero away from 2026
        ["Indikator", "2026", "Target", "2021", "2022"],  # not beside a year
    ],
)
def test_years_that_do_not_break_a_run_by_a_zero_stay(row):
    res = page_with_table([list(row)])
    ocr_numbers.fix_header_years(res.tables[0].table, 3)
    assert res.tables[0].table.rows[0].cells == row
