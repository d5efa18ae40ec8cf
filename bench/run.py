"""Run the benchmarks and write ``BENCHMARKS.md``: ``python -m bench.run [--tiny] [--out DIR] ...``.

Phases: build the corpus (:mod:`bench.corpus`) → extract every file with lkjip
in a fresh process (time, peak RSS, the Report) → field accuracy per format,
style and record kind (:mod:`bench.metrics`) → contradiction recall and false
errors → baselines on the same PDFs (:mod:`bench.baselines`) → batch
throughput → ``<out>/accuracy.json``, ``<out>/performance.json`` and
``BENCHMARKS.md`` at the repository root (with ``--tiny`` or another ``--out``:
``<out>/BENCHMARKS.md``, so a smoke run never overwrites the real one).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from bench import baselines as bl
from bench import draws, measure, scale
from bench.corpus import CorpusPlan, Item, build_corpus, full_plan, load_truth, tiny_plan
from bench.metrics import TABLES, Score, report_fields, score

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "bench" / "results"
SCALE_MD = DEFAULT_OUT / "scale.md"  # the Scale section (also written by `make scale`)
FORMAT_LABEL = {"text": "text", "docx": "DOCX", "pdf": "text PDF", "pdf_scan": "scanned PDF"}

# targets of issue 6
F1_TARGET = 0.995
F1_TARGET_SCAN = 0.95
SPEEDUP_VS_PDFPLUMBER = 2.0
RSS_LIMIT_MB = 300
SCALING_TARGET = 1.8


@dataclass
class Options:
    out: Path = DEFAULT_OUT
    tiny: bool = False
    skip_baselines: bool = False
    skip_batch: bool = False
    skip_scan: bool = False
    fresh: bool = False
    batch_sizes: tuple[int, ...] = (1, 10, 100)
    batch_workers: tuple[int, ...] = (1, 2)
    quiet: bool = False
    draws: int = 300  # random style draws (DOCX and text PDF each); 0: none
    draw_scans: int = 30  # scanned random style draws
    draw_first: int = 0  # seed of the first text draw (seeds nobody diagnosed measure what a new document meets)
    draw_scan_first: int = 0  # seed of the first scanned draw, counted after bench.draws.SCAN_SEED_BASE
    draw_cache: Path | None = None  # keep the draws' renderings here (per generator fingerprint) and reuse them
    scale: tuple[int, ...] = (100, 2000)  # bench.scale corpus sizes ("Scale" section); () skips it


@dataclass
class Results:
    machine: dict = field(default_factory=dict)
    corpus: dict = field(default_factory=dict)
    accuracy: dict = field(default_factory=dict)
    contradictions: dict = field(default_factory=dict)
    baselines: dict = field(default_factory=dict)
    speed: list[dict] = field(default_factory=list)
    batch: list[dict] = field(default_factory=list)
    targets: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    draws: dict = field(default_factory=dict)
    elapsed_s: float = 0.0
    generated_at: str = ""


def _console(quiet: bool):
    from rich.console import Console

    return Console(quiet=quiet, highlight=False)


# --- phase: lkjip extraction of every file ---------------------------------------------------------


def extract_all(items: list[Item], work: Path, log) -> dict[str, measure.ProbeResult]:
    """lkjip on every (non-contradiction) file, each in a fresh process."""
    out: dict[str, measure.ProbeResult] = {}
    (work / "lkjip").mkdir(parents=True, exist_ok=True)
    for it in items:
        if it.source == "contradiction":
            continue
        res = measure.run_probe("lkjip", it.file, work / "lkjip" / f"{it.name}.{it.fmt}.json")
        log(f"lkjip {it.name} ({it.fmt}): " + (f"{res.seconds:.2f} s, {res.peak_rss_mb:.0f} MB" if res.ok
                                                else f"FAILED {res.error}"))
        out[it.path] = res
    return out


def _load_report(res: measure.ProbeResult):
    from lkjip.model import Report

    if not res.ok or not res.output:
        return None
    return Report.model_validate_json(Path(res.output).read_text(encoding="utf-8"))


# --- phase: accuracy ------------------------------------------------------------------------------


def mismatch_kinds(sc: Score) -> list[dict]:
    """Every wrong field of a file, counted by (record kind, table, column, missed/invented/wrong), one example each."""
    counts: dict[tuple, int] = defaultdict(int)
    example: dict[tuple, dict] = {}
    for m in sc.mismatches:
        kind = "missed" if m.got is None else "invented" if m.expected is None else "wrong"
        k = (m.table, m.group, m.column, kind)
        counts[k] += 1
        example.setdefault(k, m.as_dict())
    return [{"table": k[0], "group": k[1], "column": k[2], "kind": k[3], "count": n, "example": example[k]}
            for k, n in sorted(counts.items(), key=lambda kv: -kv[1])]


def accuracy(items: list[Item], reports: dict[str, object]) -> dict:
    """Field P/R/F1 per file, per (source, format, style), per format and per record kind."""
    files, groups = [], defaultdict(Score)
    by_fmt: dict[str, Score] = defaultdict(Score)
    truths: dict[str, object] = {}
    for it in items:
        if it.source == "contradiction" or (it.source == "seed" and it.fmt == "text"):
            continue  # the seed's text export is the seed's truth
        if it.truth not in truths:
            truths[it.truth] = report_fields(load_truth(it))
        truth = truths[it.truth]
        report = reports.get(it.path)
        got = report_fields(report) if report is not None else type(truth)(truth.tables)
        sc = score(truth, got)
        status = getattr(report, "status", "failed (no report)")
        files.append({
            "name": it.name, "format": it.fmt, "style": it.style, "source": it.source, "status": status,
            "total": sc.total.as_dict(),
            "by_table": {t: c.as_dict() for t, c in sc.by_table.items()},
            "n_mismatches": len(sc.mismatches),
            "mismatch_kinds": mismatch_kinds(sc),
        })
        groups[(it.source, it.fmt, it.style or "-")].merge(sc)
        by_fmt[it.fmt].merge(sc)
    return {
        "method": "field-level precision/recall/F1, see bench/metrics.py",
        "groups": [{"source": s, "format": f, "style": st, "total": sc.total.as_dict(),
                    "by_table": {t: c.as_dict() for t, c in sc.by_table.items()}}
                   for (s, f, st), sc in sorted(groups.items())],
        "by_format": {f: {"total": sc.total.as_dict(), "by_table": {t: c.as_dict() for t, c in sc.by_table.items()}}
                      for f, sc in by_fmt.items()},
        "files": files,
    }


# --- phase: contradictions ------------------------------------------------------------------------


def _flags_of(path: str) -> tuple[str, list[tuple[str, str]]]:
    from lkjip import extract_report

    r = extract_report(path)
    return r.status, [(f.rule, f.severity) for f in r.flags]


def contradictions(items: list[Item], reports: dict[str, object], workers: int) -> dict:
    """Recall of injected rules; error-level flags on the consistent generated reports."""
    injected = [it for it in items if it.source == "contradiction"]
    with ProcessPoolExecutor(max(1, workers)) as ex:
        flagged = dict(zip([it.path for it in injected], ex.map(_flags_of, [it.path for it in injected]),
                           strict=True))
    per_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_format: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    cases = []
    for it in injected:
        status, flags = flagged[it.path]
        found = {r for r, _ in flags}
        for rule in it.injected:
            per_rule[rule][1] += 1
            per_rule[rule][0] += rule in found
            per_format[it.fmt][1] += 1
            per_format[it.fmt][0] += rule in found
        truth = load_truth(it)
        allowed = set(it.injected) | {r for i in truth.injected for r in i.may_also_fire}
        cases.append({"name": it.name, "format": it.fmt, "status": status, "injected": list(it.injected),
                      "found": sorted(set(it.injected) & found),
                      "other_error_flags": sorted({r for r, s in flags if s == "error" and r not in allowed})})
    consistent = []
    for it in items:
        if it.source != "generated":
            continue
        rep = reports.get(it.path)
        errs = [f"{f.rule}: {f.message}" for f in getattr(rep, "flags", []) if f.severity == "error"]
        consistent.append({"name": it.name, "format": it.fmt, "error_flags": errs,
                           "warning_flags": sum(f.severity == "warning" for f in getattr(rep, "flags", []))})
    n_inj = sum(t for _, t in per_rule.values())
    n_found = sum(f for f, _ in per_rule.values())
    return {
        "recall": round(n_found / n_inj, 5) if n_inj else None,
        "injected": n_inj, "found": n_found,
        "per_rule": {r: {"found": f, "injected": t} for r, (f, t) in sorted(per_rule.items())},
        "per_format": {k: {"found": f, "injected": t} for k, (f, t) in sorted(per_format.items())},
        "consistent_reports": len(consistent),
        "false_errors": sum(len(c["error_flags"]) for c in consistent),
        "reports_with_false_errors": sum(bool(c["error_flags"]) for c in consistent),
        "consistent": consistent,
        "injected_cases": cases,
    }


# --- phase: baselines -------------------------------------------------------------------------------


def baseline_items(items: list[Item]) -> list[Item]:
    """The PDFs the baselines run on: the first generated document and the seed in every style, the scan."""
    gen_docs = [it.doc_id for it in items if it.source == "generated"]
    first = gen_docs[0] if gen_docs else None
    return [it for it in items if it.fmt in ("pdf", "pdf_scan") and it.source != "contradiction"
            and (it.fmt == "pdf_scan" or it.doc_id == first or it.source == "seed")]


def run_baselines(items: list[Item], lkjip_probes: dict[str, measure.ProbeResult], reports: dict[str, object],
                  work: Path, log, tools: list[str]) -> tuple[dict, list[measure.ProbeResult]]:
    """Every baseline on the baseline PDFs: budget cells right, and their probes for the speed table."""
    pdfs = baseline_items(items)
    (work / "baselines").mkdir(parents=True, exist_ok=True)
    cells: dict[str, dict[str, bl.CellScore]] = defaultdict(dict)  # tool -> label -> score
    probes: list[measure.ProbeResult] = []
    truths: dict[str, list[bl.TruthLine]] = {}
    for it in pdfs:
        if it.truth not in truths:
            truths[it.truth] = bl.truth_budget_lines(report_fields(load_truth(it)))
        truth = truths[it.truth]
        label = "scanned PDF" if it.fmt == "pdf_scan" else "text PDF"
        rep = reports.get(it.path)
        sc = bl.score_cells(truth, bl.rows_from_report(rep) if rep is not None else [], keep_misses=20)
        cells["lkjip"].setdefault(label, bl.CellScore(by_column={})).merge(sc)
        for tool in tools:
            res = measure.run_probe(tool, it.file, work / "baselines" / f"{it.name}.{it.fmt}.{tool}.json")
            probes.append(res)
            if res.ok:
                tables = json.loads(Path(res.output).read_text(encoding="utf-8"))
                sc = bl.score_cells(truth, bl.rows_from_tables(tables))
            else:
                sc = bl.score_cells(truth, [])
            log(f"{tool} {it.name} ({it.fmt}): " + (f"{res.seconds:.2f} s, {sc.right}/{sc.truth_cells} cells"
                                                     if res.ok else f"FAILED {res.error}"))
            cells[tool].setdefault(label, bl.CellScore(by_column={})).merge(sc)
    summary = {tool: {label: s.as_dict() for label, s in by.items()} for tool, by in cells.items()}
    return {"files": [it.name + "." + it.fmt for it in pdfs], "tools": ["lkjip", *tools],
            "method": "budget cells (anggaran/realisasi/%) right, see bench/baselines.py", "cells": summary,
            "lkjip_misses": cells["lkjip"].get("text PDF", bl.CellScore()).misses[:20]}, probes


# --- phase: speed -------------------------------------------------------------------------------------


def speed(items: list[Item], lkjip_probes: dict[str, measure.ProbeResult], baseline_probes: list[measure.ProbeResult],
          baseline_files: list[Item]) -> list[measure.SpeedRow]:
    """Pages/s and peak RSS per tool and input kind. DOCX and text count the pages of their PDF twin."""
    pdf_pages: dict[tuple[str, str | None], int] = {}
    first_pdf: dict[str, int] = {}
    for it in items:
        if it.fmt == "pdf" and it.path in lkjip_probes and lkjip_probes[it.path].pages:
            pdf_pages[(it.doc_id, it.style)] = lkjip_probes[it.path].pages
            first_pdf.setdefault(it.doc_id, lkjip_probes[it.path].pages)
    rows = []
    kinds = [("pdf", "text PDF"), ("pdf_scan", "scanned PDF"), ("docx", "DOCX"), ("text", "text")]
    for fmt, label in kinds:
        sel = [it for it in items if it.fmt == fmt and it.path in lkjip_probes]
        if not sel:
            continue
        pages = []
        for it in sel:
            p = lkjip_probes[it.path]
            n = p.pages if fmt.startswith("pdf") else pdf_pages.get((it.doc_id, it.style), first_pdf.get(it.doc_id))
            pages.append(n or 0)
        rows.append(measure.speed_row("lkjip", label, [lkjip_probes[it.path] for it in sel], pages))
    # lkjip on exactly the baseline PDFs, for the head-to-head rows
    base_paths = {it.path for it in baseline_files}
    for fmt, label in (("pdf", "text PDF (baseline set)"), ("pdf_scan", "scanned PDF (baseline set)")):
        sel = [it for it in baseline_files if it.fmt == fmt and it.path in lkjip_probes]
        if sel and baseline_probes:
            rows.append(measure.speed_row("lkjip", label, [lkjip_probes[it.path] for it in sel],
                                          [lkjip_probes[it.path].pages or 0 for it in sel]))
    by_tool: dict[tuple[str, str], list[measure.ProbeResult]] = defaultdict(list)
    fmt_of = {it.path: it.fmt for it in baseline_files}
    for p in baseline_probes:
        if p.file in base_paths:
            label = "text PDF (baseline set)" if fmt_of[p.file] == "pdf" else "scanned PDF (baseline set)"
            by_tool[(p.tool, label)].append(p)
    for (tool, label), ps in by_tool.items():
        rows.append(measure.speed_row(tool, label, ps, [p.pages or 0 for p in ps]))
    return rows


# --- phase: batch ---------------------------------------------------------------------------------------


def batch_files(items: list[Item], n: int, work: Path) -> list[Path]:
    """``n`` distinct reports: the corpus files interleaved by format, then extra generated text exports."""
    by_fmt: dict[str, list[Path]] = defaultdict(list)
    for it in items:
        if it.fmt != "pdf_scan":
            by_fmt[it.fmt].append(it.file)
    order = ["pdf", "docx", "text"]
    files: list[Path] = []
    while any(by_fmt[f] for f in order) and len(files) < n:
        for f in order:
            if by_fmt[f] and len(files) < n:
                files.append(by_fmt[f].pop(0))
    extra = work / "batch-extra"
    extra.mkdir(parents=True, exist_ok=True)
    seed = 1000
    from bench.corpus import GEN_SPECS

    while len(files) < n:
        spec = GEN_SPECS[seed % len(GEN_SPECS)]
        p = extra / f"extra-{seed}.txt"
        if not p.exists():
            from lkjip.synth.generate import generate_report

            rep = generate_report(seed, instansi=f"Kecamatan {spec.kecamatan} {seed}",
                                  kabupaten=f"Kabupaten {spec.kabupaten}", tahun=spec.tahun, variant=spec.variant)
            p.write_text(rep.text, encoding="utf-8")
        files.append(p)
        seed += 1
    return files


def batches(items: list[Item], opts: Options, work: Path, log) -> tuple[list[measure.BatchRow], dict]:
    rows = []
    biggest = batch_files(items, max(opts.batch_sizes), work)
    mix = defaultdict(int)
    for f in biggest:
        mix[{".pdf": "text PDF", ".docx": "DOCX", ".txt": "text"}.get(f.suffix, f.suffix)] += 1
    calib = {"before": measure.cpu_parallelism()}
    for n in opts.batch_sizes:
        files = biggest[:n]
        for w in opts.batch_workers:
            row = measure.run_batch_once(files, w, work / "batch")
            log(f"batch {n} reports, {w} worker(s): {row.seconds:.1f} s, {row.reports_per_min:.1f} reports/min")
            rows.append(row)
    # the same extraction without the batch machinery: tells the machine's load from run_batch's overhead
    n = max(opts.batch_sizes)
    if n > 1:
        for w in opts.batch_workers:
            row = measure.pool_batch_once(biggest[:n], w)
            log(f"pool {n} reports, {w} worker(s): {row.seconds:.1f} s, {row.reports_per_min:.1f} reports/min")
            rows.append(row)
    calib["after"] = measure.cpu_parallelism()
    log(f"free cores (2 CPU-bound processes vs 1): {calib['before']}× before the batches, {calib['after']}× after")
    return rows, {"mix": dict(mix), "cpu_parallelism": calib}


# --- targets ----------------------------------------------------------------------------------------------


def check_targets(res: Results) -> list[dict]:
    out = []

    def add(name: str, met: bool | None, detail: str) -> None:
        out.append({"target": name, "met": met, "detail": detail})

    for g in res.accuracy.get("groups", []):
        f1 = g["total"]["f1"]
        if g["format"] in ("pdf", "docx"):
            add(f"field F1 ≥ {F1_TARGET:.1%}: {g['source']} {FORMAT_LABEL[g['format']]} {g['style']}",
                f1 >= F1_TARGET, f"{f1:.2%}")
        elif g["format"] == "pdf_scan":
            add(f"field F1 ≥ {F1_TARGET_SCAN:.0%}: scanned PDF ({g['source']})", f1 >= F1_TARGET_SCAN, f"{f1:.2%}")
    c = res.contradictions
    if c.get("injected"):
        add("contradiction recall 100%", c["recall"] == 1.0, f"{c['found']}/{c['injected']}")
    if "false_errors" in c:
        # the target: the mended (consistent) reports as read from a text layer; the stricter row
        # below adds the scanned copy, where an OCR misread can raise an arithmetic error
        typed = [x for x in c.get("consistent", []) if x["format"] != "pdf_scan"]
        if typed:
            n = sum(len(x["error_flags"]) for x in typed)
            add("zero false errors on consistent reports (text, DOCX, text PDF)", n == 0,
                f"{n} error flags on {sum(bool(x['error_flags']) for x in typed)} of {len(typed)} reports")
        add("zero false errors on consistent reports (scanned copy included)", c["false_errors"] == 0,
            f"{c['false_errors']} error flags on {c['reports_with_false_errors']} of {c['consistent_reports']} reports")
    if res.draws:
        for name, met, detail in draws.targets(res.draws):
            add(name, met, detail)
    speed = {(r["tool"], r["input"]): r for r in res.speed}
    mine = speed.get(("lkjip", "text PDF (baseline set)"))
    if mine:
        for tool, factor in (("pdfplumber", SPEEDUP_VS_PDFPLUMBER), ("camelot-lattice", 1.0),
                             ("camelot-stream", 1.0), ("pymupdf", 1.0)):
            other = speed.get((tool, "text PDF (baseline set)"))
            if other and other["pages_per_s"]:
                ratio = mine["pages_per_s"] / other["pages_per_s"]
                need = f"≥ {factor:g}×" if factor > 1 else "ahead of"
                add(f"text PDF pages/s {need} {tool}", ratio >= factor if factor > 1 else ratio > 1,
                    f"{mine['pages_per_s']:.2f} vs {other['pages_per_s']:.2f} pages/s ({ratio:.2f}×)")
    lk = [r for r in res.speed if r["tool"] == "lkjip" and "baseline set" not in r["input"]]
    if lk:
        worst = max(lk, key=lambda r: r["peak_rss_mb_max"])
        add(f"peak RSS ≤ {RSS_LIMIT_MB} MB per worker", worst["peak_rss_mb_max"] <= RSS_LIMIT_MB,
            f"max {worst['peak_rss_mb_max']:.0f} MB ({worst['input']})")
    by = {(b["reports"], b["workers"]): b for b in res.batch if b["runner"] == "run_batch"}
    n = max((b["reports"] for b in res.batch if b["runner"] == "run_batch"), default=0)
    if (n, 1) in by and (n, 2) in by:
        ratio = by[(n, 2)]["reports_per_min"] / by[(n, 1)]["reports_per_min"]
        add(f"batch throughput ≥ {SCALING_TARGET}× from 1 to 2 workers ({n} reports)", ratio >= SCALING_TARGET,
            f"{ratio:.2f}×")
    return out


# --- printing -----------------------------------------------------------------------------------------------


def print_tables(res: Results, console) -> None:
    from rich.table import Table

    t = Table(title="Field accuracy (lkjip)")
    for col in ("source", "format", "style", "fields", "precision", "recall", "F1"):
        t.add_column(col, justify="right" if col in ("fields", "precision", "recall", "F1") else "left")
    for g in res.accuracy.get("groups", []):
        c = g["total"]
        t.add_row(g["source"], FORMAT_LABEL.get(g["format"], g["format"]), g["style"], str(c["tp"] + c["fn"]),
                  f"{c['precision']:.2%}", f"{c['recall']:.2%}", f"{c['f1']:.2%}")
    console.print(t)
    by_fmt = res.accuracy.get("by_format", {})
    if by_fmt:
        t = Table(title="Field F1 per record kind and format")
        t.add_column("record kind")
        fmts = list(by_fmt)
        for f in fmts:
            t.add_column(FORMAT_LABEL.get(f, f), justify="right")
        for table in TABLES:
            cells = []
            for f in fmts:
                c = by_fmt[f]["by_table"].get(table)
                cells.append(f"{c['f1']:.2%}" if c and (c["tp"] + c["fn"] + c["fp"]) else "–")
            t.add_row(table, *cells)
        console.print(t)
    c = res.contradictions
    if c:
        console.print(f"Contradictions: recall {c['found']}/{c['injected']}, false errors {c['false_errors']} "
                      f"on {c['consistent_reports']} consistent reports")
    if res.baselines.get("cells"):
        t = Table(title="Budget cells right (anggaran / realisasi / %)")
        t.add_column("tool")
        labels = sorted({lab for by in res.baselines["cells"].values() for lab in by})
        for lab in labels:
            t.add_column(lab, justify="right")
        for tool, by in res.baselines["cells"].items():
            t.add_row(tool, *[f"{by[lab]['right']}/{by[lab]['truth_cells']} ({by[lab]['ratio']:.1%})"
                              if lab in by else "–" for lab in labels])
        console.print(t)
    if res.speed:
        t = Table(title="Speed and memory (one file per fresh process)")
        for col in ("tool", "input", "files", "pages", "pages/s", "s/report", "peak RSS max MB"):
            t.add_column(col)
        for r in res.speed:
            t.add_row(r["tool"], r["input"], str(r["files"]), str(r["pages"]), f"{r['pages_per_s']:.2f}",
                      f"{r['s_per_report']:.2f}", f"{r['peak_rss_mb_max']:.0f}")
        console.print(t)
    if res.batch:
        t = Table(title="Batch throughput")
        for col in ("reports", "workers", "seconds", "reports/min"):
            t.add_column(col, justify="right")
        for b in res.batch:
            t.add_row(str(b["reports"]), str(b["workers"]), f"{b['seconds']:.1f}", f"{b['reports_per_min']:.1f}")
        console.print(t)
    if res.targets:
        t = Table(title="Targets")
        t.add_column("target")
        t.add_column("met")
        t.add_column("measured")
        for x in res.targets:
            t.add_row(x["target"], {True: "yes", False: "NO", None: "n/a"}[x["met"]], x["detail"])
        console.print(t)


# --- main -----------------------------------------------------------------------------------------------------


def run(opts: Options) -> Results:
    from bench.report import write_markdown

    started = time.perf_counter()
    console = _console(opts.quiet)

    def log(msg: str) -> None:
        console.log(msg)

    out = Path(opts.out)
    work = out / "tmp"
    work.mkdir(parents=True, exist_ok=True)
    res = Results(machine=measure.machine_info(),
                  generated_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"))
    plan: CorpusPlan = tiny_plan() if opts.tiny else full_plan()
    items = build_corpus(plan, work / "corpus", fresh=opts.fresh, log=log)
    if opts.skip_scan:
        items = [it for it in items if it.fmt != "pdf_scan"]
    res.corpus = _describe_corpus(items)

    probes = extract_all(items, work, log)
    reports = {p: _load_report(r) for p, r in probes.items()}
    res.accuracy = accuracy(items, reports)
    if any(it.source == "contradiction" for it in items):
        res.contradictions = contradictions(items, reports, workers=1 if opts.tiny else 2)

    if not opts.tiny and (opts.draws or opts.draw_scans):
        res.draws = draws.run(opts.draws, 0 if opts.skip_scan else opts.draw_scans, workers=2, log=log,
                              first=opts.draw_first, scan_first=opts.draw_scan_first, cache=opts.draw_cache)

    tools = [] if opts.skip_baselines else bl.available_baselines()
    missing = [t for t in bl.BASELINES if t not in tools]
    if missing and not opts.skip_baselines:
        res.notes.append(f"baselines not installed here, skipped: {', '.join(missing)} "
                         "(pip install -e '.[bench]')")
    base_files = baseline_items(items)
    base_probes: list[measure.ProbeResult] = []
    if tools and base_files:
        res.baselines, base_probes = run_baselines(items, probes, reports, work, log, tools)
    res.speed = [r.as_dict() for r in speed(items, probes, base_probes, base_files if tools else [])]
    if not opts.skip_batch:
        sizes = (1,) if opts.tiny else opts.batch_sizes
        workers = (1,) if opts.tiny else opts.batch_workers
        rows, mix = batches(items, Options(**{**opts.__dict__, "batch_sizes": sizes, "batch_workers": workers}),
                            work, log)
        res.batch = [r.as_dict() for r in rows]
        res.corpus["batch_mix"] = mix["mix"]
        res.corpus["cpu_parallelism"] = mix["cpu_parallelism"]
    if opts.scale and not opts.tiny:
        log(f"scale: {', '.join(map(str, opts.scale))} generated reports")
        scale.main(["--reports", ",".join(map(str, opts.scale)), "--out", str(SCALE_MD),
                    "--json", str(out / "scale.json")])
    res.targets = check_targets(res)
    res.elapsed_s = round(time.perf_counter() - started, 1)
    _write(res, out, opts)
    to_repo = not opts.tiny and out.resolve() == DEFAULT_OUT.resolve()
    skipped = [name for name, flag in (("baselines", opts.skip_baselines), ("batch", opts.skip_batch),
                                       ("scan", opts.skip_scan)) if flag]
    write_markdown(res, (REPO if to_repo else out) / "BENCHMARKS.md", tiny=opts.tiny, skipped=skipped,
                   fuzz=REPO / "bench" / "results" / "fuzz.md", scale=SCALE_MD)
    print_tables(res, console)
    console.log(f"done in {res.elapsed_s:.0f} s; results in {out}")
    return res


def _describe_corpus(items: list[Item]) -> dict:
    counts: dict[str, int] = defaultdict(int)
    for it in items:
        counts[f"{it.source}/{it.fmt}"] += 1
    return {"files": len(items), "by_source_format": dict(sorted(counts.items())),
            "styles": sorted({it.style for it in items if it.style}),
            "documents": sorted({it.doc_id for it in items})}


def _write(res: Results, out: Path, opts: Options) -> None:
    stamp = res.generated_at
    acc = {"generated_at": stamp, "tiny": opts.tiny, "corpus": res.corpus, "accuracy": res.accuracy,
           "contradictions": res.contradictions, "baselines": res.baselines, "targets": res.targets}
    perf = {"generated_at": stamp, "tiny": opts.tiny, "machine": res.machine, "speed": res.speed,
            "batch": res.batch, "elapsed_s": res.elapsed_s, "notes": res.notes}
    out.mkdir(parents=True, exist_ok=True)
    (out / "accuracy.json").write_text(json.dumps(acc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "performance.json").write_text(json.dumps(perf, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if res.draws:
        (out / "draws.json").write_text(json.dumps(res.draws, indent=1, ensure_ascii=False, default=str) + "\n",
                                        encoding="utf-8")


def load_results(out: Path) -> Results:
    """The results of the last run in ``out`` (for ``--report-only``)."""
    acc = json.loads((out / "accuracy.json").read_text(encoding="utf-8"))
    perf = json.loads((out / "performance.json").read_text(encoding="utf-8"))
    res = Results(machine=perf["machine"], corpus=acc["corpus"], accuracy=acc["accuracy"],
                  contradictions=acc["contradictions"], baselines=acc["baselines"], speed=perf["speed"],
                  batch=perf["batch"], notes=perf.get("notes", []), elapsed_s=perf["elapsed_s"],
                  generated_at=acc["generated_at"])
    if (out / "draws.json").exists():
        res.draws = json.loads((out / "draws.json").read_text(encoding="utf-8"))
    res.targets = check_targets(res)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    ap.add_argument("--tiny", action="store_true", help="one generated text report, no baselines: a smoke run")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results folder (default bench/results)")
    ap.add_argument("--skip-baselines", action="store_true")
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--skip-scan", action="store_true")
    ap.add_argument("--fresh", action="store_true", help="rebuild the corpus even if a matching one exists")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--draws", type=int, default=300, help="random style draws, DOCX and text PDF (0: none)")
    ap.add_argument("--draw-scans", type=int, default=30, help="scanned random style draws")
    ap.add_argument("--draw-first", type=int, default=0, help="seed of the first text draw")
    ap.add_argument("--draw-scan-first", type=int, default=0, help="seed of the first scanned draw (after 100000)")
    ap.add_argument("--draw-cache", type=Path, default=None,
                    help="keep the draws' renderings in this folder (per generator fingerprint) and reuse them")
    ap.add_argument("--scale", default="100,2000",
                    help="corpus sizes of the Scale section (bench.scale; add 20000 for a province); '' skips it")
    ap.add_argument("--report-only", action="store_true",
                    help="rewrite BENCHMARKS.md from the results already in --out, measuring nothing")
    a = ap.parse_args(argv)
    if a.report_only:
        from bench.report import write_markdown

        res = load_results(a.out)
        to_repo = a.out.resolve() == DEFAULT_OUT.resolve()
        path = write_markdown(res, (REPO if to_repo else a.out) / "BENCHMARKS.md",
                              fuzz=REPO / "bench" / "results" / "fuzz.md", scale=SCALE_MD)
        print(f"wrote {path}")
        return 0
    run(Options(out=a.out, tiny=a.tiny, skip_baselines=a.skip_baselines or a.tiny, skip_batch=a.skip_batch,
                skip_scan=a.skip_scan, fresh=a.fresh, quiet=a.quiet, draws=a.draws, draw_scans=a.draw_scans,
                draw_first=a.draw_first, draw_scan_first=a.draw_scan_first, draw_cache=a.draw_cache,
                scale=tuple(int(x) for x in a.scale.split(",") if x.strip())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
