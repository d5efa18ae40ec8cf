"""Word spaces a justified cell line stretched, told from column gaps (:func:`stretched_spaces`).

A cell set justified spreads each of its lines but the last over the cell's width: the spaces between the words
of one line are widened evenly, often beyond a column gap's width, so a line reads as several segments (one per
word) and a continuation part shows more columns than the table above it. Two things tell such a space from a
column gap: the spaces of one justified line are all as wide (two equal wide spaces in a row: the line is
justified), and a column gap lines up down the page — the word after it starts where other lines' cells start
(left-aligned text, a justified line's first word), the word before it ends where other lines' cells end (a
justified line's last word, right-aligned amounts) — while a stretched space falls wherever its line's words
put it. A line's last line of a paragraph is not stretched: it needs nothing of this.

:data:`JOINED` holds the words (by ``id``) that follow a stretched space on the page being read;
:func:`~.borderless.segments` does not cut a line before them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from contextvars import ContextVar

from lkjip.extract.layout.cues import CURRENCY_SIGN, ROW_KEY, is_numeric_token
from lkjip.extract.layout.geometry import TextLine, Word, ink_line, mono_space

#: ids of the words after a stretched word space on the page being read (empty: none known)
JOINED: ContextVar[frozenset[int]] = ContextVar("JOINED", default=frozenset())
#: ids of the words that start a column under a header, however narrow the gap before them (:func:`header_pinned`)
PINNED: ContextVar[frozenset[int]] = ContextVar("PINNED", default=frozenset())

#: how far apart two edges may lie and still line up, in pt (OCR words: boxes found on the image)
_EDGE_TOL = 0.5
#: ... on a page's text layer, whose cells' text a renderer starts at one x to a hundredth of a point: a wider
#: tolerance lines up a justified cell's stretched words with the next line's by chance
_TEXT_EDGE_TOL = 0.15
#: the tolerance of the lines being read (:func:`stretched_spaces`)
_TOL: ContextVar[float] = ContextVar("_TOL", default=_EDGE_TOL)
#: how many lines above or below a line count for where its cells' edges line up (a table's rows, not the
#: next table's)
_NEAR = 10
#: how alike two stretched spaces of one line are, in pt (a renderer places words to a hundredth of a point)
_EVEN_TOL = 0.3
#: how many other lines must end a segment where a word before a wide gap ends for that gap to be a column's
#: (:func:`_loose`): cells set right end at one x row after row, while one line's last word ("Daerah") may end
#: where a justified line's word does by chance, to a hundredth of a point (one line will do whose word starts
#: there too: a word as wide, centred in the same column)
_END_WITNESSES = 2
#: a gap wider than this many word spaces may be a justified line's stretched space (:func:`stretched_spaces`);
#: a narrow one still shows an aligned edge where there is none
STRETCHED = 1.3
#: a gap wider than this many em opens a new segment (:func:`~.borderless.segments`)
SEGMENT_EM = 1.2


def word_space_of(line: TextLine) -> float:
    """The unstretched word space of ``line``: a monospaced font's pitch, else 0.3 em."""
    return mono_space(line) or 0.3 * line.size


#: a segment edge: (x, line index, the word, the word when justification pins it there (:func:`_cell_edges`) or "",
#: the word's other edge)
Edge = tuple[float, int, str, str, float]


