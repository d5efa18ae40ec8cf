"""A header word a narrow column broke over two lines ("Indikato" over "r") still names its column, in the
Renstra target table and the cascading table (issue #12)."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink, renstra_targets
from lkjip.extract.records_front import cascading


def _found(caption: str, rows: list[list[str]]):
    table = Table(rows=[TableRow(cells=r) for r in rows])
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[Paragraph(text=caption), table]))
    return ft


def test_renstra_indicator_header_broken_inside_its_word():
    rows = [["Misi", "Tujuan / Sasaran", "Indikato", "Kondisi Awal", "Target", "", "Kondisi"],
            ["", "", "r", "(2020)", "2021", "2022", "Akhir (2022)"],
            ["1", "Meningkatnya akuntabilitas", "Nilai SAKIP", "55,28", "58,94", "62,60", "62,60"]]
    ft = _found("Tabel 2.1 Target Kinerja Renstra", rows)
    assert ft.kind is TableKind.renstra
    got = {(t.jenis, t.tahun): (t.indikator, t.target) for t in renstra_targets(ft, Sink())}
    assert got[("target", 2021)] == ("Nilai SAKIP", D("58.94"))
    assert got[("kondisi_awal", 2020)] == ("Nilai SAKIP", D("55.28"))


def test_cascading_indicator_header_broken_inside_its_word():
    rows = [["No", "Tujuan", "Indikato r Tujuan", "Sasaran", "Indikator Sasaran", "Program", "Indikator Program",
             "Kegiatan", "Indikator Kegiatan", "Sub Kegiatan", "Indikato r Sub Kegiatan"],
            ["1", "Tujuan A", "Ind T", "Sasaran A", "Ind S", "Program A", "Ind P", "Kegiatan A", "Ind K", "Sub A",
             "Ind Sub"]]
    ft = _found("Tabel 1.2 Cascading Kinerja", rows)
    (row,) = cascading(ft)
    assert row.indikator_tujuan == "Ind T" and row.indikator_sub_kegiatan == "Ind Sub"
