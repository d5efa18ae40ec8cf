"""A monospaced "l" curls its foot like a "t", and Tesseract reads "tata ketola pemerintahan" for "tata kelola
pemerintahan": a word of no dictionary one "t" away from exactly one word is put right; a word of the dictionary,
or one two words are as close to, is left as read."""

from __future__ import annotations

from lkjip.extract import ocr_words

DICTIONARY = frozenset({"tata", "kelola", "pemerintahan", "loket", "toket", "pelayanan", "latar", "talar"})


def test_a_t_read_for_a_monospaced_l_is_put_right():
    line = "Persentase desa dengan tata ketola pemerintahan desa yang baik"
    fixed = " ".join(ocr_words.correct_word(w, DICTIONARY) for w in line.split())
    assert fixed == "Persentase desa dengan tata kelola pemerintahan desa yang baik"
    assert ocr_words.correct_word("Ketola", DICTIONARY) == "Kelola"  # the case kept


def test_a_word_of_the_dictionary_or_two_as_close_are_left_as_read():
    assert ocr_words.correct_word("toket", DICTIONARY) == "toket"
    assert ocr_words.correct_word("tatar", DICTIONARY) == "tatar"  # "latar" and "talar" one "t" away: two words
