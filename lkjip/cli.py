"""The ``lkjip`` command.

Subcommands: ``extract`` (one file → summary + JSON), ``validate`` (one file →
flags by severity), ``batch`` (a folder → consolidated dataset; lives in
``lkjip.corpus.batch``). Library errors become one clean line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lkjip import __version__
from lkjip.errors import LkjipError

EXIT_OK = 0
EXIT_FAILED = 1  # the document could not be processed
EXIT_USAGE = 2  # bad command line / missing file


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

    try:
        from lkjip.corpus import batch
    except ImportError:  # pragma: no cover - the corpus stage is optional at import time
        batch = None
    if batch is not None:
        p = sub.add_parser("batch", help="process every report in a folder into one dataset")
        batch.add_arguments(p)
        p.set_defaults(func=batch.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except LkjipError as e:
        return _fail(str(e), EXIT_FAILED)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
