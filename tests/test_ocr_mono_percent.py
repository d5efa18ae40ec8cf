"""A "%" read as a digit or letter in monospaced scanned print (issue #12, scans): the "%" is wider than a digit's
ink and touches the digit before it ("96,1%" read "96,14" with "1%" one mark), so counting
marks one per character fails; on a monospaced page the marks are counted by their width in advances."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_glyphs import fix_percent

PX = 300 / 72
SIZE = 40


def _page(printed: list[str], face_file: str = "LiberationMono-Regular.ttf", size: int = SIZE) -> tuple[
        np.ndarray, list, float]:
    """A line of bold-ish Liberation Mono print (a heavy scan: strokes grown a pixel or two, so neighbours touch),
    binarized; the printed tokens' pixel boxes and the face's advance in points."""
    img = Image.new("L", (2400, 140), 255)
    d = ImageDraw.Draw(img)
    face = ImageFont.truetype(face_file, size)
    boxes, x = [], 30
    for text in printed:
        boxes.append(d.textbbox((x, 30), text, font=face, stroke_width=2))
        d.text((x, 30), text, fill=0, font=face, stroke_width=2, stroke_fill=0)
        x = boxes[-1][2] + 2 * size
    return np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255)), boxes, face.getlength("0") / PX


def _word(text: str, box) -> Word:
    x0, y0, x1, y1 = box
    return Word(text, x0 / PX, y0 / PX, x1 / PX, y1 / PX, size=10, conf=90)


def test_a_touching_percent_in_monospaced_print_is_put_back():
    binary, boxes, pitch = _page(["98.8%", "96,1%"])  # the "%" and the digit before it one mark, two advances wide
    read = ["98.84", "96,14"]
    assert [fix_percent(_word(t, b), binary, PX, pitch) for t, b in zip(read, boxes, strict=True)] == ["98.8%", "96,1%"]


def test_two_touching_digits_are_no_percent_where_the_cut_closes_paper_in():
    """A last mark two advances wide is cut one advance and a little more from its right: the cut runs through the
    digit before, and the paper it closes in there must not pass for the "%"'s upper ring ("38,36" is no "38,3%")."""
    printed = ["38,36", "53,85", "36", "85"]
    binary, boxes, pitch = _page(printed, "LiberationMono-Bold.ttf", 30)
    assert [fix_percent(_word(t, b), binary, PX, pitch) for t, b in zip(printed, boxes, strict=True)] == [None] * 4


def test_monospaced_digits_stay_as_read():
    printed = ["2023", "1884", "96,14", "77"]
    binary, boxes, pitch = _page(printed)
    assert [fix_percent(_word(t, b), binary, PX, pitch) for t, b in zip(printed, boxes, strict=True)] == [None] * 4
