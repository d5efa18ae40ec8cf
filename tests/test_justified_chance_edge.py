"""A justified line whose stretched spaces end one word where another line's last word ends, by chance, is still
found justified (extract/layout/justified.py ``_loose``: a column's right edge needs two other lines ending there,
or one word as wide in the same place). 9 pt serif, word boxes as a Chromium PDF prints a "header rule only"
budget table with cells set justified: "PENUNJANG" ends at 238.24, "Daerah" five lines below at 238.26."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.justified import stretched_spaces


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 10.0, size=9.0, bold=bold) for t, x0, x1 in words])


ROWS = [
    _ln(533.5, True, [("NO", 60.00, 73.49), ("URAIAN", 111.69, 147.68), ("ANGGARAN", 310.34, 363.31)]),
    _ln(547.0, True, [("ANGGARAN", 310.34, 363.31), ("REALISASI", 404.51, 453.00), ("%", 498.68, 507.68)]),
    _ln(561.2, False, [("BELANJA", 111.69, 151.66), ("LANGSUNG", 153.44, 202.93), ("2.548.155.696,00", 335.51, 398.51),
                    ("2.332.222.987,00", 429.68, 492.68), ("91,53", 516.00, 536.25)]),
    _ln(574.0, False, [("I.", 60.00, 65.25), ("PROGRAM", 111.69, 156.18), ("PENUNJANG", 185.26, 238.24),
                    ("URUSAN", 267.32, 304.31), ("2.252.815.998,00", 335.51, 398.51),
                    ("2.051.130.999,00", 429.68, 492.68), ("91,05", 516.00, 536.25)]),
    _ln(585.2, False, [("PEMERINTAHAN", 111.69, 181.96), ("DAERAH", 184.21, 221.69),
                    ("KABUPATEN/KOTA", 223.94, 303.42)]),
    _ln(598.7, False, [("I.", 60.00, 65.25), ("Perencanaan,", 111.69, 159.36), ("Penganggaran,", 164.59, 217.79),
                    ("dan", 223.00, 235.99), ("Evaluasi", 241.18, 272.13), ("Kinerja", 277.35, 304.30),
                    ("95.065.789,00", 346.76, 398.51), ("91.267.931,00", 440.93, 492.68), ("96,01", 516.00, 536.25)]),
    _ln(610.0, False, [("Perangkat", 111.69, 147.65), ("Daerah", 149.90, 175.85)]),
    _ln(623.5, False, [("I.", 60.00, 65.25), ("Koordinasi", 111.69, 151.66), ("dan", 153.91, 166.90),
                    ("Penyusunan", 169.15, 212.63), ("DPA-SKPD", 214.88, 258.11), ("12.677.017", 358.01, 398.51),
                    ("11.221.221", 452.51, 492.67), ("88,52", 516.00, 536.25)]),
    _ln(636.2, False, [("II.", 60.00, 68.24), ("Koordinasi", 111.69, 151.66), ("dan", 153.91, 166.90),
                    ("Penyusunan", 169.15, 212.63), ("Perubahan", 214.88, 252.84), ("DPA-SKPD", 255.09, 298.34),
                    ("13.069.575", 358.01, 398.51), ("12.962.258", 452.18, 492.68), ("78,31", 516.00, 536.25)]),
    _ln(649.7, False, [("III.", 60.00, 71.24), ("Koordinasi", 111.69, 151.66), ("dan", 160.86, 173.84),
                    ("Penyusunan", 183.02, 226.50), ("Laporan", 235.69, 265.65), ("Capaian", 274.84, 304.29),
                    ("-", 395.51, 398.50), ("-", 489.68, 492.68), ("0,00", 520.50, 536.25)]),
    _ln(661.0, False, [("Kinerja", 111.69, 138.65), ("dan", 140.90, 153.88), ("Ikhtisar", 156.13, 183.60),
                    ("Realisasi", 185.85, 218.29), ("Kinerja", 220.54, 247.49), ("SKPD", 249.74, 272.75)]),
    _ln(674.5, False, [("IV.", 60.00, 70.59), ("Evaluasi", 111.69, 142.64), ("Kinerja", 144.89, 171.85),
                    ("Perangkat", 174.10, 210.05), ("Daerah", 212.30, 238.26), ("69.319.197", 358.01, 398.51),
                    ("67.084.452", 452.18, 492.68), ("96,78", 516.00, 536.25)]),
    _ln(687.2, False, [("II.", 60.00, 68.24), ("Administrasi", 111.69, 158.14), ("Keuangan", 160.39, 196.85),
                    ("Perangkat", 199.10, 235.05), ("Daerah", 237.30, 263.26), ("2.010.996.307,00", 335.51, 398.51),
                    ("1.827.896.549,00", 429.68, 492.68), ("90,90", 516.00, 536.25)]),
    _ln(700.7, False, [("I.", 60.00, 65.25), ("Penyediaan", 111.69, 153.14), ("Gaji", 155.39, 170.86),
                    ("dan", 173.11, 186.09), ("Tunjangan", 188.25, 226.40), ("ASN", 228.18, 246.18),
                    ("1.859.838.537", 346.76, 398.51), ("1.683.590.167", 440.93, 492.68), ("90,52", 516.00, 536.25)]),
    _ln(714.2, False, [("II.", 60.00, 68.24), ("Penyediaan", 111.69, 153.14), ("Administrasi", 154.93, 201.38),
                    ("Pelaksanaan", 203.63, 248.06), ("Tugas", 250.25, 271.92), ("ASN", 273.68, 291.68),
                    ("51.912.436", 358.01, 398.51), ("45.818.702", 452.18, 492.68), ("88,26", 516.00, 536.25)]),
    _ln(727.0, False, [("III.", 60.00, 71.24), ("Pelaksanaan", 111.69, 156.12), ("Penatausahaan", 159.08, 212.00),
                    ("dan", 214.95, 227.94), ("Pengujian/Verifikasi", 230.85, 304.30), ("31.626.558", 358.01, 398.51),
                    ("30.868.904", 452.18, 492.68), ("97,60", 516.00, 536.25)]),
    _ln(738.2, False, [("Keuangan", 111.69, 148.15), ("SKPD", 150.40, 173.40)]),
    _ln(751.7, False, [("IV.", 60.00, 70.59), ("Koordinasi", 111.69, 151.66), ("dan", 159.11, 172.09),
                    ("Penyusunan", 179.52, 223.00), ("Laporan", 230.44, 260.40), ("Keuangan", 267.85, 304.30),
                    ("67.618.776", 358.01, 398.51), ("67.618.776", 452.18, 492.68), ("100,00", 511.50, 536.25)]),
    _ln(763.0, False, [("Akhir", 111.69, 132.68), ("Tahun", 134.78, 157.13), ("SKPD", 159.38, 182.39)]),
]
#: the rule under the header, drawn cell by cell
HEADER_RULE = [Ruling(57.0, 558.75, 108.75, 559.5), Ruling(108.75, 558.75, 307.5, 559.5),
               Ruling(307.5, 558.75, 401.25, 559.5), Ruling(401.25, 558.75, 495.75, 559.5),
               Ruling(495.75, 558.75, 539.25, 559.5)]


def test_two_even_spaces_one_ending_where_another_line_ends_are_stretched():
    joined = stretched_spaces(ROWS)
    assert {w.text for w in ROWS[3].words if id(w) in joined} == {"PENUNJANG", "URUSAN"}


def test_the_program_row_keeps_its_name_and_amounts():
    tables, _ = find_text_tables(ROWS, HEADER_RULE, page_no=9)
    rows = [r.cells for t in tables for r in t.table.rows]
    program = next(r for r in rows if any("PROGRAM" in c for c in r))
    assert "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA" in program
    assert program[-3:] == ["2.252.815.998,00", "2.051.130.999,00", "91,05"]
    assert len(tables) == 1
