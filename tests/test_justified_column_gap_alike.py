"""A column gap as wide as the next cell's stretched spaces is no stretched space of a justified line
(extract/layout/justified.py ``even_spaced`` looks only at gaps narrower than ``stretched_spaces`` does): 12 pt
serif, word boxes as a LibreOffice PDF prints a table of problems with shaded header and rows and its cells set
justified ("kantor | Ruang": 11.05 pt, "Ruang pelayanan sempit": 11.27 pt)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.justified import even_spaced


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 11.5, size=12.0, bold=bold) for t, x0, x1 in words])


PROBLEMS = [
    _ln(516.1, True, [("No", 56.80, 70.20), ("Masalah", 83.20, 123.49), ("Pokok", 240.70, 270.62),
                      ("Masalah", 273.40, 313.70), ("Akar", 376.70, 401.08), ("Masalah", 403.88, 444.17)]),
    _ln(534.1, False, [("1.", 64.20, 72.45), ("Ketenteraman", 83.20, 144.80), ("dan", 157.27, 173.16),
                      ("ketertiban", 185.73, 229.67), ("Masih", 240.70, 268.17), ("terjadi", 281.54, 309.64),
                      ("gangguan", 323.07, 365.84), ("Faktor", 376.70, 405.36), ("Internal:", 412.36, 449.55),
                      ("Personil", 456.58, 492.60), ("Satpol", 499.53, 527.65)]),
    _ln(548.6, False, [("umum", 83.20, 111.25), ("belum", 113.99, 141.51), ("sepenuhnya", 144.26, 196.10),
                      ("terjaga", 198.91, 228.74), ("keamanan", 240.70, 285.24), ("di", 296.51, 305.06),
                      ("lingkungan", 316.29, 365.77), ("PP", 376.70, 388.92), ("di", 393.99, 402.54),
                      ("kecamatan", 407.68, 454.60), ("terbatas", 459.68, 493.81), ("Faktor", 498.91, 527.65)]),
    _ln(563.1, False, [("permukiman", 240.70, 296.25), ("Eksternal:", 376.70, 421.20), ("Kesadaran", 437.83, 484.24),
                      ("warga", 500.81, 527.65)]),
    _ln(577.6, False, [("untuk", 376.70, 401.70), ("ronda", 410.09, 435.14), ("lingkungan", 443.55, 493.03),
                      ("masih", 501.41, 527.68)]),
    _ln(592.1, False, [("rendah", 376.70, 406.57)]),
    _ln(606.6, False, [("2.", 64.20, 72.45), ("Sarana", 83.20, 113.04), ("dan", 123.25, 139.13),
                      ("prasarana", 149.31, 191.41), ("kantor", 201.52, 229.65), ("Ruang", 240.70, 269.39),
                      ("pelayanan", 280.66, 325.20), ("sempit", 336.48, 365.79), ("Faktor", 376.70, 405.36),
                      ("Internal:", 426.28, 463.47), ("Anggaran", 484.40, 527.75)]),
    _ln(621.1, False, [("kecamatan", 83.20, 130.13), ("kurang", 132.92, 163.40), ("memadai", 166.20, 206.40),
                      ("dan", 240.70, 256.58), ("peralatan", 259.28, 299.51), ("sudah", 302.30, 327.89),
                      ("tua", 330.68, 344.14), ("pemeliharaan", 376.70, 435.81), ("kantor", 450.59, 478.73),
                      ("terbatas", 493.44, 527.65)]),
    _ln(635.6, False, [("Faktor", 376.70, 405.36), ("Eksternal:", 408.97, 453.47), ("Harga", 457.00, 483.84),
                      ("peralatan", 487.35, 527.66)]),
    _ln(650.1, False, [("kantor", 376.70, 404.75), ("terus", 407.47, 428.82), ("naik", 431.62, 450.51)]),
]
#: the shaded header cells and the shaded second row's cells
SHADES = [Ruling(x0, top, x1, bottom, shade=True) for top, bottom in ((517.0, 531.45), (604.0, 661.95))
          for x0, x1 in ((51.3, 77.65), (77.7, 235.15), (235.2, 371.15), (371.2, 533.15))]


def test_no_gap_wider_than_a_stretch_is_taken_for_a_slight_one():
    second = PROBLEMS[6].words
    assert even_spaced(second, 6.0, 1.3 * 3.6) == frozenset()


def test_the_problems_table_is_read():
    tables, _ = find_text_tables(PROBLEMS, SHADES, page_no=2)
    rows = [r.cells for t in tables for r in t.table.rows]
    assert rows[0] == ["No", "Masalah", "Pokok Masalah", "Akar Masalah"]
    second = next(r for r in rows if r[0] == "2.")
    assert second[1:3] == ["Sarana dan prasarana kantor kecamatan kurang memadai",
                           "Ruang pelayanan sempit dan peralatan sudah tua"]
