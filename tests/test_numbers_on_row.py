"""A header's row of column numbers read in front of the cells of the first row under it ("2 Meningkatnya …",
"3 Persentase …"): the numbers go to a numbering row of their own, the cells keep their text
(extract/numbers_on_row.py)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.numbers_on_row import numbering_unglued

HEAD = ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Program"]


def _table(*rows: list[str]) -> Table:
    return Table(rows=[TableRow(cells=HEAD, page=3, is_header=True), *(TableRow(cells=r, page=3) for r in rows)],
                 page=3)


def test_the_column_numbers_go_to_a_row_of_their_own():
    t = _table(["1", "2 Meningkatnya mutu", "3 Persentase desa", "4 Meningkatnya mutu", "5 PROGRAM DESA"],
               ["", "", "", "", "PROGRAM LAIN"])
    numbering_unglued(t)
    assert [r.cells for r in t.rows[1:3]] == [["1", "2", "3", "4", "5"],
                                              ["1", "Meningkatnya mutu", "Persentase desa", "Meningkatnya mutu",
                                               "PROGRAM DESA"]]
    assert t.rows[1].is_header and not t.rows[2].is_header


def test_numbers_that_do_not_rise_with_the_columns_stay():
    rows = ["1", "2 Dokumen", "2 Dokumen", "5 Laporan", "Program Desa"]
    t = _table(rows)
    numbering_unglued(t)
    assert t.rows[1].cells == rows


def test_under_a_numbering_row_of_its_own_the_cells_stay():
    rows = ["1", "2 Meningkatnya mutu", "3 Persentase desa", "4 Meningkatnya mutu", "5 PROGRAM DESA"]
    t = _table(["1", "2", "3", "4", "5"], rows)
    numbering_unglued(t)
    assert t.rows[2].cells == rows
