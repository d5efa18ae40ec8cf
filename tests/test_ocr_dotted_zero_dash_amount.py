"""An amount printed with ",-" in monospaced print ("1.050.000,-") whose dotted zeros Tesseract read "6" and "9"
("1.050.069,-", unsure) gets its zeros back from their outline, as a bare number does; the real "6", "8" and "9" of
such an amount keep their reading."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_glyphs import read_marks
from tests.ocr_builders import font

DPI = 300
PX = DPI / 72.0


def _scan(texts: list[str], size: int = 9) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """``texts`` on one line in Liberation Mono Bold at ``size`` pt, blurred and binarized like a scan; their boxes."""
    face = font("LiberationMono-Bold.ttf", int(size * PX))
    img = Image.new("L", (1800, 160), 255)
    d = ImageDraw.Draw(img)
    boxes, x = [], 30
    for text in texts:
        box = d.textbbox((x, 50), text, font=face)
        d.text((x, 50), text, fill=0, font=face)
        boxes.append(box)
        x = box[2] + 60
    grey = np.asarray(img.filter(ImageFilter.GaussianBlur(1.3)))
    return np.where(grey < 150, np.uint8(0), np.uint8(255)), boxes


def _words(read: list[str], boxes: list[tuple[int, int, int, int]]) -> list[Word]:
    return [Word(t, b[0] / PX, b[1] / PX, b[2] / PX, b[3] / PX, size=9.0, conf=0)
            for t, b in zip(read, boxes, strict=True)]


def test_dotted_zeros_of_an_amount_ending_in_comma_dash_are_put_back():
    binary, boxes = _scan(["1.050.000,-", "20.500,-"])
    words = _words(["1.050.069,-", "29.566,-"], boxes)
    fixes = read_marks(words, binary, DPI)
    assert [w.text for w in words] == ["1.050.000,-", "20.500,-"]
    assert len(fixes) == 2


def test_real_sixes_nines_and_eights_of_such_an_amount_keep_their_reading():
    texts = ["1.689.968,-", "6.421.817,-", "98.896,-"]
    binary, boxes = _scan(texts)
    words = _words(texts, boxes)
    assert read_marks(words, binary, DPI) == []
    assert [w.text for w in words] == texts
