"""A label set flush left in its cell starts inside the white that its column's body, set flush right, leaves
(issue #12: "%" heading the last column of a table ruled with horizontal lines only). The label belongs to the
column right of that white, not to the one left of it: else it fills, on the header line, a part of the column
before that the body never fills together with its other part, and that column stays cut in two ("17 Orang" set
left, "92,8%" set right in one Realisasi column) (:func:`lkjip.extract.layout.columns_cut.merge_exclusive_columns`).
"""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.columns_cut import merge_exclusive_columns


def test_a_label_inside_a_channel_is_the_next_columns():
    region = [
        cells_line(100, (300, "TARGET"), (400, "REALISASI"), (495, "%")),
        cells_line(120, (300, "17 Orang"), (400, "17 Orang"), (560, "100")),
        cells_line(140, (320, "100%"), (455, "92,8%"), (560, "92,8")),
        cells_line(160, (300, "3 Laporan"), (400, "3 Laporan"), (560, "100")),
    ]
    # channels: inside Realisasi (between "17 Orang" / "3 Laporan" and "92,8%"), and before the last column's
    # amounts, where its label "%" starts
    gaps = [(348.0, 398.0), (446.0, 453.0), (482.0, 558.0)]
    assert merge_exclusive_columns(region, gaps) == [(348.0, 398.0), (482.0, 558.0)]
