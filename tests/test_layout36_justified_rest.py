"""A table in a frame, its last row cut by a page break: the row's rest on the next page stands in a frame of its
own, as wide as the part before. Its cells set justified stretch word spaces ("desa      yang" / "dibina     dan"),
which open white of their own: the rest showed one channel more than the part before, so it was read with its
own channels, a column split in two and every cell after it one column off (#12). A part opening the page, as
wide as the table the page before ended, with no bold (header) line, keeps that table's columns where no word
crosses them, whatever white its justified lines open
(:func:`~lkjip.extract.layout.half_ruled.carried_channels`). Word boxes and rules as LibreOffice prints such a
table (sans 8 pt, landscape, a frame with a header rule); names made up."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.page_table import PageTable

EDGES = [56.8, 74.1, 140.6, 206.3, 273.2, 338.9, 423.4, 488.5, 568.1, 637.8, 705.2, 774.5]
CHANNELS = [(68.75, 79.5), (135.11, 146.0), (200.91, 211.7), (267.81, 278.6), (333.51, 344.3), (418.04, 428.8),
            (483.11, 493.9), (562.71, 573.5), (632.43, 643.2), (699.75, 710.6)]
#: the rest of the row the page break cut
REST = [
    (58.40, 7.46, 8.0, False, [('tata', 79.50, 92.84), ('kelola', 114.28, 135.12), ('desa', 146.00, 163.34), ('dengan', 174.18, 200.92), ('kualitas', 211.70, 238.78), ('tata', 254.47, 267.81), ('desa', 278.60, 295.94), ('dengan', 306.78, 333.52), ('PEMBINAAN', 344.30, 391.34), ('DAN', 401.15, 418.01), ('desa', 428.80, 446.14), ('yang', 465.78, 483.13), ('Rekomendasi', 493.90, 542.76), ('dan', 549.37, 562.72), ('pembinaan', 573.50, 613.03), ('Penyusunan', 643.20, 687.63), ('Rancangan', 710.60, 751.53)]),
    (69.00, 7.46, 8.0, False, [('pemerintahan', 79.50, 128.42), ('tata', 146.00, 159.34), ('kelola', 179.98, 200.91), ('kelola', 211.70, 232.53), ('tata', 278.60, 291.94), ('kelola', 312.58, 333.51), ('PENGAWASAN', 344.30, 401.53), ('dibina', 428.80, 450.13), ('dan', 469.77, 483.11), ('Koordinasi', 493.90, 531.65), ('pemerintahan', 573.50, 622.42), ('Peraturan', 643.20, 678.33), ('Desa', 681.07, 699.71), ('Peraturan', 710.60, 745.73), ('Desa', 755.86, 774.50)]),
    (79.50, 7.46, 8.0, False, [('desa', 79.50, 96.84), ('yang', 99.09, 116.44), ('baik', 118.59, 133.28), ('pemerintahan', 146.00, 194.92), ('pemerintahan', 211.70, 260.62), ('pemerintahan', 278.60, 327.52), ('PEMERINTAHAN', 344.30, 407.72), ('diawasi', 428.80, 455.46), ('Pembinaan', 493.90, 534.32), ('dan', 549.36, 562.71), ('desa', 573.50, 590.84), ('yang', 615.08, 632.43), ('dan', 643.20, 656.54), ('Peraturan', 664.68, 699.71), ('yang', 710.60, 727.94), ('dievaluasi', 730.19, 765.74)]),
    (90.10, 7.46, 8.0, False, [('yang', 146.00, 163.34), ('baik', 165.59, 180.19), ('desa', 211.70, 229.04), ('yang', 278.60, 295.94), ('baik', 298.19, 312.79), ('DESA', 344.30, 366.01), ('Pengawasan', 493.90, 540.12), ('terfasilitasi', 573.50, 611.24), ('Kepala', 643.20, 668.03), ('Desa', 670.28, 688.92)]),
    (100.60, 5.87, 8.0, False, [('Pemerintahan', 493.90, 543.62)]),
    (111.20, 5.87, 8.0, False, [('Desa', 493.90, 512.54)]),
]
#: the frame around it
FRAME = [Ruling(50.95, 56.73, 780.2, 57.48), Ruling(50.95, 120.03, 780.2, 120.78),
         Ruling(50.92, 56.7, 51.67, 120.75), Ruling(779.42, 56.7, 780.17, 120.75)]


def _lines(rows, bold: bool = False) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold or b) for t, x0, x1 in words])
            for top, h, size, b, words in rows]


def _carry() -> PageTable:
    cells = ["3", "Mewujudkan", "Persentase", "Meningkatnya", "Persentase", "PROGRAM", "Persentase", "Fasilitasi,",
             "Persentase", "Fasilitasi", "Jumlah"]
    table = Table(rows=[TableRow(cells=cells, page=3)], page=3, strategy="rules")
    return PageTable(table, list(EDGES), 91.0, 531.76, 50.95, 780.2, channels=list(CHANNELS))


def test_a_justified_rest_keeps_the_columns_of_the_part_before():
    tables, rest = half_ruled_tables(_lines(REST), FRAME, page_no=4, strategy="rules", carry=_carry())
    assert len(tables) == 1 and not rest
    cells = tables[0].table.rows[0].cells
    assert len(cells) == 11
    assert cells[6] == "desa yang dibina dan diawasi"
    assert cells[7] == "Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa"
    assert cells[10] == "Rancangan Peraturan Desa yang dievaluasi"


def test_a_bold_band_keeps_its_own_columns():
    tables, _ = half_ruled_tables(_lines(REST, bold=True), FRAME, page_no=4, strategy="rules", carry=_carry())
    assert all(t.table.n_cols != 11 for t in tables)
