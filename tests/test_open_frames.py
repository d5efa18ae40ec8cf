"""A table in an outer frame that a page break cuts: no rule at the cut, the frame's sides running down to it (or
from it) and stopping there. The missing rule is drawn back in where both sides stop
(:func:`lkjip.extract.layout.open_frames.closed_frames`), so the rows under the header rule, or a part of a table
framed on its own, are read as in a closed frame (:func:`lkjip.extract.layout.half_ruled.half_ruled_tables`)."""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.layout.geometry import Ruling
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.open_frames import closed_frames

X0, X1 = 50.0, 540.0


def _side(x: float, top: float, bottom: float) -> Ruling:
    return Ruling(x - 0.25, top, x + 0.25, bottom)


def _row(y: float, no: str, name: str, unit: str, amount: str):
    return cells_line(y, (56, no), (80, name), (330, unit), (470 - 5 * len(amount), amount))


def _body(top: float) -> list:
    return [_row(top, "1", "Penyediaan Jasa Surat", "Dokumen", "1.250"),
            _row(top + 20, "2", "Pemeliharaan Gedung Kantor", "Unit", "3.400"),
            _row(top + 40, "3", "Penyediaan Alat Tulis", "Paket", "815"),
            _row(top + 60, "4", "Koordinasi Perencanaan", "Laporan", "2.005")]


def test_the_rule_where_both_sides_stop_is_drawn_back_in():
    rules = [hrule(55.0, X0, X1), hrule(75.0, X0, X1), _side(X0, 55.0, 160.0), _side(X1, 55.0, 160.0)]
    out, cuts = closed_frames(rules, 60.0)
    assert cuts == [160.0]
    assert any(r.horizontal and abs(r.top - 159.75) < 0.01 and r.x0 == X0 and r.x1 == X1 for r in out)


def test_a_closed_frame_gets_no_rule():
    rules = [hrule(55.0, X0, X1), hrule(75.0, X0, X1), hrule(160.0, X0, X1),
             _side(X0, 55.0, 160.0), _side(X1, 55.0, 160.0)]
    assert closed_frames(rules, 60.0)[1] == []


def test_sides_drawn_cell_by_cell_and_coming_down_to_the_rule():
    # the rest of a frame on the next page: no rule over it, each row's side a piece of its own (a browser)
    rules = [hrule(160.0, X0, X1), _side(X0, 55.0, 100.0), _side(X0, 100.0, 160.0),
             _side(X1, 55.0, 100.0), _side(X1, 100.0, 160.0)]
    assert closed_frames(rules, 60.0)[1] == [55.0]


def test_the_rows_under_the_header_rule_of_a_frame_the_page_break_cut():
    lines = [cells_line(60, (56, "No"), (80, "Uraian"), (330, "Satuan"), (430, "Jumlah"), bold=True), *_body(80)]
    rules = [hrule(55.0, X0, X1), hrule(75.0, X0, X1), _side(X0, 55.0, 160.0), _side(X1, 55.0, 160.0)]
    tables, rest = half_ruled_tables(lines, rules, page_no=8, strategy="rules")
    assert not rest
    assert len(tables) == 1
    body = [r.cells for r in tables[0].table.rows if not r.is_header]
    assert [c[0] for c in body] == ["1", "2", "3", "4"]
    assert body[1][-1] == "3.400"


def test_a_part_of_a_table_framed_on_its_own_and_cut_by_the_page():
    # a part its author split off, no header, its frame's top drawn and its foot cut by the page break
    rules = [hrule(75.0, X0, X1), _side(X0, 75.0, 160.0), _side(X1, 75.0, 160.0)]
    tables, rest = half_ruled_tables(_body(80), rules, page_no=8, strategy="rules")
    assert not rest
    assert len(tables) == 1
    assert [r.cells[0] for r in tables[0].table.rows] == ["1", "2", "3", "4"]


def test_the_sides_of_two_frames_one_under_the_other_stay_apart():
    # a frame's rest opening the page (no rule over it), another table's closed frame under it, whose right side
    # lies a fraction of a point further left: each side is its own
    rules = [hrule(160.0, X0, X1), _side(X0, 55.0, 160.0), _side(X1 + 0.3, 55.0, 160.0),
             hrule(200.0, X0, X1), hrule(300.0, X0, X1), _side(X0, 200.0, 300.0), _side(X1 - 0.2, 200.0, 300.0)]
    assert closed_frames(rules, 60.0)[1] == [55.0]


def test_the_rows_of_a_frames_rest_come_from_its_text():
    # the rest of a frame opening the page (no rule over it), one band down to its foot (drawn cell by cell, a
    # browser): the rest of a cut row in the last column, then a row opening the column before it; the frame's two
    # rules part no rows
    lines = [cells_line(58, (400, "Jumlah monev")), cells_line(70, (400, "pengendalian")),
             cells_line(82, (300, "Koordinasi"), (400, "Jumlah Laporan")),
             cells_line(94, (300, "penerapan"), (400, "Koordinasi Desa"))]
    rules = [hrule(106.0, X0, 290.0), hrule(106.0, 290.0, 390.0), hrule(106.0, 390.0, X1),
             _side(X0, 55.0, 106.0), _side(X1, 55.0, 106.0)]
    tables, rest = half_ruled_tables(lines, rules, page_no=9, strategy="rules")
    assert not rest and len(tables) == 1
    assert [r.cells[-1] for r in tables[0].table.rows] == ["Jumlah monev pengendalian", "Jumlah Laporan Koordinasi Desa"]
