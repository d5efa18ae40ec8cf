"""A header's "%" printed alone and read as a lone digit is told by its glyph.

The "%" heading a budget table's percentage column, alone in its cell in bold monospaced print, is read now and
then as "1" (unsure): the column loses its name and every percentage under it is lost. Its glyph closes two
counters side by side, the upper on the left and the lower on the right, which no digit does; lone digits printed
alike ("1", "8", "0", "6") keep their reading.
"""

from __future__ import annotations

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_glyphs import read_marks
from tests.ocr_builders import font, scanned_apart

DPI = 300
PX = DPI / 72.0


def _scan(texts: list[str], face_name: str = "LiberationMono-Bold.ttf", size: int = 12):
    """``texts`` printed apart on one line at ``size`` pt, blurred and binarized like a scan; the box of each."""
    return scanned_apart(texts, font(face_name, int(size * PX)), gap=80, blur=1.2, width=1400)


def _words(read: list[str], boxes) -> list[Word]:
    return [Word(t, b[0] / PX, b[1] / PX, b[2] / PX, b[3] / PX, size=12.0, conf=29)
            for t, b in zip(read, boxes, strict=True)]


def test_a_lone_percent_read_as_a_digit_is_put_back():
    for face_name in ("LiberationMono-Bold.ttf", "LiberationMono-Regular.ttf", "LiberationSans-Bold.ttf"):
        binary, boxes = _scan(["%"], face_name)
        words = _words(["1"], boxes)
        assert read_marks(words, binary, DPI) == [("1", "%")], face_name
        assert words[0].text == "%"


def test_lone_digits_keep_their_reading():
    texts = ["1", "8", "0", "6", "9", "4"]
    binary, boxes = _scan(texts)
    words = _words(texts, boxes)
    assert read_marks(words, binary, DPI) == []
    assert [w.text for w in words] == texts
