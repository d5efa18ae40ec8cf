"""Text Tesseract read as nothing inside a table (an amount of 7 pt print in a narrow column, no word where it
stands): the table is a doubtful reading, so a sum failing over the empty cell is no error."""

from __future__ import annotations

import numpy as np
from conftest import scan_strip

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_unread import unread_doubt, unread_text


def _page(texts: list[tuple[str, float, float]]) -> tuple[np.ndarray, list[Word]]:
    """A 300 dpi strip of a budget table printing ``texts`` (text, x, top in points), and a word for each."""
    return scan_strip(600, 80, texts, split_words=True)


_ROWS = [("Program Penunjang Urusan", 340.0, 10.0), ("Rp 1.657.398.662", 505.0, 10.0),
         ("Program Pemberdayaan Masyarakat", 340.0, 30.0), ("Rp 63.910.508", 515.0, 30.0),
         ("Jumlah", 340.0, 50.0), ("Rp 2.132.692.666", 505.0, 50.0)]


def test_an_amount_read_as_nothing_makes_the_table_doubtful():
    binary, words = _page(_ROWS)
    read = [w for w in words if w.text not in ("Rp", "63.910.508") or w.top < 25 or w.top > 45]
    unread = unread_text(binary, read)
    assert len(unread) == 1
    x0, top, x1, bottom = unread[0]
    assert 515 < x0 < 535 and 28 < top < 33 and x1 > 550  # the amount (its "Rp" apart: narrower than text)
    assert "OCR tidak membaca 1 teks" in unread_doubt(unread, (330.0, 5.0, 580.0, 70.0), 5)
    assert unread_doubt(unread, (330.0, 60.0, 580.0, 90.0), 5) is None  # another table of the page


def test_every_word_read_leaves_no_doubt():
    binary, words = _page(_ROWS)
    assert unread_text(binary, words) == []


def test_a_sign_or_a_percent_left_out_of_a_box_is_no_text():
    binary, words = _page([("R", 500.0, 10.0), ("%", 540.0, 10.0)])
    assert unread_text(binary, []) == []  # a glyph or two: narrower than text
