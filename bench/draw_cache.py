"""Render random draws once, score any checkout of lkjip on the very same files.

A reader change is judged by reading identical files with the old and the new code (rendering again would cost
most of the time, and a producer's output may drift between runs). Three commands:

- ``python -m bench.draw_cache render DIR --kind text|scan|cover --seeds 0-199`` renders the draws into ``DIR``
  and pickles each :class:`lkjip.synth.restyle.Rendered` beside its files (``DIR/<name>.pkl``);
- ``python -m bench.draw_cache score DIR OUT.json [--fmt pdf] [--glob 'draw-01*']`` reads every cached draw
  with the lkjip importable from the running interpreter (run it with another checkout's venv to score that
  checkout) and writes one :class:`bench.draws.DrawScore` per draw;
- ``python -m bench.draw_cache compare A.json B.json`` lists the draws that got better or worse, and the totals;
- ``python -m bench.draw_cache report OUT.md A.json [B.json …]`` writes the issue's targets and the "Random style
  draws" tables (by format, by style dimension, worst draws) of scored caches: the same measure as ``make bench``,
  on draws rendered once and read by the checkout that scored them.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

from bench.corpus import SEED as SEED_REPORT
from bench.draws import SCAN_SEED_BASE, DrawScore, markdown, rendered_draw, score_file, summarize, targets
from bench.markdown import md_table


def _seeds(spec: str) -> list[int]:
    """"0-9,12" -> [0, ..., 9, 12]."""
    out: list[int] = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def _draw(kind: str, seed: int):
    from lkjip.synth import draw as dr

    if kind == "cover":
        return dr.covering(24)[seed]
    return dr.draw(seed + (SCAN_SEED_BASE if kind == "scan" else 0), scan_share=1.0 if kind == "scan" else 0.0)


def _render_one(args) -> str:
    kind, seed, out = args
    d = _draw(kind, seed)
    if (out / f"{d.name}.pkl").exists():
        return f"{d.name}: cached"
    try:
        rendered_draw(d, out, SEED_REPORT if SEED_REPORT.exists() else None, scan=kind == "scan")
    except Exception as e:  # noqa: BLE001 - a failed rendering is reported, the others go on
        return f"{d.name}: render failed: {type(e).__name__}: {e}"
    return f"{d.name}: rendered"


def render(out: Path, kind: str, seeds: list[int], workers: int = 2) -> None:
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for k, msg in enumerate(pool.map(_render_one, [(kind, s, out) for s in seeds]), 1):
            print(f"[{k}/{len(seeds)} {time.perf_counter() - started:.0f} s] {msg}", flush=True)


def _score_one(args) -> dict:
    from lkjip.synth import restyle

    pkl, fmt = args
    r = pickle.loads(Path(pkl).read_bytes())
    r.truth = restyle.apply(r.draw, r.content.document, r.content.truth)[1]
    if fmt not in r.files:
        fmt = "pdf_scan" if "pdf_scan" in r.files else fmt
    try:
        return asdict(score_file(r, fmt, baseline=False))
    except Exception as e:  # noqa: BLE001 - a failed reading scores zero
        return asdict(DrawScore(r.draw.name, r.draw.seed, fmt, r.draw.values(), error=f"{type(e).__name__}: {e}",
                                consistent=not r.content.injected))


def score(cache: Path, fmt: str = "pdf", pattern: str = "*", workers: int = 2) -> list[dict]:
    pkls = sorted(cache.glob(f"{pattern}.pkl"))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        rows = list(pool.map(_score_one, [(p, fmt) for p in pkls]))
    for r in rows:
        err = f" ERROR {r['error']}" if r["error"] else ""
        print(f"{r['draw']:>14} {r['fmt']:>8} F1 {100 * r['f1']:6.2f}  false {','.join(r['false_errors'])}{err}")
    return rows


def summary(rows: list[dict]) -> str:
    if not rows:
        return "0 files (no cached draw matched; --glob is a pathlib pattern: no {a,b} braces)"
    f1 = sorted(r["f1"] for r in rows)
    worst = f1[: max(1, round(len(f1) * 0.05))]
    consistent = [r for r in rows if r["consistent"]]
    false = [r for r in consistent if r["false_errors"]]
    loose = [r["f1_untitled_as_one"] for r in rows if r.get("f1_untitled_as_one") is not None]
    untitled = (f"; uncaptioned tables not told apart by number: mean F1 {100 * statistics.fmean(loose):.2f} %"
                if len(loose) == len(rows) else "")
    return (f"{len(rows)} files: mean F1 {100 * statistics.fmean(f1):.2f} %, worst 5 % {100 * statistics.fmean(worst):.2f} %, "
            f"consistent files with a false error {len(false)} of {len(consistent)} "
            f"({sum(len(r['false_errors']) for r in false)} rules){untitled}")


def compare(a: list[dict], b: list[dict], eps: float = 1e-9) -> str:
    """The draws whose F1, false errors or missed contradictions changed from ``a`` to ``b``, and the totals. Any
    change counts (``eps`` is rounding only): one field of a large draw moves its F1 by less than 0.1 point, and a
    coarser threshold once hid a fix's one-field losses in a dozen draws."""
    old = {r["draw"]: r for r in a}
    lines = []
    for r in b:
        o = old.get(r["draw"])
        if o is None:
            continue
        d = r["f1"] - o["f1"]
        fe = (o["false_errors"], r["false_errors"])
        missed = (o.get("missed") or [], r.get("missed") or [])
        if abs(d) > eps or fe[0] != fe[1] or missed[0] != missed[1]:
            lines.append(f"{r['draw']:>14} {100 * o['f1']:6.2f} -> {100 * r['f1']:6.2f} ({100 * d:+.2f})  "
                         f"false {fe[0]} -> {fe[1]}" + (f"  missed {missed[0]} -> {missed[1]}" if missed[0] != missed[1] else ""))
    better = sum(1 for r in b if r["draw"] in old and r["f1"] > old[r["draw"]]["f1"] + eps)
    worse = sum(1 for r in b if r["draw"] in old and r["f1"] < old[r["draw"]]["f1"] - eps)
    lines += [f"better {better}, worse {worse}", "A: " + summary(a), "B: " + summary(b)]
    return "\n".join(lines)


