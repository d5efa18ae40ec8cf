"""A table continued on the next page but read there with other columns is still one table (issue #12).

A page is read on its own: the part of a table on the next page may come out with other columns than the part
above the page break — a frame drawn with its inner rules on the header's page only is read by its text on the
next (a column fewer, its sides short of the frame), a header cut off at a page's bottom is read as a table of
its own with its cells merged. :func:`~lkjip.extract.layout.assemble.assemble` lays such a part over the
columns of the other by position (:mod:`lkjip.extract.layout.stitch`). Checked on synthetic page tables.
"""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.words import Tail


def _rows(cells: list[list[str]], page: int, header: int = 0, top: float = 100.0) -> list[TableRow]:
    return [TableRow(cells=c, page=page, is_header=k < header, bbox=(50.0, top + 12 * k, 450.0, top + 12 * k + 10))
            for k, c in enumerate(cells)]


def _ruled(cells: list[list[str]], page: int, edges: list[float], header: int = 0, top: float = 100.0) -> PageTable:
    rows = _rows(cells, page, header, top)
    pt = PageTable(Table(rows=rows, page=page, strategy="lines"), edges, top, top + 12 * len(rows), edges[0], edges[-1])
    pt.tails = [Tail(c, False) for c in cells[-1]]  # the last row's cells end well above the page break
    return pt


def _text(cells: list[list[str]], page: int, x0: float, x1: float, channels: list[tuple[float, float]],
          header: int = 0, top: float = 60.0) -> PageTable:
    rows = _rows(cells, page, header, top)
    return PageTable(Table(rows=rows, page=page, strategy="text"), [], top, top + 12 * len(rows), x0, x1,
                     channels=channels)


def _page(number: int, *tables: PageTable, lines: list[TextLine] | None = None) -> PageResult:
    res = PageResult(number, 800.0, tables=list(tables))
    res.free_lines = lines or []
    return res


HEAD = ["No", "Program", "Anggaran", "Realisasi"]
EDGES = [50.0, 80.0, 250.0, 350.0, 450.0]


def test_a_part_read_by_its_text_on_the_next_page_is_laid_over_the_ruled_columns_above():
    # the frame's inner rules end with the header's page: the next page is read by its text, the number column
    # empty there (sub-rows), its right side short of the frame
    above = _ruled([HEAD, ["1", "Program Penunjang", "1.250.000", "1.187.500"],
                    ["2", "Program Koordinasi", "2.000.000", "1.900.000"]], 3, EDGES, header=1)
    below = _text([["Sub kegiatan Rapat", "250.000", "200.000"], ["Sub kegiatan Arsip", "750.000", "700.000"]],
                  4, 85.0, 430.0, [(240.0, 262.0), (330.0, 362.0)])
    (table,) = assemble([_page(3, above), _page(4, below)])
    assert [r.cells for r in table.rows[-2:]] == [["", "Sub kegiatan Rapat", "250.000", "200.000"],
                                                  ["", "Sub kegiatan Arsip", "750.000", "700.000"]]
    assert [r.page for r in table.rows] == [3, 3, 3, 4, 4]


def test_a_part_whose_columns_hold_other_kinds_of_values_is_not_laid_over():
    above = _ruled([HEAD, ["1", "Program Penunjang", "1.250.000", "1.187.500"],
                    ["2", "Program Koordinasi", "2.000.000", "1.900.000"]], 3, EDGES, header=1)
    # text under the amounts: a signature block read as a table, not the rest of the table above
    below = _text([["Camat Sukamaju", "Pembina", "ttd"], ["Kepala Seksi", "Penata", "ttd"]],
                  4, 85.0, 430.0, [(240.0, 262.0), (330.0, 362.0)])
    assert len(assemble([_page(3, above), _page(4, below)])) == 2


RENSTRA = ["Misi", "Sasaran", "Indikator", "2026"]
RENSTRA_EDGES = [57.0, 88.0, 164.0, 235.0, 280.0]


def _renstra_above() -> PageTable:
    return _ruled([RENSTRA, ["1", "Meningkatnya akuntabilitas", "Nilai SAKIP", "74,24"],
                   ["2", "Meningkatnya pelayanan", "Indeks Kepuasan", "82,24"]], 4, RENSTRA_EDGES, header=1)


