"""An amount printed with ",-" in monospaced print ("1.050.000,-") whose dotted zeros Tesseract read "6" and "9"
("1.050.069,-", unsure) gets its zeros back from their outline, as a bare number does; the real "6", "8" and "9" of
such an amount keep their reading."""

from __future__ import annotations

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_glyphs import read_marks
from tests.test_scans34_dotted_zero import DPI, PX, _scan


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
