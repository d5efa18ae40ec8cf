"""A row key "I." in monospaced print: its narrow glyph and its dot stand mid-cell, the dot further off than
proportional print puts it; a key read late (from its ink alone) gets its dot looked for too."""

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_key_dots import restore_key_dots

PX = 300 / 72.0


def _page(gap: int) -> np.ndarray:
    """A page with a serif "I" (19 x 31 px) and a period (6 x 7 px) ``gap`` pixels right of it, on its baseline."""
    img = np.full((200, 400), 255, dtype=np.uint8)
    img[60:91, 100:119] = 0
    img[84:91, 119 + gap : 125 + gap] = 0
    return img


def _key(text: str = "I") -> Word:
    # the ink box of the glyph alone, as a word read from its ink
    return Word(text=text, x0=100 / PX, top=61 / PX, x1=119 / PX, bottom=91 / PX, size=7.0, conf=90.0)


def test_monospaced_key_dot_half_a_height_off_is_restored():
    w = _key()
    assert restore_key_dots([w], _page(15)) == [("I", "I.")]
    assert w.text == "I."


def test_a_mark_far_off_is_no_dot():
    w = _key()
    assert restore_key_dots([w], _page(30)) == []
    assert w.text == "I"


def test_a_dot_another_word_of_the_page_covers_is_that_words():
    w = _key()
    other = Word(text="x.", x0=125 / PX, top=61 / PX, x1=150 / PX, bottom=91 / PX, size=7.0, conf=90.0)
    assert restore_key_dots([w], _page(15), among=[other]) == []
    assert w.text == "I"
