"""Speed and memory: probes in fresh subprocesses, batch throughput, the machine.

Each (tool, file) runs in its own ``python -m bench.probe`` process, one after
the other (never two measured processes at once), so a time is one core's and
a peak RSS is one worker's. Batch throughput runs
``lkjip.corpus.batch.run_batch`` on folders of 1, 10 and 100 reports with 1
and 2 workers, each in a fresh output folder.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass
class ProbeResult:
    tool: str
    file: str
    ok: bool
    seconds: float | None = None
    import_s: float | None = None
    pages: int | None = None
    peak_rss_mb: float | None = None
    #: RUSAGE_CHILDREN ru_maxrss of the probe; a forked child starts with its parent's pages, so this is
    #: an upper bound, not the memory of Tesseract alone (kept in performance.json, not shown)
    child_peak_rss_mb: float | None = None
    error: str | None = None
    output: str | None = None  # path of the tool's output (Report JSON or tables JSON)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "output"}


def run_probe(tool: str, path: Path, out: Path, *, timeout: float = 900) -> ProbeResult:
    """Run one tool on one file in a fresh Python process; never raises for the tool's failures."""
    cmd = [sys.executable, "-m", "bench.probe", tool, str(path), str(out)]
    try:
        cp = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, "PYTHONWARNINGS": "ignore"})
    except subprocess.TimeoutExpired:
        return ProbeResult(tool, str(path), False, error=f"timed out after {timeout:.0f} s")
    lines = [ln for ln in cp.stdout.splitlines() if ln.startswith("{")]
    if cp.returncode != 0 or not lines:
        tail = (cp.stderr or cp.stdout).strip().splitlines()[-1:] or ["no output"]
        return ProbeResult(tool, str(path), False, error=f"exit {cp.returncode}: {tail[0][:300]}")
    rec = json.loads(lines[-1])
    return ProbeResult(tool=tool, file=str(path), ok=rec["ok"], seconds=rec.get("seconds"),
                       import_s=rec.get("import_s"), pages=rec.get("pages"), peak_rss_mb=rec.get("peak_rss_mb"),
                       child_peak_rss_mb=rec.get("child_peak_rss_mb"), error=rec.get("error"), output=str(out) if rec["ok"] else None)


@dataclass
class SpeedRow:
    tool: str
    input: str  # "text PDF", "scanned PDF", "DOCX", "text"
    files: int
    pages: int
    seconds: float
    pages_per_s: float
    s_per_report: float
    peak_rss_mb_max: float
    peak_rss_mb_median: float
    child_rss_mb_max: float  # largest child process (Tesseract) peak, not included in peak_rss
    failures: int

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def speed_row(tool: str, label: str, probes: list[ProbeResult], pages: list[int]) -> SpeedRow:
    """Aggregate probes of one tool on one kind of input; ``pages`` are the page counts of the files."""
    ok = [(p, n) for p, n in zip(probes, pages, strict=True) if p.ok and p.seconds is not None]
    secs = sum(p.seconds for p, _ in ok)
    npages = sum(n for _, n in ok)
    rss = [p.peak_rss_mb for p, _ in ok if p.peak_rss_mb is not None]
    return SpeedRow(tool=tool, input=label, files=len(ok), pages=npages, seconds=round(secs, 3),
                    pages_per_s=round(npages / secs, 2) if secs else 0.0,
                    s_per_report=round(secs / len(ok), 3) if ok else 0.0,
                    peak_rss_mb_max=max(rss, default=0.0),
                    peak_rss_mb_median=round(statistics.median(rss), 1) if rss else 0.0,
                    child_rss_mb_max=max((p.child_peak_rss_mb or 0.0 for p, _ in ok), default=0.0),
                    failures=len(probes) - len(ok))


# --- batch -----------------------------------------------------------------------------------------


