"""The "-" of monospaced print, scanned: short and thick (10 x 5 px at 300 dpi for 10 pt print, a ragged pixel row
under it), where a proportional face's "-" is a long thin bar. Taken for no dash, the "-" a narrow column wrapped
under an amount's "," (",-" printed over two lines) went unread, the amount's line and the next row's stood a blank
line apart, and the layout read a table's rows, the signature under it and the next table as one table. The dash is
found, given a box as high as the page's digits (as a text layer gives a glyph its line's height), and a dash
right after a comma closes the amount."""

from __future__ import annotations

import numpy as np
from ocr_builders import font
from PIL import Image, ImageDraw

from lkjip.extract.layout.geometry import Word, lines_from_words
from lkjip.extract.ocr_image import lone_dashes
from lkjip.extract.ocr_marks import dash_words, digit_height
from lkjip.extract.ocr_wrap_ends import restore_end_dashes

PX = 300 / 72


def _scanned_dash(d: ImageDraw.ImageDraw, x: int, y: int) -> None:
    """A monospaced "-" as a scan prints it: 10 x 5 px, its ends rounded (the top row shorter), and a ragged row of
    two specks of ink under it."""
    d.rectangle((x + 1, y, x + 8, y), fill=0)
    d.rectangle((x, y + 1, x + 9, y + 4), fill=0)
    d.rectangle((x + 2, y + 5, x + 3, y + 5), fill=0)
    d.rectangle((x + 5, y + 5, x + 7, y + 5), fill=0)


def _binary(img: Image.Image) -> np.ndarray:
    return np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))


def _printed(text: str, height: int):
    """``text`` printed in 10 pt monospaced type at 300 dpi on a page ``height`` px high: (image, its drawing, the
    font, the text's box)."""
    img = Image.new("L", (900, height), 255)
    d = ImageDraw.Draw(img)
    f = font("DejaVuSansMono.ttf", 42)
    d.text((100, 40), text, font=f, fill=0)
    return img, d, f, d.textbbox((100, 40), text, font=f)


def _wrapped_amount() -> tuple[np.ndarray, list[Word]]:
    """A right-aligned amount "2.307.258.185," in 10 pt monospaced print at 300 dpi with its "-" wrapped to the line
    under it, and the amount as Tesseract boxes it (the dash not read)."""
    text = "2.307.258.185,"
    img, d, f, (x0, top, x1, bottom) = _printed(text, 260)
    comma = d.textbbox((100, 40), text[:-1], font=f)[2]
    _scanned_dash(d, comma + 2, bottom + 28)  # the next line, under the comma
    words = [Word(text, x0 / PX, top / PX, x1 / PX, bottom / PX, size=10.0, conf=93)]
    return _binary(img), words


def test_a_short_thick_scanned_dash_standing_alone_is_found():
    binary, _ = _wrapped_amount()
    found = lone_dashes(binary)
    assert len(found) == 1
    x0, y0, x1, y1 = found[0]
    assert x1 - x0 == 10


def test_a_dot_standing_alone_is_no_dash():
    """A dot, however thick the scan prints it (7 x 6 px), is no "-"."""
    img = Image.new("L", (300, 120), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((100, 50, 106, 55), fill=0)
    d.rectangle((200, 50, 205, 55), fill=0)
    assert lone_dashes(_binary(img)) == []


def test_the_wrapped_dash_gets_a_box_as_high_as_the_digits():
    binary, words = _wrapped_amount()
    added = dash_words(binary, words)
    assert [w.text for w in added] == ["-"]
    dash, amount = added[0], words[0]
    assert abs((dash.bottom - dash.top) - (amount.bottom - amount.top)) < 0.5
    assert dash.top > amount.bottom  # still its own line, under the amount: the layout joins it as a wrapped line
    gap = dash.top - amount.bottom
    assert gap < 0.5 * (amount.bottom - amount.top)  # no blank line's gap between them
    assert len(lines_from_words([amount, dash])) == 2


def test_digit_height_is_the_median_box_of_number_words():
    words = [Word("1.000", 0, 10, 30, 17, size=10, conf=90), Word("25,-", 40, 10, 60, 17.4, size=10, conf=90),
             Word("Program", 0, 30, 40, 39, size=10, conf=90), Word("3", 0, 50, 5, 56.8, size=10, conf=90)]
    assert digit_height(words, 10.0) == 7.0
    assert digit_height([Word("Program", 0, 30, 40, 39, size=10, conf=90)], 10.0) == 7.0


def test_a_short_thick_dash_after_a_comma_closes_the_amount():
    """"3.355.204,-" with its dash printed 11 x 6 px (as a scan thickens a monospaced hyphen), read "3.355.204,"."""
    text = "3.355.204,"
    img, d, _, (x0, top, x1, bottom) = _printed(text, 200)
    mid = (top + bottom) // 2
    d.rectangle((x1 + 6, mid - 3, x1 + 16, mid + 2), fill=0)  # 11 x 6 px
    words = [Word(text, x0 / PX, top / PX, x1 / PX, bottom / PX, size=10.0, conf=93)]
    words, fixes = restore_end_dashes(words, _binary(img))
    assert fixes == [("3.355.204,", "3.355.204,-")]


def test_a_thin_short_bar_keeps_the_stricter_ratio():
    """A thin bar (3 px: small sans print, not thickened by the scan) 7 px long is no dash yet (2.5 times as long as
    thick at least): the "-" a narrow column of 8 pt sans wraps under its amount is left to the layout as before (found,
    it stood as a line between two rows of wrapped amounts and one row's amount was lost); one 8 px long is a dash."""
    img = Image.new("L", (300, 120), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((100, 50, 106, 52), fill=0)  # 7 x 3
    d.rectangle((200, 50, 207, 52), fill=0)  # 8 x 3
    assert [b[0] for b in lone_dashes(_binary(img))] == [200]
