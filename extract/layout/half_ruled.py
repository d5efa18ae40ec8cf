"""Tables ruled one way only: rulings give the rows and text alignment the columns, or the reverse.

Word's common table styles draw horizontal rules only (top, bottom and one
between rows), or only the vertical rules between and beside the columns.
Neither is a grid (:mod:`.grid` needs both), and the text-alignment search
(:mod:`.borderless`) cuts a region at a column gap of more than one em, which
the cell padding between a narrow "No" column and its neighbour does not
leave. Here the rulings themselves mark the table:

* :func:`rule_stacks` — three or more horizontal rules of the same extent,
  one under another: a table whose rows they separate; its columns are the
  white channels that run down every body row (a cell's padding is white),
  a spanning header label not counted (:func:`~.ruled_columns.row_channels`), or, where a
  browser drew each rule cell by cell, the joints of its pieces
  (:func:`~.joint_columns.rule_joints`); the row a page break cuts, with no rule under it
  (or over its rest on the next page), is taken in (:func:`open_ends`);
* :func:`column_fences` — two or more vertical rules of the same height side
  by side: a table whose columns they separate; its rows come from the text
  (:mod:`.rows`).

Both hand their region and column channels to
:func:`~.borderless.region_table`, so cells, header levels and wrapped lines
are read as for every table found by alignment, and the page-break stitching
compares their channels.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence

from lkjip.extract.layout.band_rows import one_row, rules_part_rows
from lkjip.extract.layout.borderless import (
    merge_exclusive_columns,
    narrow_channels,
    region_table,
)
from lkjip.extract.layout.col_numbers import numbers_line
from lkjip.extract.layout.cues import (
    AMOUNT,
    NUMBERED_CAPTION,
)
from lkjip.extract.layout.frames import band_lines as _band_lines
from lkjip.extract.layout.frames import frame_opens as _frame_opens
from lkjip.extract.layout.frames import next_frame_header, next_ruled_header
from lkjip.extract.layout.frames import outside_frames as _outside_frames
from lkjip.extract.layout.geometry import (
    Ruling,
    TextLine,
    lines_ink_pitch,
    lines_only,
    merged_positions,
    one_segment,
    sweep_clusters,
)
from lkjip.extract.layout.joint_columns import rule_joints
from lkjip.extract.layout.justified_columns import (
    numbered_columns_split,
    stretched_channels_dropped,
    unlabelled_columns_dropped,
    unnumbered_columns_dropped,
)
from lkjip.extract.layout.open_frames import closed_frames
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.ruled_columns import (
    body_start,
    cell_borders,
    data_line,
    row_channels,
    within_bounds,
)
from lkjip.extract.layout.words import Vocabulary

Box = tuple[float, float, float, float]


def _clusters(items: list[tuple[float, float, float]], tol: float) -> list[list[tuple[float, float, float]]]:
    """(a, b, pos) triples grouped by a and b both within ``tol``."""
    groups: list[list[tuple[float, float, float]]] = []
    for it in sorted(items):
        for g in groups:
            if abs(g[0][0] - it[0]) <= tol and abs(g[0][1] - it[1]) <= tol:
                g.append(it)
                break
        else:
            groups.append([it])
    return groups


#: a horizontal rule shorter than this (pt) rules no table: an underline, a signature line's stroke
MIN_RULE_WIDTH = 60.0


def rule_stacks(rules: Sequence[Ruling], tol: float = 3.0, min_width: float = MIN_RULE_WIDTH,
                min_rules: int = 3) -> list[tuple[Box, list[float]]]:
    """Boxes of tables drawn by ``min_rules`` or more horizontal rules of one extent, with the rules' y positions."""
    hs = [(r.x0, r.x1, (r.top + r.bottom) / 2) for r in rules if r.horizontal and r.x1 - r.x0 >= min_width]
    out = []
    for g in _clusters(hs, tol):
        ys = merged_positions([y for _, _, y in g])
        if len(ys) >= min_rules:
            x0, x1 = min(a for a, _, _ in g), max(b for _, b, _ in g)
            out.append(((x0, ys[0], x1, ys[-1]), ys))
    return out


