"""A page break cutting a sub-row under a name merged over its sub-rows (a cascading table, its program cell
spanning the sub kegiatan rows): the first row of the next page holds the sub-row's rest in the columns that row
fills, and the merged name's rest ("… LEMBAGA ADAT DAN" | "MASYARAKAT HUKUM ADAT") in a column it leaves empty.
Each rest goes back to its own row (lkjip.extract.layout.stitch.rest_beside), no row of rests is left standing."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import stitch
from lkjip.extract.layout.words import Tail

EDGES = [60.0, 90.0, 250.0, 400.0, 560.0, 775.0]
HEAD = ["No", "Program", "Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan"]
ROW = ["4", "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN",
       "Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan", "Pembinaan Lembaga Kemasyarakatan Desa",
       "Jumlah Lembaga Kemasyarakatan yang dibina"]
SUB = ["", "", "", "Fasilitasi", "Jumlah"]


def _first(name_cut: str = ROW[1]) -> PageTable:
    rows = [TableRow(cells=HEAD, page=6, is_header=True, bbox=(60, 80, 775, 92)),
            # the program cell runs down beside the sub-row to the page's foot
            TableRow(cells=[ROW[0], name_cut, *ROW[2:]], page=6, bbox=(60, 456, 775, 533)),
            TableRow(cells=SUB, page=6, bbox=(60, 523, 775, 533))]
    tails = [Tail(c, bool(c), True) for c in SUB]
    return PageTable(Table(rows=rows, page=6), list(EDGES), 80.0, 530.0, EDGES[0], EDGES[-1], tails=tails)


def _next(name_rest: str = "MASYARAKAT HUKUM ADAT") -> PageTable:
    rows = [TableRow(cells=["", name_rest, "", "Kegiatan Tim Penggerak PKK Kecamatan",
                            "Laporan Kegiatan PKK Kecamatan"], page=7, bbox=(60, 45, 775, 80))]
    return PageTable(Table(rows=rows, page=7), list(EDGES), 45.0, 80.0, EDGES[0], EDGES[-1])


def test_each_rest_goes_back_to_its_own_row():
    first = _first()
    stitch(first, _next())
    body = [r.cells for r in first.table.rows if not r.is_header]
    assert len(body) == 2
    assert body[0][1] == "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT HUKUM ADAT"
    assert body[1] == ["", "", "", "Fasilitasi Kegiatan Tim Penggerak PKK Kecamatan",
                       "Jumlah Laporan Kegiatan PKK Kecamatan"]


def test_a_whole_name_above_takes_no_rest():
    # the merged name ended on a whole phrase: the cell beside is no rest of it, the row stands as read
    first = _first("PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN")
    stitch(first, _next("Program Lain Berikutnya"))
    body = [r.cells for r in first.table.rows if not r.is_header]
    assert body[0][1] == "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN"
    assert len(body) == 3
