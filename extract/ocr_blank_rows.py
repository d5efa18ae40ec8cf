"""Row lines a ruled table leaves out on a scan, where its rows are set apart by white space only.

Two kinds of table print rows without a line between them: a PK table's sasaran cell spanning four
indicators, each with its target (the indicator and target cells then hold several blocks of text, an empty
line between them), and a banded table, whose rows are shaded bands with no rule between them (its outer
frame and column lines found, every body row one tall grid cell). Both get the row line they lack
(:func:`blank_row_rules`) in a white band that side-by-side cells share.

A row line is one horizontal line across the cells that see it, at one height. Cells of a row are
top-aligned and of different lengths: the white band between a row and the next is short under the
longest cell and tall under a short one. Drawn in the middle of each pair of cells' own band, the lines of
one row boundary came out at different heights (a staircase), and the grid built on them merged rows.
The bands of one boundary overlap (all end where the next row's ink starts), so the line is drawn in the
white they all share, just above the next row's first ink: a column with no white between its rows (lines of
text at the table's pitch) gets no line but starts its next row's text at that height too, and the reader
sorts its lines into the rows the line sets apart (a line halfway down the white of the number columns
put the last line of a text cell's row into the next row). Bands that overlap yet share no white (one column
prints text where another sees a boundary) get no line: the columns disagree, and no line beats a wrong one.
"""

from __future__ import annotations

import numpy as np

from lkjip.extract.layout.geometry import Ruling
from lkjip.extract.ocr_pixels import mask_runs

#: a white band between lines of text that is at least this many line heights tall is an empty line
_EMPTY_LINE = 0.9


#: ... and at least this many times the usual gap between lines of the cell
_WIDE_GAP = 1.5


#: the white all bands of one row boundary share must be at least this tall (pixels) to draw its line in
_LEAST_SHARED = 2


#: a row line goes this many pixels above the next row's first ink (rows are top-aligned: a column with no white
#: between its rows starts its next row's text there too), or in the middle of a shorter white
_ABOVE_INK = 3


def text_bands(binary: np.ndarray, box: tuple[int, int, int, int]) -> list[tuple[int, int]]:
    """The lines of text in a box of a binarized page (0 ink): (top, bottom) rows in page pixels, specks dropped."""
    x0, y0, x1, y1 = box
    ink = np.count_nonzero(binary[y0:y1, x0:x1] == 0, axis=1) >= 2
    return [(y0 + a, y0 + b) for a, b in mask_runs(ink) if b - a >= 4]


def _gaps(bands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(a[1], b[0]) for a, b in zip(bands, bands[1:], strict=False)]


def _least_gap(bands: list[tuple[int, int]]) -> float:
    """How tall a white band between lines must be to stand for a missing row line (pixels)."""
    heights = [b - a for a, b in bands]
    gaps = [b - a for a, b in _gaps(bands)]
    return max(_EMPTY_LINE * float(np.median(heights)), _WIDE_GAP * float(np.median(gaps)) if len(gaps) >= 3 else 0.0)


def _common_gaps(left: list[tuple[int, int]], right: list[tuple[int, int]], least: float) -> list[tuple[int, int]]:
    """The white bands (top, bottom rows) both cells have between lines of text, each at least ``least`` tall."""
    out = []
    for a0, a1 in _gaps(left):
        for b0, b1 in _gaps(right):
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= least:
                out.append((lo, hi))
    return out


def blank_row_rules(binary: np.ndarray, grids: list, dpi: int, inset: int = 5) -> list[Ruling]:
    """Row lines a ruled table leaves out, where side-by-side cells of a row both hold several blocks of text
    separated by an empty line at the same height (four indicators, each with its target, beside one sasaran
    cell that spans them; the rows of a banded table): one ruling across each such pair of cells, every line
    of one row boundary at one height (:func:`_one_height`).

    A single cell with paragraphs, or a cell beside one with no gap there (the spanning sasaran), gets none.
    """
    px = dpi / 72.0
    out: list[Ruling] = []
    for grid in grids:
        for row in grid:
            cells = [c for c in row if c is not None]
            bands = []
            for left, right in zip(cells, cells[1:], strict=False):
                bands += _pair_bands(binary, left, right, px, inset)
            out += [Ruling(x0, y / px, x1, y / px) for x0, x1, y in _one_height(bands)]
    return out


def _pair_bands(binary: np.ndarray, left: tuple, right: tuple, px: float, inset: int) -> list[tuple[float, float, int, int]]:
    """The white bands two side-by-side cells (PDF points) share between blocks of their text: (x0, x1) of the
    pair in points, and the band's top and bottom page pixel rows, its top below any thin mark in it
    (:func:`_below_marks`)."""
    if abs(left[2] - right[0]) > 3 or abs(left[1] - right[1]) > 3 or abs(left[3] - right[3]) > 3:
        return []  # not side by side over the same rows
    pix = [(int(c[0] * px) + inset, int(c[1] * px) + inset, int(c[2] * px) - inset, int(c[3] * px) - inset)
           for c in (left, right)]  # fmt: skip
    if any(b[2] - b[0] < 4 or b[3] - b[1] < 4 for b in pix):
        return []
    bands = [text_bands(binary, b) for b in pix]
    if min(len(b) for b in bands) < 2:
        return []
    least = _least_gap(max(bands, key=len))
    out = []
    for lo, hi in _common_gaps(bands[0], bands[1], least):
        low = _below_marks(binary, pix, lo, hi)
        if hi - low >= _LEAST_SHARED:
            out.append((left[0], right[2], low, hi))
    return out


def _one_height(bands: list[tuple[float, float, int, int]]) -> list[tuple[float, float, float]]:
    """One height for every line of a row boundary: the bands of a grid row's cell pairs that overlap are one
    boundary (overlap chains), its line drawn in the white all of them share, just above its bottom (the next
    row's first ink, :data:`_ABOVE_INK`), across each pair (x0, x1, pixel row); a boundary whose bands share too
    little white (the columns disagree) gets none."""
    out: list[tuple[float, float, float]] = []
    group: list[tuple[float, float, int, int]] = []
    for band in sorted(bands, key=lambda b: b[2]):
        if group and band[2] >= max(b[3] for b in group):
            out += _group_line(group)
            group = []
        group.append(band)
    return out + (_group_line(group) if group else [])


def _group_line(group: list[tuple[float, float, int, int]]) -> list[tuple[float, float, float]]:
    lo, hi = max(b[2] for b in group), min(b[3] for b in group)
    if hi - lo < _LEAST_SHARED:
        return []
    y = max((lo + hi) / 2, hi - _ABOVE_INK)
    return [(x0, x1, y) for x0, x1, _, _ in group]


def _below_marks(binary: np.ndarray, boxes: list[tuple[int, int, int, int]], lo: int, hi: int) -> int:
    """Where the white of the band ``lo``..``hi`` (page pixel rows) of side-by-side cells starts for a row line:
    ``lo``, or, when a mark too thin for a line of text lies in it (the "-" closing an amount a narrow column
    wrapped ("6.631," over "-"), which :func:`text_bands` drops as a speck), the row below the lowest such mark: a
    wrapped tail belongs to the row above, and a line through it would cut it off into the next row."""
    low = lo
    for x0, _, x1, _ in boxes:
        ink = np.flatnonzero(np.count_nonzero(binary[lo:hi, x0:x1] == 0, axis=1) >= 2)
        if len(ink):
            low = max(low, lo + int(ink[-1]) + 1)
    return low
