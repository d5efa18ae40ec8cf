"""A monospaced dotted zero read "6", "9" or "8" on a scanned page is put back from its outline.

Liberation Mono prints its zero with a dot inside; on a scan the dot runs into the ring's walls and Tesseract
reads "(2920)" for "(2020)", "69,78" for "60,78", "2028" for "2020". A real "6", "9" or "8" of the same face keeps
its reading: a "6" is open at its upper right, a "9" at its lower left, an "8" narrows to a waist.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_glyphs import read_marks
from tests.ocr_builders import font, scanned_apart

DPI = 300
PX = DPI / 72.0


def _scan(texts: list[str], size: int = 9, bold: bool = True) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """``texts`` printed on one line in Liberation Mono at ``size`` pt, blurred and binarized like a scan; the box
    (pixels) of each."""
    face = font("LiberationMono-Bold.ttf" if bold else "LiberationMono-Regular.ttf", int(size * PX))
    return scanned_apart(texts, face, gap=60, blur=1.3, width=1600)


def _words(read: list[str], boxes: list[tuple[int, int, int, int]]) -> list[Word]:
    return [Word(t, b[0] / PX, b[1] / PX, b[2] / PX, b[3] / PX, size=9.0) for t, b in zip(read, boxes, strict=True)]


def test_dotted_zeros_read_as_six_nine_or_eight_are_put_back():
    binary, boxes = _scan(["(2020)", "60,78", "2024", "2020"])
    words = _words(["(2920)", "69,78", "2624", "2028"], boxes)
    fixes = read_marks(words, binary, DPI)
    assert [w.text for w in words] == ["(2020)", "60,78", "2024", "2020"]
    assert len(fixes) == 4


def test_real_sixes_nines_and_eights_keep_their_reading():
    for bold in (True, False):
        binary, boxes = _scan(["69,86", "1989", "968", "2026"], bold=bold)
        words = _words(["69,86", "1989", "968", "2026"], boxes)
        assert read_marks(words, binary, DPI) == []
        assert [w.text for w in words] == ["69,86", "1989", "968", "2026"]


def test_a_word_whose_marks_are_not_one_per_character_is_left_alone():
    binary, boxes = _scan(["2020"])
    words = _words(["29200"], boxes)  # one mark too few: which is which is not known
    assert read_marks(words, binary, DPI) == []


def _tight(text: str, advance: int, blur: float = 1.3) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """``text`` in Liberation Mono Bold 8 pt, each glyph ``advance`` pixels nearer its neighbour than the face sets
    it (run together on the scan), blurred and binarized; the word's box (pixels)."""
    face = font("LiberationMono-Bold.ttf", int(8 * PX))
    img = Image.new("L", (400, 120), 255)
    d = ImageDraw.Draw(img)
    x, boxes = 30, []
    for ch in text:
        d.text((x, 40), ch, fill=0, font=face)
        boxes.append(d.textbbox((x, 40), ch, font=face))
        x += int(face.getlength(ch)) + advance
    grey = np.asarray(img.filter(ImageFilter.GaussianBlur(blur)))
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return np.where(grey < 150, np.uint8(0), np.uint8(255)), box


def test_a_zero_run_into_the_digit_before_it_is_parted_at_the_bridge():
    binary, box = _tight("60,78", -1, blur=1.0)
    words = _words(["69,78"], [box])
    assert read_marks(words, binary, DPI) == [("69,78", "60,78")]


def test_a_zero_whose_dot_ran_into_its_ring_is_left_as_read():
    # blurred more, the dot joins the ring's walls: no row runs wall, paper, dot, paper, wall, and a ring with its
    # middle filled is what a blurred "6", "9" or "8" is too
    binary, box = _tight("60,78", -1, blur=1.3)
    words = _words(["69,78"], [box])
    assert read_marks(words, binary, DPI) == []


def _print(face_name: str, size: int, blur: float, threshold: int, texts: list[str]):
    face = font(face_name, int(size * PX))
    img = Image.new("L", (1200, 140), 255)
    d = ImageDraw.Draw(img)
    boxes, x = [], 30
    for text in texts:
        boxes.append(d.textbbox((x, 40), text, font=face))
        d.text((x, 40), text, fill=0, font=face)
        x = boxes[-1][2] + 50
    grey = np.asarray(img.filter(ImageFilter.GaussianBlur(blur)))
    return np.where(grey < threshold, np.uint8(0), np.uint8(255)), boxes


def test_real_digits_of_proportional_and_heavily_blurred_print_keep_their_reading():
    # a blurred "6", "9" or "8" fills its counters and stands straight at its sides like a ring: without a free dot
    # inside and marks one cell apart it is read as printed (money stays exact)
    texts = ["1.689.968", "69,86", "2026", "8.888"]
    for face_name, size, blur, threshold in [("LiberationSerif-Regular.ttf", 8, 1.8, 150),
                                             ("LiberationSans-Regular.ttf", 8, 2.3, 150),
                                             ("LiberationSans-Bold.ttf", 9, 1.8, 180),
                                             ("LiberationMono-Bold.ttf", 9, 1.8, 180),
                                             ("LiberationMono-Bold.ttf", 7, 1.3, 180)]:
        binary, boxes = _print(face_name, size, blur, threshold, texts)
        words = _words(texts, boxes)
        changed = [(a, b) for a, b in read_marks(words, binary, DPI) if a.replace(",", ".") != b.replace(",", ".")]
        assert changed == [], (face_name, size, blur, threshold)


def test_digits_run_into_each_other_past_a_bridge_are_left_as_read():
    binary, box = _tight("60,78", -3)
    words = _words(["69,78"], [box])
    assert read_marks(words, binary, DPI) == []
