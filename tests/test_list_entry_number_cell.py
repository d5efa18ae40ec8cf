"""A list of contents whose entry number a reader cut into a cell of its own ("Lampiran | 2 | Perjanjian Kinerja
…", extract/meta.py ``entry_text``): the number is the entry's, not a page number, so the lampiran exists and
the text's "… terdapat pada Lampiran-3" is no false reference error; a "LAMPIRAN | 18" row of a table of contents
(a section on page 18) is no entry."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.meta import entry_text, find_references


def _doc(rows: list[list[str]]) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="DAFTAR LAMPIRAN", page=3),
        Table(rows=[TableRow(cells=r, page=3) for r in rows], page=3),
        Paragraph(text="Rincian anggaran per kegiatan dan sub kegiatan terdapat pada Lampiran-3.", page=6)])


def test_an_entry_number_in_a_cell_of_its_own_is_the_entrys():
    refs = find_references(_doc([["Lampiran 1", "", "Perjanjian Kinerja Tahun 2023 (PK 2023)"],
                                 ["Lampiran", "2", "Perjanjian Kinerja Tahun 2024 (PK 2024)"],
                                 ["Lampiran", "3", "Pelaksanaan Program dan Kegiatan"]]))
    assert [(r.label, r.title) for r in refs if r.context == "daftar"] == [
        ("Lampiran 1", "Perjanjian Kinerja Tahun 2023 (PK 2023)"), ("Lampiran 2", "Perjanjian Kinerja Tahun 2024 (PK 2024)"),
        ("Lampiran 3", "Pelaksanaan Program dan Kegiatan")]


def test_a_page_number_after_a_section_named_lampiran_is_no_entry():
    assert entry_text(["LAMPIRAN", "18"]) == "LAMPIRAN"
    assert entry_text(["Lampiran 2 Perjanjian Kinerja", "17"]) == "Lampiran 2 Perjanjian Kinerja"
