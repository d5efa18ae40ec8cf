"""A framed table its author split into parts without repeating the header, an empty paragraph between: the next
part, under the first on the page, is read with the columns of the table above it. Ending the page with one row of
names (no number, no header marked), it lent no columns to the next page, where its rest (sub-activities filled
in the last columns only) was read by its own few columns and stitched one column off (#12). A part read with the
columns of the table above it is that table's body: it lends its columns as any table with a body does
(:func:`~lkjip.extract.layout.carry.ending_table`). Word boxes and rules as LibreOffice prints such a table (serif
8 pt, portrait, a frame with a header rule); names made up."""

from __future__ import annotations

from lkjip.extract.layout.carry import ending_table
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.page import PageResult

PAGE = [
    (56.94, 10.48, 8.0, True, [('Tujuan', 110.40, 135.74), ('Sasaran', 188.70, 216.24), ('Kegiatan', 483.70, 514.74)]),
    (67.44, 10.48, 8.0, True, [('1', 56.80, 60.80), ('2', 70.80, 74.80), ('3', 110.40, 114.40), ('4', 149.10, 153.10), ('5', 188.70, 192.70), ('6', 227.40, 231.40), ('7', 288.50, 292.50), ('8', 334.90, 338.90), ('9', 382.20, 386.20), ('10', 428.60, 436.60), ('11', 483.70, 491.70)]),
    (81.25, 7.98, 8.0, False, [('Mening', 70.80, 95.69), ('Persenta', 110.40, 137.42), ('Mening', 149.10, 173.99), ('Persenta', 188.70, 215.72), ('PROGRAM', 227.40, 266.88), ('Persentase', 288.50, 322.21), ('Koordinasi', 334.90, 370.40), ('Persentase', 382.20, 415.91), ('Peningkatan', 428.60, 468.08), ('Jumlah', 483.70, 506.79)]),
    (91.85, 7.98, 8.0, False, [('katnya', 70.80, 92.14), ('se', 110.40, 117.04), ('Desa', 122.29, 138.22), ('katnya', 149.10, 170.44), ('se', 188.70, 195.34), ('Desa', 200.59, 216.52), ('PEMBERDAY', 227.40, 276.64), ('partisipasi', 288.50, 321.39), ('Kegiatan', 334.90, 363.77), ('usulan', 382.20, 403.09), ('Partisipasi', 428.60, 461.89), ('Lembaga', 483.70, 513.43)]),
    (102.35, 7.98, 8.0, False, [('kemajua', 70.80, 97.83), ('Maju', 110.40, 127.29), ('kemajua', 149.10, 176.13), ('Maju', 188.70, 205.59), ('AAN', 227.40, 244.66), ('masyaraka', 288.50, 322.62), ('Pemberday', 334.90, 370.88), ('program', 382.20, 409.30), ('Masyarakat', 428.60, 465.88), ('Kemasyaraka', 483.70, 527.20)]),
    (112.95, 7.98, 8.0, False, [('n', 70.80, 74.80), ('dan', 88.09, 99.58), ('n', 149.10, 153.10), ('dan', 166.39, 177.98), ('MASYARAK', 227.40, 273.14), ('t', 288.50, 290.72), ('dalam', 304.59, 324.09), ('aan', 334.90, 345.99), ('Desa', 347.99, 363.92), ('kegiatan', 382.20, 409.28), ('dalam', 428.60, 448.10), ('Forum', 451.58, 472.89), ('tan', 483.70, 493.49), ('yang', 512.38, 527.97)]),
    (123.45, 7.98, 8.0, False, [('kemandi', 70.80, 98.30), ('kemandi', 149.10, 176.60), ('AT', 227.40, 238.07), ('DESA', 256.88, 277.74), ('kegiatan', 288.50, 315.58), ('pembangu', 382.20, 415.49), ('Musyawarah', 428.60, 469.86), ('Berpartisipas', 483.70, 525.88)]),
    (134.05, 7.98, 8.0, False, [('rian', 70.80, 83.19), ('desa', 85.19, 99.42), ('rian', 149.10, 161.49), ('desa', 163.49, 177.72), ('DAN', 227.40, 244.66), ('pembangu', 288.50, 321.79), ('nan', 382.20, 393.70), ('desa', 403.58, 417.72), ('Perencanaan', 428.60, 468.96), ('i', 483.70, 485.92), ('dalam', 508.39, 527.89)]),
    (144.55, 7.98, 8.0, False, [('KELURAHAN', 227.40, 277.13), ('nan', 288.50, 300.00), ('secara', 382.20, 402.12), ('Pembanguna', 428.60, 469.93), ('Forum', 483.70, 505.01)]),
    (155.15, 7.98, 8.0, False, [('prioritas', 382.20, 408.80), ('n', 428.60, 432.60), ('di', 434.60, 440.82), ('Desa', 442.80, 458.73), ('Musyawarah', 483.70, 524.96)]),
    (165.93, 7.70, 8.0, False, [('Perencanaan', 483.70, 524.06)]),
    (176.25, 7.98, 8.0, False, [('Pembanguna', 483.70, 525.03)]),
    (186.75, 7.98, 8.0, False, [('n', 483.70, 487.70), ('di', 489.70, 495.92), ('Desa', 497.90, 513.83)]),
    (197.35, 7.98, 8.0, False, [('Jumlah', 483.70, 506.79)]),
    (207.85, 7.98, 8.0, False, [('usulan', 483.70, 504.59)]),
    (218.73, 7.70, 8.0, False, [('program', 483.70, 510.80)]),
    (228.95, 7.98, 8.0, False, [('kegiatan', 483.70, 510.78)]),
    (239.55, 7.98, 8.0, False, [('pembanguna', 483.70, 524.53)]),
    (250.05, 7.98, 8.0, False, [('n', 483.70, 487.70), ('desa', 492.88, 507.12), ('yang', 512.36, 527.86)]),
    (260.57, 8.06, 8.0, False, [('difasilitasi', 483.70, 516.99)]),
    (271.15, 7.98, 8.0, False, [('Peningkatan', 428.60, 468.08), ('Jumlah', 483.70, 506.79)]),
    (281.67, 8.06, 8.0, False, [('Efektifitas', 428.60, 461.89), ('Laporan', 483.70, 510.28)]),
    (292.25, 7.98, 8.0, False, [('Kegiatan', 428.60, 457.47), ('Peningkatan', 483.70, 523.18)]),
    (302.77, 8.06, 8.0, False, [('Pemberdayaa', 428.60, 471.62), ('Efektifitas', 483.70, 516.99)]),
    (313.35, 7.98, 8.0, False, [('n', 428.60, 432.60), ('Masyarakat', 435.59, 472.87), ('Kegiatan', 483.70, 512.57)]),
    (323.95, 7.98, 8.0, False, [('di', 428.60, 434.82), ('Wilayah', 445.79, 472.87), ('Pemberdayaa', 483.70, 526.72)]),
    (334.45, 7.98, 8.0, False, [('Kecamatan', 428.60, 464.56), ('n', 483.70, 487.70), ('Masyarakat', 490.59, 527.87)]),
    (345.05, 7.98, 8.0, False, [('di', 483.70, 489.92), ('Wilayah', 500.89, 527.97)]),
    (355.83, 7.70, 8.0, False, [('Kecamatan', 483.70, 519.66)]),
    (366.15, 7.98, 8.0, False, [('Mening', 70.80, 95.69), ('Indeks', 110.40, 131.70), ('Mening', 149.10, 173.99), ('Indeks', 188.70, 210.00), ('PROGRAM', 227.40, 266.88), ('Persentase', 288.50, 322.21), ('Penyeleng', 334.90, 368.18), ('Persentase', 382.20, 415.91), ('Peningkatan', 428.60, 468.08), ('Jumlah', 483.70, 506.79)]),
    (376.57, 8.06, 8.0, False, [('katnya', 70.80, 92.14), ('Kepuasa', 110.40, 137.92), ('katnya', 149.10, 170.44), ('Kepuasa', 188.70, 216.22), ('PENYELENG', 227.40, 274.44), ('rekomenda', 288.50, 324.03), ('garaan', 334.90, 356.18), ('rekomenda', 382.20, 417.73), ('Efektifitas', 428.60, 461.89), ('Laporan', 483.70, 510.28)]),
    (387.25, 7.98, 8.0, False, [('Kualitas', 70.80, 97.39), ('n', 110.40, 114.40), ('Kualitas', 149.10, 175.69), ('n', 188.70, 192.70), ('GARAAN', 227.40, 261.54), ('si', 288.50, 293.81), ('Urusan', 334.90, 357.98), ('si', 382.20, 387.51), ('Pelaksanaan', 428.60, 468.06), ('Peningkatan', 483.70, 523.18)]),
    (397.67, 8.06, 8.0, False, [('Pelayan', 70.80, 96.08), ('Masyara', 110.40, 137.92), ('Pelayan', 149.10, 174.38), ('Masyara', 188.70, 216.22), ('PEMERINTA', 227.40, 273.14), ('administra', 288.50, 322.23), ('Pemerintah', 334.90, 371.28), ('administra', 382.20, 415.93), ('Pelayanan', 428.60, 461.47), ('Efektifitas', 483.70, 516.99)]),
    (408.35, 7.98, 8.0, False, [('an', 70.80, 78.30), ('kat', 110.40, 120.11), ('an', 149.10, 156.60), ('kat', 188.70, 198.41), ('HAN', 227.40, 244.66), ('DAN', 260.48, 277.74), ('si', 288.50, 293.81), ('an', 334.90, 342.40), ('yang', 355.88, 371.38), ('si', 382.20, 387.51), ('kepada', 428.60, 451.23), ('Pelaksanaan', 483.70, 523.16)]),
    (418.85, 7.98, 8.0, False, [('Tingkat', 70.80, 95.61), ('Tingkat', 149.10, 173.91), ('PELAYANAN', 227.40, 276.23), ('pelayanan', 288.50, 320.88), ('tidak', 334.90, 350.89), ('pelayanan', 382.20, 414.58), ('Masyarakat', 428.60, 465.88), ('Pelayanan', 483.70, 516.57)]),
    (429.45, 7.98, 8.0, False, [('Kecamat', 70.80, 99.18), ('Kecamat', 149.10, 177.48), ('PUBLIK', 227.40, 256.26), ('umum', 288.50, 308.92), ('dilaksanak', 334.90, 369.08), ('umum', 382.20, 402.62), ('di', 428.60, 434.82), ('Wilayah', 445.79, 472.87), ('kepada', 483.70, 506.33)]),
    (439.95, 7.98, 8.0, False, [('an', 70.80, 78.30), ('an', 149.10, 156.60), ('yang', 288.50, 304.00), ('an', 334.90, 342.40), ('oleh', 357.58, 371.37), ('yang', 382.20, 397.70), ('Kecamatan', 428.60, 464.56), ('Masyarakat', 483.70, 520.98)]),
    (450.55, 7.98, 8.0, False, [('ditindakla', 288.50, 320.44), ('Unit', 334.90, 349.11), ('Kerja', 353.68, 371.41), ('ditindakla', 382.20, 414.14), ('di', 483.70, 489.92), ('Wilayah', 500.89, 527.97)]),
    (461.05, 7.98, 8.0, False, [('njuti', 288.50, 303.12), ('tepat', 308.59, 324.09), ('Perangkat', 334.90, 366.80), ('njuti', 382.20, 396.82), ('tepat', 402.19, 417.70), ('Kecamatan', 483.70, 519.66)]),
    (471.65, 7.98, 8.0, False, [('waktu', 288.50, 307.99), ('Daerah', 334.90, 357.97), ('waktu', 382.20, 401.69)]),
    (482.15, 7.98, 8.0, False, [('yang', 334.90, 350.40), ('ada', 360.28, 371.42)]),
    (492.75, 7.98, 8.0, False, [('di', 334.90, 341.12)]),
    (503.53, 7.70, 8.0, False, [('Kecamatan', 334.90, 370.86)]),
    (513.85, 7.98, 8.0, False, [('Koordinasi', 334.90, 370.40), ('Persentase', 382.20, 415.91), ('Pelaksanaan', 428.60, 468.06), ('Jumlah', 483.70, 506.79)]),
    (524.35, 7.98, 8.0, False, [('Pemelihara', 334.90, 370.82), ('Fasilitas', 382.20, 408.79), ('Pemeliharaan', 428.60, 472.06), ('Prasarana', 483.70, 514.72)]),
    (534.95, 7.98, 8.0, False, [('an', 334.90, 342.40), ('Pelayanan', 382.20, 415.07), ('Prasarana', 428.60, 459.62), ('dan', 483.70, 495.20), ('Fasilitas', 501.28, 527.88)]),
    (545.45, 7.98, 8.0, False, [('Prasarana', 334.90, 365.92), ('Umum', 382.20, 404.41), ('dan', 428.60, 440.10), ('Fasilitas', 446.18, 472.87), ('Pelayanan', 483.70, 516.57)]),
    (556.05, 7.98, 8.0, False, [('dan', 334.90, 346.40), ('Sarana', 349.68, 371.41), ('yang', 382.20, 397.70), ('Pelayanan', 428.60, 461.47), ('Umum', 483.70, 505.91), ('yang', 512.38, 527.97)]),
    (566.55, 7.98, 8.0, False, [('Pelayanan', 334.90, 367.77), ('Dipelihara', 382.20, 415.92), ('Umum', 428.60, 450.81), ('yang', 457.38, 472.88), ('Dipelihara', 483.70, 517.42)]),
    (577.15, 7.98, 8.0, False, [('Umum', 334.90, 357.11), ('Melibatkan', 428.60, 464.98), ('dengan', 483.70, 506.79)]),
    (587.65, 7.98, 8.0, False, [('Pihak', 428.60, 446.79), ('Swasta', 448.79, 471.42), ('Melibatkan', 483.70, 520.08)]),
    (598.25, 7.98, 8.0, False, [('Pihak', 483.70, 501.89), ('Swasta', 503.89, 526.52)]),
    (626.15, 7.98, 8.0, False, [('Pelaksanaa', 334.90, 370.41), ('Persentase', 382.20, 415.91), ('Pelaksanaan', 428.60, 468.06), ('Jumlah', 483.70, 506.79)]),
    (636.75, 7.98, 8.0, False, [('n', 334.90, 338.90), ('Urusan', 348.29, 371.37), ('pelayanan', 382.20, 414.58), ('Urusan', 428.60, 451.68), ('Administrasi', 483.70, 524.99)]),
    (647.25, 7.98, 8.0, False, [('Pemerintah', 334.90, 371.28), ('administra', 382.20, 415.93), ('Pemerintahan', 428.60, 472.57), ('Umum', 483.70, 505.91), ('Yang', 510.68, 527.96)]),
    (657.85, 7.98, 8.0, False, [('an', 334.90, 342.40), ('yang', 355.88, 371.38), ('si', 382.20, 387.51), ('masy.', 398.89, 417.78), ('yang', 428.60, 444.10), ('terkait', 452.48, 472.88), ('Di', 483.70, 491.71), ('proses', 507.48, 527.98)]),
    (668.35, 7.98, 8.0, False, [('Dilimpahk', 334.90, 369.08), ('yang', 382.20, 397.70), ('dengan', 428.60, 451.69), ('Non', 459.08, 472.87), ('tepat', 483.70, 499.20), ('waktu', 501.19, 520.77)]),
    (678.87, 8.06, 8.0, False, [('an', 334.90, 342.40), ('kepada', 348.78, 371.41), ('difasilitasi', 382.20, 415.49), ('perizinan', 428.60, 458.28)]),
    (689.70, 7.72, 8.0, False, [('Camat', 334.90, 355.70)]),
    (700.05, 7.98, 8.0, False, [('Mening', 70.80, 95.69), ('Persenta', 110.40, 137.42), ('Mening', 149.10, 173.99), ('Persenta', 188.70, 215.72), ('PROGRAM', 227.40, 266.88), ('Persentase', 288.50, 322.21), ('Fasilitasi,', 334.90, 365.77), ('Persentase', 382.20, 415.91), ('Fasilitasi', 428.60, 457.49), ('Jumlah', 483.70, 506.79)]),
    (710.55, 7.98, 8.0, False, [('katnya', 70.80, 92.14), ('se', 110.40, 117.04), ('desa', 123.98, 138.22), ('katnya', 149.10, 170.44), ('se', 188.70, 195.34), ('desa', 202.28, 216.52), ('PEMBINAAN', 227.40, 274.94), ('desa', 288.50, 302.64), ('Rekomend', 334.90, 369.48), ('pembinaan', 382.20, 417.28), ('Tata', 428.60, 442.74), ('Dokumen', 483.70, 515.19)]),
    (721.15, 7.98, 8.0, False, [('tata', 70.80, 82.34), ('dengan', 110.40, 133.49), ('tata', 149.10, 160.64), ('dengan', 188.70, 211.79), ('DAN', 227.40, 244.66), ('dengan', 288.50, 311.59), ('asi', 334.90, 343.71), ('dan', 359.88, 371.38), ('dan', 382.20, 393.70), ('Pemerintahan', 428.60, 472.57), ('yang', 483.70, 499.20)]),
    (731.57, 8.06, 8.0, False, [('kelola', 70.80, 90.34), ('tata', 110.40, 121.94), ('kelola', 149.10, 168.64), ('tata', 188.70, 200.24), ('PENGAWASA', 227.40, 277.54), ('tata', 288.50, 300.04), ('kelola', 304.58, 324.12), ('Koordinasi', 334.90, 370.40), ('pengawasa', 382.20, 417.22), ('Desa', 428.60, 444.53), ('Difasilitasi', 483.70, 518.78)]),
    (742.25, 7.98, 8.0, False, [('pemerint', 70.80, 99.20), ('kelola', 110.40, 129.94), ('pemerint', 149.10, 177.50), ('kelola', 188.70, 208.24), ('N', 227.40, 233.18), ('pemerinta', 288.50, 320.43), ('dan', 334.90, 346.40), ('n', 382.20, 386.20), ('desa', 403.59, 417.73), ('dalam', 483.70, 503.20), ('rangka', 506.18, 527.92)]),
    (752.75, 7.98, 8.0, False, [('ahan', 70.80, 85.89), ('pemerin', 110.40, 136.58), ('ahan', 149.10, 164.19), ('pemerin', 188.70, 214.88), ('PEMERINTA', 227.40, 273.14), ('han', 288.50, 300.00), ('desa', 309.88, 324.12), ('Pembinaan', 334.90, 370.38), ('yang', 382.20, 397.70), ('Administrasi', 483.70, 524.99)]),
    (763.27, 8.06, 8.0, False, [('desa', 70.80, 84.94), ('tahan', 110.40, 127.69), ('desa', 149.10, 163.24), ('tahan', 188.70, 205.99), ('HAN', 227.40, 244.66), ('DESA', 246.68, 267.54), ('yang', 288.50, 304.00), ('baik', 306.00, 319.79), ('dan', 334.90, 346.40), ('difasilitasi', 382.20, 415.49), ('Tata', 483.70, 497.84)]),
    (773.85, 7.98, 8.0, False, [('desa', 110.40, 124.54), ('desa', 188.70, 202.84), ('Pengawasa', 334.90, 370.41), ('Pemerintahan', 483.70, 527.67)]),
]
RULES = [Ruling(*r) for r in [(50.95, 56.73, 533.60, 57.48), (51.75, 78.63, 532.90, 79.38), (50.95, 606.83, 533.60, 607.58), (50.92, 56.70, 51.67, 607.55), (532.83, 56.70, 533.58, 607.55), (50.95, 623.53, 533.60, 624.28), (65.30, 781.13, 283.00, 781.88), (50.92, 623.50, 51.67, 781.10), (532.83, 623.50, 533.58, 781.10)]]


def _lines(rows) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
            for top, h, size, bold, words in rows]


def test_a_part_under_the_table_above_lends_its_columns_to_the_next_page():
    lines = _lines(PAGE)
    tables, rest = half_ruled_tables(lines, RULES, page_no=6, strategy="rules")
    assert len(tables) == 2 and tables[0].table.n_cols == tables[1].table.n_cols == 11
    part = tables[1]
    assert part.part_below and not tables[0].part_below
    res = PageResult(6, 841.9, tables=tables, free_lines=lines, lines=rest)
    assert ending_table(res) is part
