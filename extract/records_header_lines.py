"""A line of a table's header repeated on a later page that the reader kept among the body rows, with the end of
the row a page break cut read into it ("Uraian | Indikator Kinerja aktif | Target | Realisasi": "aktif" ends the
indicator of the row above the break). Left as a row, it is an indicator named after the header (a target
"Target"), which no Perjanjian Kinerja holds: a misread that looks like a contradiction. :func:`header_lines_out`
drops such a line and gives its extra words back to the row above.

A tall header cell ("Realisasi / Tahun / 2020") may print its last line level with the first line of the body: the
rest of a row a page break cut then shares a line with the header's last pieces ("kelola desa | … | 2020 | … |
2021"). :func:`_header_pieces_out` takes the pieces of the header out of the row that follows a dropped header line
(each a piece of its column's header text the repeated lines did not print), leaving the rest of the cut row.
"""

from __future__ import annotations

from lkjip.extract.classify import FoundTable
from lkjip.extract.document import TableRow
from lkjip.extract.headers import is_numbering_row

#: a repeated header line prints at least this many of its header line's cells as they are
MIN_SAME = 2


def _cell(row: TableRow, k: int) -> str:
    return " ".join(row.cells[k].split()) if 0 <= k < len(row.cells) else ""


def _rest_of_header(row: TableRow, head: TableRow) -> dict[int, str] | None:
    """Per cell, the words ``row`` prints after ``head``'s text in that cell, when ``row`` repeats ``head``:
    every filled cell opens with the header cell's words and at least :data:`MIN_SAME` print them alone; else
    None."""
    rest: dict[int, str] = {}
    same = 0
    for k, text in enumerate(row.cells):
        text, label = _cell(row, k), _cell(head, k)
        if not text:
            continue
        if not label or not (text.casefold() + " ").startswith(label.casefold() + " "):
            return None
        if text == label:
            same += 1
        else:
            rest[k] = text[len(label):].strip()
    return rest if same >= MIN_SAME else None


def _column_heads(heads: list[TableRow]) -> dict[int, tuple[set[str], str]]:
    """Per column, its header cells as printed (casefolded) and all of them joined: what a repeated header line
    may print in that column however the page wrapped its labels."""
    cols: dict[int, tuple[set[str], str]] = {}
    for k in range(max((len(h.cells) for h in heads), default=0)):
        cells = [_cell(h, k).casefold() for h in heads if _cell(h, k)]
        cols[k] = (set(cells), " ".join(cells))
    return cols


def _rewrapped_header(row: TableRow, cols: dict[int, tuple[set[str], str]]) -> bool:
    """``row`` repeats the header with its labels wrapped otherwise ("Realisasi" / "Tahun 2022" for "Realisasi
    Tahun 2022", "Capaia" / "n Tahun" for "Capaian Tahun 2023"): every filled cell is a piece of its column's
    header text, at least :data:`MIN_SAME` are one of its header cells as printed, and no cell holds a figure the
    header does not print."""
    same = 0
    for k, text in enumerate(row.cells):
        text = _cell(row, k).casefold()
        if not text:
            continue
        labels, joined = cols.get(k, (set(), ""))
        if text not in joined:
            return False
        same += text in labels
    return same >= MIN_SAME


def _header_pieces_out(row: TableRow, cols: dict[int, tuple[set[str], str]], printed: set[tuple[int, str]]
                        ) -> TableRow | None:
    """``row`` (right under a repeated header line, no key in its first cell) without the cells that print the
    rest of their column's header (a piece of its header text the repeated lines did not print, holding a
    figure: "2020" under "Realisasi / Tahun"), when at least one such cell and one other cell are filled; else
    None."""
    if _cell(row, 0):
        return None
    cells, cut = list(row.cells), 0
    for k in range(1, len(cells)):
        text = _cell(row, k).casefold()
        joined = cols.get(k, (set(), ""))[1]
        if (text and any(ch.isdigit() for ch in text) and f" {text} " in f" {joined} "
                and not any(c == k and text in p for c, p in printed)):
            cells[k], cut = "", cut + 1
    if not cut or not any(c.strip() for c in cells):
        return None
    return row.model_copy(update={"cells": cells})


def header_lines_out(ft: FoundTable, rows: list[TableRow] | None = None) -> list[TableRow]:
    """``ft``'s body rows (or ``rows``) without the lines repeating one of its header lines on a later page; the
    words such a line prints after the header's in a cell end that cell of the row above. A line repeating the
    header with its labels wrapped otherwise is dropped too."""
    heads = [r for r in ft.table.rows if r.is_header and sum(1 for c in r.cells if c.strip()) >= MIN_SAME]
    cols = _column_heads(heads)
    labels = _column_heads([h for h in heads if not is_numbering_row(h.cells)])  # no column number is a label's rest
    first_page = min((h.page or 0 for h in heads), default=0)
    out: list[TableRow] = []
    printed: set[tuple[int, str]] = set()  # the cells of the repeated header lines right above (column, text)
    for row in ft.body if rows is None else rows:
        if printed and (row.page or 0) > first_page:
            row = _header_pieces_out(row, labels, printed) or row
        rest = next((x for h in heads if (row.page or 0) > (h.page or 0) and (x := _rest_of_header(row, h)) is not None),
                    None)
        if rest is None and heads and (row.page or 0) > first_page and _rewrapped_header(row, cols):
            rest = {}
        if rest is None:
            printed = set()
            out.append(row)
            continue
        printed |= {(k, _cell(row, k).casefold()) for k in range(len(row.cells)) if _cell(row, k)}
        if rest and out:
            cells = list(out[-1].cells)
            for k, words in rest.items():
                if k < len(cells):
                    cells[k] = f"{cells[k].strip()} {words}".strip()
            out[-1] = out[-1].model_copy(update={"cells": cells})
    return out
