"""A scanned page printed in a monospaced font: Tesseract boxes a word by its ink, and the white between two words
one space apart is a space's cell and the paper margins of the letters either side, wider than a word space, so
every line of running text read as a row of cells. The words are widened to their letters' cells (as a text layer
boxes them): the lines read as one phrase again; a page in a proportional font is left as read."""

from __future__ import annotations

import random

from lkjip.extract.layout.geometry import Word, lines_from_words, one_segment
from lkjip.extract.ocr_mono import advance_boxes

PITCH = 5.4  # a 9 pt monospaced font's cell
SIZE = 10.5  # the size read off the ink's height (a monospaced font's large x-height reads larger than it is)
TEXT = ["Renstra", "dijabarkan", "setiap", "tahun", "ke", "dalam", "Rencana", "Kerja", "dan", "Perjanjian", "Kinerja", "sasaran", "indikator", "dan", "target", "kinerja", "kecamatan", "adalah", "sebagai", "berikut"]


def _mono_line(top: float, words: list[str], rng: random.Random) -> list[Word]:
    """Words as the ink of a monospaced font lies: n cells each, less each end letter's margin of paper."""
    out, x = [], 57.0
    for t in words:
        left, right = rng.uniform(0.05, 0.25) * PITCH, rng.uniform(0.05, 0.25) * PITCH
        out.append(Word(t, x + left, top, x + len(t) * PITCH - right, top + 7.0, size=SIZE))
        x += (len(t) + 1) * PITCH
    return out


def _page(rng: random.Random) -> list[Word]:
    return [w for k in range(4) for w in _mono_line(100.0 + 12 * k, TEXT[k * 5:k * 5 + 6], rng)]


def test_running_text_of_a_monospaced_scan_reads_as_one_phrase_a_line():
    words = _page(random.Random(3))
    assert not all(one_segment(ln) for ln in lines_from_words(words))  # as read: gaps wider than a word space
    assert advance_boxes(words) > 0
    assert all(one_segment(ln) for ln in lines_from_words(words))
    first = min(words, key=lambda w: (w.top, w.x0))
    assert abs((first.x1 - first.x0) - len(first.text) * PITCH) < 0.1 * len(first.text)  # its letters' cells


def test_a_column_gap_stays_a_column_gap():
    words = _page(random.Random(5))
    words.append(Word("82,47", 300.0, 100.0, 300.0 + 4.7 * PITCH, 107.0, size=SIZE))  # a value far right
    advance_boxes(words)
    row = next(ln for ln in lines_from_words(words) if ln.words[-1].text == "82,47")
    assert not one_segment(row)


def test_a_proportional_page_is_left_as_read():
    rng = random.Random(7)
    words, x = [], 57.0
    for k, t in enumerate(TEXT * 2):
        width = sum(rng.choice((2.2, 4.5, 5.0, 7.5)) for _ in t)  # "i" to "m": letters of their own widths
        words.append(Word(t, x, 100.0 + 12 * (k // 6), x + width, 107.0 + 12 * (k // 6), size=10.0))
        x = 57.0 if k % 6 == 5 else x + width + 2.8
    boxes = [(w.x0, w.x1) for w in words]
    assert advance_boxes(words) == 0
    assert [(w.x0, w.x1) for w in words] == boxes
