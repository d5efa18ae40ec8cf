"""A table's total row read as a line of text right under it (extract/total_line.py) goes back as its last row, its
values under the table's first columns of values; a summary line ("Jumlah Anggaran : …") stays text, and a table
that already ends with its total keeps it."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink, budget_lines
from lkjip.extract.stitch import stitch_document

HEAD = ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]
BODY = [["1.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "2.360.356.076,-", "2.326.510.806,-", "98,57"],
        ["1.", "Fasilitasi Administrasi Tata Pemerintahan Desa", "9.080.204,-", "8.602.066,-", "94,73"],
        ["2.", "Fasilitasi Pengelolaan Keuangan Desa", "115.681.607,-", "104.412.627,-", "90,26"]]


def _doc(line: str, body: list[list[str]] = BODY) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="Tabel 3.7 Penyerapan Anggaran per Kegiatan", page=10),
        Table(rows=[TableRow(cells=r, page=10, is_header=k == 0) for k, r in enumerate([HEAD, *body])], page=10),
        Paragraph(text=line, page=10),
        Paragraph(text="Penyerapan anggaran tidak mencapai seratus persen karena sisa pengadaan.", page=10)])


def test_a_total_row_read_as_a_line_under_the_table_is_its_last_row():
    out = stitch_document(_doc("JUMLAH 2.476.037.683,- 2.430.923.433,- 98,18"))
    (table,) = out.tables()
    assert table.rows[-1].cells == ["", "JUMLAH", "2.476.037.683,-", "2.430.923.433,-", "98,18"]
    assert not any(p.text.startswith("JUMLAH") for p in out.paragraphs())
    lines = budget_lines(find_tables(out)[0], Sink())
    assert (lines[-1].uraian, lines[-1].anggaran, lines[-1].realisasi) == ("JUMLAH", D(2476037683), D(2430923433))


def test_a_summary_line_or_a_second_total_stays_text():
    summary = stitch_document(_doc("Jumlah Anggaran : 2.476.037.683,-"))
    assert len(summary.tables()[0].rows) == 4
    total = ["", "JUMLAH", "2.476.037.683,-", "2.430.923.433,-", "98,18"]
    own = stitch_document(_doc("Jumlah 2.476.037.683,- 2.430.923.433,- 98,18", [*BODY, total]))
    assert own.tables()[0].rows[-1].cells == total and len(own.tables()[0].rows) == 5
