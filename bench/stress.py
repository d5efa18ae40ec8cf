"""Stress the batch the way cron, CI and schedulers start it: does it ever hang, lose a report or differ?

    python -m bench.stress                                   # 1,000 reports × 20 runs × 4 modes (make stress)
    python -m bench.stress --reports 200 --runs 5 --modes background
    python -m bench.stress --input DIR --extractor tests_module:function   # any folder, any extractor

Each run is one ``lkjip batch`` of the same folder into a fresh output folder, started in one of four
modes: ``foreground`` (a child of this script), ``background`` (``cmd &`` from a shell script, which
hands it SIGINT ignored and stdin from /dev/null), ``setsid`` (``setsid nohup cmd &``: a new session, no
terminal, SIGHUP ignored) and ``busy`` (foreground, with a busy process competing for the CPU). A run
that does not end within the outer time limit is a hang (its whole session is killed). Every finished
run's SQLite is dumped sorted (:func:`bench.dataset_dump.dump_store`) and compared with the first one.
Exit status 1 when any run hung, failed, lost a report or gave a different dataset.

The full plan (80 runs of 1,000 reports) takes hours on a small machine, so it can be spread over several
sittings: ``--record FILE.jsonl`` appends every finished run to ``FILE`` with the plan's key (reports,
workers, extractor and a digest of the product code) and, on the next start with the same key, runs only
what is missing; the summary covers every recorded run, compared with the first recorded dataset::

    nice -n 19 python -m bench.stress --record bench/results/stress-runs.jsonl   # stop and restart at will
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shlex
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from bench.dataset_dump import dump_store

MODES = ("foreground", "background", "setsid", "busy")
DEFAULT_EXTRACTOR = "lkjip:extract_report"
REPO = Path(__file__).resolve().parents[1]
PRODUCT_PACKAGES = ("lkjip", "extract", "normalize", "validate", "corpus")


@dataclass
class Run:
    mode: str
    number: int
    seconds: float
    hung: bool
    exit_code: int | None
    reports: int = 0  # rows in the dataset's reports table
    failed: int = 0
    digest: str = ""  # sha256 of the sorted dump
    started: str = ""  # UTC, ISO 8601
    load: float = 0.0  # 1-minute load average when the run started


@dataclass
class ModeResult:
    mode: str
    runs: int = 0
    hangs: int = 0
    errors: int = 0  # runs that ended with a non-zero exit code
    lost: int = 0  # reports missing, summed over runs
    failed_rows: int = 0
    identical: int = 0  # runs whose dataset equals the first run's
    seconds: list[float] = field(default_factory=list)


_SYLLABLES = ("ba", "ca", "da", "ga", "ja", "ka", "la", "ma", "na", "pa", "ra", "sa", "ta", "wa", "bo", "ko", "mo",
              "ro", "su", "ti")


def place_name(i: int, syllables: int = 4) -> str:
    """A made-up place name of its own for every ``i`` (``Bacadaga``): letters only, as office names are;
    digits in a name are not part of an instansi and would make every office the same."""
    word = []
    for _ in range(syllables):
        i, r = divmod(i, len(_SYLLABLES))
        word.append(_SYLLABLES[r])
    return "".join(reversed(word)).capitalize()


def generate_inputs(n: int, folder: Path, kabupaten: int = 38) -> Path:
    """``n`` generated text reports, each of a kecamatan of its own, spread over ``kabupaten`` kabupaten (a
    province's count), cached in ``folder``."""
    from lkjip.synth.generate import generate_report

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        p = folder / f"laporan-{i:05d}.txt"
        if not p.exists():
            rep = generate_report(5000 + i, instansi=f"Kecamatan {place_name(i)}",
                                  kabupaten=f"Kabupaten {place_name(i % kabupaten, 3)}", tahun=2022)
            p.write_text(rep.text, encoding="utf-8")
    return folder


def batch_command(inp: Path, out: Path, workers: int, extractor: str) -> list[str]:
    """The command of one run: ``lkjip batch``, or the same command line with another extractor."""
    args = ["batch", str(inp), "--out", str(out), "--workers", str(workers), "--quiet"]
    if extractor == DEFAULT_EXTRACTOR:
        return [str(Path(sys.executable).with_name("lkjip")), *args]
    return [sys.executable, "-m", "bench.stress", "--as-batch", extractor, *args]


def _kill_session(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def _wait_file(path: Path, proc: subprocess.Popen, limit: float) -> bool:
    """Wait until ``path`` exists (the run wrote its exit code) or ``limit`` seconds pass."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().strip():
            return True
        time.sleep(0.2)
    return False


def start_run(mode: str, cmd: list[str], work: Path, limit: float) -> tuple[bool, int | None]:
    """Run ``cmd`` in ``mode``; (hung, exit code). A hung run's whole session is killed."""
    rc_file, log = work / "rc", work / "run.log"
    line = f"{shlex.join(cmd)} > {shlex.quote(str(log))} 2>&1; echo $? > {shlex.quote(str(rc_file))}"
    if mode == "background":
        script = f"({line}) &\nwait $!\n"
    elif mode == "setsid":
        script = f"setsid nohup sh -c {shlex.quote(line)} > /dev/null 2>&1 < /dev/null &\n"
    else:  # foreground, busy
        script = line + "\n"
    # a session of its own, so that a hung run can be killed with everything it started
    proc = subprocess.Popen(["sh", "-c", script], start_new_session=True, stdin=subprocess.DEVNULL)
    done = _wait_file(rc_file, proc, limit)
    if not done:
        _kill_session(proc.pid)
        _kill_setsid_runs(work)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        _kill_session(proc.pid)
    return (not done), (int(rc_file.read_text()) if done else None)


def _kill_setsid_runs(work: Path) -> None:
    """A ``setsid`` run left its own session: find it by its output folder on the command line."""
    import psutil

    for p in psutil.process_iter(["pid", "cmdline"]):
        try:
            if str(work) in " ".join(p.info["cmdline"] or []):
                _kill_session(os.getsid(p.info["pid"]))
        except (psutil.Error, ProcessLookupError):
            pass


def _busy() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "while True: pass"], start_new_session=True)


