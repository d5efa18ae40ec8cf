"""A row counts as the column numbers read in front of its cells only when EVERY filled cell carries its column's
number (extract/numbers_on_row.py): a body row of its own with its row number in the first cell and counts rising
by one a column ("1", "3 Dokumen", "4 Dokumen", "5 Dokumen") is kept as read, and a contradiction in it stays an
error (validate/numbered_cells.py). Each number cut off a value glued to it is a warning of its own."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.document import Table, TableRow
from lkjip.extract.numbers_on_row import column_fronts, numbering_unglued
from lkjip.model import Performance, Provenance, Report
from lkjip.validate import validate_report

HEAD = ["No", "Indikator", "Target", "Realisasi", "Capaian"]
#: a real row: its own number "1", an indicator, counts that happen to rise by one a column
REAL = ["1", "Jumlah dokumen perencanaan", "3 Dokumen", "4 Dokumen", "5 Dokumen"]


def test_a_row_whose_name_carries_no_column_number_is_a_row_of_its_own():
    assert column_fronts(REAL) is None
    t = Table(rows=[TableRow(cells=HEAD, page=2, is_header=True), TableRow(cells=REAL, page=2)], page=2)
    numbering_unglued(t)
    assert [r.cells for r in t.rows] == [HEAD, REAL]
    assert not t.warnings


def test_a_row_every_cell_of_which_carries_its_number_still_is_taken_apart():
    cells = ["1", "2 Jumlah dokumen", "3 Dokumen", "4 99", "5 95", "6 Dokumen"]
    assert column_fronts(cells) == {1: 2, 2: 3, 3: 4, 4: 5, 5: 6}


def _over_flags(raw: list[str]) -> list:
    p = Performance(source_table="Tabel 3.4", sasaran=raw[0], indikator=raw[1], tahun=2021,
                    anggaran=D(651378495), realisasi_anggaran=D(750794173), serapan=D("115.26"),
                    source=Provenance(table="Tabel 3.4", page=5, raw=raw))
    report = Report(report_id="t", source_file="t.pdf", sha256="", input_format="pdf", performance=[p])
    return [f for f in validate_report(report) if f.rule == "budget.over_realisasi"]


def test_a_contradiction_in_a_row_of_its_own_stays_an_error():
    # row number, name, then counts 3, 4, 5 rising with the columns: no column-number row, the realisasi over
    # the anggaran is a real contradiction
    raw = ["1 Meningkatnya mutu", "Indeks Kepuasan Masyarakat", "3 Dokumen", "4 Dokumen", "5 Dokumen",
           "651.378.495,-", "750.794.173,-", "115,26"]
    (f,) = _over_flags(raw)
    assert f.severity == "error" and not f.uncertain


KINERJA = ["Sasaran", "Indikator", "Target", "Realisasi", "Capaian", "Anggaran", "Realisasi Anggaran", "%"]


def test_each_glued_number_cut_off_is_a_warning_naming_the_cell():
    t = Table(rows=[TableRow(cells=KINERJA, page=5, is_header=True),
                    TableRow(cells=["1 Meningkatnya mutu", "2 Indeks Kepuasan Masyarakat", "3 77,37", "4 76,69",
                                    "599,12", "651.378.495,-", "750.794.173,-", "898,86"], page=5)], page=5)
    numbering_unglued(t)
    glued = [w for w in t.warnings if "glued" in w]
    assert glued == ["column number 5 glued to the value under it cut off: '599,12' -> '99,12'",
                     "column number 6 glued to the value under it cut off: '651.378.495,-' -> '51.378.495,-'",
                     "column number 7 glued to the value under it cut off: '750.794.173,-' -> '50.794.173,-'",
                     "column number 8 glued to the value under it cut off: '898,86' -> '98,86'"]


def test_a_sign_after_its_column_number_carries_it_too():
    # review: a Satuan cell "3 %" (its number, then a sign) blocked the whole row, so the glued amounts stayed
    # 751.378.495 / 850.794.173 and their over-realisation was a certain error
    row = ["1 Meningkatnya mutu", "2 Indeks Kepuasan Masyarakat", "3 %", "4 77,37", "5 76,69", "699,12",
           "751.378.495,-", "850.794.173,-"]
    assert column_fronts(row) == {k: k + 1 for k in range(8)}
    t = Table(rows=[TableRow(cells=KINERJA, page=5, is_header=True), TableRow(cells=row, page=5)], page=5)
    numbering_unglued(t)
    assert t.rows[2].cells == ["Meningkatnya mutu", "Indeks Kepuasan Masyarakat", "%", "77,37", "76,69", "99,12",
                               "51.378.495,-", "50.794.173,-"]
    assert column_fronts(["1 Meningkatnya mutu", "2 Indeks", "3 -", "4 77,37"]) == {0: 1, 1: 2, 2: 3, 3: 4}
