"""A table's total row read as a line of text right under it, put back as its last row (:func:`totals_rejoined`).

A reader that closes a table at its frame's last rule leaves a total row printed under that rule ("JUMLAH
2.476.037.683,- 2.430.923.433,- 98,18") as a paragraph. The table then has no total: the budget's grand total is
lost, and the text's "total anggaran" cannot be checked against it. The line goes back as the table's last row:
its words under the table's first text column, its values, in order, under the table's first columns of values
right of it (a budget's amounts and "%" before an output's measures; a column of row numbers "1.1.2" before the
names is none).
A summary line ("Jumlah Anggaran : 1.250.000.000,00", a label and a colon) is text, and a table that already
ends with a total keeps its own.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.captions import furniture
from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.records_total import TOTAL_ROW

#: a value of a row: an amount, a percent ("Rp 2.476.037.683,-", "98,18", "100 %")
_VALUE = re.compile(r"(?:rp\.?\s*)?\d[\d.]*(?:,\d+)?(?:,-)?(?:\s*%)?", re.I)
#: a row's number ("1.", "a)", "IV."): no value
_KEY = re.compile(r"^(?:\d{1,2}|[a-zA-Z]|[IVX]{1,5})[.)]$")
_NUMBER_CELL = re.compile(r"^\(?-?\s*(?:rp\.?\s*)?\d[\d.,]*\s*%?\)?(?:,-)?$|^[-–]$", re.I)


def _value_columns(table: Table) -> list[int]:
    """The columns of ``table``'s body holding values in most of its filled cells, left to right."""
    body = [r for r in table.rows if not r.is_header]
    out = []
    for k in range(table.n_cols):
        cells = [r.cells[k].strip() for r in body if k < len(r.cells) and r.cells[k].strip()]
        values = [c for c in cells if _NUMBER_CELL.match(c) and not _KEY.match(c)]
        if len(cells) >= 2 and len(values) >= 0.8 * len(cells):
            out.append(k)
    return out


def _name_column(table: Table) -> int | None:
    """The first column of ``table``'s body holding words (three letters running): the names. A column before it
    holds row numbers ("1.1.2", "2"), never a value of the total, however much its keys look like numbers."""
    body = [r for r in table.rows if not r.is_header]
    return next((k for k in range(table.n_cols) if any(
        k < len(r.cells) and re.search(r"\p{L}{3}", r.cells[k]) for r in body)), None)


def total_row(line: Paragraph, table: Table) -> TableRow | None:
    """``line`` as the total row of ``table`` (see the module's docstring), else None."""
    text = " ".join(line.text.split())
    m = TOTAL_ROW.match(text)
    last = table.rows[-1] if table.rows else None
    if m is None or ":" in text or last is None or line.page != last.page or "\n" in line.text.strip():
        return None
    words, values = text[:m.end()].strip(), text[m.end():].strip()
    found = [v.group(0).strip() for v in _VALUE.finditer(values)]
    name = _name_column(table)
    columns = [k for k in _value_columns(table) if name is None or k > name]
    if not found or not columns or _VALUE.sub("", values).strip() or len(found) > len(columns) \
            or any(TOTAL_ROW.match(c.strip()) for c in last.cells[:columns[0]]):  # a total of its own
        return None
    cells = [""] * table.n_cols
    cells[name or 0] = words
    for k, value in zip(columns, found, strict=False):
        cells[k] = value
    return TableRow(cells=cells, page=line.page, line_no=line.line_no, bbox=line.bbox)


def totals_rejoined(blocks: list[Paragraph | Table], running: set[str]) -> list[Paragraph | Table]:
    """``blocks`` with each table's total row read as the line of text right under it put back (:func:`total_row`)."""
    out: list[Paragraph | Table] = []
    table: Table | None = None
    for b in blocks:
        if isinstance(b, Table):
            table = b
        elif table is not None and not furniture(b, running):
            row = total_row(b, table)
            table = None
            if row is not None:
                k = max(i for i, x in enumerate(out) if isinstance(x, Table))
                t = out[k]
                assert isinstance(t, Table)
                out[k] = t.model_copy(update={"rows": [*t.rows, row], "warnings": [
                    *t.warnings, "its total row, read as a line of text under it, put back"]})
                continue
        out.append(b)
    return out
