"""A line of an unshaded row between shaded bands whose words sit centred in equal columns ("ketertiban" |
"umum" | "ketertiban", the last words of three cells) has gaps as wide as each other, as a justified line's
stretched spaces are; a gap holding a column border the shaded cells draw, white down the lines around it, parts two
cells (:mod:`lkjip.extract.layout.shade_borders`). Word boxes as a Chromium PDF of a cascading table prints them
(condensed 9 pt, shaded header band and rows)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, TextLine, Word


def _ln(top: float, bottom: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, bottom, size=9.0, bold=bold) for t, x0, x1 in words])


LINES = [
    _ln(168.6, 179.1, True, [('No', 60.0, 72.3), ('Tujuan', 81.7, 111.8), ('Indikator', 144.3, 185.9), ('Sasaran', 206.9, 243.7), ('Indikator', 271.1, 312.7), ('Program', 333.7, 372.9), ('Indikator', 415.9, 457.5), ('Kegiatan', 478.5, 519.2), ('Indikator', 555.5, 597.1), ('Sub', 630.8, 648.2), ('Kegiatan', 651.0, 691.7), ('Indikator', 722.1, 763.7)]),
    _ln(179.1, 189.6, True, [('Tujuan', 144.3, 174.4), ('Sasaran', 271.1, 307.9), ('Program', 415.9, 455.1), ('Kegiatan', 555.5, 596.2), ('Sub', 722.1, 739.5)]),
    _ln(189.6, 200.1, True, [('Kegiatan', 722.1, 762.8)]),
    _ln(201.6, 212.1, True, [('1', 60.0, 65.6), ('2', 81.7, 87.3), ('3', 144.3, 149.9), ('4', 206.9, 212.5), ('5', 271.1, 276.8), ('6', 333.7, 339.4), ('7', 415.9, 421.6), ('8', 478.5, 484.2), ('9', 555.5, 561.1), ('10', 630.8, 642.0), ('11', 722.1, 733.3)]),
    _ln(214.4, 224.9, False, [('1', 65.3, 70.4), ('Menciptakan', 84.2, 135.9), ('Persentase', 150.3, 194.8), ('Menurunnya', 210.7, 261.3), ('Persentase', 277.1, 321.6), ('PROGRAM', 351.4, 392.3), ('Persentase', 422.0, 466.5), ('Koordinasi', 478.9, 520.8), ('Upaya', 523.3, 549.1), ('Persentase', 556.9, 601.4), ('desa', 604.0, 623.3), ('Harmonisasi', 648.4, 698.5), ('Jumlah', 738.3, 766.4)]),
    _ln(224.9, 235.4, False, [('wilayah', 94.5, 125.5), ('penanganan', 147.3, 197.9), ('gangguan', 215.6, 256.4), ('penanganan', 274.1, 324.7), ('KOORDINASI', 346.4, 397.3), ('gangguan', 423.9, 464.6), ('Penyelenggaraan', 478.8, 549.2), ('dengan', 559.8, 590.3), ('satuan', 592.8, 620.4), ('Hubungan', 636.0, 677.8), ('dengan', 680.4, 710.8), ('Laporan', 736.1, 769.0)]),
    _ln(235.4, 245.9, False, [('kecamatan', 87.6, 132.4), ('gangguan', 152.2, 193.0), ('ketenteraman', 207.5, 264.5), ('gangguan', 279.0, 319.8), ('KETENTERAMAN', 338.8, 404.8), ('ketenterama', 418.3, 470.2), ('Ketenteraman', 485.2, 542.7), ('perlindungan', 563.3, 617.0), ('Tokoh', 637.6, 660.4), ('Agama', 663.0, 691.4), ('dan', 694.0, 709.2), ('Harmonisasi', 727.5, 777.6)]),
    _ln(245.9, 256.4, False, [('yang', 87.2, 107.3), ('aman', 109.8, 132.7), ('ketenterama', 146.6, 198.5), ('dan', 228.4, 243.6), ('ketenterama', 273.5, 325.3), ('DAN', 336.7, 354.4), ('KETERTIBAN', 357.0, 406.9), ('n', 430.4, 435.5), ('yang', 438.1, 458.1), ('dan', 484.1, 499.3), ('Ketertiban', 501.9, 543.9), ('masyarakat', 566.2, 614.0), ('Tokoh', 637.3, 660.1), ('Masyarakat', 662.7, 709.6), ('dengan', 724.6, 755.1), ('Tokoh', 757.6, 780.5)]),
    _ln(256.4, 266.9, False, [('dan', 90.1, 105.3), ('tertib', 107.9, 129.9), ('n', 161.1, 166.3), ('dan', 168.8, 184.1), ('ketertiban', 215.3, 256.7), ('n', 288.0, 293.1), ('dan', 295.6, 310.9), ('UMUM', 358.9, 384.7), ('tertangani', 423.1, 465.3), ('Umum', 500.6, 527.4), ('yang', 569.9, 589.9), ('aktif', 592.5, 610.5), ('Masyarakat', 729.1, 776.0)]),
    _ln(266.9, 277.4, False, [('ketertiban', 151.9, 193.3), ('umum', 223.0, 249.0), ('ketertiban', 278.7, 320.1)]),
    _ln(277.4, 287.9, False, [('umum', 159.6, 185.6), ('umum', 286.4, 312.4)]),
    _ln(290.1, 300.6, False, [('Pembinaan', 635.4, 680.4), ('Satuan', 682.9, 711.4), ('Jumlah', 738.3, 766.4)]),
]
SHADES = [Ruling(57.0, 167.2, 78.8, 201.0, shade=True), Ruling(78.8, 167.2, 141.0, 201.0, shade=True), Ruling(141.0, 167.2, 204.0, 201.0, shade=True), Ruling(204.0, 167.2, 268.5, 201.0, shade=True), Ruling(268.5, 167.2, 330.8, 201.0, shade=True), Ruling(330.8, 167.2, 413.2, 201.0, shade=True), Ruling(413.2, 167.2, 475.5, 201.0, shade=True), Ruling(475.5, 167.2, 552.8, 201.0, shade=True), Ruling(552.8, 167.2, 627.8, 201.0, shade=True), Ruling(627.8, 167.2, 719.2, 201.0, shade=True), Ruling(719.2, 167.2, 786.0, 201.0, shade=True), Ruling(57.0, 201.0, 78.8, 213.8, shade=True), Ruling(78.8, 201.0, 141.0, 213.8, shade=True), Ruling(141.0, 201.0, 204.0, 213.8, shade=True), Ruling(204.0, 201.0, 268.5, 213.8, shade=True), Ruling(268.5, 201.0, 330.8, 213.8, shade=True), Ruling(330.8, 201.0, 413.2, 213.8, shade=True), Ruling(413.2, 201.0, 475.5, 213.8, shade=True), Ruling(475.5, 201.0, 552.8, 213.8, shade=True), Ruling(552.8, 201.0, 627.8, 213.8, shade=True), Ruling(627.8, 201.0, 719.2, 213.8, shade=True), Ruling(719.2, 201.0, 786.0, 213.8, shade=True), Ruling(57.0, 288.8, 78.8, 333.0, shade=True), Ruling(78.8, 288.8, 141.0, 333.0, shade=True), Ruling(141.0, 288.8, 204.0, 333.0, shade=True), Ruling(204.0, 288.8, 268.5, 333.0, shade=True), Ruling(268.5, 288.8, 330.8, 333.0, shade=True), Ruling(330.8, 288.8, 413.2, 333.0, shade=True), Ruling(413.2, 288.8, 475.5, 333.0, shade=True), Ruling(475.5, 288.8, 552.8, 333.0, shade=True), Ruling(552.8, 288.8, 627.8, 333.0, shade=True), Ruling(627.8, 288.8, 719.2, 333.0, shade=True), Ruling(719.2, 288.8, 786.0, 333.0, shade=True)]


def test_centred_last_words_of_three_cells_stay_in_the_table():
    tables, rest = find_text_tables(LINES, SHADES, page_no=3)
    assert not any("umum" in ln.text for ln in rest)
    cells = [c for t in tables for r in t.table.rows for c in r.cells]
    assert any(c.endswith("ketenteraman dan ketertiban umum") for c in cells)
