"""A number in a cell of small bold print whose two readings disagree on how many digits it has ("2021" by the page
model, "221" by the number model, its enlarged reading "221" too): two digits touch, so the marks split by the gaps
in the ink are one too few, but their widths count four digits, and the reading with four is kept (unsure)."""

from __future__ import annotations

import numpy as np
import pytest
from ocr_builders import font
from PIL import Image, ImageChops, ImageDraw, ImageOps

from lkjip.extract import ocr
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_ink_count import ink_backs_first, ink_digits
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE

PX = 300 / 72.0


def _digits(text: str, touch: tuple[int, ...] = ()) -> Image.Image:
    """``text`` in bold serif at about 7 pt and 300 dpi, the digit after each index of ``touch`` set 2 pixels into the
    ink of the one before it (so the two make one mark), the others 3 pixels apart."""
    face = font("DejaVuSerif-Bold.ttf", 30)
    img = Image.new("L", (40 + 30 * len(text), 60), 255)
    x = 20
    for k, ch in enumerate(text):
        glyph = Image.new("L", (60, 60), 255)
        ImageDraw.Draw(glyph).text((10, 5), ch, fill=0, font=face)
        box = ImageOps.invert(glyph).getbbox()
        piece = glyph.crop((box[0], 0, box[2], 60))
        img.paste(ImageChops.darker(img.crop((x, 0, x + piece.width, 60)), piece), (x, 0))
        x += piece.width + (-2 if k in touch else 3)
    return img


@pytest.mark.parametrize(("text", "touch"), [("2021", (0,)), ("2021", ()), ("2024", (1,)), ("221", ()), ("85", (0,)),
                                             ("11", ())])
def test_the_ink_counts_the_digits_by_their_widths(text, touch):
    assert ink_digits(np.asarray(_digits(text, touch)) < 128) == len(text)


def test_only_the_reading_the_ink_backs_is_kept():
    four = np.asarray(_digits("2021", (0,))) < 128
    assert ink_backs_first("2021", "221", four)
    assert not ink_backs_first("221", "2021", four)  # the second has the ink's count
    assert not ink_backs_first("2021", "2022", four)  # as many digits: the count does not tell
    assert not ink_backs_first("20,21", "221", four)  # separators: not a plain number


def test_a_cell_read_a_digit_short_by_the_number_model_keeps_the_page_models_reading(monkeypatch):
    page = Image.new("L", (600, 300), 255)
    page.paste(_digits("2021", (0,)), (100, 100))
    cell = (90 / PX, 90 / PX, 280 / PX, 170 / PX)  # the cell's box in points, its borders erased
    readings = iter(["2021", "221"])

    def stacked(crops, lang, config):
        text = next(readings)
        return [[Word(text, 10, 5, c.width - 10, c.height - 5, size=30, conf=90)] for c in crops]

    monkeypatch.setattr(ocr, "read_stacked", stacked)
    monkeypatch.setattr(ocr, "number_language", lambda lang: "eng")
    monkeypatch.setattr(ocr, "reread_number", lambda *a, **kw: Word("221", 30, 30, 60, 40, size=7, conf=90))
    words = ocr.ocr_cells(page, [[[cell]]], "ind")
    assert [w.text for w in words] == ["2021"]
    assert words[0].conf < MIN_CONFIDENCE  # the readings disagreed: the cell is flagged unsure
