"""What a page leaves open for the next: a borderless table running on, or a table header cut off.

:func:`ending_table` is the borderless table ending a page, whose columns the
next page's first lines may continue; :func:`dangling_start` is a header cut
off at the bottom of a page, read again with the next page's body;
:func:`ruled_run_on` reads the first lines of a page as the rest of a ruled
table that ended the page before, when the frame's inner rules stop with it
(or of a borderless one, above the ruled next part of the same table).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from lkjip.extract.layout.borderless import find_text_tables, narrow_channels, region_table, segments
from lkjip.extract.layout.channels import spans_in_channels, word_space
from lkjip.extract.layout.cues import CAPTION_WORD, is_numeric_token
from lkjip.extract.layout.geometry import Ruling, TextLine, one_segment
from lkjip.extract.layout.page import PageResult, shift_above, starts_page_before
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.words import Vocabulary
from lkjip.extract.stitch import has_own_header, repeated_header, values_fit


def _table_lines(res: PageResult, pt: PageTable) -> list[TextLine]:
    return [ln for ln in res.free_lines if pt.top - 0.5 <= ln.top and ln.bottom <= pt.bottom + 0.5]


def dangling_start(res: PageResult) -> tuple[list[TextLine], PageTable | None]:
    """The start of a borderless table cut off at the bottom of the page, to be read with the next page.

    Either a borderless table that ends the page and shows nothing but its
    (bold) header, or up to six lines ending the page below everything else,
    the first across several columns, printed in bold, right under a caption
    ("Tabel 3.7 …" / "NO  URAIAN  ANGGARAN  OUTPUT/" / "KELUARAN") or all the
    page holds (a header kept on its page, a first row too tall for the rest of
    it moved to the next; a scan's bold is not always seen). Returns the lines
    and the table they form here; the next page takes them only when a table
    there takes them all in.
    """
    if res.blocks is not None or not res.free_lines:
        return [], None
    last = max(res.tables, key=lambda t: t.bottom) if res.tables else None
    below = [ln for ln in res.lines if last is None or ln.top > last.bottom]
    if last is not None and last.channels and not below:
        inside_lines = _table_lines(res, last)
        if all(r.is_header for r in last.table.rows) or all(ln.bold for ln in inside_lines):
            return inside_lines, last
        return [], None
    ordered = sorted(below, key=lambda ln: ln.top)
    tail: list[TextLine] = []
    for ln in reversed(ordered):
        if not (len(segments(ln)) >= 2 or ln.bold) or len(tail) == 6:
            break
        tail.insert(0, ln)
    while tail and len(segments(tail[0])) < 2:  # a header starts with a line across its columns
        tail.pop(0)
    if not tail:
        return _header_and_first_row(ordered), None
    above = ordered[len(ordered) - len(tail) - 1] if len(ordered) > len(tail) else None
    if all(ln.bold for ln in tail) or (above is not None and CAPTION_WORD.match(above.text)):
        return tail, None
    if above is None and not res.tables and _header_like(tail[0]):  # the page holds nothing else
        return tail, None
    return _header_and_first_row(ordered), None


def _header_like(line: TextLine) -> bool:
    """A header's first line across its columns: three places at least, no number in them (a signature block has
    two places, its NIP and date lines numbers)."""
    return len(segments(line)) >= 3 and not any(ch.isdigit() for ch in line.text)


def _header_and_first_row(ordered: list[TextLine]) -> list[TextLine]:
    """A bold header across several columns and the start of its first row ending the page (``ordered``: the
    lines below every table, top down), or nothing.

    A table's header may stand at a page's foot with the first lines of its
    first row ("Program  Anggaran" / "Program  3.619.172.769" / "Penunjang"),
    the rest of the row on the next page, under the header repeated or not:
    up to six regular lines (a name wrapped in a narrow column), the first
    across several columns, under bold lines the first of which runs across
    several columns.
    """
    k = len(ordered)
    while k > 0 and not ordered[k - 1].bold and (len(ordered) - k < 6 or _set_close(ordered[k - 1], ordered[k])):
        k -= 1
    first_row = k
    if first_row == len(ordered) or len(segments(ordered[first_row])) < 2:
        return []
    while k > 0 and ordered[k - 1].bold and (first_row - k < 4 or _header_runs_up(ordered, k, first_row)):
        k -= 1
    while k < first_row and len(segments(ordered[k])) < 2:  # a title above the header is not the table's
        k += 1
    return ordered[k:] if k < first_row else []


#: the most bold lines a header cut off at a page's foot is read with (a header whose cells wrap in narrow columns)
HEADER_LINES_MAX = 10


def _header_runs_up(ordered: list[TextLine], k: int, first_row: int) -> bool:
    """The bold line above ``ordered[k]`` is one more line of the header ``ordered[k:first_row]``, four lines
    already: it is set no further above than the header's own lines are apart. A header whose cells wrap in
    narrow columns ("ANG" / "GAR" / "AN" over "ANG" / "GAR" / "AN" under a spanning "ANGGARAN") runs over more
    lines than four; a title above it stands off by a blank line."""
    if first_row - k >= HEADER_LINES_MAX:
        return False
    block = ordered[k : first_row + 1]
    widest = max(b.top - a.bottom for a, b in zip(block, block[1:], strict=False))
    return ordered[k].top - ordered[k - 1].bottom <= widest + 0.5


def _set_close(above: TextLine, line: TextLine) -> bool:
    """``line`` follows ``above`` without a blank line, as a cell's lines do."""
    return line.top - above.bottom <= 0.5 * min(line.height, above.height)


