"""The rest of a framed table opening a page: a page break cut the frame's top (its sides run down from the
page's top to the frame's foot), and the row or two left in it are justified, a stretched word space lined up
from row to row. Such a rest, as wide as the table the page before ended with, is read by that table's columns
where no word crosses them, not by channels of its own (a stretched word space is no column)
(:func:`lkjip.extract.layout.half_ruled.half_ruled_tables`)."""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import Ruling
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.page_table import PageTable

X0, X1 = 55.0, 540.0
CHANNELS = [(84.5, 85.5), (394.5, 395.5), (474.5, 475.5)]


def _side(x: float, top: float, bottom: float) -> Ruling:
    return Ruling(x - 0.25, top, x + 0.25, bottom)


def _carry() -> PageTable:
    rows = [TableRow(cells=["No", "Program", "Anggaran", "Keterangan"], is_header=True),
            TableRow(cells=["5", "Pembinaan Pengawasan", "47.555.182", "APBD"])]
    return PageTable(Table(rows=rows), [X0, 85.0, 395.0, 475.0, X1], 100.0, 780.0, X0, X1, channels=CHANNELS)


def _rest() -> tuple[list, list[Ruling]]:
    # one row, its name justified over two lines: the stretched space between the name's words lines up
    lines = [cells_line(60, (60, "6"), (90, "Pemberdayaan"), (250, "Lembaga"), (400, "79.498.465"), (480, "APBD")),
             cells_line(72, (90, "Kemasyarakatan"), (250, "Desa"))]
    rules = [hrule(86.0, X0, X1), _side(X0, 50.0, 86.0), _side(X1, 50.0, 86.0)]
    return lines, rules


def test_a_frames_rest_opening_the_page_keeps_the_columns_of_the_part_before():
    lines, rules = _rest()
    tables, rest = half_ruled_tables(lines, rules, page_no=2, strategy="rules", carry=_carry())
    assert not rest and len(tables) == 1
    rows = [r.cells for r in tables[0].table.rows]
    assert rows == [["6", "Pemberdayaan Lembaga Kemasyarakatan Desa", "79.498.465", "APBD"]]
    assert tables[0].carried


def test_a_frames_rest_narrower_than_the_part_before_keeps_its_own_columns():
    # not the same table's rest (its frame narrower): its own channels stand
    lines, _ = _rest()
    rules = [hrule(86.0, X0, 520.0), _side(X0, 50.0, 86.0), _side(520.0, 50.0, 86.0)]
    tables, _ = half_ruled_tables(lines, rules, page_no=2, strategy="rules", carry=_carry())
    assert tables and not tables[0].carried