@dataclass
class BatchRow:
    reports: int
    workers: int
    seconds: float
    reports_per_min: float
    processed: int
    failed: int
    runner: str  # "run_batch" or "ProcessPoolExecutor"
    #: a second run on the same folder, every file unchanged: discovery, hashing, corpus checks and the
    #: exports (SQLite → Parquet/XLSX/HTML), i.e. the serial part that more workers cannot shorten
    rerun_s: float | None = None
    load_avg: float | None = None  # 1-minute load average when the run started (other jobs on the machine)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def run_batch_once(files: list[Path], workers: int, work: Path) -> BatchRow:
    """One batch over ``files`` (copied into a fresh folder) with ``workers`` workers, timed wall-clock."""
    inp, out = work / f"in-{len(files)}-{workers}", work / f"out-{len(files)}-{workers}"
    for d in (inp, out):
        if d.exists():
            shutil.rmtree(d)
    inp.mkdir(parents=True)
    for i, f in enumerate(files):
        dst = inp / f"{i:03d}-{f.name}"
        if _same_fs(f, inp):
            os.link(f, dst)
        else:
            shutil.copy2(f, dst)
    try:
        from lkjip.corpus.batch import run_batch
    except ImportError:
        return _pool_batch(sorted(inp.iterdir()), workers)
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    summary = run_batch(inp, out, workers=workers, quiet=True)
    secs = time.perf_counter() - t0
    t1 = time.perf_counter()
    run_batch(inp, out, workers=workers, quiet=True)
    rerun = time.perf_counter() - t1
    return BatchRow(reports=len(files), workers=workers, seconds=round(secs, 2),
                    reports_per_min=round(len(files) / secs * 60, 1), processed=summary.processed,
                    failed=summary.failed, runner="run_batch", rerun_s=round(rerun, 2), load_avg=round(load, 2))


def _same_fs(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def _extract_status(path: str) -> str:
    from lkjip import extract_report

    return extract_report(path).status


def pool_batch_once(files: list[Path], workers: int) -> BatchRow:
    """``extract_report`` over a ``ProcessPoolExecutor``: no isolation, no store, no exports."""
    return _pool_batch(files, workers)


def _pool_batch(files: list[Path], workers: int) -> BatchRow:
    """extract_report over a process pool (also the fallback when corpus.batch is missing)."""
    from concurrent.futures import ProcessPoolExecutor

    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    with ProcessPoolExecutor(workers) as ex:
        statuses = list(ex.map(_extract_status, [str(f) for f in files]))
    secs = time.perf_counter() - t0
    return BatchRow(reports=len(files), workers=workers, seconds=round(secs, 2),
                    reports_per_min=round(len(files) / secs * 60, 1), processed=len(files),
                    failed=statuses.count("failed"), runner="ProcessPoolExecutor", rerun_s=None,
                    load_avg=round(load, 2))


def _spin(n: int) -> int:
    x = 0
    for i in range(n):
        x = (x * 31 + i) % 1_000_003
    return x


def cpu_parallelism(n: int = 6_000_000) -> float:
    """How many cores are free right now: time of two CPU-bound tasks run one after the other,
    divided by their time run side by side in two processes (2.0 = two idle cores)."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1) as ex:
        ex.submit(_spin, 1000).result()  # start-up outside the clock
        t0 = time.perf_counter()
        list(ex.map(_spin, [n, n]))
        seq = time.perf_counter() - t0
    with ProcessPoolExecutor(2) as ex:
        list(ex.map(_spin, [1000, 1000]))
        t0 = time.perf_counter()
        list(ex.map(_spin, [n, n]))
        par = time.perf_counter() - t0
    return round(seq / par, 2)


# --- the machine -----------------------------------------------------------------------------------


def _first_line(cmd: list[str]) -> str | None:
    if not shutil.which(cmd[0]):
        return None
    try:
        cp = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (cp.stdout or cp.stderr).strip()
    return text.splitlines()[0] if text else None


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def machine_info() -> dict:
    cpu = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        load = os.getloadavg()
    except OSError:
        load = None
    dists = ["lkjip", "pdfplumber", "pdfminer.six", "pypdfium2", "python-docx", "pydantic",
             "camelot-py", "pymupdf", "opencv-python-headless", "rapidfuzz"]
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": mem_gib,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "packages": {d: _version(d) for d in dists},
        "tesseract": _first_line(["tesseract", "--version"]),
        "soffice": _first_line(["soffice", "--version"]),
        "load_average_at_start": [round(x, 2) for x in load] if load else None,
    }
