"""Bold told on a scan (issue #12): a narrow header cell wraps its last letter onto a line of its own
("OUTPUT/KELUARA" over "N"). The lone letter is too short to weigh by its strokes and has no neighbour on its line;
it stayed regular, its line broke the bold header in two and the table lost its header. It takes the weight of the
bold word right above it that it starts level with; a lone mark elsewhere stays regular."""

from __future__ import annotations

import numpy as np

from lkjip.extract import ocr_bold
from lkjip.extract.layout.geometry import Word

DPI = 300
PX = DPI / 72


def _draw(binary: np.ndarray, words: list[Word], x: float, y: float, text: str, bar: int) -> Word:
    """A word at (``x``, ``y``) points, each letter a vertical bar ``bar`` pixels thick."""
    w = Word(text, x, y, x + 6 * len(text), y + 8, size=8.0)
    x0, y0, y1 = int(w.x0 * PX), int(w.top * PX) + 2, int(w.bottom * PX) - 2
    for k in range(len(text)):
        left = x0 + 4 + k * 25
        binary[y0:y1, left : left + bar] = 0
    words.append(w)
    return w


def _page() -> tuple[list[Word], np.ndarray]:
    binary = np.full((int(300 * PX), int(500 * PX)), 255, np.uint8)
    words: list[Word] = []
    for k in range(4):  # prose: regular strokes of 3 pixels
        for j, text in enumerate(("Capaian", "kinerja", "Camatan")):
            _draw(binary, words, 20 + 60 * j, 20 + 12 * k, text, 3)
    for j, text in enumerate(("URAIAN", "ANGGARAN")):  # the bold header: strokes of 5 pixels
        _draw(binary, words, 20 + 60 * j, 100, text, 5)
    _draw(binary, words, 150, 100, "OUTPUT/KELUARA", 5)
    return words, binary


def test_a_letter_wrapped_alone_under_a_bold_header_word_is_bold():
    words, binary = _page()
    tail = _draw(binary, words, 150.5, 110, "N", 5)
    ocr_bold.mark_bold(words, binary, DPI)
    assert words[-2].bold  # "OUTPUT/KELUARA"
    assert tail.bold


def test_a_lone_letter_not_under_a_bold_word_stays_regular():
    words, binary = _page()
    apart = _draw(binary, words, 400, 110, "N", 5)  # nothing above it
    under_prose = _draw(binary, words, 20, 68, "a", 5)  # under a regular word
    ocr_bold.mark_bold(words, binary, DPI)
    assert not apart.bold
    assert not under_prose.bold
