"""A monospaced amount's last digits wrapped to the next line of a narrow column ("6.298.89" over "0") are a word of
one or two marks: too few to show by themselves that they stand in cells of one width. Their dotted zeros, read "9"
or "6", are put back when the page's long words show its print monospaced; a real "9" or "69" keeps its reading,
and on a page in a proportional face a lone "9" stays as read."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_glyphs import read_marks
from tests.ocr_builders import font

DPI = 300
PX = DPI / 72.0
_TEXT = ["Penyediaan", "Peralatan", "Perlengkapan", "Kantor", "Koordinasi", "Penyusunan", "Dokumen", "Laporan",
         "Keuangan", "Kegiatan", "Pelayanan", "Masyarakat", "Kecamatan"]


def _page(face_name: str, tails: list[str], size: int = 11) -> tuple[np.ndarray, list[Word], list[Word]]:
    """A line of long words and, below it, ``tails`` each alone as a narrow column's wrapped line would leave it,
    printed in ``face_name`` at ``size`` pt, blurred and binarized like a scan: the page, its words of letters
    (read surely) and the tails' words (as printed, to be given their misreadings)."""
    face = font(face_name, int(size * PX))
    img = Image.new("L", (2600, 700), 255)
    d = ImageDraw.Draw(img)
    words, x, y = [], 30, 60
    for text in _TEXT:
        box = d.textbbox((x, y), text, font=face)
        if box[2] > 2550:
            x, y = 30, y + 90
            box = d.textbbox((x, y), text, font=face)
        d.text((x, y), text, fill=0, font=face)
        words.append(Word(text, box[0] / PX, box[1] / PX, box[2] / PX, box[3] / PX, size=float(size), conf=96))
        x = int(d.textbbox((x, y), text + " ", font=face)[2])
    tails_w, x = [], 30
    for text in tails:
        box = d.textbbox((x, 500), text, font=face)
        d.text((x, 500), text, fill=0, font=face)
        tails_w.append(Word(text, box[0] / PX, box[1] / PX, box[2] / PX, box[3] / PX, size=float(size), conf=60))
        x = box[2] + 200
    grey = np.asarray(img.filter(ImageFilter.GaussianBlur(1.0)))
    return np.where(grey < 150, np.uint8(0), np.uint8(255)), words, tails_w


def _misread(tails: list[Word], reads: list[str]) -> None:
    for w, text in zip(tails, reads, strict=True):
        w.text = text


def test_wrapped_dotted_zeros_on_a_monospaced_page_are_put_back():
    binary, words, tails = _page("LiberationMono-Regular.ttf", ["0", "00", "9", "69"])
    _misread(tails, ["9", "60", "9", "69"])
    fixes = read_marks(tails, binary, DPI, words + tails)
    assert [w.text for w in tails] == ["0", "00", "9", "69"]
    assert fixes == [("9", "0"), ("60", "00")]


def test_a_lone_digit_of_a_proportional_page_keeps_its_reading():
    binary, words, tails = _page("LiberationSans-Regular.ttf", ["0", "00"])
    _misread(tails, ["9", "60"])
    assert read_marks(tails, binary, DPI, words + tails) == []
    assert [w.text for w in tails] == ["9", "60"]


def test_a_dotted_zero_read_as_two_or_three_glyphs_is_put_back():
    # the head of an amount a narrow column wrapped ("47.315.0" over "00"): its last zero read "090", one mark for
    # three characters; the other characters meet their marks one for one, so the run is placed, and its mark is a
    # zero's ring with its dot
    binary, words, tails = _page("LiberationMono-Regular.ttf", ["47.315.0", "83.400.0", "47.315.9"])
    _misread(tails, ["47.315.090", "83.400.90", "47.315.090"])
    fixes = read_marks(tails, binary, DPI, words + tails)
    assert [w.text for w in tails] == ["47.315.0", "83.400.0", "47.315.090"]  # a real "9" is kept as read
    assert fixes == [("47.315.090", "47.315.0"), ("83.400.90", "83.400.0")]
