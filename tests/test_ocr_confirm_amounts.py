"""Amounts of a borderless table read twice more (issue #12, scans): a condensed "7" the page pass reads "1"
("21.091.909" for "27.091.909", one digit that turns a sound budget sum into a false contradiction). The
number model reads every amount again; two readings of three that agree are the number, marked unsure; none
agreeing keeps the first reading, marked doubtful. Tesseract is replaced by the readings it gave on a
synthetic scan, so the decision is tested alone."""

from __future__ import annotations

from PIL import Image

from lkjip.extract import ocr
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE

PX = 300 / 72


def _amounts(*texts_conf: tuple[str, float]) -> list[Word]:
    return [Word(t, 100.0, 50.0 + 20 * k, 160.0, 60.0 + 20 * k, conf=c) for k, (t, c) in enumerate(texts_conf)]


def _readings(monkeypatch, second: dict[str, str], third: dict[str, str | None]) -> list[str]:
    """Tesseract's second (stacked) and third (zoomed) readings, keyed by the first; the third ones asked for."""
    asked: list[str] = []
    order: list[str] = []

    def stacked(crops, lang, config):
        assert lang == "eng"
        return [[Word(second[t], 0, 0, 10, 10, conf=95)] for t in order]

    def reread(crop, px0, py0, px, *, lang, zoom=1, expect=""):
        asked.append(expect)
        text = third[expect]
        return None if text is None else Word(text, px0, py0, px0 + 10, py0 + 10, conf=91)

    monkeypatch.setattr(ocr, "read_stacked", stacked)
    monkeypatch.setattr(ocr, "reread_number", reread)
    return asked, order


def test_a_misread_digit_two_readings_correct_is_put_right_and_marked_unsure(monkeypatch):
    words = _amounts(("85.521.917", 96), ("21.091.909", 79), ("2.571.692.050", 90), ("3.185.835.184", 96), ("Jumlah", 95))
    asked, order = _readings(
        monkeypatch,
        {"85.521.917": "85.521.917", "21.091.909": "27.091.909", "2.571.692.050": "2.577.692.050",
         "3.185.835.184": "3.185.835.1184"},
        {"21.091.909": "27.091.909", "2.571.692.050": "2.577.692.050", "3.185.835.184": "3.185.835.184"})
    order.extend(w.text for w in words[:4])
    changed = ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX)
    assert changed == 2
    assert [w.text for w in words] == ["85.521.917", "27.091.909", "2.577.692.050", "3.185.835.184", "Jumlah"]
    assert asked == ["21.091.909", "2.571.692.050", "3.185.835.184"]  # a reading that agrees is not read again
    assert words[0].conf == 96  # confirmed: stays sure
    assert all(MIN_CONFIDENCE <= w.conf < ocr.SURE_DIGITS for w in words[1:4])  # a table warning names each


def test_three_readings_that_disagree_keep_the_first_and_make_the_table_doubtful(monkeypatch):
    words = _amounts(("21.257.131", 70), ("60.401.658", 96))
    _, order = _readings(monkeypatch, {"21.257.131": "27.257.131", "60.401.658": "60.401.658"},
                         {"21.257.131": "24.257.131"})
    order.extend(w.text for w in words)
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 0
    assert words[0].text == "21.257.131" and words[0].conf < MIN_CONFIDENCE  # never a guessed digit
    assert words[1].conf == 96


def test_an_unsure_single_digit_is_read_again_a_sure_one_is_not(monkeypatch):
    """A renstra target "77" the page pass read "7" at 35 (its box as wide as the "75" beside it): the number
    model reads "77" twice, so the number is "77", marked unsure; a row's "1" read sure is left alone."""
    words = _amounts(("7", 35), ("1", 96), ("75", 90))
    asked, order = _readings(monkeypatch, {"7": "77", "75": "75"}, {"7": "77"})
    order.extend(["7", "75"])
    assert ocr.confirm_amounts(words, Image.new("L", (1000, 1000), 255), "eng", PX) == 1
    assert [w.text for w in words] == ["77", "1", "75"] and asked == ["7"]
    assert MIN_CONFIDENCE <= words[0].conf < ocr.SURE_DIGITS