def test_a_row_key_read_into_the_first_cell_of_its_row_goes_back_to_the_key_column():
    # the frame drawn without inner rules on the next page: the key set close to its sasaran is read as one
    # column with it, whose text starts left of the sasaran column above, in the key column left empty here
    below = _text([["4 Menurunnya gangguan", "Persentase penanganan", "96"],
                   ["5 Meningkatnya kualitas", "Persentase desa", "100"]], 5, 81.0, 278.0,
                  [(161.0, 167.0), (232.0, 267.0)])
    (table,) = assemble([_page(4, _renstra_above()), _page(5, below)])
    assert [r.cells for r in table.rows[-2:]] == [["4", "Menurunnya gangguan", "Persentase penanganan", "96"],
                                                  ["5", "Meningkatnya kualitas", "Persentase desa", "100"]]


def test_a_first_word_unlike_the_keys_above_stays_in_its_cell():
    # "a" is a row key's form, but not the form of the keys above ("1", "2"): the first word of the text
    below = _text([["a Menurunnya gangguan", "Persentase penanganan", "96"]], 5, 81.0, 278.0,
                  [(161.0, 167.0), (232.0, 267.0)])
    (table,) = assemble([_page(4, _renstra_above()), _page(5, below)])
    assert table.rows[-1].cells == ["", "a Menurunnya gangguan", "Persentase penanganan", "96"]


def test_a_column_starting_inside_its_own_column_keeps_its_keys():
    # the text starts where the sasaran column above starts: a number there is the sasaran's own
    below = _text([["4 Menurunnya gangguan", "Persentase penanganan", "96"]], 5, 90.0, 278.0,
                  [(161.0, 167.0), (232.0, 267.0)])
    (table,) = assemble([_page(4, _renstra_above()), _page(5, below)])
    assert table.rows[-1].cells == ["", "4 Menurunnya gangguan", "Persentase penanganan", "96"]


def _words(y: float, *cells: tuple[float, str]) -> TextLine:
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, x, y, x + 5 * len(tok), y + 8))
            x += 5 * (len(tok) + 1)
    return TextLine(words)


def test_a_header_cut_off_at_a_pages_bottom_is_laid_over_the_columns_of_its_body_on_the_next():
    # the header, read as text on its page, merged "Anggaran" and "Realisasi" into one cell; the ruled body on the
    # next page shows the columns
    lines = [_words(700.0, (55, "No"), (85, "Program"), (260, "Anggaran"), (360, "Realisasi"))]
    head = _text([["No", "Program", "Anggaran Realisasi"]], 3, 55.0, 405.0, [(65.0, 85.0), (120.0, 260.0)],
                 header=1, top=700.0)
    body = _ruled([["1", "Program Penunjang", "1.250.000", "1.187.500"],
                   ["2", "Program Koordinasi", "2.000.000", "1.900.000"]], 4, EDGES)
    (table,) = assemble([_page(3, head, lines=lines), _page(4, body)])
    assert [r.cells for r in table.rows] == [HEAD, ["1", "Program Penunjang", "1.250.000", "1.187.500"],
                                             ["2", "Program Koordinasi", "2.000.000", "1.900.000"]]
    assert table.rows[0].is_header and table.page == 3
    assert [r.page for r in table.rows] == [3, 4, 4]


def test_the_first_lines_of_a_page_under_a_ruled_table_ending_the_page_before_are_its_rows():
    # a browser's frame with one rule under the header draws the columns on the header's page only: the rows on
    # the next page are bare text, too few to show their column gaps
    above = _ruled([HEAD, ["1", "Program Penunjang", "1.250.000", "1.187.500"],
                    ["2", "Program Koordinasi", "2.000.000", "1.900.000"]], 3, EDGES, header=1)
    page = _page(4)
    page.lines = [_words(60.0, (55, "3"), (85, "Program Pembinaan"), (290, "3.000.000"), (390, "2.900.000")),
                  _words(72.0, (55, "4"), (85, "Program Pemberdayaan"), (290, "4.000.000"), (390, "3.800.000")),
                  _words(110.0, (55, "Penyerapan anggaran tinggi pada semua program kecamatan tahun ini."))]
    blocks = assemble([_page(3, above), page])
    assert [type(b).__name__ for b in blocks] == ["Table", "Paragraph"]
    assert [r.cells for r in blocks[0].rows[-2:]] == [["3", "Program Pembinaan", "3.000.000", "2.900.000"],
                                                      ["4", "Program Pemberdayaan", "4.000.000", "3.800.000"]]
    assert [r.page for r in blocks[0].rows[-2:]] == [4, 4]