def ending_table(res: PageResult) -> PageTable | None:
    """The borderless table that ends the page (nothing but furniture below it), if any.

    A table whose body shows no number and no marked header (a cascading table's rows of names) is lent too when
    three rows or more of wrapped text show it is a body (:func:`_rows_of_text`), marked ``text_rows``: its
    columns, narrowed to the few rows of one page, are a guide only to the rest of the table where it ends on the
    next page (the last row's rest, then the caption), not to a whole page of rows that shows its own."""
    last = _last_table(res)
    if last is None:
        return None
    data = [r for r in last.table.rows if not r.is_header]
    # a bold header was told apart, or this is a table carried from the page before, or its last row the page
    # break cut (a table ruled one way, no rule under that row), or a part read with the columns of the table above
    # it (its rows are that table's body): the rest is data
    marked = len(data) < len(last.table.rows) or last.carried or last.open_bottom or last.part_below
    if data and not (marked or any(is_numeric_token(c) for r in data for c in r.cells if c)):
        if not _rows_of_text(data, _table_lines(res, last)):
            return None  # only a header so far: its columns are no guide to the body
        last.text_rows = True
    return last


def _last_table(res: PageResult) -> PageTable | None:
    """The borderless table that ends the page and shows a body (rows not all header, not all bold)."""
    if not res.tables:
        return None
    last = max(res.tables, key=lambda t: t.bottom)
    if not last.channels or not [r for r in last.table.rows if not r.is_header]:
        return None
    if all(ln.bold for ln in _table_lines(res, last)):
        return None  # all bold: a header, read with the next page (:func:`dangling_start`)
    return None if any(ln.top > last.bottom for ln in res.lines) else last


def _ending_with_number(res: PageResult) -> PageTable | None:
    """:func:`ending_table`, a table lent as rows of text left out: a part whose columns read the next part again."""
    last = ending_table(res)
    return None if last is None or last.text_rows else last


#: rows of several lines that show a borderless table's body where it prints no number (a cascading table)
TEXT_ROWS = 3


