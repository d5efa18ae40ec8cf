"""A scanned list of contents read as a table with two entries' numbers in one cell: its lines again, each entry
with its own title (``ocr_contents_lists``)."""

from __future__ import annotations

from line_builders import cell_words

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.ocr_contents_lists import contents_as_lines, merged_contents

ENTRIES = [("Lampiran 1", "Penetapan Kinerja Tahun 2022"), ("Lampiran 2", "Penetapan Kinerja Tahun 2023"),
           ("Lampiran 3", "Rincian Anggaran per kegiatan")]


def _words():
    return [w for k, (num, title) in enumerate(ENTRIES) for w in cell_words(100.0 + 14 * k, (60.0, num), (200.0, title))]


def _table(rows: list[list[str]]) -> PageTable:
    table = Table(rows=[TableRow(cells=r, page=1) for r in rows], page=1)
    return PageTable(table=table, col_edges=[], top=100.0, bottom=140.0, x0=60.0, x1=400.0)


def test_a_list_of_contents_read_with_two_entries_in_one_cell_is_its_lines_again():
    pt = _table([["Lampiran 1", "Penetapan Kinerja Tahun 2022"], ["Lampiran 2 Lampiran 3", "Penetapan Kinerja Tahun 2023"],
                 ["", "Rincian Anggaran per kegiatan"]])
    assert merged_contents(pt)
    res = PageResult(1, 842.0, tables=[pt])
    assert contents_as_lines(res, _words()) == 1
    assert res.tables == []
    assert [ln.text for ln in res.lines] == [f"{n} {t}" for n, t in ENTRIES]


def test_a_list_read_row_by_row_and_a_table_stay_tables():
    listed = _table([[n, t] for n, t in ENTRIES])
    other = _table([["1", "Lampiran 2 Lampiran 3"], ["2", "Program"]])
    res = PageResult(1, 842.0, tables=[listed, other])
    assert not merged_contents(listed) and not merged_contents(other)
    assert contents_as_lines(res, _words()) == 0 and res.tables == [listed, other]
