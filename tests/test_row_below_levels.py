"""The next rows of a table of amounts numbered by level (a program "III." after kegiatan "I.", "II."), read as
lines of text under it: the table is doubtful, its sums' flags uncertain warnings
(:func:`lkjip.extract.row_below.row_read_below`)."""

from __future__ import annotations

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.row_below import row_read_below

HEAD = ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]
BODY = [["", "BELANJA LANGSUNG", "300.000.000,00", "290.000.000,00", "96,67"],
        ["I.", "PROGRAM SATU", "200.000.000,00", "195.000.000,00", "97,50"],
        ["I.", "Kegiatan satu", "200.000.000,00", "195.000.000,00", "97,50"],
        ["II.", "PROGRAM DUA", "40.000.000,00", "39.000.000,00", "97,50"],
        ["I.", "Kegiatan dua", "40.000.000,00", "39.000.000,00", "97,50"]]


def _blocks(text: str) -> list:
    table = Table(rows=[TableRow(cells=HEAD, is_header=True, page=4)] + [TableRow(cells=c, page=4) for c in BODY],
                  page=4, strategy="text")
    return [table, Paragraph(text=text, lines=[text], page=4)]


def test_a_level_numbered_row_with_its_amounts_read_as_text_under_the_table_makes_it_doubtful():
    blocks = _blocks("III. PROGRAM TIGA 60.000.000,00 56.000.000,00 93,33")
    assert "teks di bawah tabel" in (row_read_below(blocks, 0, set()) or "")


def test_a_sentence_with_amounts_under_the_table_is_no_row():
    blocks = _blocks("Realisasi anggaran sebesar 290.000.000,00 dari pagu 300.000.000,00 atau 96,67 persen.")
    assert row_read_below(blocks, 0, set()) is None
