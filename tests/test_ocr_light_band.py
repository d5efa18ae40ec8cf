"""A shaded header band printed a little lighter than a faint ruling's grey (issue #12, scans): it was no band, so
its grey stayed in the page; under it a landscape table's shaded body lifted the page's Otsu threshold above the
band's grey, and binarizing turned the band and the header printed on it into one black bar (the whole header of
a Renstra table read as nothing). Such a band is a shaded band too: its grey is erased, its text stays."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract import ocr_image

DPI = 300
PX = DPI / 72


def _page(band_grey: int) -> Image.Image:
    img = Image.new("L", (2000, 1200), 246)
    d = ImageDraw.Draw(img)
    d.rectangle((100, 330, 1900, 1100), fill=230)  # the table's shaded body, lighter, over most of the page
    d.rectangle((100, 120, 1900, 330), fill=band_grey)  # its header band, four lines tall
    try:
        face = ImageFont.truetype("DejaVuSans-Bold.ttf", 28)
    except OSError:
        face = ImageFont.load_default()
    d.text((130, 135), "Misi   Tujuan / Sasaran   Indikator   Kondisi Awal", fill=60, font=face)
    for k in range(2):
        d.text((130, 350 + 150 * k), f"Meningkatnya kualitas pelayanan {k}", fill=60, font=face)
    return img


def test_a_light_header_band_is_a_band_and_its_text_survives_binarizing():
    img = _page(205)
    rules, _ = ocr_image.image_rules(img, DPI)
    assert any(r.bottom - r.top > 150 / PX and abs(r.top * PX - 120) < 4 for r in rules)
    _, gray = ocr_image.erased_page(img, DPI)
    assert (gray[250:320, 110:1890] == 255).all()  # the band's grey erased where no letter is
    _, binary = ocr_image.clean_page(img, DPI)
    band = binary[125:325, 110:1890] == 0
    assert 0.005 < band.mean() < 0.2  # the header's letters, not one black bar


def test_the_lighter_body_shading_is_no_band():
    """The body's grey (lighter than the band level) stays what it was: no band, no ruling."""
    img = _page(246)
    rules, _ = ocr_image.image_rules(img, DPI)
    assert not any(r.bottom - r.top > 10 for r in rules)


def test_a_line_of_dense_print_touching_at_the_light_level_is_no_band():
    """Bold figures whose anti-aliased letters touch in a lighter grey (here ink strokes 4 px wide, 1 px of grey 210
    between them): long runs at the light level, but mostly ink, so no band and no ruling."""
    img = Image.new("L", (2000, 600), 246)
    a = np.asarray(img).copy()
    a[300:330, 500:900] = 210
    for x in range(500, 900, 5):
        a[300:330, x : x + 4] = 30
    img = Image.fromarray(a)
    rules, _ = ocr_image.image_rules(img, DPI)
    assert not any(r.bottom - r.top > 3 for r in rules)
    _, gray = ocr_image.erased_page(img, DPI)
    assert (gray[305:325, 502] < 100).all()  # the print is left as it is
