"""A scanned caption whose Roman chapter Tesseract read with a "!" for a bar "I" (issue #12, scans).

In 10 pt sans print on a scan the third bar of "III.7" breaks at its foot and the page pass reads "II!.7", unsure of
it (confidence 13): the word was dropped as noise, the caption lost its number, and every record of the table went
under a caption the report never printed. Tesseract is replaced by the words it gave (its TSV).
"""

from __future__ import annotations

import numpy as np
import pytest
from ocr_builders import tsv as _tsv

from lkjip.extract import ocr
from lkjip.extract.ocr_numbers import roman_chapter

DPI = 300


@pytest.mark.parametrize(("read", "fixed"), [("II!.7", "III.7"), ("!.2", "I.2"), ("!V.1", "IV.1")])
def test_a_bar_read_as_an_exclamation_mark_is_a_roman_I(read, fixed):
    assert roman_chapter(read) == fixed


@pytest.mark.parametrize("read", ["!!!!.2", "2!.1", "!"])
def test_exclamation_marks_that_make_no_chapter_stay(read):
    assert roman_chapter(read) is None


def test_an_unsure_caption_number_with_an_exclamation_mark_is_kept_and_put_right(monkeypatch):
    page = _tsv(("Tabel", 93, (240, 2725, 110, 32)), ("II!.7", 13, (355, 2726, 70, 30)),
                ("Penyerapan", 96, (435, 2727, 225, 38)), ("Anggaran", 96, (670, 2727, 190, 38)),
                ("!.4", 12, (900, 400, 40, 30)))
    monkeypatch.setattr(ocr, "image_to_data", lambda img, lang, config: page)
    monkeypatch.setattr(ocr, "number_language", lambda lang: lang)
    monkeypatch.setattr(ocr, "reread_number", lambda *a, **kw: None)
    res, warnings = ocr.ocr_clean([], np.full((3000, 1700), 255, dtype=np.uint8), 1, dpi=DPI)
    assert [ln.text for ln in res.lines] == ["Tabel III.7 Penyerapan Anggaran"]  # the scrap on its own: noise
    assert any("caption number fix 'II!.7' -> 'III.7'" in w for w in warnings)
