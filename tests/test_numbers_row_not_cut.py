"""A table whose header, column numbers included ("1 2 3 …"), ends a page, its body opening the next page with a
row whose "No" cell is empty (merged down, its number printed lower): that row is no rest of the column numbers
(:func:`lkjip.extract.layout.stitch.continues_row`)."""

from __future__ import annotations

from lkjip.extract.document import TableRow
from lkjip.extract.layout.stitch import continues_row
from lkjip.extract.layout.words import Tail


def test_a_row_of_column_numbers_is_continued_by_no_row():
    last = TableRow(cells=["1", "2", "3", "4"])
    first = TableRow(cells=["", "Meningkatnya kemajuan desa", "Persentase Desa Maju", "PROGRAM PEMBERDAYAAN"])
    tails = [Tail(c, True) for c in last.cells]
    assert not continues_row(last, first, tails)


def test_a_cut_rows_rest_still_continues_it():
    last = TableRow(cells=["2", "Meningkatnya kemajuan", "Persentase Desa", "PROGRAM PEMBERDAYAAN"])
    first = TableRow(cells=["", "dan kemandirian desa", "maju", "MASYARAKAT DESA"])
    tails = [Tail(c, True) for c in last.cells]
    assert continues_row(last, first, tails)
