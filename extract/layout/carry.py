"""What a page leaves open for the next: a borderless table running on, or a table header cut off.

:func:`ending_table` is the borderless table ending a page, whose columns the
next page's first lines may continue; :func:`dangling_start` is a header cut
off at the bottom of a page, read again with the next page's body;
:func:`ruled_run_on` reads the first lines of a page as the rest of a ruled
table that ended the page before, when the frame's inner rules stop with it.
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables, segments
from lkjip.extract.layout.cues import CAPTION_WORD, is_numeric_token
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.words import Vocabulary


def _table_lines(res: PageResult, pt: PageTable) -> list[TextLine]:
    return [ln for ln in res.free_lines if pt.top - 0.5 <= ln.top and ln.bottom <= pt.bottom + 0.5]


def dangling_start(res: PageResult) -> tuple[list[TextLine], PageTable | None]:
    """The start of a borderless table cut off at the bottom of the page, to be read with the next page.

    Either a borderless table that ends the page and shows nothing but its
    (bold) header, or up to six lines ending the page below everything else,
    the first across several columns, printed in bold or right under a caption
    ("Tabel 3.7 …" / "NO  URAIAN  ANGGARAN  OUTPUT/" / "KELUARAN"). Returns the
    lines and the table they form here.
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
    return _header_and_first_row(ordered), None


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
    while k > 0 and len(ordered) - k < 6 and not ordered[k - 1].bold:
        k -= 1
    first_row = k
    if first_row == len(ordered) or len(segments(ordered[first_row])) < 2:
        return []
    while k > 0 and first_row - k < 4 and ordered[k - 1].bold:
        k -= 1
    while k < first_row and len(segments(ordered[k])) < 2:  # a title above the header is not the table's
        k += 1
    return ordered[k:] if k < first_row else []


def ending_table(res: PageResult) -> PageTable | None:
    """The borderless table that ends the page (nothing but furniture below it), if any."""
    if not res.tables:
        return None
    last = max(res.tables, key=lambda t: t.bottom)
    if not last.channels:
        return None
    data = [r for r in last.table.rows if not r.is_header]
    # a bold header was told apart, or this is a table carried from the page before: the rest is data
    marked = len(data) < len(last.table.rows) or last.carried
    if not data or not (marked or any(is_numeric_token(c) for r in data for c in r.cells if c)):
        return None  # only a header so far: its columns are no guide to the body
    if all(ln.bold for ln in _table_lines(res, last)):
        return None  # all bold: a header, read with the next page (:func:`dangling_start`)
    return None if any(ln.top > last.bottom for ln in res.lines) else last


def ruled_run_on(prev: PageTable, res: PageResult, vocab: Vocabulary | None = None) -> PageTable | None:
    """The first lines of page ``res`` read as the rest of the ruled table ``prev`` that ended the page before.

    A browser's frame with one rule under the header draws the columns on the header's page only: on the next
    page the rest of the table is bare text, whose few lines may show too few column gaps to be read as a table
    by themselves. Lines above every table of the page that fit ``prev``'s columns continue it (read with its
    column edges, as a borderless table carried from the page before); a table read by its text opening the
    page is read again so, if the lines so read take it in whole. The table found is added to ``res`` and
    its lines taken out of ``res.lines``; None when nothing fits.
    """
    n = prev.table.n_cols
    if prev.channels or len(prev.col_edges) != n + 1 or n < 2 or res.blocks is not None:
        return None
    tables = sorted(res.tables, key=lambda t: t.top)
    # a table read by its text at the top of the page, with columns of its own, is read again with prev's
    redo = tables[0] if tables and tables[0].channels and not tables[0].carried else None
    limit = min((t.top for t in tables if t is not redo), default=float("inf"))
    top = sorted((ln for ln in res.lines if ln.bottom <= limit), key=lambda ln: ln.top)
    if redo is not None:
        top = sorted(top + _table_lines(res, redo), key=lambda ln: ln.top)
    if not top:
        return None
    carry = PageTable(prev.table, prev.col_edges, prev.top, prev.bottom, prev.x0, prev.x1,
                      channels=[(x - 0.5, x + 0.5) for x in prev.col_edges[1:-1]], carried=True)
    found, _ = find_text_tables(top, [], page_no=res.number, strategy="text", vocab=vocab, carry=carry)
    run_on = next((t for t in found if t.carried), None)
    if run_on is None or (redo is not None and any(ln.bottom > run_on.bottom + 0.5 for ln in _table_lines(res, redo))):
        return None  # the table read here reaches further down than the lines read as prev's
    if redo is not None:
        res.tables = [t for t in res.tables if t is not redo]
    res.lines = [ln for ln in res.lines if not (run_on.top - 0.5 <= ln.top and ln.bottom <= run_on.bottom + 0.5)]
    res.tables.append(run_on)
    return run_on
