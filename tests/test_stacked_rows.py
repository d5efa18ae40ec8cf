"""Tables ruled by bands (lkjip.extract.layout.stacked): values stacked in one cell are rows of their own
when another column confirms the boundary; a vertically merged cell and a wrapped amount are left alone."""

from __future__ import annotations

import pytest

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.stacked import complete_amount, complete_value, split_rows, stacked_cuts
from lkjip.extract.layout.words import join_wrapped


def line(text: str, x0: float, top: float, height: float = 7.0) -> TextLine:
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, x, top, x + 5 * len(t), top + height))
        x += 5 * len(t) + 3
    return TextLine(words)


@pytest.mark.parametrize("text", ["6.170.278.132,00", "(24.811.142.774,00)", "92,18", "100,00 %", "15.279.011,-",
                                  "23,665,554,229.00", "0,00"])
def test_complete_amounts(text):
    assert complete_amount(text) and complete_value(text)


@pytest.mark.parametrize("text", ["2.662.394.", "1.250.0", "2.662.394", ".000,00", "2021", "Rp.", "(3)", "1,5"])
def test_not_complete_amounts(text):
    assert not complete_amount(text)


@pytest.mark.parametrize("text", ["1", "1.1", "2 . 1 . 5", "2.10.01"])
def test_codes_are_complete_values(text):
    assert complete_value(text)


def test_stacked_amounts_are_not_glued_but_a_wrapped_amount_is():
    assert join_wrapped(["6.170.278.132,00", "15.762.514.612,00"], [True, True]) == "6.170.278.132,00 15.762.514.612,00"
    assert join_wrapped(["92,18", "99,10"], [True, True]) == "92,18 99,10"
    assert join_wrapped(["310.000", ".000,00"], [True, True]) == "310.000.000,00"
    assert join_wrapped(["1.250.0", "00.000,00"], [True, True]) == "1.250.000.000,00"
    assert join_wrapped(["2.662.394.", "679,00"], [True, True]) == "2.662.394.679,00"


# A table like an LRA printed by a report generator: code and URAIAN columns unruled (one tall cell each),
# amount columns ruled by groups: rows 0-1 each ruled, rows 2-4 in one cell, row 5 ruled.
Y = [10.0, 25.0, 40.0, 52.0, 64.0, 79.0]  # line tops
CODES = ["1", "1.1", "2", "2.1", "2.2", "3"]
NAMES = ["PENDAPATAN", "PENDAPATAN ASLI", "BELANJA", "Belanja Pegawai", "Belanja Barang", "PEMBIAYAAN"]
AMOUNTS = ["1.000,00", "1.000,00", "5.000,00", "2.000,00", "3.000,00", "4.000,00"]


def _band_ruled():
    left = (0.0, 8.0, 40.0, 90.0)
    mid = (40.0, 8.0, 200.0, 90.0)
    bands = [(8.0, 22.0), (22.0, 37.0), (37.0, 76.0), (76.0, 90.0)]
    grid = [[left, mid, (200.0, t, 260.0, b)] if i == 0 else [None, None, (200.0, t, 260.0, b)]
            for i, (t, b) in enumerate(bands)]
    cells = {(0, 0): [line(c, 2, y) for c, y in zip(CODES, Y, strict=True)],
             (0, 1): [line(n, 45, y) for n, y in zip(NAMES, Y, strict=True)]}
    rows_of_band = [[0], [1], [2, 3, 4], [5]]
    for r, idx in enumerate(rows_of_band):
        cells[(r, 2)] = [line(AMOUNTS[i], 210, Y[i]) for i in idx]
    return grid, cells


def _texts(rows):
    return [[" ".join(ln.text for ln in col) for col in row.cells] for row in rows]


def test_a_band_ruled_table_gives_one_row_per_line():
    grid, cells = _band_ruled()
    boxes = {(r, k): c for r, row in enumerate(grid) for k, c in enumerate(row) if c}
    cuts = stacked_cuts(cells, boxes)
    assert cuts
    assert _texts(split_rows(grid, cells, cuts)) == [[c, n, a] for c, n, a in zip(CODES, NAMES, AMOUNTS, strict=True)]


def test_a_merged_name_beside_its_rows_is_not_split():
    """A program name over three lines, merged down beside three ruled kegiatan rows: nothing stacked."""
    name = (0.0, 8.0, 100.0, 60.0)
    grid = [[name, (100.0, 8.0, 200.0, 25.0), (200.0, 8.0, 260.0, 25.0)],
            [None, (100.0, 25.0, 200.0, 42.0), (200.0, 25.0, 260.0, 42.0)],
            [None, (100.0, 42.0, 200.0, 60.0), (200.0, 42.0, 260.0, 60.0)]]
    cells = {(0, 0): [line("Program Penyelenggaraan", 2, 12), line("Pemerintahan dan", 2, 21), line("Pelayanan", 2, 30)],
             (0, 1): [line("Kegiatan A", 105, 12)], (0, 2): [line("1.000,00", 210, 12)],
             (1, 1): [line("Kegiatan B", 105, 29)], (1, 2): [line("2.000,00", 210, 29)],
             (2, 1): [line("Kegiatan C", 105, 46)], (2, 2): [line("3.000,00", 210, 46)]}
    boxes = {(r, k): c for r, row in enumerate(grid) for k, c in enumerate(row) if c}
    assert stacked_cuts(cells, boxes) == []


