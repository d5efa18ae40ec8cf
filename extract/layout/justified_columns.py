"""Channels that only a justified cell line's stretched word space opens (tables ruled with horizontal rules only).

A table ruled with horizontal rules only takes its columns from the white channels running down its body
(:func:`~.half_ruled.row_channels`). A narrow cell set justified stretches a line's word spaces over the cell's
width; where the cell's other lines are short, the white of one stretched space runs down the whole body and
reads as a column gap ("MASYARAKAT DESA   DAN" over "KELURAHAN"): the line's last word goes into a column of its
own, and every column after it shifts. Such a column opens with nothing but words after a stretched space
(:func:`~.justified.stretched_spaces`); a column's own text starts at its edge line after line (its header's label
too), after a gap no justification made.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.justified import stretched_spaces


def stretched_channels_dropped(region: Sequence[TextLine],
                               gaps: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """``gaps`` (sorted column channels of ``region``) without those where every word opening the column right
    of the channel on a line (its first word from the channel on, before the next channel) follows a stretched
    word space of a justified line."""
    gaps = sorted(gaps)
    stretched = stretched_spaces(region)
    if not stretched:
        return list(gaps)
    out: list[tuple[float, float]] = []
    for k, (_, g1) in enumerate(gaps):
        end = gaps[k + 1][0] if k + 1 < len(gaps) else float("inf")
        openers = []
        for ln in region:
            first = next((w for w in ln.words if g1 - 0.5 <= w.x0 < end), None)
            if first is not None:
                openers.append(first)
        if openers and all(id(w) in stretched for w in openers):
            continue
        out.append(gaps[k])
    return out
