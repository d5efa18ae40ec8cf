"""A justified line stretched a little in a monospaced font is one cell, not cut at a header's channel
(extract/layout/justified.py ``even_spaced``, borderless.py ``channel_spans``): 10 pt mono (6 pt pitch), word
boxes as a LibreOffice PDF prints a "header rule only" budget table with its cells set justified and amounts
wrapped in a narrow column."""

from __future__ import annotations

from lkjip.extract.layout.borderless import channel_spans, find_text_tables
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.justified import even_spaced

PITCH = 6.0


def _ln(top: float, words: list[tuple[str, float, float]], bold: bool = False) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 7.0, size=10.0, bold=bold) for t, x0, x1 in words])


NAME, BUDGET = 140.9, 378.7

# NO | URAIAN | ANGGARAN (ANGGARAN | REALISASI) | %: amounts wrapped in three lines of a narrow column; the
# program's name fills its cell's first line, its three spaces stretched from 6 to 6.5 pt
BUDGET_ROWS = [
    _ln(158.9, [("NO", 56.8, 68.8), ("URAIAN", 140.9, 176.9), ("ANGGARAN", 375.3, 423.3)], True),
    _ln(172.0, [("ANGGA", 375.3, 405.3), ("REALI", 419.4, 449.4), ("%", 463.6, 469.6)], True),
    _ln(185.0, [("RAN", 375.3, 393.3), ("SASI", 419.4, 443.4)], True),
    _ln(198.8, [("BELANJA", 140.9, 182.9), ("LANGSUNG", 188.9, 236.9), ("3.550", 378.7, 408.7),
                ("3.516", 422.9, 452.9), ("99,06", 498.0, 528.0)]),
    _ln(211.9, [(".140.", 378.7, 408.7), (".925.", 422.9, 452.9)]),
    _ln(224.9, [("107", 390.7, 408.7), ("342", 434.9, 452.9)]),
    _ln(238.0, [("a.", 56.8, 68.8), ("PROGRAM", 140.9, 182.9), ("PENUNJANG", 189.4, 243.4), ("URUSAN", 250.0, 286.0),
                ("PEMERINTAHAN", 292.4, 364.4), ("3.268", 378.7, 408.7), ("3.253", 422.9, 452.9),
                ("99,54", 498.0, 528.0)]),
    _ln(250.5, [("DAERAH", 140.9, 176.9), ("KABUPATEN/KOTA", 182.9, 266.9), (".714.", 378.7, 408.7),
                (".816.", 422.9, 452.9)]),
    _ln(264.1, [("189", 390.7, 408.7), ("881", 434.9, 452.9)]),
    _ln(276.6, [("a.", 56.8, 68.8), ("Perencanaan,", 140.9, 212.9), ("Penganggaran,", 240.7, 318.7),
                ("dan", 346.5, 364.5), ("48.23", 378.7, 408.7), ("48.23", 422.9, 452.9), ("100,00", 492.0, 528.0)]),
    _ln(289.7, [("Evaluasi", 140.9, 188.9), ("Kinerja", 194.9, 236.9), ("Perangkat", 242.9, 296.9),
                ("Daerah", 302.9, 338.9), ("9.000", 378.7, 408.7), ("9.000", 422.9, 452.9)]),
    _ln(302.7, [("a.", 56.8, 68.8), ("Koordinasi", 140.9, 200.9), ("dan", 215.4, 233.4), ("Penyusunan", 248.0, 308.0),
                ("Dokumen", 322.4, 364.4), ("48.23", 378.7, 408.7), ("48.23", 422.9, 452.9),
                ("100,00", 492.0, 528.0)]),
    _ln(315.8, [("Perubahan", 140.9, 194.9), ("RKA-SKPD", 200.9, 248.9), ("9.000", 378.7, 408.7),
                ("9.000", 422.9, 452.9)]),
]
#: the one rule of the table, under its header
HEADER_RULE = Ruling(51.3, 196.4, 533.2, 197.2)


def test_alike_stretched_spaces_are_found():
    line = BUDGET_ROWS[6]
    name = [w for w in line.words if w.x0 >= NAME and w.x1 < BUDGET]
    assert even_spaced(name, 1.02 * PITCH, 1.3 * PITCH) == frozenset({1, 2, 3})
    # a key one gap before a name set plain: one wide gap, no run
    assert even_spaced([w for w in line.words if w.x1 < BUDGET][:3], 1.02 * PITCH, 1.3 * PITCH) == frozenset()


def test_a_slightly_stretched_line_is_not_cut_at_the_header_channel():
    # the header's channel between URAIAN and ANGGARAN reaches over the name's words
    spans = channel_spans(BUDGET_ROWS[6], [(68.8, NAME), (176.9, 375.3)], 10.0)
    assert (NAME, 364.4) in [(round(a, 1), round(b, 1)) for a, b in spans]


def test_the_budget_table_keeps_its_name_column_whole():
    tables, _ = find_text_tables(BUDGET_ROWS, [HEADER_RULE], page_no=9)
    rows = [r.cells for t in tables for r in t.table.rows]
    program = next(r for r in rows if "PROGRAM" in " ".join(r))
    assert "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" in program
    assert "3.268.714.189" in program
    assert all(len(r) == 5 for r in rows)
    assert ["a.", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "48.239.000", "48.239.000",
            "100,00"] in rows


def test_years_heading_columns_of_one_width_are_no_stretched_spaces():
    # "2019 2020 2021 2022": years over columns 37 pt wide, 10.6 pt apart, in one segment: each gap a column's
    years = [Word(str(2019 + k), 271.8 + 37.0 * k, 150.0, 298.2 + 37.0 * k, 157.0, size=11.0) for k in range(4)]
    assert even_spaced(years, 6.7, 8.6) == frozenset()


def test_a_column_gap_as_wide_as_the_next_cells_stretch_still_cuts():
    # "Meningkatn | Persentase desa": the gap between the two columns (7.7 pt) as wide as the indicator's stretched
    # space (7.64 pt); "Persentase" starts where the channel ends, where every indicator starts
    line = TextLine([Word(t, x0, 380.9, x1, 390.9, size=10.0) for t, x0, x1 in [
        ("2", 77.41, 83.41), ("Meningkatn", 89.41, 149.39), ("Persentase", 157.08, 217.06), ("desa", 224.70, 248.70),
        ("%", 254.70, 260.70), ("100", 346.70, 364.70)]])
    spans = channel_spans(line, [(83.41, 89.41), (151.07, 157.08), (260.72, 292.91)], 10.0)
    assert 157.1 in [round(a, 1) for a, _ in spans]
