"""A budget table with output columns whose header lost its upper row (read as a line of text above the table:
"NO URAIAN ANG OUTPUT/KELUARAN GAR"): the lower row names the output's columns with the budget's own words
("URAIAN | TARGET | REALISASI | %" right of "ANGGARAN | REALISASI | %") and the number column has no label.
The output's columns are still the output's (records_out_name.outputs_without_group), the names come from the
text column left of the amounts, and the keys from the unlabelled column of row keys (unlabelled_key_column)."""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.records import Sink, budget_lines

LOWER = ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI", "%"]
BODY = [
    ["", "BELANJA LANGSUNG", "2.930.819.354", "2.891.664.670", "98,66", "", "", "", ""],
    ["I.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "2.634.746.919", "2.614.438.933", "99,23",
     "Persentase layanan penunjang urusan", "100%", "100%", "100"],
    ["I.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", "98.611.728", "95.864.907", "97,21",
     "Persentase dokumen perencanaan", "100%", "94,4%", "94,4"],
    ["I.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "5.281.947", "5.272.274", "99,82",
     "Jumlah Dokumen Perencanaan yang tersusun", "1 Dokumen", "1 Dokumen", "100"],
    ["II.", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", "15.555.146", "13.475.105", "86,63",
     "Jumlah Dokumen RKA-SKPD yang tersusun", "1 Dokumen", "1 Dokumen", "100"],
    ["JUMLAH", "", "2.930.819.354", "2.891.664.670", "98,66", "", "", "", ""],
]


def _lines():
    return budget_lines(found_table([LOWER, *BODY], "Lampiran 3 Pelaksanaan Program dan Kegiatan"), Sink())


def test_output_columns_named_like_the_budgets_are_the_outputs():
    lines = _lines()
    assert [line.uraian for line in lines[1:3]] == ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
                                                   "Perencanaan, Penganggaran, dan Evaluasi Kinerja"]
    third = lines[3]
    assert (third.output_uraian, third.output_target, third.output_realisasi, third.output_persen) == (
        "Jumlah Dokumen Perencanaan yang tersusun", D(1), D(1), D(100))
    assert (third.anggaran, third.realisasi, third.persen) == (D(5281947), D(5272274), D("99.82"))


def test_the_unlabelled_column_of_row_keys_gives_the_numbers():
    assert [line.nomor for line in _lines()[1:5]] == ["I.", "I.", "I.", "II."]


def test_a_table_whose_header_names_the_output_group_reads_as_before():
    upper = ["NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN", "", "", ""]
    ft = found_table([upper, LOWER, *BODY], "Lampiran 3 Pelaksanaan Program dan Kegiatan")
    lines = budget_lines(ft, Sink())
    assert lines[3].output_uraian == "Jumlah Dokumen Perencanaan yang tersusun" and lines[3].nomor == "I."
