"""Amounts a narrow scanned column wrapped with more of the amount on the second line ("2.525.44" over "2.492,00"),
the first line's group dot lost ("2525.44"), or the cents' comma read as a dot ("23.460.0" over "00.00"): joined
back into the printed amount; a decimal over a whole amount on a row of its own is no wrapped amount."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.ocr_numbers import join_wrapped_amounts


def _joined(upper: str, lower: str) -> list[list[str]]:
    table = Table(rows=[TableRow(cells=["Program Penunjang", upper]), TableRow(cells=["", lower])], page=1)
    join_wrapped_amounts(table, 1)
    return [r.cells for r in table.rows]


def test_the_second_line_holding_groups_of_its_own():
    assert _joined("2.525.44", "2.492,00") == [["Program Penunjang", "2.525.442.492,00"]]
    assert _joined("2.662.39", "4.679,-") == [["Program Penunjang", "2.662.394.679,-"]]


def test_a_group_dot_lost_in_the_first_line():
    assert _joined("2525.44", "2.492,00") == [["Program Penunjang", "2.525.442.492,00"]]


def test_the_cents_comma_read_as_a_dot():
    assert _joined("23.460.0", "00.00") == [["Program Penunjang", "23.460.000,00"]]


def test_a_decimal_over_an_amount_is_left_alone():
    assert _joined("12.5", "10.000,00") == [["Program Penunjang", "12.5"], ["", "10.000,00"]]
