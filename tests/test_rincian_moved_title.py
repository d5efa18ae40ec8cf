"""The budget-detail lampiran named by the list of lampiran when a reader rejoining a list row cut by a page
break took the title of the entry under it into it (issue #12)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.rincian import rincian_label

POINTER = "Rincian Anggaran per kegiatan ada di Lampiran-2"


def _doc(list_rows: list[list[str]], pointer: str) -> Document:
    table = Table(rows=[TableRow(cells=r) for r in list_rows])
    return Document(source_file="t.pdf", input_format="pdf", blocks=[table, Paragraph(text=pointer)])


def test_title_moved_into_the_entry_above_belongs_to_the_entry_read_without_title():
    rows = [["Lampiran 1", "Penetapan Kinerja Tahun 2022 (PK 2022)"],
            ["Lampiran 2", "Penetapan Kinerja Tahun 2023 (PK 2023) Rincian Anggar an per kegiata n"],
            ["Lampiran 3", ""]]
    # the report's own sentence points at the wrong number; the list numbers the lampiran
    assert rincian_label(_doc(rows, POINTER)) == "Lampiran 3"


def test_glued_title_with_a_titled_entry_under_it_stays():
    rows = [["Lampiran 1", "Penetapan Kinerja Tahun 2022"],
            ["Lampiran 2", "Penetapan Kinerja Tahun 2023 Rincian Anggaran per kegiatan"],
            ["Lampiran 3", "Dokumentasi"]]
    assert rincian_label(_doc(rows, POINTER)) == "Lampiran 2"


def test_a_later_line_mentioning_a_lampiran_is_no_entry_under_the_glued_one():
    """Glued numbers ("Lampiran 2 Lampiran 3") and a caption line that ends with the pointer ("Tabel 2.3 …
    ada di Lampiran-2", read as an entry without title): only the entry numbered next takes a title."""
    rows = [["Lampiran 1", "Penetapan Kinerja Tahun 2022 (PK 2022)"],
            ["Lampiran 2 Lampiran 3", "Penetapan Kinerja Tahun 2023 (PK 2023) Rincian Anggaran per kegiatan"]]
    assert rincian_label(_doc(rows, "Tabel 2.3 Program dan Anggaran Rincian Anggaran per kegiatan ada di "
                                    "Lampiran-2")) == "Lampiran 3"
