"""A monospaced table shaded cell by cell, a cell's line filled to its edge (issue #12).

A Chromium table with side bars and every cell shaded, set in a monospaced face, fits its columns to their text:
a cell's line may run to the cell's edge, one space's white before the next cell's first word ("kualitas
pelayanan" | "Masyarakat (IKM)"). That white is no wider than a word space, so the line read as one run of words,
its first column's channel closed after one line and the table ended there (its second row, and the first row's
wrapped lines, lost). The shaded cells draw the column border in that gap: where two shaded cells of the line's
own row meet inside a gap, the words part there however narrow the gap
(:func:`~lkjip.extract.layout.shade_borders.shaded_border_words` with ``inside``); the caption over the table,
its words running across the border, is no line of the table and neither counts nor is cut. Word boxes and shades
as a Chromium PDF prints them (monospaced, the table 10 pt under an 11 pt caption).
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.shade_borders import shaded_border_words


def _ln(top: float, bottom: float, bold: bool, words: list[tuple[str, float, float]], size: float = 9.9975) -> TextLine:
    return TextLine([Word(t, x0, top, x1, bottom, size=size, bold=bold) for t, x0, x1 in words])


LINES = [
    _ln(108.6, 121.0, False, [('Tabel', 57.0, 90.0), ('III.2', 96.6, 129.6), ('Perbandingan', 136.2, 215.3), ('Realisasi', 221.9, 281.3), ('Kinerja', 287.9, 334.0), ('dengan', 340.6, 380.2), ('Tahun-Tahun', 386.8, 459.4), ('Sebelumnya', 466.0, 531.9)], 10.995),
    _ln(125.9, 137.2, True, [('SASARAN', 60.8, 102.7), ('STRATEGIS', 108.7, 162.7), ('INDIKATOR', 174.7, 228.7), ('KINERJA', 234.7, 276.7), ('TARGET', 285.1, 321.1), ('REALISASI', 341.0, 395.0)]),
    _ln(139.4, 150.7, True, [('2024', 285.1, 309.1), ('2021', 341.0, 365.0), ('2022', 418.5, 442.5), ('2023', 459.6, 483.6), ('2024', 500.7, 524.7)]),
    _ln(152.2, 163.5, True, [('(1)', 60.8, 78.7), ('(2)', 174.7, 192.7), ('(3)', 285.1, 303.1), ('(4)', 341.0, 359.0), ('(5)', 418.5, 436.5), ('(6)', 459.6, 477.6), ('(7)', 500.7, 518.7)]),
    _ln(165.7, 177.0, False, [('Meningkatnya', 60.8, 132.7), ('Indeks', 174.7, 210.7), ('Kepuasan', 216.7, 264.7), ('82,00', 285.1, 315.1), ('78,52', 341.0, 371.0), ('79,62', 418.5, 448.5), ('81,54', 459.6, 489.6), ('78,92', 500.7, 530.7)]),
    _ln(176.9, 188.2, False, [('kualitas', 60.8, 108.7), ('pelayanan', 114.7, 168.7), ('Masyarakat', 174.7, 234.7), ('(IKM)', 240.7, 270.7)]),
    _ln(188.2, 199.5, False, [('publik', 60.8, 96.7), ('kecamatan', 102.7, 156.7)]),
    _ln(201.7, 213.0, False, [('Meningkatnya', 60.8, 132.7), ('Persentase', 174.7, 234.7), ('desa', 240.7, 264.7), ('96', 285.1, 297.1), ('79', 341.0, 353.0), ('85', 418.5, 430.5), ('91', 459.6, 471.6), ('98', 500.7, 512.7)]),
    _ln(212.9, 224.2, False, [('kualitas', 60.8, 108.7), ('tata', 114.7, 138.7), ('dengan', 174.7, 210.7), ('tata', 216.7, 240.7)]),
    _ln(224.2, 235.5, False, [('kelola', 60.8, 96.7), ('kelola', 174.7, 210.7)]),
    _ln(235.4, 246.7, False, [('pemerintahan', 60.8, 132.7), ('desa', 138.7, 162.7), ('pemerintahan', 174.7, 246.7), ('yang', 252.7, 276.7)]),
    _ln(246.7, 258.0, False, [('baik', 174.7, 198.7)]),
]
SHADES = [
    Ruling(57.8, 125.3, 171.8, 151.5, shade=True),
    Ruling(171.8, 125.3, 282.0, 151.5, shade=True),
    Ruling(282.0, 125.3, 338.2, 138.0, shade=True),
    Ruling(338.2, 125.3, 539.2, 138.0, shade=True),
    Ruling(282.0, 138.0, 338.2, 151.5, shade=True),
    Ruling(338.2, 138.0, 415.5, 151.5, shade=True),
    Ruling(415.5, 138.0, 456.8, 151.5, shade=True),
    Ruling(456.8, 138.0, 498.0, 151.5, shade=True),
    Ruling(498.0, 138.0, 539.2, 151.5, shade=True),
    Ruling(57.8, 151.5, 171.8, 165.0, shade=True),
    Ruling(171.8, 151.5, 282.0, 165.0, shade=True),
    Ruling(282.0, 151.5, 338.2, 165.0, shade=True),
    Ruling(338.2, 151.5, 415.5, 165.0, shade=True),
    Ruling(415.5, 151.5, 456.8, 165.0, shade=True),
    Ruling(456.8, 151.5, 498.0, 165.0, shade=True),
    Ruling(498.0, 151.5, 539.2, 165.0, shade=True),
    Ruling(57.8, 165.0, 171.8, 200.3, shade=True),
    Ruling(171.8, 165.0, 282.0, 200.3, shade=True),
    Ruling(282.0, 165.0, 338.2, 200.3, shade=True),
    Ruling(338.2, 165.0, 415.5, 200.3, shade=True),
    Ruling(415.5, 165.0, 456.8, 200.3, shade=True),
    Ruling(456.8, 165.0, 498.0, 200.3, shade=True),
    Ruling(498.0, 165.0, 539.2, 200.3, shade=True),
    Ruling(57.8, 200.3, 171.8, 258.8, shade=True),
    Ruling(171.8, 200.3, 282.0, 258.8, shade=True),
    Ruling(282.0, 200.3, 338.2, 258.8, shade=True),
    Ruling(338.2, 200.3, 415.5, 258.8, shade=True),
    Ruling(415.5, 200.3, 456.8, 258.8, shade=True),
    Ruling(456.8, 200.3, 498.0, 258.8, shade=True),
    Ruling(498.0, 200.3, 539.2, 258.8, shade=True)]
SIDES = [
    Ruling(57.0, 125.3, 57.8, 138.0),
    Ruling(538.5, 125.3, 539.2, 138.0),
    Ruling(57.0, 138.0, 57.8, 151.5),
    Ruling(538.5, 138.0, 539.2, 151.5),
    Ruling(57.0, 151.5, 57.8, 165.0),
    Ruling(538.5, 151.5, 539.2, 165.0),
    Ruling(57.0, 165.0, 57.8, 200.3),
    Ruling(538.5, 165.0, 539.2, 200.3),
    Ruling(57.0, 200.3, 57.8, 258.8),
    Ruling(538.5, 200.3, 539.2, 258.8)]


def test_a_cell_filled_to_its_edge_parts_from_the_next_at_the_shaded_border():
    tables, rest = find_text_tables(LINES, SHADES + SIDES, page_no=11)
    assert [ln.text for ln in rest] == [LINES[0].text]  # the caption
    (pt,) = tables
    body = [r.cells for r in pt.table.rows if not r.is_header]
    assert [r[:2] for r in body] == [
        ["Meningkatnya kualitas pelayanan publik kecamatan", "Indeks Kepuasan Masyarakat (IKM)"],
        ["Meningkatnya kualitas tata kelola pemerintahan desa",
         "Persentase desa dengan tata kelola pemerintahan yang baik"],
    ]
    assert body[1][2:] == ["96", "79", "85", "91", "98"]


def test_a_caption_over_the_shaded_table_is_not_cut_at_its_borders():
    pinned = shaded_border_words(LINES, SHADES, inside=True)
    assert not any(id(w) in pinned for w in LINES[0].words)
    assert id(LINES[5].words[2]) in pinned  # "Masyarakat", after "pelayanan" one space off
