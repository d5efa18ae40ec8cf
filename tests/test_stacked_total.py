"""A program budget table without rules between rows whose rows a reader grouped into one, its total too
("Program A … Program B … Total | Rp 1 Rp 2 Rp 3"): the rows come apart, the total the last of them (issue #12)."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink, budget_lines


def _lines(name: str, anggaran: str, realisasi: str, persen: str):
    rows = [TableRow(cells=["Program", "Anggaran", "Realisasi", "%"], is_header=True),
            TableRow(cells=[name, anggaran, realisasi, persen])]
    doc = Document(source_file="t.pdf", input_format="pdf",
                   blocks=[Paragraph(text="Tabel 3.6 Realisasi Anggaran Kecamatan Contoh"), Table(rows=rows)])
    (ft,) = find_tables(doc)
    return budget_lines(ft, Sink())


def test_stacked_rows_closing_with_the_total_come_apart():
    lines = _lines("Program Penunjang Urusan Pemerintahan Program Pemberdayaan Masyarakat Desa Total",
                   "Rp 2.000.000 Rp 500.000 Rp 2.500.000", "Rp 1.900.000 Rp 400.000 Rp 2.300.000",
                   "95,00 % 80,00 % 92,00 %")
    assert [(x.uraian, x.anggaran) for x in lines] == [
        ("Program Penunjang Urusan Pemerintahan", D(2_000_000)), ("Program Pemberdayaan Masyarakat Desa", D(500_000)),
        ("Total", D(2_500_000))]


def test_a_name_ending_with_total_over_as_many_amounts_as_programs_stays_as_cut():
    lines = _lines("Program Penunjang Urusan Total Program Pemberdayaan Masyarakat Desa",
                   "Rp 2.000.000 Rp 500.000", "Rp 1.900.000 Rp 400.000", "95,00 % 80,00 %")
    assert [x.uraian for x in lines] == ["Program Penunjang Urusan Total", "Program Pemberdayaan Masyarakat Desa"]
