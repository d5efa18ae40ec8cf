"""A table ruled only under its header, the rule drawn cell by cell: where its pieces meet are the column borders.

A browser prints a table whose only rule is the one under its header (Chromium, ``border-bottom`` on each header
cell) as one piece of rule per cell, each ending where the next begins. The search by alignment
(:mod:`.borderless`) finds the columns from the white down the body, and in a monospaced font the spaces of a
wrapped name line up as well as the gap between two cells: a right-aligned name ending a space short of the next
column's left-aligned text ("Meningkatnya kualitas | Indeks Kepuasan …") leaves no wider white there than
between its own words, so the search cut the name in two and gave its end to the next column. The joints of
the rule under the header do not depend on the text: where the columns found disagree with them, the joints
are the columns (as :func:`rule_joints` gives them for tables ruled between every row, :mod:`.half_ruled`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from lkjip.extract.layout.cues import NUMBERED_CAPTION
from lkjip.extract.layout.geometry import Ruling, TextLine, merged_positions

#: a note under a table: its source, a key to its marks ("Sumber: …", "Keterangan :", "Ket.", "*) …")
_NOTE = re.compile(r"^\s*(?:(?:sumber|keterangan|catatan|ket)\s*[:.]|\*)", re.IGNORECASE)


def rule_joints(rules: Sequence[Ruling], box: tuple[float, float, float, float], ys: Sequence[float], tol: float = 1.0) -> list[float]:
    """Where the horizontal rules of a stack (``box``, rules at ``ys``) are drawn in pieces end to end: the
    column borders.

    A browser draws a rule between rows as each cell's own border, one piece per cell, each ending where the
    next one starts: every joint lies on a border between two columns (a cell spanning columns draws one piece
    across them; its neighbours' rules still show the border). Rules drawn whole show none."""
    at_y: dict[float, list[Ruling]] = {}
    for r in rules:
        y = (r.top + r.bottom) / 2
        if r.horizontal and ys[0] - tol <= y <= ys[-1] + tol and box[0] - tol <= r.x0 and r.x1 <= box[2] + tol:
            at_y.setdefault(min(ys, key=lambda v: abs(v - y)), []).append(r)
    xs = []
    for pieces in at_y.values():
        starts = [r.x0 for r in pieces]
        xs += [r.x1 for r in pieces if box[0] + 2.0 < r.x1 < box[2] - 2.0 and any(abs(x - r.x1) <= tol for x in starts)]
    return merged_positions(xs)


def pieced_joints(region: Sequence[TextLine], rules: Sequence[Ruling]) -> list[float] | None:
    """The joints of a horizontal rule drawn in pieces (three or more, end to end) across the whole of ``region``,
    between its first line and its last (the rule under its header); None where there is none."""
    if not region:
        return None
    x0, x1 = min(ln.x0 for ln in region), max(ln.x1 for ln in region)
    top, bottom = region[0].bottom, region[-1].top
    for y in sorted({round((r.top + r.bottom) / 2, 1) for r in rules if r.horizontal}):
        if not top < y < bottom:
            continue
        pieces = [r for r in rules if r.horizontal and abs((r.top + r.bottom) / 2 - y) <= 1.0]
        left, right = min(r.x0 for r in pieces), max(r.x1 for r in pieces)
        if len(pieces) < 3 or left > x0 + 2.0 or right < x1 - 2.0:
            continue
        joints = rule_joints(pieces, (left, y - 1.0, right, y + 1.0), [y])
        if joints and not any(w.x0 + 0.5 < j < w.x1 - 0.5 for ln in region if ln.top > y for w in ln.words
                              for j in joints):
            return joints  # a word under the rule across a joint: the pieces are no cells' borders
    return None


def joint_columns(region: Sequence[TextLine], rules: Sequence[Ruling],
                  gaps: Sequence[tuple[float, float]], *, always: bool = False) -> list[tuple[float, float]] | None:
    """The column channels of ``region`` at the joints of a horizontal rule drawn in pieces across it (between
    its header and its body, :func:`pieced_joints`), where ``gaps`` (the channels found by alignment) are fewer
    than the joints or as many but one or more of them misses its joint (``always``: as many, wherever they
    lie); None where no such rule lies in the region or the columns found agree with it."""
    joints = pieced_joints(region, rules) if gaps else None
    if not joints or len(joints) < len(gaps):
        return None  # a header cell spanning columns over the rule draws one piece across them: too few joints
    if not always and len(joints) == len(gaps) and all(
            g0 - 1.0 <= j <= g1 + 1.0 for j, (g0, g1) in zip(joints, gaps, strict=True)):
        return None
    return [_white_around(region, j) for j in joints]


def _white_around(region: Sequence[TextLine], x: float) -> tuple[float, float]:
    """The white the region's words leave around the joint at ``x``: from the right end of the nearest word left
    of it to the left end of the nearest word right of it (a channel as wide as the search by alignment finds,
    so that a part of the table on another page is compared with it as with any)."""
    words = [w for ln in region for w in ln.words]
    left = max((w.x1 for w in words if (w.x0 + w.x1) / 2 < x), default=x - 0.5)
    right = min((w.x0 for w in words if (w.x0 + w.x1) / 2 >= x), default=x + 0.5)
    return min(left, x - 0.5), max(right, x + 0.5)


def run_on(lines: Sequence[TextLine], start: int, end: int, seps: Sequence[float]) -> int:
    """The last line of the table ``lines[start : end + 1]``, cut at the joints ``seps``, grown over the lines
    under it that cross no joint, as close under it as its lines are to each other: its body's wrapped lines.

    A justified monospaced cell line stretches its spaces to a column gap's width and a wrapped name's line ends
    a space short of the next column's text ("kualitas pelayanan Masyarakat"): the search by alignment took such
    a line for one running across a column gap and ended the table at its first row. A cell's text stays inside
    its column, so no word of the table's lines lies across a joint; running text, a caption or the next table's
    header does, or stands further below, or is bold; a note under the table ("Sumber: …") is no line of it."""
    x0, x1 = min(ln.x0 for ln in lines[start : end + 1]), max(ln.x1 for ln in lines[start : end + 1])
    steps = [b.top - a.bottom for a, b in zip(lines[start:end], lines[start + 1 : end + 1], strict=False)]
    height = max(lines[end].height, 4.0)
    widest = max(max(steps, default=0.0), 0.5 * height) + 0.5 * height
    while end + 1 < len(lines):
        ln = lines[end + 1]
        if (ln.top - lines[end].bottom > widest or ln.x0 < x0 - 2.0 or ln.x1 > x1 + 2.0
                or any(w.x0 < x < w.x1 for w in ln.words for x in seps) or any(w.bold for w in ln.words)
                or NUMBERED_CAPTION.match(ln.text) or _NOTE.match(ln.text) or abs(ln.size - lines[end].size) > 0.5):
            break
        end += 1
    return end
