"""A framed table's next part on the next page, its "No" column left empty under cells merged down: it is read with
the columns of the part the page before ended, where no word of this page sits inside them. The part before, one
row of short names, left a wide channel after the program column ("PROGRAM" ending far left of the next column);
this page's program names reach into it step by step ("PENYELENGGARAAN", then "MASYARAKAT   DESA", a justified
line's last word pushed further right, starting inside the white the longer name left). The channel was narrowed
by the first only, the second then sat inside it, so the carried columns were refused and the part read with its
own, one column fewer, every cell after it one column off (#12). The channel's left side moves on over such
words too (:func:`~lkjip.extract.layout.borderless.narrow_channels`). Word boxes as LibreOffice prints such a table
(sans 7 pt, landscape, a frame with a header rule); names made up."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.borderless import narrow_channels
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.half_ruled import carried_channels
from lkjip.extract.layout.page_table import PageTable

CHANNELS = [(51.87, 65.6), (109.15, 130.3), (165.65, 192.1), (235.65, 256.9), (292.25, 318.6), (354.71, 414.2),
            (474.35, 489.7), (555.58, 566.4), (631.01, 641.9), (718.35, 729.2)]
#: lines of the part on the next page
LINES = [
    (44.83, 6.52, 7.0, False, [('kemajuan', 65.60, 95.87), ('dan', 107.86, 119.53), ('Desa', 130.30, 146.58), ('Maju', 148.58, 163.66), ('kemajuan', 192.10, 222.37), ('dan', 234.46, 246.14), ('Desa', 256.90, 273.18), ('Maju', 275.18, 290.26), ('PEMBERDAYAAN', 318.60, 376.89), ('partisipasi', 414.20, 445.62), ('Pemberdayaan', 489.70, 537.13), ('Desa', 539.04, 555.32), ('program', 566.40, 592.41), ('kegiatan', 604.56, 631.01), ('Masyarakat', 641.90, 678.01), ('dalam', 699.36, 718.36), ('Kemasyarakatan', 729.20, 781.64)]),
    (54.03, 6.52, 7.0, False, [('kemandirian', 65.60, 103.64), ('kemandirian', 192.10, 230.15), ('MASYARAKAT', 318.60, 366.32), ('DESA', 384.34, 403.29), ('masyarakat', 414.20, 450.31), ('dalam', 459.76, 478.76), ('pembangunan', 566.40, 611.03), ('desa', 615.83, 631.00), ('Forum', 641.90, 662.11), ('Musyawarah', 678.77, 718.43), ('yang', 729.20, 744.38)]),
    (63.33, 6.52, 7.0, False, [('desa', 65.60, 80.78), ('desa', 192.10, 207.28), ('DAN', 318.60, 333.34), ('KELURAHAN', 335.28, 377.99), ('kegiatan', 414.20, 440.56), ('secara', 566.40, 587.38), ('prioritas', 589.28, 614.14), ('Perencanaan', 641.90, 683.44), ('Berpartisipasi', 729.20, 771.50)]),
    (248.33, 6.52, 7.0, False, [('Kualitas', 65.60, 90.46), ('Kepuasan', 130.30, 161.75), ('Kualitas', 192.10, 216.96), ('Kepuasan', 256.90, 288.35), ('PENYELENGGARAAN', 318.60, 390.87), ('rekomendasi', 414.20, 454.21), ('Urusan', 489.70, 512.27), ('rekomendasi', 566.40, 606.41), ('Pelaksanaan', 641.90, 682.34), ('Pelayanan', 685.34, 718.38), ('Peningkatan', 729.20, 768.04)]),
    (257.53, 6.52, 7.0, False, [('Pelayanan', 65.60, 98.65), ('Masyarakat', 130.30, 166.41), ('Pelayanan', 192.10, 225.15), ('Masyarakat', 256.90, 293.01), ('PEMERINTAHAN', 318.60, 374.11), ('DAN', 388.54, 403.38), ('administrasi', 414.20, 451.52), ('Pemerintahan', 489.70, 533.24), ('yang', 540.44, 555.61), ('administrasi', 566.40, 603.72), ('kepada', 641.90, 664.77), ('Masyarakat', 670.76, 706.97), ('di', 712.91, 718.35), ('Efektifitas', 729.20, 759.46)]),
]


def _lines(rows) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
            for top, h, size, bold, words in rows]


def _carry() -> PageTable:
    cells = ["", "Meningkatnya", "Persentase", "Meningkatnya", "Persentase", "PROGRAM", "Persentase", "Koordinasi",
             "Persentase", "Peningkatan", "Jumlah"]
    table = Table(rows=[TableRow(cells=cells, page=9)], page=9, strategy="rules")
    return PageTable(table, [], 512.8, 547.8, 36.75, 794.4, channels=list(CHANNELS))


def test_the_left_column_reaching_in_step_by_step_narrows_the_channel():
    spans = [(w.x0, w.x1) for ln in _lines(LINES) for w in ln.words]
    lo, hi = narrow_channels(CHANNELS, spans)[5]
    assert lo >= 403.29 and hi == 414.2


def test_the_part_keeps_the_columns_of_the_part_before():
    region = _lines(LINES)
    box = (36.75, 42.5, 794.4, 367.75)
    own = CHANNELS[1:]  # the empty "No" column shows no channel of its own
    channels = carried_channels(region, box, own, _carry())
    assert channels is not None and len(channels) == len(CHANNELS)


def test_a_word_inside_the_channel_away_from_its_sides_still_refuses_it():
    spans = [(318.6, 366.32), (380.0, 395.0), (414.2, 450.0)]
    lo, hi = narrow_channels(CHANNELS, spans)[5]
    assert (lo, hi) == (366.32, 414.2)
