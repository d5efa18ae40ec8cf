"""A narrow monospaced amount column wraps "2.525.442.492,-" as "2.525." / "442.49" / "2,-". Tesseract drops the dot
ending the upper line ("2.525", a whole-looking amount, so the next line becomes a row of its own) and the dash
ending the last one ("2,", which no amount ends with, so the pieces never join). The marks the image shows are put
back; none the image lacks is ever added."""

from __future__ import annotations

import numpy as np
from ocr_builders import font
from PIL import Image, ImageDraw

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_wrap_ends import restore_end_dashes, restore_end_dots

PX = 300 / 72


def _font():
    return font("DejaVuSansMono.ttf", 36)


def _column(lines: list[tuple[str, str]], *, left: int = 200) -> tuple[np.ndarray, list[Word]]:
    """A binarized strip of one right-aligned cell printing the first text of each pair on its own line, and the
    words as Tesseract boxes them: the second text of each pair, its box over the glyphs of that text only."""
    img = Image.new("L", (900, 120 + 50 * len(lines)), 255)
    d = ImageDraw.Draw(img)
    f = _font()
    char = f.getlength("0")
    words = []
    for k, (printed, read) in enumerate(lines):
        x, y = left + (7 - len(printed)) * char, 60 + 50 * k
        d.text((x, y), printed, font=f, fill=0)
        x0, top, _x1, bottom = d.textbbox((x, y), printed, font=f)
        x1 = d.textbbox((x, y), read, font=f)[2]
        words.append(Word(read, x0 / PX, top / PX, x1 / PX, bottom / PX, size=36 / PX, conf=90))
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    return binary, words


def test_the_dot_ending_a_wrapped_line_is_put_back():
    binary, words = _column([("2.525.", "2.525"), ("442.49", "442.49"), ("2,-", "2,-")])
    assert restore_end_dots(words, binary) == [("2.525", "2.525.")]
    assert [w.text for w in words] == ["2.525.", "442.49", "2,-"]


def test_an_amount_printed_without_a_dot_stays_as_read():
    """"2.525" over "442": the image shows nothing after the last digit, so nothing is added."""
    binary, words = _column([("2.525", "2.525"), ("442", "442")])
    assert restore_end_dots(words, binary) == []
    assert words[0].text == "2.525"


def test_a_dot_is_looked_for_only_above_a_piece():
    """An amount with no piece under it (a row's last value) keeps its reading even if a speck follows it."""
    binary, words = _column([("2.525.", "2.525"), ("Jumlah", "Jumlah")])
    assert restore_end_dots(words, binary) == []


def test_the_dash_after_a_comma_seen_in_the_image_closes_the_amount():
    binary, words = _column([("2,-", "2,")])
    words, fixes = restore_end_dashes(words, binary)
    assert fixes == [("2,", "2,-")]
    assert [w.text for w in words] == ["2,-"]


def test_a_dash_read_as_a_word_of_its_own_is_joined():
    binary, words = _column([("011,-", "011,")])
    w = words[0]
    char = (w.x1 - w.x0) / 4
    dash = Word("-", w.x1 + 0.4 * char, w.top + 0.4 * (w.bottom - w.top), w.x1 + 1.1 * char,
                w.top + 0.5 * (w.bottom - w.top), size=w.size, conf=40)
    words, fixes = restore_end_dashes([w, dash], binary)
    assert fixes == [("011,", "011,-")]
    assert [o.text for o in words] == ["011,-"]


def test_a_comma_with_no_dash_after_it_stays_as_read():
    binary, words = _column([("2,", "2,")])
    words, fixes = restore_end_dashes(words, binary)
    assert fixes == [] and words[0].text == "2,"
