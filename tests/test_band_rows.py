"""Rows inside a ruled band (lkjip.extract.layout.stacked), read from synthetic cells (issue #12).

A table ruled around groups of rows only (rules=banded: column rules, a rule between groups) holds several
rows in each band's cells. The rows align at their tops: where a row starts, the columns it fills start a
block of text level with each other; and a row key far below the key above it is a value of its own.
"""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.stacked import _values, split_rows, stacked_cuts


def line(text: str, x0: float, top: float, height: float = 10.0) -> TextLine:
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, x, top, x + 5 * len(t), top + height))
        x += 5 * len(t) + 3
    return TextLine(words)


def _stack(x0: float, top: float, *texts: str) -> list[TextLine]:
    """Lines 13 pt apart (a 10 pt line and its leading)."""
    return [line(t, x0, top + 13 * k) for k, t in enumerate(texts) if t]


def _texts(rows):
    return [[" ".join(ln.text for ln in col) for col in row.cells] for row in rows]


def test_keys_rows_apart_in_one_band_are_two_values():
    # "3." and "4." in one key cell, 107 pt apart: never one number broken over two lines ("3.4.")
    vals = _values([line("3.", 5, 353.6), line("4.", 5, 460.4)], (0.0, 351.0, 60.0, 524.0))
    assert [v[0] for v in vals] == ["3.", "4."]


def test_sub_rows_of_a_band_start_where_columns_start_a_block_level():
    # a cascading band: one goal, two kegiatan; the second kegiatan's columns start a block at 100
    grid = [[(0.0, 0.0, 100.0, 160.0), (100.0, 0.0, 200.0, 160.0), (200.0, 0.0, 300.0, 160.0),
             (300.0, 0.0, 400.0, 160.0)]]
    cells = {
        (0, 0): _stack(5, 5, "Meningkatnya", "kualitas", "pelayanan"),
        # the kegiatan column runs on without a blank line: its second cell starts right under the first
        (0, 1): _stack(105, 5, "Penyelenggaraan", "Urusan", "Pemerintahan", "yang", "dilaksanakan", "Kecamatan",
                       "Koordinasi", "Pemeliharaan", "Prasarana"),
        # its indicator and sub-kegiatan columns start again after a blank line, level with each other
        (0, 2): _stack(205, 5, "Persentase", "rekomendasi", "", "", "", "", "Persentase", "Fasilitas"),
        (0, 3): _stack(305, 5, "Peningkatan", "Efektifitas", "Pelayanan", "", "", "", "Pelaksanaan"),
    }
    boxes = {(0, k): grid[0][k] for k in range(4)}
    cuts = stacked_cuts(cells, boxes)
    assert len(cuts) == 1 and 82 < cuts[0].y <= 83
    rows = _texts(split_rows(grid, cells, cuts))
    assert rows == [
        ["Meningkatnya kualitas pelayanan", "Penyelenggaraan Urusan Pemerintahan yang dilaksanakan Kecamatan",
         "Persentase rekomendasi", "Peningkatan Efektifitas Pelayanan"],
        ["", "Koordinasi Pemeliharaan Prasarana", "Persentase Fasilitas", "Pelaksanaan"],
    ]


def test_a_key_below_the_rest_of_a_row_cut_by_the_page_break_starts_its_row():
    # the top of a page: the row the page break cut runs on in the last column, then row "2." starts
    grid = [[(0.0, 50.0, 40.0, 200.0), (40.0, 50.0, 200.0, 200.0), (200.0, 50.0, 300.0, 200.0)]]
    cells = {
        (0, 0): [line("2.", 5, 105)],
        (0, 1): [line("Gangguan ketertiban", 45, 105), line("umum", 45, 118)],
        (0, 2): _stack(205, 53, "SDM pada", "Kecamatan", "pelayanan", "", "Faktor Internal", "Keterbatasan"),
    }
    boxes = {(0, k): grid[0][k] for k in range(3)}
    rows = _texts(split_rows(grid, cells, stacked_cuts(cells, boxes)))
    assert rows == [["", "", "SDM pada Kecamatan pelayanan"],
                    ["2.", "Gangguan ketertiban umum", "Faktor Internal Keterbatasan"]]


