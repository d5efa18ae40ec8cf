"""The head of an amount a narrow column cut inside its second group ("75.88" over "6.790": two digits of the group
on the first line) is read again like an amount: a monospaced "7" the page pass reads "1" ("15.88", "11.51" for
"77.57") made the amount and its sums wrong. The number model's readings (Tesseract replaced by the readings it
gave on a scan of 11 pt monospaced print) put it right, marked unsure; a head they confirm stays sure."""

from __future__ import annotations

from PIL import Image

from lkjip.extract import ocr
from lkjip.extract.layout.geometry import Word

PX = 300 / 72


def test_a_head_cut_inside_its_second_group_is_read_again(monkeypatch):
    words = [Word(t, 100.0 + 45 * k, 50.0, 129.0 + 45 * k, 58.0, conf=c)
             for k, (t, c) in enumerate([("11.51", 76), ("15.88", 71), ("31.95", 95), ("97,82", 91)])]
    printed = {"11.51": "77.57", "15.88": "75.88", "31.95": "31.95", "97,82": "97,82"}
    order = [w.text for w in words]
    monkeypatch.setattr(ocr, "read_stacked", lambda crops, lang, config: [[Word(printed[t], 0, 0, 9, 9, conf=90)]
                                                                          for t in order])
    monkeypatch.setattr(ocr, "reread_number", lambda crop, px0, py0, px, *, lang, zoom=1, expect="": Word(
        printed[expect], px0, py0, px0 + 9, py0 + 9, conf=88))
    changed = ocr.confirm_amounts(words, Image.new("L", (1000, 400), 255), "eng", PX)
    assert changed == 2
    assert [w.text for w in words] == ["77.57", "75.88", "31.95", "97,82"]
    assert words[0].conf < ocr.SURE_DIGITS and words[2].conf == 95
