"""Marks of a scanned page that the ruling finder and Tesseract's page pass used to miss: the short bars
between the sub-header cells of a spanning header, and a lone "-" in a column of numbers."""

from __future__ import annotations

import numpy as np
from conftest import require_tool
from ocr_builders import font
from PIL import Image, ImageDraw

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr import dash_words, percent_marks, restore_dots
from lkjip.extract.ocr_image import image_rules, lone_dashes

PX = 300 / 72


def _font(size: int):
    return font("DejaVuSerif-Bold.ttf", size)


def _spanning_header() -> Image.Image:
    """A 7 pt header at 300 dpi: "ANGGARAN" spanning three sub-cells "ANGGA/RAN | REALIS/ASI | %", the bars
    between the sub-cells 80 px high (shorter than the 0.3 inch a ruling line must have on its own)."""
    img = Image.new("RGB", (1400, 300), "white")
    d = ImageDraw.Draw(img)
    x0, x1 = 100, 1300
    top, mid, bottom = 60, 140, 220
    for y in (top, bottom):
        d.rectangle((x0, y, x1, y + 6), fill="black")
    d.rectangle((700, mid, x1, mid + 6), fill="black")  # the rule under the spanning label only
    for x in (x0, 300, 700, x1 - 6):
        d.rectangle((x, top, x + 5, bottom + 6), fill="black")  # full height: long enough on their own
    for x in (900, 1100):
        d.rectangle((x, mid, x + 4, bottom + 6), fill="black")  # the short bars between the sub-cells
    f = _font(28)
    d.text((120, 80), "NO", font=f, fill="black")
    d.text((320, 80), "URAIAN", font=f, fill="black")
    d.text((720, 80), "ANGGARAN", font=f, fill="black")
    d.text((720, 150), "ANGGA", font=f, fill="black")
    d.text((720, 185), "RAN", font=f, fill="black")
    d.text((920, 150), "REALIS", font=f, fill="black")
    d.text((920, 185), "ASI", font=f, fill="black")
    d.text((1120, 150), "%", font=f, fill="black")
    return img


def test_short_bars_between_two_rulings_are_rulings_and_erased():
    rules, mask = image_rules(_spanning_header())
    bars = [r for r in rules if r.x1 - r.x0 < 3 and r.bottom - r.top < 0.3 * 72]
    assert sorted(round(r.x0 * PX) for r in bars) == [900, 1100]
    assert all(abs(r.top * PX - 140) <= 4 and abs(r.bottom * PX - 226) <= 4 for r in bars)
    assert mask[180, 902] and mask[180, 1102]  # erased, so Tesseract does not read "|REALIS"


def test_letter_stems_are_no_short_bars():
    """Tall strokes of large print between two rulings that they do not touch stay text."""
    img = _spanning_header()
    d = ImageDraw.Draw(img)
    d.text((340, 145), "lIl", font=_font(60), fill="black")  # stems ~45 px, inside the URAIAN cell
    rules, _ = image_rules(img)
    assert not [r for r in rules if 330 < r.x0 * PX < 600]


def _table_page() -> np.ndarray:
    """A binarized strip of a borderless table row: numbers, and "-" standing alone in three columns."""
    img = Image.new("L", (1600, 200), 255)
    d = ImageDraw.Draw(img)
    f = _font(28)
    d.text((40, 60), "Nilai SAKIP Kecamatan", font=f, fill=0)
    d.text((1200, 60), "30,88", font=f, fill=0)
    d.text((1400, 60), "e-Gov", font=f, fill=0)  # a hyphen inside a word is no lone dash
    for x in (700, 850, 1000):
        d.rectangle((x, 82, x + 8, 84), fill=0)  # "-": 9 x 3 px, as 7 pt print scans at 300 dpi
    d.text((40, 140), "= 100", font=f, fill=0)  # the bars of "=" stand one over the other: no dash
    return np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))


def test_lone_dashes_found_and_letters_left():
    found = lone_dashes(_table_page())
    assert sorted(b[0] for b in found) == [700, 850, 1000]


