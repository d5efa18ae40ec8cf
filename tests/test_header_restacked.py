"""A part of a table repeating the header of the part above cut into other lines (extract/header_apart.py,
header_restacked): a page break cut the repeated header, put back as two rows ("Indikator" over "Tujuan"). The
part continues the table: one cascading table, numbered on, its rows under the header they belong to."""

from __future__ import annotations

from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Program"]
NUMBERS = ["1", "2", "3", "4", "5", "6"]
FIRST = [["1", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Meningkatnya kualitas pelayanan",
          "Indeks Kepuasan Masyarakat", "PROGRAM PENYELENGGARAAN PEMERINTAHAN"],
         ["", "", "", "", "", "PROGRAM PEMBERDAYAAN MASYARAKAT"]]
SECOND = [["2", "Meningkatnya tata kelola desa", "Persentase desa", "Meningkatnya tata kelola desa",
           "Persentase desa", "PROGRAM PEMBINAAN DAN PENGAWASAN"]]


def _table(rows: list[list[str]], page: int, header: int) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < header) for k, r in enumerate(rows)],
                 page=page)


def _doc(*blocks) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=list(blocks))


def test_a_parts_header_repeated_in_other_lines_continues_the_table():
    restacked = [["No", "Tujuan", "Indikator", "Sasaran", "Indikator", "Program"],
                 ["", "", "Tujuan", "", "Sasaran", ""], NUMBERS]
    out = stitch_document(_doc(_table([HEAD, NUMBERS, *FIRST], 11, 2), _table([*restacked, *SECOND], 12, 3)))
    (t,) = out.tables()
    assert [r.cells[0] for r in t.rows] == ["No", "1", "1", "", "2"]  # its header, cut otherwise, dropped
    assert t.rows[-1].cells[1] == "Meningkatnya tata kelola desa"


def test_a_header_of_other_words_in_other_lines_opens_another_table():
    other = [["No", "Tujuan", "Indikator", "Sasaran", "Indikator", "Program"],
             ["", "", "Kinerja", "", "Kinerja", ""], NUMBERS]
    out = stitch_document(_doc(_table([HEAD, NUMBERS, *FIRST], 11, 2), _table([*other, *SECOND], 12, 3)))
    assert len(out.tables()) == 2
