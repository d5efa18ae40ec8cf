"""Which white channels of a borderless table are column gaps, and where in each to cut.

A channel may split one column in two (a label set flush left over amounts set
flush right, :func:`merge_exclusive_columns`) or bound a column no line fills
(:func:`empty_columns_merged`); a cut goes in the part of its channel that the
header words inside it leave (:func:`channel_bounds`, :func:`aligned_seps`).
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

from lkjip.extract.layout.channels import body_lines, edge_shared
from lkjip.extract.layout.cues import CURRENCY_SIGN, is_numeric_token
from lkjip.extract.layout.geometry import TextLine, Word, mono_space, short_of_pitch

#: the widest space between two words of one phrase set in a proportional font, in em (its space is 0.25-0.3 em;
#: two narrow columns' labels may stand 0.36 em apart: "N" / "Tujuan" over "1" / "2")
PHRASE_SPACE_EM = 0.32


def empty_columns_merged(region: Sequence[TextLine], gaps: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Two channels with no word of the region between them are one: the column they would bound is empty on
    every line, its header included (white a wide gap shows on its first line and narrowed at two places by
    the lines below, not a column)."""
    out = sorted(gaps)
    centres = sorted((w.x0 + w.x1) / 2 for ln in region for w in ln.words)
    k = 0
    while k + 1 < len(out):
        a, b = aligned_seps(region, out[k : k + 2])
        if bisect.bisect_right(centres, a) == bisect.bisect_left(centres, b):
            out[k : k + 2] = [(out[k][0], out[k + 1][1])]
        else:
            k += 1
    return out


def channel_bounds(words: Sequence[Word], g0: float, g1: float, start: float | None = None) -> tuple[float, float]:
    """The part of the channel ``(g0, g1)`` a cut may fall in, given the words lying inside it.

    A channel the body shows may hold header words: a wrapped piece ("REALISA"
    over "SI", left-aligned, the body's amounts right-aligned further right) or
    a left-aligned label over a column of right-aligned dashes ("Kondisi" /
    "Awal" / "(2018)" over "-"). A word inside the channel starting where a word
    running past the channel's right end starts, or where another word inside
    it starts, belongs to the right column (the cut goes before it); one ending
    where a word running past the left end ends, or another word inside it
    ends, belongs to the left column, and so does every word starting in the left
    column (at ``start`` or after, when given: no label spanning columns) and ending
    inside the channel (:func:`_left_words_end`). The channel opens at a
    right-aligned column's edge only where no word passes that edge: a column of
    one-letter cells in a monospaced font ("-", "4") ends on one edge, left- or
    right-aligned alike, and its header ("Kondis" / "i Awal") runs on past it.
    """
    inside = [w for w in words if g0 <= w.x0 and w.x1 <= g1]
    lo, hi = g0, g1
    left_end = g0 if start is None else _left_words_end(words, g0, g1, g1, start)
    if inside and edge_shared(words, g0) and left_end == g0:
        # the channel opens at a right-aligned column's edge, which no text of that column passes: every word
        # inside it ("%" left-aligned over amounts aligned right) opens the next column
        return g0, min(w.x0 for w in inside)
    for w in inside:
        if any(abs(v.x0 - w.x0) <= 1.0 and (v.x1 > g1 or (v is not w and v in inside)) for v in words):
            hi = min(hi, w.x0)
        elif any(abs(v.x1 - w.x1) <= 1.0 and (v.x0 < g0 or (v is not w and v in inside)) for v in words):
            lo = max(lo, w.x1)
    return (lo if start is None else max(lo, _left_words_end(words, g0, g1, hi, start))), hi


def _left_words_end(words: Sequence[Word], g0: float, g1: float, hi: float, start: float) -> float:
    """The furthest end, inside the channel ``(g0, g1)``, of the words that start left of it: header words of the
    left column, wider than its body (a label set flush left over a column of dashes, "Kondis" / "i Awal" over
    "-", in a narrow monospaced column whose body leaves a wide channel). Such a word starts in the left column
    and stops short of the right one, so it is the left column's; the cut goes after it (``g0`` when none, or
    when one reaches past ``hi``, where the right column's words inside the channel start). A word starting
    before ``start``, where the left column starts, spans columns ("OUTPUT/KELUARAN" over "TARGET" and
    "REALISASI"): it says nothing of this channel."""
    ends = [w.x1 for w in words if start - 1.0 <= w.x0 < g0 - 0.5 and g0 + 0.5 < w.x1 < g1]
    end = max(ends, default=g0)
    return end if end < hi else g0


