"""The review page at scale: size, write time and load time in headless Chromium.

    python -m bench.review_page --reports 20000          # generate a store, write report.html, open it
    python -m bench.review_page --reports 2000 --json out.json
    python -m bench.review_page --db out/lkjip.sqlite        # the page of a real batch's store

:func:`generate_store` writes N synthetic reports straight into an lkjip store (SQL inserts into the
schema :class:`~lkjip.corpus.store.Store` creates; no documents, no extraction): kabupaten, offices over
several years, budget tables with a total, indicator rows (IKM and others shared across offices) and
flags with messages and evidence of realistic length. :func:`write_page` writes ``report.html`` from it
with :func:`~lkjip.corpus.html_report.write_html_from_db` in a child process (its peak memory measured).
:func:`open_page` opens the page in a fresh headless Chromium driven over the DevTools protocol (a small
client on tornado's websocket, which dask already installs) and reads the page's own timings — navigation
start to the first rows drawn and painted — then searches, filters and opens a report, returning what the
DOM shows. The test suite uses the same functions at 500 reports and asserts on the DOM, never on time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lkjip.corpus.store import Store

RULES = (("budget.children_sum", "error"), ("budget.total_sum", "error"), ("budget.persen", "error"),
         ("budget.sisa", "error"), ("number.malformed", "warning"), ("pk.target_mismatch", "warning"),
         ("doc.nip_invalid", "error"), ("doc.year_mismatch", "error"), ("performance.capaian", "warning"),
         ("meta.year", "info"), ("cross.indicator_mismatch", "error"), ("corpus.pk_perubahan", "info"))
OFFICE_KINDS = ("Kecamatan", "Dinas", "Badan", "Kelurahan", "Puskesmas", "Bagian")
YEARS = (2019, 2020, 2021, 2022, 2023, 2024)
SYLLABLES = ("ba", "da", "ka", "la", "ma", "na", "pa", "ra", "sa", "ta", "wa", "ja", "ga", "su", "mu", "ri",
             "ni", "lo", "ko", "to", "ngan", "jo", "bo", "ti", "an", "ung", "rang", "wi")


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _insert(conn, table: str, rows: list[dict]) -> None:
    if rows:
        cols = list(rows[0])
        sql = f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})'
        conn.executemany(sql, [[r[c] for c in cols] for r in rows])


def _report(rng: random.Random, n: int, kab: str, office: str, year: int) -> dict[str, list[dict]]:
    rid = f"{n:08x}{rng.getrandbits(32):08x}"
    status = rng.choices(("success", "partial", "failed"), (90, 7, 3))[0]
    slug = f"{kab}/{office}/{year}".lower().replace(" ", "-")
    out: dict[str, list[dict]] = {"budget_lines": [], "performance": [], "flags": []}
    out["reports"] = [{"report_id": rid, "source_file": f"{slug}/lkjip-{n}.pdf", "sha256": rid * 4,
                       "input_format": "pdf", "instansi": office, "kabupaten": kab, "tahun": year, "status": status,
                       "error": "input: the PDF has no text layer and OCR is off" if status == "failed" else None,
                       "pages": rng.randint(30, 160), "signer_name": f"{_name(rng, 3)}, S.Sos"}]
    if status == "failed":
        return out
    ang = [rng.randint(50, 900) * 1_000_000 for _ in range(4)]
    real = [a * rng.randint(60, 100) // 100 for a in ang]
    for i, (a, r) in enumerate(zip(ang, real, strict=True)):
        out["budget_lines"].append({"report_id": rid, "source_table": "Tabel 3.6", "line_no": i + 1, "level": "program",
                                    "uraian": f"Program {_name(rng, 4)}", "anggaran": f"{a}.00", "realisasi": f"{r}.00",
                                    "persen": f"{r * 100 / a:.2f}", "page": 40, "source_line": 400 + i})
        for j in range(3):
            out["budget_lines"].append({"report_id": rid, "source_table": "Tabel 3.6", "line_no": 10 * i + j + 10,
                                        "level": "kegiatan", "uraian": f"Kegiatan {_name(rng, 5)}",
                                        "anggaran": f"{a // 3}.00", "realisasi": f"{r // 3}.00", "persen": None,
                                        "page": 41, "source_line": 500 + 10 * i + j})
    out["budget_lines"].append({"report_id": rid, "source_table": "Tabel 3.6", "line_no": 99, "level": "total",
                                "uraian": "Jumlah", "anggaran": f"{sum(ang)}.00", "realisasi": f"{sum(real)}.00",
                                "persen": f"{sum(real) * 100 / sum(ang):.2f}", "page": 42, "source_line": 599})
    indicators = ["Indeks Kepuasan Masyarakat (IKM)"] + [f"Persentase {_name(rng, 3).lower()} yang terlayani"
                                                        for _ in range(4)]
    for k, ind in enumerate(indicators):
        for y in (year - 1, year):
            target = rng.randint(70, 95)
            out["performance"].append({"report_id": rid, "source_table": "Tabel 3.1", "sasaran": "Meningkatnya pelayanan",
                                       "indikator": ind, "satuan": "%", "tahun": y, "target": f"{target}.00",
                                       "realisasi": f"{target + rng.randint(-15, 10)}.50", "page": 20, "source_line": 200 + k})
    for k in range(rng.choice((0, 1, 2, 3, 4, 6, 8, 12)) if status == "success" else rng.randint(4, 15)):
        rule, sev = rng.choice(RULES)
        exp, found = rng.randint(10**6, 10**9), rng.randint(10**6, 10**9)
        out["flags"].append({"report_id": rid, "rule": rule, "severity": sev,
                             "message": f"Jumlah baris anak {exp:,} tidak sama dengan baris induk {found:,} "
                                        f"pada {office}".replace(",", "."),
                             "expected": str(exp), "found": str(found), "source_table": "Tabel 3.6", "page": 41,
                             "evidence": f"Tabel 3.6 baris {k + 3}: Program {_name(rng, 4)} | {exp} | {found} | "
                                         f"{rng.randint(50, 100)},{rng.randint(10, 99)} — baris anak: "
                                         + "; ".join(f"Kegiatan {_name(rng, 4)} {rng.randint(10**5, 10**8)}"
                                                     for _ in range(3)),
                             "line_no": k + 3, "uncertain": int(rng.random() < 0.1)})
    return out


def generate_store(path: str | Path, n_reports: int, *, seed: int = 0, kabupaten: int = 38) -> Path:
    """A store of ``n_reports`` synthetic reports: ``kabupaten`` places, offices reporting over several years."""
    rng = random.Random(seed)
    path = Path(path)
    path.unlink(missing_ok=True)
    kabs = sorted({f"Kabupaten {_name(rng, 3)}" for _ in range(kabupaten * 2)})[:kabupaten]
    with Store(path) as store:
        conn = store.conn
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("BEGIN")
        n, offices = 0, {}
        while n < n_reports:
            kab = kabs[n // len(YEARS) % len(kabs)]
            office = offices.setdefault((kab, n // (len(YEARS) * len(kabs))),
                                        f"{rng.choice(OFFICE_KINDS)} {_name(rng, 3)}")
            for year in YEARS[: min(len(YEARS), n_reports - n)]:
                for table, rows in _report(rng, n, kab, office, year).items():
                    _insert(conn, table, rows)
                n += 1
        conn.execute("COMMIT")
    return path


def write_page(db: Path, out: Path) -> dict:
    """Write ``out`` from ``db`` in a child process; its wall time and peak memory, and the page's size."""
    code = ("import resource, sys, time; from lkjip.corpus.html_report import write_html_from_db; t = time.monotonic(); "
            "write_html_from_db(sys.argv[1], sys.argv[2]); "
            "print(time.monotonic() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    cp = subprocess.run([sys.executable, "-c", code, str(db), str(out)], capture_output=True, text=True, check=True)
    seconds, rss_kb = cp.stdout.split()
    return {"write_s": round(float(seconds), 2), "write_peak_mb": round(int(rss_kb) / 1024, 1),
            "size_mb": round(out.stat().st_size / 1e6, 2)}


# --- a small DevTools protocol client --------------------------------------------------------------


class Cdp:
    """Commands and events over one DevTools websocket (tornado)."""

    def __init__(self, ws):
        self.ws, self.n, self.events = ws, 0, []

    async def _read(self) -> dict:
        msg = await self.ws.read_message()
        if msg is None:
            raise ConnectionError("the browser closed the DevTools connection")
        return json.loads(msg)

    async def call(self, method: str, **params):
        self.n += 1
        await self.ws.write_message(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            d = await self._read()
            if d.get("id") == self.n:
                if "error" in d:
                    raise RuntimeError(f"{method}: {d['error']}")
                return d["result"]
            self.events.append(d)

    async def event(self, method: str, timeout: float) -> dict:
        async def wait():
            while True:
                for d in self.events:
                    if d.get("method") == method:
                        self.events.remove(d)
                        return d
                self.events.append(await self._read())
        return await asyncio.wait_for(wait(), timeout)

    async def js(self, expression: str):
        r = await self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"page script failed: {r['exceptionDetails']}")
        return r["result"].get("value")

    def exceptions(self) -> list[str]:
        return [json.dumps(d["params"]["exceptionDetails"])[:500] for d in self.events
                if d.get("method") == "Runtime.exceptionThrown"]


@contextlib.contextmanager
def chromium(exe: str = "chromium"):
    """A fresh headless Chromium with a DevTools port; yields the websocket URL of its page."""
    profile = Path(tempfile.mkdtemp(prefix="lkjip-chromium-"))
    proc = subprocess.Popen([shutil.which(exe) or exe, "--headless", "--no-sandbox", "--disable-gpu",
                             "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                             "--disable-component-update", "--remote-debugging-port=0", "--remote-allow-origins=*",
                             f"--user-data-dir={profile}", "--window-size=1280,1000", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.05)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            pages = [t for t in json.load(resp) if t.get("type") == "page"]
        yield pages[0]["webSocketDebuggerUrl"]
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


@dataclass
class PageVisit:
    """What one visit of the page measured (seconds from navigation start) and what its DOM showed."""

    wall_s: float = 0.0  # navigate sent → first rows painted, seen from outside
    dom_content_loaded_s: float = 0.0
    load_event_s: float = 0.0
    ready_s: float = 0.0  # first rows of every table drawn
    painted_s: float = 0.0  # and painted
    first_page_rows: int = 0
    report_pages: int = 0
    report_rows: int = 0
    kabupaten_rows: int = 0
    instansi_rows: int = 0
    searches: dict[str, int] = field(default_factory=dict)  # query → matching reports
    flag_searches: dict[str, int] = field(default_factory=dict)  # the same, searching in the flags too
    search_s: float = 0.0  # last query typed → rows redrawn (includes the 120 ms typing pause)
    page2_first: str = ""  # report_id of the first row on page 2
    sorted_first: dict[str, str] = field(default_factory=dict)  # order → report_id of the first row
    picked_kabupaten: str = ""  # the first kabupaten row, clicked: the reports and offices then shown
    picked_reports: int = 0
    picked_offices: int = 0
    opened_report: str = ""  # the first report with flags on page 1, opened
    opened_flags: int = 0  # flags its details show
    opened_severities: list[str] = field(default_factory=list)
    open_s: float = 0.0
    errors: list[str] = field(default_factory=list)


_WAIT_PAINT = """new Promise(function (ok) { (function w() {
  if (window.lkjipTiming && window.lkjipTiming.painted) { ok(true); } else { setTimeout(w, 5); } })(); })"""
_TIMINGS = """(function () { var n = performance.getEntriesByType("navigation")[0], t = window.lkjipTiming;
  return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, ready: t.ready, painted: t.painted}; })()"""
_ROWS = """(function () { var b = document.getElementById("reports");
  return {rows: +b.getAttribute("data-rows"), pages: +b.getAttribute("data-pages"),
          shown: b.querySelectorAll("tbody tr[data-report]").length,
          kab: +document.getElementById("kabupaten").getAttribute("data-rows"),
          off: +document.getElementById("instansi").getAttribute("data-rows")}; })()"""
_SEARCH = """new Promise(function (ok) { var b = document.getElementById("reports"), t = performance.now();
  var box = document.getElementById("filter-text"); box.value = %s; box.dispatchEvent(new Event("input"));
  var before = b.querySelector("tbody"); (function w() { if (b.querySelector("tbody") !== before) {
    ok([+b.getAttribute("data-rows"), (performance.now() - t) / 1000]); } else { setTimeout(w, 2); } })(); })"""
_SORT = """(function () { var s = document.getElementById("filter-sort"); s.value = %s;
  s.dispatchEvent(new Event("change"));
  return document.querySelector("#reports tbody tr[data-report]").getAttribute("data-report"); })()"""
_PICK = """(function () { var tr = document.querySelector("#kabupaten tbody tr"); tr.click();
  return [tr.querySelector(".link").textContent, +document.getElementById("reports").getAttribute("data-rows"),
          +document.getElementById("instansi").getAttribute("data-rows")]; })()"""
_OPEN = """(function () { var rows = document.querySelectorAll("#reports tbody tr[data-report]"), t = performance.now();
  for (var i = 0; i < rows.length; i++) { var c = rows[i].children;
    if (+c[6].textContent + +c[7].textContent + +c[8].textContent > 0) { rows[i].click(); break; } }
  var d = document.querySelector("#reports tr.detail"); if (!d) { return null; }
  return {n: d.querySelectorAll(".flag").length, id: d.previousSibling.getAttribute("data-report"), s: (performance.now() - t) / 1000,
          sev: Array.prototype.map.call(d.querySelectorAll("details > summary"), function (x) { return x.textContent; })};
  })()"""


async def _visit(ws_url: str, url: str, queries: list[str], flag_queries: list[str], timeout: float) -> PageVisit:
    from tornado.websocket import websocket_connect

    ws = await websocket_connect(ws_url, max_message_size=1 << 28)
    cdp, v = Cdp(ws), PageVisit()
    try:
        await cdp.call("Page.enable")
        await cdp.call("Runtime.enable")
        t = time.monotonic()
        await cdp.call("Page.navigate", url=url)
        await cdp.event("Page.loadEventFired", timeout)
        await asyncio.wait_for(cdp.js(_WAIT_PAINT), timeout)
        v.wall_s = time.monotonic() - t
        tm = await cdp.js(_TIMINGS)
        v.dom_content_loaded_s, v.load_event_s = tm["dcl"] / 1000, tm["load"] / 1000
        v.ready_s, v.painted_s = tm["ready"] / 1000, tm["painted"] / 1000
        rows = await cdp.js(_ROWS)
        v.report_rows, v.report_pages, v.first_page_rows = rows["rows"], rows["pages"], rows["shown"]
        v.kabupaten_rows, v.instansi_rows = rows["kab"], rows["off"]
        await cdp.js('document.querySelector("#reports .pager .next").click()')
        v.page2_first = await cdp.js('document.querySelector("#reports tbody tr[data-report]").getAttribute("data-report")')
        for q in queries:
            v.searches[q], v.search_s = await asyncio.wait_for(cdp.js(_SEARCH % json.dumps(q)), timeout)
        if flag_queries:
            await cdp.js('document.getElementById("filter-flags").click()')
            for q in flag_queries:
                v.flag_searches[q], _ = await asyncio.wait_for(cdp.js(_SEARCH % json.dumps(q)), timeout)
            await cdp.js('document.getElementById("filter-flags").click()')
        await asyncio.wait_for(cdp.js(_SEARCH % '""'), timeout)
        for order in ("error", "serapan"):
            v.sorted_first[order] = await cdp.js(_SORT % json.dumps(order))
        await cdp.js(_SORT % '""')
        picked = await cdp.js(_PICK)
        v.picked_kabupaten, v.picked_reports, v.picked_offices = picked
        await cdp.js('document.getElementById("filter-clear").click()')
        opened = await cdp.js(_OPEN)
        if opened:
            v.opened_report, v.opened_flags = opened["id"], opened["n"]
            v.open_s, v.opened_severities = opened["s"], opened["sev"]
        v.errors = cdp.exceptions()
    finally:
        ws.close()
    return v


def open_page(path: Path, queries: list[str] = (), flag_queries: list[str] = (), *, timeout: float = 120,
              exe: str = "chromium") -> PageVisit:
    """Open ``path`` in a fresh headless Chromium: timings and what the DOM shows (see :class:`PageVisit`);
    ``queries`` are typed in the search box, ``flag_queries`` with "search in the flags too" ticked."""
    with chromium(exe) as ws_url:
        return asyncio.run(_visit(ws_url, path.resolve().as_uri(), list(queries), list(flag_queries), timeout))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--db", type=Path, help="measure the page of this store (e.g. a batch's lkjip.sqlite) instead")
    ap.add_argument("--runs", type=int, default=3, help="page loads, each in a fresh browser (median shown)")
    ap.add_argument("--keep", type=Path, help="keep the store and page in this folder")
    ap.add_argument("--json", type=Path, help="write the results here")
    args = ap.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="lkjip-review-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        t = time.monotonic()
        db = args.db or generate_store(work / "lkjip.sqlite", args.reports)
        gen_s = time.monotonic() - t
        if args.db:
            with contextlib.closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
                args.reports = conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
        page = work / "report.html"
        written = write_page(db, page)
        load_before = os.getloadavg()[0]
        visits = [open_page(page, ["kabupaten", "budget.sisa"], ["nisuraga"]) for _ in range(args.runs)]
        visits.sort(key=lambda v: v.load_event_s)
        med = visits[len(visits) // 2]
        res = {"reports": args.reports, "generate_s": round(gen_s, 1), "db_mb": round(db.stat().st_size / 1e6, 1),
               **written, "load_s": round(med.load_event_s, 3), "load_s_runs": [round(v.load_event_s, 3) for v in visits],
               "first_rows_s": round(med.painted_s, 3), "loadavg_1min": round(load_before, 2), "visit": asdict(med)}
        print(f"{args.reports} reports: report.html {written['size_mb']} MB, written from the store in "
              f"{written['write_s']} s (peak RSS {written['write_peak_mb']} MB)\n"
              f"  opens in {res['load_s']} s: navigation start to the load event, every row and flag parsed "
              f"(median of {args.runs} fresh browsers: {res['load_s_runs']})\n"
              f"  first rows drawn and painted at {med.painted_s:.3f} s; search {med.search_s:.3f} s (with the "
              f"120 ms typing pause); open a report {med.open_s:.3f} s; script errors: {len(med.errors)}; "
              f"load average before: {load_before:.2f} on {os.cpu_count()} cores")
        if args.json:
            args.json.write_text(json.dumps(res, indent=2), encoding="utf-8")
        return 0 if not med.errors else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
