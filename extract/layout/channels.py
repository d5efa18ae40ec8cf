"""Column gaps narrower than a segment gap, shown by the alignment of a borderless table's body.

A table printed without rules parts its columns by the cells' padding alone:
where a cell's text runs to its edge (a right-aligned cell, an amount wider
than its column's label), two columns may lie less than one em apart, no
further than two word spaces. Such a gap is a column gap when the text on its
left ends at one x on line after line (right-aligned cells,
:func:`right_edge_channels`) and no word of the body starts within a word
space of that x.

The channels themselves: :func:`gaps_of` finds them between spans of text, :func:`narrowed` keeps those a new
line leaves white, :func:`untouched` those a line does not reach.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from lkjip.extract.layout.cues import CURRENCY_SIGN, is_numeric_token
from lkjip.extract.layout.geometry import Ruling, TextLine, Word, mono_space, short_of_pitch, sweep_clusters
from lkjip.extract.layout.justified import joined

#: how close (points) the right ends of words must lie to share an edge
_EDGE_TOL = 0.6


def word_space(lines: Sequence[TextLine]) -> float:
    """The usual space between two words of one cell on ``lines``: the median gap between neighbouring words
    closer than half an em (column gaps are fewer than word spaces, and most are wider), and wider than a tenth
    of one (pieces of one word a text layer draws apart, "P e n y e dia a n", touch)."""
    gaps = [b.x0 - a.x1 for ln in lines for a, b in zip(ln.words, ln.words[1:], strict=False)
            if 0.1 * max(a.size, b.size) < b.x0 - a.x1 < 0.5 * max(a.size, b.size)]
    return statistics.median(gaps) if gaps else 0.0


def _ragged(body: Sequence[TextLine], x: float, space: float, numbers: bool = False) -> int:
    """Lines with a word ending a little short of ``x`` (within six word spaces) and nothing after it up to
    ``x``: a column whose lines end there is not aligned right at ``x``. ``numbers``: the words ending at ``x``
    are all numbers, and numbers or currency signs ending short of it count for nothing (the pieces of amounts a
    narrow column wrapped, centred under their first piece: "Rp" / "3.614.2" / "07.385")."""
    n = 0
    for ln in body:
        for a, b in zip(ln.words, [*ln.words[1:], None], strict=True):
            if numbers and (is_numeric_token(a.text) or CURRENCY_SIGN.match(a.text)):
                continue
            if x - 6 * space <= a.x1 < x - 1 and (b is None or b.x0 > x + 1):
                n += 1
                break
    return n


def _label_above(head: Sequence[TextLine], group: Sequence[tuple]) -> bool:
    """A header word starts where the words of ``group``, all of one width, start: a left-aligned column
    ("TARGET" over "76", "83"), whose numbers end at one x only because they are as wide."""
    x0 = min(it[2] for it in group)
    return any(abs(w.x0 - x0) <= 1.0 for ln in head for w in ln.words)


def right_edge_channels(
    body: Sequence[TextLine], gaps: Sequence[tuple[float, float]], head: Sequence[TextLine] = ()
) -> list[tuple[float, float]]:
    """``gaps`` with the column gaps shown by right-aligned cells: text ending at one x on three lines or more.

    Right-aligned cells (names, amounts) end at their column's right edge
    minus the padding, and the next column's text may start just one padding
    further ("… desa" | "Faktor Internal: …", 6 pt apart at 11 pt). An x where
    words of three lines or more end, within 0.6 pt, that next to no body word
    runs across (a spanning label; one line for four aligned at most), with no
    body word starting less than one and a half word spaces right of it, is a
    column's right edge: the channel reaches to the nearest word starting right
    of it. Chance alignments of wrapped left-aligned text fail the last test:
    the word after such an end starts one word space later (unless two lines
    or more open at that start: a right-aligned key "1." one space before a
    left-aligned cell whose wrapped lines start there), and one word set
    again and again ("Rp", a repeated word) ends at one x whichever way it is
    aligned: three different starts or three different words are needed. A
    known channel starting right of such an edge, no body word between, opens
    at the edge (its left end was a header word: "%" left-aligned over amounts
    aligned right), unless the edge's words are all as wide and a header label
    starts where they start (``head``: a left-aligned column).
    """
    out = sorted(gaps)
    if len(body) < 3:
        return out
    space = word_space(body) or _pitch(body)
    if space <= 0:
        return out
    words: list[Word] = [w for ln in body for w in ln.words]
    ends = [(w.x1, k, w.x0, w.text) for k, ln in enumerate(body) for w in ln.words]
    for group in sweep_clusters(ends, _EDGE_TOL):
        starts = len(sweep_clusters([(x0,) for _, _, x0, _ in group], 1.0))
        if len({k for _, k, _, _ in group}) < 3 or (starts < 3 and len({t for *_, t in group}) < 3):
            continue  # one word set left-aligned again and again ("Rp", "partisipasi") ends at one x too
        x = max(e for e, *_ in group)
        if _ragged(body, x, space, all(is_numeric_token(t) for *_, t in group)) * 3 > len(group):
            continue  # lines of the column end short of x, white beyond: left-aligned text wrapping before x
        crossing = sum(1 for ln in body if any(w.x0 < x - 1 and w.x1 > x + 1 for w in ln.words))
        right = min((w.x0 for w in words if w.x0 >= x - 0.5 and w.x1 > x + 1), default=None)
        aligned = len({k for _, k, *_ in group})
        if 4 * crossing > min(aligned, len(body)) or right is None:
            continue
        if right - x < 1.5 * space and not (right - x >= 0.8 * space and (
                _opens(body, head, group, right, space) or _numbers_beside(body, group, right, space))):
            continue
        hit = [k for k, (g0, g1) in enumerate(out) if x < g1 + 1 and right > g0 - 1]
        if not hit:
            out.append((x, right))
        elif len(hit) == 1 and x < out[hit[0]][0] and right >= out[hit[0]][1] - 1 and (
                starts >= 3 or not _label_above(head, group)):
            out[hit[0]] = (x, out[hit[0]][1])
        out.sort()
    return out


def _pitch(lines: Sequence[TextLine]) -> float:
    """The word space of lines set in a monospaced font (its pitch, :func:`~.geometry.mono_space`; 0 if none
    is): :func:`word_space` counts no gap of 0.5 em or more, and a monospaced space is 0.6 em."""
    pitches = [p for ln in lines if (p := mono_space(ln))]
    return statistics.median(pitches) if pitches else 0.0


def _opens(body: Sequence[TextLine], head: Sequence[TextLine], group: Sequence[tuple], x: float, space: float) -> bool:
    """A column opens at ``x``, one word space right of the edge where the words of ``group`` end: two body lines
    open there (:func:`_lines_open_at`), or a header label does over amounts of three widths or more ending at
    the edge (right-aligned amounts, then a left-aligned column: "2.345.678.901,00 APBD/DAU")."""
    if _lines_open_at(body, x, space) >= 2:
        return True
    amounts = all(is_numeric_token(t) for *_, t in group) and len(sweep_clusters([(x0,) for _, _, x0, _ in group], 1.0)) >= 3
    return amounts and _lines_open_at(head, x, space) >= 1


def _numbers_beside(body: Sequence[TextLine], group: Sequence[tuple], x: float, space: float) -> bool:
    """Two columns of right-aligned numbers one word space apart ("1.234.56 87,65", amounts of a narrow column
    then a percentage): the words of ``group``, amounts of three widths or more, are followed on three lines or
    more by a number starting near ``x`` (within a word space right of it), and those numbers end at one x. One
    cell's words never line up twice like that, at both ends; a cell of numbers set left (an identity number
    printed in groups) starts at one x."""
    if not all(is_numeric_token(t) for *_, t in group) or len(sweep_clusters([(x0,) for _, _, x0, _ in group], 1.0)) < 3:
        return False
    ends: list[tuple[float]] = []
    for k in {k for _, k, *_ in group}:
        ws = body[k].words
        for a, b in zip(ws, ws[1:], strict=False):
            if any(a.x1 == e and a.x0 == x0 for e, kk, x0, _ in group if kk == k) and (
                    x - _EDGE_TOL <= b.x0 <= x + space and is_numeric_token(b.text)):
                ends.append((b.x1,))
    return any(len(c) >= 3 for c in sweep_clusters(ends, _EDGE_TOL))


def _lines_open_at(body: Sequence[TextLine], x: float, space: float) -> int:
    """Lines whose text in a column starting at ``x`` opens there: a word starts at ``x`` (within 0.6 pt) with no
    word before it on its line within two word spaces (the line's first word, or one after a column gap)."""
    n = 0
    for ln in body:
        for prev, w in zip([None, *ln.words[:-1]], ln.words, strict=True):
            if abs(w.x0 - x) <= _EDGE_TOL and (prev is None or (w.x0 - prev.x1 > 2 * space and not joined(w))):
                n += 1
                break
    return n


def body_lines(region: Sequence[TextLine]) -> list[TextLine]:
    """The body of a table region: its lines in regular weight under a bold header, else the lines from the
    first one with a number on (none: the region shows no body)."""
    if not all(ln.bold for ln in region):
        body = [ln for ln in region if not ln.bold]
        if body:
            return body
    first = next((k for k, ln in enumerate(region) if any(is_numeric_token(w.text) for w in ln.words)), None)
    return list(region[first:]) if first is not None else []


def header_only_channels(
    region: Sequence[TextLine], gaps: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Channels that body words run into, beside a column that holds no body word of its own: dropped.

    A channel may come from the header alone: "URAIAN" ends short of where
    the longest right-aligned name of the body starts ("Koordinasi dan …"),
    and the white between the label and the names below it reads as a
    column gap. A real column gap has no body word in it unless it is a label
    spanning merged cells; then the columns on both sides still hold words of
    their own elsewhere in the body. Where body words reach into the channel
    and no body word lies on one side of it (up to the next channel) without
    reaching in, that side is no column.
    """
    body = body_lines(region)
    if not body or not gaps:
        return list(gaps)
    words = [w for ln in body for w in ln.words]
    out = sorted(gaps)
    k = 0
    while k < len(out):
        g0, g1 = out[k]
        across = [w for w in words if w.x0 < g1 - 0.5 and w.x1 > g0 + 0.5]
        left_end = out[k - 1][1] if k else -1e9
        right_end = out[k + 1][0] if k + 1 < len(out) else 1e9
        own_left = any(left_end - 0.5 <= w.x0 and w.x1 <= g0 + 0.5 for w in words)
        own_right = any(g1 - 0.5 <= w.x0 and w.x1 <= right_end + 0.5 for w in words)
        if across and not (own_left and own_right):
            del out[k]
        else:
            k += 1
    return out


def edge_shared(words: Sequence[Word], x: float, least: int = 3) -> bool:
    """``least`` words or more end at ``x`` (within 0.6 pt): a right-aligned column's edge."""
    return sum(1 for w in words if abs(w.x1 - x) <= _EDGE_TOL) >= least


def more_columns(lines: Sequence[TextLine], spans: Sequence[Sequence[tuple[float, float]]],
                 channels: Sequence[tuple[float, float]]) -> bool:
    """``lines`` (the first at a page's top, ``spans`` their runs of words) show more columns than ``channels``
    give a carried table: two lines with more runs than it has columns (a justified cell's stretched spaces in no
    channel, lining up with no other line's, parting no runs: the rest of a row a page break cut, every cell
    justified), or one with a gap in none of its channels
    that is no stretched word space. A justified cell's line stretched wide ("Fasilitasi     Pelaksanaan") leaves
    a gap between two words of letters inside a column, trailing punctuation allowed ("Faktor     Internal:"); a gap
    beside a number ("dan | 77.063.068") is a column the carried table lacks."""
    def stretched(ln: TextLine, g0: float, g1: float) -> bool:
        left = next((w for w in reversed(ln.words) if w.x1 <= g0 + 0.5), None)
        right = next((w for w in ln.words if w.x0 >= g1 - 0.5), None)
        return left is not None and right is not None and _lettered(left.text) and _lettered(right.text)

    def in_channel(g0: float, g1: float) -> bool:
        return any(g0 < c1 and g1 > c0 for c0, c1 in channels)

    def odd_gap(ln: TextLine, sp: Sequence[tuple[float, float]]) -> bool:
        gaps = [(a[1], b[0]) for a, b in zip(sp, sp[1:], strict=False)]
        return any(not in_channel(g0, g1) and not stretched(ln, g0, g1) for g0, g1 in gaps)

    # gaps in no channel, per line: white lining up down two lines or more is a column, a stretched space is not
    free = [[(a[1], b[0]) for a, b in zip(sp, sp[1:], strict=False) if not in_channel(a[1], b[0])] for sp in spans]

    def lone(k: int, g0: float, g1: float) -> bool:
        return not any(h0 < g1 and h1 > g0 for j, gaps in enumerate(free) if j != k for h0, h1 in gaps)

    def runs(k: int, ln: TextLine, sp: Sequence[tuple[float, float]]) -> int:
        """The line's runs, a stretched space in no channel, lining up with no other line's, parting none (a
        justified cell's words)."""
        return 1 + sum(in_channel(a[1], b[0]) or not (stretched(ln, a[1], b[0]) and lone(k, a[1], b[0]))
                       for a, b in zip(sp, sp[1:], strict=False))

    over = [(ln, sp) for k, (ln, sp) in enumerate(zip(lines, spans, strict=False)) if runs(k, ln, sp) > len(channels) + 1]

    # a line with a run for every column the carried table has, one of its gaps in none of its channels: a column
    # the carried part lacked (a part of one row or two, narrow columns left empty in it)
    full = [(ln, sp) for ln, sp in zip(lines, spans, strict=False) if len(sp) > len(channels)]
    return len(over) >= 2 or any(odd_gap(ln, sp) for ln, sp in full)


def _lettered(text: str) -> bool:
    """A word of letters, its trailing punctuation aside ("Internal:", "desa,")."""
    return text.rstrip(".,;:)").isalpha()


def flush_gutters(lines: Sequence[TextLine], channels: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The carried ``channels`` one monospaced pitch wide that two lines or more fill flush on both sides: a word
    ending at the channel's left edge, the next starting at its right one (within :data:`FLUSH_TOL`). Justified
    monospaced cells filled to their edges leave a gutter as wide as a word space; line after line of the table
    meeting both its edges shows it a gutter. One line doing so is no sign: a caption's words fall on the pitch
    too, and a channel narrowed to the page's text may end where one of them starts."""
    out = []
    for c0, c1 in channels:
        n = 0
        for ln in lines:
            pitch = mono_space(ln)
            n += bool(pitch) and abs(c1 - c0 - pitch) <= FLUSH_TOL and any(
                abs(p.x1 - c0) <= FLUSH_TOL and abs(w.x0 - c1) <= FLUSH_TOL
                for p, w in zip(ln.words, ln.words[1:], strict=False))
        if n >= 2:
            out.append((c0, c1))
    return out


#: how near (pt) both words lie to the edges of a channel one monospaced pitch wide, the cells on one grid
FLUSH_TOL = 0.1


def spans_in_channels(
    line: TextLine, channels: Sequence[tuple[float, float]], space: float,
    gutters: Sequence[tuple[float, float]] = (),
) -> list[tuple[float, float]]:
    """The line's runs of words, cut where two words lie apart across a known column channel by more than
    one and a half word spaces.

    A row continuing a table on a new page may hold cells printed less than a
    segment gap apart ("Fasilitasi" | "Jumlah Desa", right-aligned cells 7 pt
    apart): inside a channel the table showed, that gap is the column gap. The
    word space is ``space`` (the page's), or the line's own narrowest gap
    outside the channels when it is wider (a justified line's stretched spaces
    stay word spaces, :mod:`.justified`, but for one across a carried channel). A gap spanning a whole channel,
    its word after it starting where the channel ends (the column's text edge the table showed), is the column gap
    whatever the line's own spaces: a justified cell's line of two words ("dalam    rangka") has a stretched space
    wider than the column gap beside it. Across one of ``gutters`` (:func:`flush_gutters`), two words flush with
    both its edges are two cells.
    """
    pairs = list(zip(line.words, line.words[1:], strict=False))
    inside = [any(p.x1 < c1 - 0.5 and w.x0 > c0 + 0.5 for c0, c1 in channels) for p, w in pairs]
    own = min((w.x0 - p.x1 for (p, w), i in zip(pairs, inside, strict=True) if not i), default=0.0)
    least = 1.5 * max(space, own) if space > 0 else 0.5 * line.size
    pitch = mono_space(line)
    least = max(least, 1.02 * pitch)  # a monospaced font's space is one pitch, 0.6 em
    gutter = min((c1 - c0 for c0, c1 in channels), default=0.0)
    spanning = [any(_spans_channel(p, w, c0, c1, pitch) or _reaches_edge(p, w, c0, c1, gutter, pitch)
                    for c0, c1 in channels)
                or any(abs(p.x1 - c0) <= FLUSH_TOL and abs(w.x0 - c1) <= FLUSH_TOL for c0, c1 in gutters)
                for p, w in pairs]
    out: list[tuple[float, float]] = []
    start = line.words[0]
    for (p, w), i, sp in zip(pairs, inside, spanning, strict=True):
        wide = w.x0 - p.x1 > 1.2 * max(p.size, w.size, 4.0) and not joined(w)  # not a stretched space
        # white inside a channel clearly short of a monospaced pitch is no word space, however wide the line's own
        short = i and short_of_pitch(p, w, pitch) and not joined(w)
        if wide or (i and least > 0 and w.x0 - p.x1 >= least) or sp or short:
            out.append((start.x0, p.x1))
            start = w
    out.append((start.x0, line.words[-1].x1))
    return out


def _spans_channel(p: Word, w: Word, c0: float, c1: float, space: float, tol: float = 0.6) -> bool:
    """The gap between ``p`` and ``w`` holds the whole channel ``(c0, c1)`` and ``w`` starts where the channel ends
    (where the column's text starts), the gap wider than a word space (half an em, and more than a monospaced font's
    pitch: its words sit on a grid, flush with any narrowed channel). A word ending at ``c0`` is no such sign: the
    channel may have been narrowed to the same words, repeated, on the page before."""
    least = max(0.5 * max(p.size, w.size), 1.02 * space)
    return p.x1 <= c0 + tol and abs(w.x0 - c1) <= tol and c1 - c0 >= 1.0 and w.x0 - p.x1 >= least


def _reaches_edge(p: Word, w: Word, c0: float, c1: float, gutter: float, pitch: float, tol: float = 0.6) -> bool:
    """``w`` starts where the channel ends (the column's text edge the table showed) and ``p`` ends inside the
    channel, the white between them at least the table's gutter (``gutter``: its narrowest channel) and more than
    a word space (half an em, and more than a monospaced font's ``pitch``: a title's words on a grid, one falling
    at the column's edge). The page before never filled the column on the left to its edge (ragged or justified
    cells narrower than the column), so its channel opened wide; a justified line here filling that column to its
    edge ("dan  ketertiban" | "ketenteraman", stretched spaces wider than the gutter beside them) leaves only the
    gutter."""
    least = max(0.5 * max(p.size, w.size), 1.02 * pitch, gutter - tol)
    return (gutter >= 1.0 and abs(w.x0 - c1) <= tol and c0 + tol < p.x1 < c1 - gutter + tol
            and w.x0 - p.x1 >= least)


def _row_neighbours(shades: Sequence[Ruling], tol: float = 1.0) -> list[tuple[Ruling, Ruling]]:
    """Pairs of shaded cells of one row side by side: the left one ends where the right one starts."""
    return [(a, b) for a in shades for b in shades
            if b is not a and abs(b.x0 - a.x1) <= tol and abs(b.top - a.top) <= tol and abs(b.bottom - a.bottom) <= tol]


def shaded_channels(
    region: Sequence[TextLine], gaps: Sequence[tuple[float, float]], shades: Sequence[Ruling]
) -> list[tuple[float, float]]:
    """``gaps`` set right by the column borders the region's shaded cells draw.

    A table shaded cell by cell (a header band, banded rows) draws its columns' borders without rules: each
    cell's box ends where the next one's starts, at one height. Narrow columns a padding apart ("3.614.20" |
    "1.908.47", amounts wrapped in their cells, centred) leave less than a column gap between their text; where
    two shaded cells meet, the border is drawn: a border inside the region, in no known channel, that no word of
    the region runs across (but in a cell shaded across it, a label spanning columns) is a column gap, the white
    between the last word ending left of it and the first starting right of it. The other way round, a channel
    lying inside one shaded cell, with no border drawn in it on any row, is white inside a column (a label
    left-aligned over names centred below it): dropped.
    """
    pairs = _row_neighbours(shades)
    if not pairs or not region:
        return list(gaps)
    top, bottom = region[0].top, region[-1].bottom
    x0, x1 = min(ln.x0 for ln in region), max(ln.x1 for ln in region)
    cells = [s for pair in pairs for s in pair if s.bottom >= top and s.top <= bottom]
    borders = [(a.x1 + b.x0) / 2 for a, b in pairs if a.bottom >= top and a.top <= bottom]
    if not cells:
        return list(gaps)
    words = [w for ln in region for w in ln.words]
    out = [g for g in sorted(gaps) if not _inside_one_cell(g, cells, borders)]
    for x in sorted(set(borders)):
        if not x0 + 1.0 < x < x1 - 1.0 or any(g0 - 1.0 <= x <= g1 + 1.0 for g0, g1 in out):
            continue
        crossing = [w for w in words if w.x0 < x - 0.5 and w.x1 > x + 0.5]
        if any(not any(s.x0 < x - 1.0 and s.x1 > x + 1.0 and s.top <= (w.top + w.bottom) / 2 <= s.bottom
                       for s in cells) for w in crossing):
            continue
        left = max((w.x1 for w in words if w.x1 <= x + 0.5), default=None)
        right = min((w.x0 for w in words if w.x0 >= x - 0.5), default=None)
        if left is None or right is None or right <= left:
            continue
        out.append((left, right))
        out.sort()
    return out


def cut_at_shade(line: TextLine, shades: Sequence[Ruling]) -> bool:
    """Two shaded cells side by side in ``line``'s row meet in a gap between two of its words (half an em or
    more): the line shows two cells though the gap is narrower than a column's (a name set flush right against
    the amount beside it, each in a cell of its own)."""
    mid = (line.top + line.bottom) / 2
    borders = [(a.x1 + b.x0) / 2 for a, b in _row_neighbours([s for s in shades if s.top <= mid <= s.bottom])]
    least = 0.5 * line.size
    return any(p.x1 <= x + 0.5 and w.x0 >= x - 0.5 and w.x0 - p.x1 >= least
               for p, w in zip(line.words, line.words[1:], strict=False) for x in borders)


def _inside_one_cell(g: tuple[float, float], cells: Sequence[Ruling], borders: Sequence[float]) -> bool:
    """The channel lies inside a shaded cell and no shaded row draws a border in it."""
    within = any(c.x0 + 1.0 < g[0] and g[1] < c.x1 - 1.0 for c in cells)
    return within and not any(g[0] - 1.0 <= x <= g[1] + 1.0 for x in borders)


def gaps_of(spans: Sequence[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """White channels between the given spans (sorted sweep): (left, right) of each."""
    gaps: list[tuple[float, float]] = []
    reach: float | None = None
    for a, b in sorted(spans):
        if reach is not None and a - reach >= min_gap:
            gaps.append((reach, a))
        reach = b if reach is None else max(reach, b)
    return gaps


def narrowed(
    gaps: Sequence[tuple[float, float]],
    old: Sequence[tuple[float, float]],
    new: Sequence[tuple[float, float]],
    size: float,
) -> list[tuple[float, float]]:
    """Channels between the spans ``old`` + ``new``.

    A channel already established survives while at least 0.3 em of it stays
    white; a new one (1 em or more) may open only where the region had no text
    yet, beyond its left or right end (a header line shorter than the table).
    """
    lo, hi = min(a for a, _ in old), max(b for _, b in old)
    out = []
    for g in gaps_of([*old, *new], 0.3 * size):
        known = any(g[0] < b and g[1] > a for a, b in gaps)
        fresh = (g[1] <= lo + 0.5 or g[0] >= hi - 0.5) and g[1] - g[0] >= size
        if known or fresh:
            out.append(g)
    return out


def untouched(
    gaps: Sequence[tuple[float, float]], new_gaps: Sequence[tuple[float, float]], spans: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """The channels of ``gaps`` that ``spans`` (one line) do not reach and the recount lost: a channel kept over a
    row label spanning merged cells is not white among the region's spans, and the recount drops it, but a line
    that does not reach it did not close it: it does not count against a wrapped cell line (which must not end
    the table for channels other lines crossed)."""
    def meets(g: tuple[float, float], a: float, b: float) -> bool:
        return a < g[1] and b > g[0]

    return [g for g in gaps if not any(meets(g, a, b) for a, b in spans) and not any(meets(g, *h) for h in new_gaps)]





#: how far (points) a gap between two words of one monospaced phrase may lie from a whole number of pitches
_PITCH_TOL = 0.25


def _pitch_set(w: Word, pitch: float) -> bool:
    """``w`` is as wide as its letters times ``pitch`` (within a quarter point): set in the monospaced font."""
    return abs((w.x1 - w.x0) - len(w.text) * pitch) <= _PITCH_TOL


#: a monospaced font's advance, in em: 0.600 (Courier, Liberation Mono) to 0.602 (DejaVu Sans Mono)
_MONO_ADVANCE_EM = (0.59, 0.61)


def _space_pitch(lines: Sequence[TextLine]) -> float:
    """The pitch of ``lines`` set in a monospaced font (:func:`_pitch`) whose advance is a monospaced font's,
    0.6 em, its space one pitch; else 0 (letters of one width at another advance, a space narrower than them,
    say, are no such font)."""
    pitch = _pitch(lines)
    size = statistics.median(ln.size for ln in lines) if lines else 0.0
    lo, hi = _MONO_ADVANCE_EM
    return pitch if pitch and lo * size <= pitch <= hi * size else 0.0


def off_pitch_channels(body: Sequence[TextLine], gaps: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Column gaps narrower than a segment gap that a monospaced font gives away: white off its pitch.

    In a monospaced font the words of one cell's line stand a whole number of
    pitches apart (a space is one pitch), while two cells are placed each by
    its own alignment: the white between them falls anywhere. Two columns
    printed less than an em apart ("98.8%" | "98.8", a right-aligned output
    column beside a narrow percentage; a "No" key 0.9 pitch before its name)
    read as one phrase by width; off the pitch they are two cells. An x range
    white on two body lines or more where the words on each side, set in the
    font, lie off the pitch apart, and which no body word runs across, is a
    column gap (one line's white may be off the pitch by chance of course, but
    not in the same place on two lines of a table set in one font).
    """
    pitch = _space_pitch(body)
    if not pitch or len(body) < 2:
        return []
    cands: list[tuple[float, float, int]] = []
    for k, ln in enumerate(body):
        for p, w in zip(ln.words, ln.words[1:], strict=False):
            g = w.x0 - p.x1
            if not 0 < g <= 1.2 * max(p.size, w.size) or not (_pitch_set(p, pitch) and _pitch_set(w, pitch)) or (
                    joined(w)):  # a justified line's stretched space is off the pitch anywhere
                continue
            n = round(g / pitch)
            if n == 0 or abs(g - n * pitch) > _PITCH_TOL:
                cands.append((p.x1, w.x0, k))
    words = [w for ln in body for w in ln.words]
    out: list[tuple[float, float]] = []
    for group in _overlapping(cands):
        lo, hi = max(a for a, _, _ in group), min(b for _, b, _ in group)
        if len({k for *_, k in group}) < 2 or hi - lo < 0.3 * pitch:
            continue
        if any(w.x0 < hi - 0.5 and w.x1 > lo + 0.5 for w in words):
            continue  # a body word runs across: no column gap
        if any(lo < g1 and hi > g0 for g0, g1 in [*gaps, *out]):
            continue
        out.append((lo, hi))
    return out


def _overlapping(spans: Sequence[tuple[float, float, int]]) -> list[list[tuple[float, float, int]]]:
    """``spans`` grouped where they share some x with the group's first one (sorted by left end)."""
    groups: list[list[tuple[float, float, int]]] = []
    for s in sorted(spans):
        if groups and s[0] < min(b for _, b, _ in groups[-1]):
            groups[-1].append(s)
        else:
            groups.append([s])
    return groups


def label_edge_channels(
    head: Sequence[TextLine], body: Sequence[TextLine], gaps: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Column gaps one pitch wide in a monospaced table, shown where a header label starts.

    Cells set flush left and right in a monospaced font may stand exactly one
    pitch apart ("2.345.678.901 APBD/DAU", an amount set flush right before a
    left-aligned "Keterangan"; a key "1" before its name): neither the width
    nor the pitch of the white tells them from a word space. A header label
    opening its header segment at an x where words of two body lines or more
    open too, after a word ending at least nine tenths of a pitch before it,
    with no body word running across that x, starts a column: the channel
    reaches back to the furthest body word ending before it.
    """
    pitch = _space_pitch(body)
    if not pitch or len(body) < 2:
        return []
    words = [w for ln in body for w in ln.words]
    out: list[tuple[float, float]] = []
    for ln in head:
        for prev, label in zip([None, *ln.words[:-1]], ln.words, strict=True):
            x = label.x0
            if prev is not None and x - prev.x1 <= 1.5 * pitch:
                continue  # a word inside a label, not the label's start
            opens = sum(1 for b in body for p, w in zip(b.words, b.words[1:], strict=False)
                        if abs(w.x0 - x) <= _EDGE_TOL and x - p.x1 >= 0.9 * pitch)
            if opens < 2 or any(w.x0 < x - 0.5 and w.x1 > x + 0.5 for w in words):
                continue
            left = max((w.x1 for w in words if w.x1 <= x + 0.1), default=None)
            if left is None or any(left - 0.5 < g1 and x + 0.5 > g0 for g0, g1 in [*gaps, *out]):
                continue
            out.append((left, x))
    return out
