"""Amounts a narrow column of a scanned budget table wrapped over two lines, which the OCR layout left as two rows."""

from __future__ import annotations

from ocr_builders import page_with_table

from lkjip.extract.ocr_numbers import fix_table_digits


def test_wrapped_amounts_are_joined_and_the_row_of_their_ends_dropped():
    res = page_with_table([
        ["1.5.2", "Pengadaan Peralatan dan Mesin Lainnya", "59.862.59", "57.939.00", "96,79"],
        ["", "", "4,00", "0,00", ""],
        ["1.6", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "77,426.39", "77.422.63", "100,00"],
        ["", "", "4,00", "4,00", ""],
        ["1.6.1", "Penyediaan Jasa Surat Menyurat", "3.753.894,00", "3.753.450,00", "99,99"],
    ])  # fmt: skip
    fix_table_digits(res, 9)
    rows = [r.cells for r in res.tables[0].table.rows]
    assert rows == [
        ["1.5.2", "Pengadaan Peralatan dan Mesin Lainnya", "59.862.594,00", "57.939.000,00", "96,79"],
        ["1.6", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "77.426.394,00", "77.422.634,00", "100,00"],
        ["1.6.1", "Penyediaan Jasa Surat Menyurat", "3.753.894,00", "3.753.450,00", "99,99"],
    ]
    assert sum("wrapped amount joined" in w for w in res.tables[0].table.warnings) == 4


def test_a_row_of_its_own_or_pieces_that_make_no_group_stay():
    res = page_with_table([
        ["1.", "Belanja Pegawai", "1.250.000,00", "1.100.000,00", "88,00"],
        ["", "", "4,00", "", ""],  # under a whole amount: nothing was cut
        ["2.", "Belanja Barang", "59.862.59", "57.939.00", "96,79"],
        ["", "Jasa", "4,00", "0,00", ""],  # a label of its own: a row, not the amounts' ends
        ["3.", "Belanja Modal", "59.862.5", "", ""],
        ["", "", "4,00", "", ""],  # "5" + "4" is no group of three
    ])  # fmt: skip
    fix_table_digits(res, 9)
    assert len(res.tables[0].table.rows) == 6
    assert not any("wrapped" in w for w in res.tables[0].table.warnings)
