"""Numbers the page pass cut short in small monospaced print (issue #12, scans): "31.406" for "31.406.125" (the last
group not read at all), "2.356" "745" for "2.356.980.745", "88," "86" for "88,86". The ink of one printed number runs
on with gaps narrower than a space; a number word whose ink runs on is read again over the whole run, twice, and
completed only when both readings agree and fit what the page pass read."""

from __future__ import annotations

import numpy as np
from conftest import require_tool
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr import read_stacked
from lkjip.extract.ocr_amounts import complete_cut_numbers, ink_extent
from lkjip.extract.ocr_unsure import SURE_DIGITS

DPI = 300
PX = DPI / 72
MONO = "LiberationMono-Regular.ttf"


def _page(texts: list[str], size: int = 29) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """A line of monospaced print at 300 dpi (29 px: 7 pt), the printed tokens' pixel boxes; binarized."""
    img = Image.new("L", (2000, 120), 255)
    d = ImageDraw.Draw(img)
    face = ImageFont.truetype(MONO, size)
    boxes, x = [], 40
    for text in texts:
        boxes.append(d.textbbox((x, 40), text, font=face))
        d.text((x, 40), text, fill=0, font=face)
        x = boxes[-1][2] + 3 * size
    return np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255)), boxes


def _word(text: str, box, *, upto: float = 1.0, conf: float = 95) -> Word:
    """The page pass's word over the first ``upto`` of a printed token (a piece of it)."""
    x0, y0, x1, y1 = box
    return Word(text, x0 / PX, y0 / PX, (x0 + upto * (x1 - x0)) / PX, y1 / PX, size=7, conf=conf)


def _reader(readings: list[list[str]]):
    """Tesseract replaced: each call gives the next list of readings, one per crop."""
    calls: list[int] = []

    def read(crops, lang, config):
        calls.append(len(crops))
        out = readings[len(calls) - 1]
        assert len(out) == len(crops)
        return [[Word(t, 0, 0, 10, 10, conf=93)] if t else [] for t in out]

    return read, calls


def test_the_ink_of_one_number_runs_over_its_dots_and_stops_at_a_space():
    binary, boxes = _page(["Rp", "31.406.125", "88,86"])
    head = _word("31.406", boxes[1], upto=0.6)
    assert abs(ink_extent(binary, head, PX) - boxes[1][2]) <= 2  # the dots do not stop it, the gap after does
    rp = _word("Rp", boxes[0])
    assert ink_extent(binary, rp, PX) <= boxes[0][2] + 1  # a space in monospaced print ends the run


def test_a_number_cut_short_is_completed_when_two_readings_agree():
    binary, boxes = _page(["31.406.125", "2.356.980.745", "88,86", "31.683.259"])
    words = [_word("31.406", boxes[0], upto=0.6, conf=83), _word("2.356", boxes[1], upto=0.38),
             _word("745", (boxes[1][0] + 0.77 * (boxes[1][2] - boxes[1][0]), *boxes[1][1:])),
             _word("88,", boxes[2], upto=0.6), _word("86", (boxes[2][0] + 0.6 * (boxes[2][2] - boxes[2][0]), *boxes[2][1:])),
             _word("31.683", boxes[3], upto=0.6)]  # fmt: skip
    read, calls = _reader([["31.406.125", "2.356.980.745", "88,86", "31.683.250"],
                           ["31.406.125", "2.356.980.745", "88,86", "31.683.259"]])  # fmt: skip
    out, done = complete_cut_numbers(words, binary, "eng", PX, read)
    assert calls == [4, 4]  # only the words whose ink runs on, each read twice
    assert done == 3
    assert [w.text for w in out] == ["31.406.125", "2.356.980.745", "88,86", "31.683"]  # two readings differing: kept
    assert out[0].conf < SURE_DIGITS  # a group only the number model saw: a table warning names it
    assert out[2].conf == 95  # "88," "86" joined: no digit that the page pass did not read
    assert abs(out[0].x1 * PX - boxes[0][2]) <= 2


def test_a_reading_that_does_not_fit_the_page_pass_is_not_taken():
    binary, boxes = _page(["2.356.980.745", "2023"])
    words = [_word("2.356", boxes[1 - 1], upto=0.38),
             _word("741", (boxes[0][0] + 0.77 * (boxes[0][2] - boxes[0][0]), *boxes[0][1:]))]  # fmt: skip
    read, _ = _reader([["2.356.980.745"], ["2.356.980.745"]])
    out, done = complete_cut_numbers(words, binary, "eng", PX, read)
    assert done == 0 and [w.text for w in out] == ["2.356", "741"]  # "741" is not in the reading


def test_a_cut_number_is_read_whole_by_the_installed_model():
    require_tool("tesseract", "tesseract-ocr")
    binary, boxes = _page(["Rp", "31.406.125"])
    words = [_word("Rp", boxes[0]), _word("31.406", boxes[1], upto=0.6, conf=83)]
    out, done = complete_cut_numbers(words, binary, "eng", PX, read_stacked)
    assert done == 1 and [w.text for w in out] == ["Rp", "31.406.125"]