def joined_pieces(rules: Sequence[Ruling], tol: float = 3.0) -> tuple[list[Ruling], dict[float, list[tuple[float, float]]]]:
    """``rules`` with the pieces of one horizontal rule drawn around cells merged down across it joined into one
    rule, and, per joined rule (its middle y, rounded to 0.1 pt), the stretches it leaves undrawn.

    A rule between two rows is not drawn under a cell merged across them (a program name over its kegiatan): its
    pieces lie at one y, with holes between them, and together span the table as its other rules (two at least,
    drawn whole, or one drawn whole and two more in pieces) do."""
    hs = [r for r in rules if r.horizontal]
    rows = [touching_joined(sorted((hs[it[2]] for it in row), key=lambda r: r.x0))
            for row in sweep_clusters([((r.top + r.bottom) / 2, r.x0, k) for k, r in enumerate(hs)], 1.0)]
    whole = [(r.x0, r.x1) for pieces in rows for r in pieces if r.x1 - r.x0 >= MIN_RULE_WIDTH]
    extents = [(pieces[0].x0, max(r.x1 for r in pieces)) for pieces in rows]
    out = [r for r in rules if not r.horizontal]
    holes_at: dict[float, list[tuple[float, float]]] = {}
    for pieces, (x0, x1) in zip(rows, extents, strict=True):
        holes = [(a.x1, b.x0) for a, b in zip(pieces, pieces[1:], strict=False) if b.x0 - a.x1 > tol]
        spans = sum(1 for a, b in whole if abs(a - x0) <= tol and abs(b - x1) <= tol)
        # or one drawn whole, and more holed alike (a page of cells merged down, a rule whole above a new group)
        alike = sum(1 for a, b in extents if abs(a - x0) <= tol and abs(b - x1) <= tol)
        if len(pieces) < 2 or not holes or not (spans >= 2 or (spans and alike >= 3)):
            out.extend(pieces)
            continue
        joined = Ruling(x0, pieces[0].top, x1, pieces[0].bottom)
        out.append(joined)
        holes_at[round((joined.top + joined.bottom) / 2, 1)] = holes
    return out, holes_at


def touching_joined(pieces: Sequence[Ruling], tol: float = 1.0) -> list[Ruling]:
    """Horizontal rules at one y (sorted by x0), those that touch or overlap joined into one.

    A browser draws a rule between two rows as each cell's own border: one
    piece per column, each ending where the next starts. Together they are
    one rule across the table (the stack of rules that marks the table needs
    rules of one extent)."""
    out: list[Ruling] = []
    for r in pieces:
        last = out[-1] if out else None
        if last is not None and r.x0 - last.x1 <= tol:
            out[-1] = Ruling(last.x0, min(last.top, r.top), max(last.x1, r.x1), max(last.bottom, r.bottom))
        else:
            out.append(r)
    return out


def joined_verticals(rules: Sequence[Ruling], tol: float = 1.5) -> list[tuple[float, float, float]]:
    """Vertical rules as (top, bottom, x), the pieces drawn cell by cell at one x joined where they touch."""
    pieces = sorted(((r.x0 + r.x1) / 2, r.top, r.bottom) for r in rules if not r.horizontal)
    columns: list[list[tuple[float, float, float]]] = []
    for p in pieces:
        if columns and p[0] - columns[-1][-1][0] <= tol:
            columns[-1].append(p)
        else:
            columns.append([p])
    out: list[list[float]] = []
    for col in columns:
        start = len(out)
        for x, top, bottom in sorted(col, key=lambda p: p[1]):
            if len(out) > start and top <= out[-1][2] + tol:
                out[-1][2] = max(out[-1][2], bottom)
            else:
                out.append([x, top, bottom])
    return [(top, bottom, x) for x, top, bottom in out]


def column_fences(rules: Sequence[Ruling], tol: float = 3.0, min_height: float = 20.0) -> list[tuple[Box, list[float]]]:
    """Boxes of tables drawn by three or more vertical rules ending at one height, with the rules' x positions
    (the rules between the columns under a spanning header label start lower than the others)."""
    vs = sorted((v for v in joined_verticals(rules) if v[1] - v[0] >= min_height), key=lambda v: v[1])
    groups: list[list[tuple[float, float, float]]] = []
    for v in vs:
        if groups and v[1] - groups[-1][0][1] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    out = []
    for g in groups:
        xs = merged_positions([x for _, _, x in g])
        if len(xs) >= 3:
            out.append(((xs[0], min(t for t, _, _ in g), xs[-1], max(b for _, b, _ in g)), xs))
    return out


