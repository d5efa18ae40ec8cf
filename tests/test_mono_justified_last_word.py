"""A monospaced table whose cells are set justified: a line's last word set against its cell's right edge (#12).

Chromium prints a justified cell's full lines from edge to edge: "Meningkatnya   akuntabilitas   kinerja", the last
word flush against the cell's right edge, the next column's text 1.25 pitch further on. In a monospaced font
every last word of one length starts at one x ("kinerja" and "lembaga" both at 255.52), which read as a column's
cells starting there, and the stretched space before it as a column gap: the Renstra table grew a column
without a header, holding the last word of each goal's first line. A monospaced line's word spaces are one pitch
exactly, so a gap of 1.2 pitch already parts two cells: the last word then closes its cell's segment at the
cell's right edge, where other lines end too, and is known as pinned there by justification
(:func:`~lkjip.extract.layout.justified._cell_edges`).
The word boxes of a page as Chromium prints such a table (monospaced 8 pt, justified cells, no rules).
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.justified import stretched_spaces

#: (top, height, size, bold, [(text, x0, x1), ...]) per printed line
LINES = [
    (87.10, 9.05, 8.0, True, [('Misi', 60.00, 79.19), ('Tujuan', 90.97, 119.75), ('/', 124.55, 129.34), ('Sasaran', 134.14, 167.71), ('Indikator', 295.10, 338.27), ('Kondisi', 485.09, 518.66), ('Target', 528.60, 557.38), ('Kondisi', 745.44, 779.02)]),
    (96.10, 9.05, 8.0, True, [('Awal', 485.09, 504.27), ('Akhir', 745.44, 769.42)]),
    (105.10, 9.05, 8.0, True, [('(2020)', 485.09, 513.86), ('(2026)', 745.44, 774.22)]),
    (116.35, 9.05, 8.0, True, [('2021', 528.60, 547.78), ('2022', 567.96, 587.15), ('2023', 603.46, 622.64), ('2024', 638.95, 658.14), ('2025', 674.45, 693.63), ('2026', 709.95, 729.13)]),
    (126.85, 9.05, 8.0, True, [('1', 60.00, 64.80), ('2', 90.97, 95.77), ('3', 295.10, 299.90), ('4', 485.09, 489.88), ('5', 528.60, 533.39), ('6', 567.96, 572.76), ('7', 603.46, 608.25), ('8', 638.95, 643.75), ('9', 674.45, 679.25), ('10', 709.95, 719.54), ('11', 745.44, 755.03)]),
    (138.10, 9.05, 8.0, False, [('1', 80.17, 84.96), ('Meningkatnya', 90.97, 148.53), ('akuntabilitas', 170.85, 233.20), ('kinerja', 255.52, 289.09), ('Nilai', 295.10, 319.08), ('SAKIP', 323.88, 347.86), ('Kecamatan', 352.65, 395.82), ('50,87', 498.61, 522.59), ('52,61', 537.97, 561.95), ('54,36', 573.47, 597.45), ('56,11', 608.96, 632.95), ('57,85', 644.46, 668.44), ('59,60', 679.96, 703.94), ('61,34', 715.45, 739.43), ('61,34', 759.01, 782.99)]),
    (147.10, 9.05, 8.0, False, [('kecamatan', 90.97, 134.14)]),
    (158.35, 9.05, 8.0, False, [('2', 80.17, 84.96), ('Meningkatnya', 90.97, 148.53), ('kualitas', 158.61, 196.98), ('pelayanan', 207.06, 250.23), ('publik', 260.31, 289.09), ('Indeks', 295.10, 323.88), ('Kepuasan', 328.67, 367.04), ('Masyarakat', 371.84, 419.80), ('(IKM)', 424.60, 448.58), ('77,96', 498.61, 522.59), ('79,02', 537.97, 561.95), ('80,08', 573.47, 597.45), ('81,15', 608.96, 632.95), ('82,21', 644.46, 668.44), ('83,28', 679.96, 703.94), ('84,34', 715.45, 739.43), ('84,34', 759.01, 782.99)]),
    (167.35, 9.05, 8.0, False, [('kecamatan', 90.97, 134.14)]),
    (177.85, 9.05, 8.0, False, [('3', 80.17, 84.96), ('Menurunnya', 90.97, 138.93), ('gangguan', 152.22, 190.59), ('ketenteraman', 203.87, 261.43), ('dan', 274.71, 289.10), ('Persentase', 295.10, 343.06), ('penanganan', 367.91, 415.87), ('gangguan', 440.72, 479.09), ('75', 513.00, 522.59), ('78', 552.36, 561.96), ('81', 587.86, 597.45), ('84', 623.36, 632.95), ('87', 658.85, 668.44), ('90', 694.35, 703.94), ('93', 729.84, 739.44), ('93', 773.40, 783.00)]),
    (186.85, 9.05, 8.0, False, [('ketertiban', 90.97, 138.93), ('umum', 143.73, 162.91), ('ketenteraman', 295.10, 352.66), ('dan', 357.45, 371.84), ('ketertiban', 376.64, 424.60), ('umum', 429.39, 448.58)]),
    (198.10, 9.05, 8.0, False, [('4', 80.17, 84.96), ('Meningkatnya', 90.97, 148.53), ('kualitas', 166.61, 204.98), ('tata', 223.06, 242.24), ('kelola', 260.32, 289.10), ('Persentase', 295.10, 343.06), ('desa', 353.09, 372.27), ('dengan', 382.29, 411.07), ('tata', 421.09, 440.28), ('kelola', 450.30, 479.08), ('77', 513.00, 522.59), ('79', 552.36, 561.96), ('81', 587.86, 597.45), ('83', 623.36, 632.95), ('84', 658.85, 668.44), ('86', 694.35, 703.94), ('88', 729.84, 739.44), ('88', 773.40, 783.00)]),
    (207.10, 9.05, 8.0, False, [('pemerintahan', 90.97, 148.53), ('desa', 153.32, 172.51), ('pemerintahan', 295.10, 352.66), ('yang', 357.45, 376.64), ('baik', 381.43, 400.62)]),
    (218.35, 9.05, 8.0, False, [('5', 80.17, 84.96), ('Meningkatnya', 90.97, 148.53), ('keaktifan', 180.44, 223.61), ('lembaga', 255.53, 289.10), ('Persentase', 295.10, 343.06), ('lembaga', 348.43, 382.01), ('kemasyarakatan', 387.38, 454.52), ('desa', 459.89, 479.08), ('66', 513.00, 522.59), ('68', 552.36, 561.96), ('70', 587.86, 597.45), ('73', 623.36, 632.95), ('75', 658.85, 668.44), ('77', 694.35, 703.94), ('79', 729.84, 739.44), ('79', 773.40, 783.00)]),
    (227.35, 9.05, 8.0, False, [('kemasyarakatan', 90.97, 158.12), ('desa', 162.91, 182.10), ('yang', 295.10, 314.29), ('aktif', 319.08, 343.06)]),
]


def _lines() -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
            for top, h, size, bold, words in LINES]


def test_a_justified_last_word_flush_right_is_no_column_start():
    lines = _lines()
    stretched = stretched_spaces(lines)
    first = next(ln for ln in lines if ln.words[1].text == "Meningkatnya")
    assert id(next(w for w in first.words if w.text == "kinerja")) in stretched


def test_the_goal_column_keeps_its_words():
    tables, _ = find_text_tables(_lines(), [], page_no=9)
    (table,) = tables
    rows = [r.cells for r in table.table.rows if r.cells[0] == "1"]
    assert any("Meningkatnya akuntabilitas kinerja kecamatan" in c for c in rows[-1])
    assert max(len(r.cells) for r in table.table.rows) == 11
