"""One measured run of one tool on one file, in a fresh process: ``python -m bench.probe TOOL FILE OUT``.

The tool's library is imported (and, for lkjip, its readers) before the clock
starts, so the time is the work on the file, not interpreter start-up; the
import time is reported apart. Peak RSS is the process's ``VmHWM`` (Linux
``/proc/self/status``) at the end: imports plus the work, i.e. what one worker
needs. The tool's output goes to OUT (a Report JSON for lkjip, the tables'
cells as JSON for the baselines); the measurement is printed as one JSON line.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from pathlib import Path


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB (VmHWM), or ru_maxrss where /proc is absent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # pragma: no cover


def children_peak_rss_mb() -> float:
    """Largest peak RSS of the child processes this process waited for (Tesseract, LibreOffice), MiB."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def _prepare(tool: str):
    """Import what the tool needs; return the function to time."""
    if tool == "lkjip":
        import lkjip.extract.detect  # noqa: F401
        import lkjip.extract.read_docx  # noqa: F401
        import lkjip.extract.read_pdf  # noqa: F401
        import lkjip.extract.read_text  # noqa: F401
        import lkjip.pipeline  # noqa: F401
        from lkjip import extract_report

        with contextlib.suppress(ImportError):  # validators not in this checkout
            import lkjip.validate  # noqa: F401

        def run(path: Path) -> tuple[str, int | None]:
            report = extract_report(path)
            return report.model_dump_json(), report.pages

        return run
    from bench.baselines import BASELINES, pdf_pages

    module, fn = BASELINES[tool]
    __import__(module)

    def run_baseline(path: Path) -> tuple[str, int | None]:
        tables = fn(path)
        return json.dumps(tables, ensure_ascii=False), pdf_pages(path)

    return run_baseline


def probe(tool: str, path: Path, out: Path) -> dict:
    t0 = time.perf_counter()
    run = _prepare(tool)
    t1 = time.perf_counter()
    result, pages = run(path)
    t2 = time.perf_counter()
    out.write_text(result, encoding="utf-8")
    return {"tool": tool, "file": str(path), "import_s": round(t1 - t0, 4), "seconds": round(t2 - t1, 4),
            "pages": pages, "peak_rss_mb": round(peak_rss_mb(), 1), "child_peak_rss_mb": children_peak_rss_mb(),
            "ok": True}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 3:
        print("usage: python -m bench.probe TOOL FILE OUT", file=sys.stderr)
        return 2
    tool, path, out = argv[0], Path(argv[1]), Path(argv[2])
    try:
        rec = probe(tool, path, out)
    except Exception as e:  # noqa: BLE001 - a baseline that breaks on a file is a result
        rec = {"tool": tool, "file": str(path), "ok": False, "error": f"{type(e).__name__}: {e}",
               "peak_rss_mb": round(peak_rss_mb(), 1)}
    print(json.dumps(rec))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
