"""A number of a monospaced scan read with a glyph too many ("716.42" for "76.42": a "7" read as two glyphs) has
more glyphs than its box has room for at the page's advance: it is read again alone with the number model and
the reading that fits the box is taken, marked unsure. A number whose text fits its box, and any number of a page
in a proportional font, is left as read."""

from __future__ import annotations

import numpy as np
from ocr_builders import font
from PIL import Image, ImageDraw

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr import _word_crop, reread_number
from lkjip.extract.ocr_mono_amounts import count_mono_numbers, glyphs_in_box
from lkjip.extract.ocr_tesseract import number_language, ocr_language
from lkjip.extract.ocr_unsure import SURE_DIGITS

PX = 300 / 72
SIZE = 11.0
NAMES = ["Koordinasi Penyusunan Dokumen Perencanaan", "Administrasi Keuangan Perangkat Daerah",
         "Penyediaan Peralatan Perlengkapan Kantor", "Pengadaan Kendaraan Operasional Lapangan"]


def _ink(img: Image.Image, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The box of the ink inside ``box``, as Tesseract boxes a word."""
    ink = np.asarray(img.crop(box)) < 128
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    return box[0] + int(cols[0]), box[1] + int(rows[0]), box[0] + int(cols[-1]) + 1, box[1] + int(rows[-1]) + 1


def _page(face: str) -> tuple[Image.Image, list[Word]]:
    """A table of names and two amounts a row, 11 pt ``face`` at 300 dpi, each word as OCR boxes it (its ink)."""
    img = Image.new("L", (2000, 700), 255)
    d = ImageDraw.Draw(img)
    f = font(face, round(SIZE * PX))
    words = []
    amounts = [("76.42", "72.87"), ("77.57", "75.88"), ("31.95", "27.54"), ("6.005", "6.790")]
    for k, (name, row) in enumerate(zip(NAMES, amounts, strict=True)):
        y = 60 + 120 * k
        x = 60
        for part in list(name.split()) + ["", *row]:
            if not part:
                x += 200
                continue
            box = d.textbbox((x, y), part, font=f)
            d.text((x, y), part, font=f, fill=0)
            x0, top, x1, bottom = _ink(img, box)
            words.append(Word(part, x0 / PX, top / PX, x1 / PX, bottom / PX, size=SIZE, conf=95))
            x = box[2] + round(0.6 * SIZE * PX)  # a word space: one advance
    return img, words


def _reread(img: Image.Image):
    lang = number_language(ocr_language()[0])
    return lambda w, zoom: reread_number(*_word_crop(w, img, PX), PX, lang=lang, zoom=zoom, expect=w.text)


def test_a_monospaced_number_with_a_glyph_too_many_is_read_again():
    img, words = _page("DejaVuSansMono.ttf")
    misread = next(w for w in words if w.text == "76.42")
    misread.text = "716.42"  # Tesseract's reading: the "7" as two glyphs
    assert glyphs_in_box(misread, 0.6 * SIZE) == 5
    fixes = count_mono_numbers(words, _reread(img))
    assert fixes == [("716.42", "76.42")]
    assert misread.text == "76.42" and misread.conf < SURE_DIGITS  # a table warning names it
    assert all(w.conf == 95 for w in words if w is not misread)  # the numbers that fit their box: as read


def test_a_proportional_page_keeps_its_numbers_as_read():
    img, words = _page("DejaVuSans.ttf")
    misread = next(w for w in words if w.text == "76.42")
    misread.text = "716.42"
    assert count_mono_numbers(words, _reread(img)) == []
    assert misread.text == "716.42"


def _stub(readings: dict[int, str]):
    """A reading again that gives ``readings[zoom]`` in the word's box (the number model's answer at that zoom)."""
    return lambda w, zoom: Word(readings[zoom], w.x0, w.top, w.x1, w.bottom, size=w.size, conf=90)


def test_a_separator_read_again_as_the_other_keeps_its_first_reading():
    # the number model reads a group's dot as a comma now and then ("4,423.53"): a dot or comma standing where the
    # first reading had one (counted from the number's end) is kept as first read, the digits are the new reading's
    img, words = _page("DejaVuSansMono.ttf")
    misread = next(w for w in words if w.text == "76.42")
    misread.text = "716.42"
    assert count_mono_numbers(words, _stub({1: "76,42", 2: "76,42"})) == [("716.42", "76.42")]
    assert misread.text == "76.42"


def test_readings_again_that_disagree_keep_the_number_as_read_and_unsure():
    img, words = _page("DejaVuSansMono.ttf")
    misread = next(w for w in words if w.text == "76.42")
    misread.text = "716.42"
    assert count_mono_numbers(words, _stub({1: "76.42", 2: "16.42"})) == []
    assert misread.text == "716.42" and misread.conf < SURE_DIGITS  # kept raw: a table warning names it
