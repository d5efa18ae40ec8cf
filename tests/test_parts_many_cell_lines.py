"""A long table whose page was read as a column of short lines (the cell words of a narrow cascading table a scan's
reader could not cut into cells), a part with no header of its own under them (issue #12, scan of draw 100006).
Past three short lines the stitcher took the lines for a title or an address and left the part as a table of its
own: "Tabel tanpa judul 3", every later uncaptioned table numbered one too many. Six short lines or more are no
title: the part continues the table (lkjip.extract.stitch). Four short lines (an address) still end it.

A table of amounts of money read without its header (its header run into its first row) under a table of
indicators that holds none is a table of its own, not a piece of it (lkjip.extract.pieces): it keeps its number.
"""

from __future__ import annotations

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Program", "Indikator Program",
        "Kegiatan", "Indikator Kegiatan", "Sub Kegiatan"]
ROW = ["1", "Menciptakan wilayah aman", "Persentase penanganan", "Menurunnya gangguan", "Persentase penanganan",
       "PROGRAM KOORDINASI", "Persentase gangguan", "Koordinasi Upaya", "Persentase desa", "Sinergitas dengan Polri"]
PART = [["", "", "", "", "", "", "", "", "Fasilitasi Penyusunan Peraturan Desa", "Jumlah Dokumen"],
        ["3", "Menguatkan peran lembaga", "Persentase lembaga", "Meningkatnya keaktifan", "Persentase lembaga",
         "PROGRAM PEMBERDAYAAN", "Persentase lembaga", "Fasilitasi Kegiatan", "Persentase PKK", "Fasilitasi PKK"]]
CELL_LINES = ["Fasilitasi Jumlah", "Pengelola Dokumen en", "Keuangan Keuang Desa an", "Desa yang", "difasilitasi",
              "dan", "Pendayag unaan", "Aset Desa"]


def _doc(lines: list[str]) -> Document:
    blocks = [Table(rows=[TableRow(cells=HEAD, page=3, is_header=True), TableRow(cells=ROW, page=3)], page=3),
              *(Paragraph(text=t, page=4) for t in lines),
              Table(rows=[TableRow(cells=list(r), page=5) for r in PART], page=5)]
    return Document(source_file="t.pdf", input_format="pdf", blocks=blocks)


def test_a_part_under_many_short_cell_lines_continues_the_table():
    (table,) = stitch_document(_doc(CELL_LINES)).tables()
    assert len(table.rows) == 4 and table.rows[-1].cells[0] == "3"


def test_a_part_under_a_four_line_address_stays_apart():
    lines = ["Kecamatan", "Sukamaju", "Kabupaten", "Lembah Hijau"]
    assert len(stitch_document(_doc(lines)).tables()) == 2


SASARAN = [["No.", "Sasaran", "Indikator", "Target"], ["1", "Menurunnya gangguan", "Persentase penanganan", "76%"],
           ["2", "Meningkatnya kualitas", "Persentase desa", "79 %"]]
BUDGET = [["Program Program Penunjang Urusan Pemerintahan", "Anggaran (Rp.) 2.542.633.198,00"],
          ["Program Koordinasi Ketenteraman", "214.621.638,00"], ["Jumlah", "2.942.594.125,00"]]
CAPAIAN = [["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian"],
           ["1", "Menurunnya gangguan", "Persentase penanganan", "%", "76", "75", "98,68"]]


def _labels(second: list[list[str]]) -> list[str]:
    def table(rows: list[list[str]], page: int, header: bool = True) -> Table:
        return Table(rows=[TableRow(cells=r, page=page, is_header=header and k == 0) for k, r in enumerate(rows)],
                     page=page)
    blocks = [table(SASARAN, 6), table(second, 6, header=False), Paragraph(text="Capaian kinerja sebagai berikut:", page=7),
              table(CAPAIAN, 7)]
    return [f.label for f in find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=blocks))]


def test_a_table_of_amounts_read_without_its_header_keeps_its_own_number():
    assert _labels(BUDGET) == ["Tabel tanpa judul 1", "Tabel tanpa judul 2", "Tabel tanpa judul 3"]


def test_a_headerless_piece_without_amounts_is_still_a_piece():
    piece = [["3", "Meningkatnya keaktifan lembaga", "Persentase lembaga kemasyarakatan", "74 %"]]
    assert _labels(piece) == ["Tabel tanpa judul 1", "Tabel tanpa judul 1", "Tabel tanpa judul 2"]
