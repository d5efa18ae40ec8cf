"""``lkjip batch``: a folder of reports → one consolidated dataset.

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
* **Isolation** — every file runs in its own child process (a ``forkserver``
  child preloaded with the extractor, so starting one costs milliseconds),
  under an address-space limit (``RLIMIT_AS``, ``--memory-mb``) and a wall
  clock limit (``--timeout``). A child that overruns is killed with SIGKILL,
  which also stops a hung C extension. A crash, hang or MemoryError becomes
  that file's ``failed`` row with the reason (``limit: timed out after 300 s``,
  ``worker: process died (signal 9)``); the batch goes on. Children die with
  the batch (``PR_SET_PDEATHSIG``), so a killed batch leaves no orphans. Before parsing, the
  extractor refuses a file over the :class:`~lkjip.extract.limits.Limits` passed to it (``--max-pages``,
  ``--max-mb``, decompression bombs…) with a ``limit: …`` reason.
* **Executors** — the same per-file function :func:`process_file` is
  submitted to a ``concurrent.futures`` executor: a thread pool in this
  process (``local``: each thread supervises one child at a time) or a Dask
  cluster (``dask``: ``Client.get_executor()``; with ``--scheduler`` an
  existing cluster, otherwise a ``LocalCluster`` on 127.0.0.1). On a Dask
  worker that is a daemon process (which may not fork children through
  ``multiprocessing``) the child is a ``python -m lkjip.corpus.batch --worker``
  subprocess instead, with the same limits.
* **Work in the workers** — a local worker's child also sets the report's
  identity, flattens it into the dataset's rows and serializes its JSON
  (:func:`finish_report`) and sends that back pickled: the batch process only
  writes, so two workers are not held up by one process flattening for both.
* **Incremental, resumable, atomic** — a report is committed as soon as it is
  back: its JSON is written to a temporary name and renamed, then its rows
  replace the old ones in one SQLite transaction. A re-run skips every file
  whose sha256 is already stored, processes new and changed files, and drops
  reports whose content is no longer in the folder. A run killed halfway
  resumes where it stopped, without duplicate rows. The corpus checks
  (``lkjip.validate.corpus``) and the exports (Parquet, CSV, XLSX, HTML) are
  recomputed from SQLite at the end of every run, so a resumed run yields the
  same dataset as an uninterrupted one.

Exit code: 0 when the batch completed (files that failed are data, listed in
``reports``), 2 for a bad command line, 130 when interrupted.

Test-only hooks
---------------
Environment variables read by :func:`run_batch` and passed to the workers, to
simulate faults that real documents cause rarely. They exist for the test
suite; never set them in production:

* ``LKJIP_TEST_HANG_MARKER`` — a file whose bytes contain this marker sleeps
  forever in its worker (SIGINT/SIGTERM ignored: only SIGKILL ends it), like
  a hung C call;
* ``LKJIP_TEST_CRASH_MARKER`` — a file containing it kills its worker with
  SIGSEGV;
* ``LKJIP_TEST_MEMORY_MARKER`` — a file containing it allocates memory until
  the limit (MemoryError);
* ``LKJIP_TEST_DELAY_S`` — every worker sleeps this many seconds before
  extracting (to interrupt a batch halfway in tests).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import dataclasses
import importlib
import inspect
import json
import multiprocessing
import multiprocessing.connection
import os
import pickle
import resource
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, ValidationError

from lkjip.errors import InputError
from lkjip.extract.limits import MB, Limits
from lkjip.extract.pipeline import file_sha256
from lkjip.model import ErrorItem, Report

if TYPE_CHECKING:
    from lkjip.corpus.store import SqlRows

DEFAULT_TIMEOUT = 300.0
DEFAULT_MEMORY_MB = 2048
EXTRACTOR = "lkjip:extract_report"
SQLITE_NAME = "lkjip.sqlite"
XLSX_NAME = "lkjip.xlsx"
HTML_NAME = "report.html"
REPORTS_DIR = "reports"
PARQUET_DIR = "parquet"
CSV_DIR = "csv"

HANG_MARKER_ENV = "LKJIP_TEST_HANG_MARKER"
CRASH_MARKER_ENV = "LKJIP_TEST_CRASH_MARKER"
MEMORY_MARKER_ENV = "LKJIP_TEST_MEMORY_MARKER"
DELAY_ENV = "LKJIP_TEST_DELAY_S"
_TEST_HOOK_ENVS = (HANG_MARKER_ENV, CRASH_MARKER_ENV, MEMORY_MARKER_ENV, DELAY_ENV)
#: first bytes of a forkserver child's answer that is a pickled :class:`Finished`, not Report JSON
_PACKED = b"\x00lkjip-finished\x00"


def report_id_for(sha256: str) -> str:
    """The report id of a file: the first 16 hex digits of its sha256."""
    return sha256[:16]


class FileTask(BaseModel):
    """One file to process: what a worker needs, nothing from the document."""

    path: str  # absolute path on the worker's file system
    source_file: str  # path relative to the input folder (POSIX)
    sha256: str
    timeout: float = DEFAULT_TIMEOUT
    memory_mb: int = DEFAULT_MEMORY_MB  # 0: no limit
    limits: Limits = Field(default_factory=Limits)  # checked by the extractor before parsing
    extractor: str = EXTRACTOR  # "module:function" returning a Report
    test_hooks: dict[str, str] = Field(default_factory=dict)


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


# --- the per-file worker -----------------------------------------------------------------------


def _failed_report(task: FileTask, component: str, category: str, message: str) -> Report:
    return Report.failed(source_file=task.source_file, sha256=task.sha256, input_format="unknown",
                         error=ErrorItem(component=component, category=category, message=message))


def _die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent exits (no orphans from a killed batch)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass


def _limit_memory(memory_mb: int) -> None:
    if memory_mb and memory_mb > 0:
        soft = memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _silence_output() -> None:
    """Send the child's stdout/stderr to /dev/null: library chatter must not garble the progress bar."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for fd in (1, 2):
        with contextlib.suppress(OSError):
            os.dup2(devnull, fd)
    os.close(devnull)


