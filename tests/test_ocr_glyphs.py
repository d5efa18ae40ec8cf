"""Marks of scanned print told by their glyphs' shape (issue #12, scans): the dot inside a monospaced zero (read "6"
or "9" in small bold print), a "%" read as digits or letters ("1004", "10044", "100Y46"), a decimal comma read as a
period ("92.15", "24.311.892.-"), and the text on a shaded header band (erased with the band as a "line")."""

from __future__ import annotations

import numpy as np
from conftest import require_tool
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from lkjip.extract import ocr_image
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_glyphs import fix_percent, fix_separators, percent_glyph, read_marks
from lkjip.extract.ocr_specks import counter_specks, without_counter_specks
from lkjip.extract.ocr_tesseract import data_words, image_to_data

DPI = 300
PX = DPI / 72


def _scanned(texts: list[str], font: str, size: int, *, scale: float = 1.0) -> tuple[np.ndarray, list]:
    """A line of print (``size`` px; a scan at 250 dpi upsampled to 300 when ``scale`` is 1.2), binarized, and the
    printed tokens' pixel boxes."""
    img = Image.new("L", (2400, 120), 255)
    d = ImageDraw.Draw(img)
    face = ImageFont.truetype(font, size)
    boxes, x = [], 30
    for text in texts:
        boxes.append(d.textbbox((x, 30), text, font=face))
        d.text((x, 30), text, fill=0, font=face)
        x = boxes[-1][2] + 2 * size
    if scale != 1.0:
        img = img.filter(ImageFilter.GaussianBlur(0.6)).resize((int(img.width * scale), int(img.height * scale)),
                                                               Image.Resampling.BICUBIC)  # fmt: skip
        boxes = [tuple(int(v * scale) for v in b) for b in boxes]
    return np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255)), boxes


def _word(text: str, box) -> Word:
    x0, y0, x1, y1 = box
    return Word(text, x0 / PX, y0 / PX, x1 / PX, y1 / PX, size=7, conf=90)


# --------------------------------------------------------------------------- the dot of a monospaced zero

MONO_ZEROS = ["64.090.785", "100,00", "70.390.158", "91,00", "2020", "30.000.000"]


def test_the_dot_of_every_monospaced_zero_is_found_and_nothing_else():
    binary, _ = _scanned(MONO_ZEROS, "LiberationMono-Bold.ttf", 24, scale=1.2)
    assert len(counter_specks(binary)) == sum(t.count("0") for t in MONO_ZEROS)
    plain, _ = _scanned(["Rp 1.468,50; e-Gov: 80% pada bagian 8 ditambah 96 @ Indikator (IKM) ä ö"], "DejaVuSans.ttf", 30)
    assert counter_specks(plain) == []


def test_zeros_without_their_dot_read_as_zeros():
    require_tool("tesseract", "tesseract-ocr")
    binary, _ = _scanned(MONO_ZEROS, "LiberationMono-Regular.ttf", 24, scale=1.2)
    words = data_words(image_to_data(Image.fromarray(without_counter_specks(binary)), "eng", "--psm 7"), 1.0, min_conf=0)
    assert "".join(w.text for w in words) == "".join(MONO_ZEROS)  # a comma may part a token: the marks are the test


def test_clean_page_takes_the_dots_out():
    binary, boxes = _scanned(["30.000.000"], "LiberationMono-Bold.ttf", 29)
    _, page = ocr_image.clean_page(Image.fromarray(binary).convert("RGB"), DPI)
    assert counter_specks(page) == []
    x0, y0, x1, y1 = boxes[0]
    assert np.count_nonzero(page[y0:y1, x0:x1] == 0) < np.count_nonzero(binary[y0:y1, x0:x1] == 0)


# --------------------------------------------------------------------------- a "%" read as digits


def _last_glyph(binary: np.ndarray, box) -> np.ndarray:
    x0, y0, x1, y1 = box
    ink = binary[y0 - 3 : y1 + 3, x0:x1] == 0
    cols = np.flatnonzero(ink.any(axis=0))
    gaps = np.flatnonzero(~ink.any(axis=0)[cols[0] : cols[-1]])
    start = cols[0] + (gaps[-1] + 1 if len(gaps) else 0)
    glyph = ink[:, start : cols[-1] + 1]
    rows = np.flatnonzero(glyph.any(axis=1))
    return glyph[rows[0] : rows[-1] + 1]


def test_a_percent_sign_has_its_two_counters_apart_and_no_digit_does():
    for font in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LiberationMono-Bold.ttf", "DejaVuSerif.ttf"):
        binary, boxes = _scanned(["7%", "10", "14", "16", "18", "19"], font, 30)
        found = [percent_glyph(_last_glyph(binary, b)) for b in boxes]
        assert found == [True, False, False, False, False, False], font


