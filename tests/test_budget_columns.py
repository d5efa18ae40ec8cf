"""Budget table columns (issue #13): an amount printed a little right of its column falls in a column
without a header of its own, and a percent column of another year is not this year's."""

from __future__ import annotations

from decimal import Decimal as D

from test_budget_docs import doc_of, extract

HEAD = ["U R A I A N", "CAPAIAN KINERJA (%) th 2029", "TARGET ANGGARAN th 2030", "REALISASI ( Rp.) Th 2030", "",
        "CAPAIAN KINERJA (%) th 2030"]


def _lines(rows):
    r = extract(doc_of("LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2030", [HEAD, *rows]))
    return {b.uraian: b for b in r.budget_lines}


def test_an_amount_in_the_headerless_column_right_of_its_own_is_read_for_it():
    lines = _lines([["Belanja Pegawai", "95.00 %", "1.000.000,-", "", "900.000,-", "90.00 %"],
                    ["Belanja Barang", "91.00 %", "2.000.000,-", "1.500.000,-", "", "75.00 %"]])
    assert (lines["Belanja Pegawai"].anggaran, lines["Belanja Pegawai"].realisasi) == (D(1000000), D(900000))
    assert lines["Belanja Barang"].realisasi == D(1500000)


def test_the_percent_of_another_year_is_not_this_years():
    lines = _lines([["Belanja Pegawai", "95.00 %", "1.000.000,-", "900.000,-", "", "90.00 %"]])
    assert lines["Belanja Pegawai"].persen == D(90)


def test_a_headed_column_is_never_a_spill_column():
    head = ["Uraian", "Anggaran", "Realisasi", "Sisa"]
    r = extract(doc_of("LAPORAN KINERJA TAHUN 2030", [head, ["Belanja Pegawai", "1.000.000", "", "100.000"]]))
    (b,) = r.budget_lines
    assert (b.realisasi, b.sisa) == (None, D(100000))
