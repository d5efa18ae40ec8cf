"""A narrow monospaced amount column wraps "56.134.316" as "56.134" over ".316"; Tesseract drops the lone dot that
opens the lower line ("316"), and the layout then reads two values stacked in one cell as two rows. The dot the
image shows is given back, so the two lines join into one amount."""

from __future__ import annotations

import numpy as np
from ocr_builders import font
from PIL import Image, ImageDraw

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_wrap_dots import restore_wrap_dots

PX = 300 / 72


def _font(size: int):
    return font("DejaVuSansMono.ttf", size)


def _cell(lower: str, *, left: int = 200) -> tuple[np.ndarray, Word, Word]:
    """A binarized strip of one cell, "56.134" over ``lower`` centred under it, and the two words as Tesseract
    boxes them: the lower word's box starts at its first mark (a dot it did not read, if printed) and its text has
    no dot."""
    img = Image.new("L", (900, 300), 255)
    d = ImageDraw.Draw(img)
    f = _font(36)
    char = f.getlength("0")
    d.text((left, 60), "56.134", font=f, fill=0)
    lx = left + (6 - len(lower)) * char / 2
    d.text((lx, 110), lower, font=f, fill=0)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))

    def word(text: str, x: float, y: float, read: str, conf: float) -> Word:
        x0, top, x1, bottom = d.textbbox((x, y), text, font=f)
        return Word(read, x0 / PX, top / PX, x1 / PX, bottom / PX, size=36 / PX, conf=conf)

    upper = word("56.134", left, 60, "56.134", 96)
    below = word(lower, lx, 110, lower.lstrip("."), 90)
    return binary, upper, below


def test_a_wrapped_piece_gets_the_dot_tesseract_dropped():
    binary, upper, below = _cell(".316")
    assert restore_wrap_dots([upper, below], binary) == [("316", ".316")]
    assert below.text == ".316" and upper.text == "56.134"


def test_a_piece_printed_without_a_dot_stays_as_read():
    """"56.134" over "316": the image shows no dot, so nothing is added (no digit or mark is ever guessed)."""
    binary, upper, below = _cell("316")
    assert restore_wrap_dots([upper, below], binary) == []
    assert below.text == "316"


def test_a_sure_number_under_no_amount_is_not_looked_at():
    """A dot-like speck left of a row's own number, under no amount that can go on: left alone."""
    binary, upper, below = _cell(".316")
    upper.text = "Jumlah"
    assert restore_wrap_dots([upper, below], binary) == []
    assert below.text == "316"


def test_a_number_in_running_text_keeps_its_comma_apart():
    """"Lembah Hijau, 05 Maret" under an amount: the mark before "05" is the comma Tesseract read in "Hijau,"
    (inside that word's box), no dot of a wrapped piece."""
    binary, upper, below = _cell(".316")
    char = (below.x1 - below.x0) / 4
    before = Word("Hijau,", below.x0 - 40, below.top, below.x0 + char * 0.8, below.bottom, size=below.size, conf=95)
    below.x0 += char
    assert restore_wrap_dots([upper, before, below], binary) == []
    assert below.text == "316"
