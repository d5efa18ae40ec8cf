"""``lkjip batch``: a folder of reports → one consolidated dataset (discover, plan, run, commit, export).

Design
------
* **Discovery** — every regular file under INPUT_DIR, recursively, in sorted
  order; hidden files and folders (``.name``), Office lock files (``~$name``)
  and the output folder are skipped. Which files are reports is decided by the
  reader (content sniffing): anything else becomes a ``failed`` row.
* **Identity** — each file is hashed (sha256); ``report_id`` is the first 16
  hex digits of the hash, never a name from the document. Files with the same
  content share one report (the first path in sorted order is its
  ``source_file``; ``files`` lists every path). ``source_file`` is the path
  relative to INPUT_DIR.
* **Isolation** (:mod:`lkjip.corpus.isolation`) — files run in worker
  processes, each driven by one thread of this process, under an address-space
  limit (``RLIMIT_AS``, ``--memory-mb``) and a wall-clock limit per file
  (``--timeout``). A worker that overruns is killed with SIGKILL, which also
  stops a hung C extension. A crash, hang or MemoryError becomes that file's
  ``failed`` row with the reason (``limit: timed out after 300 s``,
  ``worker: process died (signal 9)``); the batch goes on. Workers die with
  the batch (``PR_SET_PDEATHSIG``), so a killed batch leaves no orphans. Before
  parsing, the extractor refuses a file over the
  :class:`~lkjip.extract.limits.Limits` passed to it (``--max-pages``,
  ``--max-mb``, decompression bombs…) with a ``limit: …`` reason.
* **Every wait is bounded** — a worker must be ready within ``start_timeout``
  and answer within the file's time limit; a watchdog here answers for a file
  whose supervisor is stuck beyond both ("worker tidak merespons"), kills its
  worker and carries on. A file that takes far longer than the others is named
  on screen ("masih memproses X (120 s)"), or in ``OUT/batch.log`` with
  ``quiet``.
* **Work in the workers** (:mod:`lkjip.corpus.worker`) — a worker also sets the
  report's identity, flattens it into the dataset's rows and serializes its
  JSON, and sends that back once, pickled: the batch process only writes.
* **Executors** — ``local`` (the worker pool above) or ``dask``
  (``Client.get_executor()``; with ``--scheduler`` an existing cluster,
  otherwise a ``LocalCluster`` on 127.0.0.1), where each task starts a worker
  of its own on the Dask worker's machine.
* **Incremental, resumable, atomic** — a report is committed as soon as it is
  back: its JSON is written to a temporary name and renamed, then its rows
  replace the old ones in one SQLite transaction. A re-run skips every file
  whose sha256 is already stored, processes new and changed files, and drops
  reports whose content is no longer in the folder. A run killed halfway
  resumes where it stopped, without duplicate rows. The corpus checks
  (``lkjip.validate.corpus``) and the exports (Parquet, CSV, XLSX, HTML) are
  brought up to date from SQLite at the end of every run, so a resumed run
  yields the same dataset as an uninterrupted one.
* **Incremental reruns** — what a rerun after a few changed files redoes
  depends on what they touched: the store notes the kabupaten of every report
  written or deleted until the corpus checks have run, and the checks then
  run over those kabupaten only (every corpus rule compares reports of one
  kabupaten; a report without one, or a new rule set or lkjip version, makes
  them run over the whole corpus: :func:`_to_check`). Every export is made of
  pieces per segment, cached with the fingerprints of the segments they were
  made from (``OUT/.lkjip-cache*.sqlite``): Parquet, CSV and the budget totals
  (:mod:`lkjip.corpus.segments`), the workbook's sheet XML compressed once
  (:mod:`lkjip.corpus.workbook`), what the review page shows of each report
  (:class:`~lkjip.corpus.review_data.PageCache`). A rerun makes the pieces of
  changed segments and joins the others; the files are those a fresh batch
  of the same folder writes (``tests/test_rerun.py``).
* **Memory flat in the corpus** — nothing holds the whole dataset: the corpus
  checks read a report's rows when a rule needs them
  (:class:`~lkjip.validate.corpus_facts.ReadFacts`), the workbook reads the
  store in pieces (:class:`~lkjip.corpus.store.StoreSource`), and Parquet, CSV
  and the budget totals are patched segment by segment from a cache
  (:mod:`lkjip.corpus.segments`), so a rerun after one changed file redoes only
  the segments it touched; the review page is written from the store with SQL
  aggregates and paged lists (:func:`_write_review`).
* **One batch per output folder** — a batch holds an exclusive ``flock`` on
  ``OUT/.lkjip.lock`` while it runs; a second batch on the same folder stops at
  once with one line (:class:`OutputBusyError`) and touches nothing. The kernel
  releases the lock when the batch ends, however it ends.

The command line is ``lkjip batch`` in :mod:`lkjip.cli`. Fault injection for tests goes through
``extractor=`` (a stand-in extractor in ``tests/``), never through this module.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import os
import statistics
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from lkjip.corpus import isolation
from lkjip.corpus.worker import (
    DEFAULT_MEMORY_MB,
    DEFAULT_TIMEOUT,
    EXTRACTOR,
    FileTask,
    Finished,
    finish,
    report_id_for,
)
from lkjip.errors import InputError, LkjipError
from lkjip.extract.limits import Limits
from lkjip.pipeline import file_sha256

if TYPE_CHECKING:
    from lkjip.corpus.segments import SegmentCache

__all__ = ["DEFAULT_MEMORY_MB", "DEFAULT_TIMEOUT", "EXTRACTOR", "BatchSummary", "FailedFile", "FileTask",
           "OutputBusyError", "discover", "out_lock", "process_file", "report_id_for", "run_batch", "sha256_file"]

SQLITE_NAME = "lkjip.sqlite"
XLSX_NAME = "lkjip.xlsx"
HTML_NAME = "report.html"
REPORTS_DIR = "reports"
PARQUET_DIR = "parquet"
CSV_DIR = "csv"
LOG_NAME = "batch.log"
LOCK_NAME = ".lkjip.lock"
#: a file still running after this many seconds (and 10× the median file) is named on screen or in the log
SLOW_AFTER = 60.0
#: how long the watchdog waits beyond a file's own deadlines before it answers for the file itself
WATCHDOG_GRACE = 30.0
EXPORT_LIMIT = 3600.0  # seconds the workbook, written beside the other exports, may take
TICK = 1.0  # seconds between two looks at the running files


class FailedFile(BaseModel):
    source_file: str
    report_id: str
    reason: str


class BatchSummary(BaseModel):
    """What a batch did; ``run_batch`` returns it, ``lkjip batch`` prints it."""

    input_dir: str
    out_dir: str
    executor: str
    files: int = 0  # regular files found
    unique: int = 0  # distinct contents (reports)
    skipped: int = 0  # unchanged since an earlier run
    processed: int = 0
    success: int = 0
    partial: int = 0
    failed: int = 0  # of the processed ones
    flagged: int = 0  # processed reports with an error or warning flag
    removed: int = 0  # reports whose content left the folder
    unreadable: list[str] = Field(default_factory=list)
    corpus_flags: int = 0
    total_reports: int = 0  # in the dataset after the run
    total_failed: int = 0
    failures: list[FailedFile] = Field(default_factory=list)  # of the processed ones
    elapsed_s: float = 0.0
    outputs: list[str] = Field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class RunOptions:
    """How the files are run (the part of :func:`run_batch`'s arguments the workers see)."""

    executor: str = "local"
    workers: int = 1
    scheduler: str | None = None
    quiet: bool = False
    start_timeout: float = isolation.STARTUP_LIMIT
    slow_after: float = SLOW_AFTER


# --- discovery and hashing ------------------------------------------------------------------------


#: files that sit beside reports in analysts' folders but are never reports (notes, data, our own outputs)
NOT_REPORTS = {".md", ".json", ".csv", ".xlsx", ".xls", ".sqlite", ".db", ".parquet", ".py", ".html", ".htm",
               ".log", ".yaml", ".yml", ".toml", ".ini"}


def discover(input_dir: Path, exclude: Path | None = None) -> list[Path]:
    """Every regular file under ``input_dir`` in sorted order.

    Hidden and lock files, ``exclude`` and files whose extension says they are notes or data
    (:data:`NOT_REPORTS`) are skipped; anything else is tried, and what is not a report becomes a
    ``failed`` row with the reason, so nothing is passed over silently.
    """
    found = []
    exclude = exclude.resolve() if exclude else None
    for root, dirs, files in os.walk(input_dir):
        rootp = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and (exclude is None or (rootp / d).resolve() != exclude))
        for name in sorted(files):
            if name.startswith((".", "~$")) or Path(name).suffix.lower() in NOT_REPORTS:
                continue
            p = rootp / name
            if p.is_file():
                found.append(p)
    return sorted(found, key=lambda p: p.relative_to(input_dir).as_posix())


