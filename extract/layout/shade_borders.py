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


def shaded_border_words(lines: Sequence[TextLine], shades: Sequence[Ruling], *, inside: bool = False) -> frozenset[int]:
    """The words (by ``id``) of ``lines`` after a gap holding a column border of shaded cells drawn at most
    :data:`AROUND` lines' heights above or below the line, where no word of the :data:`AROUND` lines above and
    below it runs across the border.

    ``inside``: only borders of the shaded cells the line stands in (the line's middle between the border's top
    and bottom), and only the lines around it that stand in shaded cells meeting at that border count for the
    white down it: a caption over the table, its words across the border, is no line of the table (two shaded
    cells side by side in the line's own row part two cells however narrow the gap: a monospaced line whose cell
    is filled to its edge, one space's white before the next cell's first word)."""
    borders = _borders(shades)
    if not borders:
        return frozenset()
    out: set[int] = set()
    for k, ln in enumerate(lines):
        reach = AROUND * max(ln.height, 4.0)
        mid = (ln.top + ln.bottom) / 2
        near = [x for x, top, bottom in borders
                if (top <= mid <= bottom if inside else top - reach <= ln.top and bottom + reach >= ln.bottom)]
        if not near:
            continue
        around = lines[max(0, k - AROUND): k + AROUND + 1]
        if inside:
            around = [o for o in around if _in_shade(o, borders)]
        for p, w in zip(ln.words, ln.words[1:], strict=False):
            for x in near:
                if p.x1 + 0.5 < x < w.x0 - 0.5 and not any(
                        v.x0 < x - 0.5 and v.x1 > x + 0.5 for other in around for v in other.words):
                    out.add(id(w))
                    break
    return frozenset(out)


def _in_shade(line: TextLine, borders: Sequence[tuple[float, float, float]]) -> bool:
    """``line`` stands in a row of shaded cells (between some border's top and bottom)."""
    mid = (line.top + line.bottom) / 2
    return any(top <= mid <= bottom for _, top, bottom in borders)