def _inside(ln: TextLine, box: Box, pad: float = 2.0) -> bool:
    cy = (ln.top + ln.bottom) / 2
    return box[0] - pad <= ln.x0 and ln.x1 <= box[2] + pad and box[1] - pad <= cy <= box[3] + pad



def _fence_channels(xs: Sequence[float]) -> list[tuple[float, float]]:
    return [(x - 0.5, x + 0.5) for x in xs[1:-1]]


def _band_breaks(lines: Sequence[TextLine], box: Box, top: float, bottom: float, usual: float) -> bool:
    """The band between two rules of a stack holds no table row: nothing (the empty paragraph between two
    tables), a caption, running text as wide as the table, a heading in a band taller than the rows, or a
    heading between two tables that each have one rule under their header (:func:`_heading_inside`)."""
    inside = _band_lines(lines, box, top, bottom)
    if not inside:
        return True
    if _heading_inside(inside) or _next_header_inside(inside):
        return True
    width = box[2] - box[0]
    one_cells = 0
    pitch = lines_ink_pitch(inside)  # a short line's word space measured by the band's pitch (monospaced, OCR)
    for ln in inside:
        one_cell = one_segment(ln, pitch)  # no column gap: a caption, a heading, running text
        one_cells += one_cell
        if one_cell and NUMBERED_CAPTION.match(ln.text):
            return True
        amounts = sum(1 for w in ln.words if AMOUNT.match(w.text))
        # a row of narrow cells may leave no wide gap, but it carries amounts side by side
        if ln.x1 - ln.x0 >= 0.85 * width and one_cell and amounts < 2:
            return True
    return one_cells == len(inside) and bottom - top > 2 * usual


def _heading_inside(inside: Sequence[TextLine]) -> bool:
    """A line of the band is a heading set between table lines: one segment opening with a capital or a digit,
    in a type size other than the band's usual one, set off from the line above by more than any two lines above
    it are apart ("DAFTAR TABEL" between a list of contents and a list of tables, each ruled under its header
    only). A line opening in lower case is a wrapped cell's rest (a line OCR missed above it leaves the gap)."""
    if len(inside) < 3:
        return False
    usual = statistics.median(ln.size for ln in inside)
    for k in range(2, len(inside)):
        ln = inside[k]
        before = [inside[j + 1].top - inside[j].bottom for j in range(k - 1)]
        if (abs(ln.size - usual) >= 0.5 and one_segment(ln) and not ln.words[0].text[:1].islower()
                and ln.top - inside[k - 1].bottom > max(before) + 0.5 * ln.height):
            return True
    return False


def _next_header_inside(inside: Sequence[TextLine]) -> bool:
    """The band ends with a bold header across several columns, under regular lines: the rule below it is the
    rule under the next table's header (tables ruled under their header only, one under the other), not a rule
    between two rows of one table."""
    k = len(inside)
    while k > 0 and inside[k - 1].bold:
        k -= 1
    head = inside[k:]
    return (0 < k < len(inside) and any(not one_segment(ln) for ln in head)
            and not any(AMOUNT.match(w.text) for ln in head for w in ln.words))


def _text_then_header(lines: Sequence[TextLine], box: Box, top: float, bottom: float) -> bool:
    """The band ends with the next table's header (:func:`_next_header_inside`) right under a line of running
    text (one segment, across half the stack's width or more): the rule under it closes that header, not this
    table's last row (the rest of a row a page break cut, a sentence, the next table's header)."""
    inside = _band_lines(lines, box, top, bottom)
    k = len(inside)
    while k > 0 and inside[k - 1].bold:
        k -= 1
    if not 0 < k < len(inside) or not _next_header_inside(inside):
        return False
    text = inside[k - 1]
    return one_segment(text) and text.x1 - text.x0 >= 0.5 * (box[2] - box[0])


def _caption_band(lines: Sequence[TextLine], box: Box, top: float, bottom: float) -> bool:
    """The band holds a numbered caption ("Tabel 3.2 …") as a line of its own: no row of a table."""
    return any(one_segment(ln) and NUMBERED_CAPTION.match(ln.text) for ln in _band_lines(lines, box, top, bottom))


