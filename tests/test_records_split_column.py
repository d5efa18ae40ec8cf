"""An output column a reader cut in two (values aligned differently row by row: "100%" left, "1 Dokumen" right),
the header's label over one half and nothing over the other: the halves join, and the "%" right of them keeps the
group its header spans (issue #12)."""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.records import Sink, budget_lines

HEAD = [["NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN", "", "", "", ""],
        ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI", "", "%"]]


def _lines(body: list[list[str]]):
    return budget_lines(found_table(HEAD + body, "Lampiran 3 Rincian Anggaran per kegiatan", header_rows=2), Sink())


BODY = [["1", "PROGRAM PENUNJANG", "3.407.516.856,00", "3.136.761.767,00", "92,05", "Persentase layanan", "100%", "",
         "96%", "96"],
        ["1.1", "Penyusunan Dokumen", "85.371.926", "85.371.926", "100,00", "Jumlah Dokumen", "1 Dokumen",
         "1 Dokumen", "", "100"],
        ["1.2", "Koordinasi Dokumen", "7.537.982", "7.537.982", "100,00", "Jumlah Dokumen", "2 Dokumen", "",
         "2 Dokumen", "100"]]


def test_an_output_column_cut_in_two_joins_and_its_percent_keeps_its_group():
    lines = _lines(BODY)
    assert [(x.output_realisasi, x.output_persen) for x in lines] == [(D(96), D(96)), (D(1), D(100)), (D(2), D(100))]


def test_an_unnamed_column_with_values_beside_the_named_ones_stays_apart():
    body = [list(r) for r in BODY]
    body[1][8] = "7"  # a value beside the named column's own: another column
    lines = _lines(body)
    assert lines[0].output_realisasi is None
