"""The review page's data, read from the SQLite store one chunk of reports at a time.

Nothing here holds the corpus in memory: the reports are read :data:`CHUNK` at a time (in page order,
by ``source_file``), each chunk's budget lines, indicator rows and flags with one query per table, and
what the page embeds is written out as it is read. What stays in memory is bounded by the number of
kabupaten and offices: one :class:`GroupTotals` each, and the few chart series.

The page embeds compact JSON (:func:`json_text`, in hidden ``<textarea>`` elements, :func:`data_script`):
a row per report (fields named by :data:`REPORT_FIELDS`), the flags of each chunk in their own block, parsed
only when a report of that chunk is opened (or the flags are searched), and a row per kabupaten and per
office. Money and percents are formatted here, by the project's one formatter; sums are exact ``Decimal``.
"""

from __future__ import annotations

import html
import json
import os
import pickle
import sqlite3
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TextIO

import pandas as pd

from lkjip.corpus.html_charts import MAX_BARS, MAX_INDICATOR_CHARTS, IndicatorSeries, serapan_chart
from lkjip.corpus.store import from_sql, segment_of
from lkjip.errors import InputError
from lkjip.normalize.names import name_key
from lkjip.normalize.numbers import format_money, format_number
from lkjip.tables import BOOL, DATE, DECIMAL, MONEY, PERCENT, column_kinds
from lkjip.validate.corpus_facts import BudgetTotal, ReportInfo, budget_totals, indicator_values

#: reports per chunk read from the store, and per embedded block of flags
CHUNK = 500
#: the kinds :func:`~lkjip.corpus.store.from_sql` changes (the others are read as stored)
_CONVERTED = frozenset({MONEY, PERCENT, DECIMAL, BOOL, DATE})
SEVERITIES = ("error", "warning", "info")
_HUNDRED = Decimal(100)

REPORT_COLS = ("report_id", "source_file", "input_format", "instansi", "kabupaten", "tahun", "status", "error",
               "pages", "signer_name")
BUDGET_COLS = ("report_id", "source_table", "page", "line_no", "level", "anggaran", "realisasi", "source_line", "tahun")
PERF_COLS = ("report_id", "source_table", "indikator", "satuan", "tahun", "target", "realisasi", "page", "source_line")
FLAG_COLS = ("report_id", "rule", "severity", "message", "expected", "found", "source_table", "page", "evidence",
             "line_no", "uncertain")

#: the fields of an embedded report row, flag, kabupaten row and office row (the page's script reads these names)
REPORT_FIELDS = ("report_id", "instansi", "kabupaten", "tahun", "status", "source_file", "input_format", "pages",
                 "signer_name", "error", "anggaran", "realisasi", "serapan", "budget_table", "n_error", "n_warning",
                 "n_info", "kab", "office", "rules")
FLAG_FIELDS = ("severity", "rule", "message", "expected", "found", "source_table", "page", "line_no", "evidence",
               "uncertain")
GROUP_FIELDS = ("kabupaten", "instansi", "reports", "success", "partial", "failed", "n_error", "n_warning", "n_info",
                "anggaran", "realisasi", "serapan", "tahun", "offices", "kab")


def json_text(obj) -> str:
    """Compact JSON."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def data_script(element_id: str, text: str) -> str:
    """JSON embedded in the page as the text of a hidden ``<textarea>``: HTML-escaped like every document
    string of the page (the browser decodes it; ``textContent`` gives the JSON back), so nothing in the data
    can close the element or start markup, and the page's only ``<script>`` is its own."""
    return (f'<textarea hidden readonly autocomplete="off" class="data" id="{element_id}">'
            f"{html.escape(text, quote=False)}</textarea>\n")


def connect(db_path: str | os.PathLike) -> sqlite3.Connection:
    """The store opened read-only (a batch writing it meanwhile is not disturbed)."""
    path = Path(db_path)
    if not path.is_file():
        raise InputError(f"{path}: no SQLite store there (lkjip batch writes lkjip.sqlite)")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise InputError(f"{path}: not a SQLite store ({exc})") from exc
    missing = [t for t in ("reports", "budget_lines", "performance", "flags") if t not in have]
    if missing:
        conn.close()
        raise InputError(f"{path}: not an lkjip store (no table {', '.join(missing)})")
    return conn


