"""OCR of scanned captions and of numbers a borderless table prints (issue #12, scans).

A caption's Roman chapter read as digits or letters ("Tabel 111.2", "Tabel Ill.1") or read unsure and
dropped ("Tabel II1.5" at confidence 26), a "100%" the Indonesian model reads "10046" outside ruled tables,
and a decimal comma read as the end of a word ("80, 40"). Tesseract is replaced by the words it gave on
the synthetic scans (its TSV), so each mechanism is tested alone.
"""

from __future__ import annotations

import numpy as np
import pytest
from ocr_builders import page_with_table as _page_with_table
from ocr_builders import tsv as _tsv
from PIL import Image

from lkjip.extract import ocr, ocr_numbers
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_numbers import fix_caption_numbers, roman_chapter

DPI = 300


@pytest.mark.parametrize(
    ("read", "fixed"),
    [("111.3", "III.3"), ("IIl.4", "III.4"), ("II1.5", "III.5"), ("Ill.1", "III.1"), ("1V.2", "IV.2"),
     ("lV.1", "IV.1"), ("11.2", "II.2")],
)
def test_a_roman_chapter_misread_is_put_right(read, fixed):
    assert roman_chapter(read) == fixed


@pytest.mark.parametrize("read", ["3.7", "I.1", "III.2", "12.1", "IIII.2", "2.1", "1.2", "Tahun"])
def test_caption_numbers_that_are_no_misread_roman_stay(read):
    assert roman_chapter(read) is None


def _line(y: float, *texts: str) -> list[Word]:
    out, x = [], 72.0
    for t in texts:
        out.append(Word(t, x, y, x + 6 * len(t), y + 10, size=11))
        x += 6 * len(t) + 4
    return out


def test_caption_numbers_of_a_page_put_right_and_a_lone_one_only_beside_roman():
    words = _line(100, "Tabel", "I.1", "Pemetaan") + _line(300, "Tabel", "1.2", "Cascading") + _line(
        500, "lihat", "111.4", "di") + _line(600, "Tabel", "111.3", "Perbandingan")
    fixes = fix_caption_numbers(words)
    assert [w.text for w in words if w.text[0] in "1I"] == ["I.1", "I.2", "111.4", "III.3"]  # "111.4" opens no caption
    assert fixes == [("1.2", "I.2"), ("111.3", "III.3")]
    digits = _line(100, "Tabel", "1.2", "Cascading") + _line(300, "Tabel", "3.1", "Capaian")
    assert fix_caption_numbers(digits) == [] and digits[1].text == "1.2"  # a page printing captions in digits


def test_an_unsure_caption_number_after_tabel_is_kept_and_put_right(monkeypatch):
    """ "Tabel II1.5 Efisiensi …": the number read at confidence 26 was dropped, and the table lost its name."""
    page = _tsv(("Tabel", 92, (300, 100, 110, 40)), ("II1.5", 26, (425, 100, 90, 40)),
                ("Efisiensi", 96, (530, 100, 160, 40)), ("Il.5", 20, (900, 400, 80, 40)))
    monkeypatch.setattr(ocr, "image_to_data", lambda img, lang, config: page)
    monkeypatch.setattr(ocr, "number_language", lambda lang: lang)
    monkeypatch.setattr(ocr, "reread_number", lambda *a, **kw: None)
    res, warnings = ocr.ocr_clean([], np.full((900, 1700), 255, dtype=np.uint8), 1, dpi=DPI)
    texts = [ln.text for ln in res.lines]
    assert texts == ["Tabel III.5 Efisiensi"]  # the unsure scrap on its own is still noise
    assert any("caption number" in w for w in warnings)


def test_a_percent_read_as_digits_on_the_page_is_read_again_with_the_number_model(monkeypatch):
    """A borderless performance table: "100%" read "10046" by ``ind``; ``eng`` reads the sign."""
    page = _tsv(("Capaian", 96, (100, 100, 140, 40)), ("10046", 91, (900, 100, 110, 40)),
                ("2046", 93, (1200, 100, 90, 40)), ("94", 95, (1400, 100, 40, 40)))
    monkeypatch.setattr(ocr, "image_to_data", lambda img, lang, config: page)
    monkeypatch.setattr(ocr, "number_language", lambda lang: "eng")
    read = {900: "100%", 1200: "2046", 1400: "94"}  # "94" is read again too (a short number is confirmed)

    def reread(crop, px0, py0, px, *, lang, zoom=1, expect=""):
        assert lang == "eng"
        x = round(px0 * px) + 8
        return Word(read[x], px0, py0, px0 + 20, py0 + 10, conf=80)

    monkeypatch.setattr(ocr, "reread_number", reread)
    words = ocr.page_words(Image.new("L", (1700, 300), 255), "ind", DPI)
    assert [w.text for w in words] == ["Capaian", "100%", "2046", "94"]
    assert words[1].conf == 91


