"""A word whose last letter a narrow justified column wrapped alone ("Mewujudka n"), the lone letter standing so in
other cells too and the first piece ending a cell a page break cut: made whole from the document's own words
(:meth:`lkjip.pipeline.DocumentWords.last_letter`)."""

from __future__ import annotations

from lkjip.pipeline import DocumentWords, mend_words


def _vocab() -> DocumentWords:
    return DocumentWords(["Mewujudkan tata kelola desa", "Mewujudkan pelayanan prima", "tujuan: mewujudkan",
                          "Mewujudka", "n tata kelola desa",  # a row cut by a page break, its cells apart
                          "Capaia n", "kemasyarakata n desa", "Bab A dan lampiran"])


def test_a_lone_small_last_letter_joins_the_word_the_document_prints_whole():
    assert mend_words("Mewujudka n tata kelola desa", _vocab()) == "Mewujudkan tata kelola desa"


def test_a_capital_letter_or_a_piece_printed_alone_more_often_than_whole_stays_apart():
    assert mend_words("Bab A dan lampiran", _vocab()) == "Bab A dan lampiran"
    vocab = DocumentWords(["Capaia n", "Capaia", "Capaia", "Capaian"])
    assert mend_words("Capaia n kinerja", vocab) == "Capaia n kinerja"
