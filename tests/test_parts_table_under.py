"""A caption-less table set right under another (no caption, no line between), read as one table with it
(issue #12, nineteenth session): its own header, over its own column numbers "1 | 2 | 3", opens it inside the
table above, which it does not repeat. It is split off again, so the tables after it keep their places among the
uncaptioned tables ("Tabel tanpa judul 9") (lkjip.extract.table_under)."""

from __future__ import annotations

from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.stitch import stitch_document

KINERJA = [["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Anggaran (Rp)"],
           ["1", "2", "3 4", "", "5"],
           ["Meningkatnya kualitas pelayanan", "Indeks Kepuasan", "80,95", "78,21", "50.351.511,-"],
           ["Meningkatnya partisipasi", "Persentase partisipasi", "68", "67", "16.327.010,-"]]
EFISIENSI = [["Sasaran Strategis", "Indikator Sasaran", "% Capaian", "% Penyerapan", "Tingkat Efisiensi"],
             ["1", "2", "3", "4", "5"],
             ["Meningkatnya kualitas pelayanan", "Indeks Kepuasan", "96,62%", "85,56 %", "1,13"],
             ["Meningkatnya partisipasi", "Persentase partisipasi", "98,53%", "97,84 %", "1,01"]]


def _doc(rows: list[list[str]]) -> Document:
    table = Table(rows=[TableRow(cells=c, page=12, is_header=k < 2) for k, c in enumerate(rows)], page=12)
    return Document(source_file="t.pdf", input_format="pdf", blocks=[table])


def test_a_table_under_a_table_read_as_one_is_split_off_at_its_own_header():
    first, second = stitch_document(_doc(KINERJA + EFISIENSI)).tables()
    assert [r.cells for r in first.rows] == KINERJA and [r.cells for r in second.rows] == EFISIENSI
    assert [r.is_header for r in second.rows] == [True, True, False, False]


def test_the_tables_header_repeated_inside_it_cut_otherwise_does_not_split_it():
    again = [["Sasaran Strategis Indikator", "Kinerja", "Target", "Realisasi", "Anggaran (Rp)"], ["1", "2", "3", "4", "5"]]
    (table,) = stitch_document(_doc(KINERJA + again + KINERJA[2:])).tables()
    assert len(table.rows) == 8


def test_a_row_of_words_not_over_column_numbers_does_not_split_it():
    words = [["Sasaran Strategis", "Indikator Sasaran", "% Capaian", "% Penyerapan", "Tingkat Efisiensi"]]
    (table,) = stitch_document(_doc(KINERJA + words + KINERJA[2:])).tables()
    assert len(table.rows) == 7


def test_a_line_of_the_tables_header_repeated_inside_it_does_not_split_it():
    # a part's repeated header read cut, one of its lines alone over the column numbers: no word of its own
    line = [["o", "", "Sasaran", "", "Target"], ["1", "2", "3", "4", "5"]]
    (table,) = stitch_document(_doc(KINERJA + line + KINERJA[2:])).tables()
    assert len(table.rows) == 8
