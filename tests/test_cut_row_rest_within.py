"""The rest of a row a page break cut, cut itself into rows by the next page's reader (no rule between rows; a line
where two cells open with capitals read as a row's start): the rows that start above the rest's last line, fill
only its columns, carry no key and run on mid-phrase are more of the rest (extract/cut_row_rest.py
``rest_within``, through lkjip.extract.layout.stitch.stitch)."""

from __future__ import annotations

from lkjip.extract.cut_row_rest import rest_within
from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import stitch
from lkjip.extract.layout.words import Tail

HEAD = ["No", "Sasaran", "Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan"]
ABOVE = [HEAD,
         ["1", "Meningkatnya kualitas pelayanan", "Koordinasi Pemeliharaan Sarana Umum",
          "Pemeliharaan Prasarana Pelayanan Umum", "Jumlah Prasarana Umum yang Dipelihara"],
         ["2", "Meningkatnya tata kelola peme", "Fasilitasi, Rekomendasi dan Koordinasi",
          "Fasilitasi Tata Pemerintahan Desa", "Jumlah Dokumen Administrasi Tata"]]


def _part(rows: list[tuple[list[str], float, float]], page: int, header: bool = False) -> PageTable:
    table = Table(rows=[TableRow(cells=list(c), page=page, bbox=(57.0, top, 528.0, bottom), is_header=header and k == 0)
                        for k, (c, top, bottom) in enumerate(rows)], page=page, strategy="ocr")
    edges = [57.0, 80.0, 190.0, 300.0, 410.0, 528.0]
    return PageTable(table=table, col_edges=edges, top=57.0, bottom=780.0, x0=edges[0], x1=edges[-1],
                     tails=[Tail(c.split()[-1] if c else "", True) for c in rows[-1][0]])


def _first() -> PageTable:
    return _part([(c, 100.0 + 120 * k, 200.0 + 120 * k) for k, c in enumerate(ABOVE)], 12, header=True)


NEXT_ROW = (["", "", "", "Fasilitasi Pengelolaan Keuangan Desa", "Jumlah Dokumen Keuangan Desa"], 302.0, 380.0)


def test_rows_read_inside_the_rest_are_joined_to_it():
    cont = _part([(HEAD, 57.0, 123.0),
                  (["", "rintahan desa", "dan Pembinaan dan", "", "Pemerintahan"], 143.0, 251.8),
                  (["", "", "Pengawasan Pemerintahan Desa", "", "Desa"], 215.8, 295.0),
                  NEXT_ROW], 13, header=True)
    first = _first()
    stitch(first, cont)
    rows = first.table.rows
    assert rows[2].cells[2] == "Fasilitasi, Rekomendasi dan Koordinasi dan Pembinaan dan Pengawasan Pemerintahan Desa"
    assert rows[2].cells[4] == "Jumlah Dokumen Administrasi Tata Pemerintahan Desa"
    assert [r.cells for r in rows[3:]] == [NEXT_ROW[0]]


def test_a_row_starting_under_the_rest_or_opening_afresh_is_a_row_of_its_own():
    below = (["", "", "Pengawasan Pemerintahan Desa", "", "Desa"], 260.0, 295.0)  # under the rest's last line
    fresh = (["", "", "", "Fasilitasi Pemilihan Kepala Desa", "Jumlah Dokumen Pemilihan"], 215.8, 295.0)
    for row in (below, fresh):
        cont = _part([(HEAD, 57.0, 123.0), (["", "rintahan desa", "dan Pembinaan dan", "", "Pemerintahan"],
                                            143.0, 251.8), row], 13, header=True)
        first = _first()
        stitch(first, cont)
        assert first.table.rows[-1].cells == row[0]


def test_a_row_of_dashes_under_amounts_printed_with_a_dash_is_a_sub_row():
    # the rest holds the amounts (printed "19.411.804,-"); the sub-row under it, no value of its own, dashes
    rest = [TableRow(cells=["", "pemerintahan yang baik", "", "19.411.804,-", "17.031.619,-"], page=8,
                     bbox=(57.0, 90.0, 528.0, 120.0)),
            TableRow(cells=["", "", "", "-", "-"], page=8, bbox=(57.0, 100.0, 528.0, 112.0))]
    assert rest_within(rest) == 0
    rest[1].cells = ["", "dan desa", "", "", ""]
    assert rest_within(rest) == 1


def test_a_row_holding_an_amount_however_printed_is_no_rest():
    """A row with digits carries a value of its own ("Rp 1.500.000" reads as words to a bare-number check)."""
    def row(cells: list[str], top: float, bottom: float) -> TableRow:
        return TableRow(cells=cells, page=8, bbox=(57.0, top, 528.0, bottom))

    rest = [row(["", "pelayanan yang cepat dan", "", "Rp 12.345.678", "Rp 10.987.654"], 90, 130),
            row(["", "tertib arsip", "", "Rp 2.000.000", "Rp 1.500.000"], 100, 112)]
    assert rest_within(rest) == 0
    rest = [row(["", "pelayanan", "", "12.345.678,-", ""], 90, 130), row(["", "", "", "Rp. 2.000.000,-", ""], 100, 112)]
    assert rest_within(rest) == 0
