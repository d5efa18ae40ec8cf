"""A header cell's last line ("(TAHUN 2026)") cut off by a page break and read into the first column: the year goes
back under the value label that names none, so the values are read under the year the header states."""

from __future__ import annotations

from decimal import Decimal

from lkjip.extract.classify import TableKind
from lkjip.extract.header_years import lone_years_moved
from lkjip.extract.records import Sink, performance
from tests.table_builders import found_table

HEAD = ["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET AKHIR RENSTRA", "REALISASI TAHUN 2021",
        "TINGKAT KEMAJUAN (%)"]


def test_year_under_names_column_goes_under_the_yearless_target():
    ft = found_table([HEAD, ["(TAHUN 2025)", "", "", "", ""], ["(1)", "(2)", "(3)", "(4)", "(5)"],
                      ["Meningkatnya mutu layanan", "Indeks mutu layanan", "90", "81", "90"],
                      ["Meningkatnya tertib arsip", "Persentase arsip tertata", "70", "63", "90"]],
                     "Tabel 3.3 Perbandingan Realisasi Kinerja dengan Target Akhir Renstra", header_rows=3)
    assert ft.kind is TableKind.renstra_progress
    assert [c.year for c in ft.columns] == [None, None, 2025, 2021, None]
    recs = performance(ft, Sink(), 2021)
    target = {r.indikator: r.target for r in recs if r.target is not None}
    assert {r.tahun for r in recs if r.target is not None} == {2025}
    assert target["Indeks mutu layanan"] == Decimal("90")


def test_year_already_under_a_value_label_stays():
    head = [["Sasaran", "Target", "Realisasi"], ["", "2024", ""]]
    assert lone_years_moved(head) == head


def test_row_with_words_besides_years_stays():
    head = [["Sasaran", "Target"], ["Strategis (2024)", ""]]
    assert lone_years_moved(head) == head


def test_more_years_than_yearless_value_labels_stay():
    head = [["Sasaran", "Indikator", "Target"], ["2024", "2025", ""]]
    assert lone_years_moved(head) == head
