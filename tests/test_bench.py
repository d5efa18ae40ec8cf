"""The benchmark harness: its metrics score what they claim, and a tiny run goes end to end.

Benchmarks are not tests: nothing here asserts a time or a memory figure.
"""

from __future__ import annotations

import json
import os
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import REPO

if str(REPO) not in sys.path:  # bench/ is a folder of the repository, not part of the installed package
    sys.path.insert(0, str(REPO))

from bench import baselines as bl  # noqa: E402
from bench.metrics import (  # noqa: E402
    FieldSet,
    align,
    norm_value,
    report_fields,
    score,
    untitled_as_one,
    values_equal,
)
from lkjip.model import BudgetLine, PerjanjianKinerja, PKTarget, Report, ReportMeta  # noqa: E402


def _report(lines: list[BudgetLine], **kw) -> Report:
    return Report(report_id="x", source_file="x.txt", sha256="", input_format="text",
                  meta=ReportMeta(instansi="Kecamatan Sukamaju", kabupaten="Garut", tahun=2022), budget_lines=lines,
                  **kw)


def _lines() -> list[BudgetLine]:
    rows = [("Program Penunjang Urusan Pemerintahan Daerah", "1000000", "900000", "90"),
            ("Administrasi Keuangan Perangkat Daerah", "600000", "550000", "91.67"),
            ("Penyediaan Gaji dan Tunjangan ASN", "400000", "350000", "87.5"),
            ("Total", "1000000", "900000", "90")]
    return [BudgetLine(source_table="Tabel 3.6", line_no=i + 1, uraian=u, anggaran=Decimal(a), realisasi=Decimal(r),
                       persen=Decimal(p)) for i, (u, a, r, p) in enumerate(rows)]


# --- metrics -----------------------------------------------------------------------------------------


def test_numbers_compare_exactly_as_decimal_and_text_after_whitespace():
    assert values_equal(norm_value(Decimal("100")), norm_value(Decimal("100.00")))
    assert not values_equal(norm_value(Decimal("93.91")), norm_value(Decimal("93.9")))
    assert values_equal(norm_value("Program  Penunjang\n Urusan "), norm_value("Program Penunjang Urusan"))
    assert not values_equal(norm_value("CAMAT SUKAMAJU"), norm_value("Camat Sukamaju"))
    assert norm_value("   ") is None


def test_identical_extraction_scores_one():
    truth = report_fields(_report(_lines()))
    s = score(truth, report_fields(_report(_lines())))
    assert (s.total.fp, s.total.fn) == (0, 0)
    assert s.total.f1 == 1.0
    assert s.total.tp == truth.n_fields()


def test_wrong_number_costs_one_false_positive_and_one_false_negative():
    got = _lines()
    got[1].anggaran = Decimal("600001")
    s = score(report_fields(_report(_lines())), report_fields(_report(got)))
    assert (s.total.fp, s.total.fn) == (1, 1)
    [m] = s.mismatches
    assert (m.table, m.group, m.column, m.expected, m.got) == ("budget_lines", "Tabel 3.6", "anggaran", "600000",
                                                               "600001")


def test_dropped_row_costs_its_fields_and_following_rows_stay_aligned():
    got = _lines()
    del got[1]
    s = score(report_fields(_report(_lines())), report_fields(_report(got)))
    assert s.total.fp == 0
    assert s.total.fn == 4  # uraian, anggaran, realisasi, persen of the lost row
    assert {m.row.split(" | ")[-1] for m in s.mismatches} == {"administrasi keuangan perangkat daerah"}


def test_mangled_name_costs_one_field_not_the_row():
    got = _lines()
    got[2].uraian = "Penyediaan Gaji dan Tunjangan A SN"
    s = score(report_fields(_report(_lines())), report_fields(_report(got)))
    assert (s.total.fp, s.total.fn) == (1, 1)
    assert s.mismatches[0].column == "uraian"


def test_invented_row_and_wrong_group_are_false_positives():
    got = _lines() + [BudgetLine(source_table="Tabel 9.9", line_no=1, uraian="Sisa", anggaran=Decimal(5))]
    s = score(report_fields(_report(_lines())), report_fields(_report(got)))
    assert (s.total.fp, s.total.fn) == (2, 0)


