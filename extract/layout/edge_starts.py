"""Column gaps narrower than a segment gap that a text column's aligned left edge shows (:func:`edge_channels`)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from lkjip.extract.layout.cues import is_numeric_token
from lkjip.extract.layout.geometry import WORD_SPACE_EM, TextLine, mono_space, sweep_clusters
from lkjip.extract.layout.justified import joined


def edge_channels(body: Sequence[TextLine], gaps: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Column gaps narrower than a segment gap, shown by a text column's aligned left edge.

    A narrow "No" column's keys ("1.", "12.") may end less than 1.2 em before
    the next column's text, so "1. Administrasi …" reads as one segment and
    the key lands in the name cell. The next column's text starts at one x on
    line after line, after more than a word space: three lines or more where a
    word (text, not a number: right-aligned numbers of one width start at one
    x too) starts there after a gap of 0.6 em, and next to no body word
    running across that x, make a column edge; the channel reaches back to the
    furthest body word left of it.
    """
    if len(body) < 3:
        return []
    size = statistics.median(ln.size for ln in body)
    starts: list[tuple[float, int, bool, float]] = []  # (x, line, a number, where the word ends)
    for k, ln in enumerate(body):
        # a word space: 0.61 em, or the white of a scanned monospaced line's space (its pitch and the glyphs' side
        # bearings, :func:`~.geometry.ink_mono_space`), wider: "2 Dokumen" in a cell is no column edge
        space = max(WORD_SPACE_EM * size, mono_space(ln))
        for p, w in zip(ln.words, ln.words[1:], strict=False):
            if w.x0 - p.x1 > space and not joined(w):  # more than a word space, not stretched
                starts.append((w.x0, k, is_numeric_token(w.text), w.x1))
    out: list[tuple[float, float]] = []
    for group in sweep_clusters(starts, 0.6):
        lines = {k for _, k, _, _ in group}
        text = sum(1 for _, _, num, _ in group if not num)
        # numbers of two widths or more starting at one x are set left-aligned ("2.386.74" / "7.095,-"; numbers
        # aligned right start at one x only when they are as wide)
        left_numbers = len(sweep_clusters([(x1,) for *_, x1 in group], 1.0)) >= 2
        x = group[0][0]
        if len(lines) < 3 or (3 * text < 2 * len(group) and not left_numbers) or any(
                g0 - 1 <= x <= g1 + 1 for g0, g1 in gaps):
            continue
        crossing = sum(1 for ln in body if any(w.x0 < x - 1 and w.x1 > x + 1 for w in ln.words))
        left = max((w.x1 for ln in body for w in ln.words if w.x1 <= x + 0.5 and w.x0 < x - 1), default=None)
        if crossing <= len(lines) // 4 and left is not None and x - left >= 0.3 * size:
            out.append((left, x))
    return out
