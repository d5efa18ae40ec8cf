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

import bisect
import itertools
import math
from collections.abc import Sequence

from lkjip.extract.layout.col_numbers import line_numbers, numbers_line
from lkjip.extract.layout.cues import is_numeric_token
from lkjip.extract.layout.geometry import TextLine, ink_joined, lines_ink_pitch
from lkjip.extract.layout.justified import stretched_spaces

#: an unlabelled column holding words on at most this many body lines may be a stretched space's
#: (:func:`unlabelled_columns_dropped`)
_FEW_LINES = 2
#: how far apart the ends of words set flush against one cell edge may lie (pt)
_EDGE_TOL = 1.0


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


def unlabelled_columns_dropped(region: Sequence[TextLine], gaps: Sequence[tuple[float, float]],
                               body_start: float) -> list[tuple[float, float]]:
    """``gaps`` (column channels of ``region``, under its bold header lines, the body starting at ``body_start``)
    without those opening a column that no header word reaches into while the header labels the column left of
    it, whose words (no number among them) stand on one or two body lines only, or on more, three in four of
    them ending at one edge, each right after a word of that left column.

    A justified line of two words ("Persentase   Desa" over "Maju") has one stretched space, which nothing tells
    from a column gap by its width; but a column of the table has its label, and more than a word or two."""
    gaps = sorted(gaps)
    # the header: the bold lines opening the region (above the first line with data, if any); lines of regular
    # type there are no header (the rest of a row a page break cut, opening a part)
    above = list(itertools.takewhile(lambda ln: ln.bold and ln.top < body_start - 1.0, region))
    if not above and body_start <= region[0].top + 1.0:
        above = list(itertools.takewhile(lambda ln: ln.bold, region))
    head = [w for ln in above for w in ln.words]
    body = [ln for ln in region if not any(ln is a for a in above)]
    if not head or not body:
        return list(gaps)
    out: list[tuple[float, float]] = []
    for k, (g0, g1) in enumerate(gaps):
        left = (out[-1][1] if out else -math.inf, g0)
        right = (g1, gaps[k + 1][0] if k + 1 < len(gaps) else math.inf)
        if _word_run_on(body, head, left, right, g0):
            continue
        out.append((g0, g1))
    return out


def _word_run_on(body: Sequence[TextLine], head: Sequence, left: tuple[float, float],
                 right: tuple[float, float], channel_start: float) -> bool:
    def within(w, span: tuple[float, float]) -> bool:
        return w.x1 > span[0] and w.x0 < span[1]

    # a header word reaching into the column, or starting inside the channel before it (a label set flush left
    # over a narrow column set flush right), labels it
    labelled = any(within(w, right) or channel_start - 0.5 <= w.x0 < right[1] for w in head)
    if labelled or not any(within(w, left) for w in head):
        return False
    lines = 0
    ends: list[float] = []
    for ln in body:
        ws = [w for w in ln.words if within(w, right)]
        if not ws:
            continue
        lines += 1
        ends.append(ws[-1].x1)
        k = ln.words.index(ws[0])
        before = ln.words[k - 1] if k else None
        if (any(is_numeric_token(w.text) for w in ws) or before is None
                or not left[0] <= before.x1 <= left[1] or is_numeric_token(before.text)):
            return False
    # or, on more lines, words ending at one edge on three lines in four: the last words of a wide cell's
    # justified lines, pushed to its right edge ("PROGRAM   PENUNJANG   URUSAN" / "PEMERINTAHAN   DAERAH"), the
    # others a cell's last line, set flush left and reaching past the channel
    at_edge = sum(1 for e in ends if e >= max(ends, default=0.0) - _EDGE_TOL)
    return 0 < lines <= _FEW_LINES or (lines > _FEW_LINES and at_edge >= 3 and at_edge >= 0.75 * lines)


