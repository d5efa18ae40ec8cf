"""A very narrow column wraps an amount over three lines ("6.966" / ".778," / "-"); the page pass reads its middle
piece ".178,", a "7" read "1": the piece is read again with the number model like a whole amount or a head, and
the readings' vote puts the "7" back (a sound sum stays sound)."""

from __future__ import annotations

from conftest import require_tool, text_image
from PIL import ImageDraw, ImageFont

from lkjip.extract import ocr
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_amount_pieces import AMOUNT_PIECE, piece_shape
from lkjip.extract.ocr_numbers import AMOUNT_HEAD

DPI = 300
PX = DPI / 72
MONO = "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"


def _printed(text: str, read: str, conf: float):
    img = text_image(text, (900, 300), font=MONO, font_size=38, at=(300, 120))
    x0, y0, x1, y1 = ImageDraw.Draw(img).textbbox((300, 120), text, font=ImageFont.truetype(MONO, 38))
    return img, Word(read, x0 / PX, y0 / PX, x1 / PX, y1 / PX, size=9.0, conf=conf)


def test_a_misread_middle_piece_of_a_wrapped_amount_is_read_again():
    require_tool("tesseract", "tesseract-ocr")
    img, word = _printed(".778,", ".178,", 67)
    assert ocr.confirm_amounts([word], img, "eng", PX) == 1
    assert word.text == ".778,"


def test_a_piece_reads_again_as_a_piece_and_a_head_as_a_head():
    assert AMOUNT_PIECE.match(".778,") and AMOUNT_PIECE.match(".140.000,00") and not AMOUNT_PIECE.match(",-")
    assert piece_shape(".178,") is AMOUNT_PIECE
    assert piece_shape("2.182.6") is AMOUNT_HEAD and piece_shape("2.128.601.001", heads=True) is AMOUNT_HEAD
    assert piece_shape("2.782.686") is None  # a whole amount reads again as a whole amount only