def _named(lines: list[BudgetLine], name: str) -> list[BudgetLine]:
    return [line.model_copy(update={"source_table": name}) for line in lines]


def test_untitled_tables_renamed_by_one_part_too_many_lose_nothing_once_told_apart_by_content():
    """The strict score loses every field of an uncaptioned table renamed ("Tabel tanpa judul 2" read as 3 because
    a part before it was read as a table of its own); the diagnostic score keeps them and still counts the invented
    part's fields and a captioned table's wrong name."""
    truth = report_fields(_report(_named(_lines(), "Tabel tanpa judul 2")))
    junk = [BudgetLine(source_table="Tabel tanpa judul 2", line_no=1, uraian="Sisa", anggaran=Decimal(5))]
    got = report_fields(_report(junk + _named(_lines(), "Tabel tanpa judul 3")))
    assert score(truth, got).by_table["budget_lines"].tp == 0
    loose = score(untitled_as_one(truth), untitled_as_one(got)).by_table["budget_lines"]
    assert (loose.tp, loose.fn, loose.fp) == (16, 0, 2)  # four lines of four fields kept; the part's two invented
    captioned = score(untitled_as_one(report_fields(_report(_named(_lines(), "Tabel 3.7")))),
                      untitled_as_one(report_fields(_report(_named(_lines(), "Tabel 3.8"))))).by_table["budget_lines"]
    assert captioned.tp == 0  # a captioned table keeps its name


def test_draw_cache_summary_gives_the_untitled_score_when_every_file_has_it():
    from bench.draw_cache import summary

    rows = [_cached("d1", 0.5) | {"f1_untitled_as_one": 1.0}, _cached("d2", 1.0) | {"f1_untitled_as_one": 1.0}]
    assert "uncaptioned tables not told apart by number: mean F1 100.00 %" in summary(rows)
    assert "uncaptioned" not in summary([_cached("d1", 0.5)])  # files scored before the diagnostic existed


def test_text_target_compared_as_text():
    pk = PerjanjianKinerja(tahun=2022, label="PK 2022",
                           targets=[PKTarget(indikator="Nilai SAKIP", target=None, target_text="BB")])
    truth = report_fields(_report([], pks=[pk]))
    pk2 = pk.model_copy(deep=True)
    pk2.targets[0].target_text = "B"
    s = score(truth, report_fields(_report([], pks=[pk2])))
    assert [(m.column, m.expected, m.got) for m in s.mismatches] == [("target", "BB", "B")]


def test_score_ignores_record_kinds_the_truth_does_not_speak_for():
    truth = FieldSet(frozenset({"meta"}))
    truth.add("meta", "", {"instansi": "Kecamatan Sukamaju", "kabupaten": "Garut", "tahun": 2022})
    s = score(truth, report_fields(_report(_lines())))
    assert set(s.by_table) == {"meta"} and s.total.f1 == 1.0


def test_alignment_pairs_by_content_not_order():
    from bench.metrics import Row

    rows = [Row({"nomor": None, "uraian": u}) for u in ("alpha program", "beta kegiatan", "gamma sub")]
    assert align("budget_lines", rows, [rows[2], rows[0]]) == [(0, 1), (1, None), (2, 0)]
    # duplicates (the same name twice) pair by their values, then by position
    dup = [Row({"uraian": "Rapat Koordinasi", "anggaran": Decimal(a)}) for a in (5, 7)]
    assert align("budget_lines", dup, [dup[1], dup[0]]) == [(0, 1), (1, 0)]


def test_records_of_one_printed_row_in_another_order_score_one():
    from lkjip.model import Performance

    perf = [Performance(source_table="Tabel 3.2", indikator="IKM", tahun=y, realisasi=Decimal(v))
            for y, v in ((2019, 60), (2020, 66), (2022, 82))]
    truth = report_fields(_report([], performance=perf))
    s = score(truth, report_fields(_report([], performance=[perf[2], perf[0], perf[1]])))
    assert s.total.f1 == 1.0


