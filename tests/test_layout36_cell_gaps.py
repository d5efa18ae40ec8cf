"""A borderless table's name column set justified: the lines of one name may leave white at the same places by
chance ("Penyediaan Jasa Pemeliharaan," / "Biaya Pemeliharaan, Pajak dan" / "Perizinan   Kendaraan   Dinas"), so
the search by alignment saw two more columns inside it, and the name's last line ("Operasional atau Lapangan"),
closing both at once, ended the table: the name was read across three columns, its words out of order, its last
line lost as running text (#12). A short line starting where a word of the line above starts, right of the
table's first column, is that cell's next line (:func:`~lkjip.extract.layout.region_ends.closes_inner_gap`).
Word boxes as LibreOffice prints such a table (sans 9 pt, landscape, borderless, a part with its header
repeated); names and amounts made up."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word

ROWS = [
    (99.68, 6.70, 9.0, True, [('NO', 56.80, 70.29), ('URAIAN', 111.20, 146.18), ('ANGGARAN', 259.50, 312.47), ('OUTPUT/KELUARAN', 471.80, 561.73)]),
    (111.82, 6.36, 9.0, True, [('ANGGARAN', 259.50, 312.47), ('REALISASI', 342.40, 390.35), ('%', 425.40, 433.40), ('URAIAN', 471.80, 506.78), ('TARGET', 615.80, 652.76), ('REALISASI', 670.30, 718.25), ('%', 744.10, 752.10)]),
    (123.48, 8.39, 9.0, False, [('1.6.1', 80.40, 100.40), ('Penyediaan', 111.20, 158.72), ('Jasa', 165.10, 184.11), ('Pemeliharaan,', 190.59, 248.59), ('Rp', 265.10, 276.60), ('80.775.815', 286.57, 331.59), ('Rp', 348.10, 359.60), ('73.926.237', 369.57, 414.59), ('91,52', 438.50, 461.01), ('Jumlah', 471.80, 500.81), ('Kendaraan', 506.68, 550.70), ('Dinas', 556.58, 579.58), ('yang', 585.37, 604.88), ('5', 615.80, 620.80), ('Unit', 623.30, 639.29), ('5', 670.30, 675.30), ('Unit', 677.80, 693.79), ('100', 759.50, 774.51)]),
    (135.38, 8.39, 9.0, False, [('Biaya', 111.20, 133.70), ('Pemeliharaan,', 140.08, 198.18), ('Pajak', 204.66, 227.17), ('dan', 233.55, 248.56), ('dipelihara', 471.80, 510.82), ('dan', 528.39, 543.40), ('dibayarkan', 560.98, 605.00)]),
    (147.28, 8.39, 9.0, False, [('Perizinan', 111.20, 148.70), ('Kendaraan', 165.18, 209.20), ('Dinas', 225.68, 248.68), ('pajaknya', 471.80, 507.82)]),
    (159.18, 8.39, 9.0, False, [('Operasional', 111.20, 159.71), ('atau', 162.20, 179.71), ('Lapangan', 182.29, 222.32)]),
    (171.08, 8.39, 9.0, False, [('1.6.2', 80.40, 100.40), ('Pemeliharaan/Rehabilitasi', 111.20, 215.80), ('Rp', 265.10, 276.60), ('62.935.421', 286.57, 331.59), ('Rp', 348.10, 359.60), ('55.644.051', 369.57, 414.59), ('88,41', 438.50, 461.01), ('Jumlah', 471.80, 500.81), ('Gedung', 509.48, 541.50), ('Kantor', 550.17, 576.76), ('yang', 585.44, 604.95), ('2', 615.80, 620.80), ('Unit', 623.30, 639.29), ('2', 670.30, 675.30), ('Unit', 677.80, 693.79), ('100', 759.50, 774.51)]),
    (182.98, 8.39, 9.0, False, [('Gedung', 111.20, 143.21), ('Kantor', 150.79, 177.29), ('dan', 184.87, 199.98), ('Bangunan', 207.55, 248.58), ('dipelihara', 471.80, 510.82)]),
    (194.88, 8.39, 9.0, False, [('Lainnya', 111.20, 142.72)]),
    (206.78, 8.39, 9.0, False, [('2', 95.50, 100.50), ('PROGRAM', 111.20, 157.67), ('PEMBERDAYAAN', 173.65, 248.59), ('Rp', 265.10, 276.60), ('46.803.283', 286.57, 331.59), ('Rp', 348.10, 359.60), ('46.501.880', 369.57, 414.59), ('99,36', 438.50, 461.01), ('Persentase', 471.80, 517.30), ('partisipasi', 564.48, 604.98), ('100%', 636.50, 659.51), ('100%', 710.30, 733.31), ('100', 759.50, 774.51)]),
    (218.68, 8.39, 9.0, False, [('MASYARAKAT', 111.20, 172.64), ('DESA', 188.83, 213.31), ('DAN', 229.60, 248.59), ('masyarakat', 471.80, 518.30), ('dalam', 532.39, 556.90), ('kegiatan', 570.88, 604.98)]),
    (230.58, 8.39, 9.0, False, [('KELURAHAN', 111.20, 166.17), ('pembangunan', 471.80, 529.43)]),
    (242.48, 8.39, 9.0, False, [('2.1', 88.00, 100.50), ('Koordinasi', 111.20, 153.71), ('Kegiatan', 213.09, 248.68), ('Rp', 265.10, 276.60), ('46.803.283', 286.57, 331.59), ('Rp', 348.10, 359.60), ('46.501.880', 369.57, 414.59), ('99,36', 438.50, 461.01), ('Persentase', 471.80, 517.30), ('usulan', 578.48, 604.99), ('100%', 636.50, 659.51), ('100%', 710.30, 733.31), ('100', 759.50, 774.51)]),
    (254.38, 8.39, 9.0, False, [('Pemberdayaan', 111.20, 172.22), ('Desa', 174.71, 195.81), ('pembangunan', 471.80, 529.43), ('desa', 547.71, 567.22), ('yang', 585.50, 605.01)]),
]
#: a note under a table instead, at its left edge
NOTE = [(171.08, 8.39, 9.0, False, [('Sumber:', 56.80, 90.00), ('DPA', 92.50, 110.00), ('2022', 112.50, 133.00)])]


def _lines(rows) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
            for top, h, size, bold, words in rows]


def test_a_justified_name_wrapping_under_chance_gaps_stays_one_cell():
    tables, rest = find_text_tables(_lines(ROWS), [], page_no=24, strategy="text")
    assert len(tables) == 1 and not rest
    table = tables[0].table
    assert table.n_cols == 9
    first = next(r.cells for r in table.rows if r.cells[0] == "1.6.1")
    assert first[1] == "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan"
    assert first[2:5] == ["Rp 80.775.815", "Rp 73.926.237", "91,52"]
    assert [r.cells[0] for r in table.rows if not r.is_header] == ["1.6.1", "1.6.2", "2", "2.1"]


def test_a_note_at_the_left_edge_still_ends_the_table():
    tables, rest = find_text_tables(_lines(ROWS[:5] + NOTE), [], page_no=24, strategy="text")
    assert [ln.text for ln in rest] == ["Sumber: DPA 2022"]
