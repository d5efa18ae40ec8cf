"""A misread must not look like a contradiction (issue #12 item 5): amounts a narrow column wrapped, read back
whole by the records stage instead of as rows of their own under a parent that no longer adds up.

- money printed with cents whose second cent digit wrapped onto a line of its own ("56.161.476,0" / "0");
- an amount wrapped over three lines ("105.94" / "3.384," / "00", "99.198" / ".370,0" / "0");
- an amount of a Tabel 3.4-style row whose last thousands group wrapped alone (".038,-") under a head that
  reads whole by itself ("96.630").
"""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.classify import TableKind
from lkjip.extract.records import Sink, budget_lines, performance

_found = found_table



def test_a_second_cent_digit_wrapped_onto_a_line_of_its_own_joins_its_amount():
    ft = _found([["Program", "Anggaran", "Realisasi", "%"],
                 ["Program Penunjang Urusan Pemerintahan", "2.805.440.172,00", "2.624.608.209,00", "93,55 %"],
                 ["Program Koordinasi Ketenteraman dan Ketertiban", "56.161.476,0", "53.178.473,0", "94,69 %"],
                 ["", "0", "0", ""],
                 ["Program Pembinaan dan Pengawasan Pemerintahan Desa", "127.102.824,00", "125.215.425,00", "98,52 %"],
                 ["Total", "2.988.704.472,00", "2.803.002.107,00", "93,79 %"]],
                "Tabel 3.6 Realisasi Anggaran Tahun 2023")
    assert ft.kind is TableKind.budget
    lines = budget_lines(ft, Sink())
    assert [(b.anggaran, b.realisasi) for b in lines] == [
        (D("2805440172.00"), D("2624608209.00")), (D("56161476.00"), D("53178473.00")),
        (D("127102824.00"), D("125215425.00")), (D("2988704472.00"), D("2803002107.00"))]


def test_an_amount_wrapped_over_three_lines_is_one_amount():
    ft = _found([["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"],
                 ["4.", "Administrasi Umum Perangkat Daerah", "105.94", "99.198", "93,63"],
                 ["", "", "3.384,", ".370,0", ""],
                 ["", "", "00", "0", ""],
                 ["1.", "Penyediaan Komponen Instalasi Listrik", "2.167.489,00", "2.166.500,00", "99,95"]],
                "Tabel 3.7 Penyerapan Anggaran per Kegiatan Tahun 2022")
    lines = budget_lines(ft, Sink())
    assert [(b.nomor, b.anggaran, b.realisasi) for b in lines] == [
        ("4.", D("105943384.00"), D("99198370.00")), ("1.", D("2167489.00"), D("2166500.00"))]


def test_a_last_thousands_group_wrapped_alone_joins_the_head_that_reads_whole():
    ft = _found([["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Anggaran (Rp)",
                  "Realisasi (Rp)", "% Penyerapan"],
                 ["Menurunnya gangguan ketenteraman", "Persentase penanganan gangguan", "87", "87", "100",
                  "104.22", "96.630", "92,71"],
                 ["dan ketertiban umum", "ketenteraman dan ketertiban umum", "", "", "", "7.366,-", ".038,-", ""]],
                "Tabel 3.4 Capaian Kinerja dan Anggaran Tahun 2024")
    assert ft.kind is TableKind.kinerja_anggaran
    (p,) = performance(ft, Sink(), 2024)
    assert (p.anggaran, p.realisasi_anggaran) == (D(104227366), D(96630038))


def test_rows_holding_nothing_but_the_pieces_of_cut_amounts_join_the_row_above():
    ft = _found([["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Anggaran (Rp)",
                  "Realisasi (Rp)", "% Penyerapan"],
                 ["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat (IKM)", "83,04", "83,04", "100",
                  "136.", "120.", "88,50"],
                 ["", "", "", "", "", "701.", "981.", ""],
                 ["", "", "", "", "", "253, -", "107, -", ""],
                 ["Menurunnya gangguan ketenteraman", "Persentase penanganan gangguan", "82", "82", "100",
                  "56.161.476,-", "53.178.473,-", "94,69"]],
                "Tabel 3.4 Capaian Kinerja dan Anggaran Tahun 2023")
    rows = performance(ft, Sink(), 2023)
    assert [(p.indikator, p.anggaran, p.realisasi_anggaran) for p in rows] == [
        ("Indeks Kepuasan Masyarakat (IKM)", D(136701253), D(120981107)),
        ("Persentase penanganan gangguan", D(56161476), D(53178473))]