def _apply_test_hooks(task: FileTask) -> None:
    """The test-only fault injection documented in the module docstring."""
    hooks = task.test_hooks
    if not hooks:
        return
    if hooks.get(DELAY_ENV):
        time.sleep(float(hooks[DELAY_ENV]))
    markers = {k: v for k, v in hooks.items() if k != DELAY_ENV and v}
    if not markers:
        return
    try:
        data = Path(task.path).read_bytes()
    except OSError:
        return
    if markers.get(HANG_MARKER_ENV) and markers[HANG_MARKER_ENV].encode() in data:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, signal.SIG_IGN)
        while True:
            time.sleep(3600)
    if markers.get(CRASH_MARKER_ENV) and markers[CRASH_MARKER_ENV].encode() in data:
        os.kill(os.getpid(), signal.SIGSEGV)
        time.sleep(10)
    if markers.get(MEMORY_MARKER_ENV) and markers[MEMORY_MARKER_ENV].encode() in data:
        hog = []
        while True:  # bytes(n) is calloc'ed: address space is taken without touching the pages
            hog.append(bytes(64 * 1024 * 1024))


def _load_extractor(spec: str):
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name or "extract_report")


def _takes_limits(fn) -> bool:
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == "limits" or p.kind is inspect.Parameter.VAR_KEYWORD for p in params)


def extract_to_json(task: FileTask) -> str:
    """Run the extractor on one file, in this process; always return a Report as JSON."""
    try:
        _apply_test_hooks(task)
        fn = _load_extractor(task.extractor)
        report = fn(Path(task.path), limits=task.limits) if _takes_limits(fn) else fn(Path(task.path))
        if not isinstance(report, Report):
            raise TypeError(f"extractor returned {type(report).__name__}, not Report")
        return report.model_dump_json()
    except MemoryError:
        limit = f"memory limit of {task.memory_mb} MB exceeded" if task.memory_mb else "out of memory"
        return _failed_report(task, "worker", "limit", limit).model_dump_json()
    except Exception as e:  # extract_report never raises for a bad document; a bug must not stop the batch
        category = getattr(e, "category", "error")
        return _failed_report(task, "worker", str(category), f"{type(e).__name__}: {e}").model_dump_json()