def _rows_of_text(data: list, lines: list[TextLine]) -> bool:
    """``data`` (rows not marked as header, read from ``lines``) is a body, not a header read as rows: a table of
    names and indicators (a cascading table, its rows wrapping in eleven narrow columns) prints no number to tell
    its body by, but :data:`TEXT_ROWS` rows or more, of two lines each on average, are more than a header holds."""
    return len(data) >= TEXT_ROWS and len(lines) >= 2 * len(data)


def ruled_run_on(prev: PageTable, res: PageResult, vocab: Vocabulary | None = None) -> PageTable | None:
    """The first lines of page ``res`` read as the rest of the ruled table ``prev`` that ended the page before.

    A browser's frame with one rule under the header draws the columns on the header's page only: on the next
    page the rest of the table is bare text, whose few lines may show too few column gaps to be read as a table
    by themselves. Lines above every table of the page that fit ``prev``'s columns continue it (read with its
    column edges, as a borderless table carried from the page before); a table read by its text opening the
    page is read again so, if the lines so read take it in whole. The table found is added to ``res`` and
    its lines taken out of ``res.lines``; None when nothing fits.

    A table read by its text (``prev`` has column channels) lends its columns to the next page when that page is
    read (:func:`~.page.read_page_layout`), but not to a page holding a ruled table. When that page's first table,
    read by its rules, is cut into ``prev``'s columns (the next part of a table its author split, drawn in a frame
    of its own, its header not repeated), the lines above it (the rest of ``prev``'s last row, in a few of its
    columns) are read here with ``prev``'s channels; a page opening with other columns is left alone.
    """
    n = prev.table.n_cols
    if res.blocks is not None or n < 2:
        return None
    next_part = False  # the page's first table is the next part of prev (same columns)
    first = min(res.tables, key=lambda t: t.top) if res.tables else None
    # the page opens with a table read by its text with some of prev's columns run together (a narrow column's
    # gap too small to see): the page was read without prev's columns (prev's last part was read after it)
    merged = first is not None and bool(first.channels) and not first.carried and _columns_merged(prev, first)
    if prev.channels:
        if len(prev.channels) != n - 1 or not (_carry_refused(res) or merged):
            return None
        next_part = _next_part_below(res, prev)
        channels = list(prev.channels)
    elif len(prev.col_edges) == n + 1:
        channels = _edge_channels(prev)
    else:
        return None
    tables = sorted(res.tables, key=lambda t: t.top)
    # a table read by its text at the top of the page, with columns of its own, is read again with prev's
    redo = tables[0] if tables and tables[0].channels and not tables[0].carried and (not prev.channels or merged) else None
    limit = min((t.top for t in tables if t is not redo), default=float("inf"))
    top = sorted((ln for ln in res.lines if ln.bottom <= limit), key=lambda ln: ln.top)
    if redo is not None:
        top = sorted(top + _table_lines(res, redo), key=lambda ln: ln.top)
    if not top:
        return None
    carry = _as_carry(prev, channels)
    found, _ = find_text_tables(top, [], page_no=res.number, strategy="text", vocab=vocab, carry=carry)
    run_on = next((t for t in found if t.carried), None)
    if run_on is None or (redo is not None and any(ln.bottom > run_on.bottom + 0.5 for ln in _table_lines(res, redo))):
        return None  # the table read here reaches further down than the lines read as prev's
    if prev.channels and not next_part and not merged and not _rest_of(prev, run_on):
        return None  # above another table: only rows holding prev's kinds of numbers are its rest
    if redo is not None:
        res.tables = [t for t in res.tables if t is not redo]
    res.lines = [ln for ln in res.lines if not (run_on.top - 0.5 <= ln.top and ln.bottom <= run_on.bottom + 0.5)]
    res.tables.append(run_on)
    return run_on


