"""The rule engine: registry, explain, failure isolation, flags replaced, languages."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from lkjip.model import BudgetLine, Flag, Provenance, Report
from lkjip.validate import RULES, Rule, explain, validate_report

VALIDATE_DIR = Path(__file__).resolve().parents[1] / "validate"

BRIEF_RULES = {
    "budget.children_sum", "budget.total_sum", "budget.persen", "budget.over_realisasi", "budget.sisa",
    "output.persen", "performance.capaian", "performance.efisiensi", "cross.budget_mismatch",
    "cross.indicator_mismatch", "renstra.target_mismatch", "pk.missing_indicator", "pk.target_mismatch",
    "pk.budget_mismatch", "pk.renstra_mismatch", "text.total_alokasi", "text.count", "doc.nip_mismatch",
    "doc.nip_invalid", "doc.year_mismatch", "doc.reference", "doc.duplicate_label", "number.malformed",
}


def small_report() -> Report:
    """A total that does not add up: one budget.total_sum error."""
    lines = [
        BudgetLine(source_table="Tabel 1", line_no=1, level="program", uraian="Program A", anggaran=Decimal(10),
                   source=Provenance(table="Tabel 1", line_no=11, raw=["Program A", "10"])),
        BudgetLine(source_table="Tabel 1", line_no=2, level="total", uraian="Jumlah", anggaran=Decimal(12),
                   source=Provenance(table="Tabel 1", line_no=12, raw=["Jumlah", "12"])),
    ]
    return Report(report_id="r", source_file="r.txt", sha256="", input_format="text", budget_lines=lines)


def test_registry_holds_every_rule_of_the_brief():
    assert set(RULES) == BRIEF_RULES
    for rid, r in RULES.items():
        assert r.id == rid and r.severity in ("error", "warning", "info")
        assert r.title and r.func.__doc__, rid


def test_explain():
    text = explain("budget.persen")
    assert text.startswith("budget.persen (error): printed % equals realisasi / anggaran")
    assert "truncation" in text
    with pytest.raises(KeyError, match="unknown rule"):
        explain("no.such.rule")


def test_a_broken_rule_does_not_stop_the_others(monkeypatch):
    def broken(report, ctx):
        raise RuntimeError("boom")
        yield  # pragma: no cover

    monkeypatch.setitem(RULES, "test.broken", Rule("test.broken", "error", "always fails", broken))
    report = small_report()
    flags = validate_report(report)
    assert [f.rule for f in flags] == ["budget.total_sum"]
    (err,) = report.errors
    assert (err.component, err.category) == ("validate", "internal")
    assert "test.broken" in err.message and "boom" in err.message
    assert report.status == "partial"


def test_flags_are_replaced_not_appended():
    report = small_report()
    report.flags = [Flag(rule="old.rule", severity="error", message="stale")]
    validate_report(report)
    validate_report(report)
    assert [f.rule for f in report.flags] == ["budget.total_sum"]


def test_total_sum_flag_fields():
    (f,) = validate_report(small_report())
    assert (f.severity, f.expected, f.found, f.source_table, f.line_no) == ("error", "10", "12", "Tabel 1", 12)
    assert f.message == "Anggaran Jumlah tercetak 12, jumlah rinciannya 10 (selisih 2)"
    assert f.evidence == "Tabel 1 baris 12 (Jumlah) vs jumlah 1 program di baris 11"


def test_english():
    (f,) = validate_report(small_report(), lang="en")
    assert f.message == "Budget of Jumlah printed 12, its rows sum to 10 (difference 2)"
    assert f.evidence == "Tabel 1 line 12 (Jumlah) vs sum of 1 programs on line 11"


def test_page_in_evidence_for_pdf():
    report = small_report()
    for b in report.budget_lines:
        b.source.page, b.source.line_no = 28, None
    (f,) = validate_report(report)
    assert f.page == 28 and f.evidence.startswith("Tabel 1 hal. 28 (Jumlah)")


def test_empty_report_raises_nothing():
    report = Report(report_id="e", source_file="e.txt", sha256="", input_format="text")
    assert validate_report(report) == [] and report.errors == []


SEED_CONSTANTS = ["sokobanah", "sampang", "abdul fatah", "2.508.522", "2508522", "2.662.394", "2662394",
                  "19670923", "19690311", "82,47", "82.47", "pemeliharaan mebel", "slamet"]


@pytest.mark.parametrize("path", sorted(VALIDATE_DIR.glob("*.py")), ids=lambda p: p.name)
def test_no_seed_values_in_rules(path):
    text = path.read_text(encoding="utf-8").casefold()
    assert [c for c in SEED_CONSTANTS if c in text] == []


def test_number_malformed_flags_repair_and_unconfirmed():
    from lkjip.model import MalformedCell

    confirmed = BudgetLine(source_table="T", line_no=1, level="program", uraian="Program A",
                           anggaran=Decimal("3800000000"), malformed=[MalformedCell(
                               field="anggaran", raw="3.8000.000.000,00",
                               candidates=[Decimal("38000000000"), Decimal("3800000000")],
                               accepted=Decimal("3800000000"), confirmed_by="anggaran − realisasi = sisa")])
    open_ = BudgetLine(source_table="T", line_no=2, level="program", uraian="Program B", malformed=[MalformedCell(
        field="realisasi", raw="12.34.567", candidates=[Decimal("1234567")])])
    report = Report(report_id="x", source_file="x", sha256="", input_format="text",
                    budget_lines=[confirmed, open_])
    flags = [f for f in validate_report(report) if f.rule == "number.malformed"]
    assert [(f.severity, f.found, f.expected) for f in flags] == [
        ("warning", "3.8000.000.000,00", "3.800.000.000"),
        ("error", "12.34.567", "1.234.567"),
    ]
