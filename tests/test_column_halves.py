"""A column of output values a reader cut in two (quantities left, percents right, under one "REALISASI"): the
headerless half goes back to its column, and the part then continues the part above it; under a spanning group
header ("OUTPUT/KELUARAN") the "%" right of the halves keeps its group (extract/column_halves.py)."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import find_tables
from lkjip.extract.column_halves import halves_joined
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink, budget_lines
from lkjip.extract.stitch import stitch_document

HEAD = [["NO", "URAIAN", "ANGGARAN", "OUTPUT", "", "", ""], ["", "", "", "URAIAN", "TARGET", "REALISASI", "%"]]
SPLIT = [["", "", "", "URAIAN", "TARGET", "REALISASI", "", "%"]]
ROWS = [["1.2", "Administrasi Keuangan", "3.621.677.003", "Persentase administrasi", "100%", "", "100%", "100"],
        ["1.2.1", "Penyediaan Gaji", "3.586.505.034", "Jumlah ASN", "17 Orang", "17 Orang", "", "100"],
        ["1.3", "Administrasi Barang", "88.544.089", "Persentase barang", "100%", "", "92,8%", "92,8"],
        ["1.3.1", "Pengamanan Barang", "88.544.089", "Jumlah Barang", "24 Unit", "24 Unit", "", "100"]]


def _table(rows: list[list[str]], page: int) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < 2) for k, r in enumerate(rows)], page=page)


def test_the_headerless_half_goes_back_to_its_column():
    t = _table([[*HEAD[0], ""], *SPLIT, *ROWS], 20)
    halves_joined(t)
    assert t.n_cols == 7
    assert [r.cells[5] for r in t.rows[2:]] == ["100%", "17 Orang", "92,8%", "24 Unit"]
    assert [r.cells[6] for r in t.rows[2:]] == ["100", "100", "92,8", "100"]


def test_the_part_then_continues_the_part_above():
    first = _table([*HEAD, ["1.1", "Perencanaan", "203.168.532", "Persentase dokumen", "100%", "100%", "100"]], 19)
    doc = Document(source_file="t", input_format="pdf",
                   blocks=[Paragraph(text="Lampiran 3 Rincian", page=19), first, _table([[*HEAD[0], ""], *SPLIT, *ROWS], 20)])
    (t,) = stitch_document(doc).tables()
    assert len(t.rows) == 2 + 1 + len(ROWS) and t.n_cols == 7


def test_two_columns_both_filled_in_a_row_stay():
    rows = [row[:6] + ["5", row[7]] for row in ROWS]  # the headerless column holds a value in every row
    t = _table([[*HEAD[0], ""], *SPLIT, *rows], 20)
    halves_joined(t)
    assert t.n_cols == 8


GROUP = [["NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN", "", "", "", ""],
         ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI", "", "%"]]
GROUP_BODY = [["1", "PROGRAM PENUNJANG", "3.407.516.856,00", "3.136.761.767,00", "92,05", "Persentase layanan", "100%",
               "", "96%", "96"],
              ["1.1", "Penyusunan Dokumen", "85.371.926", "85.371.926", "100,00", "Jumlah Dokumen", "1 Dokumen",
               "1 Dokumen", "", "100"],
              ["1.2", "Koordinasi Dokumen", "7.537.982", "7.537.982", "100,00", "Jumlah Dokumen", "2 Dokumen", "",
               "2 Dokumen", "100"]]


def _group_lines(body: list[list[str]]):
    doc = Document(source_file="t.pdf", input_format="pdf",
                   blocks=[Paragraph(text="Lampiran 3 Rincian Anggaran per kegiatan", page=10), _table(GROUP + body, 10)])
    (ft,) = find_tables(stitch_document(doc))
    return budget_lines(ft, Sink())


def test_under_a_group_header_the_halves_join_and_the_percent_keeps_its_group():
    lines = _group_lines(GROUP_BODY)
    assert [(x.output_realisasi, x.output_persen) for x in lines] == [(D(96), D(96)), (D(1), D(100)), (D(2), D(100))]


def test_an_unnamed_column_with_values_beside_the_named_ones_stays_apart():
    body = [list(r) for r in GROUP_BODY]
    body[1][8] = "7"  # a value beside the named column's own: another column
    assert _group_lines(body)[0].output_realisasi is None
