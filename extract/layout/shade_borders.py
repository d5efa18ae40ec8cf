"""Column borders a shaded table draws inside a line's wide gaps: no justified line's stretched spaces there.

A table shaded cell by cell (a header band, banded rows) draws its columns' borders without rules: each shaded
cell's box ends where the next one's starts. A line of an unshaded row between such bands whose words sit
centred in equal columns (the last word of each of three cells side by side) puts its gaps as wide as each
other, as a justified line stretches its spaces (:mod:`.justified`); but a justified line's words lie inside one
cell, and no column border can fall between them. A gap holding such a border, with white down the
lines around it at the border (no word of the block runs across it), parts two cells.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.geometry import Ruling, TextLine

#: how many lines above and below a line count for the white down a border (a table's rows, not the next table's)
AROUND = 6


def _borders(shades: Sequence[Ruling], tol: float = 1.0) -> list[tuple[float, float, float]]:
    """(x, top, bottom) where two shaded cells of one row meet, side by side."""
    return [((a.x1 + b.x0) / 2, a.top, a.bottom) for a in shades for b in shades
            if b is not a and abs(b.x0 - a.x1) <= tol and abs(b.top - a.top) <= tol and abs(b.bottom - a.bottom) <= tol]


def shaded_border_words(lines: Sequence[TextLine], shades: Sequence[Ruling]) -> frozenset[int]:
    """The words (by ``id``) of ``lines`` after a gap holding a column border of shaded cells drawn at most
    :data:`AROUND` lines' heights above or below the line, where no word of the :data:`AROUND` lines above and
    below it runs across the border."""
    borders = _borders(shades)
    if not borders:
        return frozenset()
    out: set[int] = set()
    for k, ln in enumerate(lines):
        reach = AROUND * max(ln.height, 4.0)
        near = [x for x, top, bottom in borders if top - reach <= ln.top and bottom + reach >= ln.bottom]
        if not near:
            continue
        around = lines[max(0, k - AROUND): k + AROUND + 1]
        for p, w in zip(ln.words, ln.words[1:], strict=False):
            for x in near:
                if p.x1 + 0.5 < x < w.x0 - 0.5 and not any(
                        v.x0 < x - 0.5 and v.x1 > x + 0.5 for other in around for v in other.words):
                    out.add(id(w))
                    break
    return frozenset(out)
