"""A budget detail table ruled across only (monospaced 12 pt, landscape) opens at a page's foot with its header and
one row, the total whose output columns are empty; the page before read that part with the four columns its row
fills, and lent them to the next page, whose rows (outputs, targets, realisations filled) collapsed into the last
column. A part before that held a header over one row shows only the columns that row fills: the next page's part,
keeping all of its channels and adding its own down several lines, is read with its own
(:func:`~lkjip.extract.layout.half_ruled.thin_part`). Word boxes as LibreOffice prints such a table
(taken from a rendering of the seed report's budget table)."""

from __future__ import annotations

from lkjip.extract.layout.carry import ending_table
from lkjip.extract.layout.geometry import Ruling, Word, lines_from_words
from lkjip.extract.layout.page import read_page_layout

_FOOT = [
    (446.2, True, [("NO", 56.8, 70.0), ("URAIAN", 124.6, 164.2), ("ANGGARAN", 262.7, 315.5),
                   ("OUTPUT/KELUARAN", 447.9, 546.9)]),
    (461.2, True, [("ANGGARAN", 262.7, 315.5), ("REALISAS", 326.3, 379.1), ("%", 389.9, 396.5), ("URAIAN", 447.9, 487.5),
                   ("TARGET", 574.6, 614.2), ("REALISASI", 642.4, 701.8), ("%", 733.6, 740.2)]),
    (475.5, True, [("I", 326.3, 332.9)]),
    (490.6, False, [("BELANJA", 124.6, 170.8), ("LANGSUNG", 177.4, 230.2), ("Rp.", 295.7, 315.5), ("Rp.", 359.3, 379.1),
                    ("94,22", 404.1, 437.1)]),
    (504.9, False, [("2.662.39", 262.7, 315.5), ("2.508.52", 326.3, 379.1)]),
    (519.2, False, [("4.679", 282.5, 315.5), ("2.923", 346.1, 379.1)]),
]
_FOOT_RULES = [(447.7, 51.3), (462.7, 257.2), (492.1, 51.3), (535.7, 51.3)]

_TOP = [
    (55.6, [("1.", 100.6, 113.8), ("PROGRAM", 124.6, 170.8), ("PENUNJANG", 177.4, 236.8), ("Rp.", 295.7, 315.5),
            ("Rp.", 359.3, 379.1), ("93,91", 404.1, 437.1), ("Persentase", 447.9, 513.9), ("100%", 605.2, 631.6),
            ("98.8%", 689.8, 722.8), ("98.8", 748.2, 774.6)]),
    (69.9, [("URUSAN", 124.6, 164.2), ("PEMERINTAHAN", 170.8, 250.0), ("2.525.44", 262.7, 315.5),
            ("2.371.58", 326.3, 379.1), ("Penunjang", 447.9, 507.3), ("Urusan", 513.9, 553.5)]),
    (84.2, [("DAERAH", 124.6, 164.2), ("2.492", 282.5, 315.5), ("6.698", 346.1, 379.1), ("Pemerintahan", 447.9, 527.1)]),
    (98.5, [("KABUPATEN/KOTA", 124.6, 217.0), ("Daerah", 447.9, 487.5), ("yang", 494.1, 520.5)]),
    (112.8, [("difasilitasi", 447.9, 527.1)]),
    (127.9, [("1.", 100.6, 113.8), ("Perencanaan,", 124.6, 203.8), ("Rp.", 295.7, 315.5), ("Rp.", 359.3, 379.1),
             ("99,98", 404.1, 437.1), ("Presentase", 447.9, 513.9), ("100%", 605.2, 631.6), ("100%", 696.4, 722.8),
             ("100", 754.8, 774.6)]),
    (142.2, [("Penganggaran,", 124.6, 210.4), ("dan", 217.0, 236.8), ("10.819.8", 262.7, 315.5),
             ("10.818.0", 326.3, 379.1), ("Penunjang", 447.9, 507.3), ("urusan", 513.9, 553.5)]),
    (156.5, [("Evaluasi", 124.6, 177.4), ("Kinerja", 184.0, 230.2), ("87", 302.3, 315.5), ("75", 365.9, 379.1),
             ("pemerintah", 447.9, 513.9), ("daerah", 520.5, 560.1)]),
    (170.8, [("Perangkat", 124.6, 184.0), ("Daerah", 190.6, 230.2), ("yang", 447.9, 474.3),
             ("difasilitasi", 480.9, 560.1)]),
    (185.8, [("1.", 100.6, 113.8), ("Penyusunan", 124.6, 190.6), ("Dokumen", 197.2, 243.4), ("Rp.", 295.7, 315.5),
             ("Rp.", 359.3, 379.1), ("99,98", 404.1, 437.1), ("Jumlah", 447.9, 487.5), ("Dokumen", 494.1, 540.3),
             ("2", 574.6, 581.2), ("2", 642.4, 649.0), ("Dokumen", 655.6, 701.8), ("100", 754.8, 774.6)]),
    (200.1, [("Perencanaan", 124.6, 197.2), ("1.101.28", 262.7, 315.5), ("1.101.05", 326.3, 379.1),
             ("Perencanaan", 447.9, 520.5), ("Dokumen", 574.6, 620.8)]),
    (214.4, [("Perangkat", 124.6, 184.0), ("Daerah", 190.6, 230.2), ("5", 308.9, 315.5), ("0", 372.5, 379.1),
             ("Perangkat", 447.9, 507.3), ("Daerah", 513.9, 553.5)]),
]
_TOP_RULES = [57.1, 129.4, 187.3, 231.0]
_HEIGHT = 595.3


def _words(lines) -> list[Word]:
    return [Word(t, x0, top, x1, top + 9.0, size=12.0, bold=bold) for top, bold, ws in lines for t, x0, x1 in ws]


def _rule(y: float, x0: float) -> Ruling:
    return Ruling(x0, y - 0.25, 779.8, y + 0.25)


def _pages():
    foot = read_page_layout(39, _HEIGHT, _words(_FOOT), [_rule(y, x) for y, x in _FOOT_RULES], lines_from_words,
                            ruled=False)
    top = read_page_layout(40, _HEIGHT, _words([(t, False, ws) for t, ws in _TOP]),
                           [_rule(y, 51.3) for y in _TOP_RULES], lines_from_words, ruled=False, carry=ending_table(foot))
    return foot, top


def test_the_next_page_keeps_the_columns_its_rows_show():
    _, top = _pages()
    [pt] = top.tables
    first = [c.split()[0] if c else "" for c in pt.table.rows[0].cells]
    assert first == ["1.", "PROGRAM", "Rp.", "Rp.", "93,91", "Persentase", "100%", "98.8%", "98.8"]
    assert pt.table.rows[2].cells[5].startswith("Jumlah Dokumen") and pt.table.rows[2].cells[6] == "2 Dokumen"
