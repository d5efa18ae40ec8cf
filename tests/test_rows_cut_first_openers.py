"""A column's usual first word still opens a sub-row under the rest of a row cut by the page break (#12).

A cascading table's last column opens every cell with "Jumlah" (its indicators); a sub kegiatan with two
indicators prints the second right under the first, nothing else on its line, no rule between (borderless,
or rules only down the columns): "… Kecamatan" / "Jumlah monev pengendalian …" starts a row only because the
column's usual first word opens it (:func:`~lkjip.extract.layout.rows.column_openers`). At the top of a page
under a table the page before ended, the first row is the rest of a row the page break cut: its cells go on in
capitals ("Indonesia, Tentara …"), and counted as openings they left "Jumlah" opening too few cells to be the
column's usual word. Those first words open nothing (``cut_first``).
Synthetic lines: words of 5 pt per letter, 3 pt apart, 10 pt high, 12 pt apart (rows set 8 pt further apart by
their cells' padding, but the sub-row, which has no padding of its own under the cell merged down beside it).
"""

from __future__ import annotations

from line_builders import cell_words

from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.rows import group_rows

COLS = (60.0, 200.0, 340.0, 480.0)
LINES = [
    ("ketertiban umum", "", "", "Indonesia, Tentara"),
    ("", "", "", "Nasional di Wilayah"),
    ("", "", "", "Kecamatan Sokobanah"),
    ("", "", "", "Jumlah monev"),
    ("", "", "", "pengendalian"),
    ("", "Koordinasi", "Koordinasi/sinergi", "Jumlah laporan"),
    ("", "penerapan", "dengan perangkat", "koordinasi"),
    ("", "", "Harmonisasi", "Jumlah laporan"),
    ("", "", "hubungan", "pelaksanaan"),
]


def _raw_rows() -> list[tuple[TextLine, list[list]]]:
    out = []
    y = 60.0
    for k, texts in enumerate(LINES):
        y += 12.0 + (8.0 if k in (5, 7) else 0.0)
        cells = [cell_words(y, (x, t)) if t else [] for x, t in zip(COLS, texts, strict=True)]
        out.append((TextLine([w for c in cells for w in c]), cells))
    return out


def test_a_usual_first_word_opens_a_sub_row_under_a_cut_row():
    groups = group_rows(_raw_rows(), cut_first=True)
    assert [len(g) for g in groups] == [3, 2, 2, 2]
    assert " ".join(w.text for _, cells in groups[1] for w in cells[3]) == "Jumlah monev pengendalian"


def test_a_table_read_from_its_top_counts_its_first_row():
    """Without the cut, the first row's "Indonesia," is an opening: "Jumlah" opens two cells of three."""
    groups = group_rows(_raw_rows())
    assert len(groups) == 3


def test_a_page_between_vertical_rules_opening_with_a_cut_row_keeps_the_sub_row():
    """Rules only down the columns (no rule closes a row): the page's first lines in the fences are maybe the rest
    of the last row of the page before, and "Jumlah monev …" still opens a sub-row under it."""
    from lkjip.extract.layout.geometry import Ruling
    from lkjip.extract.layout.half_ruled import half_ruled_tables

    lines = [ln for ln, _ in _raw_rows()]
    fences = [Ruling(x - 4.0, 64.0, x - 3.5, lines[-1].bottom + 4.0) for x in (*COLS, 620.0)]
    tables, rest = half_ruled_tables(lines, fences, page_no=2, strategy="rules")
    assert len(tables) == 1 and not rest
    subs = [r.cells[3] for r in tables[0].table.rows]
    assert "Jumlah monev pengendalian" in subs
