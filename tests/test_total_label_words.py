"""A total row whose name cell holds, before its label, the end of the last program's name (cut by a page break
and read onto the total's line: "Desa Total") gives those words back to the program (issue #12)."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink, budget_lines


def _lines(rows: list[list[str]]):
    table = Table(rows=[TableRow(cells=r) for r in rows])
    doc = Document(source_file="t.pdf", input_format="pdf",
                   blocks=[Paragraph(text="Tabel 3.6 Realisasi Anggaran Kecamatan Contoh"), table])
    (ft,) = find_tables(doc)
    return budget_lines(ft, Sink())


HEAD = [["Program", "Anggaran", "Realisasi", "%"]]
PROGRAMS = [["Program Penunjang Urusan Pemerintahan", "Rp 2.000.000", "Rp 1.900.000", "95,00 %"],
            ["Program Pembinaan dan Pengawasan Pemerintahan", "Rp 500.000", "Rp 400.000", "80,00 %"]]


def test_words_before_a_closing_totals_label_end_the_name_above():
    lines = _lines(HEAD + PROGRAMS + [["Desa Total", "Rp 2.500.000", "Rp 2.300.010", "92,00 %"]])
    assert [x.uraian for x in lines] == ["Program Penunjang Urusan Pemerintahan",
                                         "Program Pembinaan dan Pengawasan Pemerintahan Desa", "Total"]
    assert lines[-1].anggaran == D(2_500_000)


def test_a_row_named_with_total_that_closes_no_sum_keeps_its_name():
    lines = _lines(HEAD + PROGRAMS + [["Pengadaan Total", "Rp 300.000", "Rp 300.000", "100,00 %"]])
    assert lines[-1].uraian == "Pengadaan Total"
    assert lines[-2].uraian == "Program Pembinaan dan Pengawasan Pemerintahan"
