"""The last lines of a wrapped name that the OCR layout left under a table as text.

A narrow name column wraps a long name over many lines ("PROGRAM" / "PENUNJANG" / "URUSAN" / "PEMERINTAHAN" ...).
On a scanned page without rules between rows, the layout may close the table after the row's first line and read
the name's other lines as short paragraphs under it, and those going on at the next page's top, above the rest of
the table. Read so, the table is cut in two with text between its parts: the parts are not joined, and the part
above sums to less than its total (a false ``budget.total_sum``).

:func:`lift_name_tails` puts such lines back into the name cell of the table's last row: lines right under the
table (or, at the next page's top, right above that page's first table when the table ended the page before),
each within the one column where that row's name stands, short, and spaced as the lines of one cell; not where the
table that follows opens with a header row (the parts are joined by their header; without the text between, a
repeat OCR read with other letters would be read as a body row).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable

#: how far (in points) a line may stand out of its column's edges (OCR boxes, skew)
SLACK = 3.0

#: a line of a wrapped name in a narrow column holds a few words at most
MAX_WORDS = 4

#: the gap between two lines of one cell is under this many line heights
LINE_GAP = 1.6

#: a letter: the name cell of a row, and the lines lifted into it, hold words
_LETTER = re.compile(r"[^\W\d_]")


def _column(line: TextLine, edges: Sequence[float]) -> int | None:
    """The column of ``edges`` the whole line stands in, None when it crosses a column edge."""
    for c in range(len(edges) - 1):
        if line.x0 >= edges[c] - SLACK and line.x1 <= edges[c + 1] + SLACK:
            return c
    return None


def _tail_lines(pt: PageTable, lines: Sequence[TextLine]) -> tuple[int, list[TextLine]] | None:
    """The column of the table's last row whose name ``lines`` (nearest first) go on, and the leading ones that
    do: each stands in that one column, holds a few words and no label (":"), and, under a name in capitals, is
    in capitals too. None when not even the nearest line does."""
    if not lines or len(pt.col_edges) < 3 or not pt.table.rows:
        return None
    c = _column(lines[0], pt.col_edges)
    cells = pt.table.rows[-1].cells
    if c is None or c >= len(cells) or not _LETTER.search(cells[c]):
        return None
    capitals = cells[c].upper() == cells[c]
    out = []
    for ln in lines:
        text = ln.text
        if (_column(ln, pt.col_edges) != c or len(ln.words) > MAX_WORDS or not _LETTER.search(text) or ":" in text
                or (capitals and text.upper() != text)):
            break
        out.append(ln)
    return (c, out) if out else None


def _run(lines: list[TextLine], start: float, *, down: bool) -> list[TextLine]:
    """The lines spaced as the lines of one cell from ``start`` (a table's bottom, going down; or its top, going
    up), nearest first."""
    ordered = sorted(lines, key=lambda ln: ln.top if down else -ln.bottom)
    out: list[TextLine] = []
    edge = start
    for ln in ordered:
        height = max(ln.bottom - ln.top, 1.0)
        gap = ln.top - edge if down else edge - ln.bottom
        if gap < -height or gap > LINE_GAP * height + SLACK:
            break
        out.append(ln)
        edge = ln.bottom if down else ln.top
    return out


def _append(pt: PageTable, c: int, lines: Sequence[TextLine]) -> None:
    """The lines' words at the end of the last row's cell ``c``, in reading order; named in the warnings."""
    cells = pt.table.rows[-1].cells
    text = " ".join(ln.text for ln in sorted(lines, key=lambda ln: ln.top))
    pt.table.warnings.append(f"OCR: wrapped name lines read as text under the table put back: {text!r}")
    cells[c] = f"{cells[c].rstrip()} {text}"


def _drop(res: PageResult, lines: Sequence[TextLine]) -> None:
    res.lines = [ln for ln in res.lines if not any(ln is x for x in lines)]


def lift_name_tails(results: Sequence[PageResult], scanned: set[int]) -> int:
    """Put back into their tables the wrapped name lines the layout of scanned pages left as text (module doc);
    returns how many lines were put back."""
    lifted = 0
    for n, res in enumerate(results):
        if res.number not in scanned:
            continue
        for pt in res.tables:
            if _opens_with_header(_following(results, n, pt)) or _contents(pt):
                continue
            under = _run([ln for ln in res.lines if ln.top >= pt.bottom - SLACK], pt.bottom, down=True)
            if (found := _tail_lines(pt, under)) is not None:
                _append(pt, found[0], found[1])
                _drop(res, found[1])
                lifted += len(found[1])
        lifted += _lift_page_top(results, n, scanned)
    return lifted


def _contents(pt: PageTable) -> bool:
    """Whether the table is a list of contents (each row ending with a page number): its entries' wrapped lines
    are no cell's, and its rest on the next page is joined by its own reader (:mod:`lkjip.extract.list_rest`)."""
    ends = [next((c.strip() for c in reversed(r.cells) if c.strip()), "") for r in pt.table.rows]
    return bool(ends) and all(re.fullmatch(r"\d{1,3}|[ivxl]{1,5}", e) for e in ends if e)


def _following(results: Sequence[PageResult], n: int, pt: PageTable) -> PageTable | None:
    """The table after ``pt`` in reading order: the next one down its page, else the first of the next page."""
    below = [t for t in results[n].tables if t.top >= pt.bottom]
    if below:
        return min(below, key=lambda t: t.top)
    nxt = results[n + 1].tables if n + 1 < len(results) else []
    return min(nxt, key=lambda t: t.top) if nxt else None


def _opens_with_header(pt: PageTable | None) -> bool:
    """Whether the table opens with a header row: a part that repeats its header is joined by that header, and
    the text before it keeps the parts apart where OCR read the repeat with other letters (a header then read
    as a body row of the part above)."""
    if pt is None or not pt.table.rows:
        return False
    first = pt.table.rows[0]
    filled = [c.strip() for c in first.cells if c.strip()]
    # a header OCR read without the reader knowing it: words only, mostly in capitals ("NO", "URAIAN", "ANGGARAN")
    read_as_header = (bool(filled) and not any(ch.isdigit() for c in filled for ch in c)
                      and 2 * sum(c.upper() == c for c in filled) >= len(filled))
    return first.is_header or read_as_header


def _lift_page_top(results: Sequence[PageResult], n: int, scanned: set[int]) -> int:
    """Lines at the top of page ``n``, above its first table, that end the name of the last row of the table that
    ended page ``n - 1`` (no text under it there): put back into that row."""
    res = results[n]
    if n == 0 or results[n - 1].number not in scanned or not res.tables or not results[n - 1].tables:
        return 0
    prev = results[n - 1]
    last = max(prev.tables, key=lambda pt: pt.bottom)
    if any(ln.top >= last.bottom - SLACK for ln in prev.lines):
        return 0
    first = min(res.tables, key=lambda pt: pt.top)
    if _opens_with_header(first):
        return 0
    above = [ln for ln in res.lines if ln.bottom <= first.top + SLACK]
    run = _run(above, first.top, down=False)[::-1]  # top down: the name's words in order
    found = _tail_lines(last, run) if run and len(run) == len(above) else None
    if found is None or len(found[1]) != len(run) or _column(run[0], first.col_edges) != found[0]:
        return 0
    _append(last, found[0], run)
    _drop(res, run)
    return len(run)
