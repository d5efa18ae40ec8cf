"""A word of a justified cell set apart as a column of its own ("PEMBINAAN        DAN") in a part of a table read
on a page of its own: the part has one column more than the table above, that column holding the one word. The
part is read without it, the word put back between the two words the document prints it between, and the part
continues the table (lkjip.extract.lone_word, called by lkjip.extract.stitch)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Tujuan", "Program", "Indikator Program", "Kegiatan"]
ABOVE = [["1", "Meningkatkan kualitas pelayanan", "PROGRAM PENYELENGGARAAN PEMERINTAHAN", "Persentase layanan",
          "Penyelenggaraan Urusan"],
         ["", "", "", "", "Koordinasi Pemeliharaan Prasarana"]]
PART = [["", "", "", "", "", "Fasilitasi Penyusunan Profil Desa"],
        ["3", "Mewujudkan tata kelola desa", "PROGRAM PEMBINAAN PENGAWASAN PEMERINTAHAN DESA", "DAN",
         "Persentase desa yang dibina", "Fasilitasi Administrasi Desa"],
        ["", "", "", "", "", "Fasilitasi Pengelolaan Keuangan Desa"]]


def _doc() -> Document:
    above = Table(rows=[TableRow(cells=HEAD, page=3, is_header=True), *(TableRow(cells=c, page=3) for c in ABOVE)],
                  page=3)
    part = Table(rows=[TableRow(cells=c, page=4) for c in PART], page=4)
    said = Paragraph(text="Program Pembinaan dan Pengawasan Pemerintahan Desa dijalankan oleh seksi.", page=9)
    return Document(source_file="t.pdf", input_format="pdf", blocks=[above, part, said])


def test_a_word_set_apart_as_a_column_goes_back_and_the_part_continues_the_table():
    doc = stitch_document(_doc())
    (table,) = doc.tables()
    assert table.n_cols == 5 and len(table.rows) == 6
    assert table.rows[4].cells == ["3", "Mewujudkan tata kelola desa", "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
                                   "Persentase desa yang dibina", "Fasilitasi Administrasi Desa"]
    assert table.rows[3].cells[4] == "Fasilitasi Penyusunan Profil Desa"



def test_a_part_pages_away_keeps_its_column():
    # review: a word set apart is looked for only in a part that may continue the table (on its page or the next,
    # no header of its own), as every other reading of a continuation is
    above = Table(rows=[TableRow(cells=HEAD, page=3, is_header=True), *(TableRow(cells=c, page=3) for c in ABOVE)],
                  page=3)
    far = Table(rows=[TableRow(cells=c, page=9) for c in PART], page=9)
    doc = stitch_document(Document(source_file="t.pdf", input_format="pdf", blocks=[above, far]))
    assert [t.n_cols for t in doc.tables()] == [5, 6]
