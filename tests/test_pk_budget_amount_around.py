"""A PK budget part whose amount and funding-source columns were read as one ("Anggaran Keterangan"), its amounts
wrapped in the narrow column around the source's word ("3.368.08 APBD 2.214,00"), reads each amount whole and
the source apart (records_pk._amount_out_of_sumber); a head with no tail stays raw, never a smaller amount; the
tail of the last row's amount read as a line of text under the table goes back to its cell (amount_rest)."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink
from lkjip.extract.records_pk import pk_budgets
from lkjip.extract.stitch import stitch_document

ROWS = [["1 Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "3.368.08 APBD 2.214,00"],
        ["2 Penyelenggaraan Pemerintahan dan Pelayanan Publik", "67.126.6 APBD 10,00"],
        ["3 Koordinasi Ketenteraman dan Ketertiban Umum", "136.207. APBD"]]


def _doc(tail: str | None) -> Document:
    y = 300.0
    rows = [TableRow(cells=["Program", "Anggaran Keterangan"], page=5, bbox=(60, y, 530, y + 10), is_header=True)]
    for i, cells in enumerate(ROWS):
        top = y + 20 * (i + 1)
        rows.append(TableRow(cells=cells, page=5, bbox=(60, top, 530, top + 18)))
    table = Table(rows=rows, page=5, bbox=(60, y, 530, y + 80), strategy="ocr")
    blocks = [Paragraph(text="LAMPIRAN PERJANJIAN KINERJA TAHUN 2023", page=5, bbox=(200, 250, 400, 260)), table]
    if tail is not None:
        blocks.append(Paragraph(text=tail, page=5, bbox=(420, y + 81, 470, y + 90)))
    blocks.append(Paragraph(text="Sukamaju, 10 Januari 2023", page=5, bbox=(350, 420, 500, 430)))
    return Document(source_file="t", input_format="pdf", blocks=blocks, ocr_pages=[5])


def _budgets(tail: str | None):
    (ft,) = [f for f in find_tables(stitch_document(_doc(tail))) if f.kind.value == "pk_budget"]
    return pk_budgets(ft, Sink())


def test_amounts_wrapped_around_the_funding_source_read_whole():
    got = _budgets(None)
    assert [(b.anggaran, b.sumber_dana) for b in got[:2]] == [(D("3368082214.00"), "APBD"), (D("67126610.00"), "APBD")]


def test_a_cut_head_with_no_tail_stays_raw():
    third = _budgets(None)[2]
    assert third.anggaran is None and third.anggaran_text == "136.207." and third.sumber_dana == "APBD"


def test_the_tail_read_as_a_line_under_the_table_goes_back():
    third = _budgets("988,00")[2]
    assert (third.anggaran, third.sumber_dana) == (D("136207988.00"), "APBD")


def test_a_number_line_that_makes_no_whole_amount_stays_text():
    doc = stitch_document(_doc("2023"))
    assert any(isinstance(b, Paragraph) and b.text == "2023" for b in doc.blocks)
