"""The label of the budget-detail lampiran when a reader of a borderless list of lampiran interleaved two
wrapped entries' title lines, with or without a pointer sentence in the text (issue #12)."""

from __future__ import annotations

from lkjip.extract.classify import rincian_label
from lkjip.extract.document import Document, Paragraph, Table, TableRow


def _doc(list_rows: list[list[str]], pointer_row: list[str] | None, pointer: str = "") -> Document:
    blocks: list = [Table(rows=[TableRow(cells=r) for r in list_rows])]
    if pointer_row:
        blocks.append(Table(rows=[TableRow(cells=["1", "Belanja Pegawai", "1.000.000"]), TableRow(cells=pointer_row)]))
    blocks.append(Paragraph(text=pointer or "Pihak pertama berjanji akan mewujudkan target kinerja."))
    return Document(source_file="t.pdf", input_format="pdf", blocks=blocks)


_LIST = [["Lampiran 1", "Penetapan Kinerja Tahun 2022 (PK 2022)"],
         ["Lampiran 2 Lampiran 3", "Penetapan Kinerja Tahun 2023 Rincian Anggaran per (PK 2023) kegiatan"]]


def test_interleaved_entries_holding_the_pointers_words_in_order_number_the_lampiran():
    # the report's own sentence points at the wrong number; the list numbers it
    doc = _doc(_LIST, None, "Rincian Anggaran per kegiatan ada di Lampiran-2.")
    assert rincian_label(doc) == "Lampiran 3"


def test_interleaved_entries_opening_with_the_pointers_words_name_the_first_number():
    rows = [["Lampiran 2 Lampiran 3", "Rincian Anggaran Penetapan Kinerja per kegiatan Tahun 2023 (PK 2023)"]]
    assert rincian_label(_doc(rows, None, "Rincian Anggaran per kegiatan ada di Lampiran-3.")) == "Lampiran 2"


def test_glued_entries_name_the_lampiran_when_the_text_has_no_pointer():
    rows = [["Lampiran 1", "Perjanjian Kinerja Tahun 2022 (PK 2022)"],
            ["Lampiran 2 Lampiran 3", "Perjanjian Kinerja Tahun 2022 Pelaksanaan Program dan (PK 2022) Kegiatan"]]
    assert rincian_label(_doc(rows, None)) == "Lampiran 3"
