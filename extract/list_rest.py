"""The rest of a list of contents on the next page (:func:`list_continued`).

A list of contents ("DAFTAR ISI", "DAFTAR TABEL") read by its text is a table of an entry's title and its page
number. When it runs over a page break, the few entries opening the next page come as a table of their own, under
nothing but the column's head ("Halaman") or the wrapped end of the last entry's title ("Anggaran"). Too short to
read as a list by itself (two entries), it would count as a table without a name and shift the number of every
uncaptioned table after it ("Tabel tanpa judul 3" read as 4)."""

from __future__ import annotations

import regex as re

from lkjip.extract.captions import furniture, is_caption
from lkjip.extract.document import Paragraph, Table

#: at most this many short lines between the list above and its rest (the column's head, a title's wrapped end)
GAP_LINES = 3
GAP_CHARS = 40

_PAGE = re.compile(r"^\d{1,3}$")
_LETTERS = re.compile(r"[^\W\d_]")


def _page_numbers(table: Table) -> list[int] | None:
    """The page number ending each filled row of ``table`` (an entry: words, then its page), else None."""
    pages = []
    for row in table.rows:
        cells = [c.strip() for c in row.cells if c.strip()]
        if not cells:
            continue
        if len(cells) < 2 or not _PAGE.match(cells[-1]) or not _LETTERS.search(" ".join(cells[:-1])):
            return None
        pages.append(int(cells[-1]))
    return pages or None


def _last_page_number(table: Table) -> int | None:
    for row in reversed(table.rows):
        cells = [c.strip() for c in row.cells if c.strip()]
        if cells and _PAGE.match(cells[-1]):
            return int(cells[-1])
    return None


def list_continued(above: Table, table: Table, between: list[Paragraph], running: set[str]) -> bool:
    """``table`` is the rest of the list of contents ``above`` on the page after it (or further down its page):
    two or three columns, every row an entry ending in a page number, the numbers running on (in order, none
    before the last page ``above`` names), nothing between but a few short lines that are no caption."""
    if table.n_cols > 3 or table.page is None or above.page is None:
        return False
    end = max((r.page for r in above.rows if r.page is not None), default=above.page)
    if not 0 <= table.page - end <= 1:
        return False
    text = [p for p in between if not furniture(p, running)]
    if len(text) > GAP_LINES or any(len(p.text.strip()) > GAP_CHARS or is_caption(p) for p in text):
        return False
    pages, last = _page_numbers(table), _last_page_number(above)
    return (pages is not None and last is not None and pages[0] >= last
            and all(b >= a for a, b in zip(pages, pages[1:], strict=False)))
