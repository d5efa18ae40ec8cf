"""Header rows of an OCR table in small monospaced print: a column-number row with a misread number beside a column
the reader split in two, and a dotted zero of a year read as "8" or "6" (the renstra table of a scanned report)."""

from __future__ import annotations

import pytest
from ocr_builders import page_with_table

from lkjip.extract import ocr_numbers
from lkjip.extract.headers import build_columns, is_numbering_row

#: the header of a renstra table as read from a 7 pt monospaced scan: "Kondisi Awal" split over two columns (its
#: column number "4" left of the empty half), "5" read "s", "10" read "16", the last target year "2026" read "2826"
_RENSTRA = [
    ["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi (2626)", "Awal", "Target", "", "", "", "", "",
     "Kondisi Akhir (2026)"],
    ["", "", "", "", "", "2021", "2022", "2023", "2024", "2025", "2826", ""],
    ["1", "2", "3", "4", "", "s", "6", "7", "8", "9", "16", "11"],
    ["1", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP Kecamatan", "", "52,34", "53,94", "55,54", "57,15",
     "58,75", "60,35", "61,96", "61,96"],
]


def test_renstra_header_of_a_monospaced_scan_repaired():
    res = page_with_table([list(r) for r in _RENSTRA])
    ocr_numbers.fix_table_digits(res, 6)
    table = res.tables[0].table
    rows = [r.cells for r in table.rows]
    assert rows[2] == ["1", "2", "3", "4", "", "5", "6", "7", "8", "9", "10", "11"]
    assert is_numbering_row(rows[2])
    assert rows[1][5:11] == ["2021", "2022", "2023", "2024", "2025", "2026"]
    assert rows[0][3] == "Kondisi (2626)"  # 2020 or 2026: no run of years to tell, kept as read
    assert rows[3] == _RENSTRA[3]  # the values untouched
    years = [c.year for c in build_columns(rows[:2], 12)]
    assert years[5:11] == [2021, 2022, 2023, 2024, 2025, 2026]
    assert any("header year fix '2826' -> '2026'" in w for w in table.warnings)
    assert any("column numbers" in w for w in table.warnings)


@pytest.mark.parametrize(
    ("cells", "fixed"),
    [
        (["1", "2", "3", "4", "", "s", "6", "7", "8", "9", "16", "11"],
         ["1", "2", "3", "4", "", "5", "6", "7", "8", "9", "10", "11"]),
        (["(1)", "(2)", "", "(3)", "(4)", "(s)", "(6)"], ["(1)", "(2)", "", "(3)", "(4)", "(5)", "(6)"]),
        (["1", "2", "", "4", "5?"], ["1", "2", "", "4", "5"]),  # a number unread: the columns count
    ],
)
def test_column_numbers_counted_over_a_split_column(cells, fixed):
    assert ocr_numbers.fix_numbering_row(cells) == fixed


@pytest.mark.parametrize(
    ("row", "fixed"),
    [
        (["Indikator", "2021", "2022", "2823", "2024"], ["Indikator", "2021", "2022", "2023", "2024"]),
        (["Indikator", "(2829)", "(2021)", "(2022)"], ["Indikator", "(2020)", "(2021)", "(2022)"]),
        (["", "2019", "2@20", "2021"], ["", "2019", "2020", "2021"]),
    ],
)
def test_header_year_with_a_dotted_zero_misread(row, fixed):
    res = page_with_table([row, ["1", "80", "82", "84", "86"][: len(row)]])
    ocr_numbers.fix_header_years(res.tables[0].table, 3)
    assert res.tables[0].table.rows[0].cells == fixed


@pytest.mark.parametrize(
    "row",
    [
        ["Indikator", "2021", "2022", "2723", "2024"],  # a 7 is no zero's look-alike
        ["Indikator", "2826"],  # no run of years to tell what it is
        ["Indikator", "2021", "2822", "2022"],  # the neighbours disagree
        ["Indikator", "2021", "Target", "2822"],  # not beside a year
        ["Indikator", "2021", "2022", "2026"],  # a year as read stays, also out of the run
    ],
)
def test_header_years_left_as_read(row):
    res = page_with_table([list(row)])
    ocr_numbers.fix_header_years(res.tables[0].table, 3)
    assert res.tables[0].table.rows[0].cells == row
    assert not res.tables[0].table.warnings


def test_years_of_body_rows_untouched():
    rows = [["Uraian", "2021", "2022"], ["a", "1", "2"], ["b", "3", "4"], ["c", "5", "6"], ["d", "2021", "2826"]]
    res = page_with_table([list(r) for r in rows])
    ocr_numbers.fix_header_years(res.tables[0].table, 3)
    assert res.tables[0].table.rows[4].cells == ["d", "2021", "2826"]


@pytest.mark.parametrize(
    ("cell", "fixed"),
    [
        ("TARGET 2923", "TARGET 2023"),  # only 2023 reads "2923" with its zero dotted
        ("Realisasi Tahun 2@21", "Realisasi Tahun 2021"),
        ("Kondisi Awal (2626)", "Kondisi Awal (2626)"),  # 2020 or 2026: kept
        ("TARGET 2023", "TARGET 2023"),
        ("Pagu (Rp. 000)", "Pagu (Rp. 000)"),
    ],
)
def test_year_in_a_header_label_with_a_dotted_zero(cell, fixed):
    res = page_with_table([["SASARAN STRATEGIS", "INDIKATOR KINERJA", cell, "REALISASI"],
                           ["Meningkatnya kualitas", "Indeks Kepuasan", "80,40", "76,98"]])
    ocr_numbers.fix_header_years(res.tables[0].table, 9)
    assert res.tables[0].table.rows[0].cells[2] == fixed


def test_label_years_of_a_row_of_values_untouched():
    row = ["Jumlah peserta 2960 orang", "80,40", "76,98"]
    res = page_with_table([list(row)])
    ocr_numbers.fix_header_years(res.tables[0].table, 9)
    assert res.tables[0].table.rows[0].cells == row