def _cell_edges(
    lines: Sequence[TextLine], stretched: frozenset[tuple[int, int]] = frozenset()
) -> tuple[list[Edge], list[Edge]]:
    """Where segments start and end on ``lines`` (words after / before more than a word space, or a line's
    first / last word), sorted by x; a gap in ``stretched`` (line, word after it) is a word space.

    A word opening and closing a segment whose other edge lines up with another word's on a line near
    (:func:`_other_at`) is pinned there: a justified line sets its last word against the cell's right edge, where
    other words end too, so the word starts wherever its length puts it; "Eksternal:" closing two lines starts at
    one x, "Meningkatnya" opening two rows' names ends at one x, "Kepolisian" and "Indonesia," (as long) closing
    two lines start at one x, and none of these x is a column's edge. A word whose edge lines up with the same word
    only ("Rp" over amounts of one width) is no such word.
    """
    raw_starts: list[tuple[float, int, str, int]] = []
    raw_ends: list[tuple[float, int, str, int]] = []
    for k, ln in enumerate(lines):
        ws = ln.words
        space = (MONO_CELL_GAP if mono_space(ln) else 1.5) * word_space_of(ln)
        for i, w in enumerate(ws):
            opens = i == 0 or (w.x0 - ws[i - 1].x1 > space and (k, i) not in stretched)
            closes = i == len(ws) - 1 or (ws[i + 1].x0 - w.x1 > space and (k, i + 1) not in stretched)
            if opens:
                raw_starts.append((w.x0, k, w.text, i))
            if closes:
                raw_ends.append((w.x1, k, w.text, i))
    raw_starts.sort()
    raw_ends.sort()
    closing = {(k, i) for _, k, _, i in raw_ends}
    opening = {(k, i) for _, k, _, i in raw_starts}
    starts = [(x, k, t, t if (k, i) in closing and _other_at(raw_ends, lines, k, i, at_end=True) else "",
               lines[k].words[i].x1) for x, k, t, i in raw_starts]
    ends = [(x, k, t, t if (k, i) in opening and _other_at(raw_starts, lines, k, i, at_end=False) else "",
             lines[k].words[i].x0) for x, k, t, i in raw_ends]
    return starts, ends


#: more than this many pitches of white part two segments of a monospaced line in :func:`_cell_edges`: its word
#: spaces are one pitch exactly, and a cell's padding (a justified line's last word set against its cell's right
#: edge, the next cell 1.25 pitch on) is narrower than the 1.5 word spaces a proportional line needs
MONO_CELL_GAP = 1.2


def _other_at(edges: Sequence[tuple], lines: Sequence[TextLine], k: int, i: int, *, at_end: bool) -> bool:
    """Another line than ``k``, at most :data:`_NEAR` lines away, has an edge where word ``i`` of line ``k`` ends
    (``at_end``; else starts), of another word, whose other edge lies elsewhere (two words as wide, centred in
    their cells, share both edges: neither is pinned)."""
    tol = _TOL.get()
    w = lines[k].words[i]
    x, other = (w.x1, w.x0) if at_end else (w.x0, w.x1)
    j = bisect.bisect_left(edges, (x - tol, -1))
    while j < len(edges) and edges[j][0] <= x + tol:
        _, k2, t2, i2 = edges[j]
        if k2 != k and abs(k2 - k) <= _NEAR and t2 != w.text:
            v = lines[k2].words[i2]
            if abs((v.x0 if at_end else v.x1) - other) > tol:
                return True
        j += 1
    return False


def _shared(edges: Sequence[Edge], x: float, k: int, least: int = 1, other: float | None = None,
            twins: frozenset[int] = frozenset()) -> bool:
    """``least`` other lines than ``k`` (``twins`` aside), at most :data:`_NEAR` lines away, have an edge at ``x``,
    not one justification pinned there (:func:`_cell_edges`); one will do whose word's other edge lies at ``other``
    too (a word as wide in the same place: centred in one column)."""
    tol = _TOL.get()
    i = bisect.bisect_left(edges, (x - tol, -1))
    seen: set[int] = set()
    while i < len(edges) and edges[i][0] <= x + tol:
        if edges[i][1] != k and abs(edges[i][1] - k) <= _NEAR and not edges[i][3] and edges[i][1] not in twins:
            seen.add(edges[i][1])
            if len(seen) >= least or (other is not None and abs(edges[i][4] - other) <= tol):
                return True
        i += 1
    return False


def _starts_within(starts: Sequence[Edge], x0: float, x1: float, k: int) -> bool:
    """A column's cells start between ``x0`` and ``x1``: two other lines than ``k``, at most :data:`_NEAR` lines
    away, open a segment at one x there, neither pinned there (:func:`_shared`)."""
    tol = _TOL.get()
    i = bisect.bisect_left(starts, (x0 + tol, -1))
    while i < len(starts) and starts[i][0] < x1 - tol:
        x, j, _, pinned, _ = starts[i]
        if j != k and abs(j - k) <= _NEAR and not pinned and _shared(starts, x, j):
            return True
        i += 1
    return False


def _wide(line: TextLine) -> list[int]:
    """Indices ``i`` of the words of ``line`` after a gap wider than a segment gap."""
    ws = line.words
    return [i for i in range(1, len(ws))
            if ws[i].x0 - ws[i - 1].x1 > SEGMENT_EM * max(ws[i - 1].size, ws[i].size, 4.0)]


