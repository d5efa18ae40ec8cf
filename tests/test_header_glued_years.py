"""Two years a reader glued in a header cell ("AKHIR REALISASI TAHUN 20242026)"), the lines of two wrapped header
cells mixed: the years are parted, the one closing the left cell's open bracket put back there
(:func:`lkjip.extract.header_glued_years.header_years_unglued`), and the table finds its header and kind."""

from __future__ import annotations

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.header_glued_years import header_years_unglued
from lkjip.extract.stitch import stitch_document

HEAD = ["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET RENSTRA (TAHUN", "AKHIR REALISASI TAHUN 20302033)",
        "TINGKAT KEMAJUAN (%)"]
BODY = [["Meningkatnya mutu layanan", "Indeks kepuasan warga", "90", "81", "90"],
        ["Meningkatnya peran warga", "Persentase warga hadir", "70", "63", "90"]]


def _table(head: list[str]) -> Table:
    return Table(rows=[TableRow(cells=list(head), is_header=True),
                       TableRow(cells=["(1)", "(2)", "(3)", "(4)", "(5)"], is_header=True),
                       *(TableRow(cells=list(c)) for c in BODY)], strategy="text")


def test_glued_years_are_parted_and_the_closing_year_goes_back_to_the_open_cell():
    t = _table(HEAD)
    assert header_years_unglued(t)
    assert t.rows[0].cells[2:4] == ["TARGET RENSTRA (TAHUN 2033)", "AKHIR REALISASI TAHUN 2030"]
    assert t.rows[2].cells == BODY[0]


def test_glued_years_with_no_open_cell_on_the_left_stay_in_their_cell_parted():
    head = ["SASARAN", "INDIKATOR", "TARGET", "REALISASI TAHUN 20302033", "KEMAJUAN (%)"]
    t = _table(head)
    assert header_years_unglued(t)
    assert t.rows[0].cells[3] == "REALISASI TAHUN 2030 2033"
    body_years = Table(rows=[TableRow(cells=["Nilai", "20302033"])], strategy="text")
    assert not header_years_unglued(body_years)  # only the rows marked as the header


def test_the_table_with_glued_header_years_gets_its_kind_through_stitch():
    doc = Document(source_file="t", input_format="pdf", blocks=[_table(HEAD)])
    (found,) = find_tables(stitch_document(doc))
    assert found.kind.value == "renstra_progress"
