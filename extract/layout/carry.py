"""What a page leaves open for the next: a borderless table running on, or a table header cut off.

:func:`ending_table` is the borderless table ending a page, whose columns the
next page's first lines may continue; :func:`dangling_start` is a header cut
off at the bottom of a page, read again with the next page's body.
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import segments
from lkjip.extract.layout.cues import CAPTION_WORD, is_numeric_token
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable


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
        return [], None
    above = ordered[len(ordered) - len(tail) - 1] if len(ordered) > len(tail) else None
    if all(ln.bold for ln in tail) or (above is not None and CAPTION_WORD.match(above.text)):
        return tail, None
    return [], None


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
