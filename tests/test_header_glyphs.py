"""A scanned table's header words whose "g" OCR misread ("Proaram | Anoaaran (Ro.) | Keteranaan") are put right
before the table's kind is read (extract/header_glyphs.py, run by stitch_document): the table is a budget table,
not an unknown one lost to the report."""

from __future__ import annotations

from lkjip.extract.classify import TableKind, classify_header
from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.headers import build_columns
from lkjip.extract.stitch import stitch_document

BODY = [["1.", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Rp. 4.087.137.082", "APBD"],
        ["2.", "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "Rp. 187.697.151", "APBD"],
        ["", "Jumlah", "Rp. 4.274.834.233", ""]]


def _doc(head: list[str], strategy: str = "ocr") -> Document:
    rows = [TableRow(cells=head, page=15, bbox=(57, 100, 540, 112))] + [
        TableRow(cells=c, page=15, bbox=(57, 120 + 20 * k, 540, 136 + 20 * k)) for k, c in enumerate(BODY)]
    return Document(source_file="t.pdf", input_format="pdf",
                    blocks=[Table(rows=rows, page=15, bbox=(57, 100, 540, 196), strategy=strategy)])


def _kind(table: Table) -> TableKind:
    head = [table.rows[0].cells]
    return classify_header(head, build_columns(head, table.n_cols), in_pk=True)


def test_a_scanned_header_with_its_gs_misread_names_its_columns():
    (table,) = stitch_document(_doc(["", "Proaram", "Anoaaran (Ro.)", "Keteranaan"])).blocks
    assert table.rows[0].cells == ["", "Program", "Anggaran (Ro.)", "Keterangan"]
    assert "page 15: OCR header word fix 'Proaram' -> 'Program'" in table.warnings
    assert _kind(table) == TableKind.pk_budget
    assert [r.cells for r in table.rows[1:]] == BODY


def test_capitals_and_other_misreadings_of_g():
    (table,) = stitch_document(_doc(["NO", "PROQRAM", "ANO9ARAN", "TARYET"])).blocks
    assert table.rows[0].cells == ["NO", "PROGRAM", "ANGGARAN", "TARGET"]


def test_words_that_are_no_header_word_misread_and_text_read_tables_are_left_as_read():
    head = ["", "Paragraf", "Anggaran", "Keterangan"]
    assert stitch_document(_doc(head)).blocks[0].rows[0].cells == head
    misread = ["", "Proaram", "Anoaaran", "Keteranaan"]
    assert stitch_document(_doc(misread, strategy="lines")).blocks[0].rows[0].cells == misread


def test_a_data_row_and_a_near_miss_outside_the_gs_are_left_as_read():
    # a part without header opens with data rows: a word there is no header word, whatever it looks like; and a
    # word differing from a header word where it has no "g" ("Proaran") is no misread "g"
    data = ["1.", "Proaram Penunjang", "Rp. 4.087.137.082", "APBD"]
    assert stitch_document(_doc(data)).blocks[0].rows[0].cells == data
    near = ["", "Proaran", "Anggaran", "Keterangan"]
    assert stitch_document(_doc(near)).blocks[0].rows[0].cells == near
