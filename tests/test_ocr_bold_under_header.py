"""Bold told on a scan (issue #12): a body row right under a shaded bold header, its strokes a little heavier than
the page's prose (smaller print on grey) but far from bold, has no word clearly bold or regular; it took the weight
of the header line above it and the layout read it as a second header line (the first program of a budget table
lost, its amount read as the header's). A line told by its neighbours is bold only when its own strokes are nearer
the page's bold than its regular print."""

from __future__ import annotations

import numpy as np

from lkjip.extract import ocr_bold
from lkjip.extract.layout.geometry import Word

DPI = 300
PX = DPI / 72


def _draw(binary: np.ndarray, words: list[Word], y: float, texts: list[str], widths: list[int]) -> None:
    """Words of 7 letters each on a line at ``y`` (points), each letter a bar ``widths`` pixels thick in turn."""
    x = 20.0
    for text in texts:
        w = Word(text, x, y, x + 40, y + 8, size=8.0)
        x0, y0, y1 = int(w.x0 * PX), int(w.top * PX) + 2, int(w.bottom * PX) - 2
        for k in range(7):
            bar = widths[k % len(widths)]
            left = x0 + 4 + k * 22
            binary[y0:y1, left : left + bar] = 0
        words.append(w)
        x += 48


def _page(body_widths: list[int]) -> tuple[list[Word], np.ndarray, list[Word], list[Word]]:
    binary = np.full((int(300 * PX), int(400 * PX)), 255, np.uint8)
    words: list[Word] = []
    for k in range(4):  # prose: regular strokes of 3 pixels
        _draw(binary, words, 20 + 12 * k, ["Capaian", "kinerja", "Camatan"], [3])
    header: list[Word] = []
    _draw(binary, header, 100, ["Program", "Anggaran"], [5])  # bold header: strokes of 5 pixels
    body: list[Word] = []
    _draw(binary, body, 111, ["Program", "Penunja", "Urusann"], body_widths)  # the row right under it
    rest: list[Word] = []
    _draw(binary, rest, 140, ["Program", "Koordin", "Ketentr"], [3])
    return words + header + body + rest, binary, header, body


def test_a_body_row_a_little_heavier_than_prose_stays_regular_under_a_bold_header():
    words, binary, header, body = _page([3, 4])  # strokes 3.5 px on average: between the weights
    ocr_bold.mark_bold(words, binary, DPI)
    assert all(w.bold for w in header)
    assert not any(w.bold for w in body)


def test_a_header_s_second_line_nearer_bold_still_takes_the_header_s_weight():
    words, binary, header, body = _page([4, 5])  # 4.5 px on average: nearer the bold header's 5 than prose's 3
    ocr_bold.mark_bold(words, binary, DPI)
    assert all(w.bold for w in header)
    assert all(w.bold for w in body)