def _rest_of(prev: PageTable, run_on: PageTable) -> bool:
    """The rows of ``run_on`` hold ``prev``'s kinds of numbers (:func:`~lkjip.extract.stitch.values_fit`): two at
    least, or one under a header repeating ``prev``'s (a page opening with the table's header again, then the rest
    of its last row and a total: no signature block or title repeats a table's header)."""
    rows = run_on.table.rows
    repeated = repeated_header(prev.table, run_on.table) or 0
    return values_fit(prev.table, rows[repeated:], least=1 if repeated else 2)


#: at most this many lines end a page as the first row of the next part of the table above them
FOOT_LINES = 6
#: more lines, or lines over the next part, only under a table of this many columns at least: any lines fit the
#: one channel of a two-column list (a list of tables, its page numbers on the next page under "Halaman")
MANY_COLUMNS = 3


def foot_run_on(res: PageResult, nxt_res: PageResult, vocab: Vocabulary | None = None) -> PageTable | None:
    """The lines ending page ``res`` below its last table read as a table with that table's columns: the first
    row of the next part of a table its author split (its header not repeated), cut off by the page break after
    that row, whose rest opens the next page (``nxt_res``) with the same columns.

    A row alone shows no table to a reader of text: it is read as lines. It is read here when every line below
    the page's last table (a few) fits the columns of that table, and the next page opens with a table cut into
    the same inner column edges, with no header of its own and no line above it. The table read is added to
    ``res`` (a part of its own, stitched to the next page's as any table ending a page) and its lines taken out
    of ``res.lines``; None when the lines do not all fit.
    """
    if res.blocks is not None or nxt_res.blocks is not None or not res.tables or not nxt_res.tables:
        return None
    last = max(res.tables, key=lambda t: t.bottom)
    below = sorted((ln for ln in res.lines if ln.top > last.bottom), key=lambda ln: ln.top)
    nxt = min(nxt_res.tables, key=lambda t: t.top)
    above = [ln for ln in nxt_res.lines if ln.bottom <= nxt.top + 0.5]
    if not below or not _no_header(nxt) or (above and not _few_short_lines(above, nxt.x1 - nxt.x0)):
        return None
    n = last.table.n_cols
    if len(last.col_edges) != n + 1:
        return None
    same = _same_inner_edges(last, nxt) or _same_channels(last, nxt)
    if (len(below) > FOOT_LINES or above or not same) and (
            n < MANY_COLUMNS or not ((same or _edges_among(nxt, last)) and _fit_all(last, below))):
        # more than a row's few lines, the rest of a cell over the next part, or that part with columns fewer (those
        # its first rows leave empty show no edge): only lines in the columns of a table of many columns above, the
        # next part cut at edges of that table's
        return None
    carry = _as_carry(last, list(last.channels) if len(last.channels) == n - 1 else _edge_channels(last))
    found, rest = find_text_tables(below, [], page_no=res.number, strategy="text", vocab=vocab, carry=carry)
    run = next((t for t in found if t.carried), None)
    if run is None or rest or len(found) > 1:
        return None  # the lines, all of them, are the row
    run.carried = False  # a part of its own on this page, not the rest of the table above
    res.lines = [ln for ln in res.lines if not any(ln is b for b in below)]
    res.tables.append(run)
    return run


def _fit_all(pt: PageTable, lines: Sequence[TextLine]) -> bool:
    """Every line of ``lines`` lies in the columns of ``pt``: no word span runs across one of its channels."""
    channels = pt.channels or _edge_channels(pt)
    space = word_space(lines) or 0.3 * lines[0].size
    return all(not any(a < g0 + 1.0 and b > g1 - 1.0 for a, b in spans_in_channels(ln, channels, space)
                       for g0, g1 in channels) for ln in lines)


def _edge_channels(pt: PageTable) -> list[tuple[float, float]]:
    """Column channels at a table's inner column edges (a ruled table's, which has no channels of its own)."""
    return [(x - 0.5, x + 0.5) for x in pt.col_edges[1:-1]]


