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


# the same table split by its author on one page, the header not repeated: the lower part's rows (single-digit
# targets) show the column its upper part's rows close
BELOW = [_budget_row(60 + 130, "4", "Program Lembaga", "24.619.682", "7", "Lembaga", 418),
         _budget_row(75 + 130, "5", "Program Kamtibmas", "15.279.011", "2", "Laporan", 418),
         _budget_row(90 + 130, "6", "Program Kepegawaian", "9.000.000", "3", "Orang", 418)]


def test_a_part_with_fewer_columns_is_read_again_with_the_columns_of_the_part_below_it():
    page = _page(1, PAGE_1 + BELOW)
    assert [t.table.n_cols for t in page.tables] == [4, 5]
    widen_from_next([page], {})
    upper = min(page.tables, key=lambda t: t.top).table
    assert upper.n_cols == 5
    assert _rows(upper)[1] == ["1", "Program Pelayanan", "1.250.000", "12", "Dokumen"]


def test_a_table_below_with_a_header_of_its_own_or_text_between_lends_no_columns():
    own_header = [_line(185, (50, "No"), (80, "Uraian"), (250, "Anggaran"), (400, "Target"), (440, "Satuan"))]
    lower = [_budget_row(200 + 15 * k, *row, 418) for k, row in enumerate(
        [("4", "Program Lembaga", "24.619.682", "7", "Lembaga"), ("5", "Program Kamtibmas", "15.279.011", "2", "Laporan")])]
    page = _page(1, PAGE_1 + own_header + lower)
    assert len(page.tables) == 2
    widen_from_next([page], {})
    assert min(page.tables, key=lambda t: t.top).table.n_cols == 4
    prose = [_line(172, (50, "Program berikut dibiayai dari dana alokasi umum tahun ini."))]
    page = _page(1, PAGE_1 + prose + BELOW)
    assert len(page.tables) == 2
    widen_from_next([page], {})
    assert min(page.tables, key=lambda t: t.top).table.n_cols == 4


def test_a_part_below_with_fewer_columns_is_read_again_with_the_columns_of_the_part_above_it():
    # the other way round: the upper part's rows show the unit column, the lower part's (two-digit targets) do not
    upper = [_line(115 + 15 * k, *c) for k, c in enumerate(
        [((50, "1"), (80, "Program Pelayanan"), (250, "1.250.000"), (400, "7"), (418, "Dokumen")),
         ((50, "2"), (80, "Program Trantibum"), (250, "310.000"), (400, "4"), (418, "Laporan")),
         ((50, "3"), (80, "Program Desa"), (250, "73.593.494"), (400, "2"), (418, "Desa"))])]
    # two-digit targets 4 pt from their unit: no column gap of their own
    lower = [_budget_row(190 + 15 * k, str(k + 4), "Program Lembaga", "24.619.682", "20", "Lembaga", 414)
             for k in range(3)]
    page = _page(1, upper + lower)
    assert [t.table.n_cols for t in sorted(page.tables, key=lambda t: t.top)] == [5, 4]
    widen_from_next([page], {})
    below = max(page.tables, key=lambda t: t.top).table
    assert below.n_cols == 5 and _rows(below)[0] == ["4", "Program Lembaga", "24.619.682", "20", "Lembaga"]


def test_a_part_opening_the_next_page_with_fewer_columns_is_read_again_with_the_columns_of_the_part_before():
    first = _page(1, [_line(115 + 15 * k, (50, str(k + 1)), (80, "Program Pelayanan"),
                                          (250, "1.250.000"), (400, "7"), (418, "Dokumen")) for k in range(3)])
    second = _page(2, [_budget_row(60 + 15 * k, str(k + 4), "Program Lembaga", "24.619.682", "20", "Lembaga", 414)
                       for k in range(3)])
    assert first.tables[0].table.n_cols == 5 and second.tables[0].table.n_cols == 4
    widen_from_next([first, second], {})
    assert second.tables[0].table.n_cols == 5
    assert _rows(second.tables[0].table)[0] == ["4", "Program Lembaga", "24.619.682", "20", "Lembaga"]
