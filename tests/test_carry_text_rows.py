"""A borderless table of text only runs on over a page break (#12).

A cascading table prints names and indicators in every cell and no number; split by a page break inside a row
and printed without a repeated header (or its header on an earlier page), the page shows rows of wrapped text
and nothing to tell a body by. Its columns were not lent to the next page (:func:`~lkjip.extract.layout.carry.
ending_table` wanted a number or a marked header), so the rest of the last row atop the next page (a few lines in
the last columns) fell out as paragraphs, and the caption printed under the table no longer stood right under
it: the whole table lost its name. Rows of several lines each, three of them or more, are a body.
Synthetic lines: words of 5 pt per letter, 3 pt apart, 10 pt high.
"""

from __future__ import annotations

from line_builders import cell_words

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.carry import ending_table
from lkjip.extract.layout.geometry import Word, lines_from_words
from lkjip.extract.layout.page import read_page_layout

COLS = (60.0, 200.0, 340.0, 480.0)
ROWS = [
    [("Meningkatnya kualitas", "Menurunnya gangguan", "PROGRAM KOORDINASI", "Jumlah laporan"),
     ("pelayanan publik", "ketenteraman umum", "KETENTERAMAN", "koordinasi yang"), ("kecamatan", "", "UMUM", "tersusun")],
    [("Meningkatnya tata", "Meningkatnya kualitas", "PROGRAM PEMBINAAN", "Jumlah dokumen"),
     ("kelola desa", "tata kelola desa", "PEMERINTAHAN DESA", "keuangan desa"), ("", "", "", "yang difasilitasi")],
    [("Meningkatnya keaktifan", "Meningkatnya lembaga", "PROGRAM PEMBERDAYAAN", "Jumlah lembaga"),
     ("lembaga desa", "kemasyarakatan aktif", "LEMBAGA ADAT", "kemasyarakatan yang"), ("", "", "", "dibina")],
    [("Menciptakan wilayah", "Menurunnya gangguan", "PROGRAM PENEGAKAN", "Jumlah laporan"),
     ("yang aman", "ketertiban umum", "PERATURAN DAERAH", "koordinasi/sinergi"), ("", "", "", "dengan perangkat")],
]


def _page_one() -> list[Word]:
    words = cell_words(560, (60, "Kinerja diturunkan secara berjenjang sebagaimana tabel berikut:"))
    top = 590.0
    for row in ROWS:
        for line in row:
            words += cell_words(top, *((x, t) for x, t in zip(COLS, line, strict=True) if t))
            top += 12.0
        top += 8.0
    return words


def _page_two() -> list[Word]:
    words = cell_words(60, (340, "DAN KETERTIBAN"), (480, "daerah yang"))
    words += cell_words(72, (480, "tugasnya di bidang"))
    words += cell_words(84, (480, "ketertiban"))
    words += cell_words(120, (60, "Tabel 1.2 Cascading Kecamatan Mekarwangi Tahun 2022"))
    words += cell_words(150, (60, "F. PETA PROSES BISNIS KECAMATAN"))
    return words


def test_a_table_of_wrapped_text_rows_ending_a_page_lends_its_columns_to_the_next():
    res = read_page_layout(1, 842.0, _page_one(), [], lines_from_words, ruled=False)
    assert len(res.tables) == 1
    assert ending_table(res) is res.tables[0]


def _read(pages: list[list[Word]]) -> list:
    """Pages read as ``read_pdf.lay_out`` reads them: a borderless table ending a page lends its columns to the
    next (``carry``), then the pages assembled."""
    results, carry = [], None
    for number, words in enumerate(pages, start=1):
        res = read_page_layout(number, 842.0, words, [], lines_from_words, ruled=False, carry=carry)
        results.append(res)
        carry = ending_table(res)
    return assemble(results)


def test_the_last_rows_rest_atop_the_next_page_goes_into_the_table():
    blocks = _read([_page_one(), _page_two()])
    tables = [b for b in blocks if isinstance(b, Table)]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert len(tables) == 1
    assert not any("daerah yang" in t for t in texts)
    assert tables[0].rows[-1].cells[-1].endswith("ketertiban")
    assert blocks.index(tables[0]) == len(blocks) - 3  # the caption stands right under the table


def test_a_header_of_two_lines_alone_at_a_page_foot_lends_nothing():
    words = cell_words(760, (60, "Tujuan"), (200, "Sasaran"), (340, "Program"), (480, "Indikator"))
    words += cell_words(772, (60, "Renstra"), (200, "Strategis"), (340, "Kegiatan"), (480, "Kinerja"))
    res = read_page_layout(1, 842.0, words, [], lines_from_words, ruled=False)
    assert ending_table(res) is None


def test_a_page_of_text_rows_running_on_reads_its_own_columns():
    # the next page holds whole rows of the table down to its foot (no blank, caption or sentence after them):
    # they show their own columns, the few rows of the page before are no better guide
    res = read_page_layout(1, 842.0, _page_one(), [], lines_from_words, ruled=False)
    carry = ending_table(res)
    words, top = [], 60.0
    for row in ROWS * 3:
        for line in row:
            words += cell_words(top, *((x, t) for x, t in zip(COLS, line, strict=True) if t))
            top += 12.0
        top += 8.0
    nxt = read_page_layout(2, 842.0, words, [], lines_from_words, ruled=False, carry=carry)
    assert nxt.tables and not nxt.tables[0].carried