def test_a_header_line_cut_off_at_a_pages_bottom_is_put_back_over_the_ruled_table_opening_the_next():
    edges = [50.0, 150.0, 250.0, 350.0, 450.0]
    page = _page(3)
    page.lines = [_words(600.0, (55, "Perbandingan realisasi kinerja dengan target akhir renstra sebagai berikut:")),
                  _words(700.0, (55, "SASARAN STRATEGIS"), (160, "INDIKATOR"), (260, "TARGET"), (360, "REALISASI"))]
    table = _ruled([["", "KINERJA", "AKHIR RENSTRA", "TAHUN 2021"], ["(1)", "(2)", "(3)", "(4)"],
                    ["Meningkatnya partisipasi", "Persentase partisipasi", "87", "65"]], 4, edges, header=2, top=60.0)
    blocks = assemble([page, _page(4, table)])
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table"]
    assert blocks[0].text.startswith("Perbandingan") and "SASARAN" not in blocks[0].text
    assert [r.cells for r in blocks[1].rows[:2]] == [["SASARAN STRATEGIS", "INDIKATOR", "TARGET", "REALISASI"],
                                                     ["", "KINERJA", "AKHIR RENSTRA", "TAHUN 2021"]]
    assert blocks[1].rows[0].is_header and blocks[1].page == 3


def test_a_two_level_header_cut_off_at_a_pages_bottom_read_as_two_paragraphs_is_put_back_whole():
    # the group row and the leaf row of the header end the page, read as two paragraphs (the leaf row starts
    # further right); both go back over the ruled table opening the next page, the group row on top
    edges = [50.0, 150.0, 250.0, 350.0, 450.0]
    page = _page(6)
    page.lines = [_words(600.0, (55, "Hubungan antara capaian kinerja dan penggunaan anggaran disajikan berikut:")),
                  _words(757.0, (55, "Sasaran Strategis"), (160, "Indikator"), (260, "Kinerja"), (360, "Biaya")),
                  _words(780.0, (160, "Kinerja"), (260, "Target"), (360, "Anggaran (Rp)"))]
    table = _ruled([["1", "2", "3", "4"], ["Meningkatnya partisipasi", "Persentase partisipasi", "87", "65.000"]],
                   7, edges, header=1, top=60.0)
    blocks = assemble([page, _page(7, table)])
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table"]
    assert blocks[0].text.startswith("Hubungan") and "Sasaran" not in blocks[0].text
    assert [r.cells for r in blocks[1].rows[:2]] == [["Sasaran Strategis", "Indikator", "Kinerja", "Biaya"],
                                                     ["", "Kinerja", "Target", "Anggaran (Rp)"]]
    assert blocks[1].page == 6 and [r.page for r in blocks[1].rows] == [6, 6, 7, 7]


def test_running_text_ending_a_page_above_a_table_stays_a_paragraph():
    edges = [50.0, 150.0, 250.0, 350.0, 450.0]
    page = _page(3)
    page.lines = [_words(700.0, (55, "Capaian kinerja sasaran disajikan pada tabel berikut ini:"))]
    table = _ruled([["Sasaran", "Indikator", "Target", "Realisasi"], ["Meningkatnya", "Persentase", "87", "65"]],
                   4, edges, header=1, top=60.0)
    blocks = assemble([page, _page(4, table)])
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table"]
    assert blocks[1].rows[0].cells == ["Sasaran", "Indikator", "Target", "Realisasi"]


def test_a_table_whose_header_line_is_put_back_starts_there_and_continues_no_table_above():
    edges = [50.0, 150.0, 250.0, 350.0, 450.0]
    targets = _ruled([["No", "Sasaran", "Indikator", "Target"], ["1", "Meningkatnya kualitas", "Indeks", "82,99"]],
                     3, edges, header=1, top=500.0)
    page = _page(3, targets)
    page.lines = [_words(700.0, (55, "No"), (160, "Program"), (260, "Anggaran"), (360, "Keterangan"))]
    budget = _ruled([["", "", "(Rp)", ""], ["1", "Penunjang Urusan", "2.307.258.185", "APBD"]], 4, edges, header=1,
                    top=60.0)
    blocks = assemble([page, _page(4, budget)])
    assert [type(b).__name__ for b in blocks] == ["Table", "Table"]
    assert blocks[1].rows[0].cells == ["No", "Program", "Anggaran", "Keterangan"]


