"""Cells merged down across a rule in a table ruled with horizontal lines only (issue #12).

A rule between two rows is not drawn under a cell merged across them (a program name over its kegiatan): its
pieces lie at one y with a hole between (:func:`lkjip.extract.layout.half_ruled.joined_pieces`), and the merged
cell's words below the rule stay in the row the cell starts (:func:`lkjip.extract.layout.rows.group_rows`)."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.geometry import Ruling
from lkjip.extract.layout.half_ruled import half_ruled_tables, joined_pieces


def _rule(y: float, x0: float = 50.0, x1: float = 600.0) -> Ruling:
    return Ruling(x0, y - 0.25, x1, y + 0.25)


def test_pieces_of_one_rule_around_a_merged_cell_are_one_rule_with_a_hole():
    rules = [_rule(100), _rule(120), _rule(160, 50, 70), _rule(160, 300, 600), _rule(200)]
    joined, holes = joined_pieces(rules)
    assert sorted((r.x0, r.x1) for r in joined if abs(r.top - 159.75) < 0.1) == [(50.0, 600.0)]
    assert holes == {160.0: [(70.0, 300.0)]}
    # pieces that span no more than a part of the table (two tables side by side) stay apart
    side = [_rule(100), _rule(120), _rule(160, 50, 200), _rule(160, 400, 500), _rule(200)]
    assert joined_pieces(side)[1] == {}


def test_a_name_merged_down_over_two_rows_stays_in_the_first():
    # a program (x 80) spanning two kegiatan rows (x 320), the rule between them drawn right of x 300 only
    lines = [
        cells_line(105, (60, "No"), (80, "Program"), (320, "Kegiatan"), (500, "Anggaran")),
        cells_line(125, (60, "1"), (80, "PROGRAM PELAYANAN"), (320, "Koordinasi Kegiatan"), (500, "1.250.000")),
        cells_line(138, (80, "ADMINISTRASI")),
        cells_line(165, (80, "PERKANTORAN"), (320, "Pembinaan Lembaga"), (500, "310.000")),
        cells_line(178, (80, "KECAMATAN")),
    ]
    rules = [_rule(100), _rule(120), _rule(160, 50, 70), _rule(160, 300, 600), _rule(200)]
    (table,), rest = half_ruled_tables(lines, rules, page_no=1, strategy="rules")
    body = [r.cells for r in table.table.rows[1:]]
    assert body[0][1] == "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN KECAMATAN"
    assert body[1][1:] == ["", "Pembinaan Lembaga", "310.000"]
    assert rest == []
