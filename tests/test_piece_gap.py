"""Pieces of one uncaptioned table a stitcher could not join count once among the uncaptioned tables
(extract/piece_gap.py, issue #12): a part repeating the header under a page of rows read as lines of cell words, a
part repeating a header whose first line was read as text above the first part, and a part under a table of nothing
but its header rows (the header at a page's foot, its body on the next page). Counted as tables of their own they
would renumber every uncaptioned table after them ("Tabel tanpa judul 3" read as 4)."""

from __future__ import annotations

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow

HEAD = ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Program", "Indikator Program",
        "Kegiatan", "Indikator Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan"]
ROW = ["1", "Meningkatnya kemajuan desa", "Persentase Desa Maju", "Meningkatnya kemajuan desa", "Persentase Desa",
       "PROGRAM PEMBERDAYAAN", "Persentase partisipasi", "Koordinasi Kegiatan", "Persentase usulan",
       "Peningkatan Partisipasi", "Jumlah Lembaga"]
ROW2 = ["2", "Menurunnya gangguan", "Persentase Penurunan", "Menurunnya gangguan", "Persentase Penurunan",
        "PROGRAM KOORDINASI", "Persentase penanganan", "Koordinasi upaya", "Persentase desa", "Sinergitas",
        "Jumlah Laporan"]
CELL_WORDS = ["Pendayaguna an Aset Desa", "Fasilitasi Jumlah pelaksanaan Dokumen Pemilihan Fasilitasi Kepala Desa",
              "rangka", "Pelaksanaan Pemilihan", "Kepala Desa Fasilitasi Jumlah", "Penyusunan Dokumen Peraturan yang",
              "Desa dan Difasilitasi Peraturan dalam", "Kepala Desa"]
PERMASALAHAN = Table(rows=[TableRow(cells=["No", "Masalah", "Pokok Masalah", "Akar Masalah"], page=9, is_header=True),
                           TableRow(cells=["1.", "Pelayanan", "Sarana", "Faktor Internal"], page=9)], page=9)


def _labels(blocks: list) -> list[str]:
    blocks = [*blocks, Paragraph(text="Permasalahan utama kecamatan disajikan berikut.", page=9), PERMASALAHAN]
    return [f.label for f in find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=blocks))]


def _cascading(page: int, head: list[list[str]], rows: list[list[str]]) -> Table:
    return Table(rows=[*(TableRow(cells=h, page=page, is_header=True) for h in head),
                       *(TableRow(cells=r, page=page) for r in rows)], page=page)


def test_a_part_repeating_the_header_under_rows_read_as_text_is_a_piece():
    blocks = [Paragraph(text="Cascading kinerja disajikan berikut.", page=7), _cascading(7, [HEAD], [ROW]),
              *(Paragraph(text=t, page=8) for t in CELL_WORDS), _cascading(8, [HEAD], [ROW2])]
    assert _labels(blocks) == ["Tabel tanpa judul 1", "Tabel tanpa judul 1", "Tabel tanpa judul 2"]


def test_a_part_under_running_text_repeating_the_header_is_a_table_of_its_own():
    text = [*CELL_WORDS[:5], "Tabel di atas menunjukkan cascading kinerja kecamatan tahun ini."]
    blocks = [Paragraph(text="Cascading kinerja disajikan berikut.", page=7), _cascading(7, [HEAD], [ROW]),
              *(Paragraph(text=t, page=8) for t in text), _cascading(8, [HEAD], [ROW2])]
    assert _labels(blocks) == ["Tabel tanpa judul 1", "Tabel tanpa judul 2", "Tabel tanpa judul 3"]


