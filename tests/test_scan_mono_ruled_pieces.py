"""Two tables ruled across only, one under the other, scanned in a monospaced font, amounts in narrow columns
(issue #12).

OCR's word boxes hold the ink alone: between two words of a monospaced sentence lies a pitch and the glyphs' side
bearings, more than the 0.61 em a word space may measure in a text layer. The sentence and the caption between
two tables ruled alike were read as lines of several cells, so the stack of rules was not cut there: the two
tables were read as one (the second lost). And a narrow amount column breaks an amount over three lines ("3.520"
/ ".349." / "872") between two rules, which no two lines show as one amount: the band was taken for several rows,
the rules for no row rules, the pieces for rows of their own.
"""

from __future__ import annotations

from lkjip.extract.layout.band_rows import rules_part_rows
from lkjip.extract.layout.geometry import Ruling, TextLine, Word, lines_from_words, one_segment
from lkjip.extract.layout.half_ruled import half_ruled_tables
from tests.mono_ink import ink_words, rule

COLS = (60, 110, 300, 385, 470)


def _table(y: float, caption: str, rows: list[tuple[str, ...]]) -> tuple[list[Word], list[Ruling]]:
    """A caption, a header, then rows of one line each (a name and three values) or three (amounts broken)."""
    words = ink_words(y, (57, caption))
    y += 20.0
    rules = [rule(y - 3.0)]
    words += ink_words(y, *zip(COLS, ("NO", "URAIAN", "ANGGARAN", "REALISASI", "%"), strict=True), bold=True)
    y += 16.0
    rules.append(rule(y - 3.0))
    for row in rows:
        lines = [row[k:k + 5] for k in range(0, len(row), 5)]
        for cells in lines:
            words += ink_words(y, *((x, t) for x, t in zip(COLS, cells, strict=True) if t))
            y += 13.0
        rules.append(rule(y - 2.0))
        y += 3.0
    return words, rules


ROWS_A = [("1.", "Penunjang Urusan", "1.250.000", "1.200.000", "96,00"),
          ("2.", "Pelayanan Publik", "2.500.000", "2.400.000", "96,00"),
          ("3.", "Ketertiban Umum", "3.125.000", "3.000.000", "96,00")]
ROWS_B = [("1.", "PROGRAM PENUNJANG", "3.520", "3.497", "99,35",
           "", "URUSAN DAERAH", ".349.", "422.", "",
           "", "", "872", "058", ""),
          ("2.", "PROGRAM PEMBERDAYAAN", "175.9", "171.1", "97,28",
           "", "MASYARAKAT DESA", "59.46", "68.93", "",
           "", "", "4", "7", ""),
          ("3.", "PROGRAM KETERTIBAN", "43.00", "38.92", "90,50",
           "", "UMUM", "8.517", "0.704", "")]


def _page() -> tuple[list[TextLine], list[Ruling]]:
    words, rules = _table(60.0, "Tabel 3.6 Realisasi Anggaran per Program", ROWS_A)
    y = max(r.bottom for r in rules) + 12.0
    words += ink_words(y, (57, "Sedangkan realisasi per kegiatan disajikan dalam tabel berikut:"))
    more, more_rules = _table(y + 20.0, "Tabel 3.7 Penyerapan Anggaran per Kegiatan", ROWS_B)
    return lines_from_words(words + more), rules + more_rules


def test_a_scanned_monospaced_sentence_is_one_segment():
    text = TextLine(ink_words(100.0, (57, "Sedangkan realisasi per kegiatan disajikan dalam tabel berikut:")))
    row = TextLine(ink_words(100.0, *zip(COLS, ("1.", "Penunjang Urusan", "1.250.000", "1.200.000", "96,00"),
                                         strict=True)))
    assert one_segment(text)
    assert not one_segment(row)


def test_two_tables_ruled_alike_a_sentence_and_caption_apart_are_two():
    lines, rules = _page()
    tables, _ = half_ruled_tables(lines, rules, page_no=1, strategy="ocr")
    assert len(tables) == 2
    body_a = [r.cells for r in tables[0].table.rows if not r.is_header]
    assert [r[2] for r in body_a] == ["1.250.000", "2.500.000", "3.125.000"]


def test_amounts_broken_over_three_lines_between_rules_are_one_row():
    words, rules = _table(60.0, "Tabel 3.7 Penyerapan Anggaran per Kegiatan", ROWS_B)
    tables, _ = half_ruled_tables(lines_from_words(words), rules, page_no=1, strategy="ocr")
    body = [r.cells for r in tables[-1].table.rows if not r.is_header]
    assert [r[0] for r in body] == ["1.", "2.", "3."]
    assert [r[2] for r in body] == ["3.520.349.872", "175.959.464", "43.008.517"]
    assert [r[3] for r in body][1:] == ["171.168.937", "38.920.704"]


def test_a_band_of_two_rows_of_whole_amounts_is_still_two_rows():
    # one band under the header rule holding the whole body (a frame ruled under its header only)
    words = ink_words(100.0, *zip(COLS, ("1.", "Penunjang", "1.234.567", "1.200.000", "97,20"), strict=True))
    words += ink_words(113.0, *zip(COLS[1:], ("Urusan", "2.345.678", "2.300.000", "98,05"), strict=True))
    assert not rules_part_rows(lines_from_words(words), [95.0, 130.0])


def test_a_count_over_an_amount_is_no_broken_amount():
    # a small whole number over a next row's amount in one column: "12" / "3.456.789" joins to "123.456.789", an
    # amount in millions, yet no amount was broken there (a broken one's first piece holds its cut separator)
    words = ink_words(100.0, *zip(COLS[:3], ("1.", "Jumlah desa", "12"), strict=True))
    words += ink_words(113.0, *zip(COLS[1:3], ("Dana desa", "3.456.789"), strict=True))
    assert not rules_part_rows(lines_from_words(words), [95.0, 130.0])
