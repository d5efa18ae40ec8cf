"""A part of a table with no header of its own whose last row a page break cut so that a PDF reader took the
rest of it, at the foot of the page, for five short lines of text (more than the few stray lines of a cell's
rest a title could also be): every line below the part's last row, nothing after them on the page, the next part
opening the next page. The lines carry the table on (extract.page_foot): the next part, read without the empty
number column, is laid over the part above and joined, the table's reading marked doubtful (its rows lost)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.page_foot import foot_lines
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Tujuan", "Indikator Tujuan", "Program", "Indikator Program", "Kegiatan", "Indikator Kegiatan"]
ROW = ["", "Meningkatnya kemandirian desa", "Persentase desa mandiri", "PROGRAM PEMBERDAYAAN DESA",
       "Persentase lembaga desa aktif", "Fasilitasi Musyawarah Desa", "Jumlah musyawarah yang difasilitasi"]
#: the next page: the number column, empty in every row, not read
PART = [
    ["Meningkatnya pelayanan publik", "Indeks kepuasan masyarakat", "PROGRAM PELAYANAN PUBLIK",
     "Persentase layanan tepat waktu", "Fasilitasi Pelayanan Terpadu", "Jumlah layanan yang diberikan"],
    ["", "", "", "", "Pembinaan Lembaga Desa", "Jumlah lembaga yang dibina"],
]
#: the rest of the cut rows at the page's foot, read as short lines of text
LINES = ["Jumlah usulan", "program", "pembangunan desa", "difasilitasi", "Pembinaan Jumlah Laporan"]


def _doc(part_page: int = 15, top: float = 440) -> Document:
    prev = Table(page=14, rows=[TableRow(cells=HEAD, page=14, is_header=True, bbox=(57, 250, 773, 280)),
                                TableRow(cells=ROW, page=14, bbox=(57, 300, 773, 430))])
    lines = [Paragraph(text=t, lines=[t], page=14, bbox=(700, top + 14 * k, 770, top + 14 * k + 10))
             for k, t in enumerate(LINES)]
    part = Table(page=part_page, rows=[TableRow(cells=r, page=part_page, bbox=(77, 60 + 40 * k, 773, 90 + 40 * k))
                                       for k, r in enumerate(PART)])
    return Document(source_file="t", input_format="pdf", blocks=[prev, *lines, part])


def test_short_lines_at_a_pages_foot_carry_the_table_on_to_its_part_on_the_next_page():
    (table,) = stitch_document(_doc()).tables()
    assert [r.cells[1] for r in table.rows[2:]] == ["Meningkatnya pelayanan publik", ""]
    assert table.rows[-1].cells[5:] == ["Pembinaan Lembaga Desa", "Jumlah lembaga yang dibina"]
    assert table.doubt  # the cut rows are lost: the table's reading is doubtful


def test_lines_not_at_the_foot_of_the_parts_last_page_are_no_rows_of_it():
    doc = _doc()
    prev, *lines, part = doc.blocks
    assert foot_lines(prev, part, lines)
    assert not foot_lines(prev, part.model_copy(update={"page": 16}), lines)  # a page between
    above = [p.model_copy(update={"bbox": (700, 200, 770, 210)}) for p in lines]
    assert not foot_lines(prev, part, above)  # above the part's last row
    assert not foot_lines(prev, part, [p.model_copy(update={"page": 15}) for p in lines])
