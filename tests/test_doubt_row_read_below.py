"""A table's next row read as text under it (issue #12 item 5): a PK target table ruled with horizontal lines only,
its last row alone at the top of the next page, read by the PDF reader as lines of text. The table read is not
whole, so its reading is doubtful (lkjip.extract.row_below): a flag built on what it lacks ("indicator not in the
PK") is an uncertain warning, not an error. A paragraph that does not carry the table's numbering on with a value
(a title "B. …", a sentence) leaves the table sound."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = [["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"], ["1", "2", "3", "4"]]
BODY = [["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "82,47"]]


def _table(rows: list[list[str]], page: int, header: int = 2) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < header) for k, r in enumerate(rows)],
                 page=page)


def _stitched(*lines: tuple[str, int]) -> Table:
    blocks = [_table(HEAD + BODY, 14), *(Paragraph(text=t, page=p) for t, p in lines)]
    (table,) = stitch_document(Document(source_file="t", input_format="pdf", blocks=blocks)).tables()
    return table


def test_the_next_row_read_as_text_on_the_next_page_makes_the_table_doubtful():
    table = _stitched(("14", 14), ("2 Menurunnya Persentase penanganan gangguan ketertiban umum 73% gangguan", 15),
                      ("ketenteraman", 15), ("umum", 15))
    assert table.doubt and "baris berikutnya terbaca sebagai teks" in table.doubt


def test_a_title_after_the_table_leaves_it_sound():
    assert _stitched(("B. PERJANJIAN KINERJA TAHUN 2022", 15), ("Renstra dijabarkan setiap tahun.", 15)).doubt is None


def test_a_numbered_sentence_without_a_value_leaves_it_sound():
    assert _stitched(("2 Menurunnya gangguan ketenteraman dan ketertiban umum tahun 2022", 15)).doubt is None


def test_a_line_numbered_as_the_table_restarts_leaves_it_sound():
    assert _stitched(("1 Dokumen pendukung terlampir pada halaman 40", 15)).doubt is None


def test_a_line_two_pages_on_leaves_it_sound():
    assert _stitched(("2 Menurunnya Persentase penanganan gangguan 73%", 17)).doubt is None