def _text_before_header(lines: Sequence[TextLine], box: Box, ys: Sequence[float], k: int) -> bool:
    """Band ``k`` of the stack holds running text only (lines of one segment, with no number in a column of its
    own), and the bands after it open another header before any row of data: a row of column numbers
    ("(1) (2) (3)"), or a line opening with the words the stack's first line opens with. Two tables ruled
    alike, one under the other, with a sentence between them and no caption."""
    inside = _band_lines(lines, box, ys[k], ys[k + 1])
    if not inside or not all(one_segment(ln) for ln in inside) or sum(len(ln.words) for ln in inside) < 6:
        return False
    first = next((ln for ln in lines if _inside(ln, box)), None)
    opening = [w.text.casefold() for w in first.words[:2]] if first is not None else []
    for a, b in zip(ys[k + 1: k + 5], ys[k + 2: k + 6], strict=False):
        band = _band_lines(lines, box, a, b)
        if any(numbers_line(ln) for ln in band):
            return True
        if band and len(opening) == 2 and [w.text.casefold() for w in band[0].words[:2]] == opening:
            return True
        if any(data_line(ln) for ln in band):
            return False
    return False


def _text_outside_frames(lines: Sequence[TextLine], rules: Sequence[Ruling], box: Box, top: float, bottom: float,
                         run: Sequence[float]) -> bool:
    """The stack's last band holds lines beside no side of the frame of the table above it (:func:`_outside_frames`):
    a signature block, a title under a boxed table, the last rule the top of the next table's frame. An empty band
    there is the white between two framed pieces of one table (a row the page break cut, boxed apart), and a run
    opened by the band's own top rule is the next table itself: its header band stays with it."""
    return len(run) >= 2 and bool(_band_lines(lines, box, top, bottom)) and _outside_frames(rules, box, top, bottom)


def _text_between_frames(lines: Sequence[TextLine], rules: Sequence[Ruling], box: Box, top: float,
                         bottom: float) -> bool:
    """The stack's last band lies outside the frames (:func:`_outside_frames`), holds text of one segment a line (a
    signature, a title) and the next frame opens at its bottom rule (:func:`_frame_opens`): that rule is the top of
    the next table, not the foot of this one's last row (an empty band is the white between two parts of one
    table, whose next part a page break cuts)."""
    inside = _band_lines(lines, box, top, bottom)
    return (bool(inside) and all(one_segment(ln) for ln in inside) and _outside_frames(rules, box, top, bottom)
            and _frame_opens(rules, box, bottom))


def split_stack(lines: Sequence[TextLine], box: Box, ys: list[float],
                rules: Sequence[Ruling] = ()) -> list[tuple[Box, list[float]]]:
    """A stack of rules cut where a band between two of them is no table row (:func:`_band_breaks`,
    :func:`_outside_frames`): two tables of one width printed one under the other, with a caption or a
    paragraph between."""
    runs: list[list[float]] = [[ys[0]]]
    usual = statistics.median(b - a for a, b in zip(ys, ys[1:], strict=False))
    pad = _usual_padding(lines, box, ys)
    for k, (a, b) in enumerate(zip(ys, ys[1:], strict=False)):
        # the last band is the table's last row, never the gap before another table, unless it holds a caption
        # (a table's caption printed below it, above the next table ruled alike) or holds text below the frame of
        # the table it would end (:func:`_text_outside_frames`, :func:`_text_between_frames`)
        last = len(ys) - k - 2 < 1
        if (last and (_caption_band(lines, box, a, b) or _text_then_header(lines, box, a, b)
                      or _text_outside_frames(lines, rules, box, a, b, runs[-1])
                      or _text_between_frames(lines, rules, box, a, b)
                      or next_frame_header(lines, rules, box, a, b) or next_ruled_header(lines, box, a, b)
                      or _set_off(lines, box, a, b, pad))) or (not last and (
                _band_breaks(lines, box, a, b, usual) or _outside_frames(rules, box, a, b)
                or _set_off(lines, box, a, b, pad) or _text_before_header(lines, box, ys, k))):
            runs.append([b])
        else:
            runs[-1].append(b)
    return [((box[0], r[0], box[2], r[-1]), r) for r in runs if len(r) >= 2]


def _usual_padding(lines: Sequence[TextLine], box: Box, ys: Sequence[float]) -> float:
    """The usual white between a rule and the first line of the band under it (a cell's top padding)."""
    pads = [band[0].top - a for a, b in zip(ys, ys[1:], strict=False) if (band := _band_lines(lines, box, a, b))]
    return statistics.median(pads) if pads else 0.0


