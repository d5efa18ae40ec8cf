"""The rest of a row the page break cut, atop a page, over the borderless table's next rows (:func:`cut_row_lead`).

A borderless table whose last row the page break cut goes on at the top of the next page with the rest of that
row's long cell ("DAERAH" / "KABUPATEN/KOTA" under "PROGRAM PENUNJANG URUSAN PEMERINTAHAN"): lines of one
segment each, inside one column, before the first line that shows several columns. A region of a borderless table
starts at a line of several segments, so these lines would be left out of the table and read as paragraphs
standing between the two parts, which then are never joined. When the page before ended with a borderless table
(``carry``) the lines above the page's first table that sit in its columns, as close to it as its own lines are
to each other, are read with it: its first row may then be the rest of the cut one.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.cues import NUMBERED_CAPTION
from lkjip.extract.layout.geometry import TextLine

#: at most so many lines of a cut cell's rest atop a page
MAX_LEAD = 6


def cut_row_lead(lines: Sequence[TextLine], spans: Sequence[Sequence[tuple[float, float]]], start: int, last: int,
                 gaps: Sequence[tuple[float, float]], tol: float = 2.0) -> int:
    """Index of the first line of the region that starts at ``start`` and shows its columns down to ``last``:
    0 when every line above ``start`` (the page's first lines) is the rest of a cut row, else ``start``.

    Each of those lines has one segment that crosses none of the region's column gaps (``gaps``), the region's
    type size, is no caption, and stands no further from the line below than the region's lines do (their widest
    gap, plus half a line)."""
    if not 0 < start <= MAX_LEAD or last <= start:
        return start
    size = lines[start].size
    widest = max(lines[k + 1].top - lines[k].bottom for k in range(start, last))
    for k in range(start):
        ln = lines[k]
        if len(spans[k]) != 1 or abs(ln.size - size) > 0.5 or NUMBERED_CAPTION.match(ln.text):
            return start
        a, b = spans[k][0]
        if any(a < g1 - tol and b > g0 + tol for g0, g1 in gaps):
            return start  # runs across a column gap: a paragraph or a heading, no cell
        if lines[k + 1].top - ln.bottom > widest + 0.5 * ln.height:
            return start  # set off above the table: a heading of its own
    return 0
