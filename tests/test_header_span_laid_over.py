"""A ruled table's header cut off at a page's foot (one row: "NO | URAIAN | ANGGARAN", the last label spanning
the amount, its realisation and the percentage), its body opening the next page with more columns: the header is
laid over the body's columns, a label spanning several of them in the first it spans, as a spanning cell's text
stands in every table read, not in the one under its middle
(:func:`lkjip.extract.layout.stitch.header_adopted`)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import header_adopted


def test_a_label_spanning_three_body_columns_stands_in_the_first():
    head = PageTable(Table(rows=[TableRow(cells=["NO", "URAIAN", "ANGGARAN"], page=15, is_header=True)], page=15),
                     [51.0, 111.0, 258.0, 533.0], 772.0, 786.0, 51.0, 533.0)
    body_rows = [TableRow(cells=["", "BELANJA LANGSUNG", "4.029.826.785,00", "3.980.930.082,00", "98,79"], page=16),
                 TableRow(cells=["A.", "PROGRAM PENUNJANG", "3.845.647.962,00", "3.823.504.672,00", "99,42"], page=16)]
    body = PageTable(Table(rows=body_rows, page=16), [51.0, 112.0, 258.0, 371.0, 483.0, 533.0], 57.0, 390.0,
                     51.0, 533.0)
    assert header_adopted(head, body)
    assert head.table.rows[0].cells == ["NO", "URAIAN", "ANGGARAN", "", ""]
