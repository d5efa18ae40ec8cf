"""A "%" touching the digits before it in small sans print ("100%" one mark, read "1004", "10046", "1009") is told by
its two small counters right of the digits' tall ones; digits ("1008", "1009" printed so) stay as read."""

from __future__ import annotations

import numpy as np
from ocr_builders import font
from PIL import Image, ImageDraw

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_glyphs import fix_touching_percent, read_marks

PX = 300 / 72


def _font(size: int = 30):
    return font("DejaVuSans.ttf", size)


def _word(printed: str, read: str, *, touch: bool = True) -> tuple[np.ndarray, Word]:
    """``printed`` at 300 dpi, its "%" drawn against the last digit (touching) when ``touch``; the word read."""
    img = Image.new("L", (600, 120), 255)
    d = ImageDraw.Draw(img)
    f = _font()
    digits = printed.rstrip("%")
    d.text((40, 40), digits, font=f, fill=0)
    right = d.textbbox((40, 40), digits, font=f)[2]
    if printed.endswith("%"):
        d.text((right - (3 if touch else -4), 40), "%", font=f, fill=0)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    cols = np.flatnonzero((binary == 0).any(axis=0))
    rows = np.flatnonzero((binary == 0).any(axis=1))
    return binary, Word(read, cols[0] / PX, rows[0] / PX, (cols[-1] + 1) / PX, (rows[-1] + 1) / PX, conf=80.0)


def test_a_percent_touching_its_digits_is_read_from_its_counters():
    for read in ("1004", "10046", "1009"):
        binary, w = _word("100%", read)
        assert fix_touching_percent(w, binary, PX) == "100%"
    binary, w = _word("100%", "1004")
    assert read_marks([w], binary) == [("1004", "100%")] and w.text == "100%"


def test_digits_and_a_word_with_its_percent_read_stay():
    for printed in ("1008", "1009", "1006", "100"):
        binary, w = _word(printed, printed)
        assert fix_touching_percent(w, binary, PX) is None, printed
    binary, w = _word("100%", "100%")
    assert fix_touching_percent(w, binary, PX) is None