def _set_off(lines: Sequence[TextLine], box: Box, top: float, bottom: float, pad: float) -> bool:
    """The band holds lines of one segment each (running text, a caption), its first set off from the rule above
    by a line's height more than a cell's padding: a paragraph after a table, not a row's cell."""
    inside = _band_lines(lines, box, top, bottom)
    return (bool(inside) and all(one_segment(ln) for ln in inside)
            and inside[0].top - top > pad + max(inside[0].height, 4.0))


def _run(lines: Sequence[TextLine], spacing: float) -> bool:
    return all(b.top - a.bottom <= spacing for a, b in zip(lines, lines[1:], strict=False))


def _paddings(lines: Sequence[TextLine], box: Box, ys: Sequence[float]) -> tuple[float, float, float]:
    """The widest white a stack shows under a rule (to its band's first line), over one (from its band's last
    line) and between two lines of one band."""
    if len(ys) < 2:  # a lone rule: a line's height, half of one between lines
        size = statistics.median(ln.size for ln in lines) if lines else 0.0
        return size, size, 0.5 * size
    under, over, inner = 0.0, 0.0, 0.0
    for a, b in zip(ys, ys[1:], strict=False):
        band = _band_lines(lines, box, a, b)
        if band:
            under, over = max(under, band[0].top - a), max(over, b - band[-1].bottom)
            inner = max([inner, *(d.top - c.bottom for c, d in zip(band, band[1:], strict=False))])
    return under, over, inner


def open_ends(lines: Sequence[TextLine], box: Box, ys: list[float],
              carry: PageTable | None, lead: tuple[float, float] | None = None) -> tuple[Box, list[float], bool, None]:
    """A stack with the row a page break cut taken in: the stack's box and rules, the bottom (and top) moved to
    the lines it took in, and whether it took in lines above its first rule.

    A browser draws no rule where a page break cuts a table: the last row on the page has no rule under it,
    and its rest on the next page none over it. Lines below the last rule, as close under it as a band's
    first line is under its rule, running line under line within the table's width to the page's last line,
    are that row (one row: :func:`~.band_rows.one_row`); lines above the first rule, from the page's first line down, as close over it as a band's
    last line is over its rule, are the rest of a row, when the page before ended with a table as wide
    (``carry``)."""
    under, over, inner = _paddings(lines, box, ys)
    if not under:
        return box, ys, False, None
    within = lambda ln: box[0] - 2.0 <= ln.x0 and ln.x1 <= box[2] + 2.0  # noqa: E731
    size = statistics.median(ln.size for ln in lines)
    spacing = max(inner, 0.3 * size) + 1.0  # a cell's lines are set close, by its leading
    below = [ln for ln in lines if (ln.top + ln.bottom) / 2 > ys[-1]]
    if (below and all(within(ln) for ln in below) and below[0].top - ys[-1] <= under + 1.0 and _run(below, spacing)
            and one_row(below)  # one row, not a body left unruled under a header rule
            and not _band_breaks(below, box, ys[-1], below[-1].bottom + 1.0, max(below[-1].bottom - ys[-1], 1.0))):
        ys = [*ys, below[-1].bottom + 0.5]
    above = [ln for ln in lines if (ln.top + ln.bottom) / 2 < ys[0]]
    # (a bold line over the first rule is the header repeated, over a body a header rule leaves unruled)
    opened = bool(above and _continues_carry(box, carry) and not all(ln.bold for ln in above)
                  and all(within(ln) for ln in above)
                  and ys[0] - above[-1].bottom <= over + 1.0 and _run(above, spacing) and one_row(above)
                  # no caption, no sentence across the table: the text before the next table, not a row's rest
                  and not _band_breaks(above, box, above[0].top - 1.0, ys[0], max(ys[0] - above[0].top, 1.0)))
    if opened:
        ys = [above[0].top - 0.5, *ys]
    elif lead is not None and _header_rest(above, lead, within, ys[0], over, spacing):
        ys = [above[0].top - 0.5, *ys]  # a header the page break cut: its start (the lead) and rest above the rule
    return (box[0], ys[0], box[2], ys[-1]), ys, opened, None