def test_dash_words_skip_dashes_a_word_covers():
    page = _table_page()
    scale = 72 / 300
    read = [Word(text="-", x0=695 * scale, top=75 * scale, x1=712 * scale, bottom=90 * scale, size=7.0, conf=90)]
    added = dash_words(page, read)
    assert [round(w.x0 / scale) for w in added] == [850, 1000]
    assert all(w.text == "-" for w in added)


def _header_strip() -> tuple[np.ndarray, list[Word]]:
    """A bold header line "Target  Realisasi  %  9" at 300 dpi, binarized, and the words the page pass read
    of it: "Target", "Realisasi", a "9" (right) — the "%" read as nothing, and a "%" over the 9 read "9"."""
    img = Image.new("L", (1400, 120), 255)
    d = ImageDraw.Draw(img)
    f = _font(40)
    d.text((40, 40), "Target", font=f, fill=0)
    d.text((300, 40), "Realisasi", font=f, fill=0)
    d.text((700, 40), "%", font=f, fill=0)
    d.text((900, 40), "%", font=f, fill=0)
    d.text((1100, 40), "9", font=f, fill=0)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    s = 72 / 300

    def box(text: str, x: int) -> Word:
        ink = np.flatnonzero((binary[:, x - 5 : x + 300] == 0).any(axis=0))
        return Word(text=text, x0=x * s, top=45 * s, x1=(x - 5 + int(ink[-1]) + 1) * s, bottom=95 * s, size=10, conf=90)

    words = [box("Target", 40), box("Realisasi", 300)]
    words += [Word(text="9", x0=900 * s, top=45 * s, x1=935 * s, bottom=90 * s, size=10, conf=58),
              Word(text="9", x0=1100 * s, top=45 * s, x1=1130 * s, bottom=90 * s, size=10, conf=90)]  # fmt: skip
    for w in words[:2]:
        w.x1 = min(w.x1, 680 * s)
    return binary, words


def test_percent_signs_the_page_pass_missed_or_misread_are_read_again():
    require_tool("tesseract", "tesseract-ocr")
    binary, words = _header_strip()
    out, found = percent_marks(binary, words, "eng")
    s = 72 / 300
    percents = sorted(round(w.x0 / s) for w in out if w.text == "%")
    assert found == 2 and len(percents) == 2
    assert abs(percents[0] - 700) < 15 and percents[1] == 900  # the missed one added, the misread one put right
    assert [w.text for w in out if round(w.x0 / s) == 1100] == ["9"]  # a real 9 stays a 9


#: row numbers of a 7 pt budget table as scanned at 300 dpi (binarized): "1.1" and "1.1.3"; Tesseract read them
#: "11" and "1.13", the small dots on the line dropped
_ONE_DOT_ONE = """
.....###..................###.....
....####................#####.....
..######...............######.....
....####...............######.....
.....###..................###.....
.....###..................###.....
.....###..................###.....
.....###..................###.....
.....###..................###.....
.....###..................###.....
.....###..................###.....
.....###..................###.....
.....###..................###.....
.....###........#.........###.....
.....###.......###.......####.....
....######.....###......#######...
..#########....###.....########...
"""

_ONE_ONE_THREE = """
...........................................######......
.....###..................###.............#########....
...#####................#####.............###..#####...
..######...............######.............##....####...
....####...............######....................###...
.....###..................###....................###...
.....###..................###....................###...
.....###..................###...................####...
.....###..................###................######....
.....###..................###................######....
.....###..................###................#######...
.....###..................###....................####..
.....###..................###.....................###..
.....###..................###.....................###..
.....###..................###.....................###..
.....###..................###.......#.....#.......###..
.....###.......###........###......###...###.....####..
...#######.....###.......######....####..###########...
..#########....###.....#########...###....#########....
................#...........................####.......
"""


def _scanned(art: str) -> tuple[np.ndarray, Word]:
    rows = [r for r in art.strip().splitlines()]
    page = np.full((len(rows) + 40, len(rows[0]) + 40), 255, dtype=np.uint8)
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch == "#":
                page[20 + y, 20 + x] = 0
    s = 72 / 300
    return page, Word(text="", x0=22 * s, top=20 * s, x1=(18 + len(rows[0])) * s, bottom=(20 + len(rows)) * s, size=7)


