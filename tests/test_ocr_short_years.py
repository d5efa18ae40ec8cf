"""A header year read with digits dropped ("22" or "223" for "2023") in a run of year columns, put right from its
neighbours (lkjip.extract.ocr_numbers.fix_header_years)."""
from __future__ import annotations

import pytest
from ocr_builders import page_with_table

from lkjip.extract import ocr_numbers


@pytest.mark.parametrize(
    ("row", "fixed"),
    [
        (["", "", "2021", "22", "2023", "2024"], ["", "", "2021", "2022", "2023", "2024"]),
        (["", "2021", "2022", "223", "2024"], ["", "2021", "2022", "2023", "2024"]),
        (["", "(2021)", "(202)", "(2023)"], ["", "(2021)", "(2022)", "(2023)"]),
    ],
)
def test_short_year_between_years_restored(row, fixed):
    res = page_with_table([list(row), ["a"] + ["80"] * (len(row) - 1)])
    ocr_numbers.fix_header_years(res.tables[0].table, 3)
    assert res.tables[0].table.rows[0].cells == fixed
    assert any("header year fix" in w for w in res.tables[0].table.warnings)


@pytest.mark.parametrize(
    "row",
    [
        ["", "2021", "24", "2023"],  # not the year's digits
        ["", "2021", "20", "2023"],  # its last digit is not the year's
        ["", "2021", "2022", "23"],  # at the run's end: one neighbour only
        ["", "2021", "22", "2024"],  # the neighbours are no run
    ],
)
def test_short_numbers_left_as_read(row):
    res = page_with_table([list(row)])
    ocr_numbers.fix_header_years(res.tables[0].table, 3)
    assert res.tables[0].table.rows[0].cells == row


def test_head_word_with_o_read_as_a():
    from lkjip.extract.document import Table, TableRow
    from lkjip.extract.ocr_header_words import mend_header_words

    t = Table(page=5, rows=[TableRow(cells=["Misi", "Kandisi Awal (2020)", "Target"], is_header=True),
                            TableRow(cells=["1", "Kandisi", "80"])])
    mend_header_words(t, 5)
    assert t.rows[0].cells == ["Misi", "Kondisi Awal (2020)", "Target"]
    assert t.rows[1].cells == ["1", "Kandisi", "80"]  # a body row stays as read


def test_head_word_broken_at_a_bar_joined():
    from lkjip.extract.document import Table, TableRow
    from lkjip.extract.ocr_header_words import mend_header_words

    t = Table(page=5, rows=[TableRow(cells=["NO", "URAIAN", "ANGGARAN", "REAL! SASI", "%"], is_header=True),
                            TableRow(cells=["1", "REAL! SASI", "80", "70", "87,5"])])
    mend_header_words(t, 5)
    assert t.rows[0].cells == ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]
    assert t.rows[1].cells[1] == "REAL! SASI"
    t2 = Table(page=5, rows=[TableRow(cells=["Target Awal", "Satuan Tahun"], is_header=True)])
    mend_header_words(t2, 5)
    assert t2.rows[0].cells == ["Target Awal", "Satuan Tahun"]  # two whole words stay


def test_head_word_broken_at_a_bar_joined_in_an_unmarked_second_header_row():
    from lkjip.extract.document import Table, TableRow
    from lkjip.extract.ocr_header_words import mend_header_words

    t = Table(page=5, rows=[TableRow(cells=["NO", "URAIAN", "ANGGARAN", "", ""], is_header=True),
                            TableRow(cells=["", "", "ANGGARAN", "REAL! SASI", "%"]),
                            TableRow(cells=["1.", "REAL! SASI", "80", "70", "87,5"])])
    mend_header_words(t, 5)
    assert t.rows[1].cells == ["", "", "ANGGARAN", "REALISASI", "%"]
    assert t.rows[2].cells[1] == "REAL! SASI"  # a row with numbers stays as read
