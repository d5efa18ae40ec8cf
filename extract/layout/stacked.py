"""Rows a ruled table does not rule: values stacked in one cell, each the start of a row of its own.

Report generators that print financial statements (an LRA from SIPD or SIMDA, a DPA recap) rule a table
by bands: a frame and column rules, row rules across some columns or some groups of rows only. A cell of
such a table then holds several rows' values, one per line: "1 / 1.1 / 1.1.4 / 2" in the code column,
"4.321.000.500,00 / 12.500.750.000,00" in an amount column, every account name of the page in one
URAIAN cell. Read as one cell each, the rows collapse into one, and the amounts are glued together.

The kind is told by its values: two lines of one cell that are each a *complete* value (an amount with
its decimals, a percentage, an account code, :func:`complete_value`) are two rows, not one value wrapped,
when the gap between them is also a row boundary elsewhere in the table: another column stacks values
across the same gap, a rule of another column runs through it, or another column prints a line level
with the lower value (rows are aligned at their tops). Such a gap is a :class:`Cut`;
:func:`stacked_cuts` finds them and :func:`split_rows` turns a grid's rows and its cells' lines into the
rows the table prints. A vertically merged cell (a program's name beside its kegiatan) holds no stacked
values and is never split: without cuts the grid's rows are kept exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lkjip.extract.document import BBox
from lkjip.extract.layout.cues import NUMBERISH
from lkjip.extract.layout.geometry import TextLine, sweep_clusters

#: an amount printed to its end: Indonesian "4.321.000.500,00", "(8.179.250.500,00)", "92,18", "12.345.678,-",
#: or English "23,665,554,229.00"; a percent sign may follow
_COMPLETE_AMOUNT = re.compile(
    r"^\(?-?(?:\d{1,3}(?:\.\d{3})*,(?:\d{2}|-)|\d{1,3}(?:,\d{3})+\.\d{2})\)?%?$")
#: a whole number in groups of three, "12.345.678": complete when the next line starts a number of its own
#: (a number broken across lines leaves its separator at the end of one line or the start of the next)
_GROUPED = re.compile(r"^\(?-?\d{1,3}(?:\.\d{3})+\)?$")
#: an account or program code or a row key: "1", "1.1", "2.10.01", "2.1.3.", "1 . 1 . 4", "A.", "IV."
_CODE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]{1,4}\.)$")
#: a currency sign before an amount
_CURRENCY = re.compile(r"^Rp\.?(?=[\d(-])", re.IGNORECASE)
#: nothing to report in an amount column
_NIL = re.compile(r"^[-–]$")
#: a whole number of up to three digits, a percentage maybe: a target or realisation ("100", "75 %")
_WHOLE = re.compile(r"^\d{1,3}%?$")


def complete_amount(text: str) -> bool:
    """An amount or percentage with its decimals printed: nothing of the same number can follow it."""
    return bool(_COMPLETE_AMOUNT.match(text.replace(" ", "")))


def grouped_amount(text: str) -> bool:
    """A whole number printed in groups of three ("3.456.789.012")."""
    return bool(_GROUPED.match(text.replace(" ", "")))


def grouped_or_complete(text: str) -> bool:
    """The first token of a line is a whole number of its own ("12.345.678", "45.678.901,00")."""
    t = text.split(" ", 1)[0]
    return grouped_amount(t) or complete_amount(t)


def complete_value(text: str) -> bool:
    """A line that is one complete value: an amount, an account code or row key, a whole number of up to three
    digits, or a nil dash; an amount may carry its currency sign ("Rp.126.210.665")."""
    t = _CURRENCY.sub("", text.replace(" ", ""))
    return bool(_COMPLETE_AMOUNT.match(t) or _GROUPED.match(t) or _CODE.match(t) or _NIL.match(t) or _WHOLE.match(t))


@dataclass(frozen=True)
class Cut:
    """A row boundary inside cells: the gap between two stacked lines, and where to cut."""

    gap_top: float
    gap_bottom: float

    @property
    def y(self) -> float:
        """Just above the lower value: a row's wrapped text lines hang below its values (rows align at their
        tops), so everything above the next value still belongs to the row above."""
        return max(self.gap_top, self.gap_bottom - 0.5)




def _continues(above: str, line: str, filled: bool) -> bool:
    """``line`` goes on with the number ``above`` broke off ("1.234.567.890" + ",00", "94,2" + "2", "98." + "8",
    and "10" + "0" when "10" filled its narrow cell: a renderer breaks a number only where it no longer fits)."""
    if not (NUMBERISH.match(above) and line[:1] in set("0123456789.,")):
        return False
    if above[-1] in ".," or line[0] in ".," or not complete_value(above):
        return True
    return filled and above.isdigit()


#: the most padding a cell keeps beside its text, both sides together (Word 0.19 cm a side, LibreOffice less)
_PADDING = 12.0


def _filled(ln: TextLine, nxt: TextLine, box: BBox | None) -> bool:
    """The line left no room in its cell for the next line's first character, whatever the cell's padding."""
    if box is None:
        return False
    char = (nxt.words[0].x1 - nxt.words[0].x0) / max(len(nxt.words[0].text), 1)
    return (ln.x1 - ln.x0) + char > (box[2] - box[0]) - _PADDING


def _values(lines: Sequence[TextLine], box: BBox | None = None) -> list[tuple[str, float, float]]:
    """A cell's lines as values (text, top, bottom), a number broken over lines rejoined.

    A number breaks onto the very next line: a line set off from the one above by more than a line's height
    (a row key of the next row below a row of several lines: "3." / … / "4.") starts a value of its own."""
    out: list[tuple[str, float, float]] = []
    for i, ln in enumerate(lines):
        text = ln.text.replace(" ", "")
        near = i > 0 and ln.top - lines[i - 1].bottom <= ln.bottom - ln.top
        if out and text and near and _continues(out[-1][0], text, _filled(lines[i - 1], ln, box)):
            out[-1] = (out[-1][0] + text, out[-1][1], ln.bottom)
        else:
            out.append((text, ln.top, ln.bottom))
    return out


def _gaps(lines: Sequence[TextLine], box: BBox | None = None) -> list[Cut]:
    """Gaps between consecutive values of one cell that are both complete."""
    vals = _values(lines, box)
    return [Cut(a[2], b[1]) for a, b in zip(vals, vals[1:], strict=False)
            if b[1] > a[2] - 0.5 and complete_value(a[0]) and complete_value(b[0])]


def stacked_cuts(cells: dict[tuple[int, int], list[TextLine]], boxes: dict[tuple[int, int], BBox]) -> list[Cut]:
    """Row boundaries inside cells, each confirmed elsewhere in the table: by another column's stacked values
    across the same gap, or by a row rule (another cell's top edge) running through the gap."""
    gaps = {key: _gaps(lines, boxes.get(key)) for key, lines in cells.items() if len(lines) >= 2}
    cuts: list[Cut] = []
    for (_, col), own in gaps.items():
        for g in own:
            others = [h for (_, c), hs in gaps.items() if c != col for h in hs
                      if h.gap_top < g.gap_bottom and g.gap_top < h.gap_bottom]
            ruled = any(g.gap_top - 1.0 <= box[1] <= g.gap_bottom + 1.0
                        for (_, c), box in boxes.items() if c != col)
            # another column prints a line level with the lower value: the rows are aligned at their tops
            level = any(abs(ln.top - g.gap_bottom) <= 1.5
                        for (_, c), lines in cells.items() if c != col for ln in lines)
            if others or ruled or level:
                cuts.append(g)
    cuts += _low_first_values(cells, boxes, {key for key, own in gaps.items() if any(g in cuts for g in own)})
    blocks, openers = _block_starts(cells, boxes)
    merged = _merge(cuts + blocks + _unruled_rows(cells, boxes) + _header_ends(cells))
    # a one-column row start may fall in another column's blank gap (its own text runs on across that gap)
    alone = [c for c in openers if all(abs(c.gap_bottom - m.gap_bottom) > 1.5 for m in merged)]
    return sorted(merged + alone, key=lambda c: c.y)


def _header_ends(cells: dict[tuple[int, int], list[TextLine]]) -> list[Cut]:
    """Where a bold header's last line meets the first body line in the cells of two columns or more, level: a
    header's lower level left unruled from the body (a banded table rules under some rows only), or its
    repeat on a page's top. Each such gap is a row boundary, whatever the cell's spacing."""
    ends = [Cut(a.bottom, b.top) for lines in cells.values() for a, b in zip(lines, lines[1:], strict=False)
            if a.bold and not b.bold and b.top > a.bottom - 0.5]
    cols = {c: {k[1] for k, lines in cells.items() for a, b in zip(lines, lines[1:], strict=False)
                if a.bold and not b.bold and abs(b.top - c.gap_bottom) <= 1.5} for c in ends}
    level = [c for c in ends if len(cols[c]) >= 2]
    # a column whose body opens sooner, under the header's end (the rest of a row the page break cut)
    end = max((e.gap_top for e in level), default=None)  # the header's last line's bottom
    first = min((e.gap_bottom for e in level), default=None)
    sooner = [Cut(end, c.gap_bottom) for c in ends
              if end is not None and first is not None and end < c.gap_bottom < first - 1.5]
    return level + sooner


def _low_first_values(cells: dict[tuple[int, int], list[TextLine]], boxes: dict[tuple[int, int], BBox],
                      stacked: set[tuple[int, int]]) -> list[Cut]:
    """Row starts at the first value of a cell of stacked values (``stacked``: cells cut by :func:`stacked_cuts`)
    set well below the cell's top, where another column prints a line level with it and text above it: the
    top of a page's part of a table, the rest of the row the page break cut ("Penunjang Urusan …" under
    "Program"), above the first row of the page's own (rows align at their tops)."""
    out: list[Cut] = []
    for key in stacked:
        box, lines = boxes.get(key), cells[key]
        first = lines[0]
        if box is None or first.top - box[1] <= 1.5 * (first.bottom - first.top):
            continue
        if not complete_value(first.text):
            continue
        other = [ln for (_, c), ls in cells.items() if c != key[1] for ln in ls if box[1] <= ln.top < box[3]]
        if (any(abs(ln.top - first.top) <= 1.5 for ln in other)
                and any(ln.bottom <= first.top - 0.5 for ln in other)):
            out.append(Cut(first.top - 1.0, first.top))
    return out


def _block_starts(cells: dict[tuple[int, int], list[TextLine]],
                  boxes: dict[tuple[int, int], BBox]) -> tuple[list[Cut], list[Cut]]:
    """Row boundaries where cells of two columns or more start a block of text at one height.

    A band ruled around a group of rows (a cascading table's sub-rows under one goal, a page's top part
    continuing a row the page break cut) holds several rows in each of its cells. Rows align at their tops:
    where a row starts, the columns it fills start a block, either their cell's first line well below the
    cell's top edge or a line after a blank line. Two columns starting a block level with each other, one of
    them after a blank line (text of the row above in its cell), mark a row boundary; a column whose text runs
    on without a break is cut there too. Cells' first lines set low alone are no boundary: a table may align
    its cells to their middle. In a grid row whose cells all set their text at their tops (:func:`_top_aligned`)
    one column's block after a blank line is a row start alone: a sub-row filling one or two columns under a
    goal merged down (a kegiatan's second sub kegiatan) starts there, its neighbour running on without a break.
    Returned apart: the row starts one column marks there without a blank line (:func:`_opener_starts`).
    """
    # (top, column, bottom of what is above in the cell, a blank, grid row, bottom of the block it opens)
    starts: list[tuple[float, int, float, bool, int, float]] = []
    for key, lines in cells.items():
        box = boxes.get(key)
        if box is None or not lines:
            continue
        height = min(ln.bottom - ln.top for ln in lines)
        steps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)]
        usual = min(steps, default=0.0)
        blank = [k for k, step in enumerate(steps) if step > max(usual, 0.0) + 0.8 * height]  # a blank line after k
        ends = [lines[k].bottom for k in blank] + [lines[-1].bottom]
        if lines[0].top - box[1] > 1.5 * height:
            starts.append((lines[0].top, key[1], box[1], False, key[0], ends[0]))
        for n, k in enumerate(blank):
            starts.append((lines[k + 1].top, key[1], lines[k].bottom, True, key[0], ends[n + 1]))
    groups = sweep_clusters(starts, 1.5)  # block starts grouped by height
    # a cell's first line set low alone is no row start: cells aligned to their middle are set low too
    above = {id(g): _rest_above(g, cells) for g in groups if len({s[1] for s in g}) >= 2 and not any(s[3] for s in g)}
    level = [g for g in groups if len({s[1] for s in g}) >= 2 and (any(s[3] for s in g) or above.get(id(g)))]
    top_rows = _top_aligned(cells, boxes, [min(s[0] for s in g) for g in level])
    alone = [g for g in groups if g not in level and any(s[3] and s[4] in top_rows for s in g)]
    out: list[Cut] = []
    for group in level + alone:
        top = min(s[0] for s in group)
        out.append(Cut(min(above.get(id(group)) or max(s[2] for s in group), top), top))
    return out, _opener_starts(cells, boxes, top_rows, [s[0] for g in level + alone for s in g])


