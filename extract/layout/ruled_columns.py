"""Columns of a table ruled across only: the white channels down its body rows and where the unseen borders lie.

A table whose rules give the rows (:mod:`.half_ruled`) takes its columns from the text: the channels that run
white down every body line (:func:`row_channels`; header labels, which may span columns, only narrow them), and in
each channel the border a cell's padding says (:func:`cell_borders`), kept clear of header words
(:func:`within_bounds`).
"""

from __future__ import annotations

import bisect
import math
import re
import statistics
from collections.abc import Sequence

from lkjip.extract.layout.borderless import channel_bounds, narrow_channels
from lkjip.extract.layout.channels import gaps_of
from lkjip.extract.layout.col_numbers import numbers_line
from lkjip.extract.layout.columns_cut import apart_in_channel
from lkjip.extract.layout.cues import AMOUNT, bold_label_numbers, is_numeric_token
from lkjip.extract.layout.geometry import WORD_SPACE_EM, TextLine, Word

_YEAR = re.compile(r"^\(?(19|20)\d\d\)?$")


def data_line(ln: TextLine) -> bool:
    """A line with an amount, or with a number that is no year, in a line that is no row of column numbers nor a
    bold header line of years a narrow column wrapped (:func:`~.cues.bold_label_numbers`)."""
    if any(AMOUNT.match(w.text) for w in ln.words):
        return True
    if numbers_line(ln) or bold_label_numbers(ln):
        return False
    return any(is_numeric_token(w.text) and not _YEAR.match(w.text) for w in ln.words)


def body_start(region: Sequence[TextLine], ys: Sequence[float]) -> float:
    """The y below which the body starts: the rule above the first line with data (:func:`data_line`).

    A header repeated on the next page may come without its rule under it (a frame's header rule drawn on the
    first page only): when no rule parts any line above the first line with data from the region's first line,
    the body starts under the run of bold lines that opens the region, if two lines or more lie under it (one
    line alone, a cut row's rest, shows too few columns by itself).
    """
    for k, ln in enumerate(region):
        if data_line(ln):
            above = [y for y in ys if y <= ln.top + 1.0]
            if not above:
                return ln.top
            plain = next((m for m in region[:k + 1] if not m.bold), None)
            rest = [m for m in region if plain is not None and m.top >= plain.top]
            if k and above[-1] <= region[0].top + 1.0 and plain is not region[0] and plain is not None \
                    and len(rest) >= 2:
                return plain.top - 0.5
            return above[-1]
    return ys[0]


def row_channels(region: Sequence[TextLine], ys: Sequence[float]) -> list[tuple[float, float]]:
    """White channels running down every body line (header lines, which may span columns, left out)."""
    start = body_start(region, ys)
    body = [ln for ln in region if ln.top >= start - 1.0] or list(region)
    size = statistics.median(ln.size for ln in body)
    spans = [(w.x0, w.x1) for ln in body for w in ln.words]
    # header words stay inside their cells too, but for labels spanning several columns
    head_lines = [phrase_runs(ln) for ln in region if ln.top < start - 1.0]
    gaps = narrow_channels(gaps_of(spans, max(WORD_SPACE_EM * size, 3.0)), [r for runs in head_lines for r in runs])
    return sorted([*gaps, *labelled_narrow_channels(body, head_lines, gaps, size)])


#: the narrowest white (em) a column gap set close leaves down the body (a word space of OCR'd type is wider)
NARROW_GAP_EM = 0.35
#: how far (em) a header label may start from the left edge of the column it labels
LABEL_EDGE_EM = 0.2


def labelled_narrow_channels(body: Sequence[TextLine], head: Sequence[Sequence[tuple[float, float]]],
                             gaps: Sequence[tuple[float, float]], size: float) -> list[tuple[float, float]]:
    """White channels down every line of ``body`` narrower than a column gap is taken to be (condensed type in
    narrow cells set close: the padding on either side of a border is all the white), besides ``gaps``, where a
    line of the header (``head``: each line's phrases as spans) says a column starts: one of its labels starts at
    the channel's right edge, as the body's words there do (labels set flush left, as their cells), and none of
    its labels crosses the channel (a label spanning columns, on a line above, says nothing). A word space the
    body's lines happen to line up lies under a label, or where no label starts."""
    if len(body) < 2 or not head:
        return []
    spans = [(w.x0, w.x1) for ln in body for w in ln.words]
    edge = LABEL_EDGE_EM * size  # OCR's boxes: a label's first letter may reach into the white a little
    out = []
    for a, b in gaps_of(spans, max(NARROW_GAP_EM * size, 2.0)):
        if any(x < b and y > a for x, y in gaps):
            continue
        if any(any(abs(x - b) <= edge for x, _ in runs) and not any(x < b - edge and y > a + edge for x, y in runs)
               for runs in head):
            out.append((a, b))
    return out