#: a dash standing for a nil amount, or an amount's ",-" a narrow column wrapped onto a line of its own
_DASH = re.compile(r"^,?[-–—]$")


def _money(text: str) -> bool:
    """A number, a currency sign set before an amount ("Rp", its amount right-aligned under it in a narrow
    column) or a dash in an amount's place (its ",-" wrapped under it): a cell of its own, no word of a justified
    line."""
    return is_numeric_token(text) or bool(CURRENCY_SIGN.match(text) or _DASH.match(text))


def _loose(line: TextLine, starts, k: int, i: int, ends=None, twins: frozenset[int] = frozenset()) -> bool:
    """The gap before word ``i`` of line ``k`` opens no cell: the word after it starts where no other line's
    segment starts (a cell's text starts at one x line after line; a word justification pinned there aside),
    neither word is a number or a currency sign (amounts are set right, a key before a text: each a cell); with ``ends``, the word
    before it ends where no two other lines' segments end either (cells set right end at one x, row after row),
    nor one line's word as wide in the same place. Lines in ``twins`` (the same two words set in the same place,
    :func:`_twins`) witness nothing."""
    p, w = line.words[i - 1], line.words[i]
    return not (_money(p.text) or _money(w.text) or _shared(starts, w.x0, k, twins=twins)
                or (ends is not None and _shared(ends, p.x1, k, _END_WITNESSES, p.x0, twins=twins)))


def _twins(lines: Sequence[TextLine], k: int, i: int) -> frozenset[int]:
    """Lines near line ``k`` (:data:`_NEAR`) holding its words ``i - 1`` and ``i`` again, each as printed and where
    it stands: a cell's justified line repeated in another row ("Faktor    Internal:    Keterbatasan" under
    "Akar Masalah", row after row) puts its stretched words at the same x as the line itself, no column's edge."""
    tol = _TOL.get()
    p, w = lines[k].words[i - 1], lines[k].words[i]

    def same(a: Word, b: Word) -> bool:
        return a.text == b.text and abs(a.x0 - b.x0) <= tol and abs(a.x1 - b.x1) <= tol

    return frozenset(j for j in range(max(0, k - _NEAR), min(len(lines), k + _NEAR + 1)) if j != k and any(
        same(a, p) and same(b, w) for a, b in zip(lines[j].words, lines[j].words[1:], strict=False)))


def _even_runs(line: TextLine) -> list[list[int]]:
    """Runs of neighbouring gaps of ``line`` wider than a word space and as wide as each other, each as the
    indices of the words after them."""
    ws = line.words
    space = word_space_of(line)
    runs: list[list[int]] = []
    for i in range(1, len(ws)):
        g = ws[i].x0 - ws[i - 1].x1
        if g <= STRETCHED * space:
            continue
        last = runs[-1] if runs else None
        if last and last[-1] == i - 1 and abs(g - (ws[last[0]].x0 - ws[last[0] - 1].x1)) <= _EVEN_TOL:
            last.append(i)
        else:
            runs.append([i])
    return runs


def _even_stretched(lines: Sequence[TextLine], run: Sequence[int], starts, ends, k: int) -> bool:
    """Two even gaps or more of ``run`` line up with nothing on either side (:func:`_loose`), and not every one of
    them lies in white running down the lines around (:func:`white_across`: a row of cells, each in its column).
    A cell's first word may end where another line's does (the same word: "Faktor", "Persentase"), so a justified
    line shows two such gaps among its others; a row of cells set right, each one word, shows none."""
    line = lines[k]
    return (len(run) >= 2 and sum(_loose(line, starts, k, i, ends, _twins(lines, k, i)) for i in run) >= 2
            and not all(white_across(lines, k, i) for i in run))


#: how many lines around a gap :func:`white_across` looks at, each way
_AROUND = 6
#: ... of which this many at least must be there (a block's lines, one under the other)
_AROUND_LEAST = 6


def white_across(lines: Sequence[TextLine], k: int, i: int) -> bool:
    """The gap before word ``i`` of line ``k`` lies in white running down the lines around it: the middle third
    of the gap is crossed by no word of the :data:`_AROUND` lines above and below it (at least
    :data:`_AROUND_LEAST` of them, each no further than a line's height from the next). A justified line's
    stretched spaces lie inside its cell, whose other lines' words run across them; a column gap is white down
    the page. Centred cells of equal columns printing one text in every other column ("Meningkatnya …" under
    Tujuan and under Sasaran) put their gaps as wide as each other, as a justified line's are, but in a channel."""
    ws = lines[k].words
    a, b = ws[i - 1].x1, ws[i].x0
    lo, hi = a + (b - a) / 3, b - (b - a) / 3
    around = [*_block_run(lines, k, -1), *_block_run(lines, k, 1)]
    return len(around) >= _AROUND_LEAST and not any(w.x0 < hi and w.x1 > lo for ln in around for w in ln.words)


