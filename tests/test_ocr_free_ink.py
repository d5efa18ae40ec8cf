"""Small print the page pass of a scan read as nothing (a borderless table's two-digit targets in 7 pt print, a
row's number alone) is read again from its ink: kept when two readings agree, never guessed."""

from __future__ import annotations

import numpy as np
from conftest import require_tool, scan_strip

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr import read_stacked
from lkjip.extract.ocr_free_ink import free_text_blobs, read_free_ink

_PX = 300 / 72


def _row(texts: list[tuple[str, float]]) -> tuple[np.ndarray, list[Word]]:
    """A 300 dpi strip of one table row printing ``texts`` (text, x in points) in 7 pt sans, and a word for each."""
    return scan_strip(600, 30, [(text, x, 10.0) for text, x in texts])


_ROW = [("3", 20.0), ("Persentase", 40.0), ("66", 300.0), ("69", 350.0), ("73", 400.0), ("77", 450.0), ("81", 500.0)]


def test_numbers_the_page_pass_missed_are_read_from_their_ink():
    require_tool("tesseract", "tesseract-ocr")
    binary, words = _row(_ROW)
    read = [w for w in words if w.text not in ("3", "69", "77")]  # what the page pass gave
    found = read_free_ink(binary, read, "eng", "eng", read_stacked)
    got = {w.text: round(w.x0) for w in found}
    assert {"69", "77"} <= set(got)
    assert 348 <= got["69"] <= 352 and 448 <= got["77"] <= 452
    assert all(w.text in ("3", "69", "77") for w in found)  # nothing read twice, nothing invented


def test_ink_every_word_covers_is_not_read_again():
    binary, words = _row(_ROW)
    _, boxes = free_text_blobs(binary, words)
    assert boxes == []
    _, boxes = free_text_blobs(binary, [w for w in words if w.text != "73"])
    assert len(boxes) == 1 and 395 * _PX <= boxes[0][0] <= 402 * _PX


def test_a_glyph_piece_a_word_box_left_out_is_no_word_of_its_own():
    binary, words = _row([("Rp", 300.0), ("Persentase", 40.0)])
    rp = words[0]
    rp.bottom -= 4.0  # the box Tesseract gave leaves out the foot of its glyphs (the "p"'s descender)
    _, boxes = free_text_blobs(binary, words)
    assert boxes == []