def _rest_above(group: Sequence[tuple], cells: dict[tuple[int, int], list[TextLine]]) -> float | None:
    """Cells of two columns or more set low at one height (``group``) are set at a row's top, not at their middle,
    when their text runs on to different depths (a centred cell shorter than another starts lower) and another
    column prints text above them in the same grid row: the rest of the row a page break cut, over the page's
    first row of its own. The bottom of that text, or None."""
    top = min(s[0] for s in group)
    height = min(ln.bottom - ln.top for s in group for ln in cells[(s[4], s[1])])
    if max(s[5] for s in group) - min(s[5] for s in group) <= 1.5 * height:
        return None
    cols, rows = {s[1] for s in group}, {s[4] for s in group}
    return max((ln.bottom for (r, c), lines in cells.items() if c not in cols and r in rows for ln in lines
                if ln.bottom <= top - 0.5), default=None)


def _first_word(text: str) -> str:
    words = text.split()
    return "".join(ch for ch in words[0] if ch.isalpha()).casefold() if words else ""


def _column_openers(cells: dict[tuple[int, int], list[TextLine]], row_starts: Sequence[float]) -> dict[int, str]:
    """Per column, the word most of its rows open with ("Jumlah" in an indicator column): a row opens at a cell's
    first line or at a line level with a row start (``row_starts``); kept when two rows at least and more than
    half of them open so."""
    firsts: dict[int, list[str]] = {}
    for key, lines in cells.items():
        heads = [ln for i, ln in enumerate(lines) if not ln.bold
                 and (i == 0 or any(abs(ln.top - y) <= 1.5 for y in row_starts))]
        firsts.setdefault(key[1], []).extend(w for ln in heads if (w := _first_word(ln.text)))
    out: dict[int, str] = {}
    for col, words in firsts.items():
        top = max(set(words), key=words.count, default="")
        if len(top) >= 3 and words.count(top) >= 2 and 2 * words.count(top) > len(words):
            out[col] = top
    return out


