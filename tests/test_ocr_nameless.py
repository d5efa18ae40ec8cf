"""A row of amounts whose name OCR did not read makes its table a doubtful reading (its sums' flags are uncertain
warnings): which amounts belong to which line is unsure."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.ocr_nameless import nameless_doubt


def table(rows: list[list[str]]) -> Table:
    return Table(rows=[TableRow(cells=r, is_header=k == 0) for k, r in enumerate(rows)])


def test_a_row_of_amounts_without_a_name_is_a_doubt():
    t = table([
        ["Program", "Anggaran", "Realisasi", "%"],
        ["Program Penunjang Urusan Pemerintahan", "Rp. 3.987.802.404", "Rp. 3.620.922.644", "90,80 %"],
        ["", "Rp. 133.992.795", "Rp. 129.166.852", "96,40 %"],  # the name went elsewhere
    ])  # fmt: skip
    assert "133.992.795" in (nameless_doubt(t, 15) or "")


def test_named_rows_pieces_and_tables_of_numbers_are_none():
    named = table([
        ["NO", "URAIAN", "ANGGARAN", "REALISASI"],
        ["", "BELANJA LANGSUNG", "Rp 2.774.810.736", "Rp 2.420.208.738"],  # no key, a name
        ["1", "PROGRAM PENUNJANG", "Rp 2.346.812.027", "Rp 2.024.380.375"],
        ["", "", "265", "849"],  # the ends of wrapped amounts: no amount of their own
    ])  # fmt: skip
    numbers = table([["2021", "2022"], ["1.250.000", "1.300.000"]])
    assert nameless_doubt(named, 7) is None and nameless_doubt(numbers, 7) is None
