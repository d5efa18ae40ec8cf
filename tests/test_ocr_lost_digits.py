"""A short number read with a digit lost ("73" read "3", "71" read "n") is read again where its box shows more
tall marks than its text has digits; the second reading is taken only when it has a digit per mark and keeps the
first reading's digits; a number read whole, or a second reading that changes its digits, stays."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_lost_digits import reread_lost_digits

PX = 300 / 72


def _printed(texts: list[str]) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    img = Image.new("L", (1600, 120), 255)
    d = ImageDraw.Draw(img)
    face = ImageFont.truetype("DejaVuSans.ttf", 40)
    boxes, x = [], 30
    for text in texts:
        boxes.append(d.textbbox((x, 30), text, font=face))
        d.text((x, 30), text, fill=0, font=face)
        x = boxes[-1][2] + 120
    return np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255)), boxes


def _word(text: str, box) -> Word:
    return Word(text, box[0] / PX, box[1] / PX, box[2] / PX, box[3] / PX, size=10, conf=95)


def test_a_lost_digit_is_read_again():
    binary, boxes = _printed(["73", "71", "45", "73%"])
    words = [_word("3", boxes[0]), _word("n", boxes[1]), _word("45", boxes[2]), _word("3%", boxes[3])]
    second = {"3": "73", "n": "71", "45": "45", "3%": "73%"}
    fixes = reread_lost_digits(words, binary, lambda w: Word(second[w.text], w.x0, w.top, w.x1, w.bottom))
    assert fixes == [("3", "73"), ("n", "71"), ("3%", "73%")]
    assert [w.text for w in words] == ["73", "71", "45", "73%"] and words[0].conf < 90


def test_second_reading_that_changes_the_digits_or_counts_wrong_is_not_taken():
    binary, boxes = _printed(["73", "73", "7"])
    words = [_word("3", boxes[0]), _word("5", boxes[1]), _word("7", boxes[2])]
    second = {"3": "78", "5": "735", "7": "77"}
    assert reread_lost_digits(words, binary, lambda w: Word(second[w.text], w.x0, w.top, w.x1, w.bottom)) == []
    assert [w.text for w in words] == ["3", "5", "7"]


def test_marks_another_word_overlaps_are_not_counted_as_lost():
    binary, boxes = _printed(["70%"])
    x0, y0, x1, y1 = boxes[0]
    seven = _word("7", (x0, y0, x0 + (x1 - x0) // 3, y1))
    words = [seven, _word("0%", boxes[0])]
    assert reread_lost_digits(words, binary, lambda w: Word("70%", w.x0, w.top, w.x1, w.bottom)) == []
    assert [w.text for w in words] == ["7", "0%"]
