"""Issue #12 item 5, a header column receiving no values: a table whose header labels more columns with years
than its body fills (a year column empty in every row while the others hold values: the header read over the
body with a column too many, or a column's values read into its neighbour) is read doubtfully, so the flags
that come from it carry ``uncertain`` and count as warnings."""

from __future__ import annotations

from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.stitch import stitch_document
from lkjip.extract.value_columns import year_column_unfilled

HEAD = ["No", "Indikator", "Satuan", "2019", "2020", "2021", "2022"]


def _table(rows) -> Table:
    return Table(page=3, rows=[TableRow(cells=HEAD, page=3, is_header=True),
                               *(TableRow(cells=r, page=3) for r in rows)])


def test_a_year_column_no_row_fills_makes_the_reading_doubtful():
    table = _table([["1", "Nilai SAKIP", "Nilai", "60,5", "", "62 64", "66"],
                    ["2", "Indeks Kepuasan Masyarakat", "%", "80", "", "81 82", "83"]])
    assert "2020" in year_column_unfilled(table)
    (read,) = stitch_document(Document(source_file="t", input_format="pdf", blocks=[table])).tables()
    assert read.doubt and "2020" in read.doubt


def test_every_year_column_filled_or_a_dash_is_no_doubt():
    assert year_column_unfilled(_table([["1", "Nilai SAKIP", "Nilai", "60,5", "61", "62", "66"],
                                        ["2", "Indeks Kepuasan Masyarakat", "%", "80", "-", "81", "83"]])) is None
    # a column filled in some rows only (a year not yet reported for every indicator) is no doubt
    assert year_column_unfilled(_table([["1", "Nilai SAKIP", "Nilai", "60,5", "61", "62", ""],
                                        ["2", "Indeks Kepuasan Masyarakat", "%", "80", "81", "82", "83"]])) is None