def _as_carry(pt: PageTable, channels: list[tuple[float, float]]) -> PageTable:
    """``pt`` as the table carried over to lines read with ``channels`` (:func:`find_text_tables`' ``carry``)."""
    return PageTable(pt.table, pt.col_edges, pt.top, pt.bottom, pt.x0, pt.x1, channels=channels, carried=True)


def _same_edges(a: PageTable, b: PageTable, tol: float = 6.0, *, inner: bool = False) -> bool:
    """The two tables are cut into the same columns: as many column edges, each (or only the inner ones) within
    ``tol``."""
    ea, eb = (a.col_edges[1:-1], b.col_edges[1:-1]) if inner else (a.col_edges, b.col_edges)
    return len(a.col_edges) == len(b.col_edges) and all(abs(x - y) <= tol for x, y in zip(ea, eb, strict=True))


def _columns_merged(prev: PageTable, cur: PageTable, tol: float = 6.0) -> bool:
    """``cur`` is cut into fewer columns than ``prev`` at edges all of which are ``prev``'s (within ``tol``), the
    outer two among them: ``prev``'s columns with some run together."""
    a, b = prev.col_edges, cur.col_edges
    return (3 <= len(b) < len(a) and abs(a[0] - b[0]) <= tol and abs(a[-1] - b[-1]) <= tol
            and all(any(abs(x - y) <= tol for y in a) for x in b))


def _edges_among(cur: PageTable, prev: PageTable, tol: float = 6.0) -> bool:
    """Every column edge of ``cur`` (three at least, no more than ``prev`` has) lies within ``tol`` of one of
    ``prev``'s: ``prev``'s columns, some of them left out or run together."""
    a, b = prev.col_edges, cur.col_edges
    return 3 <= len(b) <= len(a) and all(any(abs(x - y) <= tol for y in a) for x in b)


def _same_inner_edges(a: PageTable, b: PageTable, tol: float = 6.0) -> bool:
    """The two tables are cut into the same inner column edges (three edges at least)."""
    return len(a.col_edges) >= 3 and _same_edges(a, b, tol, inner=True)


def _same_channels(a: PageTable, b: PageTable) -> bool:
    """Two tables read by their text show the same column gaps (two at least), each overlapping its counterpart:
    their edges, taken from where each page's text stops, may lie further apart than ruled edges do."""
    return (a.table.n_cols == b.table.n_cols and len(a.channels) == len(b.channels) == a.table.n_cols - 1 >= 2
            and all(x0 < y1 and y0 < x1 for (x0, x1), (y0, y1) in zip(a.channels, b.channels, strict=True)))


def _carry_refused(res: PageResult) -> bool:
    """The page was read without the columns of a borderless table ending the page before: it holds a table read
    by its rules (ruled, or ruled one way), and no table carried over."""
    return not any(t.carried for t in res.tables) and any(not t.table.strategy.startswith("text") for t in res.tables)


def _next_part_below(res: PageResult, prev: PageTable, tol: float = 6.0) -> bool:
    """The page's first table, read by its rules, is cut into the columns of ``prev``: the next part of the same
    table, below the rest of ``prev``'s last row."""
    first = min(res.tables, key=lambda t: t.top)
    return not first.table.strategy.startswith("text") and _same_edges(first, prev, tol)


def _opening_table(res: PageResult) -> PageTable | None:
    """The table read by its text that opens the page: above it no line of text, or up to three short lines of one
    segment (the wrapped rest of a cell the page break cut, left out of the table)."""
    if res.blocks is not None or not res.tables:
        return None
    first = min(res.tables, key=lambda t: t.top)
    above = [ln for ln in res.lines if ln.bottom <= first.top + 0.5]
    return first if first.channels and _few_short_lines(above, first.x1 - first.x0) else None


