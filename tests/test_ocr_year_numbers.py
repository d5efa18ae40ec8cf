"""A header year and the column number under it read by OCR as one cell ("20215" for "2021" over "5")."""

from __future__ import annotations

from ocr_builders import page_with_table

from lkjip.extract.ocr_numbers import fix_table_digits

HEAD = ["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal (2020)", "Target", "", "", "", "", "", "Kondisi Akhir"]
BODY = ["1", "Meningkatnya akuntabilitas", "Nilai SAKIP", "54,97", "58,01", "61,06", "64,10", "67,14", "70,18",
        "73,22", "73,22"]


def test_years_and_their_column_numbers_go_back_to_their_rows():
    res = page_with_table([
        HEAD,
        ["", "", "", "", "20215", "20226", "20237", "20248", "20259", "2026", ""],
        ["l", "2", "3", "4", "", "", "", "", "", "10", "ll"],  # "l" for "1": read right first
        BODY,
    ])  # fmt: skip
    fix_table_digits(res, 4)
    rows = [r.cells for r in res.tables[0].table.rows]
    assert rows[1][4:10] == ["2021", "2022", "2023", "2024", "2025", "2026"]
    assert rows[2] == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]


def test_a_number_that_does_not_fit_its_place_stays_glued():
    res = page_with_table([
        HEAD,
        ["", "", "", "", "20219", "", "", "", "", "2026", ""],  # "9" between 4 and 6: not this column's
        ["1", "2", "3", "4", "", "6", "7", "8", "9", "10", "11"],
        BODY,
    ])  # fmt: skip
    fix_table_digits(res, 4)
    assert res.tables[0].table.rows[1].cells[4] == "20219"


def test_a_numbering_row_with_header_words_mixed_in_is_still_the_numbering_row():
    """The rule text tables use too: header words the same misreading mixed into the numbering row do not hide it."""
    res = page_with_table([
        HEAD,
        ["", "", "", "", "20215", "20226", "20237", "20248", "20259", "2026", ""],
        ["1", "2", "3", "Awal 4", "", "", "", "", "", "10", "11"],
        BODY,
    ])  # fmt: skip
    fix_table_digits(res, 4)
    assert res.tables[0].table.rows[1].cells[4:10] == ["2021", "2022", "2023", "2024", "2025", "2026"]
