"""A lone "%" the page pass read as the digit "8" (a percentage column's "99.99 %" read "99.99 8" at 29) or as the
letters "ks" (a header's "%" at 36): each is read again with the number model and becomes "%" only when that
reading is exactly "%". A real "8" stays an "8": read unsure it is read again and the number model reads "8";
read sure (a header's column numbering) it is never looked at."""

from __future__ import annotations

import numpy as np
from conftest import require_tool
from ocr_builders import font
from PIL import Image, ImageDraw

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr import percent_marks

S = 72 / 300


def _font(size: int):
    return font("DejaVuSerif-Bold.ttf", size)


def _line(*texts: tuple[int, str], face=None):
    """``texts`` drawn at their x on one line (serif bold 40 px, or ``face``), binarized; and a builder of each
    word's box from its x to its ink's right end."""
    img = Image.new("L", (1600, 120), 255)
    d = ImageDraw.Draw(img)
    for x, text in texts:
        d.text((x, 40), text, font=face or _font(40), fill=0)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))

    def word(text: str, x: int, conf: float) -> Word:
        ink = np.flatnonzero((binary[:, x - 5 : x + 200] == 0).any(axis=0))
        return Word(text=text, x0=x * S, top=40 * S, x1=(x - 5 + int(ink[-1]) + 1) * S, bottom=95 * S, size=10, conf=conf)

    return binary, word


def test_a_percent_read_as_an_unsure_eight_or_as_ks_is_read_again():
    require_tool("tesseract", "tesseract-ocr")
    binary, word = _line((60, "99.99"), (400, "%"), (700, "%"), (1000, "8"), (1300, "%"))
    read = [word("99.99", 60, 92), word("8", 400, 29), word("ks", 700, 36), word("8", 1000, 30), word("8", 1300, 95)]
    out, found = percent_marks(binary, read, "eng")
    assert [w.text for w in out[:5]] == ["99.99", "%", "%", "8", "8"]
    assert found == 2