def _child_main(task: FileTask, conn, finish: bool = False) -> None:
    """Entry point of the forkserver child: limits, extraction, result through the pipe.

    With ``finish`` the child also does what the batch would do next (:func:`finish_report`) and
    sends the pickled :class:`Finished`, so the supervising process only writes it: that work then
    runs in parallel in the workers instead of one after the other in the batch process.
    """
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor decides; Ctrl-C must not fake a failure
    _silence_output()
    _limit_memory(task.memory_mb)
    text = extract_to_json(task)
    payload = b""
    if finish:
        try:
            payload = _PACKED + pickle.dumps(finish_report(text, task), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - e.g. MemoryError: the batch process finishes it instead
            payload = b""
    conn.send_bytes(payload or text.encode("utf-8"))
    conn.close()


def _worker_stdio_main() -> None:
    """Entry point of the subprocess child (``python -m lkjip.corpus.batch --worker``).

    Reads the task on stdin; writes one ready byte once the extractor is imported (the time limit
    counts from there, as for a warm forkserver child), then the Report JSON.
    """
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    task = FileTask.model_validate_json(sys.stdin.buffer.read())
    out = os.fdopen(os.dup(1), "wb")
    _silence_output()
    with contextlib.suppress(Exception):
        _load_extractor(task.extractor)
    out.write(_READY)
    out.flush()
    _limit_memory(task.memory_mb)
    out.write(extract_to_json(task).encode("utf-8"))
    out.flush()


#: imported once by the forkserver, so each per-file child starts warm (missing ones are skipped)
#: (pandas and lkjip.tables too: the child flattens its report into rows, and importing pandas in every
#: child took about half of a text export's time in the batch)
PRELOAD = ("lkjip.corpus.batch", "lkjip.extract.pipeline", "lkjip.extract.detect", "lkjip.extract.read_text",
           "lkjip.extract.read_pdf", "lkjip.extract.read_docx", "lkjip.validate", "lkjip.validate.facts",
           "lkjip.validate.direction", "lkjip.tables", "lkjip.corpus.store", "pandas", "pdfplumber", "pypdfium2", "docx")

_READY = b"R"  # a subprocess child's first byte: imports done
STARTUP_LIMIT = 120.0  # seconds a subprocess child may take to start (not counted in the time limit)

_CTX = None
_CTX_LOCK = threading.Lock()
_LIVE: set = set()  # child processes being supervised in this process
_LIVE_LOCK = threading.Lock()


def _context():
    """The forkserver context, its server preloaded with the extractor's modules."""
    global _CTX
    with _CTX_LOCK:
        if _CTX is None:
            ctx = multiprocessing.get_context("forkserver")
            preload = list(PRELOAD)
            main_file = getattr(sys.modules.get("__main__"), "__file__", None)
            if main_file and os.path.isfile(main_file):
                # import the main script once in the server, not once per child
                preload.insert(0, "__main__")
            ctx.set_forkserver_preload(preload)
            _CTX = ctx
        return _CTX


_STOP = threading.Event()  # set on interrupt: no new child starts


def kill_children() -> None:
    """SIGKILL every child this process is supervising, and start no new one (on interrupt)."""
    _STOP.set()
    with _LIVE_LOCK:
        live = list(_LIVE)
    for p in live:
        with contextlib.suppress(Exception):
            p.kill()


def _death_reason(exitcode: int | None, memory_mb: int) -> str:
    if exitcode is not None and exitcode < 0:
        sig = -exitcode
        try:
            name = signal.Signals(sig).name
        except ValueError:
            name = "unknown"
        hint = f"; possibly the memory limit of {memory_mb} MB" if memory_mb and sig in (
            signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS) else ""
        return f"process died (signal {sig}, {name}{hint})"
    return f"process exited with code {exitcode} without a result"


def _run_in_forkserver_child(task: FileTask, finish: bool = False) -> str | Finished:
    ctx = _context()
    reader, writer = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child_main, args=(task, writer, finish), name=f"lkjip-{task.sha256[:8]}")
    with _LIVE_LOCK:
        _LIVE.add(proc)
    try:
        proc.start()
        writer.close()
        deadline = time.monotonic() + task.timeout
        payload: bytes | None = None
        timed_out = False
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            ready = multiprocessing.connection.wait([reader, proc.sentinel], timeout=remaining)
            if reader in ready:
                try:
                    payload = reader.recv_bytes()
                except (EOFError, OSError):
                    payload = None
                break
            if proc.sentinel in ready:
                if reader.poll(0):
                    continue
                break
        if timed_out:
            proc.kill()
            proc.join()
            return _failed_report(task, "worker", "limit", f"timed out after {task.timeout:g} s").model_dump_json()
        proc.join(timeout=10)
        if proc.exitcode is None:
            proc.kill()
            proc.join()
        if payload is None:
            return _failed_report(task, "worker", "worker", _death_reason(proc.exitcode, task.memory_mb)
                                  ).model_dump_json()
        if payload.startswith(_PACKED):
            return pickle.loads(payload[len(_PACKED):])  # noqa: S301 - our own child's answer
        return payload.decode("utf-8")
    finally:
        with _LIVE_LOCK:
            _LIVE.discard(proc)
        reader.close()
        with contextlib.suppress(ValueError):
            proc.close()


