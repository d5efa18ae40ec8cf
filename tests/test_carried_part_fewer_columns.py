"""A table split by its author into parts each repeating the header, the first part ending a page with one row
only: that row leaves the narrow columns empty (the output's target and its realisation under one wide "output"
label), so the part's channels know fewer columns than the table has. The next page's lines show them: a line
with a run for every column the carried part has, one of its gaps in none of its channels beside a number, is a
column the carried part lacked, and the page is read by its own columns
(:func:`lkjip.extract.layout.channels.more_columns`)."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.channels import more_columns

CHANNELS = [(60.0, 70.0), (140.0, 150.0), (220.0, 230.0)]


def _spans(ln) -> list[tuple[float, float]]:
    return [(w.x0, w.x1) for w in ln.words]


def test_a_gap_in_no_channel_beside_a_number_is_a_column_the_carried_part_lacked():
    ln = cells_line(60, (72, "Jumlah"), (152, "Rp"), (232, "1.250"), (300, "Dokumen"))
    assert more_columns([ln], [_spans(ln)], CHANNELS)


def test_a_stretched_word_space_of_a_justified_cell_is_no_column():
    ln = cells_line(60, (72, "Jumlah"), (152, "Rp"), (232, "Laporan"), (300, "Dokumen"))
    assert not more_columns([ln], [_spans(ln)], CHANNELS)


def test_a_line_with_fewer_runs_than_columns_says_nothing():
    ln = cells_line(60, (72, "Jumlah"), (232, "1.250"), (300, "Dokumen"))
    assert not more_columns([ln], [_spans(ln)], CHANNELS)


def test_a_stretched_space_before_a_word_ending_in_a_colon_is_no_column():
    # a justified cell's first line "Faktor        Internal:" (monospaced, LibreOffice) at the top of the next page
    ln = cells_line(60, (20, "3."), (72, "Pelayanan"), (152, "Waktu"), (232, "Faktor"), (300, "Internal:"))
    assert not more_columns([ln], [_spans(ln)], CHANNELS)


def test_a_row_rest_of_justified_cells_shows_no_more_columns():
    # the rest of a row a page break cut, every cell justified: each line's stretched spaces part words of one cell
    # ("yang    aman", "dan    tertib"), more runs than the carried table has columns, none a column of its own
    lines = [cells_line(60, (72, "yang"), (110, "aman"), (152, "ketenteraman"), (232, "Persentase"), (300, "umum")),
             cells_line(72, (72, "dan"), (110, "tertib"), (152, "dan"), (232, "Koordinasi"), (270, "Upaya"))]
    assert not more_columns(lines, [_spans(ln) for ln in lines], CHANNELS)
