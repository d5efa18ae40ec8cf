"""A table of text rows (a cascading table) split by its author into parts with no header repeated, its next part
filled in its last two columns only (#12):

* the table's first column numbers its rows ("1", "2", "3"): those keys are no number of its body, so the part is
  still read with the columns above it (before, the row numbers made it a table of numbers and the part's rows
  were lost as running text);
* the part, ending a page, lends its columns to the next page as any table with a body does: its rest there
  (the last row's lines, the next rows) is read with them (before, a part of two rows showed no body by itself
  and its rest on the next page was lost as running text).

Word boxes as LibreOffice prints such a table (mono, landscape), as in :mod:`test_text_parts`."""

from __future__ import annotations

from test_text_parts import PART, ROW, _above, _lines

from lkjip.extract.layout.carry import ending_table
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.short_parts import short_parts

#: the row above with its number in the "No" column
NUMBERED = ["3", *ROW[1:]]


def test_a_part_under_numbered_text_rows_is_read_with_the_columns_above():
    parts, rest = short_parts([_above(NUMBERED)], _lines(PART), [], 14, "text", None)
    assert len(parts) == 1 and not rest
    rows = [r.cells for r in parts[0].table.rows]
    assert [len(r) for r in rows] == [11, 11]
    assert rows[0][9] == "Fasilitasi pengelolaan keuangan desa dan pendayagunaan aset desa"
    assert rows[1][9] == "Fasilitasi pelaksanaan Pemilihan Kepala Desa"


def test_amounts_after_the_row_number_still_keep_the_part_text():
    amounts = ["3", "Belanja", "", "", "", "", "", "", "", "12.500.000", "12.000.000"]
    parts, rest = short_parts([_above(amounts)], _lines(PART), [], 14, "text", None)
    assert not parts and len(rest) == len(PART)


def test_a_part_ending_the_page_lends_its_columns_to_the_next():
    above = _above(ROW)
    lines = _lines(PART)
    parts, _ = short_parts([above], lines, [], 14, "text", None)
    res = PageResult(14, 595.3, tables=[above, *parts], free_lines=lines)
    assert ending_table(res) is parts[0]
