"""The rest of a row a page break cut, read at the next page's top with the row under it (extract/cut_row_rest.py,
through lkjip.extract.layout.stitch.stitch): a frame or band drawing no rule between the rest and the next row
runs them together on the next page's reading. The rest and the table's total row read as one row are cut apart;
a name the next page's reader set one row up, into the rest, goes back down to the row lacking it."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import stitch
from lkjip.extract.layout.words import Tail

HEAD = ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%", "INDIKATOR", "TARGET", "REALISASI", "%"]


def _part(rows: list[list[str]], page: int, header: bool = False) -> PageTable:
    table = Table(rows=[TableRow(cells=list(r), page=page, is_header=header and k == 0) for k, r in enumerate(rows)],
                  page=page, strategy="lines")
    edges = [51.0 + 80.0 * k for k in range(len(rows[0]) + 1)]
    return PageTable(table=table, col_edges=edges, top=57.0, bottom=530.0, x0=edges[0], x1=edges[-1],
                     tails=[Tail(c.split()[-1] if c else "", True) for c in rows[-1]])


ABOVE = [HEAD,
         ["3.1", "Koordinasi Kegiatan Pemberdayaan Desa", "Rp 86.274.547", "Rp 72.043.645", "83,51",
          "Persentase usulan pembangunan desa yang terfasilitasi", "100%", "100%", "100"],
         ["3.1.1", "Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat", "Rp 82.583.409", "Rp 68.352.507",
          "82,77", "Jumlah Desa yang didampingi kegiatan pemberdayaan", "8 Desa", "8 Desa", "100"],
         ["3.1.2", "Fasilitasi Penyusunan", "Rp", "Rp", "100,00", "Jumlah Profil Desa", "6", "6 Dokumen", "100"]]


def test_a_cut_rows_rest_read_with_the_total_row_is_cut_from_it():
    first = _part(ABOVE, 26, header=True)
    stitch(first, _part([["JUMLAH", "Profil Desa", "3.691.138 Rp 3.611.119.168", "3.691.138 Rp 3.222.551.213",
                          "89,24", "yang tersusun", "Dokumen", "", ""]], 27))
    rows = first.table.rows
    assert rows[-2].cells == ["3.1.2", "Fasilitasi Penyusunan Profil Desa", "Rp 3.691.138", "Rp 3.691.138", "100,00",
                              "Jumlah Profil Desa yang tersusun", "6 Dokumen", "6 Dokumen", "100"]
    assert rows[-1].cells == ["JUMLAH", "", "Rp 3.611.119.168", "Rp 3.222.551.213", "89,24", "", "", "", ""]


def test_a_total_row_under_a_whole_row_is_left_as_read():
    # nothing cut above: the total's cells are its own
    whole = [*ABOVE[:-1], ["3.1.2", "Fasilitasi Penyusunan Profil Desa", "Rp 3.691.138", "Rp 3.691.138", "100,00",
                           "Jumlah Profil Desa yang tersusun", "6 Dokumen", "6 Dokumen", "100"]]
    first = _part(whole, 26, header=True)
    total = ["JUMLAH", "", "Rp 3.611.119.168", "Rp 3.222.551.213", "89,24", "", "", "", ""]
    stitch(first, _part([total], 27))
    assert first.table.rows[-1].cells == total and first.table.rows[-2].cells == whole[-1]



def test_the_same_with_a_dotted_currency_sign():
    above = [*ABOVE[:-1], ["3.1.2", "Fasilitasi Penyusunan", "Rp.", "Rp.", "100,00", "Jumlah Profil Desa", "6",
                           "6 Dokumen", "100"]]
    first = _part(above, 26, header=True)
    stitch(first, _part([["JUMLAH", "Profil Desa", "3.691.138 Rp. 3.611.119.168", "3.691.138 Rp. 3.222.551.213",
                          "89,24", "yang tersusun", "Dokumen", "", ""]], 27))
    rows = first.table.rows
    assert rows[-2].cells[:4] == ["3.1.2", "Fasilitasi Penyusunan Profil Desa", "Rp. 3.691.138", "Rp. 3.691.138"]
    assert rows[-1].cells[:5] == ["JUMLAH", "", "Rp. 3.611.119.168", "Rp. 3.222.551.213", "89,24"]
    assert any("cut apart" in w for w in first.table.warnings)


def test_a_total_amount_under_a_column_not_cut_stays_the_totals():
    # only the realisasi column was cut: the anggaran cell under a whole amount is the total's own
    above = [*ABOVE[:-1], ["3.1.2", "Fasilitasi Penyusunan", "Rp 3.691.138", "Rp", "100,00", "Jumlah Profil Desa",
                           "6", "6 Dokumen", "100"]]
    first = _part(above, 26, header=True)
    stitch(first, _part([["JUMLAH", "Profil Desa", "Rp 3.611.119.168", "3.691.138 Rp 3.222.551.213", "89,24",
                          "yang tersusun", "Dokumen", "", ""]], 27))
    rows = first.table.rows
    assert rows[-2].cells[2:4] == ["Rp 3.691.138", "Rp 3.691.138"]
    assert rows[-1].cells[:5] == ["JUMLAH", "", "Rp 3.611.119.168", "Rp 3.222.551.213", "89,24"]


BUDGET = [["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"],
          ["1)", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Rp 4.066.142.023", "Rp 3.586.690.954", "88,21"],
          ["1)", "Administrasi Keuangan Perangkat Daerah", "Rp", "Rp", "87,91"]]
NEXT = [["1)", "", "Rp 3.406.513.392", "Rp 2.974.093.029", "87,31"],
        ["2)", "Pelaksanaan Penatausahaan Keuangan SKPD", "Rp 82.825.614", "Rp 82.825.614", "100,00"],
        ["3)", "Koordinasi dan Penyusunan Laporan Keuangan", "Rp 8.377.022", "Rp 7.457.914", "89,03"]]


def test_a_name_read_into_the_rest_of_a_cut_row_goes_back_to_the_row_under_it():
    first = _part(BUDGET, 8, header=True)
    stitch(first, _part([["", "Penyediaan Gaji dan Tunjangan ASN", "3.583.978.618", "3.150.639.147", ""], *NEXT], 9))
    rows = first.table.rows
    assert rows[2].cells == ["1)", "Administrasi Keuangan Perangkat Daerah", "Rp 3.583.978.618", "Rp 3.150.639.147",
                             "87,91"]
    assert rows[3].cells == ["1)", "Penyediaan Gaji dan Tunjangan ASN", "Rp 3.406.513.392", "Rp 2.974.093.029", "87,31"]


def test_the_rest_of_a_name_over_a_row_with_its_own_name_stays_in_the_cut_row():
    first = _part(BUDGET, 8, header=True)
    named = [["1)", "Penyediaan Gaji dan Tunjangan ASN", "Rp 3.406.513.392", "Rp 2.974.093.029", "87,31"], *NEXT[1:]]
    stitch(first, _part([["", "dan Aset", "3.583.978.618", "3.150.639.147", ""], *named], 9))
    assert first.table.rows[2].cells[1] == "Administrasi Keuangan Perangkat Daerah dan Aset"
    assert first.table.rows[3].cells == named[0]


def test_a_name_goes_down_in_a_table_whose_amounts_wrap_onto_rows_of_their_own_and_that_ends_with_a_total():
    # narrow amount columns: each amount's last digits stand on a row of their own, keyless and nameless; the
    # total row prints no name: neither makes the name column one that rows may lack
    above = [BUDGET[0], ["3.", "Pemeliharaan Peralatan dan Mesin Lainnya", "90.62", "90.46", "99,83"],
             ["", "", "1.105", "5.674", ""],
             ["4.", "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "21.58", "21.58", "100,00"]]
    first = _part(above, 5, header=True)
    below = [["", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "0.224", "0.224", ""],
             ["2.", "", "72.96", "71.31", "97,74"], ["", "", "8.922", "6.763", ""],
             ["1", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan", "72.96", "71.31", "97,74"],
             ["JUMLAH", "", "5.155.593.476", "4.545.215.296", "88,16"]]
    stitch(first, _part(below, 6))
    rows = first.table.rows
    assert rows[3].cells[1] == "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya"
    assert rows[4].cells[:2] == ["2.", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"]
