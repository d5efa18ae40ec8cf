"""Atop a page's part of a table whose rows draw no rules between them (a banded cascading table), one column's cell
holds the last words of the row the page break cut ("Aset Desa") and runs on into the next row's text without a
blank line, while the other columns start that next row a line lower: a row boundary under the rest
(:func:`lkjip.extract.layout.stacked.stacked_cuts`)."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.stacked import stacked_cuts

STEP = 12.0


def _cell(x: float, first: float, texts: list[str]):
    return [cells_line(first + STEP * i, (x, t), height=7.0) for i, t in enumerate(texts)]


def _grid(left_first: float, left_texts: list[str], bottom: float = 250.0):
    cells = {
        (0, 0): _cell(102.0, left_first, left_texts),
        (0, 1): _cell(202.0, 52.0, ["Aset Desa", "Jumlah", "Dokumen", "Fasilitasi", "dalam rangka", "Pelaksanaan"]),
    }
    boxes = {(0, 0): (100.0, 50.0, 200.0, bottom), (0, 1): (200.0, 50.0, 300.0, bottom)}
    return cells, boxes


def test_a_row_starting_a_line_under_a_cut_rows_rest_is_cut_from_it():
    cells, boxes = _grid(64.0, ["Fasilitasi", "pelaksanaan", "Pemilihan"])
    cuts = stacked_cuts(cells, boxes)
    assert any(59.0 <= c.y <= 64.0 for c in cuts)


def test_cells_aligned_to_their_middle_are_not_cut():
    # the short cell centred beside the tall one: as low, but the white under it matches the white above
    cells, boxes = _grid(64.0, ["Fasilitasi", "pelaksanaan", "Pemilihan", "Kepala Desa"], bottom=125.0)
    assert not any(59.0 <= c.y <= 64.0 for c in stacked_cuts(cells, boxes))