def _run_in_subprocess(task: FileTask) -> str:
    # the child sees the modules this process sees (as a forkserver child would)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.Popen([sys.executable, "-m", "lkjip.corpus.batch", "--worker"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    with _LIVE_LOCK:
        _LIVE.add(proc)
    try:
        with contextlib.suppress(BrokenPipeError):
            proc.stdin.write(task.model_dump_json().encode("utf-8"))
            proc.stdin.close()
        fd = proc.stdout.fileno()
        buf, ready = bytearray(), False
        deadline = time.monotonic() + STARTUP_LIMIT
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                proc.kill()
                proc.wait()
                if not ready:
                    return _failed_report(task, "worker", "worker",
                                          f"worker did not start within {STARTUP_LIMIT:g} s").model_dump_json()
                return _failed_report(task, "worker", "limit", f"timed out after {task.timeout:g} s").model_dump_json()
            readable, _, _ = select.select([fd], [], [], remaining)
            if not readable:
                continue
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                break
            if not ready and chunk[:1] == _READY:
                ready, chunk = True, chunk[1:]
                deadline = time.monotonic() + task.timeout  # the time limit starts once the worker is warm
            buf += chunk
        proc.wait()
        if proc.returncode != 0 or not buf:
            return _failed_report(task, "worker", "worker", _death_reason(proc.returncode, task.memory_mb)
                                  ).model_dump_json()
        return buf.decode("utf-8")
    finally:
        with _LIVE_LOCK:
            _LIVE.discard(proc)
        proc.stdout.close()


def process_file(task: FileTask, isolation: str | None = None) -> str:
    """The per-file function every executor runs: one file in an isolated child → Report JSON.

    ``isolation`` is ``"fork"`` (a forkserver child), ``"subprocess"`` (a fresh interpreter) or
    None: fork unless this process is a daemon (e.g. a Dask worker), which may not fork children.
    """
    if _STOP.is_set():
        return _failed_report(task, "worker", "worker", "batch interrupted").model_dump_json()
    if isolation is None:
        isolation = "subprocess" if multiprocessing.current_process().daemon else "fork"
    if isolation == "subprocess":
        return _run_in_subprocess(task)
    return _run_in_forkserver_child(task)


def process_finished(task: FileTask) -> Finished:
    """:func:`process_file`, then :func:`finish_report`, both in the child when it is a forkserver child."""
    if _STOP.is_set() or multiprocessing.current_process().daemon:
        return finish_report(process_file(task), task)
    out = _run_in_forkserver_child(task, finish=True)
    return out if isinstance(out, Finished) else finish_report(out, task)


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
    """The file's sha256 (hex), as :func:`lkjip.extract.pipeline.file_sha256` computes it for a report."""
    return file_sha256(path)


# --- executors --------------------------------------------------------------------------------------


@contextlib.contextmanager
def open_executor(kind: str, workers: int, scheduler: str | None = None) -> Iterator[Executor]:
    """A ``concurrent.futures`` executor: a local thread pool or a Dask cluster's executor."""
    if kind == "local":
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lkjip-file") as ex:
            yield ex
        return
    if kind != "dask":
        raise ValueError(f"unknown executor {kind!r} (local or dask)")
    import dask
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        # non-daemon workers may start the per-file child processes
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


