"""A plan document against itself (issue #13): one indicator's targets in two tables (``plan.target_conflict``),
target years against the plan's period (``plan.period``), a multi-year table's printed average growth
(``budget_years.growth``, ``budget_years.growth_conflict``) and signing dates (``doc.signing_date``).
Each rule: a small case that fires and a consistent one that does not."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from lkjip.model import (
    BudgetLine,
    IndicatorTarget,
    Provenance,
    RenstraTarget,
    Report,
    ReportMeta,
    Signatory,
)
from lkjip.validate import validate_report
from lkjip.validate.growth import mean_growth
from lkjip.validate.plans import shift_of, target_series


def _report(doc_type: str = "renstra", tahun: int | None = 2030, tahun_akhir: int | None = 2034, **records) -> Report:
    return Report(report_id="r1", source_file="x.pdf", sha256="", input_format="pdf", document_type=doc_type,
                  meta=ReportMeta(instansi="Kecamatan Sukamaju", tahun=tahun, tahun_akhir=tahun_akhir), **records)


def _flags(report: Report, rule: str) -> list:
    return [f for f in validate_report(report) if f.rule == rule]


def _renstra(table: str, page: int, indikator: str, targets: dict[int, str]) -> list[RenstraTarget]:
    return [RenstraTarget(indikator=indikator, tahun=y, target=D(v), target_text=v,
                          source=Provenance(table=table, page=page, line_no=10 + i))
            for i, (y, v) in enumerate(targets.items())]


def _iku(table: str, page: int, indikator: str, targets: dict[int, str]) -> list[IndicatorTarget]:
    return [IndicatorTarget(document_type="renstra", source_table=table, indikator=indikator, tahun=y,
                            target=D(v.replace(",", ".")), target_text=v, source=Provenance(table=table, page=page)) for y, v in targets.items()]


SERIES = {2030: "70", 2031: "71", 2032: "72", 2033: "73", 2034: "74"}
SHIFTED = {2031: "70", 2032: "71", 2033: "72", 2034: "73", 2035: "74"}


# --- plan.target_conflict ---------------------------------------------------------------------------------


def test_the_same_indicator_shifted_one_year_in_another_table_is_one_flag_naming_both_tables():
    r = _report(renstra_targets=_renstra("Tabel 3.1", 40, "Indeks Kepuasan Layanan Desa", SERIES),
                indicator_targets=_iku("Tabel 4.4", 60, "S1. Indeks Kepuasan Layanan Desa", SHIFTED))
    (f,) = _flags(r, "plan.target_conflict")
    assert f.severity == "error" and f.source_table == "Tabel 4.4" and f.page == 60
    assert "Tabel 3.1" in f.message and "Tabel 4.4" in f.message
    assert "2031, 2032, 2033, 2034" in f.message and "bergeser satu tahun" in f.message
    assert f.expected.startswith("Tabel 3.1 2031: 71") and f.found.startswith("Tabel 4.4 2031: 70")
    assert "2035: 74" in f.evidence


def test_a_shift_with_one_slipped_cell_is_still_named_a_shift():
    slipped = {**SERIES, 2032: "727"}
    r = _report(renstra_targets=_renstra("Tabel 3.1", 40, "Indeks Kepuasan Layanan Desa", slipped),
                indicator_targets=_iku("Tabel 4.4", 60, "Indeks Kepuasan Layanan Desa", SHIFTED))
    (f,) = _flags(r, "plan.target_conflict")
    assert "bergeser" in f.message and "kecuali 2033 (72/727)" in f.message


def test_one_differing_year_is_flagged_without_a_shift():
    other = {**SERIES, 2033: "75"}
    r = _report(renstra_targets=_renstra("Tabel 3.1", 40, "Indeks Kepuasan Layanan Desa", SERIES),
                indicator_targets=_iku("Tabel 4.4", 60, "Indeks Kepuasan Layanan Desa", other))
    (f,) = _flags(r, "plan.target_conflict")
    assert "tahun 2033" in f.message and "bergeser" not in f.message


def test_the_same_targets_in_two_tables_and_other_indicators_are_not_flagged():
    r = _report(renstra_targets=_renstra("Tabel 3.1", 40, "Indeks Kepuasan Layanan Desa", SERIES)
                + _renstra("Tabel 3.1", 40, "Persentase jalan desa mantap", {2030: "10", 2031: "20"}),
                indicator_targets=_iku("Tabel 4.4", 60, "Indeks Kepuasan Layanan Desa", {2030: "70,0", 2031: "71"})
                + _iku("Tabel 4.4", 60, "Jumlah pasar desa", {2030: "3", 2031: "4"}))
    assert _flags(r, "plan.target_conflict") == []


def test_shift_of_needs_two_years_and_reads_both_directions():
    a, b = target_series(_report(renstra_targets=_renstra("A", 1, "X", SERIES) + _renstra("B", 2, "X", SHIFTED)))
    assert shift_of(a, b) == (1, []) and shift_of(b, a) == (-1, [])
    c, d = target_series(_report(renstra_targets=_renstra("A", 1, "X", {2030: "1"}) + _renstra("B", 2, "X", {2031: "1"})))
    assert shift_of(c, d) is None


# --- plan.period ------------------------------------------------------------------------------------------


def test_targets_beyond_the_plan_period_are_a_warning_naming_the_year_outside():
    r = _report(indicator_targets=_iku("Tabel 4.4", 60, "Indeks Kepuasan Layanan Desa", SHIFTED))
    (f,) = _flags(r, "plan.period")
    assert f.severity == "warning" and f.source_table == "Tabel 4.4"
    assert "2035" in f.message and "2030-2034" in f.message and "tanpa target 2030" in f.message
    assert (f.expected, f.found) == ("2030-2034", "2031-2035")


@pytest.mark.parametrize(("doc_type", "tahun_akhir"), [("renstra", 2034), ("renstra", None), ("lkjip", 2034)])
def test_targets_within_the_period_or_without_a_period_are_not_flagged(doc_type, tahun_akhir):
    targets = SERIES if tahun_akhir else SHIFTED
    r = _report(doc_type, tahun_akhir=tahun_akhir, indicator_targets=_iku("Tabel 4.4", 60, "Indeks X", targets))
    if doc_type == "lkjip":  # an LKjIP's year is no plan period
        r.indicator_targets = _iku("Tabel 4.4", 60, "Indeks X", SHIFTED)
    assert _flags(r, "plan.period") == []


def test_a_baseline_before_the_period_is_no_target():
    base = RenstraTarget(indikator="Indeks X", tahun=2029, jenis="kondisi_awal", target=D(69), target_text="69",
                         source=Provenance(table="Tabel 3.1", page=40))
    r = _report(renstra_targets=[base, *_renstra("Tabel 3.1", 40, "Indeks X", SERIES)])
    assert _flags(r, "plan.period") == []


# --- budget_years.growth / growth_conflict -------------------------------------------------------------------


def _year_lines(line_no: int, uraian: str, amounts: list[str], growth: str | None) -> list[BudgetLine]:
    raw = [uraian, *amounts, *([growth] if growth else [])]
    g = D(growth) if growth else None
    return [BudgetLine(source_table="Tabel 2.6", line_no=line_no, uraian=uraian, tahun=2020 + i, anggaran=D(a),
                       pertumbuhan_anggaran=g, source=Provenance(table="Tabel 2.6", page=30, line_no=line_no, raw=raw))
            for i, a in enumerate(amounts)]


FROM_ZERO = ["0", "1000000", "1500000", "3000000"]  # rates: none, 50 %, 100 % → 75 skipped, 50 counted as 0


def test_mean_growth_skips_or_counts_as_zero_a_year_after_a_zero():
    series = tuple(D(a) for a in FROM_ZERO)
    assert mean_growth(series, undefined_as_zero=False) == D(75)
    assert mean_growth(series, undefined_as_zero=True) == D(50)
    assert mean_growth((D(0), D(0)), undefined_as_zero=False) is None


def test_rows_with_one_series_printing_two_growths_are_flagged_with_both_conventions():
    r = _report(budget_years=_year_lines(1, "PROGRAM KETERTIBAN UMUM", FROM_ZERO, "50.00")
                + _year_lines(2, "Koordinasi ketertiban", FROM_ZERO, "50.00")
                + _year_lines(3, "Sinergi dengan kepolisian", FROM_ZERO, "75.00"))
    (f,) = _flags(r, "budget_years.growth_conflict")
    assert f.severity == "error" and (f.expected, f.found) == ("50.00", "75.00") and f.line_no == 3
    assert "dihitung 0" in f.message and "dilewati" in f.message
    assert "0 / 1.000.000 / 1.500.000 / 3.000.000" in f.message
    assert _flags(r, "budget_years.growth") == []  # a year without a rate: no mean to recompute


def test_rows_with_one_series_and_one_growth_are_not_flagged():
    r = _report(budget_years=_year_lines(1, "PROGRAM A", FROM_ZERO, "75.00") + _year_lines(2, "Kegiatan A", FROM_ZERO,
                                                                                            "75.00"))
    assert _flags(r, "budget_years.growth_conflict") == []


def test_a_printed_growth_that_is_not_the_mean_of_the_yearly_rates_is_a_warning():
    r = _report(budget_years=_year_lines(1, "PROGRAM B", ["1000000", "1100000", "1320000"], "20.00")
                + _year_lines(2, "PROGRAM C", ["1000000", "1100000", "1320000"], "15.00"))
    flags = _flags(r, "budget_years.growth")
    assert [(f.line_no, f.expected, f.found) for f in flags] == [(1, "15,00", "20.00")]


# --- doc.signing_date ---------------------------------------------------------------------------------------------


def _signed(date: dt.date, context: str = "Sampul", precision: str = "day") -> Signatory:
    return Signatory(context=context, name="ANI WIJAYA, S.Sos", date=date, date_precision=precision,
                     source=Provenance(page=1))


def test_a_report_signed_before_its_year_ended_is_a_warning_showing_the_date():
    r = _report("lra", tahun=2030, tahun_akhir=None, signatories=[_signed(dt.date(2030, 1, 1))])
    (f,) = _flags(r, "doc.signing_date")
    assert f.severity == "warning" and "1 Januari 2030" in f.message and "2030-01-01" in f.found
    assert f.expected == "setelah 31 Desember 2030"


@pytest.mark.parametrize(("doc_type", "sig"), [
    ("lra", _signed(dt.date(2031, 1, 15))),
    ("lkjip", _signed(dt.date(2031, 2, 1), "Kata Pengantar", "month")),
    ("lkjip", _signed(dt.date(2030, 1, 3), "PK 2030")),  # the PK inside an LKjIP is signed at the year's start
    ("pk", _signed(dt.date(2029, 12, 30), "PK 2030")),
    ("renstra", _signed(dt.date(2030, 9, 1), "Isi", "month")),
])
def test_dates_that_fit_the_year_are_not_flagged(doc_type, sig):
    assert _flags(_report(doc_type, tahun=2030, tahun_akhir=None, signatories=[sig]), "doc.signing_date") == []


def test_a_pk_signed_after_its_year_is_flagged_by_month_when_the_day_is_blank():
    r = _report("pk", tahun=2030, tahun_akhir=None, signatories=[_signed(dt.date(2031, 1, 1), "PK 2030", "month")])
    (f,) = _flags(r, "doc.signing_date")
    assert "Januari 2031 (2031-01)" in f.message and f.expected == "2029-2030"


def test_a_plan_signed_after_its_year_is_flagged():
    r = _report("renja", tahun=2030, tahun_akhir=None, signatories=[_signed(dt.date(2031, 3, 2))])
    assert len(_flags(r, "doc.signing_date")) == 1


# --- from a table: the growth columns reach the records and the rules ---------------------------------------------


def test_a_multi_year_table_reads_its_average_growth_columns_and_flags_the_conflict():
    from test_budget_docs import doc_of, extract

    head = [["Program/Kegiatan/Sub Kegiatan", "Anggaran pada Tahun ke-", "", "", "Realisasi Anggaran pada Tahun ke-",
             "", "", "Rata-rata Pertumbuhan", ""],
            ["", "2020", "2021", "2022", "2020", "2021", "2022", "Anggaran", "Realisasi"]]
    amounts = ["0", "1,000,000", "2,000,000", "0", "900,000", "1,800,000"]  # rates: none, 100 % (each)
    rows = [["PROGRAM KETERTIBAN UMUM", *amounts, "50.00", "50.00"],
            ["Koordinasi ketertiban umum", *amounts, "100.00", "50.00"],
            ["Pemeliharaan kantor", "1,000,000", "1,100,000", "1,210,000", "1,000,000", "1,100,000", "1,210,000",
             "#DIV/0!", "10.00"]]
    r = extract(doc_of("Tabel 2.6 Matrik Anggaran dan Realisasi Pendanaan", head + rows))
    first = {b.uraian: b for b in r.budget_years if b.tahun == 2020}
    assert first["PROGRAM KETERTIBAN UMUM"].pertumbuhan_anggaran == D(50)
    assert first["Koordinasi ketertiban umum"].pertumbuhan_anggaran == D(100)
    assert first["Pemeliharaan kantor"].pertumbuhan_anggaran is None  # a spreadsheet error: no number
    assert first["Pemeliharaan kantor"].pertumbuhan_realisasi == D(10)
    assert {b.pertumbuhan_anggaran for b in r.budget_years if b.uraian.startswith("PROGRAM")} == {D(50)}
    (f,) = [f for f in r.flags if f.rule.startswith("budget_years.growth")]
    assert (f.rule, f.expected, f.found) == ("budget_years.growth_conflict", "50.00", "100.00")
    column = r.to_tables()["budget_lines"]["pertumbuhan_realisasi"]
    assert set(column.dropna()) == {D(50), D(10)}


def test_a_third_table_agreeing_with_the_first_is_named_on_the_same_flag():
    r = _report(renstra_targets=_renstra("Tabel 3.1", 40, "Indeks Kepuasan Layanan Desa", SERIES)
                + _renstra("Tabel 3.4", 45, "Indeks Kepuasan Layanan Desa", SERIES),
                indicator_targets=_iku("Tabel 4.4", 60, "Indeks Kepuasan Layanan Desa", SHIFTED))
    (f,) = _flags(r, "plan.target_conflict")
    assert "antara Tabel 3.1 dan Tabel 4.4" in f.message and f.evidence.endswith("sama dengan Tabel 3.4")


def test_two_roundings_of_one_growth_are_no_conflict():
    amounts = ["1000000", "1100000", "1221110"]  # rates 10 %, 11,01 %: mean 10,505
    r = _report(budget_years=_year_lines(1, "PROGRAM D", amounts, "10.50") + _year_lines(2, "Kegiatan D", amounts,
                                                                                         "10.51"))
    assert _flags(r, "budget_years.growth_conflict") == [] and _flags(r, "budget_years.growth") == []
    r = _report(budget_years=_year_lines(1, "PROGRAM D", amounts, "10.50") + _year_lines(2, "Kegiatan D", amounts,
                                                                                         "11.00"))
    assert len(_flags(r, "budget_years.growth_conflict")) == 1
