"""A row of a table read as text under it: the table's reading is doubtful (issue #12 item 5).

A table whose last part stands alone at the top of the next page (one row of a table ruled with horizontal lines
only, a page break inside a row) may be read by a PDF reader as lines of text, not as a table. Nothing of the
table then follows it to join, and the row is lost: the rows of the table read are sound, but the table is not
whole. A flag built on what the table lacks ("indicator not in the PK") would report a misread as a
contradiction, so the table is marked doubtful (:func:`row_read_below`) and such flags become uncertain warnings.

The row is recognised by its number: the first paragraph under the table (past page furniture) opens with the
number that follows the table's last row number ("1" → "2", "a" → "b", the same case) and holds a value (a
number that is no year), on the page of the table's last row or the next. A table of amounts numbered by level
(a program "III." after kegiatan "I.", "II.") has no next number to look for: there the paragraph opens with a
row number of any kind (a roman one too) and holds two amounts at least, as its rows do
(:func:`~lkjip.extract.text_row.row_read_as_text`), and no table follows it (a row standing between two tables is
the stitcher's to place or leave).
"""

from __future__ import annotations

import regex as re

from lkjip.extract.captions import caption_label, furniture
from lkjip.extract.document import Paragraph, Table
from lkjip.extract.text_row import row_read_as_text

#: a row number opening a line: "2", "2.", "2)", "b.", "b)"
_LEAD_KEY = re.compile(r"^\s*(\d{1,3}|[A-Za-z])[.)]?\s+(?=\S)")
#: a row number of any kind opening a line: "2.", "b)", "III.", "1.2.3"
_ANY_KEY = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[IVXLC]{1,6})[.)]?\s+(?=\S)")
#: a key alone in a cell ("2", "2.", "b)")
_CELL_KEY = re.compile(r"^\s*(\d{1,3}|[A-Za-z])[.)]?\s*$")
#: a value in the line past its key: a number (a target, an amount, a percent) that is no year
_VALUE = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*(?:\s?%)?(?![\w])")


def _last_key(table: Table) -> str | None:
    """The row number of the table's last numbered body row, as printed (its case kept)."""
    for row in reversed(table.rows):
        if row.is_header:
            return None
        first = next((c for c in row.cells if c.strip()), "")
        if (m := _CELL_KEY.match(first)) is not None:
            return m.group(1)
    return None


def _follows(a: str, b: str) -> bool:
    """``b`` is the row number after ``a`` ("5" → "6", "c" → "d"; letters of the same case)."""
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return a.isalpha() and b.isalpha() and a.islower() == b.islower() and ord(b) == ord(a) + 1


def _last_page(table: Table) -> int | None:
    return next((r.page for r in reversed(table.rows) if r.page is not None), table.page)


def _row_text(p: Paragraph, key: str, page: int | None) -> bool:
    """``p`` reads as the table's next row: its number follows ``key``, a value stands past it, it is no caption
    nor a bold title, and it stands on the page of the table's last row or the next."""
    text = p.text.strip()
    m = _LEAD_KEY.match(text)
    if m is None or not _follows(key, m.group(1)) or p.bold or caption_label(text):
        return False
    if page is not None and p.page is not None and not 0 <= p.page - page <= 1:
        return False
    return _VALUE.search(text[m.end():]) is not None


def row_read_below(blocks: list[Paragraph | Table], index: int, running: set[str]) -> str | None:
    """Why the table ``blocks[index]`` is read doubtfully when its next row was read as text under it (else None)."""
    table = blocks[index]
    if not isinstance(table, Table) or table.n_cols < 3:
        return None
    after = [b for b in blocks[index + 1:] if isinstance(b, Table) or not furniture(b, running)][:2]
    below = after[0] if after else None
    if not isinstance(below, Paragraph):
        return None
    key = _last_key(table)
    if (key is not None and _row_text(below, key, _last_page(table))) or (
            _ANY_KEY.match(below.text) and not caption_label(below.text) and row_read_as_text(below, table)
            and not (len(after) > 1 and isinstance(after[1], Table))):  # before a table: the stitcher's to tell
        return f"baris berikutnya terbaca sebagai teks di bawah tabel ('{below.text.strip()[:60]}')"
    return None