def _opener_starts(cells: dict[tuple[int, int], list[TextLine]], boxes: dict[tuple[int, int], BBox],
                   top_rows: set[int], row_starts: Sequence[float]) -> list[Cut]:
    """Row starts one column marks alone, without a blank line, in a grid row whose cells set their text at the
    top: a line that opens, with a capital, on the word the column's blocks usually open with ("Jumlah usulan …"),
    below a line that ended short, leaving room for that word (the text did not wrap there: "… di Desa").

    A cascading table's cell merged down beside two sub-rows leaves the other cells empty beside the second,
    so no other column starts a block there; the indicator cell holds both rows' text, one under the other."""
    openers = _column_openers(cells, row_starts)
    out: list[Cut] = []
    for key, lines in cells.items():
        box = boxes.get(key)
        if box is None or key[0] not in top_rows or key[1] not in openers or len(lines) < 2:
            continue
        same = [ln for k, ls in cells.items() if k[1] == key[1] and (b := boxes.get(k)) is not None
                and abs(b[0] - box[0]) <= 1.0 and abs(b[2] - box[2]) <= 1.0 for ln in ls]
        extent = max(ln.x1 for ln in same) - min(ln.x0 for ln in same)
        for a, b in zip(lines, lines[1:], strict=False):
            word = b.words[0]
            if (b.top - a.bottom > 0.8 * (b.bottom - b.top) or not word.text[:1].isupper()
                    or _first_word(b.text) != openers[key[1]] or _open_end(a.text)):
                continue
            room = extent - (a.x1 - a.x0)
            if room > (word.x1 - word.x0) + 0.3 * a.size:
                out.append(Cut(a.bottom, b.top))
    return out


