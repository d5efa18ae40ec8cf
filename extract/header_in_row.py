"""A repeated header read into a row of the body: the table's reading is doubtful (issue #12 item 5).

A table whose header repeats on every page, and whose row a page break cut, prints on the next page its header
over the rest of the cut row. When nothing parts the header's lower row from that rest (a frame or banded style
drawing no rule under the header), a reader may drop only the header's upper row and join the lower one to the
cut row, header words and all: "Meningkatnya Uraian" | "Persentase Indikator Kinerja" | "65 Tahun 2022" |
"68 Target". The row then reads as another indicator with values, a false "not in the PK" or a false sum. Such a
row holds, column by column, the words of one header row (each cell its column's header cell as a run of words,
or the header cell's first words closing the cell, the rest of it cut to the next line): the table is marked
doubtful (:func:`header_read_into_row`), its flags uncertain warnings.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table
from lkjip.extract.headers import is_numbering_row
from lkjip.extract.table_under import header_rows

#: so many columns of a body row hold their header cell's words, at least
MIN_COLUMNS = 3
#: and so large a share of the header row's filled cells (with a word) do
MIN_SHARE = 2 / 3


def _words(cell: str) -> list[str]:
    return cell.casefold().split()


def _holds(cell: list[str], head: list[str]) -> bool:
    """``cell``'s words hold ``head``'s as a run, or close with the first half of them or more (the rest cut)."""
    n = len(head)
    if any(cell[i: i + n] == head for i in range(len(cell) - n + 1)):
        return True
    return any(k >= max(1, (n + 1) // 2) and cell[-k:] == head[:k] for k in range(1, min(n, len(cell) + 1)))


def header_read_into_row(table: Table) -> str | None:
    """Why ``table`` is read doubtfully when a row of its body holds a header row's words in
    :data:`MIN_COLUMNS` columns or more, and in :data:`MIN_SHARE` of the header row's cells with a word, one of them
    with more than the header's words (else None: a row equal to the header is a repeat of it, not a misreading)."""
    head = header_rows(table)
    if not head or len(table.rows) <= len(head):
        return None
    for h in head:
        if is_numbering_row(h.cells):
            continue
        cols = [(k, _words(c)) for k, c in enumerate(h.cells) if re.search(r"[^\W\d_]{2}", c)]
        if len(cols) < MIN_COLUMNS:
            continue
        for row in table.rows[len(head):]:
            cells = [_words(c) for c in row.cells]
            held = [k for k, w in cols if k < len(cells) and _holds(cells[k], w)]
            if len(held) >= MIN_COLUMNS and len(held) >= MIN_SHARE * len(cols) \
                    and any(cells[k] != w for k, w in cols if k in held):
                return (f"judul kolom terbaca ke dalam sebuah baris "
                        f"('{' | '.join(c for c in row.cells if c.strip())[:60]}')")
    return None
