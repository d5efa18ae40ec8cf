"""A table's outer frame that a page break left open: the rule its sides stop at, drawn back in.

A table drawn in an outer frame (with one rule under its header, or none) that a page break cuts has no rule at
the cut: on the page it starts, its frame's sides run down from the top rule to the last row and stop there; on
the page it goes on, the sides may start at the first row with no rule over it. The sides still say where the
table ends: :func:`closed_frames` adds the missing rule where both sides stop (or start) together, so the frame
is a stack of rules (:func:`~.half_ruled.rule_stacks`) round the table's rows as a closed frame is, and the
rows under the header rule are read from the text, as in any frame round a body.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.geometry import Ruling

#: a frame's sides are at least this tall (pt): a shorter pair of vertical strokes frames no body
MIN_SIDE = 20.0


def closed_frames(rules: Sequence[Ruling], min_width: float, tol: float = 3.0) -> tuple[list[Ruling], list[float]]:
    """``rules`` with the missing end of each open frame added: a horizontal rule (``min_width`` wide at least)
    with a vertical rule at each of its ends, both starting at it (or ending at it) and ending (or starting)
    together, with no horizontal rule across there: a rule at that end, from side to side. Also the heights of
    the rules added (where a page break cut a frame)."""
    hs = [r for r in rules if r.horizontal and not r.shade and r.x1 - r.x0 >= min_width]
    vs = [r for r in _joined_sides(rules) if r.bottom - r.top >= MIN_SIDE]
    added: list[Ruling] = []

    def ruled_at(x0: float, x1: float, y: float) -> bool:
        return any(abs((h.top + h.bottom) / 2 - y) <= tol and h.x0 <= x0 + tol and h.x1 >= x1 - tol
                   for h in [*hs, *added])

    for h in hs:
        y = (h.top + h.bottom) / 2
        lefts = [v for v in vs if abs((v.x0 + v.x1) / 2 - h.x0) <= tol]
        rights = [v for v in vs if abs((v.x0 + v.x1) / 2 - h.x1) <= tol]
        for lv in lefts:
            for rv in rights:
                if abs(lv.top - y) <= tol and abs(rv.top - y) <= tol and abs(lv.bottom - rv.bottom) <= tol:
                    end = (lv.bottom + rv.bottom) / 2  # the sides run down from the rule, and stop together
                elif abs(lv.bottom - y) <= tol and abs(rv.bottom - y) <= tol and abs(lv.top - rv.top) <= tol:
                    end = (lv.top + rv.top) / 2  # the sides come down to the rule from one height
                else:
                    continue
                if abs(end - y) > MIN_SIDE and not ruled_at(h.x0, h.x1, end):
                    added.append(Ruling(h.x0, end - 0.25, h.x1, end + 0.25))
    return [*rules, *added], [(r.top + r.bottom) / 2 for r in added]


def _joined_sides(rules: Sequence[Ruling], tol: float = 1.5) -> list[Ruling]:
    """The vertical rules of ``rules``, pieces drawn end to end at one x (a cell's border each) joined into one."""
    columns: list[list[Ruling]] = []
    for r in sorted((r for r in rules if not r.horizontal and not r.shade), key=lambda r: (r.x0 + r.x1) / 2):
        x = (r.x0 + r.x1) / 2
        if columns and x - (columns[-1][-1].x0 + columns[-1][-1].x1) / 2 <= tol:
            columns[-1].append(r)
        else:
            columns.append([r])
    out: list[Ruling] = []
    for col in columns:
        start = len(out)
        for r in sorted(col, key=lambda r: r.top):
            if len(out) > start and r.top <= out[-1].bottom + tol:
                o = out[-1]
                out[-1] = Ruling(min(o.x0, r.x0), o.top, max(o.x1, r.x1), max(o.bottom, r.bottom))
            else:
                out.append(r)
    return out
