"""A monospaced dotted zero on a shaded band of a low-resolution scan is told against its own paper.

Small print scanned at 150 dpi blurs; a zero's counter and its dot come out mid grey. On white paper the page's
threshold leaves the counter paper, but on a shaded band (a table's grey header) the same counter falls under it
and the binarized zero is one blot with no dot free inside it: Tesseract reads "2019" as "2819" and the check of
the zero's outline on the binarized page cannot tell. Taken against the band's grey, the ring and its dot show
again. Real "6", "8" and "9" of the same print keep their reading.
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_glyphs import read_marks
from tests.ocr_builders import font

DPI = 300
PX = DPI / 72.0

#: the grey of the shaded band and of the white paper, and the page's threshold that white paper sets
BAND, WHITE, LEVEL = 196, 248, 171


def _scan(texts: list[str], size: int = 10) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, int, int]]]:
    """``texts`` in Liberation Mono at ``size`` pt on a shaded band, printed at 150 dpi, saved as a coarse JPEG and
    read back at 300 dpi (a low-resolution scan); the binarized page (the page's threshold), the grey page and the
    box of each text (pixels at 300 dpi)."""
    face = font("LiberationMono-Regular.ttf", int(size * 150 / 72))
    img = Image.new("L", (700, 80), WHITE)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 15, 700, 65), fill=BAND)
    boxes, x = [], 20
    for text in texts:
        box = d.textbbox((x, 28), text, font=face)
        d.text((x, 28), text, fill=20, font=face)
        boxes.append(tuple(2 * v for v in box))
        x = box[2] + 30
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=55)
    grey = np.asarray(Image.open(buf).resize((1400, 160), Image.BILINEAR))
    return np.where(grey < LEVEL, np.uint8(0), np.uint8(255)), grey, boxes


def _words(read: list[str], boxes: list[tuple[int, int, int, int]]) -> list[Word]:
    return [Word(t, b[0] / PX, b[1] / PX, b[2] / PX, b[3] / PX, size=10.0) for t, b in zip(read, boxes, strict=True)]


def test_a_dotted_zero_whose_counter_the_band_filled_is_put_back():
    binary, grey, boxes = _scan(["2019", "2020", "100"])
    words = _words(["2819", "2028", "106"], boxes)
    fixes = read_marks(words, binary, DPI, paper=(grey, LEVEL))
    assert [w.text for w in words] == ["2019", "2020", "100"]
    assert len(fixes) == 3


def test_on_the_binarized_page_alone_the_blotted_zero_does_not_tell():
    binary, grey, boxes = _scan(["2019", "2020"])
    words = _words(["2819", "2028"], boxes)
    assert read_marks(words, binary, DPI) == []


def test_real_sixes_eights_and_nines_on_the_band_keep_their_reading():
    texts = ["1989", "968", "2026", "8.688", "69,86"]
    binary, grey, boxes = _scan(texts)
    words = _words(texts, boxes)
    assert read_marks(words, binary, DPI, paper=(grey, LEVEL)) == []
    assert [w.text for w in words] == texts


def test_two_zeros_the_band_ran_together_stand_apart_against_their_paper():
    """At 9 pt the page's threshold runs the two zeros of "0,00" into one mark (no cell of each to tell); against
    the band's grey they are two marks again inside that one, each with its dot."""
    binary, grey, boxes = _scan(["0,00"], size=9)
    words = _words(["0,60"], boxes)
    assert read_marks(words, binary, DPI) == []
    assert read_marks(words, binary, DPI, paper=(grey, LEVEL)) == [("0,60", "0,00")]


def _serif_scan(texts: list[str], size: int, dpi: int) -> tuple[np.ndarray, np.ndarray, list[Word]]:
    """``texts`` in Liberation Serif at ``size`` pt on a shaded band, printed at ``dpi``, slightly blurred, saved as
    a JPEG and read back at 300 dpi; the binarized page (the page's threshold), the grey page and the words."""
    face = font("LiberationSerif-Regular.ttf", int(round(size * dpi / 72)))
    img = Image.new("L", (700 * dpi // 150, 80 * dpi // 150), WHITE)
    d = ImageDraw.Draw(img)
    d.rectangle((0, 5, img.width, img.height - 5), fill=BAND)
    boxes, x = [], 15
    for text in texts:
        box = d.textbbox((x, 25 * dpi // 150), text, font=face)
        d.text((x, 25 * dpi // 150), text, fill=20, font=face)
        boxes.append(box)
        x = box[2] + 20
    buf = io.BytesIO()
    img.filter(ImageFilter.GaussianBlur(0.6)).save(buf, "JPEG", quality=60)
    k = DPI / dpi
    grey = np.asarray(Image.open(buf).resize((int(img.width * k), int(img.height * k)), Image.BILINEAR))
    words = [Word(t, b[0] * k / PX, b[1] * k / PX, b[2] * k / PX, b[3] * k / PX, size=float(size))
             for t, b in zip(texts, boxes, strict=True)]
    return np.where(grey < LEVEL, np.uint8(0), np.uint8(255)), grey, words


def test_small_serif_nines_on_the_band_keep_their_reading():
    """Small proportional serif print on the band, scanned at 100-150 dpi: at half contrast a "9"'s thin tail
    breaks off and its bowl closes round a speck like a zero's dot ("99,94" was read "90,94"); its marks are no
    longer the page's, and it stays a "9"."""
    texts = ["99,98", "99,97", "1999", "9,69", "89,96", "99,94"]
    for size in (8, 9):
        for dpi in (100, 150):
            binary, grey, words = _serif_scan(texts, size, dpi)
            assert read_marks(words, binary, DPI, paper=(grey, LEVEL)) == [], (size, dpi)
            assert [w.text for w in words] == texts
