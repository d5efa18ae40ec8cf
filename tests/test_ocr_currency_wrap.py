"""Amounts a narrow column wrapped under their currency mark ("Rp" over "81.180.20" over "3"), which the OCR layout
of a table with no horizontal rules left as rows of their own."""

from __future__ import annotations

from ocr_builders import page_with_table

from lkjip.extract.ocr_currency_wrap import join_pieces
from lkjip.extract.ocr_numbers import fix_table_digits


def test_pieces_under_a_bare_currency_mark_join_their_row():
    res = page_with_table([
        ["a.", "Penyediaan Jasa Surat Menyurat", "Rp 74.090.625", "Rp 69.349.004", "93,60"],
        ["b.", "Penyediaan Jasa Komunikasi, Sumber Daya Air", "Rp", "Rp", "89,44"],
        ["", "dan Listrik", "81.180.20", "72.609,89 o", ""],
        ["", "", "3", "", ""],
        ["c.", "Penyediaan Jasa Pelayanan Umum Kantor", "-", "-", "0,00"],
    ])  # fmt: skip
    fix_table_digits(res, 12)
    rows = [r.cells for r in res.tables[0].table.rows]
    assert rows == [
        ["a.", "Penyediaan Jasa Surat Menyurat", "Rp 74.090.625", "Rp 69.349.004", "93,60"],
        ["b.", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Rp 81.180.203", "Rp 72.609.890", "89,44"],
        ["c.", "Penyediaan Jasa Pelayanan Umum Kantor", "-", "-", "0,00"],
    ]
    assert sum("under its currency mark" in w for w in res.tables[0].table.warnings) == 2


def test_a_lost_currency_mark_and_a_lost_line_end_dot():
    res = page_with_table([
        ["Program Penunjang Urusan", "", "Rp.", "89,78 %"],
        ["", "2.545.969", "2.285.724.", ""],
        ["", "750", "974", ""],
        ["Program Penyelenggaraan", "Rp. 58.866.245", "Rp. 52.619.244", "89,39 %"],
    ])  # fmt: skip
    fix_table_digits(res, 6)
    rows = [r.cells for r in res.tables[0].table.rows]
    assert rows[0] == ["Program Penunjang Urusan", "2.545.969.750", "Rp. 2.285.724.974", "89,78 %"]
    assert len(rows) == 2


def test_rows_of_their_own_stay():
    res = page_with_table([
        ["1.", "Belanja Pegawai", "Rp", "Rp", "88,00"],
        ["2.", "", "1.250.000", "1.100.000", ""],  # a row key: a row of its own
        ["3.", "Belanja Barang", "Rp", "Rp", "96,79"],
        ["", "Jasa", "Rp 4.000", "", ""],  # a mark of its own: another amount
        ["4.", "Belanja Modal", "1.000", "Rp", ""],
        ["", "", "2.000", "5.000", ""],  # under an amount read whole: nothing wrapped there
    ])  # fmt: skip
    fix_table_digits(res, 9)
    assert len(res.tables[0].table.rows) == 6
    assert not any("currency mark" in w for w in res.tables[0].table.warnings)


def test_pieces_that_make_no_amount_stay_raw():
    assert join_pieces(["81.180.20", "3"]) == "81.180.203"
    assert join_pieces(["45,917.37", "2"]) == "45.917.372"
    assert join_pieces(["1.062.466.", "838,00"]) == "1.062.466.838,00"
    assert join_pieces(["67.368.586", "8"]) == "67.368.5868"  # not an amount: the parser leaves it unread


def test_amounts_printed_beside_the_second_line_of_a_wrapped_name():
    res = page_with_table([
        ["1)", "PROGRAM PENUNJANG URUSAN", "", "", "92,44"],
        ["", "PEMERINTAHAN DAERAH KABUPATEN/KOTA", "2.143.335.141", "Rp 1.981.276.862", ""],
        ["1)", "Administrasi Keuangan Perangkat Daerah", "Rp 1.909.916.969", "Rp 1.751.650.136", "91,71"],
    ])  # fmt: skip
    fix_table_digits(res, 7)
    table = res.tables[0].table
    assert [r.cells for r in table.rows][0] == [
        "1)", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "2.143.335.141", "1.981.276.862", "92,44"]
    assert len(table.rows) == 2 and table.doubt is None


def test_an_amount_left_unread_makes_the_table_doubtful():
    res = page_with_table([
        ["1)", "PROGRAM PENUNJANG URUSAN", "", "", "92,44"],
        ["", "PEMERINTAHAN DAERAH KABUPATEN/KOTA", "2.143.335.141", "", ""],  # the realisasi: no ink read
        ["1)", "Administrasi Keuangan Perangkat Daerah", "Rp 1.909.916.969", "Rp 1.751.650.136", "91,71"],
        ["2)", "Administrasi Kepegawaian Perangkat Daerah", "", "-", "0,00"],  # nil: nothing wrapped
    ])  # fmt: skip
    fix_table_digits(res, 7)
    table = res.tables[0].table
    assert len(table.rows) == 3
    assert "PROGRAM PENUNJANG URUSAN" in (table.doubt or "")


def test_a_nil_row_or_a_blank_outside_the_amount_columns_is_no_doubt():
    res = page_with_table([
        ["2)", "Administrasi Kepegawaian Perangkat Daerah", "", "-", "0,00"],
        ["3)", "Indeks Kepuasan Masyarakat", "Rp 5.250.000", "", "95,50"],  # a blank realisasi, not a wrap
        ["1)", "Pendidikan dan Pelatihan Pegawai", "-", "-", "0,00"],
    ])  # fmt: skip
    fix_table_digits(res, 7)
    assert res.tables[0].table.doubt is None
