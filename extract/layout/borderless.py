"""Borderless tables, found by text alignment (:func:`find_text_tables`).

White channels between columns (plus the gaps only the body or a column-number
row shows, :func:`body_channels`; minus channels splitting one column,
:func:`merge_exclusive_columns`) mark a table region; a heading set off by a
blank line ends it. Its lines are cut into cells at the channels and grouped
into rows by :mod:`.rows` (or by horizontal rulings when there are any). A
borderless table ending a page lends its columns to the top of the next
(``carry``, its gaps narrowed to that page's text, :func:`narrow_channels`).
"""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Sequence

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.carried_region import carried_region, unread_rest
from lkjip.extract.layout.channels import (
    cut_at_shade,
    flush_gutters,
    gaps_of,
    header_only_channels,
    label_edge_channels,
    narrowed,
    off_pitch_channels,
    right_edge_channels,
    shaded_channels,
    spans_in_channels,
    untouched,
    word_space,
)
from lkjip.extract.layout.columns_cut import (
    aligned_seps,
    currency_columns_joined,
    empty_columns_merged,
    merge_exclusive_columns,
)
from lkjip.extract.layout.columns_cut import (
    channel_bounds as channel_bounds,  # half_ruled moves its borders by it
)
from lkjip.extract.layout.cues import COLUMN_NO, is_numeric_token, whole_amount_text
from lkjip.extract.layout.cut_lead import cut_row_lead
from lkjip.extract.layout.edge_starts import edge_channels
from lkjip.extract.layout.geometry import (
    Ruling,
    TextLine,
    Word,
    lines_only,
    mono_space,
    shaded,
    short_of_pitch,
    vertical_runs,
)
from lkjip.extract.layout.header_gaps import body_white, header_channels
from lkjip.extract.layout.joint_columns import joint_columns, pieced_joints, run_on
from lkjip.extract.layout.justified import (
    JOINED,
    PINNED,
    SEGMENT_EM,
    STRETCHED,
    after_stretched_run,
    carried_stretched,
    even_spaced,
    header_pinned,
    joined,
    pinned,
    stretched_spaces,
    word_space_of,
)
from lkjip.extract.layout.justified_columns import (
    numbered_columns_split,
    unlabelled_columns_dropped,
    unnumbered_columns_dropped,
)
from lkjip.extract.layout.key_pins import key_pinned
from lkjip.extract.layout.page_table import PageTable, mark_bold_header
from lkjip.extract.layout.region_ends import (
    band_opens,
    body_line,
    closes_inner_gap,
    framed_blank,
    new_table_below,
    other_type_below,
    text_below,
    thick_band_opens,
)
from lkjip.extract.layout.rows import group_rows
from lkjip.extract.layout.ruled_header import ruled_header_below
from lkjip.extract.layout.shade_borders import shaded_border_words
from lkjip.extract.layout.words import Tail, Vocabulary, cell_tail, lines_text

#: how far apart two words' edges may lie and still be one aligned edge, in pt
_EDGE_TOL = 0.6


def segments(line: TextLine) -> list[list[Word]]:
    """Split a line into segments at gaps wider than ~1.2 em (a column gap, not a word space, nor a justified
    line's stretched space: :mod:`.justified`)."""
    segs: list[list[Word]] = [[line.words[0]]]
    for prev, w in zip(line.words, line.words[1:], strict=False):
        if (w.x0 - prev.x1 > SEGMENT_EM * max(prev.size, w.size, 4.0) and not joined(w)) or pinned(w):
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def channel_spans(line: TextLine, gaps: Sequence[tuple[float, float]], size: float) -> list[tuple[float, float]]:
    """:func:`seg_spans`, a segment cut too where a word gap of half an em or more lies in a known channel.

    A narrow "No" column's key may end less than a segment gap before the next
    column's text ("1 Meningkatnya …"); where the header showed the channel
    between the two columns, that gap is the channel, not a word space (nor is a justified line's stretched
    space that the channel of a header label holds, :mod:`.justified`).
    """
    out = []
    # more than a word space: half an em, or a monospaced font's space (0.6 em) and a hair
    pitch = mono_space(line)
    least = max(0.5 * size, 1.02 * pitch)
    for seg in segments(line):
        start = seg[0]
        # a justified line stretched a little (less than stretched_spaces looks at): its spaces, not the channel
        even = even_spaced(seg, least, STRETCHED * word_space_of(line))
        for k, (p, w) in enumerate(zip(seg, seg[1:], strict=False), start=1):
            held = [g1 for g0, g1 in gaps if p.x1 < g1 - 0.5 and w.x0 > g0 + 0.5]
            # ... unless the word starts where the channel ends: the next column's edge, its cells start there
            # (white clearly short of a monospaced font's pitch is no word space either: cells set flush)
            # (or narrower than the stretched spaces of the justified line it ends: the next cell set flush)
            wide = w.x0 - p.x1 >= least or short_of_pitch(p, w, pitch) or after_stretched_run(
                seg, k, least, word_space_of(line))
            if (wide and not joined(w) and held
                    and (k not in even or any(abs(w.x0 - g1) <= _EDGE_TOL for g1 in held))):
                out.append((start.x0, p.x1))
                start = w
        out.append((start.x0, seg[-1].x1))
    return out


