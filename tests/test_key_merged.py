"""A part of a table read with its number column merged into the column after it (extract/key_merged.py): the
number is split off again, and the part continues the table above."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Tujuan", "Sasaran", "Program", "Sub Kegiatan", "Indikator Sub Kegiatan"]
TOP = [["1", "Meningkatkan kualitas pelayanan", "Meningkatnya kualitas pelayanan", "PROGRAM PENYELENGGARAAN",
        "Peningkatan Efektivitas Layanan", "Jumlah Laporan Layanan"],
       ["", "", "", "", "Pelaksanaan Pelayanan", "Jumlah Berkas Layanan"]]
MERGED = [["", "", "", "Pelaksanaan Urusan Pemerintahan", "Jumlah Rekomendasi"],
          ["2 Meningkatkan keberdayaan desa", "Meningkatnya partisipasi", "PROGRAM PEMBERDAYAAN",
           "Peningkatan Partisipasi", "Jumlah Lembaga"]]


def _doc(part: list[list[str]]) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="Tabel 1.2 Cascading Kinerja", page=3),
        Table(rows=[TableRow(cells=r, page=3, is_header=k == 0) for k, r in enumerate([HEAD, *TOP])], page=3),
        Table(rows=[TableRow(cells=r, page=3) for r in part], page=3)])


def test_a_part_with_its_number_read_into_the_first_cell_continues_the_table():
    (table,) = stitch_document(_doc(MERGED)).tables()
    assert [r.cells for r in table.rows[3:]] == [
        ["", "", "", "", "Pelaksanaan Urusan Pemerintahan", "Jumlah Rekomendasi"],
        ["2", "Meningkatkan keberdayaan desa", "Meningkatnya partisipasi", "PROGRAM PEMBERDAYAAN",
         "Peningkatan Partisipasi", "Jumlah Lembaga"]]


def test_a_part_whose_first_cells_hold_no_number_is_not_split():
    # no number split off its first cell: the part (its empty number column not read) is laid over the columns
    # of the table by the words they share (extract.part_words), its first column under "Tujuan"
    plain = [MERGED[0], ["Meningkatkan keberdayaan desa", *MERGED[1][1:]]]
    (table,) = stitch_document(_doc(plain)).tables()
    assert table.rows[-1].cells == ["", *plain[1]]