def sha256_file(path: Path) -> str:
    """The file's sha256 (hex), as :func:`lkjip.pipeline.file_sha256` computes it for a report."""
    return file_sha256(path)


# --- executors --------------------------------------------------------------------------------------


@contextlib.contextmanager
def open_executor(kind: str, workers: int, scheduler: str | None = None) -> Iterator[Executor]:
    """A Dask cluster's ``concurrent.futures`` executor (``local`` runs on :class:`isolation.Pool`)."""
    if kind != "dask":
        raise ValueError(f"unknown executor {kind!r} (local or dask)")
    import dask
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        with dask.config.set({"distributed.worker.daemon": False}):
            cluster = LocalCluster(n_workers=workers, processes=True, threads_per_worker=1, host="127.0.0.1",
                                   dashboard_address=None)
        client = Client(cluster)
    try:
        yield client.get_executor(pure=False)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def process_file(task: FileTask) -> str:
    """One file in a worker of its own, as a batch would run it: the report's JSON (``reports/<id>.json``)."""
    return isolation.run_isolated(task).json.decode("utf-8")


# --- what the user sees while it runs ---------------------------------------------------------------


class _Progress:
    """A rich progress bar (files done / failed / flagged, ETA), or nothing with ``quiet``; notes about
    slow files go on screen above the bar, or with ``quiet`` into ``OUT/batch.log``."""

    def __init__(self, total: int, quiet: bool, log: Path):
        self.progress, self.log = None, log
        if quiet or total == 0:
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            SpinnerColumn(), TextColumn("[bold]lkjip batch"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed[/] [yellow]{task.fields[flagged]} flagged[/]"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False)
        self.task = self.progress.add_task("files", total=total, failed=0, flagged=0)

    def __enter__(self):
        if self.progress:
            self.progress.start()
        return self

    def advance(self, failed: int, flagged: int) -> None:
        if self.progress:
            self.progress.update(self.task, advance=1, failed=failed, flagged=flagged)

    def note(self, text: str) -> None:
        """A line for the user: on screen when the bar is shown, and always in ``batch.log``."""
        if self.progress:
            self.progress.console.print(text, markup=False, highlight=False)
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        with self.log.open("a", encoding="utf-8") as f:
            f.write(f"{stamp} {text}\n")

    def __exit__(self, *exc):
        if self.progress:
            self.progress.stop()


class _SlowFiles:
    """Names a file that takes far longer than the others: past ``slow_after`` seconds and ten times the
    median file, then again each time its time doubles."""

    def __init__(self, slow_after: float):
        self.slow_after = slow_after
        self.durations: list[float] = []
        self.next_at: dict[str, float] = {}

    def done(self, task: FileTask, seconds: float | None) -> None:
        self.next_at.pop(task.sha256, None)
        if seconds is not None:
            self.durations.append(seconds)

    def notes(self, busy: list[tuple[FileTask, float]]) -> list[str]:
        base = max(self.slow_after, 10 * statistics.median(self.durations)) if self.durations else self.slow_after
        out = []
        for task, secs in busy:
            at = self.next_at.get(task.sha256, base)
            if secs >= at:
                out.append(f"masih memproses {task.source_file} ({secs:.0f} s)")
                self.next_at[task.sha256] = 2 * max(at, secs)
        return out


# --- one batch per output folder -------------------------------------------------------------------


class OutputBusyError(LkjipError):
    """Another ``lkjip batch`` is writing to the same output folder."""

    category = "busy"


@contextlib.contextmanager
def out_lock(out_dir: Path) -> Iterator[None]:
    """Hold ``OUT/.lkjip.lock`` (``flock``, exclusive) for the whole batch, or raise :class:`OutputBusyError`.

    The kernel drops the lock when its holder ends, however it ends (``kill -9`` included), so a
    lock is never stale; the file itself stays (removing it would race with a batch that just opened
    it) and names the pid of the last batch that held it.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 64).decode("ascii", "replace").strip()
        os.close(fd)
        who = f" (pid {holder})" if holder.isdigit() else ""
        raise OutputBusyError(f"{out_dir}: another lkjip batch{who} is writing to this folder; wait until it "
                              "ends or choose another --out") from None
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


# --- the batch --------------------------------------------------------------------------------------


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def run_batch(input_dir, out_dir, *, workers: int | None = None, executor: str = "local",
              scheduler: str | None = None, timeout: float = DEFAULT_TIMEOUT,
              memory_mb: int = DEFAULT_MEMORY_MB, quiet: bool = False, force: bool = False,
              retry_failed: bool = False, extractor: str = EXTRACTOR, limits: Limits | dict | None = None,
              start_timeout: float = isolation.STARTUP_LIMIT, slow_after: float = SLOW_AFTER) -> BatchSummary:
    """Process every file under ``input_dir`` into the dataset in ``out_dir``; see the module docstring.

    ``force`` reprocesses every file, ``retry_failed`` the files whose report failed. ``extractor`` is
    the ``module:function`` run on each file (default ``lkjip:extract_report``); it gets ``limits``
    (pages, size…: :class:`lkjip.extract.limits.Limits`) when it takes them. ``start_timeout`` bounds a
    worker's start; ``slow_after`` is when a slow file is first named.
    """
    started = time.monotonic()
    input_dir, out_dir = _check_dirs(input_dir, out_dir)
    workers = max(1, workers or os.cpu_count() or 1)
    if scheduler and executor == "local":
        executor = "dask"
    opts = RunOptions(executor=executor, workers=workers, scheduler=scheduler, quiet=quiet,
                      start_timeout=start_timeout, slow_after=slow_after)
    template = FileTask(path="", source_file="", sha256="", timeout=timeout, memory_mb=memory_mb,
                        limits=Limits.resolve(limits), extractor=extractor)
    with out_lock(out_dir):
        summary = _run_locked(input_dir, out_dir, opts, template, force=force, retry_failed=retry_failed)
    summary.elapsed_s = round(time.monotonic() - started, 3)
    return summary


@contextlib.contextmanager
def _cache(out_dir: Path) -> Iterator[SegmentCache]:
    from lkjip.corpus.segments import CACHE_NAME, SegmentCache

    with SegmentCache(out_dir / CACHE_NAME) as cache:
        yield cache


def _run_locked(input_dir: Path, out_dir: Path, opts: RunOptions, template: FileTask, *, force: bool,
                retry_failed: bool) -> BatchSummary:
    """The batch, once this process holds the output folder's lock."""
    summary = BatchSummary(input_dir=str(input_dir), out_dir=str(out_dir), executor=opts.executor)
    reports_dir = _prepare_out(out_dir)
    contents = _discover_contents(input_dir, out_dir, summary)
    totals = _run_and_check(contents, out_dir, reports_dir, template, opts, summary, force=force,
                            retry_failed=retry_failed)
    _export(out_dir, totals, opts.workers > 1 and opts.executor == "local")
    summary.outputs = [str(out_dir / n) for n in (SQLITE_NAME, PARQUET_DIR, CSV_DIR, XLSX_NAME, HTML_NAME,
                                                  REPORTS_DIR)]
    return summary


def _check_dirs(input_dir, out_dir) -> tuple[Path, Path]:
    input_dir, out_dir = Path(input_dir).resolve(), Path(out_dir).resolve()
    if not input_dir.is_dir():
        raise InputError(f"{input_dir}: not a folder")
    if out_dir == input_dir:
        raise InputError("the output folder must not be the input folder")
    return input_dir, out_dir


def _prepare_out(out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    reports_dir = out_dir / REPORTS_DIR
    reports_dir.mkdir(exist_ok=True)
    for tmp in reports_dir.glob(".*.tmp"):  # left by a killed run
        tmp.unlink(missing_ok=True)
    return reports_dir


def _discover_contents(input_dir: Path, out_dir: Path, summary: BatchSummary) -> dict[str, list[tuple[Path, str, int]]]:
    """sha256 → [(path, relative path, size)] of every file found, in sorted order."""
    contents: dict[str, list[tuple[Path, str, int]]] = {}
    for path in discover(input_dir, exclude=out_dir if input_dir in out_dir.parents else None):
        rel = path.relative_to(input_dir).as_posix()
        try:
            sha, size = sha256_file(path), path.stat().st_size
        except OSError:
            summary.unreadable.append(rel)
            continue
        contents.setdefault(sha, []).append((path, rel, size))
        summary.files += 1
    summary.unique = len(contents)
    return contents


def _run_and_check(contents, out_dir: Path, reports_dir: Path, template: FileTask, opts: RunOptions,
                   summary: BatchSummary, *, force: bool, retry_failed: bool) -> dict:
    """Sync the store with the folder, run what is new, then the corpus checks (reading the store report by
    report: nothing here holds the whole dataset). The reports' budget totals."""
    from lkjip.corpus import segments
    from lkjip.corpus.store import Store

    store = Store(out_dir / SQLITE_NAME)
    try:
        _drop_stale(store, contents, reports_dir, summary)
        tasks = _plan(store.done(), contents, reports_dir, template, summary, force=force, retry_failed=retry_failed)
        if tasks:
            _process(tasks, _Committer(store, reports_dir, summary), opts, out_dir / LOG_NAME)
        with _cache(out_dir) as cache:
            totals = segments.budget_totals(store, cache)
        summary.corpus_flags = _check_corpus(store, totals)
        known = store.report_ids()
        summary.total_reports = len(known)
        summary.total_failed = store.conn.execute("SELECT count(*) FROM reports WHERE status = 'failed'").fetchone()[0]
    finally:
        store.close()
    for stray in reports_dir.glob("*.json"):  # written just before a kill, for a file since removed
        if stray.stem not in known:
            stray.unlink(missing_ok=True)
    return totals


#: the columns of ``reports`` the corpus rules read (see :func:`lkjip.validate.corpus_facts.report_infos`)
FACT_COLUMNS = ["report_id", "source_file", "instansi", "kabupaten", "tahun", "document_type", "status"]


def _rules_signature() -> str:
    from lkjip import __version__
    from lkjip.validate.engine import rules_of

    return f"{__version__}|" + ",".join(r.id for r in rules_of("corpus"))


def _to_check(store, reports):
    """The reports the corpus checks must run over: those of the kabupaten whose reports changed since the
    checks last ran (:meth:`~lkjip.corpus.store.Store.dirty_kabupaten`) when every rule compares only reports
    of one kabupaten and every report names its kabupaten; else None, the whole corpus."""
    from lkjip.normalize.names import name_key
    from lkjip.validate import corpus as crosscheck

    dirty = store.dirty_kabupaten()
    if dirty is None or store.meta("corpus_rules") != _rules_signature() or not crosscheck.kabupaten_local():
        return None
    keys = reports["kabupaten"].map(lambda k: name_key(k or ""))
    active = reports["status"] != "failed"
    dirty_keys = {name_key(k) for k in dirty}
    if "" in dirty_keys or (keys[active] == "").any():  # a report without a kabupaten may match any
        return None
    return reports[keys.isin(dirty_keys)].reset_index(drop=True)


def _check_corpus(store, totals: dict) -> int:
    """The corpus checks over the store (:class:`~lkjip.validate.corpus_facts.ReadFacts`: the reports and
    their budget totals in memory, a report's rows read when a rule needs them); their flags replace
    the last run's — only for the kabupaten whose reports changed since, when that is enough
    (:func:`_to_check`). The number of corpus flags in the store."""
    from lkjip.validate import corpus as crosscheck
    from lkjip.validate.corpus_facts import ReadFacts

    reports = store.load_table("reports", columns=FACT_COLUMNS)
    part = _to_check(store, reports)
    cflags = crosscheck.check_corpus_facts(ReadFacts(reports if part is None else part, totals, store.rows_of))
    store.replace_rule_flags(crosscheck.RULE_PREFIX, cflags, None if part is None else set(part["report_id"]))
    store.corpus_checked(_rules_signature())
    prefix = crosscheck.RULE_PREFIX
    return store.conn.execute("SELECT count(*) FROM flags WHERE substr(rule, 1, ?) = ?", (len(prefix), prefix)).fetchone()[0]


def _drop_stale(store, contents, reports_dir: Path, summary: BatchSummary) -> None:
    """Forget reports whose content left the folder; record which path holds which content."""
    current = {report_id_for(sha) for sha in contents}
    stale = sorted(store.report_ids() - current)
    store.delete_reports(stale)
    for rid in stale:
        (reports_dir / f"{rid}.json").unlink(missing_ok=True)
    summary.removed = len(stale)
    store.replace_files([{"path": rel, "sha256": sha, "report_id": report_id_for(sha), "size": size}
                         for sha, group in contents.items() for _, rel, size in group])


def _plan(done: dict, contents, reports_dir: Path, template: FileTask, summary: BatchSummary, *,
          force: bool, retry_failed: bool) -> list[FileTask]:
    """The files to process: new or changed ones, all with ``force``, failed ones with ``retry_failed``."""
    tasks = []
    for sha, group in contents.items():
        path, rel, _ = group[0]
        prior = done.get(sha)
        if (prior and not force and (reports_dir / f"{prior[0]}.json").exists()
                and not (retry_failed and prior[1] == "failed")):
            summary.skipped += 1
            continue
        tasks.append(template.model_copy(update={"path": str(path), "source_file": rel, "sha256": sha}))
    return tasks


class _Committer:
    """Writes each report the moment it is back: its JSON file, then its rows, then the summary's counts."""

    def __init__(self, store, reports_dir: Path, summary: BatchSummary):
        self.store, self.reports_dir, self.summary = store, reports_dir, summary

    def __call__(self, task: FileTask, done: Finished) -> None:
        _write_atomic(self.reports_dir / f"{done.report_id}.json", done.json)
        self.store.replace_report(done.report_id, done.rows)
        s = self.summary
        s.processed += 1
        if done.status == "failed":
            s.failed += 1
            s.failures.append(FailedFile(source_file=task.source_file, report_id=done.report_id, reason=done.reason))
        elif done.status == "partial":
            s.partial += 1
        else:
            s.success += 1
        if done.flagged:
            s.flagged += 1


def _process(tasks: list[FileTask], commit: _Committer, opts: RunOptions, log: Path) -> None:
    """Run the tasks; commit each report the moment it is back."""
    run = _process_local if opts.executor == "local" else _process_dask
    with _Progress(len(tasks), opts.quiet, log) as progress:
        run(tasks, commit, opts, progress)


def _hard_limit(opts: RunOptions):
    """Seconds after which the watchdog answers for a file: every deadline of its worker (its start
    included when one had to be started for the file), then a grace."""
    grace = min(WATCHDOG_GRACE, opts.start_timeout)

    def limit_of(task: FileTask, starting: bool) -> float:
        return (opts.start_timeout if starting else 0.0) + task.timeout + 2 * isolation.EXIT_LIMIT + grace
    return limit_of


def _process_local(tasks: list[FileTask], commit: _Committer, opts: RunOptions, progress: _Progress) -> None:
    import queue

    isolation.reset()
    pool = isolation.Pool(tasks, opts.workers, memory_mb=tasks[0].memory_mb, extractor=tasks[0].extractor,
                          start_timeout=opts.start_timeout)
    slow, limit_of, left = _SlowFiles(opts.slow_after), _hard_limit(opts), len(tasks)
    try:
        while left:
            try:
                answers = [pool.results.get(timeout=TICK)]
            except queue.Empty:
                answers = []
            for task, done, _ in (stuck := pool.overdue(limit_of)):
                progress.note(f"{task.source_file}: {done.reason}")
            for task, done, seconds in answers + stuck:
                slow.done(task, seconds)
                commit(task, done)
                progress.advance(commit.summary.failed, commit.summary.flagged)
                left -= 1
            for text in slow.notes(pool.busy()):
                progress.note(text)
    except BaseException:
        isolation.kill_all()
        raise
    finally:
        pool.close()


def _process_dask(tasks: list[FileTask], commit: _Committer, opts: RunOptions, progress: _Progress) -> None:
    with open_executor(opts.executor, opts.workers, opts.scheduler) as ex:
        futures = {ex.submit(isolation.run_isolated, t, opts.start_timeout): t for t in tasks}
        pending = set(futures)
        try:
            while pending:
                ready, pending = wait_futures(pending, timeout=TICK, return_when=FIRST_COMPLETED)
                for fut in ready:
                    task = futures[fut]
                    try:
                        done = fut.result()
                    except Exception as e:  # the executor lost the task (e.g. a Dask worker died)
                        done = finish(e, task)
                    commit(task, done)
                    progress.advance(commit.summary.failed, commit.summary.flagged)
        except BaseException:
            for f in pending:
                f.cancel()
            raise


def _workbook_from_db(db_path: Path, path: Path, totals: dict | None = None) -> None:
    """The workbook, read from the store piece by piece (run in a process of its own beside the others)."""
    from lkjip.corpus import workbook
    from lkjip.corpus.segments import SegmentCache
    from lkjip.corpus.store import Store, StoreSource

    with Store(db_path, readonly=True) as store, SegmentCache(path.with_name(workbook.CACHE_NAME)) as cache:
        workbook.write_workbook(StoreSource(store), path, totals=totals, cache=cache)


def _write_review(db_path: Path, out_path: Path) -> None:
    """The review page (``report.html``), streamed from the store by
    :func:`lkjip.corpus.html_report.write_html_from_db`: its aggregates are SQL, its long lists are written
    in pieces, so its memory does not grow with the corpus."""
    from lkjip.corpus import html_report

    html_report.write_html_from_db(db_path, out_path, out_path.with_name(html_report.CACHE_NAME))


def _export(out_dir: Path, totals: dict, side_process: bool) -> None:
    """Every export from the store: Parquet and CSV patched segment by segment (:mod:`lkjip.corpus.segments`),
    the workbook read in pieces, the review page streamed from the store (see :func:`_write_review`). With
    a second worker the workbook (the slowest) and the review page are written in processes of their own
    beside the others."""
    from lkjip.corpus import segments
    from lkjip.corpus.store import Store

    db = out_dir / SQLITE_NAME
    with contextlib.ExitStack() as stack:
        sides = []
        if side_process:
            import multiprocessing

            pool = stack.enter_context(ProcessPoolExecutor(max_workers=2,
                                                           mp_context=multiprocessing.get_context("forkserver")))
            sides = [pool.submit(_workbook_from_db, db, out_dir / XLSX_NAME, totals),
                     pool.submit(_write_review, db, out_dir / HTML_NAME)]
        with Store(db, readonly=True) as store, _cache(out_dir) as cache:
            segments.write_parquet(store, cache, out_dir / PARQUET_DIR)
            segments.write_csv(store, cache, out_dir / CSV_DIR)
        if not sides:
            _write_review(db, out_dir / HTML_NAME)
            _workbook_from_db(db, out_dir / XLSX_NAME, totals)
        deadline = time.monotonic() + EXPORT_LIMIT
        try:
            for side in sides:  # an error writing either is raised here, as in the serial case
                side.result(timeout=max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            pool.shutdown(wait=False, cancel_futures=True)
            for proc in list((getattr(pool, "_processes", None) or {}).values()):  # a stuck writer
                proc.kill()
            raise