# --- baselines scoring -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "value"), [
    ("2.525.442.492,-", Decimal("2525442492")), ("Rp. 1.101.285", Decimal("1101285")),
    ("93,91 %", Decimal("93.91")), ("2.107.151.225,00", Decimal("2107151225")), ("-", None),
    ("Program Penunjang", None), (None, None), ("1.234\n.567", Decimal("1234567")),
])
def test_naive_number(cell, value):
    assert bl.naive_number(cell) == value


def test_score_cells_matches_rows_by_uraian_or_value():
    truth = bl.truth_budget_lines(report_fields(_report(_lines())))
    assert len(truth) == 4 and sum(len(t.values) for t in truth) == 12
    tables = [[["Program", "Anggaran", "Realisasi", "%"],
               ["Program Penunjang Urusan Pemerintahan Daerah", "1.000.000", "900.000", "90,00"],
               ["Administrasi Keuangan", "600.000", "550.000", "91,67"],  # short name: found by its anggaran
               ["Penyediaan Gaji dan Tunjangan ASN", "400.000", "350.001", "87,5"]]]
    sc = bl.score_cells(truth, bl.rows_from_tables(tables))
    # Total (1.000.000 / 900.000 / 90) is found in the program row by exact value search
    assert sc.right == 11 and sc.truth_cells == 12
    assert sc.by_column["realisasi"] == [3, 4]
    assert bl.score_cells(truth, []).right == 0
    assert bl.score_cells(truth, bl.rows_from_report(_report(_lines()))).ratio == 1.0


def test_a_baseline_failing_on_a_file_is_a_result_not_a_crash(tmp_path: Path):
    from bench.measure import run_probe

    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really a pdf")
    res = run_probe("pdfplumber", bad, tmp_path / "out.json")
    assert not res.ok and res.error and res.output is None


# --- end to end ------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_tiny_benchmark_runs_end_to_end(tmp_path: Path):
    from bench.report import KEPT_END, KEPT_START
    from bench.run import Options, run

    kept = f"{KEPT_START}\n\n## A session's hand measurements\n\n| draw | F1 |\n|---|---|\n| 7 | 98.1 % |\n\n{KEPT_END}"
    (tmp_path / "BENCHMARKS.md").write_text(f"# Benchmarks\n\nan old run's numbers\n\n{kept}\n\n## Old summary\n",
                                            encoding="utf-8")
    res = run(Options(out=tmp_path, tiny=True, quiet=True))
    acc = json.loads((tmp_path / "accuracy.json").read_text(encoding="utf-8"))
    perf = json.loads((tmp_path / "performance.json").read_text(encoding="utf-8"))
    [group] = acc["accuracy"]["groups"]
    assert (group["source"], group["format"]) == ("generated", "text")
    assert group["total"]["tp"] > 500  # the generated report was extracted and scored field by field
    assert 0 < group["total"]["f1"] <= 1
    assert set(group["by_table"]) >= {"budget_lines", "pk_targets", "meta"}
    assert acc["contradictions"]["injected"] == 1
    assert [r["input"] for r in perf["speed"]] == ["text"]
    assert perf["speed"][0]["peak_rss_mb_max"] > 0
    assert [(b["reports"], b["workers"], b["processed"]) for b in perf["batch"]] == [(1, 1, 1)]
    md = (tmp_path / "BENCHMARKS.md").read_text(encoding="utf-8")
    assert "Tiny smoke run" in md and "## Field accuracy" in md and "$" not in md.split("## Machine")[0]
    # the hand-written block survives the rewrite, once, above the summary; the old run's text around it does not
    assert md.count(kept) == 1 and md.index(kept) < md.index("## Summary: targets")
    assert "an old run's numbers" not in md and "## Old summary" not in md
    assert res.targets  # the targets were evaluated