def _header_rest(above: Sequence[TextLine], lead: tuple[float, float], within: Callable[[TextLine], bool],
                 first: float, over: float, spacing: float) -> bool:
    """``above`` (the lines over a stack's first rule) are a header's start the page before left (set above this
    page's first line, from ``lead[0]`` to ``lead[1]``: :func:`~.page.shift_above`) and its rest: they begin with
    the lead, run line under line (this page's) within the stack's width, and end as close over the rule as a
    band's last line, or by less than half its line's height (a header row the break split stands taller here
    than its lines fill: its cells in two bands, "Kondisi Awal (2020)" over the years of a spanned "Target", the
    row's padding measured to the tallest cell's last line, no blank line of text before the rule)."""
    rest = [ln for ln in above if ln.top > lead[1]]
    return bool(above and above[0].top <= lead[0] + 0.5 and all(within(ln) for ln in above)
                and first - above[-1].bottom <= max(over + 1.0, 0.5 * above[-1].height) and _run(rest, spacing))


def _led_fence(lines: Sequence[TextLine], box: Box, lead: tuple[float, float] | None) -> Box:
    """A page's first fence of vertical rules (``box``) reaching up over the lead (a header's start the page
    before left, set above this page's first line between ``lead[0]`` and ``lead[1]``: :func:`~.page.shift_above`)
    when nothing else stands between them and the lead lies within the fence's width: the header and the
    row's start the page break cut off, the rest of the fence here (its rules begin under the lead)."""
    if lead is None:
        return box
    above = [ln for ln in lines if (ln.top + ln.bottom) / 2 < box[1]]
    if (not above or above[0].top > lead[0] + 0.5 or any(ln.top > lead[1] + 0.5 for ln in above)
            or not all(box[0] - 2.0 <= ln.x0 and ln.x1 <= box[2] + 2.0 for ln in above)):
        return box
    return (box[0], min(box[1], above[0].top - 0.5), box[2], box[3])


def _lone_first_rule(rules: Sequence[Ruling], stacks: Sequence[tuple[Box, list[float]]],
                     carry: PageTable | None) -> list[tuple[Box, list[float]]]:
    """The page's first horizontal rule, as wide as the table the page before ended with and in no stack: the
    rule under the rest of that table's last row, when nothing else of it is left (:func:`open_ends`; no line
    right under it, :func:`_line_under`)."""
    hs = sorted((r for r in rules if r.horizontal and r.x1 - r.x0 >= MIN_RULE_WIDTH), key=lambda r: r.top)
    if carry is None or not hs:
        return []
    first = hs[0]
    y = (first.top + first.bottom) / 2
    box = (first.x0, y, first.x1, y)
    if not _continues_carry(box, carry) or any(b[1] - 1.0 <= y <= b[3] + 1.0 for b, _ in stacks):
        return []
    return [(box, [y])]


def _line_under(lines: Sequence[TextLine], y: float) -> bool:
    """A line starts within a line's height under the rule at ``y``: the rule is no table's last (a header rule
    over a body left unruled)."""
    return any(y - 1.0 <= ln.top <= y + max(ln.height, 4.0) for ln in lines)


def _header_band(lines: Sequence[TextLine], box: Box, ys: Sequence[float]) -> bool:
    """The band between two rules holds a header: its lines bold, the first across columns."""
    band = _band_lines(lines, box, ys[0], ys[-1])
    return bool(band) and all(ln.bold for ln in band) and not one_segment(band[0])


def _next_header_over_rule(region: Sequence[TextLine], rule_y: float) -> int:
    """How many of the last lines of ``region`` (a band opening the page, the rest of the table the page before
    ended, down to the rule at ``rule_y``) are the next table's header: bold lines, the others not, set right over
    the rule and apart from the lines above by more white than those lines have between them (the rule under
    them is the next table's header rule, "Program  Anggaran  Keterangan" over its rows). 0: none."""
    k = len(region)
    while k > 0 and region[k - 1].bold:
        k -= 1
    if k == len(region) or k < 2 or any(ln.bold for ln in region[:k]):
        return 0
    spacing = max(b.top - a.bottom for a, b in zip(region[:k], region[1:k], strict=False))
    head = region[k:]
    if head[0].top - region[k - 1].bottom <= spacing + 0.5 * head[0].height:
        return 0
    return len(head) if rule_y - head[-1].bottom <= 1.5 * head[-1].height else 0


def _continues_carry(box: Box, carry: PageTable | None) -> bool:
    return carry is not None and abs(box[0] - carry.x0) <= 6.0 and abs(box[2] - carry.x1) <= 6.0


