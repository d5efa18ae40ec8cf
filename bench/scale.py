"""Scale: does the batch stay within memory and time as the corpus grows to a province (issue #15)?

    python -m bench.scale                         # 100 and 2,000 generated reports
    python -m bench.scale --reports 100,2000 --scale   # and 20,000 (cheap text reports; long)
    python -m bench.scale --reports 200 --out bench/results/scale.md

Per corpus size: one full ``lkjip batch`` (2 workers) of generated text reports
(:func:`bench.stress.generate_inputs`) into a fresh output folder, then a rerun after one file changed
(a line appended: a new content, so one report is replaced). Each run is its own process; at its end it
reads its own peak resident memory (``getrusage(RUSAGE_SELF).ru_maxrss``: the batch process itself,
exact, not sampled) and the largest of its children (a file's worker, the workbook writer). Also the
size of every output and the review page's load time in headless Chromium (:mod:`bench.review_page`). Targets: batch process ≤ 400 MB at every size, time linear in the corpus, a
one-file rerun ≤ 10 % of the full run, the page open in < 3 s.

``--pre-read K`` measures the batch without the reader: K generated reports are read once, and every input
file is one of their reports as JSON (``.rep``) under an office of its own (in 38 kabupaten),
read back by :func:`pre_read_extractor`. The store, the corpus checks and every export see reports of the
same size as the real run, at a fraction of its CPU: this is how a province (20,000 reports) is measured on
a small machine. Rows of the two kinds are labelled in the table and are compared only with their kind.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.markdown import md_table
from bench.stress import generate_inputs, place_name

MEMORY_TARGET_MB = 400
RERUN_TARGET = 0.10
RERUN_FROM = 2000  # corpus size the rerun target is set for (issue #15)
PAGE_TARGET_S = 3.0
OUTPUTS = ("lkjip.sqlite", "parquet", "csv", "lkjip.xlsx", "report.html", "reports")


@dataclass
class Run:
    seconds: float
    peak_mb: float  # the batch process
    children_peak_mb: float  # its largest child (a worker, the workbook writer)
    exit_code: int


@dataclass
class Size:
    reports: int
    full: Run
    rerun: Run
    outputs_mb: dict[str, float]
    page_load_s: float = -1.0  # report.html: navigation start to the load event, median of 3 fresh browsers
    pre_read: int = 0  # 0: every file read by lkjip; K: pre-read reports of K generated ones
    load: float = 0.0  # 1-minute load average at the end (other work on the machine)


PRE_READ_EXTRACTOR = "bench.scale:pre_read_extractor"
KABUPATEN = 38  # a province's kabupaten/kota: the pre-read reports are spread over this many


def pre_read_extractor(path, **kwargs):
    """A report already read (its JSON): the batch's cost without the reader's."""
    from lkjip.model import Report

    return Report.model_validate_json(Path(path).read_bytes())


def pre_read_inputs(n: int, k: int, folder: Path) -> Path:
    """``n`` ``.rep`` files: the reports of ``k`` generated text reports, each file under an office of its
    own in one of :data:`KABUPATEN` kabupaten, as :func:`bench.stress.generate_inputs` names them; cached in
    ``folder``."""
    from lkjip.pipeline import extract_report

    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.glob("*.rep"))) == n:
        return folder
    texts = generate_inputs(k, folder.with_name(folder.name + "-texts"))
    bases = [extract_report(p).model_dump_json() for p in sorted(texts.glob("*.txt"))]
    for i in range(n):
        b = i % k
        text = bases[b].replace(f"Kecamatan {place_name(b)}", f"Kecamatan {place_name(i)}")
        old, new = place_name(b % KABUPATEN, 3), place_name(i % KABUPATEN, 3)
        text = text.replace(f"Kabupaten {old}", f"Kabupaten {new}").replace(f'"{old}"', f'"{new}"')
        (folder / f"laporan-{i:05d}.rep").write_text(text, encoding="utf-8")
    return folder


def _as_batch(argv: list[str]) -> int:
    """``lkjip batch argv…`` in this process (``--extractor X`` first: another extractor), then its peak
    memory as JSON on the last line of stderr."""
    import functools

    from lkjip import cli
    from lkjip.corpus import batch

    if argv[:1] == ["--extractor"]:
        batch.run_batch = functools.partial(batch.run_batch, extractor=argv[1])
        argv = argv[2:]
    code = cli.main(argv)
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"peak_mb": self_kb / 1024, "children_peak_mb": child_kb / 1024}), file=sys.stderr)
    return code


def run_batch(inp: Path, out: Path, workers: int, extractor: str | None = None) -> Run:
    pick = ["--extractor", extractor] if extractor else []
    cmd = [sys.executable, "-m", "bench.scale", "--as-batch", *pick, "batch", str(inp), "--out", str(out),
           "--workers", str(workers), "--quiet"]
    repo = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [repo, os.environ.get("PYTHONPATH")]))}
    t0 = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=repo, env=env)
    seconds = time.monotonic() - t0
    last = (proc.stderr.strip().splitlines() or ["{}"])[-1]
    try:
        mem = json.loads(last)
    except ValueError:
        mem = {}
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
    return Run(round(seconds, 1), round(mem.get("peak_mb", -1), 1), round(mem.get("children_peak_mb", -1), 1),
               proc.returncode)


def _size_mb(p: Path) -> float:
    if p.is_dir():
        return sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) / 1e6
    return p.stat().st_size / 1e6 if p.exists() else 0.0


def change_one_file(inp: Path) -> Path:
    """Change the middle file (a line appended to a text, a revised office name in a pre-read report): a new
    content, so the rerun replaces one report."""
    files = sorted(p for p in inp.iterdir() if p.suffix in (".txt", ".rep"))
    victim = files[len(files) // 2]
    if victim.suffix == ".rep":
        data = json.loads(victim.read_text(encoding="utf-8"))
        data["meta"]["instansi"] = f"{data['meta'].get('instansi') or ''} (revisi {time.time_ns()})"
        victim.write_text(json.dumps(data), encoding="utf-8")
        return victim
    with victim.open("a", encoding="utf-8") as f:
        f.write(f"\nCatatan revisi {time.time_ns()}\n")
    return victim


def measure(n: int, work: Path, workers: int, log, pre_read: int = 0) -> Size:
    tag = f"-pre{pre_read}" if pre_read else ""
    inp = pre_read_inputs(n, pre_read, work / f"in-{n}{tag}") if pre_read else generate_inputs(n, work / f"in-{n}")
    extractor = PRE_READ_EXTRACTOR if pre_read else None
    scratch = work / f"in-{n}{tag}-run"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(inp, scratch)  # the rerun changes a file: never the cached inputs
    out = work / f"out-{n}{tag}"
    shutil.rmtree(out, ignore_errors=True)
    log(f"{n} reports{' (pre-read)' if pre_read else ''}: full run")
    full = run_batch(scratch, out, workers, extractor)
    log(f"  {full}")
    change_one_file(scratch)
    log(f"{n} reports: one file changed, rerun")
    rerun = run_batch(scratch, out, workers, extractor)
    log(f"  {rerun}")
    sizes = {name: round(_size_mb(out / name), 1) for name in OUTPUTS}
    sizes["caches"] = round(sum(_size_mb(p) for p in out.glob(".lkjip-cache*.sqlite")), 1)  # what reruns reuse
    load = page_load(out / "report.html")
    log(f"  report.html opens in {load} s")
    return Size(n, full, rerun, sizes, load, pre_read, round(os.getloadavg()[0], 1))


def page_load(page: Path, runs: int = 3) -> float:
    """The review page's load time in headless Chromium (median of ``runs`` fresh browsers); -1 without one."""
    if not page.exists() or not shutil.which("chromium"):
        return -1.0
    from bench.review_page import open_page

    times = sorted(open_page(page).load_event_s for _ in range(runs))
    return round(times[len(times) // 2], 2)


def load_sizes(path: Path) -> list[Size]:
    """The sizes a ``--json`` of an earlier run holds."""
    out = []
    for d in json.loads(path.read_text(encoding="utf-8")):
        full, rerun = Run(**d.pop("full")), Run(**d.pop("rerun"))
        out.append(Size(full=full, rerun=rerun, **d))
    return out


def markdown(sizes: list[Size], workers: int) -> str:
    rows = []
    for s in sizes:
        ratio = s.rerun.seconds / s.full.seconds if s.full.seconds else 0
        kind = f"pre-read ({s.pre_read})" if s.pre_read else "read"
        rows.append([f"{s.reports:,}", kind, f"{s.load:.1f}", f"{s.full.seconds:.1f}", f"{s.full.seconds / s.reports * 1000:.0f}",
                     f"{s.full.peak_mb:.0f}", f"{s.full.children_peak_mb:.0f}", f"{s.rerun.seconds:.1f}",
                     f"{ratio:.0%}", f"{s.rerun.peak_mb:.0f}", f"{s.page_load_s:.2f}",
                     " · ".join(f"{k} {v:g}" for k, v in s.outputs_mb.items())])
    table = md_table(["reports", "files", "load", "full run s", "ms / report", "peak MB (batch)", "peak MB (largest child)",
                      "one-file rerun s", "rerun / full", "rerun peak MB", "page opens s", "outputs MB"], rows,
                     "rlrrrrrrrrrl")
    ok_mem = all(0 < s.full.peak_mb <= MEMORY_TARGET_MB and 0 < s.rerun.peak_mb <= MEMORY_TARGET_MB for s in sizes)
    # the target is set for a corpus (2,000 reports and more): at 100 a rerun is mostly fixed costs
    ok_rerun = all(s.rerun.seconds <= RERUN_TARGET * s.full.seconds for s in sizes if s.reports >= RERUN_FROM)
    ok_page = all(0 <= s.page_load_s < PAGE_TARGET_S for s in sizes)
    return "\n".join([
        "## Scale", "",
        f"Generated text reports (`bench.stress.generate_inputs`), `lkjip batch --workers {workers}`, a fresh output "
        "folder; then one file changed and the batch rerun. Peak memory is the batch process's own "
        "(`getrusage`), the largest child's beside it. Files \"read\": generated text reports read by lkjip; "
        "\"pre-read (K)\": the reports of K of them as JSON, an office each (`--pre-read K`): the batch's cost "
        "without the reader's. Load: the 1-minute load average at the end of the size's runs.", "",
        table, "",
        f"- memory ≤ {MEMORY_TARGET_MB} MB at every size: {'yes' if ok_mem else 'NO'}",
        f"- one-file rerun ≤ {RERUN_TARGET:.0%} of the full run from {RERUN_FROM:,} reports: "
        f"{'yes' if ok_rerun else 'NO'}",
        f"- review page opens in < {PAGE_TARGET_S:g} s: {'yes' if ok_page else 'NO'}",
        ""])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--as-batch"]:
        return _as_batch(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", default="100,2000", help="comma-separated corpus sizes (default 100,2000)")
    ap.add_argument("--scale", action="store_true", help="also 20,000 reports (a province; long)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pre-read", type=int, default=0, metavar="K",
                    help="input files are the reports of K generated ones, pre-read (the batch without the reader)")
    ap.add_argument("--work", type=Path, help="scratch folder, inputs cached there (default a temporary one)")
    ap.add_argument("--out", type=Path, help="write the markdown section here too")
    ap.add_argument("--json", type=Path, help="write the measurements here")
    ap.add_argument("--with", dest="earlier", type=Path, action="append", default=[],
                    help="a --json of an earlier run: its sizes join the table (repeatable)")
    args = ap.parse_args(argv)
    ns = [int(x) for x in args.reports.split(",") if x] + ([20_000] if args.scale else [])
    log = lambda s: print(s, file=sys.stderr, flush=True)  # noqa: E731
    with tempfile.TemporaryDirectory(prefix="lkjip-scale-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        sizes = [measure(n, work, args.workers, log, args.pre_read) for n in ns]
    text = markdown([*(s for f in args.earlier for s in load_sizes(f)), *sizes], args.workers)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps([asdict(s) for s in sizes], indent=2))
    bad = any(s.full.exit_code or s.rerun.exit_code for s in sizes)
    return 1 if bad else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