def _block_run(lines: Sequence[TextLine], k: int, step: int) -> list[TextLine]:
    """Up to :data:`_AROUND` lines from line ``k`` on, upwards (``step`` -1) or downwards (1), while each stands
    no further than a line's height from the one before."""
    out: list[TextLine] = []
    j = k
    while len(out) < _AROUND and 0 <= j + step < len(lines):
        upper, lower = sorted((lines[j], lines[j + step]), key=lambda ln: ln.top)
        if lower.top - upper.bottom > max(upper.height, lower.height):
            break
        j += step
        out.append(lines[j])
    return out


def _single_stretched(line: TextLine, i: int, starts, ends, k: int) -> bool:
    """The one stretched gap before word ``i`` lines up with nothing, and its words reach from where other lines
    start to where other lines end (the cell's edges, which its other full lines fill too), no other line's cell
    starting inside the gap (a gap across a column, "publik" … "%", is no space of one cell)."""
    first, last = line.words[i - 1], line.words[i]
    return (_loose(line, starts, k, i) and _shared(starts, first.x0, k) and _shared(ends, last.x1, k)
            and not _starts_within(starts, first.x1, last.x0, k))


def stretched_spaces(lines: Sequence[TextLine]) -> frozenset[int]:
    """The words (by ``id``) of ``lines`` that follow a justified line's stretched word space (wider than 1.3
    word spaces: a narrow one still shows an aligned edge where there is none).

    A run of two even gaps or more lining up with nothing (:func:`_even_stretched`) is a justified line; its
    gaps are word spaces, but where the word after one starts with another line's cell (a column gap as wide
    as the stretched spaces beside it), the other lines' stretched words not counted as cell starts. A single
    stretched gap (a line of two words) counts only where the page shows such a run
    (:func:`_single_stretched`).
    """
    text_layer = not any(ink_line(ln) for ln in lines)
    token = _TOL.set(_TEXT_EDGE_TOL if text_layer else _EDGE_TOL)
    try:
        return _stretched_spaces(lines)
    finally:
        _TOL.reset(token)


def _stretched_spaces(lines: Sequence[TextLine]) -> frozenset[int]:
    runs = [_even_runs(ln) for ln in lines]
    even: list[tuple[int, list[int]]] = []
    for _ in range(3):  # a justified line found frees the edges its words hid, which may show another
        starts, ends = _cell_edges(lines, frozenset((k, i) for k, run in even for i in run))
        found = [(k, run) for k, ln in enumerate(lines) for run in runs[k]
                 if _even_stretched(lines, run, starts, ends, k)]
        if len(found) == len(even):
            break
        even = found
    if not even:
        return frozenset()
    starts, _ = _cell_edges(lines, frozenset((k, i) for k, run in even for i in run))
    kept = frozenset((k, i) for k, run in even for i in run if not (
        _money(lines[k].words[i - 1].text) or _money(lines[k].words[i].text)
        or _shared(starts, lines[k].words[i].x0, k)))
    out: set[int] = {id(lines[k].words[i]) for k, i in kept}
    # the edges the column gaps among the even ones keep ("kelola | Persentase", two cells stretched alike)
    starts, ends = _cell_edges(lines, kept)
    for k, ln in enumerate(lines):
        for run in runs[k]:
            if len(run) == 1 and _single_stretched(ln, run[0], starts, ends, k):
                out.add(id(ln.words[run[0]]))
    return frozenset(out)


