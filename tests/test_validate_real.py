"""The validators on real reports from other regions (../shared/real): they run without breaking,
and the layouts that differ from the seed do not turn into floods of false contradictions."""

from __future__ import annotations

import re

import pytest

from lkjip.model import Report
from lkjip.pipeline import extract_report
from lkjip.validate import validate_report

pytestmark = pytest.mark.shared

TEXT_PDFS = [
    "jabar_BPMPD_LKIP2016_full.pdf",
    "jabar_DinasKUMKM_LKIP2016_Lampiran3_PK.pdf",
    "jabar_Inspektorat_LKIP2016_Lampiran2_PK.pdf",
    "tangsel_Evaluasi_Renja_TW_I-IV_2023_Kec_Ciputat_Pamulang.pdf",
    "wonogiri_Renstra_Kec_Batuwarno_2016-2021.pdf",
]

_cache: dict[str, Report] = {}


def validated(real_dir, name: str) -> Report:
    if name not in _cache:
        report = extract_report(real_dir / name, validate=False)
        validate_report(report)
        _cache[name] = report
    return _cache[name]


@pytest.mark.parametrize("name", TEXT_PDFS)
def test_every_rule_runs_on_real_reports(real_dir, name):
    report = validated(real_dir, name)
    assert [e.message for e in report.errors if e.component == "validate"] == []
    for f in report.flags:
        assert f.message and f.severity in ("error", "warning", "info")


def test_per_kegiatan_allocations_in_the_text_are_not_total_claims(real_dir):
    # the BPMPD narrative gives each kegiatan's "alokasi anggaran sebesar Rp …"; none is the total
    report = validated(real_dir, "jabar_BPMPD_LKIP2016_full.pdf")
    assert sum(c.kind == "total_alokasi" for c in report.claims) > 10
    assert [f.found for f in report.flags if f.rule == "text.total_alokasi"] == []


def test_a_comparison_table_printing_budgets_as_realisasi_is_one_flag(real_dir):
    report = validated(real_dir, "jabar_BPMPD_LKIP2016_full.pdf")
    cross = [f for f in report.flags if f.rule == "cross.budget_mismatch"]
    assert len(cross) <= 3, [f.message for f in cross]
    column = [f for f in cross if f.message.startswith("Kolom realisasi")]
    if column:  # depends on the PDF reader finding the 2015-vs-2016 comparison table
        m = re.search(r"pada (\d+) dari (\d+) baris", column[0].message)
        assert m and int(m.group(1)) > int(m.group(2)) / 2


def test_real_arithmetic_slips_are_found(real_dir):
    # printed "38.940,00" where 959.000.000,00 − 920.059.100,00 = 38.940.900
    report = validated(real_dir, "jabar_BPMPD_LKIP2016_full.pdf")
    sisa = {(f.expected, f.found) for f in report.flags if f.rule == "budget.sisa"}
    assert ("38.940.900", "38.940,00") in sisa


# --- issue #13: the contradictions FACTS.json lists, flagged with their evidence ---------------------------------

BANYUWANGI = "banyuwangi_Kec_Muncar_Renstra_2025-2029.pdf"


def _flags(real_dir, name: str, rule: str) -> list:
    from test_real_reports import report  # one extraction per document, shared with test_real_reports

    return [f for f in report(real_dir, name).flags if f.rule == rule]


@pytest.mark.slow
def test_renstra_targets_shifted_one_year_between_two_tables(real_dir):
    flags = [f for f in _flags(real_dir, BANYUWANGI, "plan.target_conflict") if f.source_table == "Tabel 4.4"]
    for indicator in ("(IKW)", "(IKM)", "Persentase Kepuasan Masyarakat"):
        assert any(indicator in f.message and "bergeser satu tahun" in f.message for f in flags), indicator
    ikw = next(f for f in flags if "IKW" in f.message)
    assert "2026: 86" in ikw.expected and "2026: 85" in ikw.found


@pytest.mark.slow
def test_renstra_identical_series_with_two_average_growths(real_dir):
    flags = _flags(real_dir, BANYUWANGI, "budget_years.growth_conflict")
    assert {(f.expected, f.found) for f in flags} == {("90.10", "120.13"), ("82.06", "109.41")}
    assert all("dihitung 0" in f.message and "dilewati" in f.message for f in flags)
    assert _flags(real_dir, BANYUWANGI, "budget_years.growth") == []  # every fully defined series fits its mean


@pytest.mark.slow
def test_renstra_targets_beyond_its_period(real_dir):
    flags = _flags(real_dir, BANYUWANGI, "plan.period")
    assert flags and all("2030" in f.message and f.expected == "2025-2029" for f in flags)
    assert any("tanpa target 2025" in f.message for f in flags if f.source_table == "Tabel 4.4")


def test_lra_signed_before_the_year_it_reports_on_ended(real_dir):
    (f,) = _flags(real_dir, "sulut_Diskominfo_LRA_2021.pdf", "doc.signing_date")
    assert "1 Januari 2021" in f.message and "2021-01-01" in f.found


@pytest.mark.parametrize("name", TEXT_PDFS)
def test_plan_and_signing_rules_are_quiet_on_consistent_real_reports(real_dir, name):
    rules = ("plan.", "doc.signing_date", "budget_years.growth")
    assert [f.message for f in validated(real_dir, name).flags if f.rule.startswith(rules)] == []
