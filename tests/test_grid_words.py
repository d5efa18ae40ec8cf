"""Words across a cell edge no rule draws (lkjip.extract.layout.grid, issue #12).

A frame with a rule under its header draws the column edges only where the rules of the body rows end: a header
label spanning columns ("ANGGARAN" over its amount and percent columns, "OUTPUT/KELUARAN" over four) runs across
an edge no vertical rule draws. Its glyphs stay together, in the cell the word's middle falls in; where a rule
is drawn, each glyph stays in its own cell.
"""

from __future__ import annotations

import pytest

from lkjip.extract.layout.geometry import Glyph, Ruling, TextLine, Word, glyph_runs
from lkjip.extract.layout.grid import column_limits, word_middles


def _glyphs(text: str, x0: float, top: float = 100.0, pitch: float = 6.0) -> list[Glyph]:
    return [Glyph(ch, x0 + k * pitch, top, x0 + (k + 1) * pitch, top + 9.0, size=9.0) for k, ch in enumerate(text)]


def test_glyph_runs_group_as_words_do():
    glyphs = _glyphs("NO", 10) + [Glyph(" ", 22, 100, 25, 109, 9.0)] + _glyphs("URAIAN", 25)
    assert glyph_runs(glyphs) == [[0, 1], [3, 4, 5, 6, 7, 8]]


def test_a_label_across_an_edge_no_rule_draws_stays_whole():
    # "ANGGARAN" from x 100 to 148 over an edge at 142: its middle (124) is left of the edge
    glyphs = _glyphs("ANGGARAN", 100)
    cx = word_middles(glyphs, [60.0, 142.0, 200.0])
    assert cx == [pytest.approx(124.0)] * 8
    # a vertical rule drawn at the edge, beside the label: each glyph by its own middle ("N" right of the rule)
    drawn = word_middles(glyphs, [60.0, 142.0, 200.0], [Ruling(141.8, 95.0, 142.2, 115.0)])
    assert drawn[-1] == pytest.approx(145.0) and drawn[0] == pytest.approx(103.0)
    # a rule at that x but on other rows only does not part it
    elsewhere = word_middles(glyphs, [60.0, 142.0, 200.0], [Ruling(141.8, 200.0, 142.2, 300.0)])
    assert elsewhere == cx


def test_ocr_words_keep_their_own_middles():
    words = [Word("ANGGARAN", 100, 100, 148, 109), Word("REALISASI", 150, 100, 200, 109)]
    assert word_middles(words, [142.0]) == [124.0, 175.0]


def test_a_label_running_past_its_cell_sets_no_wrap_limit():
    label = TextLine([Word("ANGGARAN", 100, 100, 148, 109)])
    amount = TextLine([Word("87.894.81", 100, 120, 138, 129)])
    lines = {(0, 2): [label], (1, 2): [amount]}
    boxes = {(0, 2): (98.0, 95.0, 142.0, 112.0), (1, 2): (98.0, 115.0, 142.0, 135.0)}
    assert column_limits(lines, {}, boxes) == {2: 138.0}
    assert column_limits(lines, {}) == {2: 148.0}


def test_a_word_break_drawn_as_a_blank_glyph_without_a_box_keeps_two_words_apart():
    # Chromium draws the break between two words of a cell as "\n" at (0, 0): the cell must take it with the words
    from lkjip.extract.layout.geometry import lines_from_glyphs
    from lkjip.extract.layout.grid import ruled_tables

    glyphs = [*_glyphs("Penyediaan", 105, pitch=5.0), Glyph("\n", 0, 0, 0, 0, 9.0),
              *_glyphs("Komponen", 158, pitch=5.0), *_glyphs("2.167.489", 320, pitch=5.0)]
    grid = [[(100.0, 95.0, 300.0, 115.0), (300.0, 95.0, 400.0, 115.0)]]
    (table,) = ruled_tables([grid], glyphs, lines_from_glyphs, 18)
    assert table.table.rows[0].cells == ["Penyediaan Komponen", "2.167.489"]


