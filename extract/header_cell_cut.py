"""A header cell a reader cut across two columns, the body under one of them, put back together
(:func:`cut_header_cells_joined`).

A borderless or header-rule-only table whose wide header cell wraps over several lines ("TARGET AKHIR" /
"RENSTRA" / "(TAHUN 2026)") can be cut by a reader into two columns where the lines of the cell stand at two
places: "TARGET RENSTRA (TAHUN" over one column, "AKHIR 2026)" over the next. The values stand under one of the
two; the other holds nothing in any row, and the row of column numbers ("(1) (2) (3) (4)") prints one number over
the two, leaving one column, and only one, without its number. Read so, the header of the values' column is half
a header, and a table of targets loses its target column.

Two adjacent columns, both with header text, one with no column number (the only column so), one holding nothing
under the header and the other holding the body's values, are one column: the header cells are joined (left
then right), the number and the values kept, and the second column removed from every row.
"""

from __future__ import annotations

from lkjip.extract.document import Table
from lkjip.extract.headers import is_header_like, is_numbering_row, split_header
from lkjip.extract.table_under import header_rows

#: a tall header takes so many rows at most
HEAD_ROWS = 6


def _cell(cells: list[str], k: int) -> str:
    return cells[k].strip() if 0 <= k < len(cells) else ""


def cut_header_cells_joined(table: Table) -> None:
    """Join the two columns of ``table`` a header cell was cut across (see the module); a table warning so."""
    rows = [r.cells for r in table.rows]
    n_head = max(split_header(rows)[1], len(header_rows(table)))  # a tall header: more rows than split_header takes
    numbers = next((c for c in rows[:n_head] if is_numbering_row(c)), None)
    head = [c for c in rows[:n_head] if not is_numbering_row(c)]
    n = table.n_cols
    if not head or numbers is None or n < 3:
        return
    gaps = [k for k in range(n) if not _cell(numbers, k)]
    if len(gaps) != 1:
        return
    gap = gaps[0]
    body = [c for c in rows[n_head:] if not is_numbering_row(c) and not is_header_like(c)]
    if not body or not any(_cell(h, gap) for h in head):
        return
    filled = lambda k: any(_cell(c, k) for c in body)  # noqa: E731
    partners = [p for p in (gap - 1, gap + 1) if 0 <= p < n and any(_cell(h, p) for h in head)
                and filled(p) != filled(gap)]
    if len(partners) != 1:
        return
    left, right = sorted((gap, partners[0]))
    for r in table.rows:
        if right >= len(r.cells):
            continue
        a, b = r.cells[left].strip(), r.cells[right].strip()
        r.cells[left] = f"{a} {b}" if a and b else a or b
        del r.cells[right]
    table.warnings.append(f"a header cell cut across two columns joined back (columns {left + 1} and {right + 1})")


def cell_line_rows_joined(table: Table) -> None:
    """Join into the header row above each header row of ``table`` that holds text in one column only, under a
    cell of that column with text: the lower lines of a tall header cell ("ia", "(2018)" under "Kondis Awal Renstr")
    a reader gave rows of their own, which push the header's lower rows (the years, the column numbers) past the
    rows a header is read from. Only rows the reader marked as header rows, above another of them, are so joined;
    a header row filled in one column over the header's first row stays (a group label); a table warning so."""
    head = []
    for r in table.rows[:HEAD_ROWS]:  # the rows a reader marked as the header's
        if not r.is_header:
            break
        head.append(r)
    joined = 0
    k = 1
    while k < len(head):
        cells = head[k].cells
        filled = [j for j, c in enumerate(cells) if c.strip()]
        above = head[k - 1].cells
        if k == len(head) - 1 or is_numbering_row(cells) or is_numbering_row(above) or len(filled) != 1 \
                or not _cell(above, filled[0]) or len(above) != len(cells):
            k += 1
            continue
        j = filled[0]
        above[j] = f"{above[j].strip()} {cells[j].strip()}"
        table.rows.remove(head[k])
        del head[k]
        joined += 1
    if joined:
        table.warnings.append(f"{joined} line(s) of a tall header cell read as rows of their own joined to the cell")
