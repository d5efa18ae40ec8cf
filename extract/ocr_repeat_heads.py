"""A table's header repeated on a later page of a scan, one of its heads misread there.

A long table prints its header again on every page it runs on. On a scan the repeated header is read afresh, and a
short head wrapped in a narrow column ("N" over "o" for "No") may come out otherwise than on the first page ("N"
over "ke)"). The stitched table then holds, among its rows, a header that is not the table's header letter for
letter, which reads as the header of a new table: the table is cut in two there, and every uncaptioned table after
it is numbered one too far ("Tabel tanpa judul 3" read as 4), all their rows scored under the wrong names.

:func:`mend_repeated_heads` puts such a repeated header back to the table's own header: header rows inside the
table's body, as many as the header has, that repeat it cell for cell (letter case aside) except for one short cell a row, and that
match it as a whole nearly letter for letter. Such rows are the header's when the layout marked them so, or when
they open the table's part on a later page (the misread head made the layout take them for body rows). Each mend
is named in the table's warnings; the stitcher then drops the repeat
(:func:`~lkjip.extract.stitch.header_repeats_dropped`). So is the header of a table's part that an author cut at a
page break, each part printing the header again: a table right after another (nothing between them), whose header
repeats the other's so (:func:`_mend_part`); the stitcher then joins the part to the table.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from lkjip.extract.document import Block, Table, TableRow

#: a cell misread in the repeat is this short (a narrow column's head: "No", "Kode")
SHORT_CELL = 8

#: the repeated header, all its letters, is this close to the table's header at least (difflib's ratio)
NEAR_HEADER = 0.9


def _letters(rows: list[TableRow]) -> str:
    return "".join(ch for r in rows for c in r.cells for ch in c.lower() if ch.isalnum())


def _near_repeat(head: list[TableRow], repeat: list[TableRow]) -> bool:
    """``repeat`` reads as ``head`` but for at most one short cell a row (module doc)."""
    for h, r in zip(head, repeat, strict=True):
        if len(h.cells) != len(r.cells):
            return False
        # letter case aside: Tesseract reads an "o" in a head as "O" ("IndikatOr") as readily as it misreads "No"
        differ = [k for k, (a, b) in enumerate(zip(h.cells, r.cells, strict=True))
                  if a.casefold().split() != b.casefold().split()]
        if len(differ) > 1 or any(max(len(h.cells[k]), len(r.cells[k])) > SHORT_CELL for k in differ):
            return False
    a, b = _letters(head), _letters(repeat)
    return a != b and SequenceMatcher(None, a, b).ratio() >= NEAR_HEADER


def _opens_page(rows: list[TableRow], k: int) -> bool:
    """Row ``k`` is the first of the table on a later page than the row above it: where a repeated header stands
    (one the layout took for body rows, its misread head no longer the header's letter for letter)."""
    return k > 0 and rows[k].page is not None and rows[k - 1].page is not None and rows[k].page > rows[k - 1].page


def _mend_table(table: Table) -> None:
    rows = table.rows
    n = 0
    while n < len(rows) and rows[n].is_header:
        n += 1
    if n == 0:
        return
    head = rows[:n]
    k = n
    while k + n <= len(rows):
        block = rows[k:k + n]
        if (all(r.is_header for r in block) or _opens_page(rows, k)) and _near_repeat(head, block):
            for h, r in zip(head, block, strict=True):
                if r.cells != h.cells:
                    table.warnings.append(f"page {r.page}: OCR repeated header mended {r.cells!r} -> {h.cells!r}")
                    r.cells = list(h.cells)
            k += n
        else:
            k += 1


def _header_rows(table: Table) -> list[TableRow]:
    n = 0
    while n < len(table.rows) and table.rows[n].is_header:
        n += 1
    return table.rows[:n]


def _mend_part(prev: Table, part: Table) -> None:
    """``part``, the table right after ``prev`` (on its last page or a later one), its header the header of ``prev`` but
    for a misread short head: its header put back to ``prev``'s (a part of a table an author cut at each page, each
    part printing the header again, maybe at the foot of the page the part before ends on; misread, the header reads
    as a new table's and the stitcher leaves the part apart)."""
    head, block = _header_rows(prev), _header_rows(part)
    last, first = prev.rows[-1].page if prev.rows else None, part.rows[0].page if part.rows else None
    if not head or len(block) != len(head) or last is None or first is None or first < last:
        return
    if not _near_repeat(head, block):
        return
    for h, r in zip(head, block, strict=True):
        if r.cells != h.cells:
            part.warnings.append(f"page {r.page}: OCR repeated header mended {r.cells!r} -> {h.cells!r}")
            r.cells = list(h.cells)


def mend_repeated_heads(blocks: list[Block], ocr_pages: list[int]) -> None:
    """Mend, in every table read by OCR, the header rows that repeat its header but for a misread short head; and
    the header of a table read by OCR right after another one (nothing between them) that repeats the other's so
    (:func:`_mend_part`)."""
    pages = set(ocr_pages)
    for b in blocks:
        if isinstance(b, Table) and b.page in pages:
            _mend_table(b)
    for prev, part in zip(blocks, blocks[1:], strict=False):
        if isinstance(prev, Table) and isinstance(part, Table) and prev.page in pages and part.page in pages:
            _mend_part(prev, part)
