"""A row key whose last dot Tesseract read as a comma ("II,") or with spaces after its inner dots ("1. 5. 1") is put
right in a column of keys; outside such a column, or a comma in a value, stays."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.ocr_key_dots import fix_key_marks


def _table(rows: list[list[str]]) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=1) for r in rows], page=1)


def test_comma_and_spaced_keys_in_a_key_column():
    t = _table([["I.", "Program A", "1.000"], ["II,", "Program B", "2.000"], ["III.", "Program C", "3,5"],
                ["I.,", "Program D", "4"], ["1. 5. 1", "Kegiatan", "5"]])
    assert fix_key_marks(t, 2) == 3
    assert [r.cells[0] for r in t.rows] == ["I.", "II.", "III.", "I.", "1.5.1"]
    assert t.rows[2].cells[2] == "3,5" and len(t.warnings) == 3


def test_no_key_column_no_change():
    t = _table([["Uraian", "3,"], ["Program", "II,"], ["1. 5", "x"]])
    assert fix_key_marks(t, 2) == 0
    assert [r.cells for r in t.rows] == [["Uraian", "3,"], ["Program", "II,"], ["1. 5", "x"]]


def test_one_read_as_a_letter_in_a_column_of_digit_keys():
    t = _table([["l.", "Program A"], ["2.", "Program B"], ["3.", "Program C"]])
    letters = _table([["a.", "x"], ["b.", "y"], ["i.", "z"]])
    assert fix_key_marks(t, 2) == 1 and t.rows[0].cells[0] == "1."
    assert fix_key_marks(letters, 2) == 0 and letters.rows[2].cells[0] == "i."
