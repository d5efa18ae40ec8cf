"""The label of the budget-detail lampiran when a PDF reader glued two entries of the list of lampiran (issue #12)."""

from __future__ import annotations

from lkjip.extract.classify import rincian_label
from lkjip.extract.document import Document, Paragraph, Table, TableRow


def _doc(list_rows: list[list[str]], pointer: str) -> Document:
    table = Table(rows=[TableRow(cells=r) for r in list_rows])
    return Document(source_file="t.pdf", input_format="pdf", blocks=[table, Paragraph(text=pointer)])


def test_glued_list_entry_ending_with_the_pointers_words_numbers_the_lampiran():
    rows = [["Lampiran 1", "Penetapan Kinerja Tahun 2022 (PK 2022)"],
            ["Lampiran 2 Lampiran 3", "Penetapan Kinerja Tahun 2023 (PK 2023) Rincian Anggaran per kegiatan"]]
    # the report's own sentence points at the wrong number; the list (which doc.reference trusts) wins
    assert rincian_label(_doc(rows, "Rincian Anggaran per kegiatan ada di Lampiran-2")) == "Lampiran 3"


def test_glued_entries_that_do_not_end_with_the_pointers_words_leave_the_pointer():
    rows = [["Lampiran 1 Lampiran 2", "Perjanjian Kinerja Tahun 2023 Pelaksanaan Program dan Kegiatan"]]
    pointer = "Rincian anggaran per kegiatan dan sub kegiatan terdapat pada Lampiran-4."
    assert rincian_label(_doc(rows, pointer)) == "Lampiran 4"


def test_list_entry_cut_by_a_wrapped_line_numbers_the_lampiran():
    """A scan's list of lampiran wraps the entry's title: "Lampiran 3 | Rincian" on one row, "Anggaran per
    Kegiatan" on the next; the words it kept open the pointer's words, and the list numbers it."""
    rows = [["Lampiran 1", "Penetapan Kinerja Tahun 2022 (PK 2022)"],
            ["Lampiran 2", "Penetapan Kinerja Tahun 2023 (PK 2023)"],
            ["Lampiran 3", "Rincian"], ["", "Anggaran per kegiatan"]]
    assert rincian_label(_doc(rows, "Rincian Anggaran per kegiatan ada di Lampiran-2")) == "Lampiran 3"
    # a title cut too short to tell ("Rin") is no match
    rows[2] = ["Lampiran 3", "Rin"]
    assert rincian_label(_doc(rows, "Rincian Anggaran per kegiatan ada di Lampiran-2")) == "Lampiran 2"


def test_list_entries_under_the_page_column_heading_in_one_cell_number_the_lampiran():
    """A list of lampiran read into one cell under the heading of its page-number column ("Halaman Lampiran 1 …
    Lampiran 3 Rincian Anggaran per kegiatan"): the list, not the text's pointer, numbers the lampiran."""
    rows = [["DAFTAR LAMPIRAN", ""],
            ["Halaman Lampiran 1 Penetapan Kinerja Tahun 2022 (PK 2022) Lampiran 2 Penetapan Kinerja Tahun 2023 "
             "(PK 2023) Lampiran 3 Rincian Anggaran per kegiatan", ""]]
    assert rincian_label(_doc(rows, "Rincian Anggaran per kegiatan ada di Lampiran-2")) == "Lampiran 3"


def test_a_sentence_opening_with_halaman_is_no_list():
    rows = [["Halaman ini memuat rincian yang ada di Lampiran 3 Rincian Anggaran", ""]]
    assert rincian_label(_doc(rows, "Rincian Anggaran per kegiatan ada di Lampiran-2")) == "Lampiran 2"