def _few_short_lines(lines: list[TextLine], width: float) -> bool:
    """Up to three lines of one segment each, shorter than 0.4 of ``width``: the wrapped rest of a cell."""
    return len(lines) <= 3 and all(one_segment(ln) and ln.x1 - ln.x0 <= 0.4 * width for ln in lines)


def _body_spans(lines: list[TextLine]) -> list[tuple[float, float]]:
    """The words of ``lines`` from the first line holding a number on (a header's labels may span columns)."""
    start = next((k for k, ln in enumerate(lines) if any(is_numeric_token(w.text) for w in ln.words)), len(lines))
    return [(w.x0, w.x1) for ln in lines[start:] for w in ln.words]


#: a part of this many body rows or fewer may show a channel inside a column (:func:`finer_columns`)
FEW_ROWS = 2


def finer_columns(part: PageTable, lines: list[TextLine], nxt: PageTable) -> list[tuple[float, float]] | None:
    """The column channels of ``nxt`` (the part of the table opening the next page), as ``part``'s lines leave
    them white, when they cut ``part`` finer than its own do: more of them, each of ``part``'s own channels among
    them (but one, in a part of :data:`FEW_ROWS` body rows or fewer: white inside a column), the others crossed by
    no word of ``part``'s body (from its first line with a number) and left 0.3 em white at least. None
    otherwise."""
    mine, theirs = part.channels, nxt.channels
    if len(theirs) <= len(mine) or not lines:
        return None
    # each of ``part``'s channels among them, but one a part of a row or two may show inside a column (a header
    # label set left over a body set right: white between them that the next part's rows cross)
    unmatched = [(a, b) for a, b in mine if not any(a < d and c < b for c, d in theirs)]
    if unmatched and (len(unmatched) > 1 or len([r for r in part.table.rows if not r.is_header]) > FEW_ROWS):
        return None
    lo, hi = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    if any(d <= lo or c >= hi for c, d in theirs):  # a channel beyond this part's text: another table's columns
        return None
    spans = _body_spans(lines)
    narrowed = narrow_channels(theirs, spans)
    least = 0.3 * statistics.median(ln.size for ln in lines)  # as much white as a channel keeps (0.3 em)
    if any(d - c < least for c, d in narrowed) or any(a < d - 0.5 and b > c + 0.5 for c, d in narrowed for a, b in spans):
        return None
    return narrowed


def widen_from_next(results: list[PageResult], rules: dict[int, list[Ruling]], vocab: Vocabulary | None = None) -> None:
    """Tables read by their text whose part on a page shows fewer columns than its part opening the next page
    (a page of few rows, its wrapped names and centred amounts leaving no white between two columns) read again
    with the next part's columns, last page first, so that a column the later pages show reaches back over every
    page of the table. A page between holding nothing but the wrapped rest of the part's last cell is passed
    over. A part is read again only where its body lets every column through (:func:`finer_columns`) and it then
    has as many columns as the next part. The next part may also stand below it on the same page
    (:func:`_widen_from_below`: a table its author split, the header not repeated)."""
    for i in range(len(results) - 1, -1, -1):
        res = results[i]
        if i + 1 < len(results):
            _widen_across(results, i, rules, vocab)
        if res.blocks is None:
            _widen_from_below(res, rules, vocab)
    for res, nxt_res in zip(results, results[1:], strict=False):  # then the other way: parts read with fewer
        part = _ending_with_number(res) if res.blocks is None else None  # columns than the part above them
        nxt = _opening_table(nxt_res) if part is not None else None
        if nxt is not None and len(nxt.channels) < len(part.channels) and _no_header(nxt):
            _read_again(nxt_res, nxt, part, res.number, rules, vocab)
            _widen_from_below(nxt_res, rules, vocab)