# --- the batch --------------------------------------------------------------------------------------


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _finalize(payload: str | BaseException, task: FileTask) -> Report:
    """The worker's answer as a Report whose identity fields come from the batch, not the worker."""
    if isinstance(payload, BaseException):
        report = _failed_report(task, "worker", "worker", f"{type(payload).__name__}: {payload}")
    else:
        try:
            report = Report.model_validate_json(payload)
        except ValidationError as e:
            report = _failed_report(task, "worker", "worker", f"invalid result: {e.error_count()} errors")
    return report.model_copy(update={"report_id": report_id_for(task.sha256), "sha256": task.sha256,
                                     "source_file": task.source_file})


@dataclasses.dataclass
class Finished:
    """A file's report as the batch stores it: identity from the batch, flattened, serialized."""

    report_id: str
    status: str
    flagged: bool
    #: why the report failed ("" unless ``status == "failed"``)
    reason: str
    #: the content of ``reports/<report_id>.json``
    json: bytes
    #: the report's rows as SQLite stores them (:meth:`Report.to_tables`, then :func:`store.sql_rows`)
    rows: SqlRows


def finish_report(payload: str | BaseException, task: FileTask) -> Finished:
    """A worker's answer made ready for the store: a report the dataset cannot hold is a failed row."""
    from lkjip.corpus.store import sql_rows
    report = _finalize(payload, task)
    try:
        tables = report.to_tables()
    except Exception as e:  # a report the dataset cannot hold is a failed row, not a dead batch
        report = _finalize(_failed_report(task, "worker", "error", "could not flatten the report: "
                                          f"{type(e).__name__}: {e}").model_dump_json(), task)
        tables = report.to_tables()
    return Finished(report_id=report.report_id, status=report.status, flagged=_is_flagged(report),
                    reason=_reason(report) if report.status == "failed" else "",
                    json=report.model_dump_json(indent=2).encode("utf-8"), rows=sql_rows(tables))


def _is_flagged(report: Report) -> bool:
    return any(f.severity in ("error", "warning") for f in report.flags)


def _reason(report: Report) -> str:
    return "; ".join(f"{e.category}: {e.message}" for e in report.errors) or "failed"


class _Progress:
    """A rich progress bar (files done / failed / flagged, ETA) or nothing with ``quiet``."""

    def __init__(self, total: int, quiet: bool):
        self.progress = None
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

    def __exit__(self, *exc):
        if self.progress:
            self.progress.stop()


def _test_hooks_from_env() -> dict[str, str]:
    return {k: os.environ[k] for k in _TEST_HOOK_ENVS if os.environ.get(k)}


