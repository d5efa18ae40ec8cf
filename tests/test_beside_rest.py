"""A long name cell running down beside the total row under its own row, cut by the page break: its rest opening
the next page finishes that name, not a row after the total (extract/layout/beside_rest.py, layout/stitch.py)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.beside_rest import reaching_row
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import stitch
from lkjip.extract.layout.words import Tail

EDGES = [40.0, 180.0, 380.0, 580.0, 790.0]
HEAD = ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]


def _first(bottom_of_name: float) -> PageTable:
    rows = [TableRow(cells=HEAD, page=7, is_header=True, bbox=(40, 50, 790, 60)),
            TableRow(cells=["a.", "Penyediaan Jasa Kebersihan Gedung", "Rp 10.000", "Rp 9.000", "90,00"],
                     page=7, bbox=(40, 400, 790, 430)),
            # the name runs down past its row, beside the total row, to the page's foot
            TableRow(cells=["b.", "Pemeliharaan Sarana Air Bersih dan Sanitasi di Lingkungan", "Rp 5.000",
                            "Rp 5.000", "100,00"], page=7, bbox=(40, 440, 790, bottom_of_name)),
            TableRow(cells=["JUMLAH", "", "Rp 15.000", "Rp 14.000", "93,33"], page=7, bbox=(40, 450, 790, 458))]
    tails = [Tail(c, True, True) for c in rows[-1].cells]
    return PageTable(Table(rows=rows, page=7), list(EDGES), 40.0, 500.0, EDGES[0], EDGES[-1], tails=tails)


def _next() -> PageTable:
    rows = [TableRow(cells=["", "Kantor Kecamatan", "", "", ""], page=8, bbox=(40, 45, 790, 60))]
    return PageTable(Table(rows=rows, page=8), list(EDGES), 45.0, 60.0, EDGES[0], EDGES[-1])


def test_rest_beside_the_total_row_finishes_the_name_above_it():
    first = _first(500.0)
    stitch(first, _next())
    body = [r.cells for r in first.table.rows if not r.is_header]
    assert body[1][1] == "Pemeliharaan Sarana Air Bersih dan Sanitasi di Lingkungan Kantor Kecamatan"
    assert body[-1][0] == "JUMLAH" and len(body) == 3


def test_row_above_not_reaching_the_foot_is_left_alone():
    first = _first(470.0)
    assert reaching_row(first.table.rows, _next().table.rows[0], first.bottom) is None
