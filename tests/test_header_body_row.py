"""A table's header read together with its first body row as one row (header and row at a page's foot, no rule
read between them): the row is parted into a header row and a body row
(:func:`lkjip.extract.header_body_row.header_row_parted`), and the table gets its kind."""

from __future__ import annotations

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.header_body_row import header_row_parted
from lkjip.extract.stitch import stitch_document

ROWS = [["Program Program Pelayanan Umum Kantor", "Anggaran (Rp.) Rp 1.234.567.890"],
        ["Program Penataan Ruang Wilayah", "Rp 222.333.444"],
        ["Program Pengelolaan Arsip Daerah", "Rp 55.666.777"],
        ["Jumlah", "Rp 1.512.568.111"]]


def _table(rows: list[list[str]]) -> Table:
    return Table(rows=[TableRow(cells=list(c), page=5 if k == 0 else 6) for k, c in enumerate(rows)], strategy="lines")


def test_a_header_read_into_the_first_body_row_is_parted_into_header_and_row():
    t = _table(ROWS)
    assert header_row_parted(t)
    assert [r.cells for r in t.rows[:3]] == [
        ["Program", "Anggaran (Rp.)"],
        ["Program Pelayanan Umum Kantor", "Rp 1.234.567.890"],
        ["Program Penataan Ruang Wilayah", "Rp 222.333.444"]]
    assert t.rows[0].is_header and not t.rows[1].is_header


def test_the_parted_table_is_a_budget_table_through_stitch():
    doc = Document(source_file="t", input_format="pdf", blocks=[_table(ROWS)])
    (found,) = find_tables(stitch_document(doc))
    assert found.kind.value == "budget"


def test_rows_without_header_words_stay_as_read():
    plain = [["Program Pelayanan Umum Kantor", "Rp 1.234.567.890"], *ROWS[1:]]
    t = _table(plain)
    assert not header_row_parted(t) and [r.cells for r in t.rows] == plain
    # words before the amount, but the name's words do not open with the column's common first word
    t = _table([["Belanja Pelayanan Umum", "Anggaran (Rp.) Rp 1.234.567.890"], *ROWS[1:]])
    assert not header_row_parted(t)
    # a header already read: nothing to part
    headed = Table(rows=[TableRow(cells=["Program", "Anggaran (Rp.)"], is_header=True),
                         *(TableRow(cells=list(c)) for c in ROWS)], strategy="lines")
    assert not header_row_parted(headed)
