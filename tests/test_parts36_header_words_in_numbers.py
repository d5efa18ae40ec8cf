"""A header cell a page break cut, its last line read with the column numbers on the next page ("Kondisi Awal" over
"Renstra 4 (2018)"): the words go back up to their header cell, the numbering row keeps its numbers
(extract/number_words.py ``number_words_lifted``), so the plan table's first and last years are read."""

from __future__ import annotations

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.number_words import number_words_lifted
from lkjip.extract.stitch import stitch_document

HEAD = [["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal", "Target", "", "", "", "", "", "Kondisi Akhir"],
        ["", "", "", "", "2019", "2020", "2021", "2022", "2023", "2024", ""]]
NUMBERS = ["1", "2", "3", "Renstra 4 (2018)", "5", "6", "7", "8", "9", "10", "Renstra 11 (2024)"]
BODY = [["1", "Meningkatnya Tata Kelola Pemerintahan di Kecamatan", "Nilai SAKIP Kecamatan", "-", "-", "-", "30,88",
         "61,55", "70", "72", "72"],
        ["2", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "-", "82,59", "81,98",
         "81,81", "82,46", "82,99", "83,51", "83,51"]]


def _rows(numbers: list[str]) -> list[TableRow]:
    return [TableRow(cells=list(r), page=9 if k < 2 else 10, is_header=k == 2)
            for k, r in enumerate([*HEAD, numbers, *BODY])]


def test_header_words_read_with_the_column_numbers_go_back_to_their_header_cells():
    rows = _rows(NUMBERS)
    table = Table(rows=rows, page=9)
    number_words_lifted(table)
    assert [w.split(": ")[-1] for w in table.warnings] == ["'Renstra 4 (2018)'", "'Renstra 11 (2024)'"]
    assert rows[0].cells[3] == "Kondisi Awal Renstra (2018)" and rows[0].cells[10] == "Kondisi Akhir Renstra (2024)"
    assert rows[2].cells == [str(k) for k in range(1, 12)]


def test_the_plan_table_so_mended_is_read_as_one():
    doc = Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="Tabel 2.1 Tujuan dan Sasaran Renstra Kecamatan", page=9),
        Table(rows=_rows(NUMBERS), page=9)])
    found = find_tables(stitch_document(doc))
    assert found[0].kind is TableKind.renstra
    leaves = [c.leaf for c in found[0].columns]
    assert "Renstra (2018)" in leaves[3] and "Renstra (2024)" in leaves[10]


def test_a_numbering_row_of_numbers_alone_is_left_as_read():
    rows = _rows([str(k) for k in range(1, 12)])
    table = Table(rows=rows, page=9)
    number_words_lifted(table)
    assert table.warnings == [] and rows[0].cells == HEAD[0]
