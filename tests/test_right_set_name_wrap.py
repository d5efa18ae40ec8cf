"""A short table whose names are set right under a left-aligned header label ("Program" over "Program Penunjang
Urusan" ending against the amount): the header and the first row show a white gap inside the name column, and the
name's next line ("Pemerintahan Daerah Kabupaten/Kota", ending where "Urusan" ends) fills it. That line is the
cell's next line, not a paragraph running across a column gap; the table went on being read from the next row,
its header and first row left as text (#12, a program budget's first program lost)
(:func:`~lkjip.extract.layout.region_ends.closes_inner_gap`). Word boxes as a monospaced 10 pt table prints,
amounts made up."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word

LINES = [
    (417.68, True, [('Program', 60.75, 102.74), ('Anggaran', 285.54, 333.53), ('Realisasi', 388.62, 442.60), ('%', 491.70, 497.70)]),
    (431.18, False, [('Program', 135.56, 177.55), ('Penunjang', 183.55, 237.54), ('Urusan', 243.54, 279.53), ('2.100.200.300,00', 286.63, 382.61), ('1.900.100.200,00', 389.71, 485.69), ('90,47', 493.50, 523.49), ('%', 529.49, 535.50)]),
    (442.43, False, [('Pemerintahan', 75.57, 147.56), ('Daerah', 153.56, 189.55), ('Kabupaten/Kota', 195.55, 279.53)]),
    (455.18, False, [('Program', 63.59, 105.58), ('Penyelenggaraan', 111.58, 201.55), ('Pemerintahan', 207.55, 279.54), ('180.400.500,00', 298.63, 382.61), ('160.300.400,00', 401.71, 485.69), ('88,86', 493.50, 523.49), ('%', 529.49, 535.50)]),
    (466.43, False, [('dan', 159.56, 177.56), ('Pelayanan', 183.56, 237.54), ('Publik', 243.54, 279.54)]),
    (479.93, False, [('Program', 69.59, 111.58), ('Koordinasi', 117.58, 177.56), ('Ketenteraman', 183.56, 255.54), ('dan', 261.54, 279.54), ('30.100.000,00', 304.63, 382.61), ('30.000.000,00', 407.71, 485.69), ('99,67', 493.50, 523.49), ('%', 529.49, 535.50)]),
    (491.18, False, [('Ketertiban', 189.55, 249.54), ('Umum', 255.54, 279.53)]),
    (504.68, False, [('Total', 249.54, 279.53), ('2.310.700.800,00', 286.63, 382.61), ('2.090.400.600,00', 389.71, 485.69), ('90,47', 493.50, 523.49), ('%', 529.49, 535.50)]),
]


def _lines() -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + 11.32, size=10.0, bold=bold) for t, x0, x1 in words])
            for top, bold, words in LINES]


def test_the_header_and_first_row_stay_in_the_table():
    tables, rest = find_text_tables(_lines(), [], page_no=1, strategy="text", vocab=None)
    assert len(tables) == 1 and not rest
    rows = tables[0].table.rows
    assert rows[0].cells == ["Program", "Anggaran", "Realisasi", "%"]
    assert rows[1].cells[0] == "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    assert rows[1].cells[1] == "2.100.200.300,00"
