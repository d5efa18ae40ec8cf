"""A page of a narrow table read as text between two parts of it (extract/stitch.py, captions.text_row_line): the
cell words of its rows run together into paragraphs with no sentence in them; the part below, with no header of
its own, still continues the table (the rows read as text are lost, so the table is read doubtfully), and the
untitled tables after it keep their numbers. A sentence, a title or a few short lines between still end it."""

from __future__ import annotations

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan"]
ROWS = [
    ["1", "Meningkatnya kemajuan desa", "Meningkatnya kemajuan desa", "PROGRAM PEMBERDAYAAN MASYARAKAT",
     "Koordinasi Kegiatan Pemberdayaan", "Peningkatan Partisipasi Masyarakat", "Jumlah Lembaga Kemasyarakatan"],
    ["", "", "", "", "", "Peningkatan Efektifitas Kegiatan", "Jumlah Laporan Peningkatan"],
    ["2", "Meningkatnya tata kelola", "Meningkatnya tata kelola", "PROGRAM PEMBINAAN DESA",
     "Fasilitasi, Rekomendasi dan Koordinasi", "Fasilitasi Tata Pemerintahan Desa", "Jumlah Dokumen Difasilitasi"],
]
#: the last part: no header of its own
PART = [
    ["3", "Penurunan gangguan ketentraman", "Penurunan gangguan ketentraman", "PROGRAM KOORDINASI KETENTRAMAN",
     "Koordinasi upaya penyelenggaraan", "Sinergitas dengan Kepolisian", "Jumlah Laporan Hasil Sinergitas"],
    ["", "", "", "", "Koordinasi penerapan dan penegakan", "Koordinasi/sinergi dengan Perangkat",
     "Jumlah Laporan Koordinasi"],
]
#: a page of rows read as text: the words of narrow cells, interleaved line by line
AS_TEXT = ["Fasili Jumlah tasi Dokume pengel n yang olaan Difasi keuang litasi",
           "an dalam desa rangka dan Pengel", "penday olaan agunaa Keuang n aset an desa Desa",
           "dan Penday agunaa n Aset Desa", "Fasili Jumlah tasi Dokume pelaks n anaan Fasili Pemili tasi",
           "han dalam Kepala rangka Desa Pelaks", "anaan Pemili", "han Kepala Desa"]


def _table(rows: list[list[str]], page: int, header: bool = False) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=header and k == 0) for k, r in enumerate(rows)],
                 page=page)


def _doc(between: list[str]) -> Document:
    blocks = [Paragraph(text="Cascading kinerja kecamatan disajikan sebagai berikut:", page=14),
              _table([HEAD, *ROWS], 15, header=True), *[Paragraph(text=t, page=16) for t in between],
              _table(PART, 17), Paragraph(text="Rencana strategis kecamatan memuat target lima tahun.", page=17),
              _table([["No", "Sasaran", "Indikator", "Target 2024"], ["1", "Meningkatnya kualitas", "IKM", "82"]],
                     18, header=True)]
    return Document(source_file="t", input_format="pdf", blocks=blocks)


def test_a_part_below_a_page_of_rows_read_as_text_continues_the_table():
    out = stitch_document(_doc(AS_TEXT))
    first = out.tables()[0]
    assert len(out.tables()) == 2
    assert [r.cells for r in first.rows[-2:]] == PART and first.rows[-1].page == 17
    assert first.doubt and "teks" in first.doubt
    assert not any(p.text in AS_TEXT for p in out.paragraphs())
    assert [ft.label for ft in find_tables(out)] == ["Tabel tanpa judul 1", "Tabel tanpa judul 2"]


def test_a_sentence_among_the_lines_ends_the_table():
    lines = [*AS_TEXT[:3], "Pembinaan desa dilakukan setiap bulan. Hasilnya dilaporkan kepada camat", *AS_TEXT[3:]]
    assert len(stitch_document(_doc(lines)).tables()) == 3


def test_a_bold_title_among_the_lines_ends_the_table():
    doc = _doc(AS_TEXT)
    doc.blocks[4] = doc.blocks[4].model_copy(update={"bold": True})
    assert len(stitch_document(doc).tables()) == 3