def _select(conn: sqlite3.Connection, table: str, cols: tuple[str, ...], where: str, params: list) -> list[dict]:
    """Rows of a contract table as dicts of Python values (a column an older store lacks reads as None)."""
    have = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
    kinds = column_kinds(table)
    exprs = ", ".join(f't."{c}"' if c in have else "NULL" for c in cols)
    typed = [(n, kinds[c]) for n, c in enumerate(cols) if kinds[c] in _CONVERTED]
    out = []
    for r in conn.execute(f'SELECT {exprs} FROM "{table}" t {where}', params):
        if typed:
            r = list(r)
            for n, kind in typed:
                r[n] = from_sql(kind, r[n])
        out.append(dict(zip(cols, r, strict=True)))
    return out


def _frame(rows: list[dict], cols: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame.from_records([tuple(r.values()) for r in rows], columns=list(cols)).astype(object)


#: the one-year budget lines :func:`~lkjip.validate.corpus_facts.budget_totals` reads: total and program lines,
#: and the first line of each table (which keeps the tables in the order they first appear)
_BUDGET_ROWS = (" AND t.tahun IS NULL AND (t.level IN ('total', 'program') OR t.rowid IN (SELECT MIN(rowid) "
                "FROM budget_lines WHERE report_id IN {ids} AND tahun IS NULL GROUP BY report_id, source_table)) "
                "ORDER BY t.report_id, t.rowid")


def _in(ids: list[str]) -> str:
    return "(" + ",".join("?" * len(ids)) + ")"


@dataclass
class Chunk:
    """The reports of one chunk, in page order, with their budget totals, flags and indicator values."""

    reports: list[dict]
    totals: dict[str, BudgetTotal]
    flags: dict[str, list[dict]]
    indicators: dict[str, dict] = field(default_factory=dict)


def _read_chunk(conn: sqlite3.Connection, part: list[str], indicators: bool) -> Chunk:
    """What the page shows of the reports ``part`` (every indicator value of their year with ``indicators``)."""
    cond = "WHERE t.report_id IN " + _in(part)
    reports = _select(conn, "reports", REPORT_COLS, cond, part)
    lines = _select(conn, "budget_lines", BUDGET_COLS, cond + _BUDGET_ROWS.format(ids=_in(part)), part + part)
    flags: dict[str, list[dict]] = {}
    for f in _select(conn, "flags", FLAG_COLS, cond + " ORDER BY t.report_id, t.rowid", part):
        flags.setdefault(f["report_id"], []).append(f)
    chunk = Chunk(reports, budget_totals(_frame(lines, BUDGET_COLS)), flags)
    if indicators:
        perf = _select(conn, "performance", PERF_COLS, "JOIN reports r ON r.report_id = t.report_id "
                       + cond + " AND t.tahun = r.tahun AND r.status != 'failed' ORDER BY t.report_id, t.rowid",
                       part)
        years = {r["report_id"]: r["tahun"] for r in reports if r["status"] != "failed"}
        chunk.indicators = indicator_values(_frame(perf, PERF_COLS), years)
    return chunk


class PageCache:
    """What the page shows of each report, kept between runs (a piece per report in a
    :class:`~lkjip.corpus.segments.SegmentCache`) with the fingerprints of its segment in the four tables the
    page reads: a rerun reads the store only for the reports of segments written since."""

    KIND = "page"

    def __init__(self, cache, fingerprints: dict[str, tuple]):
        self.cache, self.fingerprints, self.seen = cache, fingerprints, set()

    def chunk(self, conn: sqlite3.Connection, part: list[str]) -> Chunk:
        keys = {rid: self.cache.key(self.fingerprints.get(segment_of(rid)), ",".join(REPORT_COLS + FLAG_COLS)) for rid in part}
        got: dict[str, tuple] = {}
        for rid in part:
            data = self.cache.get(self.KIND, "report", rid, keys[rid])
            if data is not None:
                got[rid] = pickle.loads(zlib.decompress(data))  # noqa: S301 - our own cache, written below
        missing = [rid for rid in part if rid not in got]
        if missing:
            made = _read_chunk(conn, missing, True)
            for r in made.reports:
                rid = r["report_id"]
                got[rid] = (r, made.totals.get(rid), made.flags.get(rid, []), made.indicators.get(rid, {}))
                self.cache.put(self.KIND, "report", rid, keys[rid], zlib.compress(pickle.dumps(got[rid]), 1))
        self.seen.update(part)
        out = Chunk([], {}, {}, {})
        for rid in part:
            r, total, flags, values = got[rid]
            out.reports.append(r)
            if total is not None:
                out.totals[rid] = total
            if flags:
                out.flags[rid] = flags
            if values:
                out.indicators[rid] = values
        return out

    def prune(self) -> None:
        """Forget the reports no longer in the store."""
        self.cache.keep(self.KIND, "report", self.seen)


def report_chunks(conn: sqlite3.Connection, indicator_keys: set[str], cache: PageCache | None = None) -> Iterator[Chunk]:
    """The reports ordered by source_file, CHUNK at a time, each with what the page shows of it."""
    ids = [r[0] for r in conn.execute("SELECT report_id FROM reports ORDER BY source_file, report_id")]
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        chunk = cache.chunk(conn, part) if cache is not None else _read_chunk(conn, part, bool(indicator_keys))
        order = {rid: n for n, rid in enumerate(part)}
        chunk.reports.sort(key=lambda r: order[r["report_id"]])
        chunk.indicators = {rid: {k: v for k, v in vals.items() if k in indicator_keys}
                            for rid, vals in chunk.indicators.items()}
        yield chunk
    if cache is not None:
        cache.prune()


def shared_indicators(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """The indicators most reports share (key, reports), at least two reports each, counted by SQL: the
    indicators of each report's own year, keyed by :func:`~lkjip.normalize.names.name_key`."""
    conn.create_function("name_key", 1, lambda s: name_key(s or ""), deterministic=True)
    sql = ("SELECT name_key(p.indikator) AS k, COUNT(DISTINCT p.report_id) AS n FROM performance p "
           "JOIN reports r ON r.report_id = p.report_id WHERE r.status != 'failed' AND p.tahun = r.tahun "
           "AND (p.target IS NOT NULL OR p.realisasi IS NOT NULL) GROUP BY k HAVING k != '' AND n >= 2 "
           "ORDER BY n DESC, k LIMIT ?")
    return [(k, n) for k, n in conn.execute(sql, (MAX_INDICATOR_CHARTS,))]


def _fmt_money(v: Decimal | None) -> str | None:
    return None if v is None else format_money(v)


def _fmt_pct(v: Decimal | None) -> str | None:
    return None if v is None else format_number(v, 2)


@dataclass
class GroupTotals:
    """A kabupaten or an office (kabupaten + instansi): its reports, statuses, flags and exact budget sums
    (of the reports that did not fail)."""

    kabupaten: str | None
    instansi: str | None
    kab: int  # index of the kabupaten row
    ix: int = 0  # index of this group's row
    reports: int = 0
    statuses: Counter = field(default_factory=Counter)
    severities: Counter = field(default_factory=Counter)
    anggaran: Decimal = Decimal(0)
    absorbed: Decimal = Decimal(0)  # Σ anggaran of the reports that print a realisasi
    realisasi: Decimal = Decimal(0)
    budgets: int = 0
    years: set = field(default_factory=set)
    offices: int = 0

    def add(self, r: dict, total: BudgetTotal | None, severities: Counter) -> None:
        self.reports += 1
        self.statuses[r["status"]] += 1
        self.severities.update(severities)
        if r["tahun"] is not None:
            self.years.add(r["tahun"])
        if total is not None and r["status"] != "failed":
            self.budgets += 1
            self.anggaran += total.anggaran
            if total.serapan is not None:
                self.absorbed += total.anggaran
                self.realisasi += total.realisasi

    @property
    def serapan(self) -> Decimal | None:
        return self.realisasi / self.absorbed * _HUNDRED if self.absorbed else None

    def row(self) -> list:
        years = sorted(self.years)
        span = None if not years else str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        return [self.kabupaten, self.instansi, self.reports, self.statuses["success"], self.statuses["partial"],
                self.statuses["failed"], *(self.severities[s] for s in SEVERITIES),
                _fmt_money(self.anggaran) if self.budgets else None,
                _fmt_money(self.realisasi) if self.absorbed else None, _fmt_pct(self.serapan), span, self.offices,
                self.kab]


@dataclass
class PageTotals:
    """What the page's overview needs after the reports have streamed by: groups and chart series."""

    kabupaten: dict[str, GroupTotals] = field(default_factory=dict)
    offices: dict[tuple[str, str], GroupTotals] = field(default_factory=dict)
    serapan_by_report: bool = True
    serapan_reports: list[tuple[ReportInfo, Decimal]] = field(default_factory=list)
    indicators: list[IndicatorSeries] = field(default_factory=list)
    chunks: int = 0

    def charts(self) -> list[str]:
        groups = {k: (g.kabupaten or "(tanpa kabupaten)", g.absorbed, g.realisasi, g.reports)
                  for k, g in self.kabupaten.items()}
        charts = [serapan_chart(self.serapan_reports, groups, self.serapan_by_report)]
        charts += [s.chart(n + 1) for n, s in enumerate(self.indicators)]
        return [c for c in charts if c]


def _group(groups: dict, key, kabupaten, instansi, kab: int | None) -> GroupTotals:
    """The group of ``key``, created (with the next index) the first time; a kabupaten is its own ``kab``."""
    g = groups.get(key)
    if g is None:
        ix = len(groups)
        g = groups[key] = GroupTotals(kabupaten, instansi, ix if kab is None else kab, ix)
    return g


def _report_row(r: dict, total: BudgetTotal | None, sev: Counter, rules: list[str], kab: int, office: int) -> list:
    return [r["report_id"], r["instansi"] or None, r["kabupaten"], r["tahun"], r["status"], r["source_file"],
            r["input_format"], r["pages"], r["signer_name"], r["error"], _fmt_money(total.anggaran) if total else None,
            _fmt_money(total.realisasi) if total else None, _fmt_pct(total.serapan) if total else None,
            total.source_table if total else None, *(sev[s] for s in SEVERITIES), kab, office, " ".join(rules)]


def _flag_row(f: dict) -> list:
    unc = f["uncertain"]
    return [f["severity"], f["rule"], f["message"], f["expected"], f["found"], f["source_table"], f["page"],
            f["line_no"], f["evidence"] or None, None if unc is None else int(bool(unc))]


def _take(page: PageTotals, series: dict[str, IndicatorSeries], chunk: Chunk) -> tuple[list, list]:
    """One chunk's report rows and flag block; its reports added to the groups and chart series."""
    rows, flag_block = [], []
    for r in chunk.reports:
        rid, total = r["report_id"], chunk.totals.get(r["report_id"])
        flags = chunk.flags.get(rid, [])
        sev = Counter(f["severity"] for f in flags)
        kab_key = name_key(r["kabupaten"] or "")
        kg = _group(page.kabupaten, kab_key, r["kabupaten"], None, None)
        n_offices = len(page.offices)
        og = _group(page.offices, (kab_key, name_key(r["instansi"] or "")), r["kabupaten"],
                    r["instansi"] or "(tanpa instansi)", kg.kab)
        kg.offices += len(page.offices) > n_offices
        kg.add(r, total, sev)
        og.add(r, total, sev)
        rows.append(_report_row(r, total, sev, sorted({f["rule"] for f in flags}), kg.kab, og.ix))
        flag_block.append([_flag_row(f) for f in flags])
        info = ReportInfo(rid, r["source_file"], r["instansi"], r["kabupaten"], r["tahun"])
        if page.serapan_by_report and r["status"] != "failed" and total is not None and total.serapan is not None:
            page.serapan_reports.append((info, total.serapan))
        for key, v in chunk.indicators.get(rid, {}).items():
            series[key].add(info, kab_key, r["kabupaten"] or "(tanpa kabupaten)", v)
    return rows, flag_block


def stream_reports(conn: sqlite3.Connection, rows_out: TextIO, flags_out: TextIO,
                   cache: PageCache | None = None) -> PageTotals:
    """Write the embedded report rows to ``rows_out`` and their flags to ``flags_out``, one block per chunk
    (``lkjip-reports-K``, ``lkjip-flags-K``); return the totals the overview needs. With ``cache``, what the
    page shows of a report unchanged since the last run is read from there."""
    n_active = conn.execute("SELECT COUNT(*) FROM reports WHERE status != 'failed'").fetchone()[0]
    page = PageTotals(serapan_by_report=n_active <= MAX_BARS)
    page.indicators = [IndicatorSeries(k, n) for k, n in shared_indicators(conn)]
    series = {s.key: s for s in page.indicators}
    for k, chunk in enumerate(report_chunks(conn, set(series), cache)):
        rows, flag_block = _take(page, series, chunk)
        rows_out.write(data_script(f"lkjip-reports-{k}", json_text(rows)))
        flags_out.write(data_script(f"lkjip-flags-{k}", json_text(flag_block)))
        page.chunks = k + 1
    return page


def group_rows(groups: dict) -> list[list]:
    return [g.row() for g in groups.values()]
