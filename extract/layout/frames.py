"""Framed tables stacked on a page: which horizontal rule of a stack is a frame's foot, which the next frame's top.

A table drawn in a frame (outer box and a rule under its header) and the next such table, printed one under the
other at one width, make one stack of rules of one extent (:func:`~.half_ruled.rule_stacks`). The vertical sides
of each frame say where one ends and the next begins (:func:`outside_frames`, :func:`frame_opens`); a bold line
right under a frame's top rule, below rows in regular weight, is the next table's header
(:func:`next_frame_header`).
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.geometry import Ruling, TextLine

Box = tuple[float, float, float, float]


def band_lines(lines: Sequence[TextLine], box: Box, top: float, bottom: float) -> list[TextLine]:
    return [ln for ln in lines if top <= (ln.top + ln.bottom) / 2 <= bottom and box[0] - 2 <= ln.x0 <= box[2]]


def outside_frames(rules: Sequence[Ruling], box: Box, top: float, bottom: float, tol: float = 3.0) -> bool:
    """Vertical rules frame the stack's tables at its left or right edge, but none runs beside this band: the
    band lies between two framed tables (each boxed, one rule under its header). A frame may reach past the
    stack: the table above coming down from the page's top, the body under the next table's header rule running
    on to the page's foot with no rule of its own."""
    sides = [r for r in rules if not r.horizontal and (abs(r.x0 - box[0]) <= tol or abs(r.x1 - box[2]) <= tol)
             and r.bottom >= box[1] - tol and r.top <= box[3] + tol and r.bottom - r.top > tol]
    mid = (top + bottom) / 2
    return bool(sides) and not any(r.top - tol <= mid <= r.bottom + tol for r in sides)


def frame_opens(rules: Sequence[Ruling], box: Box, y: float, tol: float = 3.0) -> bool:
    """A frame's side starts at the rule at ``y`` and runs on down: that rule is the top of the next framed table
    (its header a page break cut), not the foot of the table above."""
    return any(not r.horizontal and (abs(r.x0 - box[0]) <= tol or abs(r.x1 - box[2]) <= tol)
               and abs(r.top - y) <= tol and r.bottom > y + tol for r in rules)


def next_frame_header(lines: Sequence[TextLine], rules: Sequence[Ruling], box: Box, top: float, bottom: float) -> bool:
    """The stack's last band is empty and outside the frames (:func:`outside_frames`), a frame opens at its bottom
    rule (:func:`frame_opens`), and the first line under that rule is bold while the stack's rows above it are in
    regular weight: the rule is the top of the next framed table, its header all a page break left of it (a
    performance agreement's program table under its targets table), not a row of the table above."""
    if band_lines(lines, box, top, bottom) or not (outside_frames(rules, box, top, bottom)
                                                   and frame_opens(rules, box, bottom)):
        return False
    return _bold_under_regular(lines, box, top, bottom)


def next_ruled_header(lines: Sequence[TextLine], box: Box, top: float, bottom: float) -> bool:
    """The stack's last band is empty, and a bold line stands right under its bottom rule (within a line's
    height) while the stack's rows above are in regular weight: that rule is the first of the next table ruled
    across alike (its header a page break cut after its first lines), the white between the two tables no row of
    the table above (whose last row would swallow the next table's header)."""
    if band_lines(lines, box, top, bottom):
        return False
    below = [ln for ln in lines if ln.top >= bottom - 0.5 and box[0] - 2 <= ln.x0 <= box[2]]
    return (bool(below) and min(ln.top for ln in below) - bottom <= max(min(below, key=lambda ln: ln.top).height, 4.0)
            and _bold_under_regular(lines, box, top, bottom))


def _bold_under_regular(lines: Sequence[TextLine], box: Box, top: float, bottom: float) -> bool:
    """The first line under the rule at ``bottom`` is bold, and some line of the stack above ``top`` is not."""
    below = sorted((ln for ln in lines if ln.top >= bottom - 0.5 and box[0] - 2 <= ln.x0 <= box[2]),
                   key=lambda ln: ln.top)
    above = [ln for ln in lines if box[1] <= ln.top and ln.bottom <= top and box[0] - 2 <= ln.x0 <= box[2]]
    return bool(below) and below[0].bold and any(not ln.bold for ln in above)
