"""How far apart the lines of a borderless table stand: their tops as tall letters would have them
(:func:`nominal_tops`), and the line set lower than the table's usual line step by a cell's padding
(:func:`padded_start`).

The lines of one cell follow each other at the font's leading; a row's cells start below the row's top by their
padding. A table printed without rules between its rows (a cascading table's sub-rows under cells merged down,
the rows at the top of a page under a repeated header) shows no other mark of a new row when its cells fill the
same columns as the row above: the first line of the row stands lower than the leading by the padding, below
the row above's and above its own.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence

from lkjip.extract.layout.geometry import TextLine, Word

_TALL = re.compile(r"[A-Z0-9bdfhijklt()/'\"]")
_DEEP = re.compile(r"[gjpqy(),;]")

#: the least padding told from a line's step: a point and a half (the tops of lines of one cell agree within a tenth,
#: a browser's rows stand 2 pt or more further apart; a line set above the page's first by a reader, a point or so)
PADDING_MIN = 1.5


def nominal_tops(lines: Sequence[TextLine]) -> list[float]:
    """Each line's top as a line with tall letters would have it: a line of short letters only ("n", "yang") has a
    box lower at the top, the white over it no wider than over any other line. Its top is set at its bottom less
    the usual height of the lines of its size with tall letters (and letters going below the line alike)."""
    heights: dict[tuple[int, bool], list[float]] = {}
    for ln in lines:
        if _TALL.search(ln.text):
            heights.setdefault((round(ln.size), bool(_DEEP.search(ln.text))), []).append(ln.height)
    out = []
    for ln in lines:
        usual = heights.get((round(ln.size), bool(_DEEP.search(ln.text))))
        tall = bool(_TALL.search(ln.text)) or not usual
        out.append(ln.top if tall else min(ln.top, ln.bottom - statistics.median(usual)))
    return out


def usual_step(tops: Sequence[float]) -> float | None:
    """The step most lines stand apart by (the leading of a cell's lines); None under three lines."""
    steps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    return statistics.median(steps) if len(steps) >= 2 else None


def cell_step(above: Sequence[list[Word]], cells: Sequence[list[Word]], line_step: float) -> float:
    """How far a line's cells stand below the same columns' text on the line above: the least step over the columns
    filled on both (the line above may hold words of cells merged down beside them, set higher); ``line_step``
    (the lines' tops apart) when no column is."""
    steps = [cells[k][0].top - min(w.top for w in above[k]) for k in range(len(cells)) if cells[k] and above[k]]
    return min(steps, default=line_step)


def padded_start(cells: Sequence[list[Word]], step: float, usual: float | None, text_cols: set[int]) -> bool:
    """A line opening a row by its padding alone: it stands below the line above by the usual step and
    :data:`PADDING_MIN` or more (less than half a line more: a wider gap parts rows anyway), and each of its cells is a text
    column's opening with a capital (a wrapped cell's next line goes on at the leading, a capital or not)."""
    filled = [k for k, c in enumerate(cells) if c]
    if usual is None or not filled or any(k not in text_cols for k in filled):
        return False
    height = max(w.bottom - w.top for k in filled for w in cells[k])
    if not PADDING_MIN <= step - usual < 0.5 * height:
        return False
    return capitals_open(cells, filled)


def capitals_open(cells: Sequence[list[Word]], cols: Iterable[int]) -> bool:
    """Every cell of ``cols`` opens with a capital: a row's first line, where a wrapped cell's next line may go on in
    lower case."""
    return all(cells[k][0].text[:1].isupper() for k in cols)
