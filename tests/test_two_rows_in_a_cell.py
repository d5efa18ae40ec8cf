"""A value cell holding the values of two rows (rows cut in the wrong place: shaded bands, a row read into the one
above) leaves its table's reading doubtful, so the sums it breaks are warnings, not errors
(:func:`lkjip.extract.value_columns.two_rows_in_a_cell`)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.value_columns import two_rows_in_a_cell

HEAD = ["Program", "Anggaran", "Realisasi", "%"]


def _table(body: list[list[str]]) -> Table:
    return Table(rows=[TableRow(cells=HEAD, is_header=True)] + [TableRow(cells=c) for c in body])


def test_an_amount_with_the_next_amount_s_sign_or_two_percents_in_one_cell_make_the_table_doubtful():
    t = _table([["Program Satu", "Rp. 3.095.317.933", "Rp. 2.713.558.203", "87,67 %"],
                ["Program Dua Program Tiga", "Rp. 76.176.435 Rp.", "Rp. 65.843.250 Rp.", "86,44 % 96,32 %"],
                ["Lembaga Adat", "156.837.234", "151.065.534", ""]])
    assert "dua baris" in (two_rows_in_a_cell(t) or "")
    t = _table([["Program Satu", "Rp 1.000", "Rp 900", "90 %"], ["Program Dua", "2.000", "1.500", "75 % 80 %"]])
    assert two_rows_in_a_cell(t)


def test_one_value_per_cell_or_an_amount_wrapped_in_pieces_is_no_doubt():
    t = _table([["Program Satu", "Rp. 3.095.317.", "Rp. 2.713.558.", "87,67 %"],
                ["", "933", "203", ""],
                ["Program Dua", "Rp 1.741.097.82 4", "Rp 1.663.199.628", "95,53"]])
    assert two_rows_in_a_cell(t) is None