def carried_channels(region: Sequence[TextLine], box: Box, gaps: list[tuple[float, float]],
                     carry: PageTable | None, *, more: bool = False) -> list[tuple[float, float]] | None:
    """The previous page's column channels, when this page's part of the table shows fewer of its own.

    A table continued on the next page may leave a column empty there (the "No" column under cells merged
    down): the part on this page, as wide as the part before, keeps the columns of the part before where
    no word of this page crosses them. So does a part opening the page (``more``) showing more channels than the
    part before and no bold (header) line: a justified cell's stretched word spaces open white of their own in a
    row or two; but not under a part before of a header over one row (:func:`thin_part`).
    """
    if carry is None or not carry.channels or not _continues_carry(box, carry):
        return None
    if len(gaps) == len(carry.channels) or (len(gaps) > len(carry.channels)
                                            and (not more or any(ln.bold for ln in region))):
        return None  # as many columns of its own; or more, and a header of its own
    if more and len(gaps) > len(carry.channels) and thin_part(carry, region, gaps):
        return None  # the part before, a header over a row, left columns empty that this page's rows show
    spans = [(w.x0, w.x1) for ln in region for w in ln.words]
    narrowed = narrow_channels(carry.channels, spans)
    if any(a < (x + y) / 2 < b for a, b in narrowed for x, y in spans):
        return None
    return narrowed


#: a page's part of a table, this many lines long at least, shows its columns down enough rows to be trusted over
#: those of a part before that held a header and one row
_LEAST_OWN_LINES = 3


def thin_part(carry: PageTable, region: Sequence[TextLine], gaps: Sequence[tuple[float, float]]) -> bool:
    """The part before (``carry``) was a header over one body row at most, and this page's part (``region``, its
    channels ``gaps``) keeps every channel of it and adds its own down several lines: a table opening at a page's
    foot with one row shows only the columns that row fills (a budget's total row, its output columns empty), and
    the header's labels spanning those empty columns part nothing; this page's rows show them."""
    body = [r for r in carry.table.rows if not r.is_header]
    kept = all(any(a < y and x < b for a, b in gaps) for x, y in carry.channels)
    return len(body) <= 1 and kept and len(region) >= _LEAST_OWN_LINES


def _merged_down(band: Sequence[TextLine], carry: PageTable | None) -> bool:
    """``band``, lines between two rules under a table the page before ended (``carry``), is a row whose first
    cells are merged down from the row above (a cascading table's next sub-activity, its names in the last two
    columns only): no line bold, no word in the table's first column, as a header (its "No" label) or a new
    table has."""
    if carry is None or not carry.channels or not band or any(ln.bold for ln in band):
        return False
    return all(w.x0 >= carry.channels[0][1] - 1.0 for ln in band for w in ln.words)


def _at_cut(y: float, cuts: Sequence[float]) -> bool:
    """``y`` is a rule :func:`~.open_frames.closed_frames` drew back in where a page break left a frame open."""
    return any(abs(y - c) <= 1.0 for c in cuts)