#: a line ending mid-phrase: on a comma, hyphen, slash or a word that joins ("… dan", "… yang")
_OPEN_END = re.compile(r"(?:[,;/&-]|\b(?:dan|atau|yang|di|ke|dari|dengan|untuk|pada|dalam|serta|oleh))$",
                       re.IGNORECASE)


def _open_end(text: str) -> bool:
    return bool(_OPEN_END.search(text.rstrip()))


def _top_aligned(cells: dict[tuple[int, int], list[TextLine]], boxes: dict[tuple[int, int], BBox],
                 row_starts: Sequence[float]) -> set[int]:
    """Grid rows whose cells set their text at the top of the row it starts: two cells or more with text, each
    one's first line within a line of the cell's top edge or level with a row start several columns mark
    (``row_starts``: a row starting below a page's top part). Cells aligned to their middle or bottom set a
    shorter cell's text lower."""
    rows: dict[int, list[bool]] = {}  # grid row -> its cells' first lines: at the cell's top (or at a row start)
    for key, lines in cells.items():
        box = boxes.get(key)
        if box is None or not lines:
            continue
        first = lines[0]
        at_top = first.top - box[1] <= 1.5 * (first.bottom - first.top)
        rows.setdefault(key[0], []).append(at_top or any(abs(first.top - y) <= 1.5 for y in row_starts))
    return {r for r, firsts in rows.items() if len(firsts) >= 2 and all(firsts)}