def test_two_values_in_one_cell_alone_are_not_rows():
    """Stacked values that nothing else in the table confirms (no other column, no rule through the gap)."""
    grid = [[(0.0, 0.0, 100.0, 40.0), (100.0, 0.0, 200.0, 40.0)]]
    cells = {(0, 0): [line("Target", 2, 5)], (0, 1): [line("95,00", 105, 5), line("97,50", 105, 20)]}
    boxes = {(0, 0): grid[0][0], (0, 1): grid[0][1]}
    assert stacked_cuts(cells, boxes) == []


def test_whole_numbers_stacked_are_two_values_but_a_broken_one_is_one():
    assert join_wrapped(["2.525.442.492", "15.279.011"], [True, True]) == "2.525.442.492 15.279.011"
    assert join_wrapped(["2.525.442.", "492"], [True, True]) == "2.525.442.492"
    assert join_wrapped(["2.525.442", ".492"], [True, True]) == "2.525.442.492"
    assert join_wrapped(["2.525.44", "2.492"], [True, True]) == "2.525.442.492"


@pytest.mark.parametrize("text", ["15.279.011", "-", "A.", "2.1.3.", "IV."])
def test_more_complete_values(text):
    assert complete_value(text)


def test_a_value_wrapped_in_a_narrow_column_is_one_value_when_stacked():
    """'2.662.394.679' + ',00' over two lines, then the next row's amount: one cut, between the two values."""
    lines = [line("2.662.394.679", 0, 10), line(",00", 0, 20), line("2.525.442.492", 0, 30), line(",00", 0, 40)]
    other = [line("94,2", 100, 10), line("2", 100, 20), line("93,9", 100, 30), line("1", 100, 40)]
    cells = {(0, 0): lines, (0, 1): other}
    boxes = {(0, 0): (0.0, 8.0, 90.0, 50.0), (0, 1): (90.0, 8.0, 150.0, 50.0)}
    cuts = stacked_cuts(cells, boxes)
    assert [(c.gap_top, c.gap_bottom) for c in cuts] == [(27.0, 30.0)]


def test_a_short_number_that_filled_a_narrow_cell_wraps_and_is_not_two_values():
    """'10' + '0' in a 25 pt column padded 5 pt each side is '100' wrapped; '1' + '2' in a wide NO column are two."""
    wrapped = [TextLine([Word("10", 10, 10, 20, 17)]), TextLine([Word("0", 15, 20, 20, 27)])]
    numbers = [line("1", 5, 10), line("2", 5, 20)]
    text = [line("Program A", 40, 10), line("lanjutan", 40, 20)]
    box_pct, box_no, box_text = (0.0, 8.0, 25.0, 30.0), (0.0, 8.0, 38.0, 30.0), (38.0, 8.0, 120.0, 30.0)
    assert stacked_cuts({(0, 0): wrapped, (0, 1): text}, {(0, 0): box_pct, (0, 1): box_text}) == []
    assert stacked_cuts({(0, 0): numbers, (0, 1): text}, {(0, 0): box_no, (0, 1): box_text}) != []


def test_centred_values_in_a_wide_cell_are_not_a_wrapped_number():
    """'0.820', '5', '18' centred one under the other in a 50 pt column: three values, never '0.820518'."""
    from lkjip.extract.layout.stacked import _values

    lines = [TextLine([Word("0.820", 449, 191, 467, 199)]), TextLine([Word("5", 457, 241, 461, 249)]),
             TextLine([Word("18", 455, 320, 463, 328)])]
    assert [v[0] for v in _values(lines, (434.0, 189.0, 484.0, 359.0))] == ["0.820", "5", "18"]


@pytest.mark.parametrize("text", ["100", "75", "100%", "8"])
def test_whole_numbers_of_three_digits_are_complete_values(text):
    assert complete_value(text)


def test_two_rows_in_one_band_with_whole_number_targets_are_two_rows():
    """A banded table whose rule under the header is the last: two sasaran rows in one band, the second's
    target and realisation a whole percentage ('82,47' / '100' in two columns): two rows."""
    grid = [[(0.0, 8.0, 150.0, 40.0), (150.0, 8.0, 200.0, 40.0), (200.0, 8.0, 250.0, 40.0)]]
    cells = {(0, 0): [line("Meningkatnya kualitas pelayanan", 2, 10), line("Meningkatnya tata kelola", 2, 20)],
             (0, 1): [line("82,47", 160, 10), line("100", 165, 20)],
             (0, 2): [line("82,46", 210, 10), line("100", 215, 20)]}
    boxes = {(0, k): c for k, c in enumerate(grid[0])}
    cuts = stacked_cuts(cells, boxes)
    assert _texts(split_rows(grid, cells, cuts)) == [["Meningkatnya kualitas pelayanan", "82,47", "82,46"],
                                                     ["Meningkatnya tata kelola", "100", "100"]]