def half_ruled_tables(
    lines: Sequence[TextLine],
    rules: Sequence[Ruling],
    *,
    page_no: int | None,
    strategy: str,
    vocab: Vocabulary | None = None,
    carry: PageTable | None = None,
    lead: tuple[float, float] | None = None,
) -> tuple[list[PageTable], list[TextLine]]:
    """Tables ruled one way only on a page (see the module), and the lines left over; ``carry`` is the table
    that ended the page before (:func:`carried_channels`); ``lead``: the page's lines begin with the start of a
    header the page before left open, set above them between these heights (:func:`open_ends`)."""
    tables: list[PageTable] = []
    used: set[int] = set()
    raw = lines_only(rules)
    rules, holes_at = joined_pieces(raw)
    # a frame a page break left open: closed where its sides stop (at ``cuts``)
    rules, cuts = closed_frames(rules, MIN_RULE_WIDTH)
    stacks = [part for box, ys in rule_stacks(rules, min_rules=2) for part in split_stack(lines, box, ys, rules)]
    stacks += _lone_first_rule(rules, stacks, carry)
    # one band between two rules is a table only as the rest of the table the page before ended with, or as a
    # header over the row the page break cut or over nothing (its body on the next page)
    top = min((ln.top for ln in lines), default=0.0)
    found = []
    for box, ys in stacks:
        opened = open_ends(lines, box, ys, carry, lead)
        # a stack opened by the rest of the page before's last row over its first rule starts at the page top too,
        # when that rest holds no bold line (a header) and the band under the rule is a row of data
        band = _band_lines(lines, box, *ys) if len(ys) == 2 else []
        rest_over_row = (opened[2] and len(ys) == 2 and (any(data_line(ln) for ln in band) or _merged_down(band, carry))
                         and not any(ln.bold for ln in lines if (ln.top + ln.bottom) / 2 < ys[0]))
        # one band framed, the frame open at a page break (a part of a table its author split, cut by the page)
        cut_frame = len(ys) == 2 and any(_at_cut(y, cuts) for y in ys)
        if (len(ys) >= 3 or cut_frame or (_continues_carry(box, carry) and (box[1] <= top + 2 or rest_over_row))
                or (len(ys) == 1 and opened[2] and not _line_under(lines, ys[0]))
                or (len(ys) == 2 and _header_band(lines, box, ys)
                    and (len(opened[1]) > 2 or not any((ln.top + ln.bottom) / 2 > ys[-1] for ln in lines)))):
            # the row under the last rule taken in (ys grown at the bottom): the page break cut the table's last row
            open_bottom = len(opened[1]) > len(ys) + opened[2]
            found.append((*opened, open_bottom))
    fences = column_fences(rules)
    found += [(_led_fence(lines, box, lead) if k == 0 else box, None, False, xs, False)
              for k, (box, xs) in enumerate(fences)]
    for box, ys, open_top, xs, open_bottom in sorted(found, key=lambda f: f[0][1]):
        idx = [k for k, ln in enumerate(lines) if k not in used and _inside(ln, box)]
        if ys is not None and len(ys) == 2 and carry is not None and not tables and idx and not idx[0]:
            idx = idx[: len(idx) - _next_header_over_rule([lines[k] for k in idx], ys[-1])]
        region = [lines[k] for k in idx]
        if len(region) < (1 if ys is not None and len(ys) == 2 else 2):  # one line: a header, a row's rest
            continue
        carried = above = None
        joints = rule_joints(raw, box, ys) if ys is not None else []
        if joints:
            gaps, hrules = _fence_channels([box[0], *joints, box[2]]), rules
        elif ys is not None:
            gaps = stretched_channels_dropped(region, merge_exclusive_columns(region, row_channels(region, ys)))
            gaps = unlabelled_columns_dropped(region, gaps, body_start(region, ys))
            gaps = numbered_columns_split(region, unnumbered_columns_dropped(region, gaps))
            carried = carried_channels(region, box, gaps, carry, more=True) if not tables and not idx[0] else None
            if carried is None and not tables and not idx[0] and _at_cut(ys[0], cuts):
                # a frame's rest opening the page (its top cut): a row or two, read by the columns of the part
                # the page before ended with where no word crosses them
                carried = carried_channels(region, box, [], carry)
            # a part without header under a table as wide on this page (a table its author split, an empty
            # paragraph between) keeps that table's columns where it leaves some empty
            above = (carried_channels(region, box, gaps, tables[-1])
                     if carried is None and tables and not any(ln.bold for ln in region) else None)
            gaps = carried or above or gaps
            hrules = rules if rules_part_rows(region, ys) else ()
        else:
            gaps, hrules = _fence_channels(xs), ()
        if ys is not None and len(ys) == 2 and any(_at_cut(y, cuts) for y in ys):
            hrules = ()  # one band framed, the frame cut by a page break: its rows come from the text
        if not gaps:
            continue
        body = [ln for ln in region if ys is None or ln.top >= body_start(region, ys) - 1.0] or region
        seps = joints or (within_bounds(region, gaps, cell_borders(body, gaps)) if ys is not None else None)
        # the page's first lines, under a table the page before ended or between vertical rules alone (no rule
        # closes a row): maybe the rest of the last row of the page before
        cut_first = open_top or (not tables and not idx[0] and (carry is not None or ys is None))
        pt = region_table(region, hrules, page_no, strategy, gaps, vocab, trusted=True, seps=seps, holes_at=holes_at,
                          open_top=open_top, cut_first=cut_first)
        if pt is None:
            continue
        pt.x0, pt.x1 = min(pt.x0, box[0]), max(pt.x1, box[2])
        pt.carried = carried is not None or open_top
        pt.part_below = above is not None  # its rows are the body of the table above (set only when not carried)
        pt.open_bottom = open_bottom
        tables.append(pt)
        used.update(idx)
    return tables, [ln for k, ln in enumerate(lines) if k not in used]
