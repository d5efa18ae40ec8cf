"""A banded table on a scan (rows set apart by shading, no rule between them) gets one row line per row
boundary, all its pieces at one height: below the lowest ink of the row above in every column, above the
next row's first ink. Cells are top-aligned and of different lengths; a line in the middle of each pair of
cells' own white band came out as a staircase and the grid built on it merged rows."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from lkjip.extract import ocr_image
from lkjip.extract.layout.grid import grid_tables

DPI = 300
STEP = 45  # a line of 30 px print


def _banded(first_row: dict[int, int], second_top: dict[int, int]) -> tuple[np.ndarray, list, dict[int, int]]:
    """A framed table with three column lines and one body row of two records (no rule between them): column
    ``x`` prints ``first_row[x]`` lines from the top, then one line at ``second_top[x]``. Returns the page, its
    grids and the bottom pixel row of each column's first record."""
    img = Image.new("L", (1500, 900), 255)
    d = ImageDraw.Draw(img)
    cols, rows = (100, 500, 900, 1300), (100, 800)
    for y in rows:
        d.line([(cols[0], y), (cols[-1], y)], fill=0, width=3)
    for x in cols:
        d.line([(x, rows[0]), (x, rows[-1])], fill=0, width=3)
    face = ImageFont.truetype("DejaVuSans.ttf", 30)
    bottoms = {}
    for x0 in cols[:-1]:
        for k in range(first_row[x0]):
            d.text((x0 + 20, 130 + STEP * k), "Uraian kegiatan", fill=0, font=face)
        bottoms[x0] = int(d.textbbox((x0 + 20, 130 + STEP * (first_row[x0] - 1)), "Uraian kegiatan", font=face)[3])
        d.text((x0 + 20, second_top[x0]), "Uraian kegiatan", fill=0, font=face)
    binary = np.where(np.asarray(img) < 128, np.uint8(0), np.uint8(255))
    rules, _ = ocr_image.image_rules(img, DPI)
    return binary, grid_tables(rules), bottoms


def test_one_row_boundary_is_one_line_at_one_height_below_the_longest_cell():
    binary, grids, bottoms = _banded({100: 1, 500: 2, 900: 4}, {100: 400, 500: 430, 900: 430})  # next row: ink at two heights
    found = ocr_image.blank_row_rules(binary, grids, DPI)
    px = DPI / 72
    assert found
    assert len({round(r.top, 2) for r in found}) == 1  # no staircase
    assert min(r.x0 for r in found) * px < 110 and max(r.x1 for r in found) * px > 1290  # across the table
    next_ink = 400 + int(np.flatnonzero((binary[400:500, 120:490] == 0).any(axis=1))[0])
    assert max(bottoms.values()) < found[0].top * px < next_ink

