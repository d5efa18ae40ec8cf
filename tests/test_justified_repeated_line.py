"""A justified cell's line repeated word for word in other rows ("Faktor    Internal:    Keterbatasan    SDM    pada"
under "Akar Masalah", row after row, monospaced, Chromium) sets its stretched words at the same x in every row:
those lines witness no column edge for each other (:func:`lkjip.extract.layout.justified._twins`). Before, the
first row's stretched spaces read as column gaps, and the header and first row were left as paragraphs."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.justified import stretched_spaces

SIZE = 8.0


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 7.9, size=SIZE, bold=bold) for t, x0, x1 in words])


# a problem-mapping table, 8 pt monospaced, every cell justified (words from a rendered page)
LINES = [
    _ln(498.2, True, [("No", 46.5, 54.9), ("Masalah", 67.5, 96.9), ("Pokok", 226.6, 247.6), ("Masalah", 251.8, 281.2), ("Akar", 369.1, 385.9), ("Masalah", 390.1, 419.4)]),
    _ln(507.9, False, [("1.", 53.1, 61.5), ("Pelayanan", 67.5, 105.3), ("terhadap", 110.2, 143.7), ("masyarakat", 148.6, 190.6), ("kurang", 195.4, 220.6), ("Kondisi", 226.6, 256.0), ("sarana", 265.1, 290.3), ("pelayanan", 299.4, 337.2), ("yang", 346.3, 363.1), ("Faktor", 369.1, 394.2), ("Internal:", 403.7, 441.5), ("Keterbatasan", 451.0, 501.4), ("SDM", 510.9, 523.5), ("pada", 533.0, 549.7)]),
    _ln(516.2, False, [("optimal", 67.5, 96.9), ("kurang", 226.6, 251.8), ("memadai", 256.0, 285.4), ("Kecamatan", 369.1, 406.8), ("Sokobanah", 418.1, 455.9), ("dalam", 467.1, 488.1), ("melaksanakan", 499.4, 549.7)]),
    _ln(524.4, False, [("fungsi", 369.1, 394.2), ("pelayanan", 400.6, 438.4), ("Faktor", 444.7, 469.9), ("Eksternal:", 476.2, 518.2), ("Kurang", 524.6, 549.7)]),
    _ln(532.7, False, [("optimalnya", 369.1, 411.0), ("kekuatan", 418.4, 452.0), ("sever", 459.4, 480.4), ("pelayanan", 487.8, 525.6), ("dari", 532.9, 549.7)]),
    _ln(540.9, False, [("dinas", 369.1, 390.1), ("terkait", 394.2, 423.6), ("yaitu", 427.8, 448.8), ("Dispendukcapil", 453.0, 511.8)]),
    _ln(551.4, False, [("Nilai", 226.6, 247.6), ("SKM", 253.4, 265.9), ("belum", 271.7, 292.7), ("memenuhi", 298.5, 332.1), ("target", 337.9, 363.0), ("Faktor", 369.1, 394.2), ("Internal:", 400.6, 438.4), ("Kondisi", 444.7, 474.1), ("sarana", 480.4, 505.6), ("pelayanan", 512.0, 549.7)]),
    _ln(559.7, False, [("yang", 226.6, 243.4), ("direncanakan", 247.6, 298.0), ("yang", 369.1, 385.9), ("kurang", 396.4, 421.6), ("memadai", 432.1, 461.5), ("Faktor", 472.0, 497.2), ("Eksternal:", 507.8, 549.7)]),
    _ln(567.9, False, [("Pemahaman", 369.1, 406.8), ("masyarakat", 412.1, 454.1), ("yang", 459.4, 476.2), ("berbeda", 481.5, 510.9), ("terhadap", 516.2, 549.7)]),
    _ln(576.2, False, [("prosedur", 369.1, 402.6), ("pelayanan", 406.8, 444.6)]),
    _ln(586.7, False, [("2.", 53.1, 61.5), ("Gangguan", 67.5, 101.1), ("ketertarikan", 106.0, 156.3), ("masyarakat", 161.2, 203.1), ("dan", 208.0, 220.6), ("Tingkat", 226.6, 256.0), ("Kriminalitas", 273.8, 324.2), ("masih", 342.1, 363.1), ("Faktor", 369.1, 394.2), ("Internal:", 403.7, 441.5), ("Keterbatasan", 451.0, 501.4), ("SDM", 510.9, 523.5), ("pada", 533.0, 549.7)]),
    _ln(594.9, False, [("ketertiban", 67.5, 109.5), ("umum", 113.7, 130.5), ("terlalu", 226.6, 256.0), ("tinggi", 260.2, 285.4), ("Kecamatan", 369.1, 406.8), ("Sokobanah", 418.1, 455.9), ("dalam", 467.1, 488.1), ("melaksanakan", 499.4, 549.7)]),
    _ln(603.2, False, [("Pengawasan", 369.1, 411.0), ("dan", 415.3, 427.9), ("Pengamanan", 432.1, 474.1), ("Lingkungan", 478.3, 520.3), ("Faktor", 524.5, 549.7)]),
    _ln(611.4, False, [("Eksternal:", 369.1, 411.0), ("kondisi", 415.3, 444.7), ("perekonomian", 448.9, 499.3), ("yang", 503.5, 520.3), ("sangat", 524.5, 549.7)]),
    _ln(619.7, False, [("sulit", 369.1, 390.1), ("pasca", 394.2, 415.2), ("terjadi", 419.4, 448.8), ("Pandemi", 453.0, 482.4), ("Covid-19", 486.6, 520.2)]),
    _ln(629.4, False, [("3.", 53.1, 61.5), ("Tata", 67.5, 84.3), ("kelola", 91.1, 116.3), ("pemerintahan", 123.1, 173.4), ("desa", 180.2, 197.0), ("yang", 203.8, 220.6), ("Pelayanan", 226.6, 264.4), ("administrasi", 272.1, 322.5), ("di", 330.2, 338.6), ("desa", 346.3, 363.1), ("Faktor", 369.1, 394.2), ("Internal:", 403.7, 441.5), ("Keterbatasan", 451.0, 501.4), ("SDM", 510.9, 523.5), ("pada", 533.0, 549.7)]),
    _ln(637.7, False, [("relative", 67.5, 101.1), ("kurang", 105.3, 130.5), ("baik", 134.7, 151.5), ("kurang", 226.6, 251.8), ("optimal", 256.0, 285.4), ("Kecamatan", 369.1, 406.8), ("Sokobanah", 418.1, 455.9), ("dalam", 467.1, 488.1), ("melaksanakan", 499.4, 549.7)]),
    _ln(645.9, False, [("Pembinaan", 369.1, 406.8), ("Faktor", 418.1, 443.3), ("Eksternal:", 454.5, 496.5), ("Kuranginya", 507.8, 549.7)]),
    _ln(654.2, False, [("pemahaman", 369.1, 406.8), ("Perangkat", 416.3, 454.1), ("Desa", 463.6, 480.4), ("tentang", 489.9, 519.3), ("Tugas", 528.8, 549.7)]),
    _ln(662.4, False, [("pokok", 369.1, 390.1), ("dan", 394.2, 406.8), ("fungsinya", 411.0, 448.8)]),
    _ln(672.9, False, [("4.", 53.1, 61.5), ("Partisipasi", 67.5, 113.7), ("masyarakat", 135.7, 177.6), ("dalam", 199.6, 220.6), ("Tingkat", 226.6, 256.0), ("Kehadiran", 263.7, 301.5), ("dalam", 309.2, 330.2), ("Musdes", 337.9, 363.1), ("Faktor", 369.1, 394.2), ("Internal:", 402.7, 440.5), ("Kondisi", 448.9, 478.3), ("geografis", 486.7, 524.5), ("yang", 532.9, 549.7)]),
    _ln(681.2, False, [("kegiatan", 67.5, 101.1), ("pembangunan", 105.3, 151.5), ("rendah", 226.6, 251.8), ("kurang", 369.1, 394.2), ("mendukung", 411.1, 448.9), ("Faktor", 465.7, 490.9), ("Eksternal:", 507.8, 549.7)]),
    _ln(689.4, False, [("Kuranginya", 369.1, 411.0), ("kesadaran", 420.9, 458.7), ("masyarakat", 468.5, 510.5), ("tentang", 520.4, 549.7)]),
    _ln(697.7, False, [("pentingnya", 369.1, 411.0), ("pembangunan", 415.2, 461.4)]),
]


def test_a_repeated_justified_line_keeps_its_stretched_spaces():
    marked = stretched_spaces(LINES)
    first = LINES[1]
    assert {w.text for w in first.words if id(w) in marked} >= {"Internal:", "Keterbatasan", "SDM", "pada"}


def test_the_header_and_first_row_are_read_as_the_table():
    (table,), rest = find_text_tables(LINES, page_no=4)
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["No", "Masalah", "Pokok Masalah", "Akar Masalah"]
    assert rows[1][0] == "1." and rows[1][3].startswith("Faktor Internal: Keterbatasan SDM pada Kecamatan")
    assert [r[0] for r in rows[1:] if r[0]] == ["1.", "2.", "3.", "4."]
    assert rest == []
