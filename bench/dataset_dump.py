"""A sorted, line-per-row dump of a batch's SQLite store, to prove a refactor changed no data.

    python -m bench.dataset_dump OUT_DIR                 # batch each input set, dump each store
    python -m bench.dataset_dump OUT_DIR --only seed     # one set
    diff -r before/ after/                               # what changed, row by row

The input sets are the bundled sample corpus, the seed report, and every document of ``../shared/real``
(each its own batch, so cross-report checks see the same neighbours before and after). Every SQLite table
is dumped with its rows sorted, one ``table<TAB>row`` line each, so a moved line of code cannot slip a
changed value, a lost row or a reordered column through unnoticed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def input_sets() -> dict[str, list[Path]]:
    """Name → files of every input set that exists on this machine."""
    sets = {"samples": sorted(p for p in (ROOT / "corpus" / "samples").iterdir() if p.is_file())}
    seed = SHARED / "seed" / "lkjip-sokobanah-2022.txt"
    if seed.exists():
        sets["seed"] = [seed]
    real = SHARED / "real"
    if real.is_dir():
        sets["real"] = sorted(p for p in real.iterdir() if p.suffix.lower() in {".pdf", ".docx"})
    return sets


def dump_store(db: Path) -> list[str]:
    """Every row of every dataset table as ``table<TAB>json``, sorted. The store's own bookkeeping tables
    (``_segments``: when each segment was last written) are not dataset and are left out."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
                  if not r[0].startswith("_")]
        lines = []
        for t in tables:
            cur = conn.execute(f'SELECT * FROM "{t}"')
            cols = [d[0] for d in cur.description]
            lines.append(f"{t}\t#columns {json.dumps(cols)}")
            lines += [f"{t}\t{json.dumps(list(row), default=str, ensure_ascii=False)}" for row in cur]
        return sorted(lines)
    finally:
        conn.close()


def run_set(name: str, files: list[Path], out: Path, lkjip: str) -> Path:
    with tempfile.TemporaryDirectory(prefix=f"dump-{name}-") as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        for f in files:
            shutil.copy(f, src / f.name)
        res = subprocess.run([lkjip, "batch", str(src), "--out", str(Path(tmp) / "out"), "--quiet"],
                             capture_output=True, text=True)
        if res.returncode != 0:
            sys.exit(f"batch of {name} failed ({res.returncode}): {res.stderr.strip()}")
        target = out / f"{name}.dump"
        lines = [x.replace(tmp, "<tmp>") for x in dump_store(Path(tmp) / "out" / "lkjip.sqlite")]
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder for the <set>.dump files")
    ap.add_argument("--only", action="append", help="dump only this input set (repeatable)")
    ap.add_argument("--lkjip", default=str(Path(sys.executable).with_name("lkjip")), help="the lkjip command")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, files in input_sets().items():
        if args.only and name not in args.only:
            continue
        print(run_set(name, files, args.out, args.lkjip))
    return 0


if __name__ == "__main__":
    sys.exit(main())
