"""A very narrow monospaced amount column wraps "4.597.625.127" over three lines, "4.597" / ".625." / "127";
Tesseract drops the dot that opens the middle line and reads "625.": the dot the image shows is given back, so the
three lines join into one amount (without it "4.597" was taken whole and the rest lost)."""

from __future__ import annotations

import numpy as np
from ocr_builders import font
from PIL import Image, ImageDraw

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_wrap_dots import restore_wrap_dots

PX = 300 / 72


def _column(middle: str) -> tuple[np.ndarray, list[Word]]:
    """A binarized strip of one cell, "4.597" over ``middle`` over "127" right-aligned, and the words as Tesseract
    boxes them (the middle one read without its opening dot)."""
    img = Image.new("L", (900, 400), 255)
    d = ImageDraw.Draw(img)
    f = font("DejaVuSansMono.ttf", 36)
    char = f.getlength("0")
    words = []
    for k, (text, conf) in enumerate((("4.597", 96), (middle, 40), ("127", 97))):
        x, y = 200 + (6 - len(text)) * char, 60 + 50 * k
        x0, top, x1, bottom = d.textbbox((x, y), text, font=f)
        d.text((x, y), text, font=f, fill=0)
        words.append(Word(text.lstrip(".") if k == 1 else text, x0 / PX, top / PX, x1 / PX, bottom / PX,
                          size=36 / PX, conf=conf))
    return np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255)), words


def test_a_middle_piece_gets_the_dot_tesseract_dropped():
    binary, words = _column(".625.")
    assert restore_wrap_dots(words, binary) == [("625.", ".625.")]
    assert [w.text for w in words] == ["4.597", ".625.", "127"]


def test_a_middle_piece_printed_without_a_dot_stays_as_read():
    binary, words = _column("625.")
    assert restore_wrap_dots(words, binary) == []
