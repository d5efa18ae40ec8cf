"""A piece of an uncaptioned table that no stitcher could join, under a row of the table read as one long line of
text (no sentence): still a piece of the table above, so the uncaptioned tables after it keep their numbers
(issue #12)."""

from __future__ import annotations

from conftest import CASCADING_HEAD

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow

HEAD = CASCADING_HEAD
ROW = ["1", "Meningkatnya kemajuan desa", "Persentase Desa Maju", "Meningkatnya kemajuan desa", "Persentase Desa",
       "PROGRAM PEMBERDAYAAN", "Persentase partisipasi", "Koordinasi Kegiatan", "Persentase usulan",
       "Peningkatan Partisipasi", "Jumlah Lembaga"]
TEXT_ROW = ("Meningk Persenta Meningk Persenta PROGRAM Persentase Fasilitasi, Persentase Fasilitasi Tata Jumlah atnya "
            "se desa atnya se desa PEMBINAAN desa Rekomendasi pembinaan Pemerintahan Dokumen yang tata kelola")


def _labels(gap: str) -> list[str]:
    blocks = [Paragraph(text="Cascading kinerja disajikan berikut.", page=7),
              Table(rows=[TableRow(cells=HEAD, page=7, is_header=True), TableRow(cells=ROW, page=7)], page=7),
              Paragraph(text=gap, page=7),
              Table(rows=[TableRow(cells=["", "", "", "", "Fasilitasi pelaksanaan", "Jumlah Dokumen"], page=8),
                          TableRow(cells=["", "", "", "", "Fasilitasi Penyusunan", "Jumlah Dokumen"], page=8)],
                    page=8),
              Paragraph(text="Renstra memuat target berikut.", page=9),
              Table(rows=[TableRow(cells=["No", "Masalah", "Pokok Masalah", "Akar Masalah"], page=9, is_header=True),
                          TableRow(cells=["1.", "Pelayanan", "Sarana", "Faktor Internal"], page=9)], page=9)]
    return [f.label for f in find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=blocks))]


def test_a_piece_under_a_row_read_as_text_keeps_the_tables_name():
    assert _labels(TEXT_ROW) == ["Tabel tanpa judul 1", "Tabel tanpa judul 1", "Tabel tanpa judul 2"]


def test_a_piece_under_running_text_is_a_table_of_its_own():
    sentence = ("Tabel di atas menunjukkan cascading kinerja kecamatan. " * 4).strip()
    assert _labels(sentence) == ["Tabel tanpa judul 1", "Tabel tanpa judul 2", "Tabel tanpa judul 3"]