def test_a_decimal_comma_read_as_a_word_end_is_joined_in_a_number_cell():
    res = _page_with_table([["Indeks Kepuasan Masyarakat", "80, 40", "99, 88 %", "1, 2", "Sasaran 1, 23"]])
    ocr_numbers.fix_table_digits(res, 1)
    assert res.tables[0].table.rows[0].cells == ["Indeks Kepuasan Masyarakat", "80,40", "99,88 %", "1, 2",
                                                 "Sasaran 1, 23"]
    assert any("decimal comma" in w for w in res.tables[0].table.warnings)


def _mono_line(text: str, pieces: list[str], y: int = 100) -> tuple[np.ndarray, list[Word]]:
    """``text`` printed in a monospaced face at 300 dpi (about 7 pt) and the words Tesseract made of it:
    ``pieces`` as they stand in the text, boxes in points."""
    from PIL import ImageDraw, ImageFont

    face = ImageFont.truetype("DejaVuSansMono.ttf", 30)
    img = Image.new("L", (1200, 240), 255)
    ImageDraw.Draw(img).text((50, y), text, fill=0, font=face)
    _, top, _, bottom = face.getbbox("0123456789", anchor="la")
    scale = 72 / DPI
    words, at = [], 0
    for p in pieces:
        i = text.index(p, at)
        at = i + len(p)
        x0, x1 = 50 + face.getlength(text[:i]), 50 + face.getlength(text[:at])
        words.append(Word(p, x0 * scale, (y + top) * scale, x1 * scale, (y + bottom) * scale, size=7.2, conf=90))
    return np.asarray(img), words


def test_an_amount_cut_at_its_dots_in_monospaced_print_is_joined_by_the_dots_in_the_image():
    """ "Rp 3.375.841.266" read "Rp" "3.375" "841" "266": the dot is as wide as a digit and reads as a space."""
    binary, words = _mono_line("Rp 3.375.841.266", ["Rp", "3.375", "841", "266"])
    joined, n = ocr.join_split_amounts(words, binary, DPI)
    assert [w.text for w in joined] == ["Rp", "3.375.841.266"] and n == 2
    binary, words = _mono_line("2.703.589.959", ["2.703", ".589", ".959"])  # dots Tesseract kept
    assert [w.text for w in ocr.join_split_amounts(words, binary, DPI)[0]] == ["2.703.589.959"]


def test_two_numbers_a_space_apart_stay_two():
    binary, words = _mono_line("494 317 2.500 125", ["494", "317", "2.500", "125"])
    joined, n = ocr.join_split_amounts(words, binary, DPI)
    assert [w.text for w in joined] == ["494", "317", "2.500", "125"] and n == 0


@pytest.mark.parametrize("font", ["DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf", "DejaVuSans-Bold.ttf"])
@pytest.mark.parametrize(("printed", "bar"), [("1.2", False), ("I.2", True), ("III.1", True), ("11.2", False)])
def test_a_roman_I_is_told_from_a_digit_1_by_the_flag_of_the_1(font, printed, bar):
    from PIL import ImageDraw, ImageFont

    from lkjip.extract.ocr_image import first_glyph_is_bar

    img = Image.new("L", (300, 100), 255)
    ImageDraw.Draw(img).text((10, 20), printed, fill=0, font=ImageFont.truetype(font, 30))
    assert first_glyph_is_bar(np.asarray(img), (5, 5, 290, 95)) is bar


def test_a_lone_1_chapter_turns_roman_when_the_image_shows_a_bar_and_11_stays_when_it_shows_a_1():
    """ "Tabel I.2" alone on its page, read "Tabel 1.2" (confidence 40): no other caption says Roman."""
    words = _line(100, "Tabel", "1.2", "Cascading") + _line(300, "Tabel", "11.4", "Capaian")
    for w in words:
        w.conf = 40
    fixes = fix_caption_numbers(words, lambda w: w.text == "1.2")
    assert fixes == [("1.2", "I.2")] and words[4].text == "11.4"
    sure = _line(100, "Tabel", "1.2", "Cascading")  # read at 90: a printed "1.2", whatever 7 pt print shows
    assert fix_caption_numbers(sure, lambda w: True) == [] and sure[1].text == "1.2"
