"""A frame with one rule under its header, its body cut by the page break to a single row (issue #12): the rules
over the page's part of the table are the frame's top, the header rule and the frame's bottom, so the body is one
band. A record printed as two sub-rows in that row (a second "Pokok Masalah" beside the first one's "Akar
Masalah" running on) shows only one cell starting again under white. With one band under the header, nothing
says the rules part rows: one cell starting again is enough to read the band by its text
(:func:`lkjip.extract.layout.band_rows.rules_part_rows`), where the restarted cell opens a sub-row.
"""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.band_rows import rules_part_rows
from lkjip.extract.layout.geometry import TextLine


def _line(y: float, *cells: tuple[float, str], bold: bool = False) -> TextLine:
    """Words of 4 pt per letter, 2 pt apart, 8 pt high."""
    return cells_line(y, *cells, bold=bold, pitch=4.0, gap=2.0, size=8, height=8)


HEAD = _line(102, (40, "No"), (70, "Masalah"), (200, "Pokok Masalah"), (380, "Akar Masalah"), bold=True)


def _region(second_at: float | None) -> list[TextLine]:
    lines = [HEAD, _line(114, (40, "1."), (70, "Pelayanan kurang optimal"), (200, "Kondisi sarana kurang"),
                         (380, "Faktor Internal:"))]
    for k in range(1, 6):
        y = 114 + 10 * k
        cells = [(380, f"keterbatasan sumber daya {k}")]
        if second_at is not None and y == second_at:
            cells.insert(0, (200, "Nilai survei belum"))
        lines.append(_line(y, *cells))
    return lines


def test_one_cell_starting_again_in_the_only_body_band_is_a_sub_row():
    assert not rules_part_rows(_region(154.0), [100.0, 112.0, 180.0])


def test_the_only_body_band_with_no_cell_starting_again_is_one_row():
    assert rules_part_rows(_region(None), [100.0, 112.0, 180.0])


def test_one_cell_starting_again_in_one_of_several_bands_leaves_the_rules_parting_rows():
    # a ruled table: one band per row, a cell with a blank line inside stays one cell
    region = _region(154.0) + [_line(184, (40, "2."), (70, "Gangguan ketertiban"), (200, "Tingkat kriminalitas"),
                                     (380, "Faktor Eksternal:"))]
    assert rules_part_rows(region, [100.0, 112.0, 180.0, 196.0])
