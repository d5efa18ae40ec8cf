"""A table split by its author into parts without a repeated header, an empty paragraph between, its last part
two rows at a page's foot (the rest on the next page): too few lines for the search by alignment, so they were
read as running text and their amounts lost from the budget (a false total error, #12). The part is read with
the columns of the table right above it (:func:`~lkjip.extract.layout.short_parts.short_parts`).
Word boxes as LibreOffice prints such a table (condensed 6.5 pt, landscape, header rule only); names and amounts
made up."""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.page import read_page_layout
from lkjip.extract.layout.short_parts import short_parts

TABLE = [
    (379.88, 5.97, 6.5, True, [('NO', 42.60, 52.46), ('URAIAN', 83.50, 108.88), ('ANGGARAN', 621.50, 658.87)]),
    (388.58, 5.97, 6.5, True, [('ANGGARAN', 621.50, 658.87), ('REALISASI', 693.00, 726.94), ('%', 764.50, 770.36)]),
    (397.98, 6.12, 6.5, False, [('BELANJA', 83.50, 108.48), ('LANGSUNG', 110.37, 143.39), ('2.100.000.000,00', 630.20, 682.17), ('2.000.000.000,00', 701.70, 753.67), ('95,24', 772.00, 788.71)]),
    (406.58, 6.12, 6.5, False, [('I.', 42.60, 46.16), ('PROGRAM', 83.50, 113.33), ('PENUNJANG', 115.17, 149.98), ('URUSAN', 151.85, 176.60), ('3.000.000.000,00', 630.20, 682.17), ('2.900.000.000,00', 701.70, 753.67), ('96,67', 772.00, 788.71)]),
    (415.16, 6.29, 6.5, False, [('I.', 42.60, 46.16), ('Administrasi', 83.50, 119.80), ('Keuangan', 121.67, 151.06), ('3.000.000.000,00', 630.20, 682.17), ('2.900.000.000,00', 701.70, 753.67), ('96,67', 772.00, 788.71)]),
    (423.76, 6.29, 6.5, False, [('I.', 42.60, 46.16), ('Penyediaan', 83.50, 117.57), ('Gaji', 119.36, 130.77), ('3.000.000.000', 639.50, 682.18), ('2.900.000.000', 711.00, 753.68), ('96,67', 772.00, 788.71)]),
]
#: the last part, under an empty paragraph
PART = [
    (445.88, 5.97, 6.5, False, [('II.', 42.60, 47.86), ('PROGRAM', 83.50, 113.33), ('PEMBINAAN', 115.17, 149.92), ('DESA', 151.74, 168.61), ('60.000.000,00', 639.50, 682.18), ('50.000.000,00', 711.00, 753.68), ('83,33', 772.00, 788.71)]),
    (454.36, 6.29, 6.5, False, [('I.', 42.60, 46.16), ('Fasilitasi', 83.50, 110.72), ('Pembinaan', 112.56, 145.23), ('Desa', 147.12, 161.80), ('60.000.000,00', 639.50, 682.18), ('50.000.000,00', 711.00, 753.68), ('83,33', 772.00, 788.71)]),
]
#: running text under an empty paragraph instead
TEXT = [
    (445.88, 6.29, 6.5, False, [('Penyerapan', 42.60, 81.00), ('anggaran', 82.90, 113.00), ('tahun', 114.90, 133.00), ('2023', 134.90, 150.00), ('sebesar', 151.90, 176.00), ('95,24', 177.90, 195.00), ('persen.', 196.90, 220.00)]),
]


def _lines(rows) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
            for top, h, size, bold, words in rows]


def _page(rows):
    words = [w for ln in _lines(rows) for w in ln.words]
    return read_page_layout(4, 595.3, words, [], lambda ws: _lines_of(ws), ruled=False)


def _lines_of(words):
    by_top: dict[float, list[Word]] = {}
    for w in words:
        by_top.setdefault(w.top, []).append(w)
    return [TextLine(sorted(ws, key=lambda w: w.x0)) for _, ws in sorted(by_top.items())]


def test_a_two_row_part_under_a_blank_is_read_with_the_columns_above():
    res = _page(TABLE + PART)
    assert len(res.tables) == 2 and not res.lines
    part = max(res.tables, key=lambda t: t.top).table
    assert [r.cells for r in part.rows] == [
        ["II.", "PROGRAM PEMBINAAN DESA", "60.000.000,00", "50.000.000,00", "83,33"],
        ["I.", "Fasilitasi Pembinaan Desa", "60.000.000,00", "50.000.000,00", "83,33"]]


def test_a_sentence_under_the_table_stays_text():
    res = _page(TABLE + TEXT)
    assert len(res.tables) == 1 and len(res.lines) == 1


def test_nothing_under_no_table():
    parts, rest = short_parts([], _lines(PART), [], 4, "text", None)
    assert not parts and len(rest) == 2
