"""A header label set flush left in its cell, over numbers set flush right, may stand in the white between its
column and the one before ("REALISASI" … "%" over "98.8%" | "98.8"): a column gap away from the word before
it on its line, it opens the right column, and the cut goes before it
(:func:`lkjip.extract.layout.columns_cut.aligned_seps`, as tables ruled across only already did)."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.columns_cut import aligned_seps


def test_a_label_a_column_gap_right_of_the_last_word_opens_the_right_column():
    region = [
        cells_line(100, (651, "REALISASI"), (735, "%"), bold=True),
        cells_line(115, (699, "98.8%"), (755, "98.8")),
        cells_line(130, (704, "100%"), (760, "100")),
    ]
    (sep,) = aligned_seps(region, [(724.0, 755.0)])
    assert 724.0 < sep < 735.0


def test_a_label_close_to_the_word_before_it_stays_in_its_column():
    # "REALISASI %" one phrase, its "%" reaching into the channel: the cut stays past it
    region = [
        cells_line(100, (680, "REALISASI"), (728, "%"), bold=True),
        cells_line(115, (699, "98.8%"), (755, "98.8")),
    ]
    (sep,) = aligned_seps(region, [(724.0, 755.0)])
    assert sep > 733.0
