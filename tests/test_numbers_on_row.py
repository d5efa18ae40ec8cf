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


KINERJA = ["Sasaran", "Indikator", "Target", "Realisasi", "Capaian", "Anggaran", "Realisasi Anggaran", "%"]


def test_numbers_in_front_of_values_spaced_or_glued_go_to_a_row_of_their_own():
    # small print on a scan: the numbering row "1 … 8" read into the first row; the numbers stand a space before a
    # value ("3 77,37") or tight against it ("651.378.495,-" for "51.378.495,-" under a "6")
    t = Table(rows=[TableRow(cells=KINERJA, page=5, is_header=True),
                    TableRow(cells=["1 Meningkatnya mutu", "2 Indeks Kepuasan Masyarakat", "3 77,37", "4 76,69",
                                    "599,12", "651.378.495,-", "750.794.173,-", "898,86"], page=5),
                    TableRow(cells=["Meningkatnya mutu desa", "Persentase desa", "83", "83", "100", "83.752.154,-",
                                    "83.752.154,-", "100,00"], page=5)], page=5)
    numbering_unglued(t)
    assert t.rows[1].cells == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert t.rows[2].cells == ["Meningkatnya mutu", "Indeks Kepuasan Masyarakat", "77,37", "76,69", "99,12",
                               "51.378.495,-", "50.794.173,-", "98,86"]
    assert t.rows[3].cells[5] == "83.752.154,-"


def test_a_thousands_group_after_a_space_is_no_column_number():
    # "1 000" and "12 500" are amounts printed with a space between their groups
    rows = ["Program Desa", "2 Dokumen", "3 000", "4 500", "5 250", "6 750"]
    t = Table(rows=[TableRow(cells=["Uraian", "Target", "A", "B", "C", "D"], page=2, is_header=True),
                    TableRow(cells=rows, page=2)], page=2)
    numbering_unglued(t)
    assert t.rows[1].cells == rows
