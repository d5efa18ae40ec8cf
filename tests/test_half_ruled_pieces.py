"""Tables ruled with horizontal lines only as a browser draws them (issue #12).

A browser draws the rule between two rows as each cell's own border, one piece per cell, each ending where the
next begins: together they are one rule, and their joints are the column borders
(:func:`lkjip.extract.layout.half_ruled.rule_joints`) — also where a label left-aligned in a wide column stands
over a body right-aligned in it, one column's white away from the text. A page break cuts a row without a rule:
the last row on the page has no rule under it, its rest on the next page none over it
(:func:`lkjip.extract.layout.half_ruled.open_ends`).
"""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.band_rows import one_row
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.half_ruled import half_ruled_tables, rule_joints, touching_joined
from lkjip.extract.layout.page_table import PageTable

BORDERS = [50.0, 80.0, 300.0, 520.0, 600.0]


def _pieces(y: float, borders: list[float] = BORDERS) -> list[Ruling]:
    """One rule drawn cell by cell: a piece per column, each ending where the next starts."""
    return [Ruling(a, y - 0.25, b, y + 0.25) for a, b in zip(borders, borders[1:], strict=False)]


def _right(y: float, x1: float, text: str) -> tuple[float, str]:
    """A cell's text set right-aligned to end at ``x1`` (5 pt per letter, 3 pt between words)."""
    width = sum(5.0 * len(t) for t in text.split()) + 3.0 * (len(text.split()) - 1)
    return (x1 - width, text)


def _bold(line: TextLine) -> TextLine:
    return TextLine([Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, True) for w in line.words])


def _body_line(y: float, no: str, sasaran: str, indikator: str, target: str) -> TextLine:
    # every cell right-aligned to its border less 5 pt of padding
    return cells_line(y, _right(y, 75, no), _right(y, 295, sasaran), _right(y, 515, indikator), _right(y, 595, target))


def test_a_rule_drawn_cell_by_cell_is_one_rule():
    joined = touching_joined(_pieces(100.0))
    assert [(r.x0, r.x1) for r in joined] == [(50.0, 600.0)]
    # pieces apart (a hole under a merged cell) stay apart
    assert len(touching_joined([Ruling(50, 100, 80, 100.5), Ruling(300, 100, 600, 100.5)])) == 2


def test_joints_of_the_pieces_are_the_column_borders():
    rules = [r for y in (100.0, 120.0, 140.0) for r in _pieces(y)]
    assert rule_joints(rules, (50.0, 100.0, 600.0, 140.0), [100.0, 120.0, 140.0]) == [80.0, 300.0, 520.0]
    # rules drawn whole show none
    whole = [Ruling(50, y - 0.25, 600, y + 0.25) for y in (100.0, 120.0, 140.0)]
    assert rule_joints(whole, (50.0, 100.0, 600.0, 140.0), [100.0, 120.0, 140.0]) == []


