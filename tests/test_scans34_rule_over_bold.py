"""A sub-header's ruling with a row of bold monospaced print just under it is a ruling.

A spanning header ("Target" over "2021 2022 … 2026") rules off its upper cell a few pixels above the years; in
small bold monospaced print the years fill their cells, so most of the rule's length has ink a few pixels below
it. Taken for the feet of a line of bold print, the rule was left on the page: the year cells were read with
it and Tesseract read each year's dotted zero as "8" or "6" ("2821", "2624"), the Renstra table losing its years.
"""

from __future__ import annotations

from PIL import Image, ImageDraw

from lkjip.extract import ocr_image
from lkjip.extract.ocr_image import DPI
from tests.ocr_builders import font


def _page(gap: int) -> Image.Image:
    img = Image.new("L", (1400, 200), 255)
    d = ImageDraw.Draw(img)
    d.line([(60, 60), (1110, 60)], fill=0, width=3)  # the sub-header's rule
    face = font("LiberationMono-Bold.ttf", 38)
    x = 70
    for year in ("2020", "2021", "2022", "2023", "2024", "2025", "2026"):
        box = d.textbbox((x, 0), year, font=face)
        d.text((x, 62 + gap - box[1]), year, fill=0, font=face)  # the years' tops ``gap`` px under the rule
        x += 150
    return img


def test_a_ruling_over_bold_years_close_under_it_is_kept():
    rules, mask = ocr_image.image_rules(_page(5), DPI)
    assert [r for r in rules if r.horizontal]
    assert mask[60, 700]


def test_the_years_under_it_are_not_erased():
    _, mask = ocr_image.image_rules(_page(5), DPI)
    assert not mask[90:140].any()