def test_a_table_read_by_its_own_text_columns_at_the_top_of_a_page_is_read_again_with_the_ruled_columns_above():
    above = _ruled([HEAD, ["1", "Program Penunjang", "1.250.000", "1.187.500"]], 3, EDGES, header=1)
    # the page reader took the two lines for a table of two columns ("3 Program Pembinaan" | amounts)
    lines = [_words(60.0, (55, "3"), (85, "Program Pembinaan"), (290, "3.000.000"), (390, "2.900.000")),
             _words(72.0, (55, "4"), (85, "Program Pemberdayaan"), (290, "4.000.000"), (390, "3.800.000"))]
    own = _text([["3 Program Pembinaan", "3.000.000 2.900.000"], ["4 Program Pemberdayaan", "4.000.000 3.800.000"]],
                4, 55.0, 435.0, [(185.0, 290.0)])
    (table,) = assemble([_page(3, above), _page(4, own, lines=lines)])
    assert [r.cells for r in table.rows[-2:]] == [["3", "Program Pembinaan", "3.000.000", "2.900.000"],
                                                  ["4", "Program Pemberdayaan", "4.000.000", "3.800.000"]]


def _borderless(cells: list[list[str]], page: int, edges: list[float], header: int = 0, top: float = 600.0) -> PageTable:
    """A table read by its text (white channels between its columns) ending page ``page``."""
    rows = _rows(cells, page, header, top)
    channels = [(x - 4.0, x + 4.0) for x in edges[1:-1]]
    return PageTable(Table(rows=rows, page=page, strategy="text"), edges, top, top + 12 * len(rows), edges[0],
                     edges[-1], channels=channels)


CASCADE = ["No", "Kegiatan", "Sub Kegiatan", "Indikator"]
# the rest of the last row, in its last two columns, above the next part of the table (split by its author, the
# header not repeated) drawn in a frame of its own: the page holds a ruled table, and was read without the
# columns of the part ending the page before
REST_OF_ROW = [_words(60.0, (255, "Harmonisasi"), (355, "Jumlah Laporan")),
               _words(72.0, (255, "Tokoh Agama"), (355, "Harmonisasi")),
               _words(90.0, (255, "Pembinaan"), (355, "Jumlah Anggota")),
               _words(102.0, (255, "Satuan Linmas"), (355, "Linmas"))]


def test_the_rest_of_a_borderless_parts_last_row_above_the_ruled_next_part_is_read_into_its_columns():
    above = _borderless([CASCADE, ["3", "Koordinasi Ketenteraman", "Sinergitas Kepolisian", "Jumlah Laporan"]], 4,
                        EDGES, header=1)
    page = _page(5, _ruled([["4", "Fasilitasi Pemerintahan", "Keuangan Desa", "Jumlah Dokumen"]], 5, EDGES,
                           top=130.0))
    page.lines = list(REST_OF_ROW)
    blocks = assemble([_page(4, above), page])
    assert [type(b).__name__ for b in blocks] == ["Table", "Table"]
    # the rest of the row, in the columns it is printed in (the row cut by the page break rejoined or not)
    body = blocks[0].rows[1:]
    assert body[0].cells[:2] == ["3", "Koordinasi Ketenteraman"]
    assert all(not c for r in body[1:] for c in r.cells[:2])
    sub, indicator = (" ".join(r.cells[k] for r in body) for k in (2, 3))
    assert "Harmonisasi Tokoh Agama" in sub and "Pembinaan Satuan Linmas" in sub
    assert "Jumlah Laporan Harmonisasi" in indicator and "Jumlah Anggota Linmas" in indicator


def test_lines_above_a_ruled_table_of_other_columns_are_not_read_into_the_borderless_table_ending_the_page_before():
    above = _borderless([CASCADE, ["3", "Koordinasi Ketenteraman", "Sinergitas Kepolisian", "Jumlah Laporan"]], 4,
                        EDGES, header=1)
    other = _ruled([["No", "Sasaran", "Target"], ["1", "Meningkatnya kualitas", "82,99"]], 5,
                   [50.0, 120.0, 330.0, 450.0], header=1, top=130.0)
    page = _page(5, other)
    page.lines = list(REST_OF_ROW)
    blocks = assemble([_page(4, above), page])
    assert [type(b).__name__ for b in blocks][0] == "Table" and len(blocks[0].rows) == 2
    assert any(type(b).__name__ == "Paragraph" and "Harmonisasi" in b.text for b in blocks)


