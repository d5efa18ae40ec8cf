"""A borderless table set in a smaller type than the page's text (lkjip.extract.layout.region_ends.other_type_below),
from the glyph positions of a real rendering (issue #12): a LibreOffice PDF in 9 pt monospace, side bars shaded,
amounts wrapped over two lines, the caption below the table. Under the table's last row stands a summary line in
the page's 10 pt text ("Jumlah Anggaran :   Rp …", two runs of words), a blank line below the table, then the
caption: neither is a row of the table.

Each line is (top, size, [(word, x0, x1), ...]).
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word

PAGE = [
    (57.7, 9.0, [('Program', 56.8, 94.6), ('Anggaran', 548.2, 591.4), ('Realisas', 605.9, 649.1), ('%', 663.6, 669.0)]),
    (69.4, 9.0, [('i', 605.9, 611.3)]),
    (81.2, 9.0, [('Program', 218.9, 256.7), ('Satu', 262.1, 310.7), ('Urusan', 316.1, 348.5), ('Daerah', 424.1, 456.5),
                 ('Rp', 584.3, 595.1), ('Rp', 642.0, 652.8), ('98,10', 736.8, 763.8), ('%', 769.2, 774.6)]),
    (92.9, 9.0, [('1.234.56', 551.9, 595.1), ('1.211.11', 609.6, 652.8)]),
    (104.6, 9.0, [('7.890', 568.1, 595.1), ('1.000', 625.8, 652.8)]),
    (116.3, 9.0, [('Program', 229.7, 267.5), ('Dua', 272.9, 353.9), ('Pelayanan', 451.1, 499.7), ('Publik', 505.1, 537.5),
                  ('Rp', 584.3, 595.1), ('Rp', 642.0, 652.8), ('93,80', 736.8, 763.8), ('%', 769.2, 774.6)]),
    (128.0, 9.0, [('111.222.', 551.9, 595.1), ('104.333.', 609.6, 652.8)]),
    (139.7, 9.0, [('333', 578.9, 595.1), ('444', 636.6, 652.8)]),
    (151.5, 9.0, [('Total', 510.5, 537.5), ('Rp', 584.3, 595.1), ('Rp', 642.0, 652.8), ('97,60', 736.8, 763.8),
                  ('%', 769.2, 774.6)]),
    (163.2, 9.0, [('1.345.78', 551.9, 595.1), ('1.315.44', 609.6, 652.8)]),
    (174.9, 9.0, [('9.223', 568.1, 595.1), ('4.444', 625.8, 652.8)]),
    (203.9, 10.0, [('Jumlah', 56.8, 92.8), ('Anggaran', 98.8, 146.8), (':', 152.8, 158.8), ('Rp', 164.8, 176.8),
                   ('1.345.789.223', 200.8, 278.8)]),
    (220.9, 10.0, [('Tabel', 56.8, 86.8), ('3.6', 92.8, 110.8), ('Realisasi', 116.8, 170.8), ('Anggaran', 176.8, 224.8)]),
]


def _lines(spec) -> list[TextLine]:
    # a 9 pt line with a capital or a bold-height glyph stands 8.4 pt, digits alone 6.6 pt, the 10 pt text 9.3 pt
    def height(size, words):
        return 9.3 if size > 9.5 else 8.4 if any(not t[0].isdigit() for t, _, _ in words) else 6.6
    return [TextLine([Word(t, x0, top, x1, top + height(size, words), size=size) for t, x0, x1 in words])
            for top, size, words in spec]


def test_a_summary_line_in_the_text_size_under_a_smaller_table_is_not_its_last_row():
    tables, rest = find_text_tables(_lines(PAGE), page_no=12)
    assert len(tables) == 1
    rows = [" ".join(c for c in r.cells if c) for r in tables[0].table.rows]
    assert not any("Jumlah" in r or "Tabel" in r for r in rows)
    assert [ln.text for ln in rest][:2] == ["Jumlah Anggaran : Rp 1.345.789.223", "Tabel 3.6 Realisasi Anggaran"]