def seg_spans(line: TextLine) -> list[tuple[float, float]]:
    return [(min(w.x0 for w in seg), max(w.x1 for w in seg)) for seg in segments(line)]


def _crosses(spans: Sequence[tuple[float, float]], gaps: Sequence[tuple[float, float]], tol: float = 2.0) -> bool:
    """Some span reaches into one of the gaps (a line running across the columns)."""
    return any(a < g1 - tol and b > g0 + tol for a, b in spans for g0, g1 in gaps)


def body_channels(region: Sequence[TextLine], gaps: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Add the column gaps that only the body shows.

    A region's channels grow from its first line, so a group label spanning
    two columns in the header ("Tahun 2023" over "Target | Realisasi") hides
    the gap between them. The body lines (below the header: the lines in
    regular weight under a bold header, else from the first line with a
    number) show it: a gap of at least one em that no body segment crosses,
    inside what the header took for one column, is a column gap too (one
    body line of several segments shows it: a page may hold one row only).
    """
    bold_head = not all(ln.bold for ln in region)
    body = [ln for ln in region if not ln.bold] if bold_head else []
    if not body:
        first = next((k for k, ln in enumerate(region) if any(is_numeric_token(w.text) for w in ln.words)), None)
        body = list(region[first:]) if first is not None else []
    spans = [sp for ln in body for sp in seg_spans(ln)]
    out = list(gaps)
    multi = [ln for ln in body if len(segments(ln)) >= 2]
    if len(multi) >= 1:
        size = statistics.median(ln.size for ln in multi)
        lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
        inner = [g for g in gaps_of(spans, size) if lo < g[0] and g[1] < hi]
        out += [g for g in inner if not any(g[0] < b and g[1] > a for a, b in gaps)]
        # a row of column numbers left-aligned over amounts aligned right meets the body's white inside a column
        head = [ln for ln in region if not any(ln is b for b in body) and not numbers_row(ln)]
        # a header gap may stand over body white narrower than an em (two narrow centred columns side by side)
        narrow = [g for g in body_white(body, size) if lo < g[0] and g[1] < hi]
        out += header_channels(head, narrow, out, size)
    out = sorted(out + edge_channels(body, out))
    out = sorted(out + off_pitch_channels(body, out))
    out = sorted(out + label_edge_channels([ln for ln in region if not any(ln is b for b in body)], body, out))
    out = right_edge_channels(body, out, [ln for ln in region if not any(ln is b for b in body)])
    # a row of column numbers ("1 2 3 … 11") shows every column, however narrow, where no body word lies
    # (a narrow "No" column's keys sit within a word space of the next column's text: "1 Mening")
    word_spans = [(w.x0, w.x1) for ln in body for w in ln.words]
    for ln in region:
        if not numbers_row(ln):
            continue
        nums = ln.words
        for a, b in zip(nums, nums[1:], strict=False):
            # the white part just left of a left-aligned column's number ("2") when the body puts a right-aligned
            # key of the column before inside the gap ("1 2" over "   1 Meningkatnya")
            if any(x < b.x0 - 1 < y for x, y in word_spans):
                continue
            g = (max([a.x1] + [y for x, y in word_spans if a.x1 < y <= b.x0]), b.x0)
            free = not any(g[0] < y and g[1] > x for x, y in out) and not any(x < g[1] and y > g[0] for x, y in word_spans)
            if g[1] - g[0] >= 0.3 * ln.size and free:
                out.append(g)
    return sorted(out)


def numbers_row(line: TextLine) -> bool:
    """A row of three column numbers or more counting up by one ("1 2 3", "(1) (2) (3)")."""
    nums = line.words
    if len(nums) < 3 or not all(COLUMN_NO.match(w.text) for w in nums):
        return False
    first = int(nums[0].text.strip("()"))
    return [int(w.text.strip("()")) for w in nums] == list(range(first, first + len(nums)))


def find_text_tables(
    lines: Sequence[TextLine],
    rules: Sequence[Ruling] = (),
    *,
    page_no: int | None = None,
    strategy: str = "text",
    vocab: Vocabulary | None = None,
    carry: PageTable | None = None,
) -> tuple[list[PageTable], list[TextLine]]:
    """Find borderless tables by text alignment; return them and the lines left over.

    ``carry`` is a borderless table that ended the previous page: lines at the
    top of this page that fit its column channels continue it, with its columns
    (a page may hold too few rows to show every column gap by itself).

    A region starts at a line with several segments (separated by column-wide
    gaps) and grows line by line while the white channels between its columns
    survive: a multi-segment line may close some channels but not all, a
    single-segment line (a wrapped cell) may narrow a channel but not close
    one — a full-width paragraph or the next caption ends the table. A
    region is a table when at least three of its lines have several segments
    and either two rows carry a number, horizontal rules cross it (three
    columns or more), or it has four columns and five multi-segment lines.
    A justified cell line's stretched word spaces cut no segment (:mod:`.justified`).
    """
    stretched = stretched_spaces(lines)
    if stretched and carry is not None and carry.channels:  # a page showing justified lines
        stretched |= carried_stretched(lines, carry.channels)
    pinned_words, under_header = header_pinned(lines)
    pinned_words |= key_pinned(lines)
    joined_words = stretched | under_header
    shades = shaded(rules)
    if joined_words:  # a gap holding a shaded table's column border is no stretched space
        joined_words -= shaded_border_words(lines, shades)
    # a gap where two shaded cells of the line's row meet parts them however narrow it is
    pinned_words |= shaded_border_words(lines, shades, inside=True)
    token, pins = JOINED.set(joined_words), PINNED.set(pinned_words)
    try:
        return _find_text_tables(lines, rules, page_no=page_no, strategy=strategy, vocab=vocab, carry=carry)
    finally:
        PINNED.reset(pins)
        JOINED.reset(token)


def _find_text_tables(
    lines: Sequence[TextLine],
    rules: Sequence[Ruling],
    *,
    page_no: int | None,
    strategy: str,
    vocab: Vocabulary | None,
    carry: PageTable | None,
) -> tuple[list[PageTable], list[TextLine]]:
    used: set[int] = set()
    tables: list[PageTable] = []
    shades, rules = shaded(rules), lines_only(rules)
    sides = vertical_runs(rules)
    spans = [seg_spans(ln) for ln in lines]
    i, n = 0, len(lines)
    if carry is not None and carry.channels and lines:
        space = word_space(lines)
        gutters = flush_gutters(lines, carry.channels)
        cut = [spans_in_channels(ln, carry.channels, space, gutters) for ln in lines]
        end = carried_region(lines, cut, carry)
        if end < 0:  # the rest of a table of text rows, in too few columns to be read by itself
            end = unread_rest(lines, cut, carry, lambda: _find_text_tables(
                lines, rules, page_no=page_no, strategy=strategy, vocab=vocab, carry=None)[0])
        if end >= 0:
            channels = narrow_channels(carry.channels, [sp for k in range(end + 1) for sp in cut[k]])
            channels = carried_edges(lines[: end + 1], carry.channels, channels)
            pt = region_table(lines[: end + 1], rules, page_no, strategy, channels, vocab, trusted=True, cut_first=True)
            if pt is not None:
                # the carried table spans its columns, whatever the few lines here reach
                pt.x0, pt.x1 = min(pt.x0, carry.x0), max(pt.x1, carry.x1)
                pt.carried = True
                tables.append(pt)
                used.update(range(end + 1))
                i = end + 1
    while i < n:
        if len(spans[i]) < 2 or _preamble(lines, spans, i):
            i += 1
            continue
        size = lines[i].size
        region_spans = list(spans[i])
        gaps = gaps_of(region_spans, size)
        j, last = i + 1, i
        widest_gap = 0.0
        while j < n and gaps:
            gap = lines[j].top - lines[j - 1].bottom
            # a blank of 2.5 lines ends the region, measured by the taller line (digits have a short box)
            framed = framed_blank(sides, lines[i:j], lines[j])
            if ((gap > 2.5 * max(lines[j - 1].height, lines[j].height, 4.0) and not framed) or new_table_below(lines, i, j)
                    or ruled_header_below(lines, i, j, rules)):
                break
            if len(spans[j]) == 1 and j - i >= 2 and gap > max(2.0 * lines[j - 1].height, 2.0 * widest_gap):
                break  # a line set off by a blank line, more than any two lines of the table: a heading after it
            if len(spans[j]) == 1 and text_below(lines[i:j], lines[j], gap, widest_gap):
                break  # the table's foot (no closing rule): running text after it, a signature, a title
            if len(spans[j]) >= 2 and other_type_below(lines[i:j], lines[j], gap, widest_gap):
                break  # a summary line in the page's text size under a table set smaller
            # (inside a frame whose sides run on, a band opening is the next row's shading: side bars, rows banded)
            if (j - i >= 2 and not framed and gap > widest_gap + 0.5 * lines[j].height
                    and (band_opens(shades, lines[j - 1], lines[j]) or thick_band_opens(rules, lines[j - 1], lines[j]))
                    and sum(body_line(ln) for ln in lines[i:j]) >= 2
                    and not any(is_numeric_token(w.text) for w in lines[j].words)):
                break  # a shaded header band set off by more white than any two lines of a table's body above
            widest_gap = widest_gap if framed else max(widest_gap, gap)
            sj = channel_spans(lines[j], gaps, size)
            new_gaps = narrowed(gaps, region_spans, sj, size)
            if not new_gaps:
                break
            if len(sj) >= 2:
                last = j
                # a row label spanning merged cells ("JUMLAH" over No and Uraian) keeps the channels it crosses
                crossed = [g for g in gaps if not any(g[0] < b and g[1] > a for a, b in new_gaps)]
                new_gaps = sorted(new_gaps + [g for g in crossed if _columns_beside(lines[i : j + 1], gaps, g)])
            elif j - last > 15 or (len(kept := sorted(new_gaps + untouched(gaps, new_gaps, sj))) < len(gaps)
                                   and not closes_inner_gap(lines[j], gaps, kept, region_spans, lines[j - 1])):
                break  # a single line running across a column gap: paragraph, caption
            region_spans += sj
            gaps = new_gaps
            j += 1
        # trailing single-segment lines belong to the table only if they sit inside a column, in the
        # table's type size, no further below than the lines of the table are apart (a wrapped last cell)
        end = last
        widest = max((lines[k + 1].top - lines[k].bottom for k in range(i, last)), default=0.0)
        while (
            end + 1 < j
            and not _crosses(spans[end + 1], gaps)
            and abs(lines[end + 1].size - lines[last].size) <= 0.5
            and lines[end + 1].top - lines[end].bottom <= widest + 0.5 * lines[end].height
        ):
            end += 1
        # a page's first lines under a table the page before ended: maybe the rest of its last row, also where
        # that rest shows one column only (:func:`.cut_lead.cut_row_lead`)
        starts = [i]
        if carry is not None and not used and gaps and (lead := cut_row_lead(lines, spans, i, last, gaps)) < i:
            starts.insert(0, lead)
        pt = None
        for start in starts if gaps else []:
            # a rule under the header drawn cell by cell: its joints are the columns (:mod:`.joint_columns`)
            # (and its body's wrapped lines the search by alignment left out taken in, :func:`.joint_columns.run_on`)
            at = pieced_joints(lines[start : end + 1], rules)
            grown = run_on(lines, start, end, at) if at and len(at) >= len(gaps) else end
            joints = joint_columns(lines[start : grown + 1], rules, gaps, always=grown > end)
            if joints and region_table(lines[start : end + 1], rules, page_no, strategy, gaps, vocab, shades=shades,
                                       cut_first=start == 0 and carry is not None) is None:
                joints = None  # too little of a table for the search by alignment (a header cut off at a page's foot)
            end = grown if joints else end
            pt = region_table(lines[start : end + 1], rules, page_no, strategy, joints or gaps, vocab, shades=shades,
                              cut_first=start == 0 and carry is not None, trusted=bool(joints),
                              seps=[(g0 + g1) / 2 for g0, g1 in joints] if joints else None)
            if pt is not None:
                used.update(range(start, end + 1))
                break
        if pt is not None:
            tables.append(pt)
            i = end + 1
        else:
            i += 1
    return tables, [ln for k, ln in enumerate(lines) if k not in used]


def carried_edges(
    region: Sequence[TextLine], carried: Sequence[tuple[float, float]], channels: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Carried channels, each replaced by the column edge this page's text shows inside it (:func:`edge_channels`).

    A "No" column whose keys sat left on the page before ("A.") may hold keys
    here that end just short of the next column ("1. Administrasi …"): the
    narrowed channel then lies left of the keys; the aligned edge of the next
    column puts it right of them.
    """
    body = [ln for ln in region if not ln.bold]
    out = list(channels)
    for e0, e1 in edge_channels(body, []):
        k = next((k for k, (c0, c1) in enumerate(carried) if c0 - 1 <= e0 and e1 <= c1 + 1), None)
        if k is not None:
            out[k] = (e0, e1)
    return out


def narrow_channels(
    channels: Sequence[tuple[float, float]], spans: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Carried column channels narrowed to where this page's text leaves them white.

    The previous page's rows may not have reached as far into a gap as a row
    here does ("… Lembaga Adat dan Masyarakat" running further right than any
    program name above): a segment reaching into a channel from one side moves
    that side of the channel; one crossing it whole (a spanning label) does not.
    Segments lying wholly inside a channel (keys a "No" column here holds but
    the page before did not show) go with the column their aligned edge
    names (:func:`_inside_placed`).
    """
    out = []
    for g0, g1 in channels:
        lo, hi = g0, g1
        for a, b in spans:
            if a <= g0 + 1.0 and g0 < b < g1:
                lo = max(lo, b)
            elif g0 < a < g1 and b >= g1 - 1.0:
                hi = min(hi, a)
        lo = _reached_on(lo, hi, spans)
        lo, hi = _inside_placed(lo, hi, spans)
        out.append((lo, hi) if lo < hi else (g0, g1))
    return out


def _reached_on(lo: float, hi: float, spans: Sequence[tuple[float, float]]) -> float:
    """The channel's left side moved on over segments that start inside the white the left column's text left
    and end short of the right column ("PENYELENGGARAAN" reaching into it, then "MASYARAKAT   DESA", a justified
    line's last word pushed further right): the left column's text, reaching further in step by step."""
    moved = True
    while moved:
        moved = False
        for a, b in spans:
            if a < lo - 0.5 and lo < b < hi - 1.0:
                lo, moved = b, True
    return lo


def _inside_placed(g0: float, g1: float, spans: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The channel ``(g0, g1)`` left of or right of the segments wholly inside it: two or more ending at one x
    (keys set flush right: "A." / "12.") end the column on its left, so the channel opens after them; two or
    more starting at one x, their ends ragged, open the column on its right (the channel closes before them)."""
    inside = [(a, b) for a, b in spans if g0 + 1.0 < a and b < g1 - 1.0]
    if len(inside) < 2:
        return g0, g1
    ends = max(b for _, b in inside) - min(b for _, b in inside) <= _EDGE_TOL
    starts = max(a for a, _ in inside) - min(a for a, _ in inside) <= _EDGE_TOL
    if ends and not starts:
        return max(b for _, b in inside), g1
    if starts and not ends:
        return g0, min(a for a, _ in inside)
    return g0, g1


def _columns_beside(region: Sequence[TextLine], gaps: Sequence[tuple[float, float]], g: tuple[float, float]) -> bool:
    """The columns on both sides of channel ``g`` hold words of their own (not running into a neighbouring
    channel, but for a number) on lines with a number: a line running across ``g`` is a label spanning merged cells. White that
    only a header label leaves (a label left-aligned over names centred below it, which run across it) bounds
    no column of the body."""
    k = gaps.index(g)
    left_end = gaps[k - 1][1] if k else -1e9
    right_end = gaps[k + 1][0] if k + 1 < len(gaps) else 1e9
    words = [w for ln in region if any(is_numeric_token(v.text) for v in ln.words) for w in ln.words]
    # a number may run into the channel (set right up to the next column's text): it still starts in its column
    own_left = any(left_end - 0.5 <= w.x0 and (w.x1 <= g[0] + 0.5 or (w.x0 < g[0] and is_numeric_token(w.text)))
                   for w in words)
    own_right = any(g[1] - 0.5 <= w.x0 and w.x1 <= right_end + 0.5 for w in words)
    return own_left and own_right


def _preamble(lines: Sequence[TextLine], spans: Sequence[Sequence[tuple[float, float]]], i: int) -> bool:
    """Line ``i`` is a "label : value" line ("SKPD : Dinas …", "Tahun Anggaran : 2015") over a table, not its
    first row: two segments, the second opening with a colon, the lines of that kind under it (if any) followed
    by a line of three segments or more (the table's header), none opening with a colon."""
    k = i
    while k < len(lines) and len(spans[k]) == 2 and segments(lines[k])[1][0].text.startswith(":"):
        k += 1
    # a line under them with a colon of its own goes on with the list ("6. Program … : 3.564.173.500,-")
    return (k > i and k < len(lines) and len(spans[k]) >= 3
            and not any(seg[0].text.startswith(":") for seg in segments(lines[k])))


def region_table(
    region: Sequence[TextLine],
    rules: Sequence[Ruling],
    page_no: int | None,
    strategy: str,
    gaps: Sequence[tuple[float, float]],
    vocab: Vocabulary | None = None,
    *,
    trusted: bool = False,
    seps: Sequence[float] | None = None,
    shades: Sequence[Ruling] = (),
    holes_at: dict[float, list[tuple[float, float]]] | None = None,
    open_top: bool = False,
    cut_first: bool = False,
) -> PageTable | None:
    """The table of ``region`` cut into columns at ``gaps`` (at ``seps`` inside them, when given); ``shades``: the
    page's shaded cells, whose borders are column gaps too (:func:`~.channels.shaded_channels`); ``holes_at``: per
    rule (its middle y, rounded to 0.1 pt), the stretches it leaves undrawn over cells merged down across it;
    ``open_top``: the lines above the first rule are the rest of a row the page break cut, no header; ``cut_first``:
    the first row may be the rest of one the page break cut (:func:`~.rows.group_rows`)."""
    region = header_pieces_lifted(without_repeated_header(region))
    # (a monospaced cell set flush right against the next column's amount leaves less than a segment's gap, more
    # than its pitch: a word gap that a channel of the region holds cuts it, :func:`channel_spans`)
    if not trusted and sum(1 for ln in region if len(segments(ln)) >= 2 or cut_at_shade(ln, shades)
                           or (mono_space(ln) and len(channel_spans(ln, gaps, ln.size)) >= 2)) < 3:
        return None
    x0 = min(ln.x0 for ln in region)
    x1 = max(ln.x1 for ln in region)
    if not trusted:
        gaps = merge_exclusive_columns(region, header_only_channels(region, body_channels(region, gaps)))
        gaps = unlabelled_columns_dropped(region, gaps, region[0].top)
        gaps = empty_columns_merged(region, shaded_channels(region, gaps, shades))
        gaps = numbered_columns_split(region, unnumbered_columns_dropped(region, currency_columns_joined(region, gaps)))
    seps = list(seps) if seps is not None and len(seps) == len(gaps) else aligned_seps(region, gaps)
    edges = [x0, *seps, x1]
    ncols = len(edges) - 1
    raw_rows: list[tuple[TextLine, list[list[Word]]]] = []
    for ln in region:
        cells: list[list[Word]] = [[] for _ in range(ncols)]
        for w in ln.words:
            cells[bisect.bisect_left(seps, (w.x0 + w.x1) / 2)].append(w)
        raw_rows.append((ln, cells))
    header_labels_lent(raw_rows, word_space(region))
    hrules = sorted(
        (r.top + r.bottom) / 2
        for r in rules
        if r.horizontal and r.x0 <= x0 + 10 and r.x1 >= x1 - 10 and region[0].top - 4 <= r.top <= region[-1].bottom + 4
    )
    numeric_rows = sum(1 for _, cells in raw_rows if any(is_numeric_token(w.text) for c in cells for w in c))
    # lines showing two cells or more: cut at a column gap, or at the word gap a channel of the table holds (a
    # justified cell's stretched spaces join its words; the column gap beside them may be narrower than a segment's)
    multi = sum(1 for ln in region if len(segments(ln)) >= 2 or len(channel_spans(ln, gaps, ln.size)) >= 2)
    # numbers in two rows, or an unmistakable grid: ruled rows, or many columns and lines
    if not (trusted or numeric_rows >= 2 or (len(hrules) >= 2 and ncols >= 3) or (ncols >= 4 and multi >= 5)):
        return None
    limits: dict[int, float] = {}
    text_limits: dict[int, float] = {}
    for _, cells in raw_rows:
        for k, ws in enumerate(cells):
            # a word running past the column's cut (a header spanning two columns) says nothing of where text wraps
            ws = [w for w in ws if k == ncols - 1 or w.x1 <= seps[k]]
            if ws:
                limits[k] = max(limits.get(k, 0.0), max(w.x1 for w in ws))
                if not all(is_numeric_token(w.text) for w in ws):
                    text_limits[k] = max(text_limits.get(k, 0.0), max(w.x1 for w in ws))
    # text wraps against the furthest reach of text; right-aligned numbers may reach further
    limits = {k: text_limits.get(k, v) for k, v in limits.items()}
    rows: list[TableRow] = []
    tails: list[Tail] = []
    row_bold: list[bool] = []
    holes = [(holes_at or {}).get(round(y, 1), []) for y in hrules]
    for grp in group_rows(raw_rows, hrules, holes, open_top=open_top, cut_first=cut_first):
        words = [w for _, cells in grp for c in cells for w in c if any(ch.isalnum() for ch in w.text)]
        row_bold.append(bool(words) and all(w.bold for w in words))
        texts = []
        tails = []
        top = min(ln.top for ln, _ in grp)
        bottom = max(ln.bottom for ln, _ in grp)
        for k in range(ncols):
            cell_lines = [TextLine(list(cells[k])) for _, cells in grp if cells[k]]
            # an amount a narrow column wrapped anywhere ("Rp." / "2.408.791." / "274") is one amount, not words
            whole = whole_amount_text([ln.text for ln in cell_lines]) if len(cell_lines) >= 2 else None
            texts.append(whole or (lines_text(cell_lines, limits.get(k), vocab) if cell_lines else ""))
            tails.append(cell_tail(cell_lines, limits.get(k), bottom))
        rows.append(TableRow(cells=texts, page=page_no, bbox=(x0, top, x1, bottom)))
    top, bottom = region[0].top, region[-1].bottom
    mark_bold_header(rows, row_bold)
    table = Table(rows=rows, page=page_no, bbox=(x0, top, x1, bottom), strategy=strategy)
    return PageTable(table, [round(e, 1) for e in edges], top, bottom, x0, x1, channels=list(gaps), tails=tails)


def header_labels_lent(raw_rows: Sequence[tuple[TextLine, list[list[Word]]]], space: float) -> None:
    """A column's label printed in the column before, put back (in place).

    A narrow column's label ("%" over "89,95 %") may be set closer to the label of the column before
    ("Realisasi") than the column's own amounts are, so the cut between the two columns falls right of it and
    the label joins the other one ("Realisasi %"), leaving its column's header empty. In a bold header over a
    body in regular weight, the words of a header cell after its widest gap, set apart by more than two word
    spaces and lying right of every body word of that column, go to the next column when no header line has
    a word there and the body has; so does a whole label right of every body word of its column and not past the
    next one's (labels set flush left over amounts set flush right fall in the channel before their column), the
    columns looked at from the right, a label lent on leaving its column's header empty for the one before."""
    n_head = 0
    while n_head < len(raw_rows) and raw_rows[n_head][0].bold:
        n_head += 1
    if not 0 < n_head < len(raw_rows):
        return
    head, body = raw_rows[:n_head], raw_rows[n_head:]
    ncols = len(raw_rows[0][1])
    for k in range(ncols - 2, -1, -1):  # right to left: a label lent on frees its column for the one before
        if any(cells[k + 1] for _, cells in head) or not any(cells[k + 1] for _, cells in body):
            continue
        reach = max((w.x1 for _, cells in body for w in cells[k]), default=None)
        if reach is None:
            continue
        reach_next = max(w.x1 for _, cells in body for w in cells[k + 1])
        for _, cells in head:
            ws = sorted(cells[k], key=lambda w: w.x0)
            if not ws:
                continue
            cut = max(range(1, len(ws)), key=lambda i: ws[i].x0 - ws[i - 1].x1) if len(ws) >= 2 else 0
            if cut and ws[cut].x0 - ws[cut - 1].x1 > 2 * space and ws[cut].x0 > reach:
                cells[k], cells[k + 1] = ws[:cut], ws[cut:]
            elif ws[0].x0 > reach and ws[-1].x1 <= reach_next:
                # the whole label right of its column's body and over the next one's: set flush left over
                # amounts set flush right, it stands in the channel before them ("REALISASI" over "1.234.567.890,-")
                cells[k], cells[k + 1] = [], ws


def without_repeated_header(region: Sequence[TextLine]) -> list[TextLine]:
    """The region without bold lines below its header that repeat a header line word for word.

    A header cut off at a page's foot is read with the next page (``lead``),
    whose own repeated header then stands between the cut row's first line
    and its rest; the line above it reaches down over it, so no row starts at
    the gap it leaves.
    """
    n_head = 0
    while n_head < len(region) and region[n_head].bold:
        n_head += 1
    head = {ln.text for ln in region[:n_head]}
    out = list(region[:n_head])
    for ln in region[n_head:]:
        if not (ln.bold and ln.text in head):
            out.append(ln)
        elif len(out) > n_head:  # the line above reaches down over the dropped one: no gap opens there
            out[-1] = TextLine(list(out[-1].words))
            out[-1].bottom = ln.bottom
    return out


def _aligned_with(w: Word, v: Word, tol: float = 1.0) -> bool:
    return abs(v.x0 - w.x0) <= tol or abs(v.x1 - w.x1) <= tol or abs((v.x0 + v.x1) - (w.x0 + w.x1)) <= 2 * tol


def header_pieces_lifted(region: Sequence[TextLine]) -> list[TextLine]:
    """A bold header's last words printed on the first body line, put back into the header.

    A header row repeated on a continuation page may be drawn shorter than its
    text, so its last line ("2024" of "Capaian / Tahun / 2024") shares a
    baseline with the first body line ("desa  aktif"). Bold words of the first
    line under a bold header, in a column stack of the header (aligned with a
    header word above), with no bold word of a later body line under them, go
    into the last header line of their stack.
    """
    n_head = 0
    while n_head < len(region) and region[n_head].bold:
        n_head += 1
    if not 0 < n_head < len(region):
        return list(region)
    first = region[n_head]
    bold = [w for w in first.words if w.bold and any(c.isalnum() for c in w.text)]
    rest = [w for w in first.words if not any(w is b for b in bold)]
    later = [w for ln in region[n_head + 1 :] for w in ln.words if w.bold]
    if not bold or not rest or any(_aligned_with(w, v) for w in bold for v in later):
        return list(region)
    head = [list(ln.words) for ln in region[:n_head]]
    for w in bold:
        k = next((k for k in range(n_head - 1, -1, -1) if any(_aligned_with(w, v) for v in head[k])), None)
        if k is None:
            return list(region)
        ref = region[k]
        head[k].append(Word(w.text, w.x0, ref.top, w.x1, ref.bottom, w.size, w.bold, w.conf))
    return [TextLine(ws) for ws in head] + [TextLine(rest)] + list(region[n_head + 1 :])