def test_one_block_starting_low_in_one_cell_alone_is_no_row():
    # a short cell set lower than its neighbour (nothing level with it in another column): no boundary
    grid = [[(0.0, 0.0, 100.0, 80.0), (100.0, 0.0, 200.0, 80.0)]]
    cells = {(0, 0): _stack(5, 5, "Program", "Penunjang", "Urusan", "Pemerintahan"),
             (0, 1): [line("Jumlah", 105, 44)]}
    boxes = {(0, 0): grid[0][0], (0, 1): grid[0][1]}
    assert stacked_cuts(cells, boxes) == []


def test_a_name_cell_no_rule_parts_is_cut_where_the_amount_rows_are_ruled():
    # names of two programs in one tall cell beside two ruled amount rows: the second name ends above the
    # amounts' rule and starts level with its row's amount
    grid = [[(0.0, 0.0, 100.0, 60.0), (100.0, 0.0, 200.0, 27.0)], [None, (100.0, 27.0, 200.0, 60.0)]]
    cells = {(0, 0): [line("Program Pemberdayaan", 5, 2), line("Desa", 5, 14.0), line("Program Koordinasi", 5, 29.5)],
             (0, 1): [line("73.593.494", 105, 2)], (1, 1): [line("23.460.000", 105, 29.5)]}
    boxes = {(0, 0): grid[0][0], (0, 1): grid[0][1], (1, 1): grid[1][1]}
    cuts = stacked_cuts(cells, boxes)
    assert cuts  # without a cut the ruled table keeps the grid's rows: both names in the first
    rows = _texts(split_rows(grid, cells, cuts))
    assert rows == [["Program Pemberdayaan Desa", "73.593.494"], ["Program Koordinasi", "23.460.000"]]


def test_a_block_set_low_in_a_tall_cell_beside_ruled_rows_is_not_cut():
    # a signature block beside a monthly table: its "NIP" line happens to lie level with a month's row
    grid = [[(0.0, 0.0, 100.0, 20.0), (100.0, 0.0, 300.0, 80.0)], [(0.0, 20.0, 100.0, 40.0), None],
            [(0.0, 40.0, 100.0, 60.0), None], [(0.0, 60.0, 100.0, 80.0), None]]
    cells = {(0, 0): [line("Juli", 5, 2)], (1, 0): [line("Agustus", 5, 22)], (2, 0): [line("September", 5, 42)],
             (3, 0): [line("Oktober", 5, 62)], (0, 1): [line("CHRISTIANO", 105, 29.5), line("NIP", 105, 42)]}
    boxes = {(r, k): c for r, row in enumerate(grid) for k, c in enumerate(row) if c}
    assert stacked_cuts(cells, boxes) == []


def _goal_over_two_sub_kegiatan(goal_top: float):
    """A band of three columns: a goal (its first line at ``goal_top``) over two sub kegiatan set at the top, the
    second one after a blank line, its indicator running on under the first's without one."""
    grid = [[(0.0, 0.0, 100.0, 160.0), (100.0, 0.0, 200.0, 160.0), (200.0, 0.0, 300.0, 160.0)]]
    cells = {
        (0, 0): _stack(5, goal_top, "Meningkatnya", "kemajuan desa"),
        (0, 1): _stack(105, 5, "Peningkatan", "Partisipasi", "", "", "Peningkatan", "Efektifitas"),
        (0, 2): _stack(205, 5, "Jumlah", "Lembaga", "Kemasyarakatan", "yang", "Jumlah Laporan", "Kegiatan"),
    }
    return grid, cells, {(0, k): grid[0][k] for k in range(3)}


def test_one_column_after_a_blank_starts_a_sub_row_in_a_table_set_at_its_tops():
    # one goal over two sub kegiatan: the second sub kegiatan starts after a blank line, while its indicator
    # runs on right under the first one's (no blank: the first row was as tall as that indicator)
    grid, cells, boxes = _goal_over_two_sub_kegiatan(goal_top=5)
    cuts = stacked_cuts(cells, boxes)
    assert len(cuts) == 1 and 56 < cuts[0].y <= 57
    rows = _texts(split_rows(grid, cells, cuts))
    assert rows == [["Meningkatnya kemajuan desa", "Peningkatan Partisipasi", "Jumlah Lembaga Kemasyarakatan yang"],
                    ["", "Peningkatan Efektifitas", "Jumlah Laporan Kegiatan"]]


def test_one_column_after_a_blank_is_no_row_where_cells_are_set_at_their_middle():
    # the same band with its cells aligned to their middle: the goal is set low, so a block after a blank in
    # one column alone may be the middle of a taller row
    _, cells, boxes = _goal_over_two_sub_kegiatan(goal_top=31)
    assert stacked_cuts(cells, boxes) == []