def _unruled_rows(cells: dict[tuple[int, int], list[TextLine]], boxes: dict[tuple[int, int], BBox]) -> list[Cut]:
    """Row boundaries in a cell no rule parts, where other columns' rules part a row: its line level with
    theirs.

    A band ruled across the amount columns only leaves the name column one tall cell over two rows
    ("Program Pemberdayaan …" / "Program Koordinasi …" beside two ruled amount rows). The first name ends
    above the other columns' rule and the second starts below it, level with the first line of the amounts of
    its row (rows align at their tops); a name merged down beside several rows runs on across the rule.
    """
    firsts: list[tuple[float, float, int]] = []  # (row edge, top of the cell's first line, column)
    for key, lines in cells.items():
        box = boxes.get(key)
        if box is not None and lines and lines[0].top - box[1] <= 1.5 * (lines[0].bottom - lines[0].top) \
                and not lines[0].bold:  # a header's label over two levels lies level with the lower one's labels
            firsts.append((box[1], lines[0].top, key[1]))
    out: list[Cut] = []
    for key, lines in cells.items():
        box = boxes.get(key)
        if box is None or not lines or lines[0].top - box[1] > 1.5 * (lines[0].bottom - lines[0].top):
            continue  # its text does not start at its top like a row's (a signature block set low beside a table)
        for a, b in zip(lines, lines[1:], strict=False):
            level = [edge for edge, top, c in firsts if c != key[1] and box[1] + 1.0 < edge < box[3] - 1.0
                     and a.bottom <= edge <= b.top + 1.0 and abs(top - b.top) <= 1.5]
            if level:
                out.append(Cut(min(max(a.bottom, max(level)), b.top), b.top))
    return out


def _merge(cuts: list[Cut], apart: float = 3.0) -> list[Cut]:
    """One cut per gap (overlapping gaps of several columns are one boundary), in reading order.

    Gaps that overlap but end at heights ``apart`` or more from each other are two boundaries (a long blank in
    one column reaches past the start of a row that another column opens sooner): the lower keeps only the
    part of its gap below the upper one's end."""
    out: list[Cut] = []
    for c in sorted(cuts, key=lambda c: c.gap_top):
        _merged_into(out, c, apart)
    return out


def _merged_into(out: list[Cut], c: Cut, apart: float) -> None:
    if not out or c.gap_top >= out[-1].gap_bottom:
        out.append(c)
    elif abs(c.gap_bottom - out[-1].gap_bottom) < apart:
        last = out[-1]
        out[-1] = Cut(max(last.gap_top, c.gap_top), min(last.gap_bottom, c.gap_bottom))
    else:
        upper, lower = sorted((out.pop(), c), key=lambda x: x.gap_bottom)
        _merged_into(out, upper, apart)
        out.append(Cut(max(lower.gap_top, out[-1].gap_bottom), lower.gap_bottom))


@dataclass
class LaidRow:
    """One printed row: each column's lines, the row's box."""

    cells: list[list[TextLine]]
    bbox: BBox


def _slot_of(cut: Cut, row_tops: Sequence[float]) -> tuple[int, float]:
    """The printed row a cut opens: a grid row whose top edge runs through the gap, or a new one inside the
    grid row the cut falls in."""
    for r, top in enumerate(row_tops):
        if cut.gap_top - 1.0 <= top <= cut.gap_bottom + 1.0:
            return r, top
    r = max((i for i, top in enumerate(row_tops) if top <= cut.y), default=0)
    return r, cut.y


