"""A borderless table read from the text layer (lkjip.extract.layout.borderless), from the glyph positions of a
real rendering (issue #12): a Chromium PDF of a budget table in 6.5 pt monospace, cells aligned right, names in
narrow columns wrapping over several lines.

Each line is (top, [(word, x0, x1), ...]); every word is 7.4 pt high.
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word

# the top of a page of Lampiran 3: a header of two lines, the total, a program, a kegiatan, a sub kegiatan whose
# output ("Jumlah Dokumen Perencanaan Perangkat Daerah") wraps onto two lines of its own, the next sub kegiatan
BUDGET_PAGE_TOP = [
    (43.3, [('NO', 45.8, 53.5), ('URAIAN', 100.7, 124.0), ('ANGGARAN', 324.9, 356.0), ('OUTPUT/KELUARAN', 527.0, 585.4)]),
    (53.1, [('ANGGARAN', 324.9, 356.0), ('REALISASI', 401.4, 436.5), ('%', 477.9, 481.8), ('URAIAN', 527.0, 550.4), ('TARGET', 634.1, 657.5), ('REALISASI', 689.0, 724.1), ('%', 757.9, 761.8)]),
    (62.8, [('BELANJA', 256.5, 283.8), ('LANGSUNG', 287.7, 318.8), ('Rp.', 329.2, 340.9), ('2.662.394.679', 344.8, 395.4), ('Rp.', 405.7, 417.4), ('2.508.522.923', 421.3, 471.9), ('94,22', 501.5, 521.0)]),
    (71.8, [('I.', 86.9, 94.7), ('PROGRAM', 147.4, 174.7), ('PENUNJANG', 178.6, 213.7), ('URUSAN', 217.6, 240.9), ('PEMERINTAHAN', 244.8, 291.6), ('DAERAH', 295.5, 318.9), ('Rp.', 329.2, 340.9), ('2.525.442.492', 344.8, 395.4), ('Rp.', 405.7, 417.4), ('2.371.586.698', 421.3, 471.9), ('93,91', 501.5, 521.0), ('Persentase', 550.2, 589.1), ('Penunjang', 593.0, 628.1), ('100%', 667.4, 683.0), ('98.8%', 732.4, 751.9), ('98.8', 781.7, 797.2)]),
    (79.3, [('KABUPATEN/KOTA', 264.3, 318.8), ('Urusan', 554.1, 577.4), ('Pemerintahan', 581.3, 628.1)]),
    (86.8, [('Daerah', 534.6, 558.0), ('yang', 561.9, 577.4), ('difasilitasi', 581.3, 628.1)]),
    (96.6, [('I.', 86.9, 94.7), ('Perencanaan,', 135.7, 182.5), ('Penganggaran,', 186.4, 237.0), ('dan', 240.9, 252.6), ('Evaluasi', 256.5, 287.7), ('Kinerja', 291.6, 318.8), ('Rp.', 340.9, 352.6), ('10.819.887', 356.5, 395.4), ('Rp.', 417.4, 429.1), ('10.818.075', 432.9, 471.9), ('99,98', 501.5, 521.0), ('Presentase', 550.2, 589.1), ('Penunjang', 593.0, 628.1), ('100%', 667.4, 683.0), ('100%', 736.3, 751.9), ('100', 785.6, 797.2)]),
    (104.1, [('Perangkat', 256.5, 291.6), ('Daerah', 295.5, 318.8), ('urusan', 534.6, 558.0), ('pemerintah', 561.9, 600.8), ('daerah', 604.7, 628.1)]),
    (111.6, [('yang', 561.9, 577.4), ('difasilitasi', 581.3, 628.1)]),
    (121.3, [('I.', 86.9, 94.7), ('Penyusunan', 135.7, 174.7), ('Dokumen', 178.6, 205.9), ('Perencanaan', 209.8, 252.6), ('Perangkat', 256.5, 291.6), ('Daerah', 295.5, 318.8), ('Rp.', 344.8, 356.5), ('1.101.285', 360.4, 395.4), ('Rp.', 421.3, 433.0), ('1.101.050', 436.8, 471.9), ('99,98', 501.5, 521.0), ('Jumlah', 573.5, 596.9), ('Dokumen', 600.8, 628.1), ('2', 647.9, 651.8), ('Dokumen', 655.7, 683.0), ('2', 716.8, 720.7), ('Dokumen', 724.6, 751.9), ('100', 785.6, 797.2)]),
    (128.8, [('Perencanaan', 546.3, 589.1), ('Perangkat', 593.0, 628.1)]),
    (136.3, [('Daerah', 604.7, 628.1)]),
    (145.3, [('II.', 83.0, 94.6), ('Koordinasi', 155.2, 194.2), ('dan', 198.1, 209.8), ('Penyusunan', 213.7, 252.6), ('Dokumen', 256.5, 283.8), ('RKA-SKPD', 287.7, 318.8), ('Rp.', 344.8, 356.5), ('1.481.656', 360.4, 395.4), ('Rp.', 421.3, 433.0), ('1.481.300', 436.8, 471.9), ('99,98', 501.5, 521.0), ('Jumlah', 538.5, 561.9), ('Dokumen', 565.7, 593.0), ('RKA-SKPD', 596.9, 628.1), ('1', 647.9, 651.8), ('Dokumen', 655.7, 683.0), ('1', 716.8, 720.7), ('Dokumen', 724.6, 751.9), ('100', 785.6, 797.2)]),
    (152.8, [('dan', 561.9, 573.5), ('Laporan', 577.4, 604.7), ('Hasil', 608.6, 628.1)]),
    (160.3, [('Koordinasi', 546.3, 585.2), ('Penyusunan', 589.1, 628.1)]),
    (167.8, [('Dokumen', 565.7, 593.0), ('RKA-SKPD', 596.9, 628.1)]),
]


def _lines(spec) -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + 7.4, size=6.5) for t, x0, x1 in words]) for top, words in spec]


def test_a_wrapped_output_line_does_not_end_the_table():
    # the output cell's last lines stand alone in their column, far from the channels that a target printed with
    # its unit ("2 Dokumen") crossed above (white under "TARGET" and "100%"): they close no channel, the table
    # goes on
    tables, rest = find_text_tables(_lines(BUDGET_PAGE_TOP), page_no=25)
    assert len(tables) == 1 and rest == []
    rows = [" ".join(c for c in r.cells if c) for r in tables[0].table.rows]
    assert any(r.startswith("II.") and "1.481.656" in r and "1.481.300" in r for r in rows)
    output = next(r for r in rows if "1.101.285" in r)
    assert "Jumlah Dokumen Perencanaan Perangkat Daerah" in output
