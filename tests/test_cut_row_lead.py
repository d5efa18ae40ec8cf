"""The rest of a row the page break cut, atop a page, in one column over the borderless table's next rows (issue #12).

A borderless table's long name cell cut by the page break goes on at the top of the next page ("DAERAH" /
"KABUPATEN/KOTA"), one word a line in the name column, before the first line that shows the table's columns. The
table there (whose amounts show a column the carried table's header hid, so the page is read by its own columns)
starts at those lines: its first row is the rest of the cut one, not a paragraph between the two parts."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.page_table import PageTable


def _carry() -> PageTable:
    first = [
        cells_line(100, (57, "NO"), (130, "URAIAN"), (330, "ANGGARAN"), (460, "%")),
        cells_line(112, (130, "BELANJA LANGSUNG"), (330, "3.558.742.699"), (460, "97,80")),
        cells_line(124, (57, "I."), (130, "PROGRAM PENUNJANG"), (330, "3.515.161.421"), (460, "97,77")),
        cells_line(136, (130, "URUSAN")),
    ]
    (carry,), _ = find_text_tables(first)
    return carry


def _row(y: float, no: str, name: str, amount: str, pct: str) -> object:
    return cells_line(y, (57, no), (130, name), (300, "Rp"), (340, amount), (460, pct))


PAGE = [
    cells_line(60, (130, "DAERAH")),
    cells_line(72, (130, "KABUPATEN/KOTA")),
    _row(84, "I.", "Perencanaan dan Evaluasi", "69.219.083", "99,77"),
    _row(96, "I.", "Penyusunan Dokumen", "34.850.448", "100,00"),
    _row(108, "II.", "Koordinasi Penyusunan", "34.368.635", "99,53"),
]


def test_a_cut_cells_rest_atop_a_page_opens_the_table_under_a_carried_one():
    tables, rest = find_text_tables(PAGE, carry=_carry())
    assert not rest
    assert tables[0].table.rows[0].cells[1] == "DAERAH KABUPATEN/KOTA"
    assert [r.cells[0] for r in tables[0].table.rows] == ["", "I.", "I.", "II."]


def test_without_a_table_ending_the_page_before_the_lines_stay_text():
    tables, rest = find_text_tables(PAGE)
    assert [ln.text for ln in rest] == ["DAERAH", "KABUPATEN/KOTA"]


def test_a_line_set_off_above_the_table_is_a_heading_not_a_cut_cell():
    page = [cells_line(40, (130, "DAERAH")), *PAGE[2:]]
    tables, rest = find_text_tables(page, carry=_carry())
    assert [ln.text for ln in rest] == ["DAERAH"]


def test_lines_that_make_no_table_with_the_lead_are_left_as_text():
    # two lines of three cells, no number, more columns than the table ending the page before: no table, with or
    # without the line above them (the search goes on past them instead of starting over at that line)
    (carry,), _ = find_text_tables([cells_line(100 + 12 * k, (57, "Sasaran"), (300, str(60 + k))) for k in range(4)])
    page = [cells_line(60, (130, "DAERAH")),
            cells_line(72, (57, "Catatan"), (130, "Penjelasan umum"), (400, "Lain")),
            cells_line(84, (57, "Lainnya"), (130, "Keterangan lain"), (400, "Juga"))]
    tables, rest = find_text_tables(page, carry=carry)
    assert not tables and len(rest) == 3
