"""A long table split by its author, its first part short (a header and a row or two at a page's foot) (issue #12,
nineteenth session).

* The first part's few rows leave a gap inside a cell's words ("PROGRAM PENUNJANG | URUSAN") that a reader takes
  for a column: the part has a column its header does not have, one more than the next part. The column is run
  back into the one on its left and the next part continues the table (lkjip.extract.stitch.unlabelled_merged).
* The rest of that cell, in capitals, read as a line right under the part ("PEMERINTAHAN DAERAH"), is a line of
  the table left out of it, not a title ending the table (lkjip.extract.captions.stray_line).
"""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = [["NO", "URAIAN", "", "ANGGARAN", "", ""], ["", "", "", "ANGGARAN", "REALISASI", "%"]]
FIRST = [["", "BELANJA LANGSUNG", "", "2.548.155.696,00", "2.332.222.987,00", "91,53"],
         ["I.", "PROGRAM PENUNJANG", "URUSAN", "2.252.815.998,00", "2.051.130.999,00", "91,05"]]
REST = [["1.", "Perencanaan, Penganggaran, dan Evaluasi", "95.065.789,00", "91.267.931,00", "96,01"],
        ["1.1", "Koordinasi dan Penyusunan Dokumen RKA", "12.677.017", "11.221.221", "88,52"],
        ["1.2", "Koordinasi dan Penyusunan DPA", "13.069.575", "12.962.258", "99,18"]]


def _table(rows: list[list[str]], page: int, top: float, header: int = 0) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < header,
                                bbox=(60.0, top + 13 * k, 536.0, top + 13 * k + 10)) for k, r in enumerate(rows)],
                 page=page, bbox=(60.0, top, 536.0, top + 13 * len(rows)))


def _doc(*blocks) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=list(blocks))


def test_a_short_first_part_with_a_column_its_header_lacks_is_narrowed_and_continued():
    out = stitch_document(_doc(_table(HEAD + FIRST, 9, 530.0, header=2), _table(REST, 10, 60.0)))
    (t,) = out.tables()
    assert t.n_cols == 5 and len(t.rows) == 7
    assert t.rows[3].cells == ["I.", "PROGRAM PENUNJANG URUSAN", "2.252.815.998,00", "2.051.130.999,00", "91,05"]
    assert t.rows[0].cells == ["NO", "URAIAN", "ANGGARAN", "", ""]


def test_a_first_part_whose_extra_column_has_a_label_is_another_table():
    head = [["NO", "URAIAN", "KODE", "ANGGARAN", "", ""], HEAD[1]]
    out = stitch_document(_doc(_table(head + FIRST, 9, 530.0, header=2), _table(REST, 10, 60.0)))
    assert len(out.tables()) == 2


def test_a_line_in_capitals_right_under_a_row_holding_capitals_is_the_rest_of_its_cell():
    first = _table(HEAD + FIRST, 9, 530.0, header=2)  # its last row ends at 530 + 13 * 3 + 10 = 579
    rest = Paragraph(text="PEMERINTAHAN DAERAH KABUPATEN/KOTA", page=9, bbox=(120.0, 581.0, 300.0, 591.0))
    out = stitch_document(_doc(first, rest, _table(REST, 9, 600.0)))
    assert len(out.tables()) == 1 and not out.paragraphs()


def test_a_line_in_capitals_a_line_below_the_table_is_a_title_ending_it():
    first = _table(HEAD + FIRST, 9, 530.0, header=2)
    title = Paragraph(text="PEMERINTAHAN DAERAH KABUPATEN/KOTA", page=9, bbox=(120.0, 595.0, 300.0, 605.0))
    out = stitch_document(_doc(first, title, _table(REST, 9, 620.0)))
    assert len(out.tables()) == 2 and [p.text for p in out.paragraphs()] == [title.text]


# --- a part's header read inside the table ----------------------------------------------------------------------

BUDGET_HEAD = [["NO", "URAIAN", "ANGGARAN", "", ""], ["", "", "ANGGARAN", "REALISASI", "%"]]


def test_a_parts_header_read_inside_the_table_is_dropped():
    # two parts with a paragraph's gap between, read as one table: the second part's header stands among the rows
    rows = [*BUDGET_HEAD, *[r for r in REST[:2]], *BUDGET_HEAD, REST[2]]
    out = stitch_document(_doc(_table(rows, 9, 100.0, header=2)))
    (t,) = out.tables()
    assert [r.cells for r in t.rows] == [*BUDGET_HEAD, *REST]
    assert any("header repeated inside it" in w for w in t.warnings)


def test_a_row_repeating_only_the_headers_lower_level_stays():
    rows = [*BUDGET_HEAD, REST[0], BUDGET_HEAD[1], REST[1]]
    (t,) = stitch_document(_doc(_table(rows, 9, 100.0, header=2))).tables()
    assert len(t.rows) == 5
