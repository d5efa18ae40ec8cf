"""A borderless table set monospaced, its cells justified: a cell's last word ends at its column's edge and the next
column's word starts one pitch later, the gutter as wide as a word space. On the page after the table's start, a
line filling a cell to its edge ("dan Instansi" | "Nasional") was one run of words across the carried column gap,
so the carried table ended there and its last rows were lost (#12). Two words flush with both edges of a carried
channel one pitch wide are two cells where two lines or more of the page meet both its edges
(:func:`~lkjip.extract.layout.channels.flush_gutters`); one line alone (a caption on the pitch) shows no gutter.
Word boxes as Chromium prints such a table (mono 10 pt, landscape, header rule only); names made up."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.carried_region import carried_region
from lkjip.extract.layout.channels import flush_gutters, spans_in_channels, word_space
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.page_table import PageTable

CHANNELS = [(72.0, 79.45), (127.44, 139.15), (191.3, 197.32), (245.31, 257.0), (309.2, 315.2), (402.7, 408.7),
            (473.0, 479.0), (544.8, 550.82), (615.1, 621.09), (699.01, 705.01)]
#: the carried table's last rows at the top of the next page
ROWS = [
    (366.68, 11.32, 10.0, False, [('at', 79.45, 91.45), ('dan', 115.14, 133.14), ('s', 139.15, 145.15), ('at', 197.32, 209.32), ('dan', 233.01, 251.01), ('s', 257.02, 263.01), ('ketertiban', 479.00, 538.99), ('Masyarakat', 550.82, 610.80), ('Tentara', 621.09, 663.08), ('Republik', 705.01, 753.00)]),
    (377.93, 11.32, 10.0, False, [('ketertib', 79.45, 127.44), ('ketertib', 197.32, 245.31), ('umum', 479.00, 503.00), ('yang', 550.82, 574.81), ('aktif', 580.81, 610.80), ('Nasional', 621.09, 669.08), ('Indonesia,', 705.01, 765.00)]),
    (389.18, 11.32, 10.0, False, [('an', 79.45, 91.45), ('umum', 97.45, 121.44), ('an', 197.32, 209.32), ('umum', 215.32, 239.31), ('Indonesia', 621.09, 675.08), ('Tentara', 705.01, 747.00)]),
    (400.43, 11.32, 10.0, False, [('dan', 621.09, 639.09), ('Instansi', 651.02, 699.01), ('Nasional', 705.01, 753.00)]),
    (411.68, 11.32, 10.0, False, [('vertikal', 621.09, 669.08), ('di', 687.01, 699.01), ('Indonesia', 705.01, 759.00), ('dan', 765.00, 782.99)]),
    (422.93, 11.32, 10.0, False, [('wilayah', 621.09, 663.08), ('Instansi', 705.01, 753.00)]),
    (434.18, 11.32, 10.0, False, [('kecamatan', 621.09, 675.08), ('Vertikal', 705.01, 753.00), ('di', 771.00, 783.00)]),
    (445.43, 11.32, 10.0, False, [('Wilayah', 705.01, 747.00)]),
    (456.68, 11.32, 10.0, False, [('Kecamatan', 705.01, 759.00)]),
]
#: a sentence in the same font under a table, a word boundary near a channel but on its own grid
SENTENCE = [(480.0, 11.32, 10.0, False, [('Capaian', 621.09, 663.08), ('kinerja', 669.08, 711.08),
                                          ('tahun', 717.08, 747.08)])]


def _lines(rows) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
            for top, h, size, bold, words in rows]


def _carry() -> PageTable:
    cells = ["", *["Penurunan gangguan"] * 8, "Sinergitas dengan", "Jumlah Laporan"]
    table = Table(rows=[TableRow(cells=cells, page=11)], page=11, strategy="text")
    return PageTable(table, [], 56.9, 783.0, 60.0, 783.0, channels=list(CHANNELS))


def _spans(lines: list[TextLine]) -> list[list[tuple[float, float]]]:
    space = word_space(lines)
    gutters = flush_gutters(lines, CHANNELS)
    return [spans_in_channels(ln, CHANNELS, space, gutters) for ln in lines]


def test_a_cell_filled_to_its_edge_stays_apart_from_the_next_column():
    lines = _lines(ROWS)
    spans = _spans(lines)
    assert spans[3] == [(621.09, 699.01), (705.01, 753.0)]
    assert carried_region(lines, spans, _carry()) == len(lines) - 1


def test_a_sentence_across_the_channel_stays_one_run():
    lines = _lines(ROWS + SENTENCE)
    assert _spans(lines)[-1] == [(621.09, 747.08)]


def test_one_line_flush_with_a_pitch_wide_channel_shows_no_gutter():
    lines = _lines(ROWS[3:4] + SENTENCE)
    assert flush_gutters(lines, CHANNELS) == []
    assert _spans(lines)[0] == [(621.09, 753.0)]