def test_kept_block_is_the_marked_hand_written_part_or_nothing(tmp_path: Path):
    from bench.report import KEPT_END, KEPT_START, kept_block

    path = tmp_path / "BENCHMARKS.md"
    assert kept_block(path) == ""  # no file yet
    path.write_text("# Benchmarks\n\n## Summary: targets\n", encoding="utf-8")
    assert kept_block(path) == ""  # no markers: nothing to keep
    path.write_text(f"# Benchmarks\n{KEPT_START}\nnotes\n## Summary\n", encoding="utf-8")
    assert kept_block(path) == ""  # an unclosed block is not guessed at
    path.write_text(f"# Benchmarks\n{KEPT_START}\nnotes\n{KEPT_END}\n## Summary\n", encoding="utf-8")
    assert kept_block(path) == f"{KEPT_START}\nnotes\n{KEPT_END}"


# --- the render cache (bench.draw_cache) ------------------------------------------------------------------------


def test_draw_cache_seed_ranges():
    from bench.draw_cache import _seeds

    assert _seeds("0-3,7") == [0, 1, 2, 3, 7]
    assert _seeds("12") == [12]


def _cached(draw: str, f1: float, false_errors: list[str] | None = None) -> dict:
    return {"draw": draw, "f1": f1, "consistent": True, "false_errors": false_errors or []}


def test_draw_cache_summary_of_no_draws_says_so():
    from bench.draw_cache import summary

    assert summary([]).startswith("0 files")  # a glob matching nothing is told, not a statistics error


def test_draw_cache_compare_lists_changed_draws_and_totals():
    from bench.draw_cache import compare

    a = [_cached("d1", 0.5), _cached("d2", 0.9, ["budget.total_sum"]), _cached("d3", 1.0)]
    b = [_cached("d1", 0.75), _cached("d2", 0.9), _cached("d3", 0.95)]
    out = compare(a, b)
    assert "d1  50.00 ->  75.00 (+25.00)" in out
    assert "false ['budget.total_sum'] -> []" in out  # a flag gone counts even at equal F1
    assert "better 1, worse 1" in out
    assert "consistent files with a false error 1 of 3" in out and "consistent files with a false error 0 of 3" in out


def test_draw_cache_compare_counts_a_one_field_change():
    # one field of a draw of 1500: F1 moves by 0.07 point, which a 0.1-point threshold hid
    from bench.draw_cache import compare

    out = compare([_cached("d1", 0.99933)], [_cached("d1", 0.99866)])
    assert "d1  99.93 ->  99.87 (-0.07)" in out and "better 0, worse 1" in out


@pytest.mark.slow
def test_draw_cache_renders_once_and_scores_the_same_files(tmp_path: Path):
    from bench.draw_cache import render, score

    render(tmp_path, "text", [3], workers=1)
    [pkl] = tmp_path.glob("*.pkl")
    mtime = pkl.stat().st_mtime_ns
    render(tmp_path, "text", [3], workers=1)  # cached: not rendered again
    assert pkl.stat().st_mtime_ns == mtime
    [row] = score(tmp_path, "docx", workers=1)
    assert row["draw"] == pkl.stem and row["error"] is None and row["f1"] > 0.9