def unnumbered_columns_dropped(region: Sequence[TextLine],
                               gaps: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """``gaps`` (column channels of ``region``) without those opening a column that a header row of column
    numbers ("1 2 3 …", each number one more than the one before) skips, between two columns it numbers one after
    the other ("2" | nothing | "3"), when that column holds no number and each of its words follows on its line a
    word of the column left of it: a justified cell's last word on its first line ("Meningkatnya   akuntabilitas"
    over "kinerja kecamatan"), set against the cell's right edge line after line."""
    gaps = sorted(gaps)
    numbering = next((k for k, ln in enumerate(region[:8]) if numbers_line(ln, rising=True)), None)
    if numbering is None or not gaps:
        return list(gaps)
    seps = [(a + b) / 2 for a, b in gaps]

    def column(w) -> int:
        return _column_of_word(w, gaps, seps)

    values = line_numbers(region[numbering]) or []
    numbers: dict[int, int] = {column(w): v for w, v in zip(region[numbering].words, values, strict=True)}
    body = region[numbering + 1:]
    out: list[tuple[float, float]] = []
    for k, gap in enumerate(gaps):
        right = k + 1
        if (right not in numbers and k in numbers and numbers.get(right + 1) == numbers[k] + 1
                and _follows_left(body, k, column)):
            continue
        out.append(gap)
    return out


def _column_of_word(w, gaps: Sequence[tuple[float, float]], seps: Sequence[float]) -> int:
    for j, (a, b) in enumerate(gaps):
        if a < w.x0 and w.x1 < b:
            return j + 1
    return bisect.bisect_left(seps, (w.x0 + w.x1) / 2)


def _follows_left(body: Sequence[TextLine], k: int, column) -> bool:
    """Column ``k + 1`` of ``body`` holds words, no number among them, each right after a word of column ``k``."""
    seen = False
    for ln in body:
        for i, w in enumerate(ln.words):
            if column(w) != k + 1:
                continue
            before = ln.words[i - 1] if i else None
            if is_numeric_token(w.text) or before is None or column(before) not in (k, k + 1):
                return False
            seen = True
    return seen


def numbered_columns_split(region: Sequence[TextLine],
                           gaps: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """``gaps`` (column channels of ``region``) and a channel between two numbers of the header's row of column
    numbers ("1 2 3 …") that fall in one column, where no word of the region crosses the white between them.

    A narrow column left empty in the body (a cascading table's "No" over rows numbered nowhere) shows no channel
    of its own: its label broken letter by letter ("N" / "o") stands over nothing, and the column runs into the
    next one ("N Tuju o an", "1 2"). Its number in the numbering row tells it apart."""
    gaps = sorted(gaps)
    numbering = next((k for k, ln in enumerate(region[:8]) if numbers_line(ln, rising=True)), None)
    if numbering is None:
        return list(gaps)
    seps = [(a + b) / 2 for a, b in gaps]
    nums = sorted(region[numbering].words, key=lambda w: w.x0)
    added = []
    pitch = lines_ink_pitch(region)
    for a, b in zip(nums, nums[1:], strict=False):
        if _column_of_word(a, gaps, seps) != _column_of_word(b, gaps, seps):
            continue
        white = _widest_free(region, a.x1, b.x0, pitch)
        if white is not None:
            added.append(white)
    return sorted([*gaps, *added])


def _widest_free(region: Sequence[TextLine], lo: float, hi: float, pitch: float = 0.0) -> tuple[float, float] | None:
    """The widest stretch of ``(lo, hi)`` that no word of ``region`` covers (a label wider than its column's
    number, "N" over "1", covers some of it), if a point wide or more. A word OCR joined across a column gap
    (:func:`~.geometry.ink_joined`, on a monospaced page of ``pitch``: :func:`~.geometry.lines_ink_pitch`) covers none: the white inside it is the gap."""
    spans = sorted((max(w.x0, lo), min(w.x1, hi)) for ln in region for w in ln.words
                   if w.x0 < hi and w.x1 > lo and not ink_joined(w, pitch))
    best, x = None, lo
    for a, b in [*spans, (hi, hi)]:
        if a - x >= 1.0 and (best is None or a - x > best[1] - best[0]):
            best = (x, a)
        x = max(x, b)
    return best
