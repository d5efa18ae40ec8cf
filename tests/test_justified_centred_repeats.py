"""Centred cells of equal columns printing one text in every other column are no justified line (#12).

A cascading table prints a tujuan and its sasaran alike ("Meningkatnya kemajuan …" under Tujuan and under Sasaran,
"Persentase Desa Maju" under both indicators), centred in narrow columns of one width (serif 8 pt, LibreOffice,
borderless). A line of those cells puts its column gaps as wide as each other, to a hundredth of a point, as a
justified line's stretched spaces are: "Desa | katnya | se" was read as one justified cell, its gaps no column
gaps, and the region of the table ended at that line, four columns read as one. A justified line's stretched
spaces lie inside its cell, whose other lines run across them; these gaps lie in white running down the lines
around them (:func:`~lkjip.extract.layout.justified.white_across`).
Lines as a LibreOffice PDF prints them (the cascading table's top after a page break).
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.justified import stretched_spaces


def _ln(top: float, height: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + height, size=8.0, bold=bold) for t, x0, x1 in words])


LINES = [
    _ln(56.1, 10.5, True, [("Tujuan", 110.4, 135.7), ("Sasaran", 188.7, 216.2), ("Kegiatan", 483.7, 514.7)]),
    _ln(66.7, 10.5, True, [("1", 56.8, 60.8), ("2", 70.8, 74.8), ("3", 110.4, 114.4), ("4", 149.1, 153.1), ("5", 188.7, 192.7), ("6", 227.4, 231.4), ("7", 288.5, 292.5), ("8", 334.9, 338.9), ("9", 382.2, 386.2), ("10", 428.6, 436.6), ("11", 483.7, 491.7)]),
    _ln(79.7, 8.0, False, [("Mening", 72.8, 97.7), ("Persenta", 110.8, 137.8), ("Mening", 151.1, 176.0), ("Persenta", 189.1, 216.1), ("PROGRAM", 232.8, 272.3), ("Persentase", 289.4, 323.1), ("Koordinasi", 335.4, 370.9), ("Persentase", 383.1, 416.8), ("Peningkatan", 431.0, 470.5), ("Jumlah", 494.3, 517.4)]),
    _ln(90.3, 8.0, False, [("katnya", 74.6, 95.9), ("se", 112.0, 118.6), ("Desa", 120.6, 136.6), ("katnya", 152.8, 174.1), ("se", 190.3, 196.9), ("Desa", 198.9, 214.9), ("PEMBERDAY", 227.9, 277.1), ("partisipasi", 289.9, 322.8), ("Kegiatan", 338.7, 367.6), ("usulan", 389.6, 410.5), ("Partisipasi", 434.1, 467.4), ("Lembaga", 490.9, 520.6)]),
    _ln(100.8, 8.0, False, [("kemajua", 71.7, 98.7), ("Maju", 115.9, 132.8), ("kemajua", 150.0, 177.0), ("Maju", 194.2, 211.1), ("AAN", 243.9, 261.2), ("masyaraka", 289.2, 323.3), ("Pemberday", 335.2, 371.2), ("program", 386.5, 413.6), ("Masyarakat", 432.1, 469.4), ("Kemasyaraka", 484.0, 527.5)]),
    _ln(111.4, 8.0, False, [("n", 76.5, 80.5), ("dan", 82.5, 94.0), ("n", 154.7, 158.7), ("dan", 160.7, 172.2), ("MASYARAK", 229.7, 275.4), ("t", 294.4, 296.6), ("dalam", 298.6, 318.1), ("aan", 338.6, 349.7), ("Desa", 351.7, 367.6), ("kegiatan", 386.5, 413.6), ("dalam", 429.3, 448.8), ("Forum", 450.8, 472.1), ("tan", 492.1, 501.9), ("yang", 503.9, 519.4)]),
    _ln(121.9, 8.0, False, [("kemandi", 71.5, 99.0), ("kemandi", 149.7, 177.2), ("AT", 235.8, 246.5), ("DESA", 248.4, 269.3), ("kegiatan", 292.8, 319.9), ("pembangu", 383.3, 416.6), ("Musyawarah", 430.1, 471.4), ("Berpartisipas", 484.7, 526.9)]),
    _ln(132.5, 8.0, False, [("rian", 70.9, 83.3), ("desa", 85.3, 99.5), ("rian", 149.2, 161.6), ("desa", 163.6, 177.8), ("DAN", 243.9, 261.2), ("pembangu", 289.7, 323.0), ("nan", 386.1, 397.6), ("desa", 399.6, 413.8), ("Perencanaan", 430.5, 470.9), ("i", 493.9, 496.1), ("dalam", 498.1, 517.6)]),
    _ln(143.0, 8.0, False, [("KELURAHAN", 227.7, 277.4), ("nan", 300.6, 312.1), ("secara", 390.0, 409.9), ("Pembanguna", 430.1, 471.4), ("Forum", 495.1, 516.4)]),
    _ln(153.6, 8.0, False, [("prioritas", 386.7, 413.3), ("n", 435.6, 439.6), ("di", 441.6, 447.8), ("Desa", 449.8, 465.7), ("Musyawarah", 485.1, 526.4)]),
    _ln(164.4, 7.7, False, [("Perencanaan", 485.6, 526.0)]),
    _ln(174.7, 8.0, False, [("Pembanguna", 485.1, 526.4)]),
]


def test_gaps_of_centred_repeated_cells_are_no_stretched_spaces():
    row = LINES[3]
    assert not {id(w) for w in row.words} & stretched_spaces(LINES)


def test_the_table_keeps_its_eleven_columns_past_the_repeated_cells():
    tables, _ = find_text_tables(LINES, page_no=8)
    assert len(tables) == 1
    body = [r.cells for r in tables[0].table.rows if not r.is_header and "Mening" in r.cells[1]]
    assert tables[0].table.n_cols == 11
    assert body[0][1] == "Meningkatnya kemajuan dan kemandirian desa"
    assert body[0][2].replace(" ", "") == "PersentaseDesaMaju"  # no vocabulary here to rejoin "Persenta" / "se"