def test_a_part_repeating_a_header_whose_first_line_was_read_as_text_is_a_piece():
    line = "N Tujuan Indikat Sasaran Indikat Program Indikator Kegiatan Indikator Sub Indikator"
    rest = ["o", "", "or Tujuan", "", "or Sasaran", "", "Program", "", "Kegiatan", "Kegiatan", "Sub Kegiatan"]
    blocks = [Paragraph(text="Cascading kinerja disajikan berikut.", page=7), Paragraph(text=line, page=7),
              _cascading(7, [rest], [ROW]), _cascading(8, [HEAD], [ROW2])]
    assert _labels(blocks) == ["Tabel tanpa judul 1", "Tabel tanpa judul 1", "Tabel tanpa judul 2"]


CAPAIAN_TOP = ["No", "Sasaran", "", "Satuan", "Realisasi", "Tahun 2024", "", "Capaian"]
CAPAIAN_LOW = ["", "Uraian", "Indikator Kinerja", "", "", "Target", "Realisasi", ""]
CAPAIAN_ROWS = [["1", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", "75,95", "78,38",
                 "75,57", "96,41"],
                ["2", "Meningkatnya partisipasi", "Persentase partisipasi", "%", "69", "73", "73", "100"]]


def test_a_part_under_a_table_of_its_header_alone_is_a_piece():
    blocks = [Paragraph(text="Capaian kinerja disajikan berikut.", page=7),
              Table(rows=[TableRow(cells=CAPAIAN_TOP, page=7, is_header=True)], page=7),
              Paragraph(text="Tahun 2023 Tahun 2024", page=7),
              Table(rows=[TableRow(cells=CAPAIAN_LOW, page=8, is_header=True),
                          *(TableRow(cells=r, page=8) for r in CAPAIAN_ROWS)], page=8)]
    assert _labels(blocks) == ["Tabel tanpa judul 1", "Tabel tanpa judul 1", "Tabel tanpa judul 2"]


def test_a_table_under_a_table_with_a_body_is_a_table_of_its_own():
    blocks = [Paragraph(text="Capaian kinerja disajikan berikut.", page=7),
              Table(rows=[TableRow(cells=CAPAIAN_TOP, page=7, is_header=True),
                          TableRow(cells=CAPAIAN_ROWS[0], page=7)], page=7),
              Paragraph(text="Tahun 2023 Tahun 2024", page=7),
              Table(rows=[TableRow(cells=CAPAIAN_LOW, page=8, is_header=True),
                          *(TableRow(cells=r, page=8) for r in CAPAIAN_ROWS)], page=8)]
    assert _labels(blocks) == ["Tabel tanpa judul 1", "Tabel tanpa judul 2", "Tabel tanpa judul 3"]


def test_a_header_cut_from_its_body_by_a_page_break_is_joined_over_it():
    """The stitcher joins the table of header rows alone at a page's foot to the body opening the next page, the
    line of the header read as text between them spent (its years put back under the labels naming none,
    :mod:`lkjip.extract.header_years`): one table, its header whole (the Satuan column named)."""
    from lkjip.extract.stitch import stitch_document

    doc = Document(source_file="t.pdf", input_format="pdf", blocks=[
        Paragraph(text="Capaian kinerja disajikan berikut.", page=7),
        Table(rows=[TableRow(cells=CAPAIAN_TOP, page=7)], page=7),
        Paragraph(text="Tahun 2023 Tahun 2024", page=7, bold=True),
        Table(rows=[TableRow(cells=CAPAIAN_LOW, page=8, is_header=True),
                    *(TableRow(cells=r, page=8) for r in CAPAIAN_ROWS)], page=8)])
    blocks = stitch_document(doc).blocks
    tables = [b for b in blocks if isinstance(b, Table)]
    top = ["No", "Sasaran", "", "Satuan", "Realisasi Tahun 2023", "Tahun 2024", "", "Capaian Tahun 2024"]
    assert len(tables) == 1 and [r.cells for r in tables[0].rows] == [top, CAPAIAN_LOW, *CAPAIAN_ROWS]
    assert not any(isinstance(b, Paragraph) and b.text.startswith("Tahun 2023") for b in blocks)
