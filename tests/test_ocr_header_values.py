"""The first body row's values read by OCR into the header row above it ("REALISASI Rp 2.420.208.738" over
"BELANJA LANGSUNG" and empty cells): moved back down to their row."""

from __future__ import annotations

from ocr_builders import page_with_table

from lkjip.extract.ocr_numbers import fix_table_digits


def test_values_read_into_the_header_go_back_to_their_row():
    res = page_with_table([
        ["NO", "URAIAN", "ANGGARAN", "", ""],
        ["", "", "ANGGARAN Rp 2.774.810.736", "REALISASI Rp 2.420.208.738", "% 87,22"],
        ["", "BELANJA LANGSUNG", "", "", ""],
        ["1", "PROGRAM PENUNJANG URUSAN", "Rp 2.346.812.027", "Rp 2.024.380.375", "86,26"],
    ])  # fmt: skip
    fix_table_digits(res, 9)
    rows = [r.cells for r in res.tables[0].table.rows]
    assert rows[1] == ["", "", "ANGGARAN", "REALISASI", "%"]
    assert rows[2] == ["", "BELANJA LANGSUNG", "Rp 2.774.810.736", "Rp 2.420.208.738", "87,22"]


def test_a_header_naming_years_or_a_single_value_stays():
    years = page_with_table([
        ["Sasaran", "Indikator", "TARGET 2024", "REALISASI 2024"],
        ["", "Uraian", "", ""],  # a second header row: the years are labels
        ["Meningkatnya kualitas", "Indeks Kepuasan", "82,47", "82,46"],
    ])  # fmt: skip
    single = page_with_table([
        ["NO", "URAIAN", "ANGGARAN Rp 2.774.810.736", "REALISASI"],  # one cell alone: not a row read up
        ["", "BELANJA LANGSUNG", "", ""],
        ["1", "PROGRAM", "Rp 2.346.812.027", "Rp 2.024.380.375"],
    ])  # fmt: skip
    fix_table_digits(years, 9)
    fix_table_digits(single, 9)
    assert years.tables[0].table.rows[0].cells[2:] == ["TARGET 2024", "REALISASI 2024"]
    assert single.tables[0].table.rows[0].cells[2] == "ANGGARAN Rp 2.774.810.736"
