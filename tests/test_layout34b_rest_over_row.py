"""The rest of a row a page break cut, in one column, over the first row of the page's part of a framed table.

A table ruled by its columns and a frame only (rules=banded, its part on a page closed top and bottom) is one
band holding every row of the page: the row the break cut runs on in its last column alone, then the page's
first row of its own starts in several columns, level with a line of that column, each cell as long as its
text (lkjip.extract.layout.stacked._rest_above). Cells set low at one height whose text runs on to different
depths are not centred in the row (a shorter centred cell starts lower): they start a row.
"""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.stacked import split_rows, stacked_cuts


def _line(text: str, x0: float, top: float) -> TextLine:
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, x, top, x + 5 * len(t), top + 10.0))
        x += 5 * len(t) + 3
    return TextLine(words)


def _stack(x0: float, top: float, *texts: str) -> list[TextLine]:
    """Lines 14 pt apart, none blank: no blank line marks a block."""
    return [_line(t, x0, top + 14 * k) for k, t in enumerate(texts)]


def _texts(rows):
    return [[" ".join(ln.text for ln in col) for col in row.cells] for row in rows]


GRID = [[(0.0, 50.0, 100.0, 300.0), (100.0, 50.0, 200.0, 300.0), (200.0, 50.0, 300.0, 300.0)]]
BOXES = {(0, k): GRID[0][k] for k in range(3)}


def test_cells_set_low_at_one_height_running_on_unevenly_under_a_rows_rest_start_a_row():
    cells = {
        (0, 0): _stack(5, 106, "Koordinasi", "penerapan", "peraturan"),
        (0, 1): _stack(105, 106, "Koordinasi", "dengan", "perangkat", "daerah", "yang", "tugas"),
        # the cut row's last cell runs on from the top, then the page's first row's cell, level with the others
        (0, 2): _stack(205, 52, "Jumlah", "monev", "pengendalian", "COVID-19", "Jumlah", "Laporan", "Koordinasi"),
    }
    rows = _texts(split_rows(GRID, cells, stacked_cuts(cells, BOXES)))
    assert rows == [["", "", "Jumlah monev pengendalian COVID-19"],
                    ["Koordinasi penerapan peraturan", "Koordinasi dengan perangkat daerah yang tugas",
                     "Jumlah Laporan Koordinasi"]]


def test_cells_centred_in_a_row_start_low_and_run_on_alike():
    # two short cells centred beside a tall one: set low level with each other, ending level too: one row
    cells = {
        (0, 0): _stack(5, 106, "Koordinasi", "penerapan", "peraturan"),
        (0, 1): _stack(105, 106, "Koordinasi", "dengan", "perangkat"),
        (0, 2): _stack(205, 52, "Jumlah", "monev", "pengendalian", "COVID-19", "Jumlah", "Laporan", "Koordinasi"),
    }
    assert stacked_cuts(cells, BOXES) == []


def test_cells_set_low_with_nothing_above_them_in_the_row_are_no_cut():
    cells = {
        (0, 0): _stack(5, 106, "Koordinasi", "penerapan", "peraturan"),
        (0, 1): _stack(105, 106, "Koordinasi", "dengan", "perangkat", "daerah", "yang", "tugas"),
        (0, 2): _stack(205, 106, "Jumlah", "Laporan", "Koordinasi"),
    }
    assert stacked_cuts(cells, BOXES) == []
