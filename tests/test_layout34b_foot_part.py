"""A table split into parts without a header repeated, the next part's first rows cut at a page's foot.

An empty paragraph under the table, then many lines of text in the last columns only (the other cells merged
down into the rows above) running to the page's foot; the rest of the last cell opens the next page on a short
line above that page's part, which may lack a column its first rows leave empty. The lines are read with the
columns of the table above them (lkjip.extract.layout.carry.foot_run_on): each lies in those columns, and the
next page's part is cut into them.
"""

from __future__ import annotations

from test_casc_stitch_rows import _lines as _line
from test_casc_stitch_rows import _page
from test_casc_stitch_rows import _text_part as _part

from lkjip.extract.document import Table
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.page import PageResult

#: a cut row: two sub kegiatan (their cells in the last two columns), each cell wrapped over several lines
_FOOT = [("Fasilitasi", "Jumlah"), ("pengelolaan", "Dokumen yang"), ("keuangan desa", "Difasilitasi"),
         ("dan aset", "dalam rangka"), ("desa", "Pengelolaan"), ("", "Keuangan Desa"), ("Fasilitasi", "Jumlah"),
         ("pemilihan", "Dokumen"), ("", "Fasilitasi"), ("", "Pemilihan")]


def _pages(*, lines_above: bool = True, fewer_columns: bool = True) -> list[PageResult]:
    top = _part([["1", "Meningkatnya tata", "Fasilitasi Tata", "Jumlah Dokumen"],
                 ["2", "", "Fasilitasi Kerja", "Jumlah Laporan"]], 3, [50.0, 80.0, 200.0, 330.0, 460.0],
                [(70.0, 90.0), (190.0, 210.0), (320.0, 340.0)], top=500.0)
    foot = [_line(560.0 + 12 * k, *[(x, text) for x, text in zip((205.0, 335.0), cells, strict=True) if text])
            for k, cells in enumerate(_FOOT)]
    above = [_line(60.0, (335.0, "Kepala Desa"))] if lines_above else []
    rows = [["", "Fasilitasi Peraturan", "Jumlah Dokumen"], ["Penurunan gangguan", "Koordinasi upaya", "Jumlah Laporan"]]
    if fewer_columns:  # its first rows hold no number: the page's text shows no number column
        nxt = _part(rows, 4, [80.0, 200.0, 330.0, 460.0], [(190.0, 210.0), (320.0, 340.0)], top=80.0)
    else:
        nxt = _part([["", *r] for r in rows], 4, [50.0, 80.0, 200.0, 330.0, 460.0],
                    [(70.0, 90.0), (190.0, 210.0), (320.0, 340.0)], top=80.0)
    return [_page(3, top, lines=foot), _page(4, nxt, lines=above)]


def _tables(blocks) -> list[list[list[str]]]:
    return [[r.cells for r in b.rows] for b in blocks if isinstance(b, Table)]


def test_many_lines_in_the_last_columns_at_a_pages_foot_are_the_next_parts_rows():
    # a part of its own under the table (joined to it, as every part the author split off, by the document's
    # stitch); the line above the next page's part is the rest of its last cell, left between the two parts
    blocks = assemble(_pages())
    tables = _tables(blocks)
    assert len(tables) == 3
    assert tables[1] == [["", "", "Fasilitasi pengelolaan keuangan desa dan aset desa",
                          "Jumlah Dokumen yang Difasilitasi dalam rangka Pengelolaan Keuangan Desa"],
                         ["", "", "Fasilitasi pemilihan", "Jumlah Dokumen Fasilitasi Pemilihan"]]
    assert [b.text for b in blocks if not isinstance(b, Table)] == ["Kepala Desa"]


def test_the_same_rows_over_a_next_part_with_all_the_columns_and_no_line_above_it():
    tables = _tables(assemble(_pages(lines_above=False, fewer_columns=False)))
    assert len(tables) == 2
    assert [r[2] for r in tables[1]] == ["Fasilitasi pengelolaan keuangan desa dan aset desa", "Fasilitasi pemilihan",
                                         "Fasilitasi Peraturan", "Koordinasi upaya"]


def test_lines_running_across_the_tables_columns_stay_text():
    pages = _pages()
    pages[0].lines = [_line(560.0 + 12 * k, (100.0, "Tabel di atas menunjukkan keselarasan program dengan sasaran"))
                      for k in range(8)]
    assert len(_tables(assemble(pages))) == 2


def test_lines_under_a_two_column_list_stay_text():
    # a list of tables (name, page) ending a page, ten lines under it, the next page's list under "Halaman": any
    # line fits the one channel of two columns, so the many lines are not read as its rows
    top = _part([["Tabel 2.1 Rencana Strategis", "12"], ["Tabel 2.2 Perjanjian Kinerja", "14"]], 1,
                [50.0, 300.0, 460.0], [(290.0, 320.0)], top=500.0)
    foot = [_line(560.0 + 12 * k, (55.0, f"Tabel 3.{k} Capaian"), (335.0, f"{20 + k}")) for k in range(10)]
    nxt = _part([["Tabel 4.1 Anggaran", "40"], ["Tabel 4.2 Realisasi", "41"]], 2, [50.0, 300.0, 460.0],
                [(290.0, 320.0)], top=80.0)
    blocks = assemble([_page(1, top, lines=foot), _page(2, nxt, lines=[_line(60.0, (335.0, "Halaman"))])])
    assert len(_tables(blocks)) == 2