def merged(files: list[list[dict]]) -> list[dict]:
    """The scores of several cache files as one list, one row per (draw, format): a draw scored twice (the same
    cache scored again) counts once, its last score kept."""
    out: dict[tuple[str, str], dict] = {}
    for rows in files:
        for r in rows:
            out[(r["draw"], r["fmt"])] = r
    return list(out.values())


def report(rows: list[dict]) -> str:
    """The issue's targets and the "Random style draws" tables of scored cached draws."""
    text = {r["draw"] for r in rows if r["fmt"] != "pdf_scan"}
    scans = {r["draw"] for r in rows if r["fmt"] == "pdf_scan"}
    res = summarize(rows, n=len(text), scans=len(scans), seed=any(r["values"].get("content") == "seed" for r in rows),
                    elapsed=sum(r.get("seconds") or 0.0 for r in rows))
    goals = md_table(["target", "met", "measured"], [[t, "yes" if ok else "**no**", m] for t, ok, m in targets(res)],
                     "lcl")
    return goals + "\n\n" + markdown(res)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.draw_cache", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("render")
    r.add_argument("dir", type=Path)
    r.add_argument("--kind", choices=("text", "scan", "cover"), default="text")
    r.add_argument("--seeds", default="0-199")
    r.add_argument("--workers", type=int, default=2)
    s = sub.add_parser("score")
    s.add_argument("dir", type=Path)
    s.add_argument("out", type=Path)
    s.add_argument("--fmt", default="pdf", choices=("pdf", "docx", "pdf_scan"))
    s.add_argument("--glob", default="*")
    s.add_argument("--workers", type=int, default=2)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    m = sub.add_parser("report")
    m.add_argument("out", type=Path)
    m.add_argument("scores", type=Path, nargs="+")
    args = ap.parse_args(argv)
    if args.cmd == "render":
        render(args.dir, args.kind, _seeds(args.seeds), args.workers)
    elif args.cmd == "score":
        rows = score(args.dir, args.fmt, args.glob, args.workers)
        args.out.write_text(json.dumps(rows, indent=1, default=str))
        print(summary(rows))
    elif args.cmd == "report":
        text = report(merged([json.loads(p.read_text()) for p in args.scores]))
        args.out.write_text(text + "\n", encoding="utf-8")
        print(text)
    else:
        print(compare(json.loads(args.a.read_text()), json.loads(args.b.read_text())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
