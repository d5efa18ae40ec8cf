"""Case confusions of letters whose capital has the small letter's shape ("IndekS", "Persentase Lembaga
kemasyarakatan") and an "i" read as "1" ("partisipas 1") are put right from the dictionary; titles, acronyms,
numbers and words the dictionary does not know stay as read."""

from __future__ import annotations

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.ocr_doc_words import mend_document_words
from lkjip.extract.ocr_word_case import (
    confuses_case,
    fix_initial_case,
    fix_inner_case,
    join_ones,
    mend_case,
    restore_last_i,
)

DICTIONARY = frozenset(["indeks", "kepuasan", "tersusun", "efektivitas", "proses", "lembaga", "sarana", "partisipasi", "administrasi", "perizinan", "persentase", "masyarakat", "kemasyarakatan", "desa", "yang", "aktif", "dan", "kantor"])


def test_inner_capital_of_like_shape_is_made_small():
    assert fix_inner_case("IndekS", DICTIONARY) == "Indeks"
    assert fix_inner_case("KepuaSan", DICTIONARY) == "Kepuasan"
    assert fix_inner_case("tersuSun", DICTIONARY) == "tersusun"
    assert fix_inner_case("PROsES", DICTIONARY) == "PROSES"


def test_inner_case_left_alone_for_other_letters_and_unknown_words():
    assert fix_inner_case("LKjIP", DICTIONARY) == "LKjIP"
    assert fix_inner_case("KemenPAN", DICTIONARY) == "KemenPAN"
    assert fix_inner_case("SokobanaS", DICTIONARY) == "SokobanaS"  # no dictionary word
    assert fix_inner_case("IndeKs", DICTIONARY) == "IndeKs"  # "K" has its own shape


def test_sentence_word_with_like_shape_capital_is_made_small():
    assert fix_initial_case("Persentase Lembaga kemasyarakatan desa", DICTIONARY) == \
        "Persentase lembaga kemasyarakatan desa"
    assert fix_initial_case("Persentase Sarana kantor yang aktif", DICTIONARY) == "Persentase sarana kantor yang aktif"


def test_title_words_stay_capitalized():
    for text in ("Pemberdayaan Lembaga Kemasyarakatan Desa", "Pemeliharaan Prasarana dan Sarana Pelayanan",
                 "Peningkatan Lembaga dan Masyarakat", "Lembaga kemasyarakatan", "Tujuan: Lembaga desa"):
        assert fix_initial_case(text, DICTIONARY) == text


def test_one_for_a_last_i():
    assert join_ones("Persentase partisipas 1 masyarakat", DICTIONARY) == "Persentase partisipasi masyarakat"
    assert join_ones("administraS1", DICTIONARY) == "administraSi"
    assert join_ones("Periz 1inan", DICTIONARY) == "Perizinan"
    for text in ("Misi 1", "Sasaran 1", "Tabel 1.1", "desa 1 2", "Lampiran 1"):
        assert join_ones(text, DICTIONARY) == text


def test_mend_case_together():
    assert mend_case("Persentase partiSipas 1 masyarakat", DICTIONARY) == "Persentase partisipasi masyarakat"


def test_document_words_get_their_case():
    blocks = [Table(rows=[TableRow(cells=["1.", "IndekS KepuaSan masyarakat", "90"], page=3)], page=3),
              Paragraph(text="Persentase Lembaga kemasyarakatan desa yang aktif", page=3),
              Paragraph(text="Persentase Lembaga kemasyarakatan desa yang aktif", page=9)]
    assert mend_document_words(blocks, [3], DICTIONARY) == 2
    assert blocks[0].rows[0].cells[1] == "Indeks Kepuasan masyarakat"
    assert blocks[1].text == "Persentase lembaga kemasyarakatan desa yang aktif"
    assert blocks[2].text == "Persentase Lembaga kemasyarakatan desa yang aktif"  # a page with a text layer


def test_initials_stay_where_the_print_shows_no_case_confusion():
    blocks = [Table(rows=[TableRow(cells=["1.", "IndekS kepuasan masyarakat", "90"], page=3)], page=3),
              Paragraph(text="Persentase Lembaga kemasyarakatan desa yang aktif", page=3)]
    assert not confuses_case(["IndekS kepuasan", "Persentase Lembaga kemasyarakatan"], DICTIONARY)
    assert confuses_case(["IndekS KepuaSan"], DICTIONARY)
    assert mend_document_words(blocks, [3], DICTIONARY) == 1
    assert blocks[0].rows[0].cells[1] == "Indeks kepuasan masyarakat"
    assert blocks[1].text == "Persentase Lembaga kemasyarakatan desa yang aktif"


def test_an_i_lost_at_a_word_end():
    assert restore_last_i("Persentase partisipas masyarakat", DICTIONARY) == "Persentase partisipasi masyarakat"
    assert restore_last_i("KOORDINAS ADMINISTRAS", DICTIONARY | {"koordinasi"}) == "KOORDINASI ADMINISTRAS"
    # dictionary words, a hyphen, a digit, a word ending its cell (its "i" may stand in the next row)
    for text in ("Persentase desa", "kantor-kantor", "partisipas2", "Kondis", "Persentase partisipas"):
        assert restore_last_i(text, DICTIONARY | {"kondisi"}) == text
