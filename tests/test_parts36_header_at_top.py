"""A table carried over a page break (its header at the foot of one page, its body on the next) read on into the
next table's header at the next page's top: the lower table opens with its data, its header closing the table
above, read in that table's columns (a label run into the cell beside it). The header goes back down to its table
when it names a known kind of table, its labels put back in their columns (extract/table_under.py
``header_at_foot``, ``_labels_apart``)."""

from __future__ import annotations

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

UPPER = [["No.", "Tujuan", "Indikator Kinerja", "Target"],
         ["(1)", "(2)", "(3)", "(4)"],
         ["1.", "Meningkatnya tata kelola pemerintahan di kecamatan", "Nilai SAKIP Kecamatan", "BB (70)"]]
LOWER = [["1.", "Meningkatnya kualitas pelayanan kecamatan", "Indeks Kepuasan Masyarakat (IKM)", "82,99"],
         ["2.", "Meningkatnya tata kelola administrasi pemerintahan desa", "Persentase desa dengan tata kelola "
          "administrasi yang baik", "100%"]]


def _table(rows: list[list[str]], page: int, marked: int = 0) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < marked) for k, r in enumerate(rows)],
                 page=page)


def _doc(foot: list[str]) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="LAMPIRAN PERJANJIAN KINERJA TAHUN 2023", page=31),
        _table([*UPPER, foot], 31, marked=2), _table(LOWER, 32)])


def test_a_header_read_at_the_foot_of_the_table_above_goes_down_to_the_table_opening_with_its_data():
    out = stitch_document(_doc(["No.", "Sasaran Strategis Indikator Kinerja", "", "Target"]))
    upper, lower = out.tables()
    assert [r.cells for r in upper.rows] == UPPER
    assert lower.rows[0].cells == ["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"]
    assert lower.rows[0].is_header and [r.cells for r in lower.rows[1:]] == LOWER
    found = find_tables(out)
    assert found[1].kind is not TableKind.unknown


def test_a_last_row_of_words_naming_no_kind_of_table_stays_in_its_table():
    # a keyless row of words only, header-like, but no header of a known kind: the table's own last row
    foot = ["", "Meningkatnya pelayanan umum", "Nilai kepuasan", "Baik"]
    out = stitch_document(_doc(foot))
    assert out.tables()[0].rows[-1].cells == foot


