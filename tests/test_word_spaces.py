"""A word space OCR set a glyph off, or missed, in small proportional print ("Pemerintaha nyang", "Persentasedesa"):
moved (or put in) when both words so made are printed elsewhere in the document and the words read nowhere else
(extract/word_spaces.py, through lkjip.extract.stitch.stitch_document). A token with a digit is never touched."""

from __future__ import annotations

from test_word_breaks import _cells, _doc

from lkjip.extract.document import Document, Paragraph
from lkjip.extract.stitch import stitch_document

TEXT = ("Urusan pemerintahan yang dilimpahkan kepada camat dilaksanakan oleh kecamatan; persentase desa dengan "
        "tata kelola baik meningkat, sesuai rekomendasi dan koordinasi dengan perangkat daerah.")
ROWS = [["1", "Pelaksanaan urusan", "Urusan Pemerintaha nyang dilimpahkan", "%"],
        ["2", "Tata kelola desa", "Persentasedesa dengan tata kelola baik", "%"],
        ["3", "Koordinasi", "Fasilitasi rekomendasidan koordinasi", "Dokumen"],
        ["4", "Pelayanan", "Jumlah 12desa dengan kelola baik", "Desa"]]


def _read(rows, text=TEXT, strategy="ocr") -> list[str]:
    doc = _doc(rows, strategy=strategy)
    para = Paragraph(text=text, page=2, bbox=(57, 60, 540, 80), lines=[text])
    return _cells(stitch_document(Document(source_file="t.pdf", input_format="pdf_ocr", blocks=[para, *doc.blocks])))


def test_a_space_read_a_glyph_off_or_missed_is_put_where_the_document_prints_it():
    cells = _read(ROWS)
    assert cells[0] == "Urusan Pemerintahan yang dilimpahkan"
    assert cells[1] == "Persentase desa dengan tata kelola baik"
    assert cells[2] == "Fasilitasi rekomendasi dan koordinasi"
    assert cells[3] == "Jumlah 12desa dengan kelola baik"  # a digit inside: left as read


def test_words_the_document_prints_as_read_or_a_text_pdfs_cell_are_left_alone():
    cells = _read(ROWS, text=TEXT + " Persentasedesa dan Pemerintaha nyang tercetak demikian.")
    assert cells[:2] == ["Urusan Pemerintaha nyang dilimpahkan", "Persentasedesa dengan tata kelola baik"]
    assert _read(ROWS, strategy="lines")[1] == "Persentasedesa dengan tata kelola baik"
    # the words it would make printed nowhere: left as read
    assert _read(ROWS, text="Laporan kinerja kecamatan.")[:2] == ROWS[0][2:3] + ROWS[1][2:3]
