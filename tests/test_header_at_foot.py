"""Two caption-less tables one under the other, cut in the wrong place by a reader (extract/table_under.py
``header_at_foot``): the lower table's header rows close the upper table, the lower table opens with its column
numbers alone. The header rows go back down, so the lower table is read under its own header."""

from __future__ import annotations

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

UPPER = [["Sasaran Strategis", "Indikator Kinerja", "Target 2023", "Realisasi 2023"],
         ["Meningkatnya partisipasi masyarakat", "Persentase partisipasi", "67", "66"],
         ["Menurunnya gangguan ketenteraman", "Persentase penanganan", "68", "66"]]
LOWER_HEAD = [["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET AKHIR RENSTRA (TAHUN 2026)",
               "REALISASI TAHUN 2023", "TINGKAT KEMAJUAN"]]
LOWER = [["(1)", "(2)", "(3)", "(4)", "(5)"],
         ["Meningkatnya partisipasi masyarakat", "Persentase partisipasi", "80", "66", "82,5"],
         ["Menurunnya gangguan ketenteraman", "Persentase penanganan", "74", "66", "89,19"]]


def _table(rows: list[list[str]], page: int, marked: int = 0) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < marked) for k, r in enumerate(rows)],
                 page=page)


def _doc(upper: list[list[str]], lower: list[list[str]]) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="Capaian kinerja sasaran tahun ini disajikan berikut.", page=11),
        _table(upper, 11, marked=1), _table(lower, 12)])


def test_header_rows_closing_the_table_above_go_back_to_their_table():
    out = stitch_document(_doc(UPPER + LOWER_HEAD, LOWER))
    upper, lower = out.tables()
    assert [r.cells for r in upper.rows] == UPPER
    assert [r.cells for r in lower.rows] == LOWER_HEAD + LOWER and lower.rows[0].is_header
    kinds = [ft.kind for ft in find_tables(out)]
    assert kinds[1] is not TableKind.unknown


def test_a_last_row_of_words_over_a_table_with_a_header_of_its_own_stays():
    """The table below has its own header over its column numbers: the last row above is the upper table's."""
    last = [["Catatan", "Data sementara", "", ""]]
    out = stitch_document(_doc(UPPER + last, LOWER_HEAD + LOWER))
    assert [r.cells for r in out.tables()[0].rows] == UPPER + last
