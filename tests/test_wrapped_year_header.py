"""A table ruled with horizontal lines only whose narrow year columns wrap the header's years ("202" / "2"): the
bold header's year pieces are no data, so the body (and its white channels) starts below the header, and a label
spanning the year columns ("Target") does not join the first two of them (sans 11 pt, renstra targets)."""

from __future__ import annotations

from line_builders import hrule, read_pages

from lkjip.extract.document import Table
from lkjip.extract.layout.cues import bold_label_numbers
from lkjip.extract.layout.geometry import TextLine, Word


def _line(top: float, bold: bool, words: list[tuple[str, float, float]]) -> list[Word]:
    return [Word(t, x0, top, x1, top + 11.0, size=11.0, bold=bold) for t, x0, x1 in words]


HEADER = [
    _line(59.8, True, [("Misi", 56.8, 75.1), ("Tujuan", 87.1, 123.1), ("Indikator", 161.2, 207.6),
                       ("Kondisi", 235.5, 266.6), ("Target", 279.4, 313.0), ("Kondisi", 494.6, 525.7)]),
    _line(74.3, True, [("2021", 279.4, 303.8), ("202", 318.8, 337.1), ("202", 354.0, 372.3), ("202", 389.1, 407.4),
                       ("202", 424.2, 442.5), ("202", 459.4, 477.7), ("Akhir", 494.6, 522.7)]),
    _line(88.8, True, [("Awal", 235.5, 261.1), ("2", 318.8, 324.9), ("3", 354.0, 360.1), ("4", 389.1, 395.2),
                       ("5", 424.2, 430.3), ("6", 459.4, 465.5)]),
]
NUMBERS = _line(118.8, True, [(str(k + 1), x, x + 6.1) for k, x in enumerate(
    [56.8, 87.1, 161.2, 235.5, 279.4, 318.8, 354.0, 389.1, 424.2, 459.4, 494.6])])


def _row(top: float, key: str, name: str, values: list[str]) -> list[Word]:
    ends = [268.6, 308.0, 343.2, 378.3, 413.5, 448.7, 483.8, 527.7]  # right-aligned values
    words = _line(top, False, [(key, 70.2, 76.3), (name, 88.1, 150.4), ("Nilai", 167.9, 189.2)])
    for v, x1 in zip(values, ends, strict=True):
        words += _line(top, False, [(v, x1 - 5.5 * len(v), x1)])
    return words


def _page() -> tuple[list[Word], list]:
    words = _line(30.0, False, [("Tabel", 56.8, 85.0), ("2.1", 88.0, 100.0), ("Target", 103.0, 135.0)])
    words += [w for ln in HEADER for w in ln] + NUMBERS
    words += _row(133.8, "1", "Meningkatnya", ["47,56", "51,37", "55,17", "58,97", "62,77", "66,58", "70,38", "70,38"])
    words += _row(148.6, "2", "Menurunnya", ["53", "56", "59", "62", "66", "69", "72", "72"])
    words += _line(240.0, False, [("Renstra", 56.8, 100.0), ("dijabarkan", 103.0, 160.0), ("setiap", 163.0, 195.0),
                                  ("tahun", 198.0, 228.0), ("ke", 231.0, 242.0), ("dalam", 245.0, 275.0),
                                  ("Rencana", 278.0, 320.0), ("Kerja.", 323.0, 355.0)])
    rules = [hrule(y, 55.0, 530.0) for y in (57.1, 115.9, 131.1, 146.0, 163.0)]
    return words, rules


def test_bold_header_years_cut_by_a_narrow_column_are_labels():
    assert bold_label_numbers(TextLine(HEADER[1]))
    assert bold_label_numbers(TextLine(HEADER[2]))
    assert not bold_label_numbers(TextLine(_line(0.0, True, [("JUMLAH", 60.0, 100.0), ("1.250.000", 200.0, 250.0)])))
    assert not bold_label_numbers(TextLine(_line(0.0, False, [("2021", 60.0, 80.0), ("2022", 100.0, 120.0)])))


def test_first_two_year_columns_stay_apart_under_a_spanning_label():
    (table,) = [b for b in read_pages([_page()]) if isinstance(b, Table)]
    body = [r.cells for r in table.rows if not r.is_header and r.cells[0] in ("1", "2")]
    assert [c for c in body[0] if c][-8:] == ["47,56", "51,37", "55,17", "58,97", "62,77", "66,58", "70,38", "70,38"]
    assert [c for c in body[1] if c][-8:] == ["53", "56", "59", "62", "66", "69", "72", "72"]
