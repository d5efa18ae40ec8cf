"""A part repeating the header two pages under the part above, with the page between holding nothing but the rest of
the last row's cell (extract/stitch.py ``_next_page``): that line carries the table on to its page, so the part
below opens the next page and continues the table."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Tujuan", "Sasaran", "Program", "Sub Kegiatan"]
NUMBERS = ["1", "2", "3", "4", "5"]


def _part(rows: list[list[str]], page: int) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < 2) for k, r in enumerate(rows)], page=page)


def _doc(rest_page: int) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="Tabel 1.2 Cascading Kinerja Kecamatan", page=5),
        _part([HEAD, NUMBERS, ["1", "Meningkatkan kualitas pelayanan", "Meningkatnya kualitas", "PROGRAM PENYELENGGARAAN",
                               "Harmonisasi Hubungan"]], 5),
        Paragraph(text="dengan Tokoh Masyarakat", page=rest_page),
        _part([HEAD, NUMBERS, ["2", "Mewujudkan tata kelola", "Meningkatnya tata kelola", "PROGRAM PEMBINAAN",
                               "Fasilitasi Administrasi"]], 7)])


def test_a_page_holding_only_a_cells_rest_carries_the_table_to_the_part_after_it():
    (table,) = stitch_document(_doc(rest_page=6)).tables()
    assert [r.cells[0] for r in table.rows] == ["No", "1", "1", "2"] and table.rows[-1].page == 7


def test_a_part_two_pages_under_the_line_is_another_table():
    assert len(stitch_document(_doc(rest_page=5)).tables()) == 2
