"""The ``lkjip`` command.

Subcommands: ``extract`` (one file → summary + JSON), ``validate`` (one file →
flags by severity), ``batch`` (a folder → consolidated dataset; the work is
:func:`lkjip.corpus.batch.run_batch`). Library errors become one clean line on
stderr and a non-zero exit code, never a traceback.

Exit codes: 0 done (for ``batch``: files that failed are data, listed in the
dataset), 1 the document could not be processed or a library error, 2 a bad
command line or a missing file, 130 interrupted (Ctrl-C or SIGTERM).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from lkjip import __version__
from lkjip.errors import LkjipError

EXIT_OK = 0
EXIT_FAILED = 1  # the document could not be processed
EXIT_USAGE = 2  # bad command line / missing file
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM


def _fail(msg: str, code: int) -> int:
    print(f"lkjip: error: {msg}", file=sys.stderr)
    return code


def _load(path: str, lang: str):
    from lkjip import extract_report

    p = Path(path)
    if not p.exists():
        return None, _fail(f"{path}: no such file", EXIT_USAGE)
    if p.is_dir():
        return None, _fail(f"{path}: is a directory (use 'lkjip batch' for folders)", EXIT_USAGE)
    report = extract_report(p, lang=lang)
    if report.status == "failed":
        msg = "; ".join(f"{e.message}" for e in report.errors) or "could not be processed"
        return report, _fail(f"{path}: {msg}", EXIT_FAILED)
    return report, EXIT_OK


def cmd_extract(args: argparse.Namespace) -> int:
    from lkjip.summary import print_summary

    report, code = _load(args.file, args.lang)
    if report is not None and args.json:
        Path(args.json).write_text(report.model_dump_json(indent=2), encoding="utf-8")
    if code != EXIT_OK:
        return code
    print_summary(report, json_path=args.json)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from lkjip.summary import print_flags

    report, code = _load(args.file, args.lang)
    if code != EXIT_OK:
        return code
    print_flags(report, lang=args.lang)
    return EXIT_OK


def add_batch_arguments(parser: argparse.ArgumentParser) -> None:
    from lkjip.corpus.worker import DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT
    from lkjip.extract.limits import MB, Limits

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
    parser.add_argument("--quiet", action="store_true",
                        help="no progress bar and no summary table (slow files are noted in OUT_DIR/batch.log)")


def _batch_usage_error(args: argparse.Namespace) -> str | None:
    if not Path(args.input_dir).is_dir():
        return f"{args.input_dir}: not a folder"
    if args.timeout <= 0 or (args.workers is not None and args.workers < 1) or args.memory_mb < 0:
        return "--timeout and --workers must be positive, --memory-mb ≥ 0"
    if args.max_pages < 1 or not args.max_mb > 0:
        return "--max-pages and --max-mb must be positive"
    return None


def cmd_batch(args: argparse.Namespace) -> int:
    from lkjip.corpus import batch
    from lkjip.extract.limits import MB, Limits

    error = _batch_usage_error(args)
    if error:
        return _fail(error, EXIT_USAGE)
    limits = Limits(max_pages=args.max_pages, max_bytes=max(1, int(args.max_mb * MB)))

    def _term(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, _term) if threading.current_thread() is threading.main_thread() else None
    try:
        summary = batch.run_batch(args.input_dir, args.out, workers=args.workers, executor=args.executor,
                                  scheduler=args.scheduler, timeout=args.timeout, memory_mb=args.memory_mb,
                                  quiet=args.quiet, force=args.force, retry_failed=args.retry_failed, limits=limits)
    finally:
        if old is not None:
            signal.signal(signal.SIGTERM, old)
    if not args.quiet:
        _print_batch_summary(summary)
    return EXIT_OK


def _print_batch_summary(summary) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lkjip", description="Extract, normalize and validate LKjIP reports.")
    parser.add_argument("--version", action="version", version=f"lkjip {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract one report: summary on screen, full report as JSON")
    p.add_argument("file", help="a report: text export, PDF, DOCX or scanned PDF")
    p.add_argument("--json", metavar="OUT.json", help="write the full typed report as JSON")
    p.add_argument("--lang", choices=["id", "en"], default="id", help="language of flag messages")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("validate", help="validate one report: flags grouped by severity")
    p.add_argument("file")
    p.add_argument("--lang", choices=["id", "en"], default="id", help="language of flag messages")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("batch", help="process every report in a folder into one dataset")
    add_batch_arguments(p)
    p.set_defaults(func=cmd_batch)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except LkjipError as e:
        return _fail(str(e), EXIT_FAILED)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
