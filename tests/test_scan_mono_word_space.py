"""A scanned table printed in a monospaced font: OCR's word boxes hold the ink only, so the white of one space is
the pitch and both glyphs' side bearings, more than 0.61 em. A cell "2 Dokumen" on row after row, its unit starting
at one x, is still one cell: the space before "Dokumen" is a word space of the line's print
(:func:`~lkjip.extract.layout.geometry.ink_mono_space`), no narrow column's edge
(:func:`~lkjip.extract.layout.edge_starts.edge_channels`)."""

from __future__ import annotations

from dataclasses import replace

from line_builders import cell_words

from lkjip.extract.layout.geometry import lines_from_words
from lkjip.extract.layout.page import read_page_layout

PITCH = 7.2  # 12 pt monospaced
SIZE = 13.0  # as OCR estimates it from the ink's height
BEARING = 1.0  # white beside a glyph's ink, both sides


def _ink_words(y: float, *cells: tuple[float, str], bold: bool = False):
    """A scanned line: each word's box its letters' cells less the bearings (OCR's box edges a little uneven), one
    space's white a pitch and more."""
    words = cell_words(y, *cells, bold=bold, size=SIZE, height=10.0, gap=PITCH, pitch=PITCH)
    return [replace(w, x0=w.x0 + 0.1 * (k % 3), x1=w.x1 - BEARING + 0.15 * (k % 2), conf=91.0)
            for k, w in enumerate(words)]


def _table(ink: bool):
    line = _ink_words if ink else (lambda y, *c, bold=False: cell_words(y, *c, bold=bold, size=12.0, gap=PITCH,
                                                                       pitch=PITCH))
    words = line(100, (50, "NO"), (80, "URAIAN"), (260, "TARGET"), (360, "REALISASI"), (460, "%"), bold=True)
    for k, n in enumerate((2, 1, 1, 3, 4)):
        words += line(118 + 16 * k, (50, f"{k + 1}."), (80, f"Penyusunan Dokumen{k}"), (260, f"{n} Dokumen"),
                      (360, f"{n} Dokumen"), (460, "100"))
    (pt,) = read_page_layout(1, 800.0, words, [], lines_from_words, ruled=False).tables
    return pt.table


def test_a_scanned_unit_after_its_number_stays_in_its_cell():
    table = _table(ink=True)
    assert table.rows[0].cells == ["NO", "URAIAN", "TARGET", "REALISASI", "%"]
    assert [r.cells[2:] for r in table.rows[1:3]] == [["2 Dokumen", "2 Dokumen", "100"],
                                                       ["1 Dokumen", "1 Dokumen", "100"]]


def test_the_same_table_with_a_text_layer():
    assert [r.cells[2:] for r in _table(ink=False).rows[1:3]] == [["2 Dokumen", "2 Dokumen", "100"],
                                                                  ["1 Dokumen", "1 Dokumen", "100"]]
