"""A table read by its text whose part on one page shows fewer columns than its part on the next page
(lkjip.extract.layout.carry.widen_from_next, issue #12): the earlier part is read again with the later part's
columns where its own words let them through, so that both parts join into one table."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.document import Table
from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.carry import widen_from_next
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.page import PageResult

_line = cells_line


def _page(number: int, lines: list[TextLine]) -> PageResult:
    tables, rest = find_text_tables(lines, page_no=number)
    return PageResult(number, 800.0, lines=rest, tables=tables, free_lines=list(lines))


def _rows(t: Table) -> list[list[str]]:
    return [r.cells for r in t.rows]


def _budget_row(y: float, no: str, name: str, amount: str, target: str, unit: str, unit_x: float) -> TextLine:
    return _line(y, (50, no), (80, name), (250, amount), (400, target), (unit_x, unit))


# page 1: each target's unit set a little closer than a column gap (8 pt) to its number: no white channel shows
PAGE_1 = [
    _line(100, (50, "No"), (80, "Uraian"), (250, "Anggaran"), (400, "Target")),
    _budget_row(115, "1", "Program Pelayanan", "1.250.000", "12", "Dokumen", 418),
    _budget_row(130, "2", "Program Trantibum", "310.000", "40", "Laporan", 418),
    _budget_row(145, "3", "Program Desa", "73.593.494", "20", "Desa", 418),
]
# page 2: single-digit targets leave 13 pt before the unit: the unit is a column of its own
PAGE_2 = [
    _budget_row(60, "4", "Program Lembaga", "24.619.682", "7", "Lembaga", 418),
    _budget_row(75, "5", "Program Kamtibmas", "15.279.011", "2", "Laporan", 418),
    _budget_row(90, "6", "Program Kepegawaian", "9.000.000", "3", "Orang", 418),
]


def test_a_part_with_fewer_columns_is_read_again_with_the_next_parts():
    first, second = _page(1, PAGE_1), _page(2, PAGE_2)
    assert first.tables[0].table.n_cols == 4 and second.tables[0].table.n_cols == 5
    widen_from_next([first, second], {})
    table = first.tables[0].table
    assert table.n_cols == 5
    assert _rows(table)[1] == ["1", "Program Pelayanan", "1.250.000", "12", "Dokumen"]
    assert any("read again" in w for w in table.warnings)


def test_a_part_whose_words_cross_the_next_parts_column_is_left_alone():
    # on page 1 the units run left into the white the next page shows between number and unit: no finer reading
    crossing = [PAGE_1[0]] + [_budget_row(115 + 15 * k, str(k + 1), "Program Pelayanan", "1.250.000", "12",
                                          "Dokumen", 412) for k in range(3)]
    first, second = _page(1, crossing), _page(2, PAGE_2)
    before = _rows(first.tables[0].table)
    widen_from_next([first, second], {})
    assert _rows(first.tables[0].table) == before


def test_a_page_holding_only_the_rest_of_the_last_cell_is_passed_over():
    # the part's last output name wraps onto a page of its own; the next part opens the page after
    first, middle, last = _page(1, PAGE_1), _page(2, [_line(60, (80, "Kantor Desa"))]), _page(3, PAGE_2)
    assert middle.tables == []
    widen_from_next([first, middle, last], {})
    assert first.tables[0].table.n_cols == 5
    # a page of running text between is no such page: the parts are two tables, left as read
    first, prose = _page(1, PAGE_1), _page(2, [_line(60, (50, "Berdasarkan tabel di atas dapat disimpulkan bahwa"))])
    widen_from_next([first, prose, _page(3, PAGE_2)], {})
    assert first.tables[0].table.n_cols == 4
