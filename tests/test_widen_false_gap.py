"""A table split by its author, its first part ending a page with one row: a column's header label set left and
its body set right leave white between them, a channel inside that column the next part's rows cross. The part is
still read again with the next part's columns (:func:`lkjip.extract.layout.carry.finer_columns`), when it has a
row or two: a part of many rows showing a channel the next part lacks is another table."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.carry import finer_columns
from lkjip.extract.layout.page_table import PageTable

THEIRS = [(20.0, 30.0), (100.0, 110.0), (150.0, 160.0), (200.0, 210.0)]


def _part(n_body: int) -> tuple[PageTable, list]:
    lines = [cells_line(60, (5, "No"), (32, "Uraian"), (162, "Anggaran"), (212, "Realisasi"), bold=True)]
    rows = [TableRow(cells=["No", "Uraian", "Anggaran", "Realisasi"], is_header=True)]
    for k in range(n_body):
        lines.append(cells_line(72 + 12 * k, (65, "Belanja"), (162, "1.250"), (212, "2.000")))
        rows.append(TableRow(cells=["Belanja", "1.250", "2.000"]))
    # its own channels: the white between "Uraian" (set left) and the body's names (set right) among them
    mine = [(63.0, 64.0), (150.0, 160.0), (200.0, 210.0)]
    return PageTable(Table(rows=rows), [5.0, 63.0, 155.0, 205.0, 250.0], 60.0, 84.0, 5.0, 250.0, channels=mine), lines


def _next() -> PageTable:
    rows = [TableRow(cells=["1.", "Program", "Jasa", "1.250", "2.000"])]
    return PageTable(Table(rows=rows), [5.0, 25.0, 105.0, 155.0, 205.0, 250.0], 60.0, 200.0, 5.0, 250.0,
                     channels=THEIRS)


def test_a_part_of_one_row_is_read_again_across_white_inside_a_column():
    part, lines = _part(1)
    assert finer_columns(part, lines, _next()) is not None


def test_a_part_of_many_rows_showing_a_channel_the_next_lacks_is_left_as_read():
    part, lines = _part(4)
    assert finer_columns(part, lines, _next()) is None
