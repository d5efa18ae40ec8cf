"""A table's next page read with two of its columns run together is read again with the table's columns (#12).

A cascading table's narrow "No" column sits a few points from the goals beside it: read by its text alone, a page
of the table's rest shows no gap there and runs the two columns together ("3 Menciptakan …"). When that page's
table is cut at the table's own column edges, only fewer of them, it is read again with the table's columns
(:func:`lkjip.extract.layout.carry.ruled_run_on`). Synthetic lines: words of 5 pt per letter, 3 pt apart.
"""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.carry import ruled_run_on
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable


def _line(y: float, *cells: tuple[float, str]) -> TextLine:
    return cells_line(y, *cells)


def _prev(edges: list[float]) -> PageTable:
    rows = [TableRow(cells=["No", "Tujuan", "Indikator"], is_header=True),
            TableRow(cells=["1", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat"]),
            TableRow(cells=["2", "Meningkatnya partisipasi", "Persentase desa"])]
    channels = [(x - 0.5, x + 0.5) for x in edges[1:-1]]
    return PageTable(Table(rows=rows, page=1, strategy="lines"), edges, 100.0, 700.0, edges[0], edges[-1],
                     channels=channels)


LINES = [
    _line(60, (52, "3"), (64, "Menciptakan wilayah aman"), (205, "Persentase penanganan gangguan")),
    _line(72, (64, "dan kondusif"), (205, "ketenteraman")),
    _line(84, (64, "dan tertib"), (205, "umum")),
    _line(110, (52, "4"), (64, "Mewujudkan tata kelola baik"), (205, "Persentase desa")),
    _line(122, (64, "pemerintahan desa"), (205, "tertib administrasi")),
    _line(134, (64, "yang baik"), (205, "kependudukan")),
]


def _page() -> PageResult:
    found, rest = find_text_tables(LINES, [], page_no=2)
    assert len(found) == 1 and found[0].table.n_cols == 2  # the key column run into the goals
    return PageResult(2, 800.0, lines=rest, tables=found, free_lines=list(LINES))


def test_a_page_with_two_columns_run_together_is_read_with_the_tables_columns():
    res = _page()
    run_on = ruled_run_on(_prev([50.0, 62.0, 199.0, 351.0]), res)
    assert run_on is not None and res.tables == [run_on]
    assert [r.cells for r in run_on.table.rows] == [
        ["3", "Menciptakan wilayah aman dan kondusif dan tertib", "Persentase penanganan gangguan ketenteraman umum"],
        ["4", "Mewujudkan tata kelola baik pemerintahan desa yang baik",
         "Persentase desa tertib administrasi kependudukan"],
    ]


def test_a_page_cut_at_other_edges_is_left_alone():
    res = _page()
    assert ruled_run_on(_prev([50.0, 62.0, 150.0, 351.0]), res) is None
    assert res.tables[0].table.n_cols == 2