def measure_run(mode: str, number: int, inp: Path, workers: int, extractor: str, limit: float,
                root: Path) -> Run:
    work = root / f"{mode}-{number:02d}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    out = work / "out"
    busy = _busy() if mode == "busy" else None
    started = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    load = round(os.getloadavg()[0], 2)
    t0 = time.monotonic()
    try:
        hung, rc = start_run(mode, batch_command(inp, out, workers, extractor), work, limit)
    finally:
        if busy is not None:
            _kill_session(busy.pid)
            busy.wait()
    run = Run(mode=mode, number=number, seconds=round(time.monotonic() - t0, 1), hung=hung, exit_code=rc,
              started=started, load=load)
    db = out / "lkjip.sqlite"
    if not hung and rc == 0 and db.exists():
        con = sqlite3.connect(db)
        run.reports, run.failed = con.execute(
            "SELECT count(*), coalesce(sum(status = 'failed'), 0) FROM reports").fetchone()
        con.close()
        run.digest = hashlib.sha256("\n".join(dump_store(db)).encode()).hexdigest()
    shutil.rmtree(out, ignore_errors=True)
    return run


def summarize(runs: list[Run], expected: int) -> list[ModeResult]:
    reference = next((r.digest for r in runs if r.digest), "")
    out = {}
    for r in runs:
        m = out.setdefault(r.mode, ModeResult(r.mode))
        m.runs += 1
        m.hangs += r.hung
        m.errors += (not r.hung) and r.exit_code != 0
        m.lost += max(0, expected - r.reports) if not r.hung else 0
        m.failed_rows += r.failed
        m.identical += bool(r.digest) and r.digest == reference
        m.seconds.append(r.seconds)
    return list(out.values())


def markdown(results: list[ModeResult], reports: int, workers: int) -> str:
    lines = [f"{reports} reports, {workers} workers per batch.", "",
             "| mode | runs | hangs | failed runs | lost reports | failed rows | identical datasets | "
             "median s | max s |", "|---|---|---|---|---|---|---|---|---|"]
    for m in results:
        lines.append(f"| {m.mode} | {m.runs} | {m.hangs} | {m.errors} | {m.lost} | {m.failed_rows} | "
                     f"{m.identical}/{m.runs} | {statistics.median(m.seconds):.1f} | {max(m.seconds):.1f} |")
    return "\n".join(lines)


