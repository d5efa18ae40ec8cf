"""Where the lines between two parts of a table stand: on the page the part above ends on, at its foot.

A page break may cut a tall row of a table (its cells wrapped over many lines) so that a reader takes what is
left of it at the foot of the page for short lines of text: more of them than the few stray lines of a cell's
rest (:data:`~lkjip.extract.captions.STRAY_LINES`) a title or an address could also be. When every one of them
stands below the part's last row on the page it ends on (nothing but the page's furniture after them) and the
next part opens the next page, they are the rows the break cut, not a title: no title sits at the very foot of a
page with the table it would name on the next.
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.document import Paragraph, Table


def next_page(prev: Table, nxt: Table, lines: Sequence[Paragraph] = ()) -> bool:
    """``nxt`` starts on the page after the one ``prev`` ends on, or after a later page that lines of its cells left
    between stand on (a page holding nothing but the rest of its last row's cell carries ``prev`` on to it)."""
    end = next((r.page for r in reversed(prev.rows) if r.page is not None), prev.page)
    if end is None or nxt.page is None:
        return False
    return nxt.page - 1 in {end, *(p.page for p in lines if p.page is not None and p.page > end)}


def foot_lines(prev: Table, nxt: Table, lines: Sequence[Paragraph]) -> bool:
    """Every one of ``lines`` (the paragraphs left between ``prev`` and ``nxt``) stands on the page ``prev`` ends
    on, below its last row, and ``nxt`` opens the next page: the rows of ``prev`` a page break cut, read as text."""
    last = next((r for r in reversed(prev.rows) if r.page is not None and r.bbox is not None), None)
    if last is None or not lines or nxt.page != (last.page or 0) + 1:
        return False
    return all(p.page == last.page and p.bbox is not None and p.bbox[1] >= last.bbox[3] - 1 for p in lines)
