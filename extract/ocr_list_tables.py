"""A numbered list in the text that the OCR layout read as a table.

Monospaced or justified print spaces the words of a list's items widely ("1  Program  Penyelenggaraan
Pemerintahan"); on a scanned page the gaps line up from item to item, and the layout reads the list as a table of
three columns: the item numbers, the same first word on every line, and the rest. Read so, it counts as a table
without a caption, and every uncaptioned table after it is numbered one too far ("Tabel tanpa judul 8" read as 9).

:func:`lists_as_text` turns such a table back into the list's lines: no header row, every row opening with an
item number, no number anywhere else, and one column holding the same one word on every row (a word of the
items' text cut off by the spacing, which no column of a table repeats on every row without a number beside it).
"""

from __future__ import annotations

import re

from lkjip.extract.document import Block, Paragraph, Table

#: an item number of a list: "1", "1.", "2)", "a.", "b)"
_ITEM = re.compile(r"^(\d{1,2}|[a-zA-Z])[.)]?$")

#: one word of letters
_WORD = re.compile(r"^[^\W\d_]+$")

#: a list this long at least (two lines read as a table are left alone)
MIN_ITEMS = 3

#: a table of more columns is no list's lines
MAX_COLUMNS = 4


def _is_list(table: Table) -> bool:
    """Whether ``table`` is a numbered list read as a table (module doc)."""
    rows = [r.cells for r in table.rows if any(c.strip() for c in r.cells)]
    if len(rows) < MIN_ITEMS or any(r.is_header for r in table.rows) or not 2 < len(rows[0]) <= MAX_COLUMNS:
        return False
    if not all(_ITEM.match(r[0].strip()) for r in rows):
        return False
    if any(ch.isdigit() for r in rows for c in r[1:] for ch in c):
        return False
    for k in range(1, len(rows[0])):
        words = {r[k].strip().lower() for r in rows if k < len(r)}
        if len(words) == 1 and _WORD.match(words.pop()):
            return True
    return False


def lists_as_text(blocks: list[Block], ocr_pages: list[int]) -> list[Block]:
    """The blocks with each numbered list the OCR layout read as a table (:func:`_is_list`) back as its lines,
    one paragraph an item."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Table) and b.page in ocr_pages and _is_list(b):
            for row in b.rows:
                text = " ".join(" ".join(c.split()) for c in row.cells if c.strip())
                if text:
                    out.append(Paragraph(text=text, lines=[text], page=row.page, line_no=row.line_no, bbox=row.bbox))
            continue
        out.append(b)
    return out
