"""A Renstra header cut by a page break whose years ran together with the column numbers under them ("20206"):
the years taken apart (extract/header_numbers.py), so each target column is a year's column again."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = [["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal", "Target", "", "", "Kondisi Akhir"],
        ["", "", "", "", "2019", "20206", "20217", ""],
        ["1", "2", "3", "Renstra 4 (201", "5", "", "", "Renstra (8202"]]
BODY = [["1", "Meningkatnya tata kelola", "Nilai SAKIP Kecamatan", "-", "30,88", "61,55", "70", "72"],
        ["2", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "-", "82,59", "81,98", "81,81", "83"]]


def _stitched(rows: list[list[str]]) -> Table:
    table = Table(rows=[TableRow(cells=list(r), page=14, is_header=k < 3) for k, r in enumerate(rows)], page=14)
    doc = Document(source_file="t", input_format="pdf", blocks=[Paragraph(text="Tabel 2.1 Target Renstra", page=14),
                                                                 table])
    (t,) = stitch_document(doc).tables()
    return t


def test_years_run_together_with_the_column_numbers_under_them_are_taken_apart():
    t = _stitched([*HEAD, *BODY])
    assert t.rows[1].cells[4:7] == ["2019", "2020", "2021"]
    assert t.rows[2].cells[5:7] == ["6", "7"]


def test_a_number_that_is_not_the_columns_stays():
    head = [HEAD[0], ["", "", "", "", "2019", "20207", "20216", ""], HEAD[2]]
    t = _stitched([*head, *BODY])
    assert t.rows[1].cells[5:7] == ["20207", "20216"]


def test_numbering_that_skips_the_row_number_column_is_counted_from_its_neighbours():
    """The rule the OCR pages use too: the glued number is the one its place in the numbering row calls for,
    counted on from its numbered neighbour, not the column's own place (the row-number column printed no number)."""
    head = [HEAD[0], ["", "", "", "", "2019", "20205", "20216", ""], ["", "1", "2", "3", "4", "", "", "7"]]
    t = _stitched([*head, *BODY])
    assert t.rows[1].cells[4:7] == ["2019", "2020", "2021"]
    assert t.rows[2].cells[4:7] == ["4", "5", "6"]
