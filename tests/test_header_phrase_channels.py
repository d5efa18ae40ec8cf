"""A table whose rules give only its rows takes its columns from the white down its body, header labels narrowing
those channels (issue #12, a frame round the table with a rule under its header). A label wrapped over two lines
whose first words end alike ("Kondisi Awal" over "Renstra (2018)", over a column of dashes) has second words that
start alike too: those are the rest of the label reaching into the channel, not a column opening inside it. The
header's words are taken as phrases (:func:`lkjip.extract.layout.ruled_columns.phrase_runs`), so the channel
opens after the label and the label stays in its column. Checked on synthetic lines.
"""

from __future__ import annotations

import pytest
from line_builders import cells_line

from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.ruled_columns import phrase_runs, row_channels


def _line(y: float, *cells: tuple[float, str], size: float = 7.0) -> TextLine:
    """Words of 3.4 pt per letter, a space of 1.8 pt, each cell's text starting at its x."""
    return cells_line(y, *cells, pitch=3.4, gap=1.8, size=size, height=size)


def _region() -> list[TextLine]:
    return [
        _line(100, (40, "Misi"), (90, "Indikator"), (200, "Kondisi Awal"), (270, "Target"), (330, "2020")),
        _line(108, (200, "Renstra (2018)"), (270, "2019")),
        _line(120, (40, "1"), (90, "Nilai SAKIP"), (200, "-"), (270, "-"), (330, "30,88")),
        _line(130, (40, "2"), (90, "Indeks Kepuasan"), (200, "-"), (270, "82,59"), (330, "81,98")),
        _line(140, (40, "3"), (90, "Persentase desa"), (200, "-"), (270, "100"), (330, "100")),
    ]


def test_a_wrapped_labels_second_words_do_not_close_the_channel_after_it():
    region = _region()
    gaps = row_channels(region, [98.0, 117.0, 150.0])
    # the channel between the "Kondisi" column and the "Target" one opens after "(2018)", not before "Awal"
    (between,) = [g for g in gaps if 200 < g[1] <= 270]
    assert between[0] >= 200 + 3.4 * 13 + 1.8 - 0.01 and between[1] == 270


def test_phrase_runs_join_words_a_space_apart():
    ln = _line(100, (200, "Kondisi Awal"), (270, "Target"))
    runs = phrase_runs(ln)
    assert [x for run in runs for x in run] == pytest.approx([200, 200 + 3.4 * 11 + 1.8, 270, 270 + 3.4 * 6])
