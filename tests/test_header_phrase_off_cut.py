"""A header cell set flush left over a column of short values may run on into the white before the next column
("Realisasi Tahun 2022" over "79,36"): the cut between the two columns goes in the white after the phrase (wider
than a word space), not between its words (:func:`lkjip.extract.layout.columns_cut.aligned_seps`)."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.columns_cut import aligned_seps


def _region(second_x: float):
    return [
        cells_line(100, (100, "Realisasi Tahun 2022"), (second_x, "Tahun 2023")),
        cells_line(115, (100, "79,36"), (second_x, "81,58")),
        cells_line(130, (100, "61"), (second_x, "63")),
    ]


def test_the_cut_goes_after_a_left_cells_phrase_reaching_into_the_channel():
    # "Realisasi" 100-145, "Tahun" 148-173, "2022" 176-196; the next cell from 204
    (sep,) = aligned_seps(_region(204), [(125.0, 204.0)])
    assert 196.0 < sep < 204.0


def test_a_phrase_spanning_the_channel_leaves_the_cut():
    # the next cell one word space after "2022": one phrase over both columns, the cut stays mid-channel
    region = [cells_line(100, (100, "Realisasi Tahun 2022 Tahun 2023")),
              cells_line(115, (100, "79,36"), (220, "81,58"))]
    (sep,) = aligned_seps(region, [(125.0, 220.0)])
    assert 125.0 < sep < 220.0
