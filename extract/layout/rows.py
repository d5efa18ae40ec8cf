"""Rows of a borderless table: its lines, cut into cells, grouped into rows.

:func:`group_rows` starts a row at a number (amounts broken inside narrow
columns continue their row, :func:`numbers_continue`; so do the lines of a
currency sign left alone or an amount wrapped in pieces, :func:`amount_run`), a filled key column,
a cell starting again, a column's usual first word (:func:`column_openers`),
a gap, or a line set lower than the leading by a cell's padding
(:func:`~lkjip.extract.layout.line_steps.padded_start`); with horizontal rulings, at the rulings. Bold headers are read
level by level (:func:`header_levels`).
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from collections.abc import Sequence

from lkjip.extract.layout.amount_tails import amount_tails, lost_mark_tail
from lkjip.extract.layout.band_rows import rules_part_rows
from lkjip.extract.layout.col_numbers import is_numbering
from lkjip.extract.layout.cues import (
    AMOUNT,
    CURRENCY_SIGN,
    ROW_KEY,
    WELL_FORMED,
    amount_broken,
    amount_cut,
    amount_goes_on,
    amount_whole,
    is_numeric_token,
    number_continues,
)
from lkjip.extract.layout.geometry import WORD_SPACE_EM, TextLine, Word, mono_space, sweep_clusters
from lkjip.extract.layout.line_steps import capitals_open, cell_step, nominal_tops, padded_start, usual_step


def _col_text(cells: list[list[Word]], k: int) -> str:
    return " ".join(w.text for w in cells[k])


def numbers_continue(above: list[list[Word]], cells: list[list[Word]],
                     extents: dict[int, tuple[float, float]] | None = None) -> bool:
    """Every number on a line finishes a number broken at the end of the line above, in its column.

    At least one of them surely does (:func:`~lkjip.extract.layout.cues.number_continues`, or a plain number
    filling its column, ``extents`` :func:`_full`, on a line opening no key: "10" / "0" in a column two digits
    wide); the others may be the last digits of a plain number ("10" / "0" beside "1.123.456.789,0" / "0"), or
    the last group of an amount whose mark the scan lost at the wrap ("797" under "3777.",
    :func:`~lkjip.extract.layout.amount_tails.lost_mark_tail`).
    """
    sure = False
    for k, ws in enumerate(cells):
        nums = [w for w in ws if is_numeric_token(w.text)]
        if not nums:
            continue
        if len(nums) > 1 or not above[k]:
            return False
        a, b = above[k][-1].text, nums[0].text
        if number_continues(a, b):
            sure = True
        elif lost_mark_tail(a, nums[0]):
            continue  # its mark lost at the wrap: the line is the row's only beside a number that surely goes on
        elif not (a.isdigit() and re.fullmatch(r"\d{1,2}%?", b) and WELL_FORMED.match(a + b)):
            return False
        elif not cells[0] and _full(above[k][-1:], (extents or {}).get(k)):
            sure = True
    return sure


#: a piece of an amount broken across the lines of a narrow column: digits and separators ("687.54", ".001,-")
_PIECE = re.compile(r"^[\d.,]*\d[\d.,]*(,-)?$")
#: a percentage, a decimal or a small count: up to three digits, two decimals
_DECIMAL = re.compile(r"^\d{1,3}([.,]\d{1,2})?%?$")
#: how many lines an amount's pieces may run over below its first line
_MAX_PIECE_LINES = 3


def _nil_cents(head: str, words: Sequence[Word]) -> bool:
    """``words`` are a lone dash under an amount cut right after its decimal comma ("8.001" / ".414," / "-"): the
    dash of its ",-" (no cents), wrapped onto a line of its own."""
    return head.endswith(",") and len(words) == 1 and words[0].text in ("-", "–")


def _decimal_done(first: str, whole: str) -> bool:
    """A percentage or small number a narrow column broke ("99," / "98", "93,9" / "1", "10" / "0") is whole."""
    return bool(_DECIMAL.match(whole)) and len(whole) > len(first) and whole.startswith(first)


def amount_run(row: Sequence[list[list[Word]]], below: Sequence[list[list[Word]]],
               extents: dict[int, tuple[float, float]] | None = None) -> int:
    """How many of the lines ``below`` only finish amounts the row's lines (``row``) left cut; 0: none.

    A narrow amount column wraps an amount anywhere: "Rp." alone above its amount, or the amount itself in
    pieces over two or three lines ("1.234.567." / "890,00", "44.5" / "43.0" / "60,-"). Each line of the run
    holds, in every column where it has a number, nothing but pieces of an amount the row's cell left cut
    (:func:`~lkjip.extract.layout.cues.amount_cut`), and the run ends where every such cell has become a
    whole amount (in groups of three, or any amount after a lone currency sign): pieces that add up to no
    whole amount are no run, so the line starts a row as before. ``extents``: per column, from where to where
    its numbers reach (:func:`_full`: a piece filling its column was broken for want of room).
    """
    ncols = len(row[0]) if row else 0
    acc = {k: "".join(w.text for cells in row for w in cells[k]) for k in range(ncols)}
    first = dict(acc)
    cut = {k for k, t in acc.items() if amount_cut(t)}
    signs = {k for k in cut if not any(ch.isdigit() for ch in acc[k])}
    touched: set[int] = set()
    opened: set[int] = set()  # columns whose first piece below opens with a separator (",00"): surely a piece
    key = acc.get(0, "")
    key_joined = False
    for n, cells in enumerate(below[:_MAX_PIECE_LINES], 1):
        nums = {k for k, ws in enumerate(cells) if any(is_numeric_token(w.text) for w in ws)
                or _nil_cents(acc.get(k, ""), ws)}
        if 0 in nums and len(nums) > 1 and key[-1:] in (".", ")") and ROW_KEY.match(key + _col_text(cells, 0)):
            # a key the narrow first column broke beside the amounts ("1.1." / "1"): the rest of the row's key
            key += _col_text(cells, 0)
            key_joined = key_joined or "." in key.rstrip(".)")
            nums.discard(0)
        for k in nums - cut - touched:  # a whole-looking head ("12.345") the piece below goes on (".678,0"): cut
            if acc.get(k) and (piece := _col_text(cells, k).replace(" ", ""))[:1] in ".," and amount_goes_on(acc[k] + piece):
                cut.add(k)
        if not nums or not nums <= cut or not all(_PIECE.match(w.text) or _nil_cents(acc[k], cells[k])
                                                  for k in nums for w in cells[k]):
            return 0
        for k in nums:
            # a cell broken already, its last piece filling the column: the number goes on here ("93" / ".7" / "5")
            pieces = [c[k] for c in [*row, *below[: n - 1]] if c[k]]
            if k not in touched and cells[k][0].text[:1] in ".," or (
                    len(pieces) >= 2 and _full(pieces[-1], (extents or {}).get(k))):
                opened.add(k)
            acc[k] += "".join(w.text for w in cells[k])
            if not amount_goes_on(acc[k]):
                return 0
        touched |= nums
        if all(amount_whole(acc[k], k in signs) or _decimal_done(first[k], acc[k]) for k in touched) \
                and touched >= signs:
            # pieces with no mark of a broken amount are numbers of their own rows ("82.5" above "75"); a
            # percentage finished beside them ("93,9" / "1") needs the amounts' mark, or a separator at its cut.
            # One piece surely broken ties the line to the row: the other pieces on it, adding up to whole
            # amounts, finish their cells too ("1.95" / "0" beside "19.250.8" / "09", or beside "100" / ",00");
            # so does the rest of a row key the key column broke ("1.3." / "1": a deeper key)
            amounts = [k for k in touched if not _decimal_done(first[k], acc[k])]
            broken = any(amount_broken(first[k], acc[k]) for k in amounts) if amounts else all(
                first[k].endswith((".", ",")) for k in touched)
            return n if key_joined or broken or opened else 0
    # the region ends inside the run (a page break cuts the amount): the next page's part finishes it
    open_run = 0 < len(below) <= _MAX_PIECE_LINES and touched >= signs and touched
    return len(below) if open_run and all(amount_broken(first[k], acc[k]) for k in touched) else 0


def _full(words: Sequence[Word], extent: tuple[float, float] | None) -> bool:
    """A cell's line of numbers (``words``) fills its column: one more letter of its width would not fit between
    the column's furthest left and right numbers (``extent``). A number is broken there for want of room, so
    the piece on the next line is its rest ("93" / ".7" / "5" in a column two digits wide)."""
    if not words or extent is None or not all(is_numeric_token(w.text) for w in words):
        return False
    letter = max((w.x1 - w.x0) / max(len(w.text), 1) for w in words)
    return words[-1].x1 - words[0].x0 + letter > extent[1] - extent[0] + 0.5


def header_levels(
    items: list[tuple[TextLine, list[list[Word]]]],
) -> list[list[tuple[TextLine, list[list[Word]]]]]:
    """Header lines → one row per header level.

    A line that opens a column the current level left empty starts the next
    level ("ANGGARAN" over "REALISASI | ANGGARAN | %", "Target" over "2019 |
    2020 | …"). A cell whose text runs on from the line above keeps it in
    its level ("Kondisi" / "Awal" / "Renstra" stays one cell of the first
    level), except a group label's column, the one just left of a newly opened
    column: its next line ("2019" under "Target") belongs to the new level.
    A line of column numbers is a row of its own. A line opening only columns with no text beside them on the
    current level ("KELUARAN" alone, the "OUTPUT/" above it unread) is the lower end of a taller cell, not a level.
    """
    levels: list[list[tuple[TextLine, list[list[Word]]]]] = []
    level_cols: list[set[int]] = []
    owner: dict[int, int] = {}  # column → level its text went to on the previous line
    above: list[list[Word]] = []
    for line, cells in items:
        prev, above = above, cells
        cols = {k for k, c in enumerate(cells) if c}
        if not levels:
            levels.append([(line, cells)])
            level_cols.append(set(cols))
            owner = dict.fromkeys(cols, 0)
            continue
        cur = len(levels) - 1
        opened = {k for k in cols if k not in owner and k not in level_cols[cur]}
        # digits under digits ("202" / "0"): years broken in narrow columns, not column numbers
        broken = bool(prev) and all(prev[k] and prev[k][-1].text[-1:].isdigit() for k in cols)
        if is_numbering(cells) and not broken:  # "1 2 3 …" / "(1) (2) …" under the labels: a row of its own
            levels.append([(line, cells)])
            level_cols.append(set(cols))
            owner = {}
            continue
        if opened and any(j in level_cols[cur] for k in opened for j in (k - 1, k + 1)):
            levels.append([])
            level_cols.append(set())
        parts: dict[int, list[list[Word]]] = {}
        new_owner: dict[int, int] = {}
        for k in sorted(cols):
            lvl = owner.get(k, len(levels) - 1)
            if k + 1 in opened or k in opened:
                lvl = len(levels) - 1
            parts.setdefault(lvl, [[] for _ in cells])[k] = cells[k]
            level_cols[lvl].add(k)
            new_owner[k] = lvl
        for lvl, part in sorted(parts.items()):
            levels[lvl].append((line, part))
        owner = new_owner
    return [lv for lv in levels if lv]


def group_rows(
    raw_rows: list[tuple[TextLine, list[list[Word]]]], hrules: Sequence[float] = (),
    holes: Sequence[Sequence[tuple[float, float]]] = (),
    *,
    open_top: bool = False, cut_first: bool = False,
) -> list[list[tuple[TextLine, list[list[Word]]]]]:
    """Lines → table rows.

    With at least two horizontal rules crossing the region that part its rows
    (:func:`~.band_rows.rules_part_rows`: not a frame with one rule under the header), the
    lines between two rules form one row, except in the header band, where a
    line opening new columns starts the next header level. Otherwise:

    * header lines (before the first line with a number) continue the row
      above when they only fill columns it already has (a wrapped header cell)
      and start a row when they open new columns (a second header level);
    * below, a line starts a row when it carries a number in a numeric column
      (numbers sit on a row's first line), when the first column is a key
      column ("1", "2.", "a", "IV") and filled, when it opens a column the row
      above left empty, when a column whose cell already ended in this row
      starts again with a capital (a sub-row under cells merged down), or after a
      gap wider than the usual line spacing (before any number too, every cell
      opening with a capital: parts of a table an empty line apart); any other
      line continues the row above, as a wrapped cell does.

    ``holes`` (one list per rule of ``hrules``) are the stretches a rule leaves undrawn: cells merged down
    across it (a program name over its kegiatan). Words below such a rule and inside a hole are the merged
    cell's and stay in the row above (:func:`_merged_down`). ``open_top``: the first band is the rest of a row
    the page break cut (no rule over it), not a header. ``cut_first``: the first row may be the rest of one the page
    break cut, whose cells' first words open no cell (:func:`column_openers` leaves it out).
    """
    groups: list[list[tuple[TextLine, list[list[Word]]]]] = []
    if len(hrules) >= 2 and rules_part_rows([ln for ln, _ in raw_rows], hrules):
        band_of = [bisect.bisect_left(hrules, (ln.top + ln.bottom) / 2) for ln, _ in raw_rows]
        n_first = band_of.count(band_of[0]) if raw_rows else 0
        first = raw_rows[:n_first]
        start = 0
        # the first band, unless it shows an amount, is the header: one row per header level
        if first and not open_top and not any(AMOUNT.match(w.text) for _, cells in first for c in cells for w in c):
            groups.extend(header_levels(first))
            start = n_first
        if any(holes):
            return groups + _merged_down(raw_rows[start:], band_of[start:], holes)
        for k in range(start, len(raw_rows)):
            if k > start and band_of[k] == band_of[k - 1]:
                groups[-1].append(raw_rows[k])
            else:
                groups.append([raw_rows[k]])
        return groups
    groups = _group_text_rows(raw_rows, {})
    openers = column_openers(groups[1:] if cut_first else groups)  # a cut row's cells go on, they open nothing
    return _group_text_rows(raw_rows, openers) if openers else groups


def column_openers(groups: Sequence[Sequence[tuple[TextLine, list[list[Word]]]]]) -> dict[int, str]:
    """Per column (but the first), the word most of its cells open with ("Jumlah" over a cascading table's
    indicators), when it opens at least three and half of them, or every one of two or more (cells opening in
    lower case not counted): a line of that column starting with it starts a cell, so a row."""
    data = [g for g in groups if not g[0][0].bold]
    ncols = len(data[0][0][1]) if data else 0
    out: dict[int, str] = {}
    for k in range(1, ncols):
        firsts = [next(cells[k][0].text for _, cells in g if cells[k]) for g in data if any(c[k] for _, c in g)]
        # a cell opening in lower case is the rest of one the page break cut ("nan" / "Peraturan Desa"), no opening
        firsts = [f for f in firsts if not f[:1].islower()]
        if len(firsts) < 2:
            continue
        word, n = Counter(firsts).most_common(1)[0]
        usual = (n >= 3 and 2 * n >= len(firsts)) or n == len(firsts)
        if usual and word[:1].isupper() and word.isalpha() and len(word) >= 3:
            out[k] = word
    return out


def _group_text_rows(
    raw_rows: list[tuple[TextLine, list[list[Word]]]], openers: dict[int, str]
) -> list[list[tuple[TextLine, list[list[Word]]]]]:
    """:func:`group_rows` without horizontal rules; ``openers`` from :func:`column_openers`."""
    groups: list[list[tuple[TextLine, list[list[Word]]]]] = []
    ncols = len(raw_rows[0][1]) if raw_rows else 0
    filled = [[_col_text(c, k) for _, c in raw_rows if c[k]] for k in range(ncols)]
    numeric_cols = {k for k in range(ncols) if filled[k] and
                    sum(_numeric_cell(v) for v in filled[k]) * 2 >= len(filled[k])}  # fmt: skip
    key_first = bool(filled and filled[0]) and sum(bool(ROW_KEY.match(v)) for v in filled[0]) >= 0.6 * len(filled[0])
    tops = nominal_tops([ln for ln, _ in raw_rows])
    gaps = [top - a[0].bottom for a, top in zip(raw_rows, tops[1:], strict=False)]
    usual_gap = statistics.median(gaps) if gaps else 0.0
    seen_number = False
    run_end = -1  # the last line of a run of lines finishing the current row's cut amounts (:func:`amount_run`)
    # a header printed in bold above body text in regular weight: its lines are read by level
    n_head = 0
    if not all(ln.bold for ln, _ in raw_rows):
        while n_head < len(raw_rows) and raw_rows[n_head][0].bold:
            n_head += 1
    leading = usual_step(tops[n_head:])
    # how far the body's text reaches in each column (a header label spanning two columns does not count)
    reach = {k: max(w.x1 for _, c in raw_rows[n_head:] for w in c[k]) for k in range(ncols)
             if any(c[k] for _, c in raw_rows[n_head:])}  # fmt: skip
    right_edges = {k: edge for k in reach if (edge := right_aligned(raw_rows[n_head:], k)) is not None}
    centres = {k: mid for k in reach if k not in right_edges and (mid := centred(raw_rows[n_head:], k)) is not None}
    # how far each column's numbers reach, both ways (a number filling that width breaks: :func:`_full`)
    nums_at = {k: [w for _, c in raw_rows[n_head:] for w in c[k] if is_numeric_token(w.text)] for k in range(ncols)}
    extents = {k: (min(w.x0 for w in ws), max(w.x1 for w in ws)) for k, ws in nums_at.items() if ws}
    groups.extend(header_levels(raw_rows[:n_head]))
    pitch = mono_space(TextLine([w for ln, _ in raw_rows[n_head:] for w in ln.words])) if len(raw_rows) > n_head else 0.0
    # cells of the row above merged down that run on beside a sub-row (:func:`_run_on_cells`): the columns, and the
    # row they go to
    running: tuple[set[int], list[tuple[TextLine, list[list[Word]]]]] = (set(), [])
    # cells of the row above wrapped on beside a total's label (:func:`_beside_label`): they run on while each
    # line of them left no room for the next one's first word, capital or not
    by_wrap = False

    def no_room(k: int, above: list[Word], word: Word, size: float) -> bool:
        return k in reach and not _room_left(above, reach[k], right_edges.get(k), word, size, centres.get(k),
                                             space=pitch)

    for i, item in enumerate(raw_rows):
        if i < n_head:
            continue
        if running[0]:
            # a column stops running on at a blank, or at a capital (a cell of its own); a key starts a new row
            cols_on = {k for k in running[0] if item[1][k] and raw_rows[i - 1][1][k]
                       and (_goes_on(item[1][k][0], raw_rows[i - 1][1][k][-1]) or by_wrap and no_room(
                           k, raw_rows[i - 1][1][k], item[1][k][0], item[0].size))}
            if key_first and item[1][0] and 0 not in cols_on:
                cols_on = set()
            running = (cols_on, running[1])
            moved, rest = _cells_apart(item, cols_on)
            if moved is not None:
                running[1].append(moved)
            if rest is None:
                continue
            item = rest
        line, cells = item
        cols = {k for k, c in enumerate(cells) if c}
        # a number in a text column ("COVID-" / "19") is no row start: only numeric columns, or the key column
        has_number = any(is_numeric_token(w.text) for k in (numeric_cols or {0} & cols) for w in cells[k])
        if not groups or i == n_head:
            starts = True
        else:
            above = {k for _, pc in groups[-1] for k, c in enumerate(pc) if c}
            gap = tops[i] - raw_rows[i - 1][0].bottom > usual_gap + 0.5 * line.height
            if not seen_number and not has_number:
                # or under a blank, every cell opening with a capital (parts of a table an empty line apart)
                starts = not cols <= above or gap and capitals_open(cells, cols)
            else:
                if has_number and i > run_end:
                    run = amount_run([c for _, c in groups[-1]], [c for _, c in raw_rows[i:]], extents)
                    run_end = i + run - 1 if run else run_end
                wrapped_number = has_number and (i <= run_end or numbers_continue(raw_rows[i - 1][1], cells, extents)
                                                 or key_first and amount_tails(raw_rows[i - 1][1], cells, numeric_cols))
                # a label wrapped with the amounts beside it ("JUMLA" / "H") is no new key
                label_runs_on = wrapped_number and bool(raw_rows[i - 1][1][0])
                starts = (
                    (has_number and not wrapped_number)
                    or (key_first and 0 in cols and not label_runs_on)
                    or not cols <= above
                    or gap
                )
            # or the line stands lower than the leading by a cell's padding, every cell opening with a capital
            padded = i > n_head and padded_start(cells, cell_step(raw_rows[i - 1][1], cells, tops[i] - tops[i - 1]),
                                                 leading, set(reach) - numeric_cols)
            if not starts and i > n_head and (len(groups[-1]) >= 2 or padded):
                # a column whose cell ended on an earlier line of this row starts again: a new cell, so a new
                # row (the sub-rows of a cascading table, under cells merged down, have no other mark)
                prev_cells = raw_rows[i - 1][1]
                before = {k for k, c in enumerate(prev_cells) if c}
                restarted = [k for k in cols - before if k in above and cells[k][0].text[:1].isupper()]
                # or a cell ended right on the line above: its next word, a capital, would have fit there
                ended = [k for k in cols & before if k not in numeric_cols and cells[k][0].text[:1].isupper()
                         and _room_left(prev_cells[k], reach[k], right_edges.get(k), cells[k][0], line.size,
                                        centres.get(k), cells[k], space=pitch)]
                # or a column's usual opening word starts a line in it ("Jumlah …" under "… Desa"), the other
                # cells ending there or opening with a capital too
                opened = [k for k in cols & before if openers.get(k) == cells[k][0].text]
                lowered = _set_lower(cells, cols & before)
                starts = (bool(restarted) or bool(ended or opened) and len(cols) == len(set(ended) | set(opened))
                          or bool(opened) and capitals_open(cells, cols)
                          or bool(lowered) or padded)
                if starts:
                    wrapped = {k for k in cols & before if not _room_left(prev_cells[k], reach[k], right_edges.get(k),
                                                                          cells[k][0], line.size, centres.get(k),
                                                                          cells[k], space=pitch)}
                    wrapped = wrapped | (cols - lowered) if lowered else wrapped
                    kept, item = _run_on_cells(raw_rows[i - 1][1], item, numeric_cols | (cols - wrapped))
                    if kept is not None:
                        groups[-1].append(kept)
                        running, by_wrap = ({k for k, c in enumerate(kept[1]) if c}, groups[-1]), False
        by_wrap = by_wrap and bool(running[0])
        if starts and groups and i > n_head and not running[0] and not (key_first and cells[0]):
            # a cell's line above set justified is not its last: the cell goes on beside the new row's first line
            on = {k for k in cols if k not in numeric_cols and k in reach and raw_rows[i - 1][1][k]
                  and _justified(raw_rows[i - 1][1][k], reach[k], line.size)}
            kept, rest = _cells_apart(item, on)
            if on and kept is not None and rest is not None:
                groups[-1].append(kept)
                running, by_wrap, item = (on, groups[-1]), True, rest
        if starts and key_first and groups and i > n_head and not running[0]:
            prev_line = raw_rows[i - 1][1]
            on = _beside_label(prev_line, cells, numeric_cols,
                               lambda k, w, a=prev_line, z=line.size: no_room(k, a[k], w, z))
            if on:
                kept, rest = _cells_apart(item, on)
                if kept is not None and rest is not None:
                    groups[-1].append(kept)
                    running, by_wrap, item = (on, groups[-1]), True, rest
        if starts:
            groups.append([item])
        else:
            groups[-1].append(item)
        seen_number = seen_number or has_number
    return groups


def _set_lower(cells: list[list[Word]], cols: set[int]) -> set[int]:
    """The cells of a line (``cols``: those filled on the line above too) that open a sub-row, told by their
    height: each opens with a capital or a digit, set lower than the cells running on in lower case beside them
    (a sub-row's cells start below its top by their padding, cells merged down run on at their own leading),
    by a point or more and less than half a line. Empty when the line has no such two heights."""
    on = [k for k in cols if cells[k][0].text[:1].islower()]
    opening = {k for k in cols if k not in on and (cells[k][0].text[:1].isupper() or cells[k][0].text[:1].isdigit())}
    if not on or not opening or len(on) + len(opening) != len(cols):
        return set()
    high = max(w.top for k in on for w in cells[k])
    low = min(w.top for k in opening for w in cells[k])
    height = max(w.bottom - w.top for k in cols for w in cells[k])
    return opening if 1.0 <= low - high < 0.5 * height else set()


def _run_on_cells(above: list[list[Word]], item: tuple[TextLine, list[list[Word]]], fixed: set[int]
                  ) -> tuple[tuple[TextLine, list[list[Word]]] | None, tuple[TextLine, list[list[Word]]]]:
    """A sub-row's first line split: the cells that run on from the line above (filled there to the end, opening
    here in lower case, not in ``fixed``: columns of numbers, cells whose line above left room) stay with the row above, whose cells merged down reach past the sub-row's start
    ("… ketertiban" / "umum" beside the sub-row's "Koordinasi …"), as do those columns' next lines while they run
    on without a blank (:func:`_group_text_rows`); the rest opens the sub-row. (None, the line) when no cell runs
    on, or every one does."""
    cells = item[1]
    run_on = {k for k, c in enumerate(cells) if c and above[k] and k not in fixed and _goes_on(c[0], above[k][-1])}
    # cells merged down stand left of the sub-row's: a row opening left of a cell is no sub-row beside it
    opening = min((k for k, c in enumerate(cells) if c and k not in run_on), default=len(cells))
    run_on = {k for k in run_on if k < opening}
    if not run_on or all(k in run_on for k, c in enumerate(cells) if c):
        return None, item
    kept, rest = _cells_apart(item, run_on)
    return kept, rest or item


def _beside_label(above: list[list[Word]], cells: list[list[Word]], numeric_cols: set[int], wraps) -> set[int]:
    """The text columns of a row's first line that go on with the row above: the line opens with a label in the
    key column that is no row key ("JUMLAH", a total), and the cells right of it whose line above left no room
    for their first word (``wraps(column, word)``: the text wrapped there), set apart from the label by more
    than a word space (not the label's own words spanning into the next column). A total drawn over the last
    row's name where that name overflows its row ("… Pelayanan Publik dan" / "Administrasi Kecamatan" beside
    "JUMLAH") holds no name of its own."""
    label = cells[0]
    if not label or ROW_KEY.match(" ".join(w.text for w in label)) or any(is_numeric_token(w.text) for w in label):
        return set()
    space = max(w.x1 - w.x0 for w in label) / max(len(label[-1].text), 1)
    on = set()
    for k in range(1, len(cells)):
        if not cells[k] or k in numeric_cols or not above[k]:
            continue
        if any(is_numeric_token(w.text) or CURRENCY_SIGN.match(w.text) for w in cells[k] + above[k]):
            return set()  # amounts: the total's own
        if cells[k][0].x0 - label[-1].x1 <= 1.5 * space or not wraps(k, cells[k][0]):
            return set()
        on.add(k)
    return on


def _cells_apart(item: tuple[TextLine, list[list[Word]]], cols: set[int]
                 ) -> tuple[tuple[TextLine, list[list[Word]]] | None, tuple[TextLine, list[list[Word]]] | None]:
    """A line cut in two: its cells in ``cols``, and the others (None for a part with no words)."""
    cells = item[1]
    parts = ([c if k in cols else [] for k, c in enumerate(cells)], [[] if k in cols else c for k, c in enumerate(cells)])
    out = [(TextLine([w for c in part for w in c]), part) if any(part) else None for part in parts]
    return out[0], out[1]


def right_aligned(rows: Sequence[tuple[TextLine, list[list[Word]]]], k: int) -> tuple[float, float] | None:
    """Column ``k`` set aligned right: (its right edge, the width of its widest line ending there), when most
    of its lines of text end at one x (within a point) and fewer start at one x; else None."""
    spans = [(c[k][-1].x1, c[k][0].x0) for _, c in rows if c[k] and not all(is_numeric_token(w.text) for w in c[k])]
    if len(spans) < 3:
        return None
    ends = max(sweep_clusters([(x1, x0) for x1, x0 in spans], 1.0), key=len)
    starts = max(sweep_clusters([(x0,) for _, x0 in spans], 1.0), key=len)
    if 5 * len(ends) < 3 * len(spans) or len(starts) >= len(ends):
        return None
    return max(x1 for x1, _ in ends), max(x1 - x0 for x1, x0 in ends)


def centred(rows: Sequence[tuple[TextLine, list[list[Word]]]], k: int) -> tuple[float, float] | None:
    """Column ``k`` set centred: (the middle of its lines, the width of its widest line set there), when most of
    its lines of text have their middle at one x (within a point) and fewer start or end at one x; else None."""
    spans = [(c[k][0].x0, c[k][-1].x1) for _, c in rows if c[k] and not all(is_numeric_token(w.text) for w in c[k])]
    if len(spans) < 3:
        return None
    mids = max(sweep_clusters([((x0 + x1) / 2, x1 - x0) for x0, x1 in spans], 1.0), key=len)
    starts = max(sweep_clusters([(x0,) for x0, _ in spans], 1.0), key=len)
    ends = max(sweep_clusters([(x1,) for _, x1 in spans], 1.0), key=len)
    if 5 * len(mids) < 3 * len(spans) or max(len(starts), len(ends)) >= len(mids):
        return None
    return statistics.median(m for m, _ in mids), max(w for _, w in mids)


def _goes_on(word: Word, above: Word) -> bool:
    """``word``, first in its cell on a line, may go on from ``above`` (the cell's last word on the line above):
    it opens in lower case, or both are set in capitals (a name printed in capitals shows no cell start)."""
    if word.text[:1].islower():
        return True
    return len(word.text) >= 2 and len(above.text) >= 2 and word.text.isupper() and above.text.isupper()


def _justified(words: Sequence[Word], reach: float, size: float) -> bool:
    """A cell's line set justified: two words or more, every gap between them stretched past a word space, the
    last word ending at the column's reach. A justified paragraph's last line is set unstretched: this one is not
    its cell's last."""
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:], strict=False)]
    return bool(gaps) and min(gaps) > WORD_SPACE_EM * size and words[-1].x1 >= reach - 0.5


def _numeric_cell(text: str) -> bool:
    """A cell's line of numbers only, a currency sign printed apart before its amount allowed ("Rp 4.025.979")."""
    toks = [t for t in text.split() if not CURRENCY_SIGN.match(t)]
    return bool(toks) and all(is_numeric_token(t) for t in toks)


def _room_left(words: Sequence[Word], reach: float, right: tuple[float, float] | None, nxt: Word,
               size: float, centre: tuple[float, float] | None = None, below: Sequence[Word] = (),
               space: float = 0.0) -> bool:
    """A cell's line (``words``) left room for the next line's first word (``nxt``) before the column's reach;
    in a column aligned right (``right``: its edge and widest line), where every line ends at the edge, or
    centred (``centre``: the middle and widest line, :func:`centred`) with the next line (``below``) centred
    too, the room a line left is what it lacks of the widest line's width. A word space is half an em, a
    monospaced font's one pitch (``space``, 0.6 em: "Melibatkan" / "Pihak Swasta" in a column 16 letters wide)."""
    need = (nxt.x1 - nxt.x0) + max(0.5 * size, space)
    if centre is not None and all(abs((ws[0].x0 + ws[-1].x1) / 2 - centre[0]) <= 1.0 for ws in (words, below) if ws):
        return centre[1] - (words[-1].x1 - words[0].x0) > need
    if right is not None and abs(words[-1].x1 - right[0]) <= 1.0:
        return right[1] - (words[-1].x1 - words[0].x0) > need
    return reach - words[-1].x1 > need


def _merged_down(
    raw_rows: list[tuple[TextLine, list[list[Word]]]], band_of: list[int], holes: Sequence[Sequence[tuple[float, float]]]
) -> list[list[tuple[TextLine, list[list[Word]]]]]:
    """The body's lines in one row per band between rules, except the words of a cell merged down across a rule:
    words lying in a stretch the rule above their band leaves undrawn go to the row above (to the first of the
    rows the merged cell spans)."""
    def hole(b: int, x: float) -> bool:  # the rule above band b is not drawn at x
        return 0 < b <= len(holes) and any(a <= x <= z for a, z in holes[b - 1])

    rows: dict[int, list[tuple[TextLine, list[list[Word]]]]] = {}
    first = band_of[0] if band_of else 0
    for (_, cells), b in zip(raw_rows, band_of, strict=True):
        kept: list[list[Word]] = [[] for _ in cells]
        for k, ws in enumerate(cells):
            for w in ws:
                x, t = (w.x0 + w.x1) / 2, b
                while t > first and hole(t, x):
                    t -= 1
                if t == b or t not in rows:
                    kept[k].append(w)
                else:
                    moved: list[list[Word]] = [[] for _ in cells]
                    moved[k].append(w)
                    rows[t].append((TextLine([w]), moved))
        words = [w for ws in kept for w in ws]
        if words:
            rows.setdefault(b, []).append((TextLine(sorted(words, key=lambda w: w.x0)), kept))
    return [_relined(rows[b]) for b in sorted(rows)]


def _relined(group: list[tuple[TextLine, list[list[Word]]]]) -> list[tuple[TextLine, list[list[Word]]]]:
    """``group`` with the words moved into it one by one joined to the line they stand on (same top), top down."""
    out: list[tuple[TextLine, list[list[Word]]]] = []
    for ln, cells in group:
        same = next((i for i, (o, _) in enumerate(out) if abs(o.top - ln.top) < 0.5 * max(o.height, 1.0)), None)
        if same is None or len(ln.words) != 1:
            out.append((ln, cells))
            continue
        o, ocells = out[same]
        joined = [a + b for a, b in zip(ocells, cells, strict=True)]
        out[same] = (TextLine(sorted([*o.words, *ln.words], key=lambda w: w.x0)), joined)
    out.sort(key=lambda lc: lc[0].top)
    return out