def run_batch(input_dir, out_dir, *, workers: int | None = None, executor: str = "local",
              scheduler: str | None = None, timeout: float = DEFAULT_TIMEOUT,
              memory_mb: int = DEFAULT_MEMORY_MB, quiet: bool = False, force: bool = False,
              retry_failed: bool = False, extractor: str = EXTRACTOR,
              limits: Limits | dict | None = None) -> BatchSummary:
    """Process every file under ``input_dir`` into the dataset in ``out_dir``; see the module docstring.

    ``force`` reprocesses every file, ``retry_failed`` the files whose report failed. ``extractor`` is
    the ``module:function`` run on each file (default ``lkjip:extract_report``); it gets ``limits``
    (pages, size…: :class:`lkjip.extract.limits.Limits`) when it takes them.

    Workers are ``multiprocessing`` forkserver children: like any multiprocessing program, a script
    that calls this function must do so under ``if __name__ == "__main__":``.
    """
    from lkjip.corpus import html_report, workbook
    from lkjip.validate import corpus as crosscheck
    from lkjip.corpus.csv_export import write_csv
    from lkjip.corpus.store import Store, write_parquet

    started = time.monotonic()
    limits = Limits.resolve(limits)
    input_dir = Path(input_dir).resolve()
    out_dir = Path(out_dir).resolve()
    if not input_dir.is_dir():
        raise InputError(f"{input_dir}: not a folder")
    if out_dir == input_dir:
        raise InputError("the output folder must not be the input folder")
    workers = max(1, workers or os.cpu_count() or 1)
    if scheduler and executor == "local":
        executor = "dask"
    summary = BatchSummary(input_dir=str(input_dir), out_dir=str(out_dir), executor=executor)

    out_dir.mkdir(parents=True, exist_ok=True)
    reports_dir = out_dir / REPORTS_DIR
    reports_dir.mkdir(exist_ok=True)
    for tmp in reports_dir.glob(".*.tmp"):  # left by a killed run
        tmp.unlink(missing_ok=True)

    # discover and hash
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

    store = Store(out_dir / SQLITE_NAME)
    try:
        current = {report_id_for(sha) for sha in contents}
        stale = sorted(store.report_ids() - current)
        store.delete_reports(stale)
        for rid in stale:
            (reports_dir / f"{rid}.json").unlink(missing_ok=True)
        summary.removed = len(stale)
        store.replace_files([{"path": rel, "sha256": sha, "report_id": report_id_for(sha), "size": size}
                             for sha, group in contents.items() for _, rel, size in group])

        done = store.done()
        hooks = _test_hooks_from_env()
        tasks = []
        for sha, group in contents.items():
            path, rel, _ = group[0]
            prior = done.get(sha)
            if (prior and not force and (reports_dir / f"{prior[0]}.json").exists()
                    and not (retry_failed and prior[1] == "failed")):
                summary.skipped += 1
                continue
            tasks.append(FileTask(path=str(path), source_file=rel, sha256=sha, timeout=timeout,
                                  memory_mb=memory_mb, limits=limits, extractor=extractor, test_hooks=hooks))

        if tasks:
            _process(tasks, store, reports_dir, summary, executor=executor, workers=workers,
                     scheduler=scheduler, quiet=quiet)

        # corpus-level checks, then every export from the store
        basics = store.load_tables(crosscheck.CORPUS_TABLES)
        cflags = crosscheck.check_corpus(basics)
        store.replace_rule_flags(crosscheck.RULE_PREFIX, cflags)
        summary.corpus_flags = len(cflags)
        tables = store.load_tables()
        known = set(tables["reports"]["report_id"])
        for stray in reports_dir.glob("*.json"):  # written just before a kill, for a file since removed
            if stray.stem not in known:
                stray.unlink(missing_ok=True)
        summary.total_reports = len(tables["reports"])
        summary.total_failed = int((tables["reports"]["status"] == "failed").sum())
    finally:
        store.close()

    # the workbook, the slowest export, is written beside the others when there is a second worker
    with contextlib.ExitStack() as stack:
        side = None
        if workers > 1 and executor == "local":
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=1, mp_context=_context()))
            side = pool.submit(workbook.write_workbook, tables, out_dir / XLSX_NAME)
        write_parquet(tables, out_dir / PARQUET_DIR)
        write_csv(tables, out_dir / CSV_DIR)
        html_report.write_html(tables, out_dir / HTML_NAME)
        if side is None:
            workbook.write_workbook(tables, out_dir / XLSX_NAME)
        else:
            side.result()  # an error writing the workbook is raised here, as in the serial case
    summary.outputs = [str(out_dir / n) for n in (SQLITE_NAME, PARQUET_DIR, CSV_DIR, XLSX_NAME, HTML_NAME,
                                                  REPORTS_DIR)]
    summary.elapsed_s = round(time.monotonic() - started, 3)
    return summary


def _process(tasks: list[FileTask], store, reports_dir: Path, summary: BatchSummary, *, executor: str,
             workers: int, scheduler: str | None, quiet: bool) -> None:
    """Run the tasks on the executor; commit each report the moment it is back."""
    _STOP.clear()
    # local workers finish each report in their child (flatten, serialize), in parallel; a Dask
    # worker's answer is finished here
    run = process_finished if executor == "local" else process_file
    with _Progress(len(tasks), quiet) as progress, open_executor(executor, workers, scheduler) as ex:
        futures = {ex.submit(run, t): t for t in tasks}
        try:
            for fut in as_completed(futures):
                task = futures[fut]
                try:
                    out: Finished | str | BaseException = fut.result()
                except Exception as e:  # the executor lost the task (e.g. a Dask worker died)
                    out = e
                done = out if isinstance(out, Finished) else finish_report(out, task)
                _write_atomic(reports_dir / f"{done.report_id}.json", done.json)
                store.replace_report(done.report_id, done.rows)
                summary.processed += 1
                if done.status == "failed":
                    summary.failed += 1
                    summary.failures.append(FailedFile(source_file=task.source_file,
                                                       report_id=done.report_id, reason=done.reason))
                elif done.status == "partial":
                    summary.partial += 1
                else:
                    summary.success += 1
                if done.flagged:
                    summary.flagged += 1
                progress.advance(summary.failed, summary.flagged)
        except BaseException:
            for f in futures:
                f.cancel()
            kill_children()
            raise


