"""A row opening the next page: the rest of a row the page break cut, or a row of its own (extract/layout/stitch.py)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import stitch
from lkjip.extract.layout.words import Tail

HEAD = ["No", "Program", "Kegiatan", "Indikator Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan"]
EDGES = [40.0, 70.0, 160.0, 250.0, 340.0, 430.0, 520.0]
#: a cascading table: a group row, then sub-rows under its cells merged down (they fill the last columns only)
ABOVE = [
    ["", "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan",
     "Persentase pembinaan dan pengawasan desa yang difasilitasi", "Fasilitasi Penyusunan Peraturan Desa",
     "Jumlah Dokumen yang Difasilitasi dalam rangka Penyusunan Peraturan Desa"],
    ["", "", "", "", "Fasilitasi Tata Pemerintahan Desa",
     "Jumlah Dokumen yang Difasilitasi dalam rangka Administrasi Tata Pemerintahan Desa"],
]


def _part(rows: list[list[str]], page: int, head: bool = False) -> PageTable:
    trs = [TableRow(cells=HEAD, page=page, is_header=True)] if head else []
    trs += [TableRow(cells=list(r), page=page) for r in rows]
    running = [Tail(c.rsplit(" ", 1)[-1] if c else "", False, bool(c)) for c in rows[-1]]
    return PageTable(Table(rows=trs, page=page), list(EDGES), 60.0, 780.0, EDGES[0], EDGES[-1], tails=running)


def _stitched(above: list[list[str]], below: list[list[str]]) -> list[list[str]]:
    first = _part(above, 13, head=True)
    stitch(first, _part(below, 14))
    return [r.cells for r in first.table.rows if not r.is_header]


def test_sub_row_opening_the_next_page_is_a_row_of_its_own():
    """"Fasilitasi pengelolaan …" | "Jumlah Dokumen …" opens page 14 below a sub-row whose cells hold whole names,
    both running down to the page break: its cells open as cells of their columns do above, so it is a new row."""
    new = ["", "", "", "", "Fasilitasi pengelolaan keuangan desa dan pendayagunaan aset desa",
           "Jumlah Dokumen yang Difasilitasi dalam rangka Pengelolaan Keuangan Desa"]
    assert _stitched(ABOVE, [new]) == [*ABOVE, new]


def test_rest_of_a_row_in_title_case_is_still_joined():
    """A rest in title case whose words open no cell of its column above ("Keuangan Desa …") is the cut row's rest;
    so is one below cells the break left after two words ("Fasilitasi Pengelolaan" | "Jumlah Dokumen")."""
    cut = ["", "", "", "", "Fasilitasi Pengelolaan", "Jumlah Dokumen"]
    rest = ["", "", "", "", "Keuangan Desa dan Pendayagunaan Aset Desa", "Keuangan Desa yang difasilitasi"]
    rows = _stitched([*ABOVE, cut], [rest])
    assert rows[-1][4:] == ["Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa",
                            "Jumlah Dokumen Keuangan Desa yang difasilitasi"]
    # the same rest opening with words that open cells above, below two-word cells: still the rest
    rest2 = ["", "", "", "", "Fasilitasi Desa dan Pendayagunaan Aset Desa", "Jumlah Desa yang difasilitasi"]
    assert len(_stitched([*ABOVE, cut], [rest2])) == 3


def test_single_cell_rest_in_title_case_is_joined():
    """One cell running on ("Pengelolaan Keuangan Desa") below a cell cut after "dalam rangka": joined."""
    cut = ["", "", "", "", "Fasilitasi pengelolaan keuangan desa",
           "Jumlah Dokumen yang Difasilitasi dalam rangka"]
    rows = _stitched([*ABOVE, cut], [["", "", "", "", "", "Pengelolaan Keuangan Desa"]])
    assert len(rows) == 3 and rows[-1][5].endswith("dalam rangka Pengelolaan Keuangan Desa")


def test_a_part_read_doubtfully_makes_the_stitched_table_doubtful():
    """A continuation part whose reading is doubtful (OCR unsure of its amounts) passes its doubt on with its
    rows and warnings: flags built on the stitched table must stay uncertain warnings, not errors."""
    first = _part(ABOVE, 13, head=True)
    cont = _part([["", "", "", "", "Fasilitasi pengelolaan keuangan desa", "Jumlah Dokumen yang Difasilitasi"]], 14)
    cont.table.doubt = "OCR tidak yakin pada 2 angka di hal. 14 (mis. '1.2O4')"
    stitch(first, cont)
    assert first.table.doubt == cont.table.doubt and len(first.table.rows) == 4
    # a doubt of the first part is kept, not replaced by the continuation's
    first, cont = _part(ABOVE, 13, head=True), _part(ABOVE[1:], 14)
    first.table.doubt, cont.table.doubt = "bagian pertama", "bagian kedua"
    stitch(first, cont)
    assert first.table.doubt == "bagian pertama"