def code_digest(root: Path = REPO) -> str:
    """A digest of the product code (every ``.py`` of the packages a batch runs): a recorded run counts only
    for the code it ran."""
    h = hashlib.sha256()
    for pkg in PRODUCT_PACKAGES:
        for f in sorted((root / pkg).rglob("*.py")):
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def load_record(path: Path | None, key: dict) -> list[Run]:
    """The runs ``path`` (JSON lines) holds for ``key``; lines of another plan or code are left alone."""
    if path is None or not path.exists():
        return []
    runs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.pop("key", None) == key:
            runs.append(Run(**row))
    return runs


def _append(path: Path | None, key: dict, run: Run) -> None:
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(json.dumps({"key": key, **asdict(run)}) + "\n")


def stress(inp: Path, *, runs: int, modes: list[str], workers: int, extractor: str, limit: float,
           work: Path, expected: int, log=print, record: Path | None = None,
           key: dict | None = None) -> tuple[list[Run], list[ModeResult]]:
    """Every planned run not yet in ``record`` (for ``key``); the summary covers the recorded runs too."""
    done = load_record(record, key or {})
    have = {(r.mode, r.number) for r in done}
    if done:
        log(f"{len(done)} runs already recorded in {record} for this plan and code")
    for number in range(1, runs + 1):
        for mode in modes:  # interleaved, so that a change in the machine's load hits every mode
            if (mode, number) in have:
                continue
            r = measure_run(mode, number, inp, workers, extractor, limit, work)
            log(f"{mode} run {number}: {'HUNG' if r.hung else f'exit {r.exit_code}'}, {r.reports} reports "
                f"({r.failed} failed), {r.seconds:.1f} s, dataset {r.digest[:12] or '-'}")
            _append(record, key or {}, r)
            done.append(r)
    done = [r for r in done if r.mode in modes and r.number <= runs]
    return done, summarize(done, expected)


def _as_batch(argv: list[str]) -> int:
    """``lkjip batch`` with ``argv[0]`` as the extractor (the library's ``extractor=`` hook)."""
    import functools

    from lkjip import cli
    from lkjip.corpus import batch

    batch.run_batch = functools.partial(batch.run_batch, extractor=argv[0])
    return cli.main(argv[1:])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--as-batch"]:
        return _as_batch(argv[1:])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=1000, help="generated reports per batch (default 1000)")
    ap.add_argument("--runs", type=int, default=20, help="runs per mode (default 20)")
    ap.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of {', '.join(MODES)}")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--input", type=Path, help="batch this folder instead of generated reports")
    ap.add_argument("--extractor", default=DEFAULT_EXTRACTOR, help="module:function (default the real one)")
    ap.add_argument("--limit", type=float, help="seconds before a run counts as hung (default 3 s per report, "
                    "at least 300)")
    ap.add_argument("--work", type=Path, help="scratch folder (default a temporary one)")
    ap.add_argument("--json", type=Path, help="write every run and the summary here")
    ap.add_argument("--record", type=Path, help="JSON lines: append each run; resume what it already holds")
    args = ap.parse_args(argv)
    modes = [m for m in args.modes.split(",") if m]
    if unknown := set(modes) - set(MODES):
        ap.error(f"unknown mode(s): {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="lkjip-stress-") as tmp:
        work = args.work or Path(tmp)
        inp = args.input or generate_inputs(args.reports, work / f"in-{args.reports}")
        expected = sum(1 for p in inp.rglob("*") if p.is_file())
        limit = args.limit or max(300.0, 3.0 * expected)
        key = {"reports": expected, "workers": args.workers, "extractor": args.extractor,
               "input": str(args.input) if args.input else "generated", "code": code_digest()}
        runs, results = stress(inp, runs=args.runs, modes=modes, workers=args.workers, extractor=args.extractor,
                               limit=limit, work=work / "runs", expected=expected,
                               log=lambda s: print(s, file=sys.stderr, flush=True), record=args.record, key=key)
    print(markdown(results, expected, args.workers))
    if args.record:
        print(f"\nProduct code {key['code']}; runs recorded in {args.record}.")
    if args.json:
        args.json.write_text(json.dumps({"runs": [asdict(r) for r in runs], "modes": [asdict(m) for m in results]},
                                        indent=2))
    bad = any(m.hangs or m.errors or m.lost or m.identical != m.runs for m in results)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
