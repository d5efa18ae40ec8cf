"""Words a narrow cell of a scanned page broke, read by OCR as two or three words: glued back when the document
prints the whole word elsewhere and the pieces after the break nowhere on their own (extract/word_breaks.py,
through lkjip.extract.stitch.stitch_document)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Sasaran", "Indikator Sasaran", "Satuan"]


def _doc(rows: list[list[str]], strategy: str = "ocr", text: str = "") -> Document:
    table = Table(page=3, strategy=strategy,
                  rows=[TableRow(cells=HEAD, page=3, is_header=True, bbox=(57, 100, 540, 120)),
                        *[TableRow(cells=c, page=3, bbox=(57, 130 + 40 * k, 540, 160 + 40 * k))
                          for k, c in enumerate(rows)]])
    blocks = [Paragraph(text=text, page=3, bbox=(57, 60, 540, 80), lines=[text])] if text else []
    return Document(source_file="t.pdf", input_format="pdf_ocr", blocks=[*blocks, table])


ROWS = [["1", "Meningkatnya tertib administrasi perkantoran", "Persentase Administras i yang tertib", "%"],
        ["2", "Meningkatnya perlindungan masyarakat", "Persentase desa dengan satuan per lindunga n aktif", "%"],
        ["3", "Meningkatnya pelayanan umum", "Jumlah dokumen yang di proses", "Dokumen"]]


def _cells(doc: Document) -> list[str]:
    (table,) = doc.tables()
    return [r.cells[2] for r in table.rows if not r.is_header]


def test_pieces_of_a_word_the_document_prints_whole_are_glued_back():
    cells = _cells(stitch_document(_doc(ROWS)))
    assert cells[0] == "Persentase Administrasi yang tertib"
    assert cells[1] == "Persentase desa dengan satuan perlindungan aktif"
    assert cells[2] == "Jumlah dokumen yang di proses"  # "diproses" printed nowhere: two words


def test_a_piece_printed_on_its_own_elsewhere_or_a_text_pdfs_cell_is_left_alone():
    text = "Dokumen ini memuat satuan per lindunga n sebagai contoh i"  # the pieces printed on their own
    cells = _cells(stitch_document(_doc(ROWS, text=text)))
    assert cells[0] == "Persentase Administras i yang tertib" and "per lindunga n" in cells[1]
    assert _cells(stitch_document(_doc(ROWS, strategy="lines")))[0] == "Persentase Administras i yang tertib"


def test_a_compound_broken_after_its_hyphen_is_glued_whole_after_a_slash_left_as_read():
    rows = [["1", "Penyusunan Dokumen Perubahan RKA- SKPD", "Jumlah dokumen APBD/ DAU - tahunan", "Dokumen"]]
    doc = stitch_document(_doc(rows))
    (table,) = doc.tables()
    assert table.rows[1].cells[1:3] == ["Penyusunan Dokumen Perubahan RKA-SKPD", "Jumlah dokumen APBD/ DAU - tahunan"]


def test_a_misread_tail_is_glued_back_as_its_letters_when_the_head_is_no_word():
    rows = [["1", "Meningkatnya kualitas tata kelola", "Persentase kualita Ss tata kelola", "%"],
            ["2", "Desa yang difasilitasi", "Jumlah desa yang difasilita S1", "Desa"],
            ["3", "Pendidikan aparatur", "Jumlah aparatur berpendidikan S1", "Orang"]]
    cells = _cells(stitch_document(_doc(rows)))
    assert cells == ["Persentase kualitas tata kelola", "Jumlah desa yang difasilitasi",
                     "Jumlah aparatur berpendidikan S1"]  # "berpendidikan" no head broken off: a degree


def test_a_word_after_a_printed_word_is_no_piece_though_the_reading_glued_them_elsewhere():
    rows = [["1", "Meningkatnyakeaktifan lembaga desa", "Persentase lembaga yang Meningkatnya keaktifan", "%"],
            ["2", "Meningkatnya pelayanan", "Jumlah dokumen Pemerintah an desa", "Dokumen"],
            ["3", "Tertib pemerintahan", "Jumlah laporan Pemerintah", "Laporan"]]
    cells = _cells(stitch_document(_doc(rows)))
    assert cells[0] == "Persentase lembaga yang Meningkatnya keaktifan"
    assert cells[1] == "Jumlah dokumen Pemerintahan desa"  # a short piece after a printed word: still glued


def test_a_count_after_a_word_is_no_misread_tail():
    """Digits alone are a number of their own, never a word's tail read as digits: a count OCR read into a name
    cell stays (a tail must hold a letter)."""
    rows = [["1", "Meningkatnya layanan", "Tenaga Bidan 9 orang terlatih", "Orang"],
            ["2", "Meningkatnya layanan", "Kepala Bidang Pelayanan", "Orang"]]
    assert _cells(stitch_document(_doc(rows)))[0] == "Tenaga Bidan 9 orang terlatih"


def test_a_piece_the_document_prints_capitalised_is_a_word_of_its_own():
    """A piece counts as printed whatever its case: "Kegiatan" printed in a heading makes "sub kegiatan" two
    words even where "Subkegiatan" is printed too."""
    rows = [["1", "Meningkatnya layanan", "Persentase sub kegiatan terlaksana", "%"]]
    cells = _cells(stitch_document(_doc(rows, text="Subkegiatan Prioritas dan Kegiatan Lain")))
    assert cells[0] == "Persentase sub kegiatan terlaksana"
