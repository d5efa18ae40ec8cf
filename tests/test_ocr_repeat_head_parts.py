"""A long table an author cut into parts at each page, each part printing the header again (the header of one part at
the foot of the page the part before ends on), scanned: one repeat's narrow "No" head read "N". The part, its header
no longer the table's letter for letter, was left a table of its own, and every row after it was scored under another
name. Its header is mended back to the part before's, so the stitcher joins the part to the table."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.ocr_repeat_heads import mend_repeated_heads
from lkjip.extract.stitch import stitch_document

HEAD = [["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran"], ["1", "2", "3", "4", "5"]]


def _part(head: list[list[str]], body: list[list[str]], page: int, head_page: int | None = None) -> Table:
    rows = [TableRow(cells=list(c), page=head_page or page, is_header=True) for c in head]
    rows += [TableRow(cells=list(c), page=page) for c in body]
    return Table(rows=rows, page=head_page or page)


BODY_10 = [["1", "Meningkatnya kemajuan desa", "Persentase Desa Maju", "Meningkatnya kemajuan desa", "Persentase Desa"]]
BODY_12 = [["2", "Penurunan gangguan ketentraman", "Persentase Penurunan", "Penurunan gangguan", "Persentase"]]


def test_a_part_whose_repeated_header_misread_a_short_head_is_mended_and_joined():
    first = _part(HEAD, BODY_10, 10, 10)
    first.rows[-1].page = 11  # the part runs on to the next page, whose foot prints the next part's header
    misread = [["N", *HEAD[0][1:]], HEAD[1]]
    second = _part(misread, BODY_12, 12, head_page=11)
    blocks = [first, second]
    mend_repeated_heads(blocks, [10, 11, 12])
    assert second.rows[0].cells == HEAD[0]
    assert any("repeated header mended" in w for w in second.warnings)
    doc = stitch_document(Document(source_file="x.pdf", input_format="pdf_ocr", pages=12, blocks=blocks,
                                   ocr_pages=[10, 11, 12]))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert [r.cells[0] for r in tables[0].rows if not r.is_header] == ["1", "2"]


def test_a_table_after_text_or_with_another_header_is_left_alone():
    first = _part(HEAD, BODY_10, 10)
    other = [["No", "Program", "Anggaran", "Realisasi", "Keterangan"], HEAD[1]]
    second = _part(other, BODY_12, 12)
    mend_repeated_heads([first, second], [10, 12])
    assert second.rows[0].cells == other[0]
    misread = [["N", *HEAD[0][1:]], HEAD[1]]
    third = _part(misread, BODY_12, 12)
    mend_repeated_heads([first, Paragraph(text="Tabel 1.2 Cascading", page=11), third], [10, 11, 12])
    assert third.rows[0].cells == misread[0]


def test_a_table_on_an_earlier_page_is_no_part():
    first = _part(HEAD, BODY_10, 12)
    misread = [["N", *HEAD[0][1:]], HEAD[1]]
    second = _part(misread, BODY_12, 11)
    mend_repeated_heads([first, second], [11, 12])
    assert second.rows[0].cells == misread[0]