def test_a_percent_read_as_digits_or_letters_is_put_back():
    binary, boxes = _scanned(["100%", "86%", "100%", "97,78%"], "DejaVuSans.ttf", 29)
    read = ["10044", "8644", "100Y46", "97,784"]
    assert [fix_percent(_word(t, b), binary, PX) for t, b in zip(read, boxes, strict=True)] == ["100%", "86%", "100%", "97,78%"]


def test_digits_printed_as_digits_stay():
    binary, boxes = _scanned(["10096", "1004", "2023", "88"], "DejaVuSans.ttf", 29)
    assert [fix_percent(_word(t, b), binary, PX) for t, b in zip(["10096", "1004", "2023", "88"], boxes, strict=True)] == [None] * 4


# --------------------------------------------------------------------------- a comma read as a period


def test_a_comma_read_as_a_period_is_put_back_by_its_tail():
    printed = ["92,15", "24.311.892,-", "100,00", "1.234.567", "05.02.2024"]
    binary, boxes = _scanned(printed, "DejaVuSans.ttf", 33, scale=1.2)
    read = ["92.15", "24.311.892.-", "100.00", "1.234.567", "05.02.2024"]
    fixed = [fix_separators(_word(t, b), binary, PX) for t, b in zip(read, boxes, strict=True)]
    assert fixed == ["92,15", "24.311.892,-", "100,00", None, None]


def test_a_period_read_as_a_comma_is_put_back():
    binary, boxes = _scanned(["152.900.600"], "DejaVuSans.ttf", 33)
    assert fix_separators(_word("152,900.600", boxes[0]), binary, PX) == "152.900.600"


def test_read_marks_names_each_change():
    binary, boxes = _scanned(["92,15", "100%", "Jumlah"], "DejaVuSans.ttf", 33)
    words = [_word(t, b) for t, b in zip(["92.15", "1004", "Jumlah"], boxes, strict=True)]
    assert read_marks(words, binary, DPI) == [("92.15", "92,15"), ("1004", "100%")]
    assert [w.text for w in words] == ["92,15", "100%", "Jumlah"]


# --------------------------------------------------------------------------- text on a shaded band


def _shaded_header() -> tuple[Image.Image, tuple[int, int, int, int]]:
    """A header row filled grey over the width of a table, a dark rule under it, bold words printed on it."""
    img = Image.new("L", (2400, 400), 255)
    d = ImageDraw.Draw(img)
    d.rectangle([(150, 100), (2250, 210)], fill=185)
    d.line([(150, 212), (2250, 212)], fill=0, width=3)
    face = ImageFont.truetype("DejaVuSans-Bold.ttf", 30)
    d.text((170, 120), "SASARAN STRATEGIS", fill=0, font=face)
    d.text((1300, 120), "INDIKATOR KINERJA", fill=0, font=face)
    return img, d.textbbox((170, 120), "SASARAN STRATEGIS", font=face)


def test_a_shaded_band_stays_a_ruling_and_its_text_stays():
    img, box = _shaded_header()
    rules, mask = ocr_image.image_rules(img, DPI)
    assert len(rules) == 1 and rules[0].bottom - rules[0].top > 20 * 72 / DPI  # the band, as thick as it is
    x0, y0, x1, y1 = box
    ink = np.asarray(img)[y0:y1, x0:x1] < 100
    assert not (mask[y0:y1, x0:x1] & ink).any()  # the letters are not erased
    assert mask[105, 1000] and mask[200, 2000]  # the grey is


def test_the_words_on_a_shaded_band_are_read():
    require_tool("tesseract", "tesseract-ocr")
    img, _ = _shaded_header()
    _, page = ocr_image.clean_page(img.convert("RGB"), DPI)
    words = data_words(image_to_data(Image.fromarray(page), "eng", "--psm 11"), 1.0)
    assert [w.text for w in words] == ["SASARAN", "STRATEGIS", "INDIKATOR", "KINERJA"]


def test_a_page_scanned_grey_all_over_is_no_band():
    """Paper the scanner left grey is grey from edge to edge: erased as shading, the stamp's colour and the light
    strokes of a name printed over it went too (the Kediri PK scan lost its second party)."""
    img = Image.new("L", (1600, 1200), 190)
    ImageDraw.Draw(img).text((200, 500), "dr. Hj. HARYANTI SUTRISNO", fill=0, font=ImageFont.truetype("DejaVuSans.ttf", 40))
    rules, mask = ocr_image.image_rules(img, DPI)
    assert not any(r.shade for r in rules)
    assert not mask[600:1100].any()
