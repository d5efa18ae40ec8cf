"""The rest of a table's last row, cut by a page break and read as lines of text at the top of the next page, is
joined back to the cell it finishes (:mod:`lkjip.extract.cell_rest`, run by :func:`stitch_document`)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

PERMASALAHAN = [["No", "Masalah", "Pokok Masalah", "Akar Masalah"],
                ["1.", "Ketenteraman dan ketertiban umum belum sepenuhnya terjaga",
                 "Masih terjadi gangguan keamanan di lingkungan permukiman",
                 "Faktor Internal: Personil Satpol PP di kecamatan terbatas Faktor Eksternal: Kesadaran warga rendah"],
                ["2.", "Pelayanan administrasi kepada masyarakat belum optimal",
                 "Waktu penyelesaian layanan sering melebihi standar",
                 "Faktor Internal: Jumlah petugas loket belum sebanding dengan jumlah pemohon Faktor Eksternal: "
                 "Jaringan aplikasi layanan dari dinas teknis sering terputus"],
                ["3.", "Tata kelola pemerintahan desa belum tertib",
                 "Laporan pertanggungjawaban dana desa sering terlambat",
                 "Faktor Internal: Pendampingan aparatur desa oleh kecamatan belum rutin Faktor"]]


def _table(rows: list[list[str]], bbox=(57.0, 600.0, 528.0, 778.0), page: int = 2) -> Table:
    return Table(rows=[TableRow(cells=c, page=page, bbox=(bbox[0], 0, bbox[2], 0), is_header=i == 0)
                       for i, c in enumerate(rows)], page=page, bbox=bbox)


def _doc(*blocks) -> Document:
    return Document(source_file="t.pdf", input_format="pdf", blocks=list(blocks))


def _para(text: str, bbox, page: int = 3, lines: list[str] | None = None, bold: bool = False) -> Paragraph:
    return Paragraph(text=text, bbox=bbox, page=page, lines=lines or [text], bold=bold)


def test_the_rest_of_the_last_cell_atop_the_next_page_finishes_it_and_leaves_the_text():
    rest = _para("Eksternal: Kapasitas perangkat desa dalam administrasi keuangan beragam", (390, 59, 528, 80),
                 lines=["Eksternal: Kapasitas perangkat desa", "dalam administrasi keuangan beragam"])
    heading = _para("C. CASCADING KINERJA", (57, 100, 171, 110))
    doc = stitch_document(_doc(_table(PERMASALAHAN), rest, heading))
    table, after = doc.blocks
    assert table.rows[-1].cells[3] == ("Faktor Internal: Pendampingan aparatur desa oleh kecamatan belum rutin Faktor "
                                       "Eksternal: Kapasitas perangkat desa dalam administrasi keuangan beragam")
    assert table.rows[-1].cells[:3] == PERMASALAHAN[-1][:3]
    assert after.text == "C. CASCADING KINERJA"


def test_a_word_the_narrow_column_broke_is_glued_back_in_the_column_the_lines_stand_in():
    rows = [["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"],
            ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", "Nilai", "82", "83", "101"],
            ["2", "Meningkatnya keaktifan lembaga kemasyarakatan desa", "Persentase lembaga kemasyarakat", "%",
             "72", "70", "97,22"]]
    rest = [_para("an desa yang", (398, 43, 437, 50)), _para("aktif", (398, 51, 417, 58))]
    doc = stitch_document(_doc(_table(rows, bbox=(46.0, 446.0, 781.0, 543.0), page=5), *[
        p.model_copy(update={"page": 6}) for p in rest]))
    (table,) = doc.blocks
    assert table.rows[-1].cells[2] == "Persentase lembaga kemasyarakatan desa yang aktif"
    assert table.rows[-1].cells[1] == rows[-1][1]


def test_text_of_the_page_a_heading_or_lines_on_the_same_page_are_no_rest_of_a_cell():
    body = _para("Kinerja Kecamatan diturunkan secara berjenjang", (57, 59, 523, 80))
    bold = _para("PELAKSANAAN PROGRAM", (300, 59, 480, 70), bold=True)
    same_page = _para("terputus", (449, 780, 484, 790), page=2)
    for p in (body, bold, same_page):
        doc = stitch_document(_doc(_table(PERMASALAHAN), p))
        assert doc.blocks[0].rows[-1].cells == PERMASALAHAN[-1] and len(doc.blocks) == 2


def test_a_table_read_without_boxes_is_left_as_read():
    table = _table(PERMASALAHAN).model_copy(update={"bbox": None})
    doc = stitch_document(_doc(table, Paragraph(text="Eksternal: Kapasitas perangkat desa", page=3)))
    assert len(doc.blocks) == 2 and doc.blocks[0].rows[-1].cells == PERMASALAHAN[-1]


def test_the_rest_between_two_parts_finishes_the_cut_cell_instead_of_being_dropped():
    rows = [["No", "Sasaran", "Indikator", "Target"],
            ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", "82 %"],
            ["2", "Meningkatnya tata kelola pemerintahan desa", "Persentase Desa dengan Tata Kelola", "100 %"]]
    more = Table(rows=[TableRow(cells=["3", "Meningkatnya keaktifan lembaga desa", "Persentase lembaga aktif", "70 %"],
                                page=6, bbox=(57, 0, 505, 0))], page=6, bbox=(57.0, 100.0, 505.0, 140.0))
    rest = _para("Pemerintahan Desa yang Baik", (368, 59, 431, 67), page=6)
    doc = stitch_document(_doc(_table(rows, bbox=(57.0, 655.0, 505.0, 780.0), page=5), rest, more))
    (table,) = doc.blocks
    assert table.rows[2].cells[2] == "Persentase Desa dengan Tata Kelola Pemerintahan Desa yang Baik"
    assert [r.cells[0] for r in table.rows[1:]] == ["1", "2", "3"]
    assert not any("dropped" in w for w in table.warnings)


def test_a_rest_ending_in_capitals_under_its_line_finishes_the_cell_and_the_parts_join():
    """The cut cell's rest is two lines, the second an abbreviation in capitals flush under the first
    ("Penyusunan Dokumen" / "DPA-SKPD"): not a title. Both finish the cell, and the part below is joined."""
    rows = [["No", "Uraian", "Anggaran", "Indikator", "Target"],
            ["1)", "Penyusunan Dokumen Perencanaan", "Rp. 1.101.285", "Jumlah Dokumen Perencanaan", "2 Dokumen"],
            ["2)", "Koordinasi dan Penyusunan DPA-SKPD", "Rp. 3.771.681", "Jumlah Dokumen DPA-SKPD dan Laporan",
             "1 Dokumen"]]
    more = Table(rows=[TableRow(cells=["3)", "Evaluasi Kinerja Perangkat Daerah", "Rp. 1.721.903",
                                       "Jumlah Laporan Evaluasi Kinerja", "3 Dokumen"], page=6, bbox=(60, 0, 536, 0))],
                 page=6, bbox=(60.0, 100.0, 536.0, 140.0))
    first = _para("Penyusunan Dokumen", (340.7, 57.3, 400.8, 82.8), page=6, lines=["Penyusunan", "Dokumen"])
    caps = _para("DPA-SKPD", (340.7, 82.8, 390.0, 95.6), page=6)
    doc = stitch_document(_doc(_table(rows, bbox=(60.0, 650.0, 536.0, 786.0), page=5), first, caps, more))
    (table,) = doc.blocks
    assert table.rows[2].cells[3] == "Jumlah Dokumen DPA-SKPD dan Laporan Penyusunan Dokumen DPA-SKPD"
    assert [r.cells[0] for r in table.rows[1:]] == ["1)", "2)", "3)"]


def test_a_line_in_capitals_away_from_the_rest_is_still_a_title():
    rows = [["No", "Uraian", "Anggaran", "Indikator", "Target"],
            ["1)", "Koordinasi dan Penyusunan DPA-SKPD", "Rp. 3.771.681", "Jumlah Dokumen DPA-SKPD dan Laporan",
             "1 Dokumen"]]
    first = _para("Penyusunan Dokumen", (340.7, 57.3, 400.8, 82.8), page=6, lines=["Penyusunan", "Dokumen"])
    title = _para("LAMPIRAN IV", (260.0, 120.0, 330.0, 132.0), page=6)
    doc = stitch_document(_doc(_table(rows, bbox=(60.0, 650.0, 536.0, 786.0), page=5), first, title))
    table, after = doc.blocks
    assert table.rows[-1].cells[3] == "Jumlah Dokumen DPA-SKPD dan Laporan Penyusunan Dokumen"
    assert after.text == "LAMPIRAN IV"


_BUDGET = [["No", "Uraian", "Anggaran", "Indikator", "Target"],
           ["1)", "Penyusunan Dokumen Perencanaan", "Rp. 1.101.285", "Jumlah Dokumen Perencanaan", "2 Dokumen"],
           ["2)", "Koordinasi dan Penyusunan Perubahan RKA-SKPD", "Rp. 1.371.681", "Jumlah Dokumen Perubahan",
            "1 Dokumen"]]


def _next_part(header: bool) -> Table:
    rows = [["No", "Uraian", "Anggaran", "Indikator", "Target"]] if header else []
    rows.append(["3)", "Evaluasi Kinerja Perangkat Daerah", "Rp. 1.721.903", "Jumlah Laporan Evaluasi", "3 Dokumen"])
    return Table(rows=[TableRow(cells=c, page=6, bbox=(60, 0, 536, 0), is_header=header and i == 0)
                       for i, c in enumerate(rows)], page=6, bbox=(60.0, 70.0, 536.0, 140.0))


def test_a_line_in_capitals_opening_the_next_page_above_a_part_without_header_finishes_the_cut_cell():
    """The cut cell's rest is one line in capitals alone at the top of the next page ("RKA-SKPD"), the table's next
    part right under it with no header of its own: the line finishes the cell and the parts are one table."""
    caps = _para("RKA-SKPD", (340.7, 57.3, 390.0, 66.0), page=6)
    doc = stitch_document(_doc(_table(_BUDGET, bbox=(60.0, 650.0, 536.0, 786.0), page=5), caps, _next_part(False)))
    (table,) = doc.blocks
    assert table.rows[2].cells[3] == "Jumlah Dokumen Perubahan RKA-SKPD"
    assert [r.cells[0] for r in table.rows[1:]] == ["1)", "2)", "3)"]


def test_a_line_in_capitals_opening_the_next_page_above_a_table_with_its_own_header_is_a_title():
    title = _para("LAMPIRAN IV", (260.0, 57.3, 330.0, 66.0), page=6)
    doc = stitch_document(_doc(_table(_BUDGET, bbox=(60.0, 650.0, 536.0, 786.0), page=5), title, _next_part(True)))
    table, after, below = doc.blocks
    assert table.rows[-1].cells == _BUDGET[-1]
    assert after.text == "LAMPIRAN IV" and below.rows[0].is_header
