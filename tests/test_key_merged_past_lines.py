"""A part of a table on the next page read with its number column merged into the next one ("3 Mewujudkan …"),
with the rest of the last cell above read as a line of text between the parts: the number is split off and the
part continues the table, as it does with nothing between (extract/stitch.py, extract/key_merged.py)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Tujuan", "Sasaran", "Program", "Sub Kegiatan", "Indikator Sub Kegiatan"]
TOP = [["1", "Meningkatkan kualitas pelayanan", "Meningkatnya kualitas pelayanan", "PROGRAM PENYELENGGARAAN",
        "Peningkatan Efektivitas Layanan", "Jumlah Laporan Layanan"],
       ["2", "Menciptakan wilayah aman", "Menurunnya gangguan umum", "PROGRAM KOORDINASI",
        "Koordinasi Penerapan dan Penegakan Peraturan Daerah", "Jumlah Laporan Koordinasi"]]
MERGED = [["3 Mewujudkan tata kelola desa", "Meningkatnya kualitas desa", "PROGRAM PEMBINAAN",
           "Fasilitasi Administrasi Desa", "Jumlah Dokumen"],
          ["", "", "", "Fasilitasi Penyusunan Profil", "Jumlah Rancangan"]]


def test_past_a_line_of_a_cell_the_part_with_its_number_merged_continues_the_table():
    doc = Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="Tabel 1.2 Cascading Kinerja", page=3),
        Table(rows=[TableRow(cells=r, page=3, is_header=k == 0) for k, r in enumerate([HEAD, *TOP])], page=3),
        Paragraph(text="dan Fungsinya di Bidang Penegakan Peraturan", page=4),
        Table(rows=[TableRow(cells=r, page=4) for r in MERGED], page=4)])
    (table,) = stitch_document(doc).tables()
    assert table.rows[3].cells[:2] == ["3", "Mewujudkan tata kelola desa"]