def aligned_seps(region: Sequence[TextLine], gaps: Sequence[tuple[float, float]]) -> list[float]:
    """Where to cut at each channel: the middle of the part :func:`channel_bounds` leaves (else of all of it),
    kept clear of the header words inside the channel that stand a column gap apart from their line's words
    beside them (:func:`apart_in_channel`: "%" set flush left in its cell, far right of "REALISASI", over
    percents set flush right)."""
    words = [w for ln in region for w in ln.words]
    seps = []
    start = min((w.x0 for w in words), default=0.0)  # where the column left of the channel starts
    for k, (g0, g1) in enumerate(gaps):
        lo, hi = channel_bounds(words, g0, g1, start)
        right = gaps[k + 1][0] if k + 1 < len(gaps) else math.inf
        a, b = apart_in_channel(region, (start, g0, g1, right), lo, hi)
        lo, hi = (a, b) if a < b else (lo, hi)
        sep = (lo + hi) / 2 if lo < hi else (g0 + g1) / 2
        seps.append(off_phrase(region, sep, lo, hi) if lo < hi else sep)
        start = g1
    return seps


def off_phrase(region: Sequence[TextLine], sep: float, lo: float, hi: float) -> float:
    """``sep`` moved out of a header phrase it would cut: a phrase (:func:`phrase_spans`: words a word space apart)
    that starts left of the part ``(lo, hi)`` of the channel a cut may fall in and ends inside it is the left
    column's cell ("Realisasi Tahun 2022" set flush left over a column of short values, the white after it
    wider than a word space before the next cell's "Tahun 2023"): the cut goes in the white after it. One starting
    inside it and running past its right end is the right column's (the cut goes before it). A phrase over both
    ends spans columns and says nothing; the cut stays where no other line's word would be cut by the move."""
    for ln in region:
        spans = phrase_spans(ln)
        for k, (x0, x1) in enumerate(spans):
            if not x0 < sep < x1:
                continue
            if x0 < lo - 0.5 and x1 < hi - 0.5:
                nxt = spans[k + 1][0] if k + 1 < len(spans) else hi
                moved = (x1 + min(nxt, hi)) / 2
            elif x0 > lo + 0.5 and x1 > hi + 0.5:
                prv = spans[k - 1][1] if k > 0 else lo
                moved = (max(prv, lo) + x0) / 2
            else:
                return sep
            if any(w.x0 < moved < w.x1 for other in region for w in other.words):
                return sep
            return moved
    return sep


def apart_in_channel(region: Sequence[TextLine], bounds: tuple[float, float, float, float],
                      lo: float, hi: float) -> tuple[float, float]:
    """``(lo, hi)`` narrowed by the header words inside a channel that stand a column gap apart from the words
    beside them on their line; ``bounds``: where the column left of the channel starts, the channel, where the
    column right of it ends. A word after a gap, right of a word ending in the left column, opens the right
    column's cell (a label left-aligned in a wide column over numbers right-aligned in it: "Indikator" …
    "Target" over "Persentase …" … "55 %"); a word before a gap, left of a word starting in the right column,
    ends the left column's cell."""
    left, g0, g1, right = bounds
    for ln in region:
        gap = 1.2 * max(ln.size, 4.0)
        for a, w, b in zip([None, *ln.words[:-1]], ln.words, [*ln.words[1:], None], strict=True):
            if not (g0 <= w.x0 and w.x1 <= g1):
                continue
            if a is not None and left < a.x1 <= g0 + 0.5 and w.x0 - a.x1 > gap:
                hi = min(hi, w.x0)
            elif b is not None and g1 - 0.5 <= b.x0 < right and b.x0 - w.x1 > gap:
                lo = max(lo, w.x1)
    return lo, hi