def _boundaries(box: BBox, lines: Sequence[TextLine], cuts: Sequence[Cut],
                row_tops: Sequence[float], merged: Sequence[Cut] = ()) -> list[tuple[float, tuple[int, float]]]:
    """Where a cell's lines change rows, and the row each boundary opens: the cuts inside its box, and, for a
    cell spanning several grid rows, a grid row's top edge running between two of its lines (an account name
    column without rules beside ruled amounts: each name sits level with its own row)."""
    inside = [(c.y, _slot_of(c, row_tops)) for c in cuts if box[1] + 1.0 < c.y < box[3] - 1.0
              and not (c in merged and _runs_on_across(lines, c.y, box))]
    for r, top in enumerate(row_tops):
        if box[1] + 1.0 < top < box[3] - 1.0 and any(a.bottom - 1.0 <= top <= b.top + 1.0
                                                     for a, b in zip(lines, lines[1:], strict=False)):
            inside.append((top, (r, top)))
    return sorted(inside)


def _runs_on_across(lines: Sequence[TextLine], y: float, box: BBox) -> bool:
    """The cell's text runs on across height ``y`` (a cut whose row opens right of the cell's column,
    :func:`split_rows`): its line right below opens in lower case, set under the line above without a blank line,
    and that line left no room for its first word (the text wrapped there). A cell merged down beside a sub-row ("… Lembaga Kemasyarakatan Desa yang" / "aktif" beside the
    sub-row's "Fasilitasi …") keeps its last words in the row above."""
    for a, b in zip(lines, lines[1:], strict=False):
        if a.bottom - 1.0 <= y <= b.top + 1.0:
            word = b.words[0]
            char = (word.x1 - word.x0) / max(len(word.text), 1)
            no_room = (a.x1 - a.x0) + char + (word.x1 - word.x0) > (box[2] - box[0]) - _PADDING
            # a word as wide as the cell's widest line may be a word of its own cut there, opening a cell
            cut_word = (word.x1 - word.x0) + char > max(ln.x1 - ln.x0 for ln in lines)
            return (word.text[:1].islower() and b.top - a.bottom <= 0.8 * (b.bottom - b.top) and no_room
                    and not cut_word)
    return False


def _beside_sub_row(k: int, opens: dict[int, str]) -> bool:
    """Column ``k`` may hold a cell merged down beside the sub-row a cut starts (``opens``: the first word of the
    line each column opens at the cut): a column right of it opens a cell there (a capital), and none left of it
    or in it does (a key, a misi number, a name: a row of its own, no sub-row)."""
    return (any(j > k and w[:1].isupper() for j, w in opens.items())
            and all(w[:1].islower() for j, w in opens.items() if j <= k))


def split_rows(grid: list[list[BBox | None]], cells: dict[tuple[int, int], list[TextLine]],
               cuts: Sequence[Cut]) -> list[LaidRow]:
    """The grid's rows, each grid row split at the cuts inside it; every cell's lines go, piece by piece, to the
    row each piece starts (:func:`_boundaries`)."""
    row_tops = [min(c[1] for c in row if c) for row in grid]
    ncols = max(len(r) for r in grid)
    slots: dict[tuple[int, float], list[list[TextLine]]] = {}
    for r, top in enumerate(row_tops):
        slots[(r, top)] = [[] for _ in range(ncols)]
    for cut in cuts:
        slots.setdefault(_slot_of(cut, row_tops), [[] for _ in range(ncols)])
    # per cut, the first words of the lines opening there, by column (:func:`_beside_sub_row`)
    opens = {c: {k: ln.words[0].text for (_, k), lines in cells.items() for ln in lines
                 if abs(ln.top - c.gap_bottom) <= 1.5} for c in cuts}
    for r, row in enumerate(grid):
        for k, box in enumerate(row):
            if box is None:
                continue
            lines = cells.get((r, k), [])
            bounds = _boundaries(box, lines, cuts, row_tops, [c for c in cuts if _beside_sub_row(k, opens[c])])
            for ln in lines:
                mid = (ln.top + ln.bottom) / 2
                above = [slot for y, slot in bounds if y < mid]
                slots[above[-1] if above else (r, row_tops[r])][k].append(ln)
    order = sorted(slots)
    x0 = min(c[0] for row in grid for c in row if c)
    x1 = max(c[2] for row in grid for c in row if c)
    bottom = max(c[3] for row in grid for c in row if c)
    out = []
    for i, key in enumerate(order):
        lower = order[i + 1][1] if i + 1 < len(order) else bottom
        out.append(LaidRow(slots[key], (x0, key[1], x1, lower)))
    return out