def phrase_runs(ln: TextLine) -> list[tuple[float, float]]:
    """The line's phrases as spans: words a word space apart at most are one. A label's second word, one space
    after its first, is no text of its own inside the channel the first reaches into (two wrapped lines of a
    label, "Kondisi Awal" over "Renstra (2018)", whose first words end alike: their second words start alike
    too, which says nothing of a column)."""
    runs: list[tuple[float, float]] = []
    for w in sorted(ln.words, key=lambda w: w.x0):
        if runs and w.x0 - runs[-1][1] <= WORD_SPACE_EM * ln.size:
            runs[-1] = (runs[-1][0], max(runs[-1][1], w.x1))
        else:
            runs.append((w.x0, w.x1))
    return runs


def _aligned(xs: list[float], tol: float = 1.5) -> bool:
    return len(xs) >= 2 and max(xs) - min(xs) <= tol


def cell_borders(region: Sequence[TextLine], gaps: Sequence[tuple[float, float]]) -> list[float]:
    """Where the unseen cell border lies in each channel.

    A cell's text keeps its padding from the border it is aligned to: left-aligned text starts one
    padding right of its left border, right-aligned numbers end one padding left of their right border.
    The narrowest channel is two paddings wide. So a border lies one padding left of a left-aligned
    column, else one padding right of a right-aligned one, else mid-channel — a header label centred in
    its cell, or a word wrapped out of a narrow column, then falls on its own side.
    """
    pad = min(b - a for a, b in gaps) / 2
    mids = [(a + b) / 2 for a, b in gaps]
    starts: list[list[float]] = [[] for _ in range(len(gaps) + 1)]
    ends: list[list[float]] = [[] for _ in range(len(gaps) + 1)]
    numeric = [[0, 0] for _ in range(len(gaps) + 1)]
    for ln in region:
        cols: dict[int, list] = {}
        for w in ln.words:
            cols.setdefault(bisect.bisect_left(mids, (w.x0 + w.x1) / 2), []).append(w)
        for k, ws in cols.items():
            starts[k].append(min(w.x0 for w in ws))
            ends[k].append(max(w.x1 for w in ws))
            numeric[k][0 if all(is_numeric_token(w.text) for w in ws) else 1] += 1
    # numbers are right-aligned, text left-aligned: numbers of one width line up on their left too, and
    # words of one length on their right, which says nothing
    is_num = [n >= 0.7 * (n + t) and n > 0 for n, t in numeric]
    out = []
    for k, (a, b) in enumerate(gaps):
        if _aligned(starts[k + 1]) and not is_num[k + 1]:
            out.append(b - pad)
        elif _aligned(ends[k]) and is_num[k]:
            out.append(a + pad)
        else:
            out.append((a + b) / 2)
    return out


def within_bounds(region: Sequence[TextLine], gaps: Sequence[tuple[float, float]], seps: list[float]) -> list[float]:
    """Each border moved into the part of its channel that header words inside it leave (:func:`channel_bounds`,
    :func:`apart_in_channel`): a left-aligned label over right-aligned dashes stays with its column. Moved, or
    cutting a header word in two, it goes to the middle of the widest white that words leave in that part. Where
    the two leave no part together, the column gaps on the header's lines alone (:func:`apart_in_channel`) bound
    it: a wrapped label's words inside the channel, starting alike, go with the label's first word a word space
    before them when a column gap parts them from the next label."""
    words = [w for ln in region for w in ln.words]
    out = []
    for k, ((g0, g1), x) in enumerate(zip(gaps, seps, strict=True)):
        lo, hi = channel_bounds(words, g0, g1)
        left = gaps[k - 1][1] if k else -math.inf
        right = gaps[k + 1][0] if k + 1 < len(gaps) else math.inf
        lo, hi = apart_in_channel(region, (left, g0, g1, right), lo, hi)
        if lo >= hi:  # header words inside the channel that start alike ("AKHIR" over "2026)") left no part: the
            # column gaps on their lines alone say where the cut goes, if it cuts no word there
            a, b = apart_in_channel(region, (left, g0, g1, right), g0, g1)
            y = _widest_white(words, a, b) if a < b else x
            if a < b and not any(w.x0 + 0.5 < y < w.x1 - 0.5 for w in words):
                lo, hi = a, b
        cuts = any(w.x0 + 0.5 < x < w.x1 - 0.5 for w in words)
        out.append(x if lo >= hi or (lo <= x <= hi and not cuts) else _widest_white(words, lo, hi))
    return out


def _widest_white(words: Sequence[Word], lo: float, hi: float) -> float:
    """The middle of the widest stretch of ``(lo, hi)`` that no word covers (of all of it, when words cover it)."""
    free = gaps_of([(lo, lo), *((w.x0, w.x1) for w in words if w.x1 > lo and w.x0 < hi), (hi, hi)], 0.0)
    free = [(max(a, lo), min(b, hi)) for a, b in free if min(b, hi) > max(a, lo)]
    a, b = max(free, key=lambda g: g[1] - g[0], default=(lo, hi))
    return (a + b) / 2
