"""A wide header cell a reader cut across two columns ("TARGET RENSTRA (TAHUN" | "AKHIR 2026)"), the values under
one of them, the row of column numbers printing one number over the two: the two columns are one
(:func:`lkjip.extract.header_cell_cut.cut_header_cells_joined`)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.header_cell_cut import cut_header_cells_joined
from lkjip.extract.stitch import stitch_document

HEAD = ["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET RENSTRA (TAHUN", "AKHIR 2026)", "REALISASI", "KEMAJUAN (%)"]
NUMBERS = ["(1)", "(2)", "(3)", "", "(4)", "(5)"]
BODY = [["Meningkatnya mutu layanan", "Indeks kepuasan warga", "", "84,73", "82,72", "97,63"],
        ["Meningkatnya peran warga", "Persentase warga hadir", "", "66", "61", "92,42"]]


def _table(numbers: list[str], body: list[list[str]]) -> Table:
    return Table(rows=[TableRow(cells=list(HEAD), is_header=True), TableRow(cells=list(numbers), is_header=True),
                       *(TableRow(cells=list(c)) for c in body)], strategy="text")


def test_a_header_cell_cut_over_an_empty_column_and_the_values_column_is_joined_back():
    t = _table(NUMBERS, BODY)
    cut_header_cells_joined(t)
    assert [r.cells for r in t.rows] == [
        ["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET RENSTRA (TAHUN AKHIR 2026)", "REALISASI", "KEMAJUAN (%)"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["Meningkatnya mutu layanan", "Indeks kepuasan warga", "84,73", "82,72", "97,63"],
        ["Meningkatnya peran warga", "Persentase warga hadir", "66", "61", "92,42"]]
    doc = Document(source_file="t", input_format="pdf",
                   blocks=[Paragraph(text="Tabel 3.3 Perbandingan dengan Target Akhir Renstra"), _table(NUMBERS, BODY)])
    (t,) = stitch_document(doc).tables()
    assert t.n_cols == 5 and t.rows[2].cells[2] == "84,73"


def test_every_column_numbered_or_both_columns_filled_stay_as_read():
    t = _table(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], BODY)
    cut_header_cells_joined(t)
    assert t.n_cols == 6
    filled = [[*c[:2], "80", *c[3:]] for c in BODY]
    t = _table(NUMBERS, filled)
    cut_header_cells_joined(t)
    assert t.n_cols == 6


def test_a_tall_header_s_cell_lines_read_as_rows_join_the_cell_and_its_cut_column_is_joined_back():
    from lkjip.extract.header_cell_cut import cell_line_rows_joined

    top = ["Misi", "Sasaran", "Indikator", "", "Kondisi Awal", "Target", "", "Kondisi Akhir"]
    rows = [top, ["", "", "", "si", "", "", "", ""], ["", "", "", "", "(2018)", "", "", ""],
            ["", "", "", "", "", "2019", "2020", ""], ["1", "2", "3", "4", "", "5", "6", "7"],
            ["1", "Sasaran satu", "Indeks satu", "", "-", "80", "81", "81"],
            ["2", "Sasaran dua", "Indeks dua", "", "-", "90", "95", "95"]]
    t = Table(rows=[TableRow(cells=list(c), is_header=k < 5) for k, c in enumerate(rows)], strategy="text")
    cut_header_cells_joined(t)  # the numbering row is the fifth: a tall header
    assert t.n_cols == 7 and t.rows[0].cells[3] == "Kondisi Awal"
    cell_line_rows_joined(t)
    assert [r.cells for r in t.rows[:3]] == [
        ["Misi", "Sasaran", "Indikator", "Kondisi Awal si (2018)", "Target", "", "Kondisi Akhir"],
        ["", "", "", "", "2019", "2020", ""], ["1", "2", "3", "4", "5", "6", "7"]]


def test_a_group_label_row_over_the_header_stays():
    from lkjip.extract.header_cell_cut import cell_line_rows_joined

    rows = [["", "", "Target", ""], ["Sasaran", "Indikator", "2021", "2022"], ["Sasaran satu", "Indeks", "80", "81"]]
    t = Table(rows=[TableRow(cells=list(c), is_header=k < 2) for k, c in enumerate(rows)], strategy="text")
    cell_line_rows_joined(t)
    assert [r.cells for r in t.rows] == rows
