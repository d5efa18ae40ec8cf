"""Two tables ruled across alike, the second's header cut by the page break (issue #12).

A performance table ruled with horizontal lines only ends near a page's foot; a blank band later the next table
(the same rules, the same width) opens with its rule and the first lines of its bold header, the rest of the
header and its rows on the next page. The rules make one stack: the empty band between the tables was read as a
row of the first table and the next table's header lines under its rule as that table's last row, cut by the page
break: the first table got a row of header words, the second lost its header and its kind. An empty last band
with a bold line right under its bottom rule, under rows in regular weight, ends the stack there
(:func:`~lkjip.extract.layout.frames.next_ruled_header`, :func:`~lkjip.extract.layout.half_ruled.split_stack`);
the header's start is read with the next page (:func:`~lkjip.extract.layout.carry.dangling_start`).
"""

from __future__ import annotations

from line_builders import cell_words, hrule, read_pages

from lkjip.extract.document import Table
from lkjip.extract.layout.geometry import Ruling, Word, lines_from_words
from lkjip.extract.layout.page import read_page_layout

A_COLS = (60, 250, 400, 460)
B_COLS = (60, 250, 400, 470)
A_ROWS = [("Menurunnya gangguan", "Persentase penanganan", "85", "85"),
          ("Meningkatnya tata kelola", "Persentase desa", "78", "78"),
          ("Meningkatnya keaktifan", "Persentase lembaga", "69", "67")]
B_ROWS = [("Menurunnya gangguan", "Persentase penanganan", "100%", "1,07"),
          ("Meningkatnya tata kelola", "Persentase desa", "100%", "1,01")]


def _words(top: float, cols: tuple[int, ...], cells: tuple[str, ...], bold: bool = False) -> list[Word]:
    return cell_words(top, *((x, t) for x, t in zip(cols, cells, strict=True) if t), bold=bold, size=9.0)


def _page_one() -> tuple[list[Word], list[Ruling]]:
    words = cell_words(560, (60, "Hubungan capaian kinerja dan anggaran disajikan pada tabel berikut:"), size=9.0)
    y, rules = 600.0, [hrule(600.0)]
    words += _words(y + 3, A_COLS, ("Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi"), bold=True)
    y += 16
    rules.append(hrule(y))
    for row in A_ROWS:
        words += _words(y + 3, A_COLS, row)
        y += 16
        rules.append(hrule(y))
    y += 14  # the blank band between the tables, then the next table's rule and its header's first lines
    rules.append(hrule(y))
    words += _words(y + 2, B_COLS, ("Sasaran Strategis", "Indikator Sasaran", "% Capaian", "Tingkat"), bold=True)
    return words, rules


def _page_two() -> tuple[list[Word], list[Ruling]]:
    words = _words(60, B_COLS, ("", "", "Kinerja", "Efisiensi"), bold=True)
    y, rules = 74.0, [hrule(74.0)]
    for row in B_ROWS:
        words += _words(y + 3, B_COLS, row)
        y += 16
        rules.append(hrule(y))
    words += cell_words(y + 30, (60, "Tingkat efisiensi dihitung dari capaian dan penyerapan anggaran."), size=9.0)
    return words, rules


def test_the_next_tables_header_is_no_row_of_the_table_above():
    res = read_page_layout(1, 842.0, *_page_one(), lines_from_words, ruled=True)
    first = min(res.tables, key=lambda t: t.top)
    assert [r.cells for r in first.table.rows if not r.is_header] == [list(r) for r in A_ROWS]


def test_the_next_table_keeps_its_header_over_the_page_break():
    blocks = read_pages([_page_one(), _page_two()])
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 2
    assert [r.cells for r in tables[0].rows if not r.is_header] == [list(r) for r in A_ROWS]
    (head,) = [r for r in tables[1].rows if r.is_header]
    assert head.cells[0] == "Sasaran Strategis" and head.cells[-1] == "Tingkat Efisiensi"
    assert [r.cells for r in tables[1].rows if not r.is_header] == [list(r) for r in B_ROWS]
