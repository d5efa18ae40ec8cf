"""Rows at page breaks and part boundaries of a cascading table (issue #12, fifteenth session).

* The first row of a table's next part, cut at a page's foot (read as lines), is read with the columns of the
  part above when the next page opens with the rest in the same column channels, however far the two parts'
  text edges lie apart (lkjip.extract.layout.carry.foot_run_on); its rest, its first cell running on in lower
  case, rejoins it (lkjip.extract.layout.stitch.continues_row).
* A row opening the next page with one cell is a row of its own, not the rest of the row the break cut,
  when the cell above ended on a short line its first word would have fitted on, and the cell opens as its
  column's cells do (lkjip.extract.layout.stitch.continues_row).
"""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import column_openers, continues_row, left_room, usual_openers
from lkjip.extract.layout.words import Tail, cell_tail


def _indicator_tail(*lines: str) -> Tail:
    """The tail of an indicator cell left-aligned at x 400 in a column whose text reaches x 470 (5 pt a letter)."""
    built = [cells_line(700.0 + 12 * k, (400.0, text)) for k, text in enumerate(lines)]
    return cell_tail(built, 470.0, built[-1].bottom)


def test_a_cell_ending_on_a_short_line_left_room_for_the_next_word():
    short = _indicator_tail("Jumlah Lembaga", "yang aktif di", "Desa")
    assert left_room(short, "Jumlah usulan program")
    assert not left_room(short, "Kemasyarakatan yang aktif")  # 14 letters do not fit in the room after "Desa"
    full = _indicator_tail("Jumlah Lembaga", "Kemasyarakatan")
    assert not left_room(full, "Desa yang aktif")


def test_a_one_cell_row_opening_the_next_page_below_a_short_last_line_is_a_row_of_its_own():
    last = TableRow(cells=["1", "Meningkatnya kemajuan desa", "Jumlah Lembaga yang aktif di Desa"], page=7)
    openers = column_openers([last])
    first = TableRow(cells=["", "", "Jumlah usulan program"], page=8)
    tails = [Tail("1", False, False), Tail("desa", False, False), _indicator_tail("Jumlah Lembaga", "yang aktif di", "Desa")]
    assert not continues_row(last, first, tails, openers)
    # the same row below a line that filled the cell: the break cut the cell, its rest opens the next page
    cut = [*tails[:2], _indicator_tail("Jumlah Lembaga", "yang aktif di", "Desa Wisata")]
    assert continues_row(last, first, cut, openers)
    # room left, but the cell does not open as the column's cells do: the cell's rest (a width the column
    # measured elsewhere on the page may overstate the cell's)
    assert continues_row(last, TableRow(cells=["", "", "Kecamatan dan Kabupaten"], page=8), tails, openers)


def _lines(y: float, *cells: tuple[float, str]) -> TextLine:
    """A line at ``y``: each cell's words from its x, 5 pt a letter, one letter apart, 8 pt high."""
    return cells_line(y, *cells, gap=5.0, height=8.0)


def _text_part(cells: list[list[str]], page: int, edges: list[float], channels: list[tuple[float, float]],
               top: float) -> PageTable:
    """A part of a table read by its text: its column edges where its page's text stops, its white channels."""
    rows = [TableRow(cells=c, page=page, bbox=(edges[0], top + 12 * k, edges[-1], top + 12 * k + 10))
            for k, c in enumerate(cells)]
    return PageTable(Table(rows=rows, page=page, strategy="text"), edges, top, top + 12 * len(rows), edges[0],
                     edges[-1], channels=channels)


def _page(number: int, *tables: PageTable, lines: list[TextLine] = ()) -> PageResult:
    res = PageResult(number, 800.0, tables=list(tables))
    res.lines = list(lines)
    return res


