"""A table's upper header rows read as a table of their own, right above the table (:func:`headers_rejoined`).

A reader can cut a table between the rows of its header: a tall header cell ("Realisasi / Tahun / 2021" over
three lines, the lower row's labels at its foot) leaves a gap a shaded or side-barred header does not bridge. The
upper rows then come out as a table of header words only, and the table under it opens with the header's lower
row, its cells empty under the labels that span both rows ("No", "Satuan") and filled under the labels that span
columns ("Sasaran" over "Uraian | Indikator Kinerja"). Apart, the upper part counts as an uncaptioned table
(every uncaptioned table after it renumbered) and the lower one loses the names of its columns (the year of a
realisation column). The upper rows go back on top of the table under them, each label over its columns: the
lower row's empty cells and runs of filled cells, in order, are the upper row's labels, one each.
"""

from __future__ import annotations

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.headers import is_header_like, is_numbering_row


def _spans(lower: list[str]) -> list[tuple[int, int]]:
    """The places of the upper row's labels over ``lower``: each empty cell alone, each run of filled cells as one
    (a label spanning the columns the lower row names)."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(lower):
        if not lower[k].strip():
            out.append((k, k + 1))
            k += 1
            continue
        end = k
        while end < len(lower) and lower[end].strip():
            end += 1
        out.append((k, end))
        k = end
    return out


def _header_only(table: Table) -> bool:
    """Every row of ``table`` reads as header words (no value, no column numbers), two rows at most."""
    return 0 < len(table.rows) <= 2 and all(is_header_like(r.cells) and not is_numbering_row(r.cells)
                                            for r in table.rows)


def placed(upper: Table, lower: Table) -> list[TableRow] | None:
    """The rows of ``upper`` laid over the columns of ``lower`` (its first row the header's lower row: some cells
    empty, one filled at least, a filled cell's words no label of ``upper``), else None."""
    first = lower.rows[0].cells if lower.rows else []
    if not first or not is_header_like(first) or is_numbering_row(first) or not any(c.strip() for c in first) \
            or all(c.strip() for c in first):
        return None
    spans = _spans(first)
    if len(spans) != upper.n_cols or len(spans) == len(first):
        return None
    rows = []
    for r in upper.rows:
        cells = [""] * len(first)
        for (start, _), text in zip(spans, [*r.cells, *[""] * (upper.n_cols - len(r.cells))], strict=True):
            cells[start] = text
        rows.append(r.model_copy(update={"cells": cells, "is_header": True}))
    return rows


def headers_rejoined(blocks: list[Paragraph | Table]) -> list[Paragraph | Table]:
    """``blocks`` with every table of header words only put back on top of the table right under it on the same
    page (:func:`placed`)."""
    out: list[Paragraph | Table] = []
    for b in blocks:
        prev = out[-1] if out else None
        if isinstance(b, Table) and isinstance(prev, Table) and _header_only(prev) and prev.page == b.page \
                and (rows := placed(prev, b)) is not None:
            lower = [r.model_copy(update={"is_header": True}) if k == 0 else r for k, r in enumerate(b.rows)]
            out[-1] = b.model_copy(update={
                "rows": [*rows, *lower], "bbox": None if prev.bbox is None or b.bbox is None else
                (min(prev.bbox[0], b.bbox[0]), prev.bbox[1], max(prev.bbox[2], b.bbox[2]), b.bbox[3]),
                "warnings": [*b.warnings, "its header's upper rows, read as a table above it, put back"]})
            continue
        out.append(b)
    return out


def _column_words(rows: list[TableRow], n_cols: int) -> list[str]:
    """Per column, the letters of ``rows`` run together, top to bottom (case and spaces aside)."""
    return ["".join("".join(r.cells[k].split()) for r in rows if k < len(r.cells)).casefold() for k in range(n_cols)]


def header_restacked(head: list[TableRow], nxt: Table) -> int | None:
    """How many leading rows of ``nxt`` repeat the header rows ``head`` of the table above though cut into other
    lines: a page break that cut the repeated header (put back as rows of its own), or a reader that read a cell
    of two lines as two rows ("Indikator" over "Tujuan" for "Indikator Tujuan"). Column by column, the rows spell
    the header's cells letter for letter, three columns at least; a row of data follows them. Else None."""
    n_cols = max((len(r.cells) for r in head), default=0)
    if nxt.n_cols != n_cols:
        return None
    want = _column_words(head, n_cols)
    if sum(1 for c in want if c) < 3:
        return None
    for n in range(1, min(len(nxt.rows) - 1, len(head) + 3) + 1):
        if _column_words(nxt.rows[:n], n_cols) == want:
            return n
    return None
