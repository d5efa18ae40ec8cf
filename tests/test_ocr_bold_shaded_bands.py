"""Body rows of a scanned table shaded in bands (issue #12, scans): the anti-aliased edges of the letters, ink
blended with the band's grey, fell under the page's threshold, so the print on a band looked heavy; a short word
("Desa") weighed as clearly bold and its line took its weight, and the row was read as a header line (the table
broke off). A word on a band is clearly bold only when it is against the band's grey."""

from __future__ import annotations

import numpy as np
from ocr_builders import drawn_line
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from lkjip.extract import ocr_bold, ocr_image
from lkjip.extract.layout.geometry import Word

DPI = 300
PX = DPI / 72
BODY = ["Fasilitasi", "pengelolaan", "keuangan", "Desa", "dan", "Aset"]


def _page(band_grey: int) -> tuple[list[Word], np.ndarray, np.ndarray]:
    """A bold header on white, then eight regular body lines, every second one on a band of ``band_grey``,
    blurred as a scanner blurs print."""
    img = Image.new("L", (2400, 1500), 255)
    d = ImageDraw.Draw(img)
    regular = ImageFont.truetype("DejaVuSansCondensed.ttf", 42)
    bold = ImageFont.truetype("DejaVuSansCondensed-Bold.ttf", 42)
    words: list[Word] = []
    drawn_line(d, words, 40, ["Indikator", "Kegiatan", "Target", "Satuan"], bold, px=PX)
    y = 140
    for k in range(8):
        if k % 2:
            d.rectangle((0, y - 12, 2400, y + 84), fill=band_grey)
        drawn_line(d, words, y, BODY, regular, px=PX)
        y += 104
    grey = np.asarray(img.filter(ImageFilter.GaussianBlur(2)))
    return words, grey, np.where(grey < ocr_image.otsu_threshold(grey), np.uint8(0), np.uint8(255))


def test_print_on_a_shaded_band_is_weighed_against_the_band():
    words, grey, binary = _page(235)
    ocr_bold.mark_bold(words, binary, DPI)
    assert any(w.bold for w in words[4:])  # at the page's threshold a banded line looks bold
    ocr_bold.mark_bold(words, binary, DPI, (grey, ocr_image.otsu_threshold(grey)))
    assert all(w.bold for w in words[:4])
    assert not any(w.bold for w in words[4:])


def test_print_on_white_paper_weighs_as_before():
    words, grey, binary = _page(255)
    ocr_bold.mark_bold(words, binary, DPI)
    before = [w.bold for w in words]
    ocr_bold.mark_bold(words, binary, DPI, (grey, ocr_image.otsu_threshold(grey)))
    assert [w.bold for w in words] == before
    assert before == [True] * 4 + [False] * (len(words) - 4)


def test_print_on_a_dark_band_is_weighed_at_the_page_s_threshold():
    """A dark band (a header's shading, under the light shade level) had its grey erased before binarizing, its
    letters' grey edges with it: weighed again against the band, a bold header's lone word came out regular."""
    grey = np.full((60, 200), 200, dtype=np.uint8)
    grey[20:40, 20:180] = 140  # grey edges of print: ink at the page's threshold, paper at a light band's
    binary = np.where(grey < 150, np.uint8(0), np.uint8(255))
    ink, box = ocr_bold._on_paper(binary, (10, 10, 190, 50), (grey, 150))
    assert ink is binary and box == (10, 10, 190, 50)
    light = np.where(grey == 200, np.uint8(235), grey)
    ink, box = ocr_bold._on_paper(binary, (10, 10, 190, 50), (light, 150))
    assert box == (0, 0, 180, 40) and not (ink == 0).any()  # on a light band the same print is thinned