def _widen_across(results: list[PageResult], i: int, rules: dict[int, list[Ruling]], vocab: Vocabulary | None) -> None:
    """The table ending page ``results[i]`` read again with the columns of its part opening the next page."""
    res, nxt_res = results[i], results[i + 1]
    part = _ending_with_number(res) if res.blocks is None else None
    if part is None:
        return
    if not nxt_res.tables and nxt_res.lines and i + 2 < len(results) \
            and _few_short_lines(nxt_res.lines, part.x1 - part.x0):
        nxt_res = results[i + 2]  # a page holding only the wrapped rest of the part's last cell
    nxt = _opening_table(nxt_res)
    if nxt is not None:
        _read_again(res, part, nxt, nxt_res.number, rules, vocab)


def _widen_from_below(res: PageResult, rules: dict[int, list[Ruling]], vocab: Vocabulary | None) -> None:
    """A table read by its text right above another on the same page (nothing between them), both across the same
    width, the lower one opening with no header of its own and showing more columns: the next part of a table
    its author split without repeating the header, whose rows leave the columns the upper part's few rows (a
    header spanning two columns, wrapped amounts) did not. The upper part is read again with the lower's columns
    (:func:`_read_again`), bottom up."""
    tables = sorted((t for t in res.tables if t.channels), key=lambda t: t.top)
    for k in range(len(tables) - 2, -1, -1):
        upper, lower = tables[k], tables[k + 1]
        if not _parts_of_one(res, upper, lower):
            continue
        if len(lower.channels) > len(upper.channels):
            _read_again(res, upper, lower, res.number, rules, vocab)
        elif len(lower.channels) < len(upper.channels):
            _read_again(res, lower, upper, res.number, rules, vocab)
        tables = sorted((t for t in res.tables if t.channels), key=lambda t: t.top)


def _parts_of_one(res: PageResult, upper: PageTable, lower: PageTable) -> bool:
    """``lower`` may be the next part of ``upper`` on its page: nothing between them, across the same width, the
    lower one opening with no header of its own."""
    if not _no_header(lower):
        return False  # a header of its own: another table
    if any(upper.bottom < ln.top and ln.bottom < lower.top for ln in res.lines):
        return False  # text between the two: two tables
    width = min(upper.x1 - upper.x0, lower.x1 - lower.x0)
    return width > 0 and min(upper.x1, lower.x1) - max(upper.x0, lower.x0) >= 0.8 * width


def _no_header(part: PageTable) -> bool:
    """``part`` opens with no header of its own: no header row marked, no column numbers, no header naming a kind
    of table (:func:`~lkjip.extract.stitch.has_own_header`: a first row of names alone may be data)."""
    return bool(part.table.rows) and not part.table.rows[0].is_header and not has_own_header(part.table)


def _read_again(res: PageResult, part: PageTable, nxt: PageTable, nxt_page: int, rules: dict[int, list[Ruling]],
                vocab: Vocabulary | None) -> None:
    """``part`` (a table of page ``res``) read again with the columns of ``nxt`` (its next part, on page
    ``nxt_page``) where its body lets them through, replacing it in ``res``; left as read otherwise."""
    lines = _table_lines(res, part)
    lead = shift_above(res.lead_used, lines) if lines and res.lead_used and part.table.page == res.number - 1 else []
    channels = finer_columns(part, lines, nxt)
    if channels is None:
        return
    again = region_table(lead + lines, rules.get(res.number, []), res.number, part.table.strategy, channels, vocab,
                         trusted=True)
    if again is None or again.table.n_cols != nxt.table.n_cols:
        return
    again.carried, again.cont_pages, again.headers_dropped = part.carried, part.cont_pages, part.headers_dropped
    if lead:  # its header stood at the foot of the page before (``lead``): those rows are that page's
        starts_page_before(again.table, lines[0].top - 0.1, res.number)
    again.table.page = part.table.page
    again.table.warnings = [*part.table.warnings, f"its columns read again with those of its part on page "
                                                  f"{nxt_page} ({part.table.n_cols} -> {again.table.n_cols})"]
    res.tables = [again if t is part else t for t in res.tables]
