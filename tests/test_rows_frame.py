"""Rows of a table in a frame with one rule under the header, read from synthetic lines (issue #12).

A cascading table drawn as a frame with a rule under its header has no rule between its body rows: the whole body
lies in one band between the header rule and the frame's bottom. The band holds several rows when cells start
again under white (a cell's lines follow each other without a blank line).
"""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.band_rows import rules_part_rows
from lkjip.extract.layout.geometry import TextLine


def _line(y: float, *cells: tuple[float, str], bold: bool = False) -> TextLine:
    """Words of 5 pt per letter, 3 pt apart, 10 pt high."""
    return cells_line(y, *cells, bold=bold)


HEADER = [_line(100, (50, "No"), (80, "Tujuan"), (160, "Sasaran"), (240, "Kegiatan"), bold=True)]


def test_cells_starting_again_under_white_are_rows_of_a_frame():
    body = [
        _line(115, (80, "Meningkatnya"), (160, "Meningkatnya"), (240, "Koordinasi")),
        _line(127, (80, "kualitas"), (160, "kualitas"), (240, "kegiatan")),
        _line(139, (80, "pelayanan"), (160, "pelayanan"), (240, "pelayanan")),
        _line(151, (240, "kecamatan")),
        _line(163, (240, "dan desa")),
        _line(175, (80, "Menurunnya"), (160, "Menurunnya"), (240, "Pembinaan")),
        _line(187, (80, "gangguan"), (160, "gangguan"), (240, "Linmas")),
    ]
    assert not rules_part_rows(HEADER + body, [98.0, 112.0, 200.0])  # frame top, header rule, frame bottom
    # the same two rows, each in a band of its own
    assert rules_part_rows(HEADER + body, [98.0, 112.0, 172.0, 200.0])


def test_one_row_wrapped_in_its_band_keeps_the_rules():
    body = [
        _line(115, (80, "Meningkatnya"), (160, "Meningkatnya"), (240, "Koordinasi")),
        _line(127, (80, "kualitas"), (160, "kualitas"), (240, "kegiatan")),
        _line(139, (240, "kecamatan")),
        _line(151, (240, "Jumlah desa")),  # the cell runs on: no white above it in its column
    ]
    assert rules_part_rows(HEADER + body, [98.0, 112.0, 165.0])
