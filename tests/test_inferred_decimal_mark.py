"""A whole amount over its two decimals alone on the next line ("16.668.825" / "00") is read with a decimal
mark put in: the digits are read, the mark is inferred, and the table holding the amount says so
(:mod:`lkjip.extract.layout.inferred_marks`)."""

from __future__ import annotations

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.layout.inferred_marks import INFERRED_MARKS, note_inferred_marks
from lkjip.extract.layout.words import join_wrapped


def _collect(parts: list[str]) -> tuple[str, list[str]]:
    sink: list[str] = []
    token = INFERRED_MARKS.set(sink)
    try:
        return join_wrapped(parts), sink
    finally:
        INFERRED_MARKS.reset(token)


def test_the_put_in_mark_is_collected():
    text, sink = _collect(["16.668.825", "00"])
    assert text == "16.668.825,00" and sink == ["16.668.825,00"]


def test_an_amount_printed_whole_is_not():
    assert _collect(["16.668.825,00"])[1] == []
    assert _collect(["16.668.", "825,00"])[1] == []


def test_nothing_is_collected_outside_a_reading():
    assert join_wrapped(["16.668.825", "00"]) == "16.668.825,00"  # no sink set: nothing to note


def test_the_table_holding_the_amount_gets_a_warning():
    table = Table(rows=[TableRow(cells=["Belanja", "16.668.825,00"])], page=3)
    other = Table(rows=[TableRow(cells=["Belanja", "1.000.000,00"])], page=4)
    warnings: list[str] = []
    note_inferred_marks([Paragraph(text="Tabel 1"), table, other], ["16.668.825,00", "16.668.825,00", "9.999,00"],
                        warnings)
    assert len(table.warnings) == 1 and "16.668.825,00" in table.warnings[0]
    assert other.warnings == [] and warnings == []
