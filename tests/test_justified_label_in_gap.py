"""A table whose header's columns the lines under it confirm (words starting right under "URAIAN", "TARG" after
a narrow gap: :func:`~lkjip.extract.layout.justified.header_pinned`) and whose amounts are set right in narrow
columns, the currency sign alone on a row's first line ("Penyediaan        Rp      Rp"): the wide gap between
the name and the sign lies over where a header label starts ("ANGGARAN"), so it is a column gap, not a
justified cell's stretched space, and the name column stays apart from the amounts (#12: a Lampiran's second
part read with the name and the budget in one column, "Penyediaan Rp Peralatan 9.481.070 Tangga").
The word boxes of a repeated header and four rows as Chromium prints them (serif 11 pt, header rule only);
names and amounts made up.
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.justified import header_pinned

#: (top, height, size, bold, [(text, x0, x1), ...]) per printed line
LINES = [
    (57.70, 12.17, 11.0, True, [('NO', 60.00, 76.48), ('URAIAN', 101.13, 145.10), ('ANGGARAN', 184.03, 248.76), ('OUTPUT/KELUARAN', 346.38, 458.15)]),
    (72.70, 12.17, 11.0, True, [('ANGGARA', 184.03, 240.82), ('REALISAS', 248.02, 303.00), ('%', 312.00, 322.99), ('URAIAN', 346.38, 390.35), ('TARG', 413.65, 444.58), ('REALISA', 454.78, 503.65), ('%', 512.17, 523.16)]),
    (85.45, 12.17, 11.0, True, [('N', 184.03, 191.97), ('I', 248.02, 252.29), ('ET', 413.65, 428.30), ('SI', 454.78, 465.17)]),
    (101.20, 12.17, 11.0, False, [('2.4.1', 73.15, 95.13), ('Pengadaan', 101.13, 151.80), ('Rp', 229.18, 242.01), ('Rp', 293.17, 306.00), ('100,0', 315.64, 340.38), ('Jumlah', 346.38, 378.14), ('Paket', 380.88, 405.30), ('40', 413.65, 424.64), ('Unit', 427.39, 446.92), ('40', 454.78, 465.77), ('Unit', 468.52, 488.06), ('100', 519.76, 536.25)]),
    (113.95, 12.17, 11.0, False, [('Peralatan', 101.13, 142.03), ('Dapur', 144.77, 176.53), ('7.300.250', 198.05, 242.02), ('7.300.250', 262.03, 306.00), ('0', 334.89, 340.38), ('Peralatan', 346.38, 387.28)]),
    (126.70, 12.17, 11.0, False, [('Umum', 101.13, 133.32), ('Dapur', 346.38, 378.14)]),
    (139.45, 12.17, 11.0, False, [('Umum', 346.38, 378.57), ('yang', 381.32, 402.69)]),
    (152.20, 12.17, 11.0, False, [('dibeli', 346.38, 393.39)]),
    (166.45, 12.17, 11.0, False, [('2.4.2', 73.15, 95.13), ('Pengadaan', 101.13, 151.80), ('Rp', 229.18, 242.01), ('Rp', 293.17, 306.00), ('85,85', 315.64, 340.38), ('Jumlah', 346.38, 378.14), ('Paket', 380.88, 405.30), ('1.500', 413.65, 438.38), ('1.500', 454.78, 479.52), ('Unit', 482.26, 501.80), ('100', 519.76, 536.25)]),
    (179.20, 12.17, 11.0, False, [('Bahan', 101.13, 129.22), ('Habis', 131.96, 168.61), ('21.400.300', 192.55, 242.02), ('18.370.150', 256.54, 306.00), ('Bahan', 346.38, 374.47), ('Unit', 413.65, 433.18)]),
    (191.95, 12.17, 11.0, False, [('Pakai', 101.13, 131.66), ('Habis', 346.38, 383.03)]),
    (204.70, 12.17, 11.0, False, [('Pakai', 346.38, 376.91), ('yang', 379.65, 401.02)]),
    (217.45, 12.17, 11.0, False, [('dibeli', 346.38, 393.39)]),
    (232.45, 12.17, 11.0, False, [('2.4.3', 73.15, 95.13), ('Pengadaan', 101.13, 151.80), ('Jasa', 154.55, 172.85), ('Rp', 229.18, 242.01), ('Rp', 293.17, 306.00), ('87,13', 315.64, 340.38), ('Jumlah', 346.38, 378.14), ('12', 413.65, 424.64), ('12', 454.78, 465.77), ('Laporan', 468.52, 505.14), ('100', 519.76, 536.25)]),
    (244.95, 12.17, 11.0, False, [('Peralatan', 101.13, 142.03), ('dan', 144.77, 160.65), ('90.500.400', 192.55, 242.02), ('78.850.600', 256.54, 306.00), ('Laporan', 346.38, 383.01), ('Jasa', 385.75, 404.06), ('Lapora', 413.65, 444.77)]),
    (257.70, 12.17, 11.0, False, [('Perlengkapan', 101.13, 160.96), ('Peralatan', 346.38, 387.28), ('n', 413.65, 419.15)]),
    (270.45, 12.17, 11.0, False, [('Kantor', 101.13, 131.66), ('Kantor', 346.38, 376.91)]),
    (285.45, 12.17, 11.0, False, [('2.4.4', 73.15, 95.13), ('Pengiriman', 101.13, 151.80), ('Jasa', 154.55, 172.85), ('Rp', 229.18, 242.01), ('Rp', 293.17, 306.00), ('100,0', 315.64, 340.38), ('Jumlah', 346.38, 378.14), ('Surat', 380.88, 404.08), ('1.200', 413.65, 438.38), ('1.200', 454.78, 479.52), ('Surat', 482.26, 505.46), ('100', 519.76, 536.25)]),
    (298.20, 12.17, 11.0, False, [('Surat', 101.13, 124.33), ('Dinas', 127.08, 169.81), ('60.100.200', 192.55, 242.02), ('60.100.200', 256.54, 306.00), ('0', 334.89, 340.38), ('yang', 346.38, 367.75), ('dikirim', 370.50, 402.86), ('Surat', 413.65, 436.84)]),
]


def _lines() -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
            for top, h, size, bold, words in LINES]


def test_a_gap_over_a_header_label_start_is_no_stretched_space():
    lines = _lines()
    _, stretched = header_pinned(lines)
    signs = [w for ln in lines for w in ln.words if w.text == "Rp" and w.x0 < 240]
    assert signs and not any(id(w) in stretched for w in signs)


def test_the_name_column_stays_apart_from_the_amounts():
    tables, _ = find_text_tables(_lines(), [], page_no=1, strategy="text", vocab=None)
    assert len(tables) == 1
    rows = [r.cells for r in tables[0].table.rows if r.cells[0].startswith("2.4.")]
    assert [r[1] for r in rows] == ["Pengadaan Peralatan Dapur Umum", "Pengadaan Bahan Habis Pakai",
                                    "Pengadaan Jasa Peralatan dan Perlengkapan Kantor", "Pengiriman Jasa Surat Dinas"]
    assert rows[0][2] == "Rp 7.300.250" and rows[2][3] == "Rp 78.850.600"
