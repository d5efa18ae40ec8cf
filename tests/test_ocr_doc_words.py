"""A word Tesseract misread once by a letter of like shape is put right from the words the scanned document prints
again and again ("Perajatan" among three "Peralatan"); two spellings a report mixes, a word printed twice, a
dictionary word and a page with a text layer stay as printed."""

from __future__ import annotations

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.ocr_doc_words import mend_document_words

DICTIONARY = frozenset({"penyediaan", "kantor", "bahan", "tara", "tata"})


def _table(page: int, names: list[str]) -> Table:
    return Table(rows=[TableRow(cells=[f"{n}.", name, "Rp 12.500.000"], page=page) for n, name in enumerate(names, 1)],
                 page=page)


def test_a_word_misread_once_is_mended_from_the_repeated_one():
    blocks = [_table(5, ["Penyediaan Peralatan Kantor", "Pemeliharaan Peralatan Kantor", "Pengadaan Peralatan",
                         "Penyediaan Perajatan dan Bahan", "Pembinsan Lembaga Kernasyarakatan"]),
              Paragraph(text="Pembinaan Lembaga Kemasyarakatan Desa, Pembinaan Kemasyarakatan", page=6),
              _table(7, ["Pembinaan Kemasyarakatan"])]
    assert mend_document_words(blocks, [5, 6, 7], DICTIONARY) == 3
    assert blocks[0].rows[3].cells[1] == "Penyediaan Peralatan dan Bahan"
    assert blocks[0].rows[4].cells[1] == "Pembinaan Lembaga Kemasyarakatan"


def test_unlike_letters_twice_printed_words_dictionary_words_and_text_pages_stay():
    blocks = [_table(5, ["Efektivitas Pelayanan", "Efektivitas Kinerja", "Efektivitas Anggaran",
                         "Peningkatan Efektifitas", "Ketenteraman Umum", "Ketenteraman Desa", "Ketenteraman Warga",
                         "Gangguan Ketentraman", "Tata Laksana", "Tata Kelola", "Tata Ruang", "Tara Laksana",
                         "Rehabilitasi Gedung", "Rehabilitasi Jalan", "Rehabilitasi Kantor",
                         "Rehabilitasl Gedung"])]
    text_page = _table(9, ["Rehabilitasl Jembatan"])
    twice = [_table(5, ["Pengawasan", "Pengawasan", "Pengawasan", "Pengawasam", "Pengawasam"])]
    assert mend_document_words(blocks + [text_page], [5], DICTIONARY) == 1  # only "Rehabilitasl" (l for i)
    names = [r.cells[1] for r in blocks[0].rows]
    assert "Peningkatan Efektifitas" in names and "Gangguan Ketentraman" in names and "Tara Laksana" in names
    assert names[-1] == "Rehabilitasi Gedung"
    assert text_page.rows[0].cells[1] == "Rehabilitasl Jembatan"
    assert mend_document_words(twice, [5], DICTIONARY) == 0


def test_a_word_read_in_pieces_is_joined_when_the_pieces_make_a_repeated_word():
    blocks = [_table(5, ["Perencanaan Pembangunan Desa", "Musyawarah Pembangunan", "Pembangunan Kantor",
                         "Satuan Perlindungan Masyarakat", "Perlindungan Anak", "Perlindungan Hutan",
                         "Koordinasi di Wilayah", "Wilayah Kecamatan", "Wilayah Desa",
                         "perencanaan pemban sunan desa", "Satuan Per Lindun gan Masyarakat", "di Wi layah Kecamatan",
                         "Penyediaan Kantor di Desa"])]
    dictionary = DICTIONARY | {"per", "di", "desa", "wilayah", "pembangunan", "kantor"}
    mend_document_words(blocks, [5], dictionary)
    assert [r.cells[1] for r in blocks[0].rows[-4:]] == [
        "perencanaan pembangunan desa", "Satuan Perlindungan Masyarakat", "di Wilayah Kecamatan",
        "Penyediaan Kantor di Desa"]  # dictionary words side by side stay apart


def test_a_word_misread_alike_on_every_page_is_mended_by_the_dictionary():
    dictionary = DICTIONARY | {"keaktifan", "sever", "saver", "lembaga"}
    blocks = [_table(5, ["Keaktitan lembaga", "keaktitan lembaga", "Meningkatnya keaktitan lembaga",
                         "kekuatan sevar", "Sokobanah"])]
    assert mend_document_words(blocks, [5], dictionary) == 3
    names = [r.cells[1] for r in blocks[0].rows]
    assert names[:3] == ["Keaktifan lembaga", "keaktifan lembaga", "Meningkatnya keaktifan lembaga"]
    assert names[3:] == ["kekuatan sevar", "Sokobanah"]  # too short to tell ("sever" / "saver"); no word near


def test_m_read_for_rn_is_mended_by_the_dictionary():
    blocks = [_table(5, ["Faktor Ekstemal: harga naik", "Faktor Intemal: anggaran"])]
    assert mend_document_words(blocks, [5], DICTIONARY | {"eksternal", "internal", "faktor"}) == 2
    assert [r.cells[1] for r in blocks[0].rows] == ["Faktor Eksternal: harga naik", "Faktor Internal: anggaran"]


def test_a_long_word_one_letter_short_of_a_dictionary_word_gets_it():
    blocks = [_table(5, ["Meningkatna partisipasi", "MENINGKATNA DESA", "Kantr desa"])]
    assert mend_document_words(blocks, [5], DICTIONARY | {"meningkatnya", "partisipasi"}) == 2
    assert [r.cells[1] for r in blocks[0].rows] == ["Meningkatnya partisipasi", "MENINGKATNYA DESA", "Kantr desa"]


def test_a_cells_last_word_is_not_mended_by_the_dictionary_alone():
    blocks = [_table(5, ["Keaktitan", "Keaktitan lembaga", "Kondis"])]
    assert mend_document_words(blocks, [5], DICTIONARY | {"keaktifan", "kandis", "lembaga"}) == 1
    assert [r.cells[1] for r in blocks[0].rows] == ["Keaktitan", "Keaktifan lembaga", "Kondis"]