def test_real_facts_labels_may_elide_words_and_claims_are_named_by_their_sentence():
    from bench.real_facts import label_matches

    claim = {"report_id": "r", "kind": "total_apbd", "value": "21910242107", "page": 49,
             "raw": "APBD Dinas Kebersihan dan Pertamanan Kabupaten Cianjur Tahun 2015 ditetapkan Rp. 21.910.242.107,-"}
    assert label_matches("APBD Dinas ... Tahun 2015 ditetapkan", claim)
    assert not label_matches("APBD Dinas ... Tahun 2016 ditetapkan", claim)
    assert not label_matches("Tahun 2015 ... APBD Dinas", claim)  # the parts in their order
    line = {"report_id": "r", "uraian": "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "raw": "APBD Dinas ditetapkan"}
    assert label_matches("7.01.01 PROGRAM PENUNJANG ...", line)
    assert not label_matches("APBD Dinas ... ditetapkan", line)  # a budget line's raw cells are not its label


def _scored(draw: str, fmt: str, f1: float, *, false_errors=(), injected=(), missed=()) -> dict:
    from dataclasses import asdict

    from bench.draws import DrawScore

    return asdict(DrawScore(draw, 0, fmt, {"content": "generated", "rules": "banded"}, f1=f1,
                            consistent=not injected, false_errors=list(false_errors), injected=list(injected),
                            missed=list(missed), seconds=1.0))


def test_draw_cache_report_states_the_targets_of_scored_caches():
    from bench.draw_cache import merged, report

    first = [_scored("d1", "pdf", 1.0), _scored("d2", "pdf", 0.5, false_errors=["budget.total_sum"])]
    again = [_scored("d2", "pdf", 0.9)]  # d2 scored once more: its last score counts, once
    scans = [_scored("s1", "pdf_scan", 0.8, injected=["budget.persen"], missed=["budget.persen"])]
    out = report(merged([first, again, scans]))
    assert "| random draws, text PDF: mean field F1 ≥ 99.5% | **no** | 95.00% over 2 draws |" in out
    assert "zero false errors on consistent reports | yes | 0 error flags on 0 of 2 |" in out
    assert "| random draws, scanned PDF: contradiction recall 100 % | **no** | 0.0% of 1 |" in out
    assert "2 random draws (DOCX and text PDF) and 1 scanned draws" in out
    assert "| rules | `banded` | 95.0% (2) | 80.0% (1) |" in out


def test_generator_fingerprint_follows_the_seed_report(tmp_path: Path):
    from bench.draws import generator_fingerprint

    seed = tmp_path / "seed.txt"
    seed.write_text("LAPORAN KINERJA\tTahun 2022\n", encoding="utf-8")
    first = generator_fingerprint(seed)
    assert generator_fingerprint(seed) == first  # stable: a cache is found again
    seed.write_text("LAPORAN KINERJA\tTahun 2023\n", encoding="utf-8")
    assert generator_fingerprint(seed) != first  # another seed report renders other documents
    assert generator_fingerprint(None) not in (first, generator_fingerprint(seed))


def test_draws_markdown_names_the_seeds_scored():
    from bench.draw_cache import merged
    from bench.draws import markdown, summarize

    res = summarize(merged([[_scored("d1", "pdf", 1.0)]]), n=1, scans=0, seed=False, elapsed=1.0)
    assert "Draws:" not in markdown(res)  # a run that did not say its seeds claims none
    res["seeds"] = {"text": [1800, 2099], "scan": []}
    assert "Draws: text seeds 1800–2099." in markdown(res)


@pytest.mark.slow
def test_bench_draws_take_their_seeds_and_reuse_cached_renderings(tmp_path: Path):
    from bench.corpus import SEED
    from bench.draws import generator_fingerprint, run

    res = run(1, 0, workers=1, first=5, cache=tmp_path, baseline=False, log=lambda _: None)
    [pkl] = (tmp_path / generator_fingerprint(SEED if SEED.exists() else None)).glob("*.pkl")
    assert pkl.stem == "draw-00005" and res["seeds"]["text"] == [5, 5]
    assert (tmp_path / "ocr").is_dir()  # the workers were given Tesseract's output cache beside the renderings
    mtime, scores = pkl.stat().st_mtime_ns, res["scores"]
    again = run(1, 0, workers=1, first=5, cache=tmp_path, baseline=False, log=lambda _: None)
    assert pkl.stat().st_mtime_ns == mtime  # read from the cache, not rendered again
    assert [(s["draw"], s["fmt"], s["f1"]) for s in again["scores"]] == [(s["draw"], s["fmt"], s["f1"]) for s in scores]


def test_draw_workers_get_the_ocr_cache_the_parent_does_not_set(tmp_path: Path, monkeypatch):
    from bench.draws import use_ocr_cache

    monkeypatch.setenv("LKJIP_OCR_CACHE", "")  # recorded, so the variable is put back as it was after the test
    monkeypatch.delenv("LKJIP_OCR_CACHE")
    use_ocr_cache(None)
    assert "LKJIP_OCR_CACHE" not in os.environ  # no cache asked: real OCR
    use_ocr_cache(tmp_path / "ocr")
    assert os.environ["LKJIP_OCR_CACHE"] == str(tmp_path / "ocr") and (tmp_path / "ocr").is_dir()
