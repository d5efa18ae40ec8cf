"""A monospaced header whose label wraps in its cell ("TARGET AKHIR" / "RENSTRA" / "(TAHUN 2026)") over amounts
set right: the short middle line ("RENSTRA") leaves a gap before the next column's label, over the white left of
the amounts below; that gap lies inside the label of another line of the same cell, which ends before the next
label starts, so it is the ragged right of a wrapped label, not a column gap
(:func:`~lkjip.extract.layout.header_gaps.header_channels`). The column was cut in two, its amounts read under a
column of no label (#12: the target year's rows of a performance table lost). Word boxes as a monospaced 8 pt
table prints (header rule only); names and values made up."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.header_gaps import header_channels

LINES = [
    (328.65, 5.42, 8.0, True, [('SASARAN', 56.80, 90.40), ('STRATEGIS', 95.20, 138.40), ('INDIKATOR', 228.90, 272.10), ('TARGET', 290.00, 318.80), ('AKHIR', 323.60, 347.60), ('REALISASI', 367.10, 410.30), ('TAHUN', 415.10, 439.10), ('TINGKAT', 455.80, 489.40)]),
    (338.60, 7.46, 8.0, True, [('KINERJA', 228.90, 262.50), ('RENSTRA', 290.00, 323.60), ('2023', 367.10, 386.30), ('KEMAJUAN', 455.80, 494.20), ('(%)', 499.00, 513.40)]),
    (349.00, 7.46, 8.0, True, [('(TAHUN', 290.00, 318.80), ('2026)', 323.60, 347.60)]),
    (359.40, 7.46, 8.0, True, [('(1)', 56.80, 71.20), ('(2)', 228.90, 243.30), ('(3)', 290.00, 304.40), ('(4)', 367.10, 381.50), ('(5)', 455.80, 470.20)]),
    (370.50, 7.46, 8.0, False, [('Meningkatnya', 56.80, 114.40), ('mutu', 119.20, 138.40), ('layanan', 143.20, 176.80), ('Indeks', 228.90, 257.70), ('84,10', 332.40, 356.40), ('82,30', 421.10, 445.10), ('97,86', 504.00, 528.00)]),
    (380.90, 7.46, 8.0, False, [('publik', 56.80, 85.60), ('kecamatan', 90.40, 133.60), ('Kepuasan', 228.90, 267.30)]),
    (391.30, 7.46, 8.0, False, [('Warga', 228.90, 252.90)]),
    (412.10, 7.46, 8.0, False, [('Meningkatnya', 56.80, 114.40), ('peran', 119.20, 143.20), ('Persentase', 228.90, 276.90), ('70', 346.80, 356.40), ('63', 435.50, 445.10), ('90,00', 504.00, 528.00)]),
    (422.50, 7.46, 8.0, False, [('warga', 56.80, 80.80), ('desa', 85.60, 104.80), ('peran', 228.90, 252.90), ('warga', 257.70, 281.70)]),
    (432.90, 7.46, 8.0, False, [('Menurunnya', 56.80, 104.80), ('gangguan', 109.60, 148.00), ('Persentase', 228.90, 276.90), ('85', 346.80, 356.40), ('79', 435.50, 445.10), ('92,94', 504.00, 528.00)]),
    (443.30, 7.46, 8.0, False, [('ketertiban', 56.80, 104.80), ('gangguan', 228.90, 267.30)]),
]


def _lines() -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
            for top, h, size, bold, words in LINES]


def test_the_ragged_right_of_a_wrapped_label_is_no_column_gap():
    lines = _lines()
    head = lines[:3]
    # the white left of the amounts down the body, under the target label
    assert header_channels(head, [(281.7, 332.4)], [(272.1, 290.0)], 8.0) == []


def test_a_label_spanning_two_columns_keeps_the_gap_between_its_sublabels():
    head = [TextLine([Word('Tahun', 300.0, 0.0, 324.0, 7.0, size=8.0), Word('2023', 328.8, 0.0, 348.0, 7.0, size=8.0)]),
            TextLine([Word('Target', 290.0, 10.0, 318.8, 17.0, size=8.0),
                      Word('Realisasi', 340.0, 10.0, 383.2, 17.0, size=8.0)])]
    assert header_channels(head, [(320.0, 345.0)], [], 8.0) == [(320.0, 340.0)]


def test_the_target_column_is_one_column():
    rule = Ruling(51.3, 368.9, 533.2, 369.7)
    tables, _ = find_text_tables(_lines(), [rule], page_no=1, strategy="text", vocab=None)
    assert len(tables) == 1
    rows = tables[0].table.rows
    assert rows[0].cells[2].startswith("TARGET AKHIR RENSTRA") and len(rows[0].cells) == 5
    first = next(r.cells for r in rows if r.cells[0].startswith("Meningkatnya mutu"))
    assert first[2:] == ["84,10", "82,30", "97,86"]
