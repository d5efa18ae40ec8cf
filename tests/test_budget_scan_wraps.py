"""A scanned budget table with a narrow amount column: its number column's header misread as one short word (a
side bar read as a letter glued to "No": "Ino") still gives the rows' keys (records_out_name.unlabelled_key_column);
a row whose amounts wrapped, one of them made whole by its wrapped piece and the other not (the scan lost a
separator: "21071" over "51.225"), is one row, that amount kept raw, never a value (records_spill)."""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.records import Sink, budget_lines

HEAD = [["Ino", "URAIAN", "ANGGARAN", "", ""], ["", "", "ANGGARAN", "REALISASI", "%"]]
BODY = [
    ["", "BELANJA LANGSUNG", "2.662.394.679", "2.508.522.923", "94,22"],
    ["a.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "2.525.442.492", "2.371.586.698", "93,91"],
    ["a.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", "10.819.887", "10.818.075", "99,98"],
    ["a.", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "1.101.285", "1.101.050", "99,98"],
    ["b.", "Koordinasi dan Penyusunan Laporan Keuangan", "4.423.5", "4.423.2", "99,99"],
    ["", "Akhir Tahun SKPD", "37", "75", ""],
    ["c.", "Koordinasi dan Penyusunan Laporan Bulanan", "2.10.51", "1.965.1", "93,26"],
    ["", "Semesteran SKPD", "225", "37.918", ""],
    ["JUMLAH", "", "2.662.394.679", "2.508.522.923", "94,22"],
]


def _lines():
    return budget_lines(found_table([*HEAD, *BODY], "Tabel 3.7 Penyerapan Anggaran"), Sink())


def test_a_short_misread_number_header_over_row_keys_gives_the_keys():
    assert [line.nomor for line in _lines()[1:5]] == ["a.", "a.", "a.", "b."]


def test_a_wrapped_row_whose_amounts_join_is_one_row():
    row = _lines()[4]
    assert (row.uraian, row.anggaran, row.realisasi) == (
        "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD", D(4423537), D(4423275))


def test_an_amount_that_lost_a_separator_stays_raw_when_the_other_joins():
    lines = _lines()
    row = lines[5]
    assert row.uraian == "Koordinasi dan Penyusunan Laporan Bulanan Semesteran SKPD"
    assert (row.anggaran, row.realisasi) == (None, D(1965137918))
    assert len(lines) == 7 and lines[-1].uraian.upper() == "JUMLAH"
