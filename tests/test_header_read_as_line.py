"""A table's header row read as a line of text over it (issue #12): "Program Anggara n (Rp.)" printed as a paragraph
over a two-column table of program names and amounts left without a header. The line is cut into the table's
columns where the header it gives names what each column holds (a name over text, money over amounts), and put
back as the header row (lkjip.extract.header_line): the table is a budget table again. A sentence over a table, or
a line whose cut names columns the values do not fill, stays text."""

from __future__ import annotations

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.header_line import header_cut
from lkjip.extract.stitch import stitch_document

ROWS = [["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Rp. 2.525.442.492"],
        ["Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Rp. 15.279.011"],
        ["Program Pemberdayaan Masyarakat Desa dan Kelurahan", "Rp. 73.593.494"],
        ["Jumlah", "Rp. 2.662.394.679"]]


def _found(line: Paragraph):
    blocks = [Paragraph(text="Tabel II.3 Program dan Anggaran", page=9), line,
              Table(rows=[TableRow(cells=list(r), page=9) for r in ROWS], page=9)]
    doc = stitch_document(Document(source_file="t.pdf", input_format="pdf", blocks=blocks))
    return doc, find_tables(doc)


def test_a_header_row_read_as_a_line_of_text_heads_its_table_again():
    doc, (ft,) = _found(Paragraph(text="Program Anggara n (Rp.)", lines=["Program Anggara", "n (Rp.)"], page=9))
    assert ft.kind is TableKind.budget and ft.label == "Tabel II.3"
    assert ft.table.rows[0].cells == ["Program", "Anggara n (Rp.)"] and ft.table.rows[0].is_header
    assert [p.text for p in doc.paragraphs()] == ["Tabel II.3 Program dan Anggaran"]


def test_a_sentence_over_the_table_stays_text():
    doc, found = _found(Paragraph(text="Program dan anggaran tahun 2022 sebagai berikut:", page=9))
    assert len(doc.paragraphs()) == 2 and found[0].kind is TableKind.unknown


def test_a_line_naming_columns_the_values_do_not_fill_is_no_header():
    table = Table(rows=[TableRow(cells=list(r), page=9) for r in ROWS], page=9)
    assert header_cut("Anggaran Program", table) is None  # money over the names, a name over amounts
    assert header_cut("Program Anggara n (Rp.)", table) == ["Program", "Anggara n (Rp.)"]