def test_left_aligned_labels_over_right_aligned_cells_stay_in_their_columns():
    # "Indikator" starts at 305, in the white right of the wide Sasaran column's right-aligned names (ending at
    # 295) and left of the indicator names (right-aligned to 515): the joints say which column it heads
    lines = [
        _bold(cells_line(103, (55, "No"), (85, "Tujuan / Sasaran"), (305, "Indikator"), (525, "Target"))),
        _body_line(123, "1", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP Kecamatan", "53,39"),
        _body_line(143, "2", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "77,46"),
        _body_line(163, "3", "Menurunnya gangguan", "Persentase penanganan gangguan", "61"),
    ]
    rules = [r for y in (100.0, 120.0, 140.0, 160.0, 180.0) for r in _pieces(y)]
    (table,), rest = half_ruled_tables(lines, rules, page_no=1, strategy="rules")
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["No", "Tujuan / Sasaran", "Indikator", "Target"]
    assert rows[1] == ["1", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP Kecamatan", "53,39"]
    assert rows[3] == ["3", "Menurunnya gangguan", "Persentase penanganan gangguan", "61"]
    assert rest == []


def test_the_row_a_page_break_cuts_has_no_rule_under_it():
    lines = [
        _bold(cells_line(103, (55, "No"), (85, "Sasaran"), (305, "Indikator"), (525, "Target"))),
        cells_line(123, (55, "1"), (85, "Meningkatnya akuntabilitas"), (305, "Nilai SAKIP"), (525, "53,39")),
        cells_line(143, (55, "2"), (85, "Meningkatnya kualitas"), (305, "Indeks Kepuasan"), (525, "77,46")),
        cells_line(155, (85, "pelayanan publik"), (305, "Masyarakat")),
    ]
    rules = [r for y in (100.0, 120.0, 140.0) for r in _pieces(y)]
    (table,), rest = half_ruled_tables(lines, rules, page_no=1, strategy="rules")
    assert [r.cells for r in table.table.rows][-1] == [
        "2", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", "77,46"]
    assert rest == []


def test_the_rest_of_a_cut_row_opens_the_next_page_as_a_row_not_a_header():
    carry = PageTable(Table(rows=[TableRow(cells=["No", "Sasaran", "Indikator", "Target"], is_header=True)]),
                      BORDERS, 100.0, 700.0, 50.0, 600.0, channels=[(x - 0.5, x + 0.5) for x in BORDERS[1:-1]])
    lines = [
        cells_line(67, (85, "pelayanan publik"), (305, "Masyarakat")),
        cells_line(83, (55, "3"), (85, "Menurunnya gangguan"), (305, "Persentase penanganan"), (525, "61")),
        cells_line(103, (55, "4"), (85, "Meningkatnya keaktifan"), (305, "Persentase lembaga"), (525, "62")),
    ]
    rules = [r for y in (80.0, 100.0, 120.0) for r in _pieces(y)]
    (table,), rest = half_ruled_tables(lines, rules, page_no=2, strategy="rules", carry=carry)
    rows = table.table.rows
    assert [r.cells for r in rows][0] == ["", "pelayanan publik", "Masyarakat", ""]
    assert not any(r.is_header for r in rows)
    assert table.carried and rest == []


def test_a_body_under_a_header_rule_is_no_open_row():
    # a table ruled under its header only: the body below the rule is many rows, no row a page break cut
    lines = [
        _bold(cells_line(103, (55, "No"), (85, "Sasaran"), (305, "Indikator"), (525, "Target"))),
        cells_line(123, (55, "1"), (85, "Meningkatnya akuntabilitas"), (305, "Nilai SAKIP"), (525, "53,39")),
        cells_line(135, (55, "2"), (85, "Meningkatnya kualitas"), (305, "Indeks Kepuasan"), (525, "77,46")),
        cells_line(147, (55, "3"), (85, "Menurunnya gangguan"), (305, "Persentase penanganan"), (525, "61")),
    ]
    assert not one_row(lines[1:])
    assert one_row(lines[2:3])
    rules = [r for y in (100.0, 120.0) for r in _pieces(y)]
    tables, rest = half_ruled_tables(lines, rules, page_no=1, strategy="rules")
    assert tables == [] and len(rest) == 4


def _whole(y: float, x0: float = 40.0, x1: float = 545.0) -> Ruling:
    return Ruling(x0, y - 0.25, x1, y + 0.25)


def test_a_label_a_column_gap_after_its_neighbour_heads_the_next_column():
    # rules drawn whole (no joints): "Target" is left-aligned in its cell, the targets right-aligned (ending at
    # 540); the label stands in the white between the indicators (ending by 435) and the targets, a column gap
    # after "Uraian": it opens the target column, it does not end the indicator's
    lines = [
        _bold(cells_line(103, (43, "No."), (129, "Sasaran"), (405, "Uraian"), (455, "Target"))),
        cells_line(123, _right(123, 118, "1"), (129, "Meningkatnya kualitas pelayanan"), (405, "Nilai"),
                   _right(123, 540, "78,20")),
        cells_line(135, (405, "IKM")),
        cells_line(153, _right(153, 118, "2"), (129, "Menurunnya gangguan"), (405, "Skor"), _right(153, 540, "74 %")),
        cells_line(165, (405, "kasus")),
    ]
    rules = [_whole(y) for y in (100.0, 120.0, 150.0, 180.0)]
    (table,), _ = half_ruled_tables(lines, rules, page_no=1, strategy="rules")
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["No.", "Sasaran", "Uraian", "Target"]
    assert rows[1] == ["1", "Meningkatnya kualitas pelayanan", "Nilai IKM", "78,20"]


def test_a_paragraph_set_off_between_two_tables_ruled_alike_parts_them():
    # two tables of one width, one under the other, a sentence between them set off by a paragraph's white
    lines = [
        _bold(cells_line(103, (43, "Program"), (400, "Anggaran"))),
        cells_line(123, (43, "Program Penunjang"), _right(123, 540, "1.250.000")),
        cells_line(143, (43, "Jumlah"), _right(143, 540, "1.250.000")),
        cells_line(178, (43, "Sedangkan rincian per kegiatan sebagai berikut:")),
        _bold(cells_line(203, (43, "Kegiatan"), (400, "Anggaran"))),
        cells_line(223, (43, "Koordinasi Kegiatan"), _right(223, 540, "310.000")),
        cells_line(243, (43, "Pembinaan Lembaga"), _right(243, 540, "940.000")),
    ]
    rules = [_whole(y) for y in (100.0, 120.0, 140.0, 160.0, 200.0, 220.0, 240.0, 260.0)]
    tables, rest = half_ruled_tables(lines, rules, page_no=1, strategy="rules")
    assert [[r.cells[0] for r in t.table.rows] for t in tables] == [
        ["Program", "Program Penunjang", "Jumlah"], ["Kegiatan", "Koordinasi Kegiatan", "Pembinaan Lembaga"]]
    assert [ln.text for ln in rest] == ["Sedangkan rincian per kegiatan sebagai berikut:"]


def test_an_amount_under_its_currency_sign_is_one_row():
    # a narrow column wraps "Rp." / "59.862.594": the row's two lines, one row (a page break's open row)
    lines = [
        cells_line(123, (72, "b."), (109, "Pengadaan Peralatan"), (678, "Rp."), (718, "Rp."), _right(123, 780, "96,79")),
        cells_line(131, (667, "59.862.594"), (718, "57.939.000")),
    ]
    assert one_row(lines)
