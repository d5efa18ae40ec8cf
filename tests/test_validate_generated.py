"""The validators on synthetic reports (lkjip.synth): a consistent report raises no
error and no warning, and every injected contradiction is found, at its line, with its numbers."""

from __future__ import annotations

import random
import re
from decimal import Decimal, InvalidOperation

import pytest

from lkjip.extract.read_text import read_text_string
from lkjip.model import Flag
from lkjip.pipeline import extract_document
from lkjip.synth.generate import generate_report
from lkjip.synth.inject import CONTRADICTIONS
from lkjip.synth.truth import Injected, Variant
from lkjip.validate import validate_report

SEEDS = (1, 2, 3)


def validated(seed: int, contradictions=(), variant=None, tahun: int = 2022):
    g = generate_report(seed, instansi="Kecamatan Sukamaju", kabupaten="Kabupaten Lembah Hijau", tahun=tahun,
                        contradictions=list(contradictions), variant=variant)
    report = extract_document(read_text_string(g.text, source_file=f"{g.slug}.txt"))
    validate_report(report)
    return g, report


def number(s: str | None) -> Decimal | str | None:
    """A printed number ("1.234,00", "Rp. 1.234,-", "96,7", "79%", "19800327 200910 1 004") or the generator's
    plain digits ("1234", "96.7") as a Decimal; other text unchanged."""
    if s is None:
        return None
    t = re.sub(r"[^\d.,]", "", s).strip(".,")
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif t.count(".") > 1 or (re.search(r"\.\d{3}$", t) and len(t) > 7):
        t = t.replace(".", "")
    try:
        return Decimal(t).normalize()
    except InvalidOperation:
        return s


def covers(f: Flag, inj: Injected) -> bool:
    """The flag reports the injected change: same rule, at (or naming) its line, with its two numbers."""
    if f.rule != inj.rule:
        return False
    spans = [(int(a), int(b)) for a, b in re.findall(r"(\d+)–(\d+)", f.evidence)]
    at = inj.line_no is not None and (
        f.line_no == inj.line_no or re.search(rf"\b{inj.line_no}\b", f.evidence) is not None
        or any(a <= inj.line_no <= b for a, b in spans))
    if inj.found is None:  # a removed row: the flag names it
        return at or inj.row[:30].casefold() in f.message.casefold()
    return at and {number(inj.expected), number(inj.found)} <= {number(f.expected), number(f.found)}


@pytest.mark.parametrize("seed", SEEDS)
def test_consistent_generated_report_raises_nothing(seed):
    _, report = validated(seed)
    assert [(f.rule, f.message) for f in report.flags] == []
    assert report.errors == []


@pytest.mark.parametrize("seed", range(4, 10))
def test_consistent_generated_variants_raise_nothing(seed):
    rng = random.Random(seed)
    variant = {k: not f.default for k, f in Variant.model_fields.items() if f.annotation is bool and rng.random() < 0.4}
    variant["numbering"] = rng.choice(["mixed", "letters", "digits", "roman", "hierarchical"])
    variant["column_order"] = rng.choice(["anggaran_realisasi_persen", "realisasi_anggaran_persen",
                                          "persen_anggaran_realisasi"])
    _, report = validated(seed, variant=variant, tahun=2019 + seed % 5)
    assert [(f.rule, f.message) for f in report.flags if f.severity != "info"] == []


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("rule", CONTRADICTIONS)
def test_injected_contradiction_is_found(rule, seed):
    g, report = validated(seed, [rule])
    assert g.truth.injected
    for inj in g.truth.injected:
        hits = [f for f in report.flags if covers(f, inj)]
        assert hits, (inj, [(f.rule, f.expected, f.found, f.line_no) for f in report.flags])
    allowed = {rule} | {r for i in g.truth.injected for r in i.may_also_fire}
    assert {f.rule for f in report.flags if f.severity == "error"} <= allowed


@pytest.mark.parametrize("seed", SEEDS)
def test_all_contradictions_at_once(seed):
    g, report = validated(seed, CONTRADICTIONS)
    missed = [i for i in g.truth.injected if not any(covers(f, i) for f in report.flags)]
    assert missed == []
    allowed = {i.rule for i in g.truth.injected} | {r for i in g.truth.injected for r in i.may_also_fire}
    assert {f.rule for f in report.flags if f.severity == "error"} <= allowed


def _one_more_sub_kegiatan(report, table: str) -> None:
    """A row of ``table`` read as two (as a reader may break a row at a page end): one more sub kegiatan."""
    lines = report.budget_table(table)
    sub = next(b for b in lines if b.level == "sub_kegiatan")
    extra = sub.model_copy(update={"line_no": max(b.line_no for b in lines) + 1, "uraian": "Sarana Prasarana"})
    report.budget_lines.append(extra)


def test_count_agreeing_with_one_table_is_a_warning_naming_both():
    """The text counts what Tabel 3.7 lists; Lampiran 3 (misread) lists one more: no error, a warning."""
    g, report = validated(1)
    _one_more_sub_kegiatan(report, "Lampiran 3")
    validate_report(report)
    counts = [f for f in report.flags if f.rule == "text.count"]
    assert counts and all(f.severity == "warning" for f in counts)
    n = g.truth.counts.sub_kegiatan
    assert all("Tabel 3.7" in f.message and "Lampiran 3" in f.message and f.found == str(n)
               and f.expected == str(n + 1) for f in counts)


def test_count_agreeing_with_no_table_is_still_an_error():
    g, report = validated(2, ["text.count"])
    _one_more_sub_kegiatan(report, "Lampiran 3")
    validate_report(report)
    assert any(f.rule == "text.count" and f.severity == "error" for f in report.flags)


def _second_capaian_table(report, label: str = "Tabel 3.9") -> None:
    """Tabel 3.1's rows reported again in another capaian table (a second table of the same kind)."""
    from lkjip.model import TableInfo

    again = [p.model_copy(update={"source_table": label}) for p in report.performance if p.source_table == "Tabel 3.1"]
    report.performance.extend(again)
    report.tables_found.append(TableInfo(label=label, kind="capaian", n_rows=len(again)))


def test_indicator_reported_in_two_capaian_tables_is_in_the_pk():
    _, report = validated(1)
    _second_capaian_table(report)
    validate_report(report)
    assert [f.message for f in report.flags if f.rule == "pk.missing_indicator"] == []


def test_indicator_of_a_second_capaian_table_missing_from_the_pk_is_flagged():
    _, report = validated(1)
    _second_capaian_table(report)
    row = next(p for p in report.performance if p.source_table == "Tabel 3.9" and p.target is not None)
    report.performance.append(row.model_copy(update={"indikator": "Jumlah posyandu aktif yang dibina kecamatan"}))
    validate_report(report)
    flags = [f for f in report.flags if f.rule == "pk.missing_indicator"]
    assert len(flags) == 1 and "Jumlah posyandu aktif" in flags[0].message and flags[0].severity == "error"