def merge_exclusive_columns(
    region: Sequence[TextLine], gaps: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Drop channels that split one column in two.

    A "No" column whose header and letters are left-aligned ("NO", "A.") and
    whose numbers are right-aligned ("1", "12.") shows a white channel down
    its middle. Two neighbouring columns that never hold text on the same
    line are one column: a real column gap has words on both sides somewhere
    (the header line at least). A channel with a column's label on its left
    and that column's body on its right (a label set flush left over amounts
    set flush right) goes before one with a body on its left and the next
    column's label on its right; the narrowest goes first. A phrase (words a
    word space apart) lies in one column, the one holding its middle: a label
    wrapped over two lines ("Realisasi Tahun" / "2021") that runs across a
    channel its second line and the body leave is one column's label.
    """
    out = sorted(gaps)
    phrases = [phrase_spans(ln) for ln in region]
    while len(out) >= 1:
        seps = [(a + b) / 2 for a, b in out]
        ncols = len(seps) + 1
        both = [False] * (ncols - 1)
        used = [False] * ncols
        rows: list[set[int]] = []
        for spans in phrases:
            filled = {_column_of(span, out, seps) for span in spans}
            rows.append(filled)
            for k in filled:
                used[k] = True
                if k + 1 in filled:
                    both[k] = True
        lonely = [k for k in range(ncols - 1) if not both[k] and used[k] and used[k + 1]]
        if not lonely:
            break
        k = min(lonely, key=lambda k: (not _label_left(rows, k), out[k][1] - out[k][0]))
        del out[k - 1 if _justified_tail(region, phrases, rows, out, seps, k) else k]
    return out


def _justified_tail(region: Sequence[TextLine], phrases: Sequence[Sequence[tuple[float, float]]],
                    rows: Sequence[set[int]], gaps: Sequence[tuple[float, float]], seps: Sequence[float],
                    k: int) -> bool:
    """Column ``k`` holds only the last words of justified lines of the column left of it: one word (no number)
    per line, no currency sign, each on a body line (not bold, not the first) whose text in column ``k - 1`` stands before it
    ("publik          di", the line's last word pushed to the cell's right edge), the white before it wider
    than the column gap after it. Never beside the next column's text, it is no column of its own; it belongs
    with the column before, not the one after."""
    if k < 1 or not any(k in filled for filled in rows):
        return False
    for ln, spans, filled in zip(region, phrases, rows, strict=True):
        if k not in filled:
            continue
        mine = [sp for sp in spans if _column_of(sp, gaps, seps) == k]
        words = [w for w in ln.words if mine and mine[0][0] <= w.x0 and w.x1 <= mine[0][1]]
        if (ln.bold or ln is region[0] or k - 1 not in filled or len(mine) != 1 or len(words) != 1
                or is_numeric_token(words[0].text) or CURRENCY_SIGN.match(words[0].text)):
            return False  # a currency sign alone is an amount's head in a column of its own, no name's last word
        # the stretched space before the word wider than the column gap after it (the table's gutter)
        before = max((w.x1 for w in ln.words if w.x1 <= words[0].x0), default=-math.inf)
        if words[0].x0 - before <= gaps[k][1] - gaps[k][0]:
            return False
    return True


def _column_of(span: tuple[float, float], gaps: Sequence[tuple[float, float]], seps: Sequence[float]) -> int:
    """The column holding a phrase (``span``): the one right of a channel it lies wholly inside (a short label
    set flush left in its cell, over a body set flush right, starts inside the white the body leaves), else the
    one holding its middle."""
    for j, (a, b) in enumerate(gaps):
        if a < span[0] and span[1] < b:
            return j + 1
    return bisect.bisect_left(seps, (span[0] + span[1]) / 2)


def _label_left(rows: Sequence[set[int]], k: int) -> bool:
    """Every line with a word in column ``k`` lies above every line with one in column ``k + 1``."""
    left = [i for i, filled in enumerate(rows) if k in filled]
    right = [i for i, filled in enumerate(rows) if k + 1 in filled]
    return max(left) < min(right)


def phrase_middles(line: TextLine) -> list[float]:
    """The middle of each phrase of ``line`` (:func:`phrase_spans`)."""
    return [(a + b) / 2 for a, b in phrase_spans(line)]


def phrase_spans(line: TextLine) -> list[tuple[float, float]]:
    """Where each phrase of ``line`` starts and ends: its words joined where they are at most a word space apart
    (the pitch of a monospaced line, :func:`~.geometry.mono_space`, white clearly short of it no space:
    :func:`~.geometry.short_of_pitch`; else :data:`PHRASE_SPACE_EM`)."""
    out: list[tuple[float, float]] = []
    prev: Word | None = None
    pitch = mono_space(line)
    for w in sorted(line.words, key=lambda w: w.x0):
        space = pitch + 0.5 if pitch else PHRASE_SPACE_EM * max(w.size, prev.size if prev else 0.0)
        if prev is not None and w.x0 - prev.x1 <= space and not short_of_pitch(prev, w, pitch):
            out[-1] = (out[-1][0], max(out[-1][1], w.x1))
        else:
            out.append((w.x0, w.x1))
        prev = w
    return out


def currency_columns_joined(region: Sequence[TextLine], gaps: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop channels that cut a currency sign off the amount it belongs to.

    An amount printed with its sign in one right-aligned cell ("Rp    1.234.567", a monospaced font keeping the
    spaces) puts the sign where the amount's width says: the widest amounts push it left of where the others
    start, and the white between those signs and their amounts runs down the whole column (the narrower rows'
    "Rp" starts where the widest amounts start), reading as a column gap. A channel with currency signs alone
    on its left (in the body, up to the channel before) and amounts on its right, where some body line holds a
    sign right of the channel too, just before its amount (the sign moves with the amount: one cell), bounds no
    column, unless the header labels both sides (a sign column of its own: "Satuan" | "Jumlah"). A header phrase
    set across both sides ("Anggaran (Rp.)", its words a word space apart) labels one column: the signs, all at
    one x, and their amounts are one cell.
    """
    out = sorted(gaps)
    if any(ln.bold for ln in region):
        body = body_lines(region)
    else:  # no bold header: the body starts at the first line with a number
        first = next((k for k, ln in enumerate(region) if any(is_numeric_token(w.text) for w in ln.words)), None)
        body = list(region[first:]) if first is not None else []
    if not body or not out:
        return out
    head = [ln for ln in region if not any(ln is b for b in body)]
    k = 0
    while k < len(out):
        lo = out[k - 1][1] if k else -1e9
        hi = out[k + 1][0] if k + 1 < len(out) else 1e9
        if _sign_beside_amount(body, head, (lo, out[k][0]), (out[k][1], hi)):
            del out[k]
        else:
            k += 1
    return out


