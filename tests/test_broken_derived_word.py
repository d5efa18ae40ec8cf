"""A monospaced table whose narrow cell holds five letters a line breaks a derived word the document never prints
whole ("terfa" / "silit" / "asi" of "terfasilitasi"): the piece under the head starts a word the dictionary knows
("silit…"), which alone would say the break stood between two words, but the head is no word and, its prefix
taken off, head and piece start a word the dictionary knows ("fasilit…" of "fasilitasi"): one broken word
(:func:`lkjip.extract.layout.words.join_wrapped`). A head that is a word ("wilayah" / "kecam") stays apart."""

from __future__ import annotations

from lkjip.extract.layout.words import Vocabulary, join_wrapped


def _vocab() -> Vocabulary:
    base = Vocabulary(["fasilitasi desa yang baik dan benar", "silitonga adalah nama yang baik",
                       "wilayah kecamatan yang baik sekali", "kecamatan wilayah yang baik sekali"])
    return Vocabulary(["jumlah dokumen yang disusun tepat waktu"], base=base)


def test_a_derived_word_broken_in_a_narrow_cell_is_one_word():
    text = join_wrapped(["yang", "terfa", "silit", "asi"], [False, True, True, False], _vocab(),
                        [False, True, True, False], [False, True, True, False])
    assert text == "yang terfasilitasi"


def test_a_word_over_the_head_of_another_stays_apart():
    text = join_wrapped(["wilayah", "kecam", "atan"], [True, True, False], _vocab(), [True, True, False],
                        [True, True, False])
    assert text == "wilayah kecamatan"