def test_row_number_dots_the_image_shows_are_put_back():
    page, w = _scanned(_ONE_DOT_ONE)
    w.text = "11"
    page2, w2 = _scanned(_ONE_ONE_THREE)
    w2.text = "1.13"
    assert restore_dots([w], page) == [("11", "1.1")] and w.text == "1.1"
    assert restore_dots([w2], page2) == [("1.13", "1.1.3")]


def test_digits_without_dots_in_the_image_stay():
    page, w = _scanned(_ONE_DOT_ONE)
    page[:, 20 + 14 : 20 + 19] = 255  # the dot of "1.1" wiped: the print says "11"
    w.text = "11"
    assert restore_dots([w], page) == [] and w.text == "11"


def test_row_keys_the_page_pass_passed_over_are_added():
    """Tesseract's sparse-text pass read nothing of the "A." and "1." left of a table's rows (a table ruled by
    its columns only): read again alone, they come back as words; the label the pass did read is not doubled."""
    require_tool("tesseract", "tesseract-ocr")
    img = Image.new("L", (1400, 260), 255)
    d = ImageDraw.Draw(img)
    f = _font(36)
    d.text((60, 40), "A.", font=f, fill=0)
    d.text((400, 40), "PROGRAM PENUNJANG", font=f, fill=0)
    d.text((60, 160), "1.", font=f, fill=0)
    d.text((400, 160), "Perencanaan", font=f, fill=0)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    s = 72 / 300
    read = [Word(text="PROGRAM", x0=395 * s, top=35 * s, x1=1300 * s, bottom=90 * s, size=9, conf=96),
            Word(text="Perencanaan", x0=395 * s, top=155 * s, x1=1000 * s, bottom=215 * s, size=9, conf=96)]  # fmt: skip
    out, _ = percent_marks(binary, read, "eng")
    added = sorted((round(w.top / s), w.text) for w in out[2:])
    assert [t for _, t in added] == ["A.", "1."]


def _printed_line(*texts: tuple[int, str]):
    """A 300 dpi line printing each (x, text), as a binary image, and a builder of the page pass's word over the
    ink at x (its box in points, its text and confidence as given)."""
    img = Image.new("L", (1400, 120), 255)
    d = ImageDraw.Draw(img)
    f = _font(40)
    for x, text in texts:
        d.text((x, 40), text, font=f, fill=0)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    s = 72 / 300

    def word(text: str, x: int, conf: float = 80) -> Word:
        ink = np.flatnonzero((binary[:, x - 5 : x + 300] == 0).any(axis=0))
        return Word(text=text, x0=x * s, top=40 * s, x1=(x - 5 + int(ink[-1]) + 1) * s, bottom=95 * s, size=10, conf=conf)

    return binary, word


def test_a_number_whose_percent_sign_was_lost_gets_it_back():
    """A PK target "79%" the page pass read "79" (confidence 49) and "76%" read "76K": the number model reads the
    sign; a "100" printed without one stays "100", and no digit is ever changed."""
    require_tool("tesseract", "tesseract-ocr")
    binary, word = _printed_line((60, "79%"), (400, "76%"), (740, "100"))
    read = [word("79", 60, 49), word("76K", 400, 60), word("100", 740, 70)]
    out, found = percent_marks(binary, read, "eng")
    assert [w.text for w in out[:3]] == ["79%", "76%", "100"] and found == 2


def test_a_percent_sign_read_as_letters_io_or_xx_is_read_again():
    """A lone "%" of a unit column the page pass read "Io" (8 pt sans) or "Xx" (7 pt monospace): the number model
    reads the sign; a Roman "IX" and a word "Io" printed as such stay as read."""
    require_tool("tesseract", "tesseract-ocr")
    binary, word = _printed_line((60, "%"), (400, "%"), (740, "IX"))

    read = [word("Io", 60), word("Xx", 400), word("IX", 740)]
    out, found = percent_marks(binary, read, "eng")
    assert [w.text for w in out[:3]] == ["%", "%", "IX"] and found == 2