def even_spaced(words: Sequence[Word], least: float, most: float) -> frozenset[int]:
    """Indices ``i`` of ``words`` (one segment of a line) after a gap of ``least`` to ``most`` that is one of a
    run of two neighbouring such gaps or more as wide as each other (:data:`_EVEN_TOL`): a justified line stretched
    a little (a monospaced space of 6 pt set at 6.5), each of its spaces as wide. Wider gaps are
    :func:`stretched_spaces`' to tell (a column gap as wide as the next cell's stretched spaces, by chance). Column gaps inside one segment
    (a key before a name) are each as wide as their cells put them, so two of them in a row are not alike; a gap
    beside a number is no word space (years heading columns of one width: "2019 2020 2021", evenly apart)."""
    out: set[int] = set()
    run: list[int] = []
    for i in range(1, len(words) + 1):
        g = -1.0
        if i < len(words) and not (is_numeric_token(words[i].text) or is_numeric_token(words[i - 1].text)):
            g = words[i].x0 - words[i - 1].x1
            g = g if g <= most + _EVEN_TOL else -1.0  # a run's spaces differ by a hair either side of ``most``
        if run and g >= least and abs(g - (words[run[0]].x0 - words[run[0] - 1].x1)) <= _EVEN_TOL:
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run = [i] if g >= least else []
    return frozenset(out)


def _letters(text: str) -> bool:
    """A word of letters (trailing punctuation aside): a cell's word, no key, amount or sign."""
    core = text.rstrip(".,;:)")
    return len(core) >= 2 and core.isalpha()


def after_stretched_run(words: Sequence[Word], k: int, least: float, space: float) -> bool:
    """The gap before ``words[k]`` ends a justified cell line: the gap before ``words[k - 1]`` is stretched (wider
    than ``least``, a column-narrow word space), both words around it are words of letters, and the gap before
    ``words[k]`` is clearly narrower than it (by a quarter of a word space, ``space``, and more than three times
    the play of a justified line's spaces), though a word space wide (nine tenths of ``space`` or more). The spaces of one justified line are all as wide, so a narrower one
    after a stretched one is no space of that line: the line ended, and the next cell starts, flush against it
    (a name justified to its cell's right edge, an amount filling the next cell: "Keuangan" | "3.424.213.243,00",
    one monospaced pitch apart)."""
    if k < 2:
        return False
    a, p, w = words[k - 2], words[k - 1], words[k]
    before, gap = p.x0 - a.x1, w.x0 - p.x1
    return (before > least and _letters(a.text) and _letters(p.text)
            and 0.9 * space <= gap < before - max(0.25 * space, 3 * _EVEN_TOL))


#: a gap before a pinned word wider than this many word spaces: a column gap as narrow as a justified line's
#: space, not two words of one cell that a header word happens to stand over
PINNED_SPACES = 1.5
#: how many lines under a header must start a word at one of its words' x for that x to be a column's edge
PINNED_LINES = 2


def header_pinned(lines: Sequence[TextLine]) -> tuple[frozenset[int], frozenset[int]]:
    """The words (by ``id``) that start a column under a bold header although the gap before them is narrower than
    a column gap, and the words after a stretched space of the lines they stand in.

    A table whose cells are set justified fills each cell to its right edge: the gap between two columns is no
    wider than the cell padding, narrower than the stretched spaces inside the cells, and the lines read as one
    segment across the columns. Each cell's lines start where its header label starts, to a hundredth of a point
    ("Pokok Masalah" over "Ruang pelayanan" over "peralatan sudah"). When every column the header shows apart
    starts, in two lines or more under it (down to a blank), at a word after more than a word space but less than
    a segment gap (:func:`_every_column_pinned`; not after a row key, "1. Sarana", whose column the keys tell,
    nor a number, which no renderer justifies), those words open segments, and in the lines holding them a wide
    gap between two words of text where no header word starts is a stretched space of its cell ("Faktor
    Internal:    Anggaran"), however unevenly the renderer spread it — unless a label of the header starts inside
    the gap: a cell's stretched space stays in its column, and a gap over where a column starts is a column gap
    (a name, then an amount set right in the next column: "Penyediaan        Rp"). A table whose columns are set apart by
    white wider than a segment gap needs none of this.
    Monospaced lines are left out: every word starts on their pitch's grid. So are words OCR found: their boxes
    line up to a point or two, not a hundredth, and their bold is a guess from stroke widths (a shaded body reads
    bold), so a scan's justified table would be cut at words that merely stand under a header word.
    """
    if any(ink_line(ln) for ln in lines):
        return frozenset(), frozenset()
    pins: set[int] = set()
    starts: list[float] = []  # every x a header word starts at
    tight: dict[int, TextLine] = {}  # the lines holding pinned words
    labels: list[float] = []  # where the labels of a header start whose columns the lines under it confirm
    for h, head in enumerate(lines):
        if not head.bold or mono_space(head) or len(head.words) < 2:
            continue
        xs = [w.x0 for w in head.words[1:]]
        hits: dict[float, list[tuple[Word, TextLine]]] = {}
        for k in range(h + 1, len(lines)):
            ln, above = lines[k], lines[k - 1]
            if ln.top - above.bottom > 2.5 * max(above.height, 4.0):
                break
            if ln.bold or mono_space(ln):
                continue
            space = word_space_of(ln)
            for k, (a, b) in enumerate(zip(ln.words, ln.words[1:], strict=False)):
                x = next((x for x in xs if abs(b.x0 - x) <= _TEXT_EDGE_TOL), None)
                gap = b.x0 - a.x1
                if (x is not None and PINNED_SPACES * space < gap <= SEGMENT_EM * max(a.size, b.size, 4.0)
                        and not (k == 0 and ROW_KEY.match(a.text)) and not is_numeric_token(b.text)):
                    hits.setdefault(x, []).append((b, ln))
        confirmed = {x: found for x, found in hits.items() if len(found) >= PINNED_LINES}
        if confirmed:  # a line of the table's header: where its labels start, its columns do
            labels += [w.x0 for w in head.words]
        if not _every_column_pinned(head, confirmed):
            continue
        starts += xs
        for found in confirmed.values():
            pins.update(id(w) for w, _ in found)
            tight.update((id(ln), ln) for _, ln in found)
    stretched = {id(b) for ln in tight.values() for a, b in zip(ln.words, ln.words[1:], strict=False)
                 if id(b) not in pins and not any(abs(b.x0 - x) <= _TEXT_EDGE_TOL for x in starts)
                 and not any(a.x1 + 1.0 < x < b.x0 - 1.0 for x in labels)
                 and _wordlike(a.text) and _wordlike(b.text)}
    return frozenset(pins), frozenset(stretched)


