"""A header label wrapped over lines in a narrow-valued column ("TARGET AKHIR" / "RENSTRA" / "(TAHUN 2026)" over
"100,00"), its later words standing inside the white the body leaves before the next column and starting alike
("AKHIR" over "2026)"), a column gap left of the next label ("REALISASI"): the cut goes after them, by the column
gaps on their lines, in a table ruled across only (:func:`lkjip.extract.layout.ruled_columns.within_bounds`;
borderless tables keep their channel bounds: the same fallback there cost scanned budget tables their columns)."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.ruled_columns import within_bounds


def _region():
    return [
        cells_line(100, (287, "TARGET AKHIR"), (360, "REALISASI"), bold=True),
        cells_line(112, (287, "RENSTRA"), bold=True),
        cells_line(124, (287, "(TAHUN 2026)"), (360, "TAHUN 2023"), bold=True),
        cells_line(140, (287, "100,00"), (360, "87")),
        cells_line(152, (287, "94"), (360, "90,5")),
    ]


def test_ruled_across_the_cut_goes_after_the_wrapped_label():
    (sep,) = within_bounds(_region(), [(317.0, 360.0)], [338.5])
    assert 345.0 <= sep < 360.0


def test_the_column_gaps_place_no_cut_through_a_word():
    # a header word covering all the white the column gaps leave: the cut stays where the cell borders put it
    region = [*_region(), cells_line(112, (341, "ABCD"), bold=True)]
    (sep,) = within_bounds(region, [(317.0, 360.0)], [338.5])
    assert sep == 338.5
