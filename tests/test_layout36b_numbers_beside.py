"""Two columns of right-aligned numbers one monospaced space apart (amounts wrapped in a narrow column, then a
percentage) are two columns, not one cell."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 9.0, size=10.0, bold=bold) for t, x0, x1 in words])


# a budget table set in a 10 pt monospaced font (pitch 6 pt): No | Uraian | Anggaran | Realisasi | % | Output
# Uraian | Target | Realisasi | %; amounts wrapped in their 8-character columns, each right-aligned, the
# percentage starting one space after the realisasi amount
LINES = [
    _ln(512.8, True, [("NO", 60.0, 72.0), ("URAIAN", 102.1, 138.1), ("ANGGARAN", 187.9, 235.9),
                      ("OUTPUT/KELUA", 332.5, 404.5)]),
    _ln(524.0, True, [("RAN", 332.5, 350.5)]),
    _ln(537.5, True, [("ANGGARAN", 187.9, 235.9), ("REALISAS", 242.2, 290.2), ("%", 296.5, 302.5),
                      ("URAIAN", 332.5, 368.5), ("TARGET", 411.3, 447.3), ("REALISAS", 453.4, 501.4),
                      ("%", 510.1, 516.1)]),
    _ln(548.8, True, [("I", 242.2, 248.2), ("I", 453.4, 459.4)]),
    _ln(561.5, False, [("BELANJA", 102.1, 144.1), ("2.662.39", 188.2, 236.2), ("2.508.52", 242.5, 290.5),
                       ("94,22", 296.5, 326.5)]),
    _ln(572.8, False, [("LANGSUNG", 102.1, 150.1), ("4.679,00", 188.2, 236.2), ("2.923,00", 242.5, 290.5)]),
    _ln(586.3, False, [("a.", 60.0, 72.0), ("PROGRAM", 102.1, 144.1), ("2.525.44", 188.2, 236.2),
                       ("2.371.58", 242.5, 290.5), ("93,91", 296.5, 326.5), ("Persentase", 332.5, 392.5),
                       ("100%", 423.4, 447.4), ("98.8%", 474.1, 504.1), ("98.8", 512.2, 536.2)]),
    _ln(597.5, False, [("PENUNJANG", 102.1, 156.1), ("2.492,00", 188.2, 236.2), ("6.698,00", 242.5, 290.5),
                       ("Penunjang", 332.5, 386.5)]),
    _ln(608.8, False, [("URUSAN", 102.1, 138.1), ("Urusan", 332.5, 368.5)]),
    _ln(620.0, False, [("PEMERINTAHAN", 102.1, 174.1), ("Pemerintahan", 332.5, 404.5)]),
    _ln(631.3, False, [("DAERAH", 102.1, 138.1), ("Daerah", 332.5, 368.5), ("yang", 374.5, 398.5)]),
    _ln(642.5, False, [("KABUPATEN/KOT", 102.1, 180.1), ("difasilitasi", 332.5, 404.5)]),
    _ln(653.8, False, [("A", 102.1, 108.1)]),
    _ln(666.5, False, [("a.", 60.0, 72.0), ("Perencanaan,", 102.1, 174.1), ("10.819.8", 188.2, 236.2),
                       ("10.818.0", 242.5, 290.5), ("99,98", 296.5, 326.5), ("Presentase", 332.5, 392.5),
                       ("100%", 423.4, 447.4), ("100%", 480.1, 504.1), ("100", 518.2, 536.2)]),
    _ln(677.8, False, [("Penganggaran,", 102.1, 180.1), ("87,00", 206.2, 236.2), ("75,00", 260.5, 290.5),
                       ("Penunjang", 332.5, 386.5)]),
    _ln(689.0, False, [("dan", 102.1, 120.1), ("Evaluasi", 126.1, 174.1), ("urusan", 332.5, 368.5)]),
    _ln(700.3, False, [("Kinerja", 102.1, 144.1), ("pemerintah", 332.5, 392.5)]),
    _ln(711.5, False, [("Perangkat", 102.1, 156.1), ("daerah", 332.5, 368.5), ("yang", 374.5, 398.5)]),
    _ln(722.8, False, [("Daerah", 102.1, 138.1), ("difasilitasi", 332.5, 404.5)]),
    _ln(736.3, False, [("a.", 60.0, 72.0), ("Penyusunan", 102.1, 162.1), ("1.101.28", 188.2, 236.2),
                       ("1.101.05", 242.5, 290.5), ("99,98", 296.5, 326.5), ("Jumlah", 332.5, 368.5),
                       ("2", 411.3, 417.3), ("2", 453.4, 459.4), ("100", 518.2, 536.2)]),
    _ln(747.5, False, [("Dokumen", 102.1, 144.1), ("5", 230.2, 236.2), ("0", 284.5, 290.5),
                       ("Dokumen", 332.5, 374.5), ("Dokume", 411.3, 447.3), ("Dokumen", 453.4, 495.4)]),
    _ln(758.8, False, [("Perencanaan", 102.1, 168.1), ("Perencanaan", 332.5, 398.5), ("n", 411.3, 417.3)]),
]


def test_a_percentage_one_space_after_right_aligned_amounts_is_its_own_column():
    (table,), _ = find_text_tables(LINES, page_no=24)
    rows = [r.cells for r in table.table.rows]
    assert all(len(r) == 9 for r in rows)
    percents = [r[4] for r in rows if r[0] != "NO" and r[4]]
    assert percents[:4] == ["%", "94,22", "93,91", "99,98"]
    assert not any("94,22" in c and "2.508" in c for r in rows for c in r)
