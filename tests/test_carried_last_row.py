"""A table's last row alone atop a page, a line of text and the next table under it (issue #12).

A borderless table the page break cut leaves its last row on the next page; a sentence introducing the next
table follows it a blank line below, then that table's header, with more columns, less than two blank lines and
a half below. Whether the page shows more columns than the carried table is judged on the lines above the
sentence (set off by more white than the lines above have between them), not on the next table's header; a line
going on right under the first (a wrapped cell of a table with finer columns) is no such sentence."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.page_table import PageTable


def _rows(pt: PageTable) -> list[list[str]]:
    return [list(r.cells) for r in pt.table.rows]


def _carry() -> PageTable:
    first = [
        cells_line(100, (57, "Sasaran"), (250, "Target"), (330, "Realisasi"), (420, "Kemajuan")),
        cells_line(112, (57, "Partisipasi"), (250, "64"), (330, "64"), (420, "100")),
        cells_line(124, (57, "Pelayanan"), (250, "82"), (330, "80"), (420, "97")),
    ]
    (carry,), _ = find_text_tables(first)
    return carry


NEXT_TABLE = [
    cells_line(104, (57, "Sasaran"), (150, "Capaian"), (230, "Serapan"), (300, "Efisiensi"), (380, "Anggaran"),
               (460, "Realisasi")),
    cells_line(116, (57, "Partisipasi"), (150, "100%"), (230, "100 %"), (300, "1,00"), (380, "35.026.597"),
               (460, "35.026.597")),
    cells_line(128, (57, "Trantibum"), (150, "95%"), (230, "83,50 %"), (300, "1,20"), (380, "69.350.897"),
               (460, "57.907.999")),
]


def test_a_last_row_alone_atop_a_page_over_a_sentence_and_a_wider_table_is_the_carried_tables():
    page = [
        cells_line(60, (57, "Trantibum"), (250, "74"), (330, "70"), (420, "94")),
        cells_line(88, (57, "Hubungan antara capaian kinerja dan penggunaan anggaran disajikan berikut:")),
        *NEXT_TABLE,
    ]
    tables, rest = find_text_tables(page, carry=_carry())
    assert tables[0].carried and _rows(tables[0]) == [["Trantibum", "74", "70", "94"]]
    assert [ln.text for ln in rest] == ["Hubungan antara capaian kinerja dan penggunaan anggaran disajikan berikut:"]


def test_a_first_line_showing_more_columns_is_still_the_pages_own():
    # the page's first line itself shows a column the carried table lacks ("dan | 77.063.068"): no carried rows
    page = [
        cells_line(60, (57, "Trantibum"), (150, "74"), (250, "74"), (330, "70"), (420, "94"), (470, "1,2")),
        cells_line(72, (57, "Pelayanan"), (150, "74"), (250, "74"), (330, "70"), (420, "94"), (470, "1,2")),
        cells_line(90, (57, "Hubungan antara capaian kinerja dan penggunaan anggaran disajikan berikut:")),
        *NEXT_TABLE,
    ]
    tables, _ = find_text_tables(page, carry=_carry())
    assert not any(t.carried for t in tables)


def test_a_line_right_under_the_first_is_no_sentence_after_the_carried_row():
    # no blank under the first line: the line may be its row's wrapped cell, the finer columns below the page's own
    page = [
        cells_line(60, (57, "Trantibum"), (250, "74"), (330, "70"), (420, "94")),
        cells_line(72, (57, "Hubungan antara capaian kinerja dan penggunaan anggaran disajikan berikut:")),
        *NEXT_TABLE,
    ]
    tables, _ = find_text_tables(page, carry=_carry())
    assert not any(t.carried for t in tables)