def test_a_parts_first_row_cut_at_a_pages_foot_joins_its_rest_on_the_next_page_read_by_other_text_edges():
    # two parts of a cascading table read by their text: the page's text stops at other places in each, so their
    # column edges lie 8-10 pt apart, but their white channels overlap. The next part's first row, cut by the page
    # break, was read as lines at the foot of the first page; its rest opens the next page, its first cell (a
    # tujuan's name) running on in lower case beside cells that open with capitals (names in Title Case)
    part = _text_part([["Meningkatnya Kualitas", "PROGRAM PENYELENGGARAAN", "Peningkatan Efektifitas",
                        "Jumlah Laporan"]], 3, [50.0, 160.0, 290.0, 400.0, 520.0],
                      [(140.0, 170.0), (270.0, 300.0), (380.0, 410.0)], top=500.0)
    foot = [_lines(700.0, (55, "Penurunan tingkat"), (175, "PROGRAM KOORDINASI"), (305, "Rapat dengan"),
                   (415, "Jumlah Laporan")),
            _lines(712.0, (55, "rawan"), (175, "UPAYA"), (305, "Polri"), (415, "Hasil"))]
    rest = _text_part([["gangguan ketentraman", "KETENTRAMAN UMUM", "Kepolisian Negara", "Sinergitas Kepolisian"],
                       ["", "", "Harmonisasi hubungan", "Jumlah Laporan Harmonisasi"]], 4,
                      [50.0, 150.0, 282.0, 390.0, 520.0], [(145.0, 160.0), (280.0, 292.0), (385.0, 400.0)],
                      top=60.0)
    blocks = assemble([_page(3, part, lines=foot), _page(4, rest)])
    assert [type(b).__name__ for b in blocks] == ["Table", "Table"]
    rows = [r.cells for r in blocks[1].rows]
    assert rows[0] == ["Penurunan tingkat rawan gangguan ketentraman", "PROGRAM KOORDINASI UPAYA KETENTRAMAN UMUM",
                       "Rapat dengan Polri Kepolisian Negara", "Jumlah Laporan Hasil Sinergitas Kepolisian"]
    assert rows[1] == ["", "", "Harmonisasi hubungan", "Jumlah Laporan Harmonisasi"]
    assert [r.page for r in blocks[1].rows] == [3, 4]


def test_a_row_key_in_lower_case_opening_the_next_page_starts_a_row():
    last = TableRow(cells=["a.", "Program Penunjang", "Jumlah Laporan"], page=3)
    assert not continues_row(last, TableRow(cells=["b.", "Program Koordinasi", "Jumlah Dokumen"], page=4))
    assert not continues_row(last, TableRow(cells=["ii", "Program Koordinasi", "Jumlah Dokumen"], page=4))
    assert continues_row(last, TableRow(cells=["umum", "Penunjang Urusan", "Kegiatan"], page=4))


def test_one_cell_opening_the_next_page_with_its_columns_usual_first_word_is_a_sub_row():
    # a bordered cascading table cut after its first row: the next page opens with the second indicator of the
    # same sub kegiatan (the other cells merged down), on a line "Jumlah" would not have fitted on the line above
    rows = [TableRow(cells=["No", "Sub Kegiatan", "Indikator Sub Kegiatan"], page=6, is_header=True),
            TableRow(cells=["1", "Peningkatan Partisipasi Masyarakat", "Jumlah Lembaga Kemasyarakatan di Desa"],
                     page=6)]
    first = TableRow(cells=["", "", "Jumlah usulan program"], page=7)
    tails = [Tail("1", False, False), Tail("Masyarakat", True), Tail("di Desa", True)]
    assert not continues_row(rows[-1], first, tails, column_openers(rows), usual_openers(rows))
    # the rest of a cut cell opens on another word, or below a cell stopping mid-phrase
    assert continues_row(rows[-1], TableRow(cells=["", "", "Pembangunan di Desa"], page=7), tails,
                         column_openers(rows), usual_openers(rows))
    cut = TableRow(cells=["1", "Peningkatan Partisipasi Masyarakat", "Jumlah Lembaga yang"], page=6)
    assert continues_row(cut, first, tails, column_openers(rows), usual_openers([rows[0], cut]))


def test_the_usual_first_word_of_a_column_is_the_one_most_of_its_cells_open_with():
    rows = [TableRow(cells=["Fasilitasi Tata", "Jumlah Dokumen"], page=1),
            TableRow(cells=["Koordinasi Upaya", "Jumlah Laporan"], page=1),
            TableRow(cells=["Pembinaan Linmas", "Persentase desa"], page=1)]
    assert usual_openers(rows) == {1: "jumlah"}
