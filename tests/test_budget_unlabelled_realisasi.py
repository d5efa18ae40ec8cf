"""A budget table part whose header prints only the group label "ANGGARAN" spanning three columns, the lower row
(anggaran | realisasi | %) not repeated: the two unlabelled columns right of the anggaran column are read as
realisasi and % where their values confirm it (the third is the second's percent of the first, row by row),
and left unread where they do not (records_unlabelled_money)."""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.records import Sink, budget_lines

HEAD = ["NO", "URAIAN", "ANGGARAN", "", ""]
BODY = [
    ["", "BELANJA LANGSUNG", "2.418.930.500,00", "2.301.556.210,00", "95,15"],
    ["A.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "1.204.880.000,00", "1.198.310.450,00", "99,45"],
    ["1", "Penyusunan Dokumen Perencanaan", "-", "-", "0,00"],
    ["2", "Penyediaan Gaji dan Tunjangan ASN", "874.120.300", "874.120.300", "100,00"],
    ["3", "Pengadaan Peralatan Kantor", "330.759.700,00", "324.190.150,00", "98,01"],
]


def _lines(body):
    return budget_lines(found_table([HEAD, *body], "Tabel 3.7 Penyerapan Anggaran per Kegiatan"), Sink())


def test_unlabelled_columns_confirmed_by_their_percent_are_realisasi_and_percent():
    lines = _lines(BODY)
    assert (lines[0].anggaran, lines[0].realisasi, lines[0].persen) == (D("2418930500"), D("2301556210"), D("95.15"))
    assert (lines[3].realisasi, lines[3].persen) == (D(874120300), D(100))


def test_unlabelled_columns_whose_percent_does_not_follow_stay_unread():
    body = [[*r[:4], "12,5"] for r in BODY]
    lines = _lines(body)
    assert all(line.realisasi is None and line.persen is None for line in lines)
