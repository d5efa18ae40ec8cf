"""A frame's header rest set at its cells' padding, and a header alone at a page's foot over its column numbers
(issue #12, fifteenth session).

* A frame ruling only the sides of a header's rest (the next page of a table whose inner rules the header's page
  draws) gives one cell across the row: its labels, each set at the left of its cell (the cell padding) over
  right-aligned values, are parted into their columns (lkjip.extract.layout.grid); a label set loose in its cells
  stays whole.
* A header read by its text alone at a page's foot is laid over the body opening the next page with the
  header's column numbers "(1) (2) …" (lkjip.extract.layout.stitch.header_adopted).
"""

from __future__ import annotations

from test_casc_stitch_rows import _page, _text_part  # parts of a table read by their text

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.geometry import Glyph, lines_from_glyphs
from lkjip.extract.layout.grid import ruled_tables
from lkjip.extract.layout.page_table import PageTable


def _glyphs(text: str, x0: float, top: float, pitch: float = 6.0) -> list[Glyph]:
    return [Glyph(ch, x0 + k * pitch, top, x0 + (k + 1) * pitch, top + 9.0, size=9.0) for k, ch in enumerate(text)]


def _right(text: str, x1: float, top: float) -> list[Glyph]:
    """``text`` set right-aligned, ending at ``x1``."""
    return _glyphs(text, x1 - 6.0 * len(text), top)


_GRID = [[(100.0, 55.0, 400.0, 75.0), None, None],
         [(100.0, 75.0, 200.0, 95.0), (200.0, 75.0, 300.0, 95.0), (300.0, 75.0, 400.0, 95.0)],
         [(100.0, 95.0, 200.0, 115.0), (200.0, 95.0, 300.0, 115.0), (300.0, 95.0, 400.0, 115.0)]]


def _rows(glyphs: list[Glyph]) -> list[list[str]]:
    (table,) = ruled_tables([_GRID], glyphs, lines_from_glyphs, 6)
    return [r.cells for r in table.table.rows]


# the values right-aligned 3 pt inside their cells, of other widths than the labels
_BODY = [*_right("Meningkatnya", 197, 80), *_right("84,67", 297, 80), *_right("100", 397, 80),
         *_right("Desa", 197, 100), *_right("72", 297, 100), *_right("95,5", 397, 100)]


def test_a_header_rest_set_at_its_cells_padding_is_parted_over_right_aligned_values():
    head = [*_glyphs("Uraian", 103, 60), *_glyphs("Target", 203.5, 60), *_glyphs("2023", 302.5, 60)]
    assert _rows(head + _BODY)[0] == ["Uraian", "Target", "2023"]


def test_words_set_loose_in_their_cells_stay_one_label():
    # the same distance from each cell's edge, but far into the cells: a title, not labels at the padding
    loose = [*_glyphs("Tahun", 130, 60), *_glyphs("2023", 230, 60)]
    assert _rows(loose + _BODY)[0][0] == "Tahun 2023"
    # at the padding in one cell, far into the other: not alike
    mixed = [*_glyphs("Uraian", 103, 60), *_glyphs("Target", 240, 60)]
    assert _rows(mixed + _BODY)[0][0] == "Uraian Target"


def test_a_header_alone_at_a_pages_foot_is_laid_over_a_body_opening_with_its_column_numbers():
    # a frame's header read by its text at a page's foot (its rules on the next page only); the body opens the next
    # page with the column numbers "(1) (2) …", now read into their columns: a level of the same header
    head = _text_part([["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET AKHIR", "REALISASI", "KEMAJUAN"]], 9,
                      [57.0, 300.0, 560.0, 630.0, 710.0, 786.0],
                      [(295.0, 330.0), (555.0, 580.0), (625.0, 650.0), (705.0, 725.0)], top=740.0)
    head.table.rows[0].is_header = True
    rows = [["(1)", "(2)", "(3)", "(4)", "(5)"], ["Meningkatnya kualitas", "Indeks Kepuasan", "83,39", "82,15", "98,51"],
            ["Menurunnya gangguan", "Persentase penanganan", "100", "94", "94"]]
    body = PageTable(Table(rows=[TableRow(cells=c, page=10, is_header=k == 0, bbox=(57.0, 60.0 + 12 * k, 786.0,
                                                                                        70.0 + 12 * k))
                                 for k, c in enumerate(rows)], page=10, strategy="lines"),
                     [57.0, 320.0, 574.0, 638.0, 716.0, 786.0], 60.0, 96.0, 57.0, 786.0)
    blocks = assemble([_page(9, head), _page(10, body)])
    assert [type(b).__name__ for b in blocks] == ["Table"]
    table = blocks[0]
    assert [r.cells for r in table.rows] == [head.table.rows[0].cells, *rows]
    assert [r.is_header for r in table.rows] == [True, True, False, False]
