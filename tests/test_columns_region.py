"""A borderless table's region: where it ends below its header, which gaps one body row shows (7 pt mono)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word


def _ln(top: float, height: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + height, size=7.0, bold=bold) for t, x0, x1 in words])


# a header whose last line holds only digits and short letters ("2023", "i"): its box is 5.1 pt high, the
# body's lines 6.5 pt; the only body row on the page stands 13 pt below it
CAPAIAN = [
    _ln(496.8, 6.52, True, [("No", 42.6, 51.0), ("Sasaran", 64.0, 93.4), ("Satua", 594.1, 615.1),
                            ("Realisas", 630.0, 663.6), ("Tahun", 677.0, 698.0), ("2024", 702.2, 719.0),
                            ("Capaia", 759.8, 785.0)]),
    _ln(505.9, 6.55, True, [("Uraian", 64.0, 89.2), ("Indikator", 324.0, 361.8), ("Kinerja", 366.0, 395.4),
                            ("n", 594.1, 598.3), ("i", 630.0, 634.2), ("Tahun", 638.4, 659.4), ("Target", 677.0, 702.2),
                            ("Realisas", 713.0, 746.6), ("n", 759.8, 764.0)]),
    _ln(515.0, 5.14, True, [("2023", 630.0, 646.8), ("i", 713.0, 717.2), ("Tahun", 759.8, 780.8)]),
    _ln(533.2, 6.52, False, [("1", 42.6, 46.8), ("Meningkatnya", 64.0, 114.4), ("kualitas", 118.6, 152.2),
                             ("pelayanan", 156.4, 194.2), ("publik", 198.4, 223.6), ("kecamatan", 227.8, 265.6),
                             ("Indeks", 324.0, 349.2), ("Kepuasan", 353.4, 387.0), ("Masyarakat", 391.2, 433.2),
                             ("(IKM)", 437.4, 458.4), ("Indek", 594.1, 615.1), ("79,18", 630.0, 651.0),
                             ("81,61", 677.0, 698.0), ("78,78", 713.0, 734.0), ("96,53", 759.8, 780.8)]),
]


def test_a_header_line_of_short_glyphs_does_not_set_the_blank_that_ends_the_table():
    tables, rest = find_text_tables(CAPAIAN, page_no=1)
    assert not rest
    (table,) = tables
    assert table.table.rows[-1].cells[:2] == ["1", "Meningkatnya kualitas pelayanan publik kecamatan"]


def test_one_body_row_shows_the_gap_under_a_label_spanning_two_columns():
    (table,), _ = find_text_tables(CAPAIAN, page_no=1)
    body = table.table.rows[-1].cells
    assert body[-4:] == ["79,18", "81,61", "78,78", "96,53"]
    target = body.index("81,61")
    assert "Target" in " ".join(r.cells[target] for r in table.table.rows[:-1])
