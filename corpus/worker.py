"""The work of one file in a batch: a task in, one :class:`Finished` out.

A :class:`FileTask` says what to read and under which limits; :func:`extract` runs the extractor on it and
always returns a :class:`~lkjip.model.Report` (a bug or a MemoryError becomes a failed report);
:func:`finish` gives the report the batch's identity, flattens it into the dataset's rows and serializes
its JSON. :func:`run_task` does both. It runs inside an isolated worker process
(:mod:`lkjip.corpus.isolation`), so the batch process only writes what comes back: the Report crosses
the process boundary once, as the pickled :class:`Finished`, never as JSON to be parsed again.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from lkjip.extract.limits import Limits
from lkjip.model import ErrorItem, Report

if TYPE_CHECKING:
    from lkjip.corpus.store import SqlRows

DEFAULT_TIMEOUT = 300.0
DEFAULT_MEMORY_MB = 2048
EXTRACTOR = "lkjip:extract_report"


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
    #: the report's rows as SQLite stores them (:func:`store.report_sql_rows`)
    rows: SqlRows
    #: the worker ran out of memory: it is replaced before the next file (its heap may be fragmented)
    retire: bool = False


def failed_report(task: FileTask, component: str, category: str, message: str) -> Report:
    return Report.failed(source_file=task.source_file, sha256=task.sha256, input_format="unknown",
                         error=ErrorItem(component=component, category=category, message=message))


def load_extractor(spec: str):
    """The ``module:function`` named by ``spec`` (importing its module)."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name or "extract_report")


def _takes_limits(fn) -> bool:
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == "limits" or p.kind is inspect.Parameter.VAR_KEYWORD for p in params)


def extract(task: FileTask) -> Report:
    """Run the extractor on one file, in this process; always return a Report."""
    try:
        fn = load_extractor(task.extractor)
        report = fn(Path(task.path), limits=task.limits) if _takes_limits(fn) else fn(Path(task.path))
        if not isinstance(report, Report):
            raise TypeError(f"extractor returned {type(report).__name__}, not Report")
        return report
    except MemoryError:
        limit = f"memory limit of {task.memory_mb} MB exceeded" if task.memory_mb else "out of memory"
        return failed_report(task, "worker", "limit", limit)
    except Exception as e:  # extract_report never raises for a bad document; a bug must not stop the batch
        category = getattr(e, "category", "error")
        return failed_report(task, "worker", str(category), f"{type(e).__name__}: {e}")


def _with_identity(report: Report, task: FileTask) -> Report:
    """The report with the identity fields the batch sets (never the worker's or the document's)."""
    return report.model_copy(update={"report_id": report_id_for(task.sha256), "sha256": task.sha256,
                                     "source_file": task.source_file})


def finish(report: Report | BaseException, task: FileTask) -> Finished:
    """A report (or what stopped it) made ready for the store: a report the dataset cannot hold fails."""
    from lkjip.corpus.store import report_sql_rows

    if isinstance(report, BaseException):
        report = failed_report(task, "worker", "worker", f"{type(report).__name__}: {report}")
    report = _with_identity(report, task)
    try:
        rows = report_sql_rows(report)
    except Exception as e:  # a report the dataset cannot hold is a failed row, not a dead batch
        report = _with_identity(failed_report(task, "worker", "error", "could not flatten the report: "
                                              f"{type(e).__name__}: {e}"), task)
        rows = report_sql_rows(report)
    return Finished(report_id=report.report_id, status=report.status, flagged=_is_flagged(report),
                    reason=_reason(report) if report.status == "failed" else "",
                    json=report.model_dump_json(indent=2).encode("utf-8"), rows=rows)


def failed(task: FileTask, component: str, category: str, message: str) -> Finished:
    """The :class:`Finished` of a file whose worker gave no answer (killed, died, never started)."""
    return finish(failed_report(task, component, category, message), task)


def run_task(task: FileTask) -> Finished:
    """Extract and finish one file, in this process (a worker's whole job)."""
    report = extract(task)
    done = finish(report, task)
    if report.status == "failed" and any(e.component == "worker" and e.category == "limit"
                                         for e in report.errors):
        done.retire = True
    return done


def _is_flagged(report: Report) -> bool:
    return any(f.severity in ("error", "warning") for f in report.flags)


def _reason(report: Report) -> str:
    return "; ".join(f"{e.category}: {e.message}" for e in report.errors) or "failed"
