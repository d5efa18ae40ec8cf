"""A table ruled with horizontal rules only, its last row cut by a page break: on the next page the row's rest
stands over the first rule, and under it a band of the next row whose first cells are merged down from the row
above (a cascading table's next sub-activity, names in its last two columns only). Such a band holds no number,
so it was not taken for a row of data, the stack was left unread and both the rest and the row were lost as
running text (#12). A band whose lines leave the table's first column empty and are not bold is such a row, as no
header (its "No" label) nor new table is (:func:`~lkjip.extract.layout.half_ruled.half_ruled_tables`).
Word boxes and rules as Chromium prints such a table (mono 6.5 pt, portrait); names made up."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.page_table import PageTable

EDGES = [42.75, 60.75, 107.25, 153.0, 200.25, 246.75, 306.0, 352.5, 407.25, 456.0, 506.25, 553.5]
CHANNELS = [(60.25, 61.25), (106.75, 107.75), (152.5, 153.5), (199.75, 200.75), (246.25, 247.25), (305.5, 306.5),
            (352.0, 353.0), (406.75, 407.75), (455.5, 456.5), (505.75, 506.75)]
#: the rest of the row the page break cut, then the next row's band
REST = [
    (42.60, 7.35, [('an', 458.96, 466.76), ('Aset', 487.56, 503.15), ('difasilita', 509.16, 548.12)]),
    (50.10, 7.35, [('Desa', 458.96, 474.55), ('si', 509.16, 516.95)]),
]
BAND = [
    (60.60, 7.35, [('Fasilitasi', 458.96, 497.93), ('Jumlah', 509.16, 532.53)]),
    (68.10, 7.35, [('Penyusunan', 458.96, 497.93), ('Rancangan', 509.16, 544.22)]),
    (75.60, 7.35, [('Peraturan', 458.96, 494.03), ('Peraturan', 509.16, 544.22)]),
    (83.10, 7.35, [('Desa', 458.96, 474.55), ('dan', 491.46, 503.15), ('Desa', 509.16, 524.74),
                   ('yang', 534.91, 550.49)]),
    (90.60, 7.35, [('Peraturan', 458.96, 494.03), ('dievaluasi', 509.16, 548.12)]),
    (98.10, 7.35, [('Kepala', 458.96, 482.34), ('Desa', 486.24, 501.82)]),
]
#: a new table's header instead, its "No" in the first column
HEADER = [(60.60, 7.35, [('No', 44.0, 52.0), ('Sasaran', 62.0, 90.0), ('Indikator', 250.0, 285.0),
                         ('Target', 460.0, 482.0)])]


def _lines(rows, bold: bool = False) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=6.5, bold=bold) for t, x0, x1 in words])
            for top, h, words in rows]


def _rules() -> list[Ruling]:
    return [Ruling(a, y, b, y + 0.75) for y in (58.5, 106.5) for a, b in zip(EDGES, EDGES[1:], strict=False)]


def _carry() -> PageTable:
    cells = ["2", "Mewujudkan tata kelola", *[""] * 7, "Fasilitasi Pengelolaan Keuangan Desa dan Pendayaguna",
             "Jumlah Dokumen Keuangan Desa yang"]
    table = Table(rows=[TableRow(cells=cells, page=3)], page=3, strategy="rules")
    return PageTable(table, list(EDGES), 500.1, 798.4, 42.75, 553.5, channels=list(CHANNELS))


def test_a_band_of_merged_down_cells_under_a_rows_rest_is_read():
    tables, rest = half_ruled_tables(_lines(REST + BAND), _rules(), page_no=4, strategy="rules", carry=_carry())
    assert len(tables) == 1 and not rest
    rows = [r.cells for r in tables[0].table.rows]
    assert all(len(r) == 11 and not any(r[:9]) for r in rows)
    assert rows[-1][9] == "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa"
    assert rows[-1][10] == "Jumlah Rancangan Peraturan Desa yang dievaluasi"


def test_a_header_band_under_a_rows_rest_is_not_read_as_its_row():
    tables, _ = half_ruled_tables(_lines(REST) + _lines(HEADER), _rules(), page_no=4, strategy="rules",
                                  carry=_carry())
    assert not tables
