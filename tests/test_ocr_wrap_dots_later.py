"""A wrapped amount's lower piece read by a later pass (from ink the page pass left) gets its dropped dot back too:
"61.472" over ".157,-" read "157,-" stayed two values."""

from __future__ import annotations

import numpy as np
from ocr_builders import font
from PIL import Image, ImageDraw

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_wrap_dots import restore_wrap_dots

PX = 300 / 72


def _cell(lines: list[str]) -> tuple[np.ndarray, list[Word]]:
    """A binarized strip of one cell, ``lines`` right-aligned one under the other in proportional print, and the
    words as Tesseract boxes them (an opening dot dropped)."""
    img = Image.new("L", (900, 400), 255)
    d = ImageDraw.Draw(img)
    f = font("DejaVuSans.ttf", 36)
    words = []
    for k, text in enumerate(lines):
        x, y = 500 - f.getlength(text), 60 + 50 * k
        x0, top, x1, bottom = d.textbbox((x, y), text, font=f)
        d.text((x, y), text, font=f, fill=0)
        words.append(Word(text.lstrip("."), x0 / PX, top / PX, x1 / PX, bottom / PX, size=36 / PX, conf=95))
    return np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255)), words


def test_a_piece_a_later_pass_read_gets_its_dot():
    binary, (upper, lower) = _cell(["61.472", ".157,-"])
    assert restore_wrap_dots([upper, lower], binary, pieces=[lower]) == [("157,-", ".157,-")]
    assert lower.text == ".157,-"


def test_only_the_later_pass_words_are_looked_at():
    binary, (upper, lower) = _cell(["61.472", ".157,-"])
    assert restore_wrap_dots([upper, lower], binary, pieces=[upper]) == []
    assert lower.text == "157,-"


def test_a_later_piece_printed_without_a_dot_stays_as_read():
    binary, (upper, lower) = _cell(["61.472", "157,-"])
    assert restore_wrap_dots([upper, lower], binary, pieces=[lower]) == []
