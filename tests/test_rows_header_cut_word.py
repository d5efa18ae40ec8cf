"""A header line cut off at a page's foot whose cell ends on a word the page break cut (issue #12).

A narrow column breaks a header word over two lines ("INDIKAT" / "OR KINERJA"); when the page break falls
between them, the first line is put back over the table opening the next page
(:func:`lkjip.extract.layout.stitch.header_cut_off`) and the cell's rest, read there as the table's first header
row, joins it as a wrapped cell's lines join: "INDIKATOR KINERJA", the lower level left to the labels under the
groups. Checked on synthetic page tables (words 5 pt per letter).
"""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.words import Tail

EDGES = [50.0, 150.0, 200.0, 300.0, 450.0]


def _words(y: float, *cells: tuple[float, str]) -> TextLine:
    return cells_line(y, *cells, height=8.0, gap=5.0)


def _table(cells: list[list[str]], page: int, header: int) -> PageTable:
    rows = [TableRow(cells=c, page=page, is_header=k < header, bbox=(50.0, 60.0 + 12 * k, 450.0, 70.0 + 12 * k))
            for k, c in enumerate(cells)]
    pt = PageTable(Table(rows=rows, page=page, strategy="lines"), EDGES, 60.0, 60.0 + 12 * len(rows), 50.0, 450.0)
    pt.tails = [Tail(c, False) for c in cells[-1]]
    return pt


def _page(number: int, *tables: PageTable, lines: list[TextLine] | None = None) -> PageResult:
    res = PageResult(number, 800.0, tables=list(tables))
    res.free_lines = lines or []
    res.lines = list(res.free_lines)
    return res


def _read(head: str, rest: str = "OR KINERJA") -> list[list[str]]:
    lines = [_words(600.0, (55, "Perbandingan realisasi kinerja dengan tahun sebelumnya sebagai berikut:")),
             _words(700.0, (55, "SASARAN STRATEGIS"), (155, head), (205, "TARGET"), (305, "REALISASI"))]
    table = _table([["", rest, "2024", "2021"], ["(1)", "(2)", "(3)", "(4)"],
                    ["Meningkatnya partisipasi", "Persentase", "80", "65"]], 4, header=2)
    blocks = assemble([_page(3, lines=lines), _page(4, table)])
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table"]
    return [r.cells for r in blocks[1].rows[:2]]


def test_a_header_word_cut_by_the_page_break_is_joined_again():
    assert _read("INDIKAT") == [["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET", "REALISASI"],
                                ["", "", "2024", "2021"]]


def test_a_word_that_left_room_keeps_the_next_level_apart():
    # "TW" would have fitted after "REAL" in its column: the label ended whole there
    assert _read("REAL", "TW I") == [["SASARAN STRATEGIS", "REAL", "TARGET", "REALISASI"], ["", "TW I", "2024", "2021"]]
