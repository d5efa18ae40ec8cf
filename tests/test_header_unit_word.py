"""A header whose last label ("%") a reader set into the cell before it ("REALISASI %"), the values of the "%"
column under no header: the label moves over its values, so the output percent is read (extract/headers.py)."""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.headers import align_header
from lkjip.extract.records import Sink, budget_lines

HEAD = [["NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN", "", "", ""],
        ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI %", ""]]
BODY = [["1", "PROGRAM PENUNJANG", "2.525.442.492,-", "2.371.586.698,-", "93,91", "Persentase layanan", "100%",
         "98.8%", "98.8"],
        ["1.1", "Penyusunan Dokumen", "1.101.285,-", "1.101.050,-", "99,98", "Jumlah Dokumen", "2 Dokumen",
         "2 Dokumen", "100"]]


def test_the_percent_label_moves_over_its_values():
    assert align_header(HEAD, BODY)[1][7:] == ["REALISASI", "%"]
    lines = budget_lines(found_table(HEAD + BODY, "Lampiran 3 Rincian Anggaran per kegiatan", header_rows=2), Sink())
    assert [(x.output_realisasi, x.output_persen) for x in lines] == [(D("98.8"), D("98.8")), (D(2), D(100))]


def test_a_label_over_an_empty_column_stays():
    body = [r[:8] + [""] for r in BODY]
    assert align_header(HEAD, body)[1][7:] == ["REALISASI %", ""]