# --- command line -----------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input_dir", metavar="INPUT_DIR", help="folder of reports (searched recursively)")
    parser.add_argument("--out", required=True, metavar="OUT_DIR",
                        help="output folder: lkjip.sqlite, parquet/, csv/, lkjip.xlsx, report.html, reports/")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="files processed at once (default: all cores)")
    parser.add_argument("--executor", choices=["local", "dask"], default="local",
                        help="local processes (default) or a Dask distributed cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="Dask scheduler, e.g. tcp://host:8786 (default: a LocalCluster on 127.0.0.1)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                        help=f"per-file time limit in seconds (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--memory-mb", type=int, default=DEFAULT_MEMORY_MB, metavar="M",
                        help=f"per-file address-space limit in MB, 0 for none (default {DEFAULT_MEMORY_MB})")
    parser.add_argument("--max-pages", type=int, default=Limits().max_pages, metavar="N",
                        help=f"refuse a PDF of more pages (default {Limits().max_pages})")
    parser.add_argument("--max-mb", type=float, default=Limits().max_bytes / MB, metavar="M",
                        help=f"refuse a file larger than M MB (default {Limits().max_bytes / MB:g})")
    parser.add_argument("--force", action="store_true", help="reprocess every file, even unchanged ones")
    parser.add_argument("--retry-failed", action="store_true", help="reprocess files whose report failed")
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary table")


def print_summary(summary: BatchSummary) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    t = Table(title="lkjip batch", show_header=False)
    t.add_column("", style="bold")
    t.add_column("", justify="right")
    rows = [("files found", summary.files), ("distinct reports", summary.unique),
            ("unchanged (skipped)", summary.skipped), ("processed", summary.processed),
            ("  success", summary.success), ("  partial", summary.partial), ("  failed", summary.failed),
            ("  flagged", summary.flagged), ("removed (left the folder)", summary.removed),
            ("cross-report flags", summary.corpus_flags),
            ("reports in dataset", summary.total_reports), ("  of which failed", summary.total_failed),
            ("time", f"{summary.elapsed_s:.1f} s")]
    for k, v in rows:
        t.add_row(k, str(v))
    console.print(t)
    if summary.failures:
        f = Table(title="failed files")
        f.add_column("file")
        f.add_column("reason")
        for item in summary.failures:
            f.add_row(item.source_file, item.reason)
        console.print(f)
    for rel in summary.unreadable:
        console.print(f"[red]unreadable:[/] {rel}")
    console.print(f"Output: {summary.out_dir}")


def run(args: argparse.Namespace) -> int:
    if not Path(args.input_dir).is_dir():
        print(f"lkjip: error: {args.input_dir}: not a folder", file=sys.stderr)
        return 2
    if args.timeout <= 0 or (args.workers is not None and args.workers < 1) or args.memory_mb < 0:
        print("lkjip: error: --timeout and --workers must be positive, --memory-mb ≥ 0", file=sys.stderr)
        return 2
    if args.max_pages < 1 or not args.max_mb > 0:
        print("lkjip: error: --max-pages and --max-mb must be positive", file=sys.stderr)
        return 2
    limits = Limits(max_pages=args.max_pages, max_bytes=max(1, int(args.max_mb * MB)))

    def _term(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, _term) if threading.current_thread() is threading.main_thread() else None
    try:
        summary = run_batch(args.input_dir, args.out, workers=args.workers, executor=args.executor,
                            scheduler=args.scheduler, timeout=args.timeout, memory_mb=args.memory_mb,
                            quiet=args.quiet, force=args.force, retry_failed=args.retry_failed, limits=limits)
    finally:
        if old is not None:
            signal.signal(signal.SIGTERM, old)
    if not args.quiet:
        print_summary(summary)
    return 0


if __name__ == "__main__":  # the subprocess worker (see process_file)
    if sys.argv[1:] == ["--worker"]:
        _worker_stdio_main()
    else:
        print(json.dumps({"usage": "python -m lkjip.corpus.batch --worker < task.json"}), file=sys.stderr)
        sys.exit(2)
