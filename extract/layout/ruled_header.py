"""A table printed right under another, told by its header ruled off its body (:func:`ruled_header_below`).

Two borderless tables one under the other, no caption between them (a document that sets none, or sets it
below), are one region of aligned text unless something ends the first: :func:`~.region_ends.new_table_below`
asks for a bold line set off by more than a line's height of white. A table whose header is closed by a rule
(the "header rule only" style) says more: bold lines after regular ones, a rule right under the last of them,
across them; a little white before them is then enough. A bold group row inside a table ("PROGRAM …") has no
white of its own before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.geometry import Ruling, TextLine

#: the white before the next table's header, beyond the region's usual line gap, in line heights
HEADER_WHITE = 0.8


def ruled_header_below(lines: Sequence[TextLine], start: int, j: int, rules: Sequence[Ruling]) -> bool:
    """Line ``j`` opens the next table: bold after the regular line ``j - 1``, set off by more white than
    :data:`HEADER_WHITE` line heights beyond the usual gap of lines ``start``…``j - 1`` (beyond none when ``j - 1`` is
    ``start``), and the run of bold lines
    it opens closed by a horizontal rule across them (between their last line and the line after)."""
    if j - start < 1 or not lines[j].bold or lines[j - 1].bold:
        return False
    # one line above (the rest of a row the page break cut, atop the page): no gap of the region's to go by
    gaps = sorted(lines[k + 1].top - lines[k].bottom for k in range(start, j - 1)) or [0.0]
    usual = max(gaps[len(gaps) // 2], 0.0)
    if lines[j].top - lines[j - 1].bottom <= usual + HEADER_WHITE * lines[j].height:
        return False
    end = j
    while end + 1 < len(lines) and lines[end + 1].bold:
        end += 1
    below = lines[end + 1].top if end + 1 < len(lines) else lines[end].bottom + lines[end].height
    x0 = min(ln.x0 for ln in lines[j : end + 1])
    x1 = max(ln.x1 for ln in lines[j : end + 1])
    return any(r.horizontal and lines[end].bottom - 1.0 <= (r.top + r.bottom) / 2 <= below + 1.0
               and r.x0 <= x0 + 2.0 and r.x1 >= x1 - 2.0 for r in rules)