def test_a_row_ending_a_page_under_a_part_is_read_with_its_columns_when_the_next_page_opens_with_the_rest():
    # the next part of a table split by its author (the header not repeated) starts at the page's foot: its first
    # row alone shows no table and was read as lines; the rest of the part opens the next page in the same columns
    part = _ruled([HEAD, ["1", "Program Penunjang", "1.250.000", "1.187.500"],
                   ["2", "Program Koordinasi", "2.000.000", "1.900.000"]], 3, EDGES, header=1)
    page = _page(3, part)
    page.lines = [_words(700.0, (55, "3"), (85, "Program Pembinaan"), (290, "3.000.000"), (390, "2.900.000")),
                  _words(712.0, (85, "Pemerintahan Desa"))]
    rest = _borderless([["4", "Program Pemberdayaan", "4.000.000", "3.800.000"],
                        ["5", "Program Ketenteraman", "5.000.000", "4.700.000"]], 4, EDGES, top=60.0)
    blocks = assemble([page, _page(4, rest)])
    assert [type(b).__name__ for b in blocks] == ["Table", "Table"]
    assert [r.cells for r in blocks[1].rows] == [["3", "Program Pembinaan Pemerintahan Desa", "3.000.000", "2.900.000"],
                                                 ["4", "Program Pemberdayaan", "4.000.000", "3.800.000"],
                                                 ["5", "Program Ketenteraman", "5.000.000", "4.700.000"]]
    assert [r.page for r in blocks[1].rows] == [3, 4, 4]


def test_text_ending_a_page_stays_text_though_the_next_page_opens_with_a_table_of_the_same_columns():
    part = _ruled([HEAD, ["1", "Program Penunjang", "1.250.000", "1.187.500"]], 3, EDGES, header=1)
    page = _page(3, part)
    page.lines = [_words(700.0, (55, "Realisasi anggaran per program disajikan pada tabel berikut ini untuk tahun ini."))]
    rest = _borderless([["4", "Program Pemberdayaan", "4.000.000", "3.800.000"],
                        ["5", "Program Ketenteraman", "5.000.000", "4.700.000"]], 4, EDGES, top=60.0)
    blocks = assemble([page, _page(4, rest)])
    assert [type(b).__name__ for b in blocks] == ["Table", "Paragraph", "Table"]


def test_a_row_of_numbers_opening_a_page_above_another_ruled_table_is_the_rest_of_the_borderless_table_before():
    # the last row of a table read by its text is cut off onto the next page, above the next (ruled) table: a
    # row alone shows no table, and the page, holding a ruled table, got no columns from the page before
    above = _borderless([HEAD, ["1", "Program Penunjang", "1.250.000", "1.187.500"],
                         ["2", "Program Koordinasi", "2.000.000", "1.900.000"]], 4, EDGES, header=1)
    other = _ruled([["No", "Sasaran", "Target"], ["1", "Meningkatnya kualitas", "82,99"]], 5,
                   [50.0, 120.0, 330.0, 450.0], header=1, top=130.0)
    page = _page(5, other)
    page.lines = [_words(60.0, (55, "3"), (85, "Program Pembinaan"), (290, "3.000.000"), (390, "2.900.000"))]
    blocks = assemble([_page(4, above), page])
    assert [type(b).__name__ for b in blocks] == ["Table", "Table"]
    assert blocks[0].rows[-1].cells == ["3", "Program Pembinaan", "3.000.000", "2.900.000"]
    assert blocks[0].rows[-1].page == 5


def test_a_body_read_by_its_text_under_a_framed_header_joins_it_by_its_inner_edges():
    # a frame round the header only: the body on the next page is read by its text, cut at the same inner edges,
    # its outer edges where its text stops (inside the frame, the last column's amounts well short of it); the
    # parts join by their edges, whatever their amounts read like ("828, -" set apart above, amounts broken below)
    edges = [57.0, 144.0, 607.0, 658.0, 708.0, 786.0]
    above = _ruled([["NO", "URAIAN", "ANGGARAN", "", ""], ["", "", "ANGGARAN", "REALISASI", "%"],
                    ["", "BELANJA LANGSUNG", "4.232.769.828, -", "4.142.369.794, -", "97,86"],
                    ["1.", "PROGRAM PENUNJANG", "3.790.099.906, -", "3.740.929.925, -", "98,70"]], 10, edges, header=2)
    # amounts a narrow column broke over two lines, which the page read alone could not put together
    below = _text([["1.", "Administrasi Keuangan", "3.497.5", "3.469.4", "99,20"], ["", "", "48.377,-", "13.215,-", ""],
                   ["2.", "Administrasi Umum", "79.368.767,-", "76.751.383,-", "96,70"]], 11, 61.0, 747.0,
                  [(144.0, 144.0), (606.0, 607.0), (657.0, 658.0), (708.0, 708.0)])
    below.col_edges = [61.0, 144.0, 607.0, 658.0, 708.0, 747.0]
    below.x0, below.x1 = 57.4, 785.6  # the span of the frame carried over
    (table,) = assemble([_page(10, above), _page(11, below)])
    assert [r.page for r in table.rows] == [10, 10, 10, 10, 11, 11, 11]
    assert table.rows[-1].cells == ["2.", "Administrasi Umum", "79.368.767,-", "76.751.383,-", "96,70"]