def _wordlike(text: str) -> bool:
    """A word of running text (letters, not a number nor a dash standing for one)."""
    return any(ch.isalpha() for ch in text) and not is_numeric_token(text)


def _every_column_pinned(head: TextLine, confirmed: dict[float, list]) -> bool:
    """Every column the header ``head`` shows apart (a word after a segment gap; two at least: a header line
    holding the wrapped rest of one label shows no table's columns) starts at an x the lines under it confirm: the
    table is set justified edge to edge, so a wide gap elsewhere in those lines is a stretched space.
    A header whose columns are not all confirmed may have cells starting where it has no word."""
    starts = [b.x0 for a, b in zip(head.words, head.words[1:], strict=False)
              if b.x0 - a.x1 > SEGMENT_EM * max(a.size, b.size, 4.0)]
    return len(starts) >= 2 and all(any(abs(x - c) <= _TEXT_EDGE_TOL for c in confirmed) for x in starts)


def pinned(word: Word) -> bool:
    """``word`` starts a column under a header, however narrow the gap before it (:data:`PINNED`)."""
    return id(word) in PINNED.get()


def joined(word: Word) -> bool:
    """``word`` follows a stretched word space of its line (:data:`JOINED`)."""
    return id(word) in JOINED.get()


def carried_stretched(lines: Sequence[TextLine], channels: Sequence[tuple[float, float]]) -> frozenset[int]:
    """The words (by ``id``) after the stretched spaces of the lines opening a page under a carried table (up
    to the first blank of 2.5 lines): two even gaps or more of a line wider than a segment gap, lying in none
    of the table's column channels, where the carried columns say no column starts (a row printed twice, word
    for word, lines its stretched words up with itself: :func:`stretched_spaces` cannot tell them)."""
    out: set[int] = set()
    for k, ln in enumerate(lines):
        if k and ln.top - lines[k - 1].bottom > 2.5 * max(lines[k - 1].height, 4.0):
            break
        ws = ln.words
        wide = set(_wide(ln))
        for run in _even_runs(ln):
            free = [i for i in run if i in wide and not any(
                ws[i - 1].x1 < c1 - 0.5 and ws[i].x0 > c0 + 0.5 for c0, c1 in channels)
                and not is_numeric_token(ws[i - 1].text) and not is_numeric_token(ws[i].text)]
            if len(run) >= 2 and len(free) == len([i for i in run if i in wide]):
                out.update(id(ws[i]) for i in free)
    return frozenset(out)
