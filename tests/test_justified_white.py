"""A justified name cell under a header whose column-number row ("(1)" … "(2)") leaves a wide label gap: the
stretched spaces of the only body row on the page are no white between columns, so they cut no column into the
name (condensed 8 pt, Chromium, text justified; header_gaps.body_white)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 8.1, size=8.0, bold=bold) for t, x0, x1 in words])


LINES = [
    _ln(484.8, True, [("SASARAN", 45.8, 79.5), ("STRATEGIS", 81.7, 120.4), ("INDIKATOR", 219.0, 257.9),
                      ("TARGET", 272.6, 299.8), ("REALISASI", 334.7, 371.3)]),
    _ln(493.0, True, [("KINERJA", 219.0, 247.8)]),
    _ln(502.8, True, [("2023", 272.6, 290.1), ("2020", 334.7, 352.2), ("2021", 412.0, 429.5), ("2022", 460.2, 477.7),
                      ("2023", 508.3, 525.8)]),
    _ln(513.3, True, [("(1)", 45.8, 55.9), ("(2)", 219.0, 229.1), ("(3)", 272.6, 282.7), ("(4)", 334.7, 344.8),
                      ("(5)", 412.0, 422.1), ("(6)", 460.2, 470.3), ("(7)", 508.3, 518.4)]),
    _ln(523.8, False, [("Meningkatnya", 45.8, 90.2), ("partisipasi", 101.4, 133.9), ("masyarakat", 145.1, 182.2),
                       ("dalam", 193.4, 213.0), ("Persentase", 219.0, 253.6), ("64", 320.7, 328.7), ("57", 398.0, 406.0),
                       ("61", 446.1, 454.2), ("63", 494.3, 502.3), ("64", 542.5, 550.5)]),
    _ln(532.0, False, [("pembangunan", 45.8, 91.4), ("desa", 93.4, 108.4), ("partisipasi", 219.0, 251.6)]),
    _ln(540.3, False, [("masyarakat", 219.0, 256.1)]),
]


def test_stretched_spaces_of_a_justified_cell_cut_no_column():
    (table,), _ = find_text_tables(LINES, page_no=6)
    body = [r.cells for r in table.table.rows if not r.is_header]
    assert body[0][0] == "Meningkatnya partisipasi masyarakat dalam pembangunan desa"
    assert body[0][1] == "Persentase partisipasi masyarakat"
    assert table.table.n_cols == 7
