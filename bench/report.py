"""BENCHMARKS.md from ``bench/BENCHMARKS.template.md`` and the results of one run."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from string import Template

from bench.draws import markdown as draws_markdown
from bench.markdown import md_table
from bench.metrics import TABLES

TEMPLATE = Path(__file__).with_name("BENCHMARKS.template.md")
FORMAT_LABEL = {"text": "text", "docx": "DOCX", "pdf": "text PDF", "pdf_scan": "scanned PDF"}


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.2%}"


def targets_md(targets: list[dict]) -> str:
    rows = [[t["target"], {True: "met", False: "**not met**", None: "n/a"}[t["met"]], t["detail"]] for t in targets]
    return md_table(["target", "status", "measured"], rows)


def accuracy_md(acc: dict) -> str:
    rows = []
    for g in acc.get("groups", []):
        c = g["total"]
        rows.append([g["source"], FORMAT_LABEL.get(g["format"], g["format"]), g["style"], c["tp"] + c["fn"],
                     c["fp"], c["fn"], _pct(c["precision"]), _pct(c["recall"]), _pct(c["f1"])])
    for f, d in acc.get("by_format", {}).items():
        c = d["total"]
        rows.append(["**all**", f"**{FORMAT_LABEL.get(f, f)}**", "", c["tp"] + c["fn"], c["fp"], c["fn"],
                     _pct(c["precision"]), _pct(c["recall"]), f"**{_pct(c['f1'])}**"])
    return md_table(["source", "format", "style", "truth fields", "FP", "FN", "precision", "recall", "F1"], rows,
                    "lllrrrrrr")


def by_table_md(acc: dict) -> str:
    by_fmt = acc.get("by_format", {})
    if not by_fmt:
        return ""
    fmts = list(by_fmt)
    rows = []
    for table in TABLES:
        cells = []
        for f in fmts:
            c = by_fmt[f]["by_table"].get(table)
            cells.append(_pct(c["f1"]) + f" ({c['tp'] + c['fn']})" if c and c["tp"] + c["fn"] + c["fp"] else "–")
        rows.append([table, *cells])
    return ("Field F1 per record kind and input format (truth fields in brackets), all sources pooled:\n\n"
            + md_table(["record kind", *[FORMAT_LABEL.get(f, f) for f in fmts]], rows, "l" + "r" * len(fmts)))


def failures_md(acc: dict, limit: int = 30) -> str:
    """The most frequent kinds of wrong fields over all files, with one example each."""
    kinds: Counter = Counter()
    files: dict[tuple, set] = {}
    example: dict[tuple, dict] = {}
    for f in acc.get("files", []):
        fmt = FORMAT_LABEL.get(f["format"], f["format"])
        for k in f.get("mismatch_kinds", []):
            key = (fmt, k["table"], k["group"], k["column"], k["kind"])
            kinds[key] += k["count"]
            files.setdefault(key, set()).add(f["name"])
            example.setdefault(key, {**k["example"], "file": f"{f['name']} ({f['format']})"})
    if not kinds:
        return "No wrong field in the files scored."
    rows = []
    for key, n in kinds.most_common(limit):
        e = example[key]
        rows.append([key[0], key[1], key[2] or "–", key[3], key[4], n, len(files[key]), e["file"], _short(e["row"]),
                     _short(e["expected"]), _short(e["got"])])
    return (f"The {limit} most frequent kinds of wrong fields (all sources; every file's full list is in "
            "`bench/results/accuracy.json`, `files[].mismatch_kinds`):\n\n"
            + md_table(["format", "record kind", "table", "column", "kind", "fields", "files", "example file", "row",
                        "expected", "got"], rows, "lllllrrllll"))


def _short(s: str | None, n: int = 60) -> str:
    if s is None:
        return "∅"
    s = s.replace("|", "/").replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def contradictions_md(c: dict) -> str:
    if not c:
        return "_(not run)_"
    rows = [[r, d["found"], d["injected"]] for r, d in c["per_rule"].items()]
    out = [f"Recall **{c['found']}/{c['injected']}** injected contradictions found; "
           f"**{c['false_errors']}** error-level flags on {c['consistent_reports']} consistent generated "
           f"reports ({c['reports_with_false_errors']} reports with at least one).", "",
           md_table(["rule", "found", "injected"], rows, "lrr")]
    if c.get("per_format"):
        out += ["", "By input format of the injected reports: " + "; ".join(
            f"{FORMAT_LABEL.get(k, k)} {d['found']}/{d['injected']}" for k, d in c["per_format"].items()) + "."]
    fe = [(x["name"], x["format"], e) for x in c["consistent"] for e in x["error_flags"]]
    if fe:
        by = Counter((FORMAT_LABEL.get(f, f), e.split(":", 1)[0]) for _, f, e in fe)
        out += ["", "False errors by rule and format:", "",
                md_table(["format", "rule", "error flags"], [[f, r, n] for (f, r), n in by.most_common()], "llr"),
                "", "Examples (first 10):", "",
                md_table(["report", "format", "flag"], [[n, f, _short(e, 140)] for n, f, e in fe[:10]])]
    other = [(x["name"], r) for x in c["injected_cases"] for r in x["other_error_flags"]]
    if other:
        out += ["", f"Other error flags on the injected reports (not the injected rule nor one it may also fire): "
                    f"{len(other)}; e.g. " + ", ".join(f"`{r}` on {n}" for n, r in other[:8]) + "."]
    return "\n".join(out)


def baselines_md(b: dict, notes: list[str]) -> str:
    if not b.get("cells"):
        return "_(baselines not run" + (f": {'; '.join(notes)}" if notes else "") + ")_"
    labels = sorted({lab for by in b["cells"].values() for lab in by})
    rows = []
    for tool, by in b["cells"].items():
        rows.append([tool, *[f"{by[lab]['right']}/{by[lab]['truth_cells']} ({by[lab]['ratio']:.1%})"
                             if lab in by else "–" for lab in labels]])
    lk = b["cells"].get("lkjip", {}).get("text PDF")
    ratio_lines = []
    if lk:
        for tool, by in b["cells"].items():
            o = by.get("text PDF")
            if tool != "lkjip" and o and o["right"]:
                ratio_lines.append(f"lkjip / {tool}: {lk['right'] / o['right']:.2f}× the right cells on text PDFs")
            elif tool != "lkjip" and o:
                ratio_lines.append(f"{tool}: no right cell on text PDFs")
    return (f"Files: {', '.join(f'`{f}`' for f in b['files'])}.\n\n"
            + md_table(["tool", *labels], rows, "l" + "r" * len(labels))
            + ("\n\n" + "\n".join(f"* {x}" for x in ratio_lines) if ratio_lines else ""))


def speed_md(speed: list[dict]) -> str:
    rows = [[r["tool"], r["input"], r["files"], r["pages"], f"{r['pages_per_s']:.2f}", f"{r['s_per_report']:.2f}",
             f"{r['peak_rss_mb_median']:.0f}", f"{r['peak_rss_mb_max']:.0f}", r["failures"]] for r in speed]
    return md_table(["tool", "input", "files", "pages", "pages/s", "s/report", "peak RSS median (MB)",
                     "peak RSS max (MB)", "failed"], rows, "llrrrrrrr")


def batch_md(batch: list[dict], mix: dict | None, calib: dict | None = None) -> str:
    if not batch:
        return "_(not run)_"
    rows = [[b["reports"], b["workers"], f"{b['seconds']:.1f}", f"{b['reports_per_min']:.1f}", b["failed"],
             "–" if b.get("rerun_s") is None else f"{b['rerun_s']:.1f}",
             "–" if b.get("load_avg") is None else f"{b['load_avg']:.1f}", b["runner"]] for b in batch]
    scale = []
    for runner in dict.fromkeys(b["runner"] for b in batch):
        scale += _scaling([b for b in batch if b["runner"] == runner], runner)
    mix_s = ", ".join(f"{v} {k}" for k, v in (mix or {}).items())
    return (md_table(["reports", "workers", "seconds", "reports/min", "failed", "re-run, nothing new (s)",
                      "load avg at start", "runner"], rows, "rrrrrrrl")
            + (f"\n\nThe 100-report folder: {mix_s} (the smaller folders are its first files)." if mix_s else "")
            + "\n\nScaling from 1 to 2 workers:\n\n" + "\n".join(f"* {x}" for x in scale)
            + "\n\nThe `ProcessPoolExecutor` rows run `extract_report` on the same files with no isolation, "
              "store or exports: when they do not scale either, the second core was taken by other work on "
              "the machine (see the load average), not by `run_batch`."
            + (f" Two CPU-bound processes ran {calib['before']}× as fast as one just before the batches and "
               f"{calib['after']}× just after (2.0 = two idle cores)." if calib else ""))


def _scaling(batch: list[dict], runner: str) -> list[str]:
    by = {(b["reports"], b["workers"]): b for b in batch}
    scale = []
    for n in sorted({b["reports"] for b in batch}):
        if n < 10:  # one report measures start-up, not throughput
            continue
        if (n, 1) in by and (n, 2) in by and by[(n, 1)]["reports_per_min"]:
            one, two = by[(n, 1)], by[(n, 2)]
            s = f"{n} reports: {two['reports_per_min'] / one['reports_per_min']:.2f}×"
            if one.get("rerun_s") is not None and two.get("rerun_s") is not None:
                a, b = one["seconds"] - one["rerun_s"], two["seconds"] - two["rerun_s"]
                if a > 0 and b > 0:
                    s += f" ({a / b:.2f}× on the time left after the serial part)"
            scale.append(f"`{runner}`, {s}")
    return scale


def machine_md(m: dict) -> str:
    pk = ", ".join(f"{k} {v}" for k, v in m.get("packages", {}).items() if v)
    rows = [["CPU", m.get("cpu")], ["cores (`nproc`)", m.get("nproc")], ["memory", f"{m.get('memory_gib')} GiB"],
            ["OS", m.get("platform")], ["Python", m.get("python")], ["packages", pk],
            ["Tesseract", m.get("tesseract")], ["LibreOffice", m.get("soffice")],
            ["load average at start", m.get("load_average_at_start")]]
    return md_table(["", ""], [[a, b if b is not None else "–"] for a, b in rows])


def corpus_md(c: dict) -> str:
    rows = [[k, v] for k, v in c.get("by_source_format", {}).items()]
    return (md_table(["source / format", "files"], rows, "lr")
            + f"\n\nStyles: {', '.join(c.get('styles', [])) or '–'}. Documents: {', '.join(c.get('documents', []))}.")


def reading_md(res) -> str:
    """A plain reading of the numbers, generated from them (so it never goes stale)."""
    out = ["**Reading.**", ""]
    met = [t for t in res.targets if t["met"]]
    unmet = [t for t in res.targets if t["met"] is False]
    out.append(f"* {len(met)} of {len(res.targets)} targets met, {len(unmet)} not (table above).")
    for f, d in res.accuracy.get("by_format", {}).items():
        c = d["total"]
        worst = min(((t, x) for t, x in d["by_table"].items() if x["tp"] + x["fn"] + x["fp"]),
                    key=lambda tx: tx[1]["f1"], default=None)
        w = f"; weakest record kind: {worst[0]} ({worst[1]['f1']:.2%})" if worst else ""
        out.append(f"* {FORMAT_LABEL.get(f, f)}: field F1 {c['f1']:.2%} over {c['tp'] + c['fn']} truth fields{w}.")
    cells = res.baselines.get("cells", {})
    if cells.get("lkjip", {}).get("text PDF"):
        best = max(((t, by["text PDF"]) for t, by in cells.items() if t != "lkjip" and "text PDF" in by),
                   key=lambda x: x[1]["ratio"], default=None)
        lk = cells["lkjip"]["text PDF"]
        if best:
            out.append(f"* Budget cells on text PDFs: lkjip {lk['ratio']:.1%}, best baseline {best[0]} "
                       f"{best[1]['ratio']:.1%} (with an oracle row choice in its favour).")
    return "\n".join(out)


#: BENCHMARKS.md's hand-written block (measurements taken between full runs, per session) lies between these two
#: lines; every rewrite keeps it as it is
KEPT_START = "<!-- kept by bench.run: measurements outside the last full run -->"
KEPT_END = "<!-- end of the kept measurements -->"


def kept_block(path: Path) -> str:
    """The hand-written block of the BENCHMARKS.md at ``path``, markers included ("" when there is none)."""
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8")
    start = text.find(KEPT_START)
    end = text.find(KEPT_END, start + 1) if start >= 0 else -1
    return text[start : end + len(KEPT_END)] if end >= 0 else ""


def write_markdown(res, path: Path, *, tiny: bool = False, skipped: list[str] | None = None,
                   fuzz: Path | None = None, scale: Path | None = None) -> Path:
    banner = ("**Tiny smoke run** (`--tiny`): one generated report, text only. Not a benchmark."
              if tiny else f"Run of {res.generated_at}: {res.corpus.get('files', 0)} corpus files, "
                           f"{res.elapsed_s / 60:.1f} min.")
    if skipped:
        banner += f" **Skipped: {', '.join(skipped)}.**"
    fuzz_md = ""
    if fuzz and fuzz.exists():
        fuzz_md = "## Fuzzing\n\n" + fuzz.read_text(encoding="utf-8").strip() + "\n"
    scale_md = ""
    if scale and scale.exists():  # bench.scale's own section, "## Scale" included
        scale_md = scale.read_text(encoding="utf-8").strip() + "\n"
    notes = "\n".join(f"* {n}" for n in res.notes)
    text = Template(TEMPLATE.read_text(encoding="utf-8")).safe_substitute(
        banner=banner,
        kept=kept_block(path),
        targets=targets_md(res.targets),
        reading=reading_md(res),
        machine=machine_md(res.machine),
        corpus=corpus_md(res.corpus),
        accuracy=accuracy_md(res.accuracy),
        by_table=by_table_md(res.accuracy),
        failures=failures_md(res.accuracy),
        contradictions=contradictions_md(res.contradictions),
        baselines=baselines_md(res.baselines, res.notes),
        speed=speed_md(res.speed),
        batch=batch_md(res.batch, res.corpus.get("batch_mix"), res.corpus.get("cpu_parallelism")),
        draws=draws_markdown(res.draws) if res.draws else
        "_(not measured in this run: `python -m bench.draws --n N --scans M`)_",
        notes=("## Notes\n\n" + notes) if notes else "",
        fuzz=fuzz_md,
        scale=scale_md,
    )
    path.write_text(text.rstrip() + "\n", encoding="utf-8")
    return path
