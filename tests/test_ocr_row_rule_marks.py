"""A row line a ruled table lacks (rows separated by white space only) is drawn below the thin "-" that closes
an amount a narrow column wrapped ("6.631," over "-"), not through it: the tail belongs to the row above."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract import ocr_image
from lkjip.extract.layout.grid import grid_tables

DPI = 300


def _table(dash: bool) -> tuple[np.ndarray, list]:
    img = Image.new("L", (1400, 900), 255)
    d = ImageDraw.Draw(img)
    rows, cols = (100, 800), (100, 600, 1000, 1300)
    for y in rows:
        d.line([(cols[0], y), (cols[-1], y)], fill=0, width=3)
    for x in cols:
        d.line([(x, rows[0]), (x, rows[-1])], fill=0, width=3)
    face = ImageFont.truetype("DejaVuSans.ttf", 30)
    for y in (130, 290):  # two rows, one line of text each
        d.text((120, y), "Persentase penanganan", fill=0, font=face)
    for y, text in ((130, "27.62"), (170, "6.631,"), (290, "108.0"), (330, "46.61")):
        d.text((1020, y), text, fill=0, font=face)
    for y in (130, 290):
        d.text((620, y), "74", fill=0, font=face)
    if dash:  # the amount's closing "-", three pixels tall, one line below "6.631,"
        d.rectangle([(1090, 244), (1102, 246)], fill=0)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    rules, _ = ocr_image.image_rules(img, DPI)
    return binary, grid_tables(rules)


def test_the_missing_row_line_passes_below_a_wrapped_amounts_closing_dash():
    binary, grids = _table(dash=True)
    found = ocr_image.blank_row_rules(binary, grids, DPI)
    px = DPI / 72
    amount_lines = [r for r in found if r.x1 * px > 1250]
    assert amount_lines
    assert all(r.top * px > 250 for r in amount_lines)  # the dash stays in the first row
    assert all(r.top * px < _next_row_ink(binary) for r in found)


def _next_row_ink(binary: np.ndarray) -> int:
    """The first pixel row of the second row's print (drawn from 290 px down)."""
    return 260 + int(np.flatnonzero((binary[260:400, 110:590] == 0).any(axis=1))[0])


def test_without_a_mark_the_line_goes_just_above_the_next_rows_first_ink():
    binary, grids = _table(dash=False)
    found = ocr_image.blank_row_rules(binary, grids, DPI)
    px = DPI / 72
    assert found
    # text above ends near 200 px, the next row starts near 295: the line just above it (rows are top-aligned)
    assert all(_next_row_ink(binary) - 5 < r.top * px < _next_row_ink(binary) for r in found)
