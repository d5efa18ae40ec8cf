"""The rule engine: registry, explain, failure isolation, flags replaced, languages."""

from __future__ import annotations

import ast
from decimal import Decimal
from pathlib import Path

import pytest
from test_batch_fake import make_report

from lkjip.model import BudgetLine, Flag, Provenance, Report
from lkjip.validate import RULES, Rule, explain, validate_report

REPO = Path(__file__).resolve().parents[1]
VALIDATE_DIR = REPO / "validate"

BRIEF_RULES = {
    "budget.children_sum", "budget.total_sum", "budget.persen", "budget.over_realisasi", "budget.sisa",
    "output.persen", "performance.capaian", "performance.efisiensi", "cross.budget_mismatch",
    "cross.indicator_mismatch", "renstra.target_mismatch", "pk.missing_indicator", "pk.target_mismatch",
    "pk.budget_mismatch", "pk.renstra_mismatch", "text.total_alokasi", "text.count", "doc.nip_mismatch",
    "doc.nip_invalid", "doc.year_mismatch", "doc.reference", "doc.duplicate_label", "number.malformed",
}
CORPUS_RULES = {
    "corpus.duplicate_report", "corpus.prior_year_mismatch", "corpus.outlier", "corpus.pk_missing_indicator",
    "corpus.pk_target_mismatch", "corpus.pk_budget_mismatch",
}
#: SAKIP budget documents: their own arithmetic, and the documents of one office and year
BUDGET_DOC_RULES = {
    "corpus.pk_dpa_budget", "corpus.pk_lra_budget", "corpus.pk_rencana_aksi_budget", "corpus.pk_plan_target",
    "corpus.pk_versions", "corpus.pk_perubahan",
    "lra.children_sum", "lra.persen", "lra.surplus", "dpa.children_sum", "dpa.selisih", "dpa.penarikan",
    "budget_years.total_sum", "budget_years.persen", "budget_years.growth", "budget_years.growth_conflict",
}
#: a plan document against itself, and signing dates (issue #13)
PLAN_RULES = {"plan.target_conflict", "plan.period", "doc.signing_date"}
#: a budget summary's "label : amount" lines against its table (test_budget_summary)
SUMMARY_RULES = {"budget.summary_listed_twice"}
#: the folders of product code (every module that could make a flag)
PRODUCT_DIRS = ["lkjip", "extract", "normalize", "validate", "corpus", "synth"]


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
    assert set(RULES) == BRIEF_RULES | CORPUS_RULES | BUDGET_DOC_RULES | PLAN_RULES | SUMMARY_RULES
    for rid, r in RULES.items():
        assert r.id == rid and r.severity in ("error", "warning", "info")
        assert r.title and r.func.__doc__, rid
        assert r.scope == ("corpus" if rid.startswith("corpus.") else "report"), rid


def _flag_constructions(path: Path) -> list[int]:
    """Lines of ``path`` that call ``Flag(...)`` (by name or as an attribute)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Call) and (
        (isinstance(n.func, ast.Name) and n.func.id == "Flag")
        or (isinstance(n.func, ast.Attribute) and n.func.attr == "Flag"))]


def test_only_the_engine_makes_flags():
    """Every flag is made by the engine's factory, from the registered rule that runs: so its rule id is
    one :func:`explain` knows (no module builds a flag, or a flag row, of its own)."""
    made = {str(p.relative_to(REPO)): lines for d in PRODUCT_DIRS for p in sorted((REPO / d).rglob("*.py"))
            if (lines := _flag_constructions(p))}
    assert set(made) == {"validate/engine.py"}


def _corpus_flags(lang: str) -> list[Flag]:
    """The flags of every corpus rule, from the corpus rules' own test cases."""
    from test_validate_corpus import _kab, tables_of
    from test_validate_corpus_pk import _lkjip, _pk_file

    from lkjip.validate.corpus import check_corpus

    y21 = make_report("Kecamatan Alpha", tahun=2021, ikm_real="81.81", source_file="alpha-2021.txt")
    y22 = make_report("Kecamatan Alpha", tahun=2022, ikm_prev="80.00", source_file="alpha-2022.txt")
    rev = make_report("Kecamatan Alpha", tahun=2022, anggaran="2000000.00", source_file="alpha-2022-rev.txt")
    kab = _kab(6, serapan_of=lambda i: "400000.00" if i == 3 else str(950000 + 1000 * i))
    frames = [check_corpus(tables_of(y21, y22, rev, *kab), lang=lang),
              check_corpus(tables_of(_lkjip(), _pk_file("Dinas KUMKM")), lang=lang)]
    return [Flag(**{k: v for k, v in f.items() if k != "report_id"}) for df in frames for f in df.to_dict("records")]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_rule_id_in_a_flag_is_explainable(lang):
    report = small_report()
    report.meta.tahun = 2022
    flags = validate_report(report, lang=lang) + _corpus_flags(lang)
    assert {f.rule for f in flags} >= CORPUS_RULES | {"budget.total_sum"}
    for f in flags:
        text = explain(f.rule)
        assert text.startswith(f"{f.rule} ({RULES[f.rule].severity}): {RULES[f.rule].title}"), f.rule
        assert RULES[f.rule].func.__doc__.split()[0] in text


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
