"""A borderless table read as lines of text (extract/text_table.py): its bold header line over numbered rows still
counts as a table, so the uncaptioned tables after it keep their numbers ("Tabel tanpa judul 2" not read as 1);
it gives no records (its cells are lost) and is read doubtfully."""

from __future__ import annotations

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

ROWS = ["1. Sarana dan prasarana kantor Ruang pelayanan sempit dan Faktor Internal: Anggaran kecamatan kurang",
        "Faktor Eksternal: Harga peralatan kantor terus naik",
        "2. Ketenteraman dan ketertiban Masih terjadi gangguan Faktor Internal: Personil Satpol umum belum",
        "permukiman",
        "3. Pelayanan administrasi kepada Waktu penyelesaian layanan Faktor Internal: Jumlah petugas"]
CASCADING = [["No", "Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"],
             ["1", "Menciptakan wilayah aman", "Menurunnya gangguan", "PROGRAM KOORDINASI", "Koordinasi Upaya",
              "Sinergitas dengan Kepolisian"]]


def _doc(header_bold: bool = True, rows: list[str] = ROWS) -> Document:
    blocks = [Paragraph(text="Permasalahan utama dipetakan menjadi masalah, pokok masalah dan akar masalah:", page=2),
              Paragraph(text="No Masalah Pokok Masalah Akar Masalah", page=2, bold=header_bold),
              *[Paragraph(text=t, page=2) for t in rows],
              Paragraph(text="C. CASCADING KINERJA", page=3),
              Paragraph(text="Kinerja kecamatan diturunkan secara berjenjang sebagaimana tabel berikut.", page=3),
              Table(rows=[TableRow(cells=r, page=3, is_header=k == 0) for k, r in enumerate(CASCADING)], page=3)]
    return Document(source_file="t", input_format="pdf", blocks=blocks)


def test_a_table_read_as_text_keeps_its_place_among_the_untitled_tables():
    found = find_tables(stitch_document(_doc()))
    assert [ft.label for ft in found] == ["Tabel tanpa judul 1", "Tabel tanpa judul 2"]
    assert found[0].kind is TableKind.permasalahan and not found[0].body and found[0].table.doubt
    assert found[1].kind is TableKind.cascading


def test_header_words_in_plain_type_or_over_unnumbered_lines_are_text():
    assert [ft.label for ft in find_tables(stitch_document(_doc(header_bold=False)))] == ["Tabel tanpa judul 1"]
    unnumbered = [r.split(" ", 1)[1] if r[0].isdigit() else r for r in ROWS]
    assert [ft.label for ft in find_tables(stitch_document(_doc(rows=unnumbered)))] == ["Tabel tanpa judul 1"]


AMOUNT_ROWS = ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota 3.597.2 16.867",
               "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik 40.215.089",
               "Program Pembinaan dan Pengawasan Pemerintahan Desa 113.209.698", "Jumlah 3.818.6 76.950"]


def _amount_doc(rows: list[str], header: str = "Program Anggar an") -> Document:
    blocks = [Paragraph(text="Kecamatan mendapat dukungan anggaran sebagai berikut:", page=2),
              Paragraph(text=header, page=2, bold=True), Paragraph(text="(Rp.)", page=2, bold=True),
              *[Paragraph(text=t, page=2) for t in rows],
              Paragraph(text="Kinerja kecamatan diturunkan secara berjenjang sebagaimana tabel berikut.", page=3),
              Table(rows=[TableRow(cells=r, page=3, is_header=k == 0) for k, r in enumerate(CASCADING)], page=3)]
    return Document(source_file="t", input_format="pdf", blocks=blocks)


def test_a_table_of_names_and_amounts_read_as_text_keeps_its_place():
    """Its bold header line over rows each a name closed by an amount (a wrap cutting the amount's digits apart)."""
    found = find_tables(stitch_document(_amount_doc(AMOUNT_ROWS)))
    assert [ft.label for ft in found] == ["Tabel tanpa judul 1", "Tabel tanpa judul 2"]
    assert not found[0].body and found[0].table.doubt and found[1].kind is TableKind.cascading


def test_label_value_lines_under_a_bold_line_are_text():
    lines = ["SKPD : Kecamatan Contoh 1.234.567", "Jumlah Anggaran : 3.818.676.950"]
    assert [ft.label for ft in find_tables(stitch_document(_amount_doc(lines)))] == ["Tabel tanpa judul 1"]
    sentence = [r + "." for r in AMOUNT_ROWS]
    assert [ft.label for ft in find_tables(stitch_document(_amount_doc(sentence)))] == ["Tabel tanpa judul 1"]
