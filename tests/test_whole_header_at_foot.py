"""The whole header of a caption-less table, its column numbers too, closing the table above it at a page's foot,
the table itself opening the next page with its data (extract/table_under.py ``header_at_foot``): the header goes
back down, and its words read as no row of the upper table (a false "indikator … tidak ada di PK" error)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

UPPER = [["Sasaran Strategis", "Indikator Kinerja", "Target 2023", "Realisasi 2023"],
         ["Meningkatnya partisipasi masyarakat", "Persentase partisipasi", "67", "66"],
         ["Menurunnya gangguan ketenteraman", "Persentase penanganan", "68", "66"]]
LOWER_HEAD = [["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET AKHIR RENSTRA", "TINGKAT KEMAJUAN"],
              ["", "", "(TAHUN 2026)", "(%)"],
              ["(1)", "(2)", "(3)", "(4)"]]
#: read with one column more than the header above it (the reader cut the header's columns on the page above)
LOWER = [["Meningkatnya partisipasi masyarakat", "Persentase partisipasi", "80", "66", "82,5"],
         ["Menurunnya gangguan ketenteraman", "Persentase penanganan", "74", "66", "89,19"]]


def _doc(upper: list[list[str]], lower: list[list[str]]) -> Document:
    def table(rows, page, marked=0):
        return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < marked) for k, r in enumerate(rows)],
                     page=page)
    return Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="Capaian kinerja sasaran tahun ini disajikan berikut.", page=11),
        table(upper, 11, marked=1), table(lower, 12)])


def test_header_with_its_column_numbers_at_the_foot_goes_down_to_the_data_under_it():
    upper, lower = stitch_document(_doc(UPPER + LOWER_HEAD, LOWER)).tables()
    assert [r.cells for r in upper.rows] == UPPER
    assert [r.cells for r in lower.rows] == LOWER_HEAD + LOWER and lower.rows[0].is_header


def test_column_numbers_closing_a_table_of_data_alone_stay():
    """No header words over the numbers at the foot: nothing moves."""
    upper, lower = stitch_document(_doc(UPPER + [["(1)", "(2)", "(3)", "(4)"]], LOWER)).tables()[:2]
    assert [r.cells for r in upper.rows] == UPPER + [["(1)", "(2)", "(3)", "(4)"]]