def _spanning_grid() -> list[list[tuple[float, float, float, float] | None]]:
    """A frame ruling only its sides over its first band (one cell across three columns), then two rows ruled
    into columns at 100-200, 200-300, 300-400."""
    return [[(100.0, 55.0, 400.0, 75.0), None, None],
            [(100.0, 75.0, 200.0, 95.0), (200.0, 75.0, 300.0, 95.0), (300.0, 75.0, 400.0, 95.0)],
            [(100.0, 95.0, 200.0, 115.0), (200.0, 95.0, 300.0, 115.0), (300.0, 95.0, 400.0, 115.0)]]


def _read(glyphs: list[Glyph]) -> list[list[str]]:
    from lkjip.extract.layout.geometry import lines_from_glyphs
    from lkjip.extract.layout.grid import ruled_tables

    (table,) = ruled_tables([_spanning_grid()], glyphs, lines_from_glyphs, 6)
    return [r.cells for r in table.table.rows]


def test_a_frame_drawing_no_inner_rules_gives_its_words_the_columns_below():
    # a header's rest in a frame over the next page's rows: "Uraian", "Target", "Realisasi" each start where
    # their column's text starts in the rows below
    body = [*_glyphs("Sasaran", 104, 80), *_glyphs("83,42", 204, 80), *_glyphs("83,42", 304, 80),
            *_glyphs("Sasaran", 104, 100), *_glyphs("62", 204, 100), *_glyphs("62", 304, 100)]
    head = [*_glyphs("Uraian", 104, 60), *_glyphs("Target", 204, 60), *_glyphs("Realisasi", 304, 60)]
    assert _read(head + body)[0] == ["Uraian", "Target", "Realisasi"]
    # column numbers centred in the columns ("1 2 3")
    nums = [*_glyphs("1", 147, 60), *_glyphs("2", 247, 60), *_glyphs("3", 347, 60)]
    assert _read(nums + body)[0] == ["1", "2", "3"]


def test_a_label_spanning_columns_stays_whole():
    body = [*_glyphs("Sasaran", 104, 80), *_glyphs("83,42", 204, 80), *_glyphs("83,42", 304, 80)]
    # a title across an edge, and words inside columns but set where no column's text is
    across = _glyphs("CAPAIAN", 180, 60)
    assert _read(across + body)[0][0] == "CAPAIAN"
    loose = [*_glyphs("Tahun", 130, 60), *_glyphs("2023", 230, 60)]
    assert _read(loose + body)[0][0] == "Tahun 2023"


def test_words_of_a_parted_cell_are_kept_where_a_band_holds_several_rows():
    # the body band ruled once around two printed rows (cut by the text, :mod:`...stacked`): the parted header
    # cells are cells of the grid there too, not dropped for want of a box ("Satuan" under "Target" was lost)
    from lkjip.extract.layout.geometry import lines_from_glyphs
    from lkjip.extract.layout.grid import ruled_tables

    grid = [[(100.0, 55.0, 400.0, 75.0), None, None],
            [(100.0, 75.0, 200.0, 95.0), (200.0, 75.0, 300.0, 95.0), (300.0, 75.0, 400.0, 95.0)],
            [(100.0, 95.0, 200.0, 160.0), (200.0, 95.0, 300.0, 160.0), (300.0, 95.0, 400.0, 160.0)]]
    head = [*_glyphs("Uraian", 104, 60), *_glyphs("Volume", 204, 60), *_glyphs("Satuan", 304, 60)]
    body = [*_glyphs("Sasaran", 104, 80), *_glyphs("3.300", 204, 80), *_glyphs("Orang", 304, 80),
            *_glyphs("Koperasi", 104, 100), *_glyphs("16.478", 204, 100), *_glyphs("Unit", 304, 100),
            *_glyphs("Wirausaha", 104, 135), *_glyphs("267", 204, 135), *_glyphs("UMKM", 304, 135)]
    (table,) = ruled_tables([grid], head + body, lines_from_glyphs, 6)
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["Uraian", "Volume", "Satuan"]
    assert rows[-1] == ["Wirausaha", "267", "UMKM"] and len(rows) == 4