def _sign_beside_amount(
    body: Sequence[TextLine], head: Sequence[TextLine], left: tuple[float, float], right: tuple[float, float]
) -> bool:
    """The column ``left`` holds only currency signs in ``body``, each followed on its line by an amount in the
    column ``right``; some line has its sign inside ``right``, right before its amount; the header does not
    label both columns."""
    def inside(w: Word, span: tuple[float, float]) -> bool:
        return span[0] <= (w.x0 + w.x1) / 2 <= span[1]

    signs = 0
    moved = False
    for ln in body:
        ws = sorted(ln.words, key=lambda w: w.x0)
        for i, w in enumerate(ws):
            nxt = ws[i + 1] if i + 1 < len(ws) else None
            if inside(w, left):
                if not CURRENCY_SIGN.match(w.text) or nxt is None or not inside(nxt, right) or not is_numeric_token(nxt.text):
                    return False
                signs += 1
            elif inside(w, right) and CURRENCY_SIGN.match(w.text) and nxt is not None and inside(nxt, right) and (
                    is_numeric_token(nxt.text)):
                moved = True
    labelled = [any(inside(w, span) for ln in head for w in ln.words) for span in (left, right)]
    if signs >= 1 and any(_phrase_over(ln, left, right) for ln in head):
        return True  # one label set across both ("Anggaran (Rp.)"): one cell, its sign set apart
    return signs >= 1 and (moved or not labelled[1]) and not all(labelled)


def _phrase_over(line: TextLine, left: tuple[float, float], right: tuple[float, float]) -> bool:
    """Some phrase of ``line`` (:func:`phrase_spans`) has words over both ``left`` and ``right``: one label
    ("Anggaran (Rp.)", a word space apart), not a label per column."""
    mids = [(w.x0 + w.x1) / 2 for w in line.words]
    for a, b in phrase_spans(line):
        inner = [m for m in mids if a <= m <= b]
        if any(left[0] <= m <= left[1] for m in inner) and any(right[0] <= m <= right[1] for m in inner):
            return True
    return False
