"""``report.html``: one self-contained page over the corpus, fast at any corpus size.

No external resource of any kind: CSS, the script and the data are inline, charts are inline SVG
(:mod:`lkjip.corpus.html_charts`). The page shows the corpus's totals, the charts, a table per kabupaten and
per office (kabupaten + instansi), and the reports, each opening to its status, failure reason, budget
total and flags grouped by severity with their rule, location and evidence. The long lists are embedded as
compact JSON (:mod:`lkjip.corpus.review_data`) and drawn a page of rows at a time by the inline script
(:mod:`lkjip.corpus.review_assets`); a report's flags are parsed only when it is opened. Search runs in the
page over an index of instansi, kabupaten, tahun, file and the rules a report trips, and on request in the
flags' messages and evidence too.

The page is written from the SQLite store (:func:`write_html_from_db`) a chunk of reports at a time, never
holding the corpus in memory; :func:`write_html` writes the same page from the dataset's tables. In a batch
what the page shows of each report is cached by segment (:class:`~lkjip.corpus.review_data.PageCache`), so a
rerun reads from the store only the reports of the segments written since; the aggregates, groups and charts
are added up again from the cached reports, and the page is the one a fresh run writes.
Every string from a document reaches the file HTML-escaped (``html.escape``, in markup and in the embedded
JSON alike, which sits in hidden ``<textarea>`` elements), the page's only ``<script>`` is its own, and the
script sets text only through ``textContent``.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import TextIO

import pandas as pd

from lkjip import __version__
from lkjip.corpus.html_charts import e
from lkjip.corpus.review_assets import CSS, JS
from lkjip.corpus.review_data import (
    CHUNK,
    FLAG_FIELDS,
    GROUP_FIELDS,
    REPORT_FIELDS,
    SEVERITIES,
    PageCache,
    PageTotals,
    connect,
    data_script,
    group_rows,
    json_text,
    stream_reports,
)
from lkjip.corpus.segments import SegmentCache
from lkjip.corpus.store import Store, table_rows

#: rows per page of every long table
PAGE_SIZE = 50
#: the page's cache beside the output (see :func:`write_html_from_db`; deleting it only costs time)
CACHE_NAME = ".lkjip-cache-page.sqlite"
#: the tables the page reads
PAGE_TABLES = ("reports", "budget_lines", "performance", "flags")
DEFAULT_TITLE = "LKjIP — ringkasan korpus"


def _summary(conn: sqlite3.Connection, page: PageTotals) -> str:
    """The corpus in one line, counted by SQL: reports per status, flags per severity, kabupaten, offices."""
    statuses = conn.execute("SELECT status, COUNT(*) FROM reports GROUP BY status ORDER BY status").fetchall()
    sev = dict(conn.execute("SELECT severity, COUNT(*) FROM flags GROUP BY severity").fetchall())
    n = sum(c for _, c in statuses)
    return (f"{n} laporan: " + ", ".join(f"{e(k)} {v}" for k, v in statuses)
            + " · temuan: " + ", ".join(f"{e(s)} {sev.get(s, 0)}" for s in SEVERITIES)
            + f" · {len(page.kabupaten)} kabupaten · {len(page.offices)} instansi")


def _head(title: str) -> str:
    return "\n".join(["<!DOCTYPE html>", '<html lang="id">', "<head>", '<meta charset="utf-8">',
                      '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      f"<title>{e(title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>", ""])


def _body(title: str, summary: str, charts: list[str]) -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    chart_html = ('<div class="charts">' + "".join(charts) + "</div>"
                  if charts else '<p class="muted">Belum ada data untuk grafik.</p>')
    return "\n".join([
        f"<h1>{e(title)}</h1>", f'<p class="muted" id="summary">{summary} · dibuat {e(stamp)} · lkjip {e(__version__)}</p>',
        "<noscript><p>Tabel halaman ini digambar oleh JavaScript; aktifkan JavaScript, atau buka lkjip.xlsx.</p></noscript>",
        '<div class="filter"><input id="filter-text" type="search" placeholder="cari instansi / kabupaten / file / aturan…" '
        'aria-label="cari"><label><input id="filter-flags" type="checkbox"> juga di temuan (pesan, bukti)</label>'
        '<select id="filter-status" aria-label="status"><option value="">semua status</option>'
        '<option value="success">success</option><option value="partial">partial</option>'
        '<option value="failed">failed</option></select><select id="filter-sort" aria-label="urutan">'
        '<option value="">urut menurut file</option><option value="error">error terbanyak dulu</option>'
        '<option value="serapan">serapan terendah dulu</option></select><span id="filter-scope" class="muted"></span>'
        '<button id="filter-clear" type="button" hidden>× hapus pilihan</button></div>',
        "<h2>Grafik</h2>", chart_html,
        '<h2>Per kabupaten</h2><p class="muted">Anggaran dan serapan: jumlah eksak dari laporan yang tidak gagal. '
        'Klik baris untuk memilih.</p><div id="kabupaten" class="paged"></div>',
        '<h2>Per instansi</h2><div id="instansi" class="paged"></div>',
        '<h2>Laporan</h2><p class="muted">Klik baris untuk membuka temuan dan buktinya.</p>'
        '<div id="reports" class="paged"></div>', ""])


def _meta(page: PageTotals) -> dict:
    return {"page_size": PAGE_SIZE, "chunk": CHUNK, "chunks": page.chunks, "report_fields": list(REPORT_FIELDS),
            "flag_fields": list(FLAG_FIELDS), "group_fields": list(GROUP_FIELDS)}


def render_page(conn: sqlite3.Connection, out: TextIO, *, title: str = DEFAULT_TITLE,
                cache: PageCache | None = None) -> None:
    """Write the whole page to ``out``. The embedded reports stream through temporary files first, since the
    overview above them needs the totals they add up to. The flags come last, after the script: the browser
    draws the first rows while it still reads them (a report opened before then shows its flags once read)."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as rows, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as flags:
        page = stream_reports(conn, rows, flags, cache)
        out.write(_head(title))
        out.write(_body(title, _summary(conn, page), page.charts()))
        out.write(data_script("lkjip-meta", json_text(_meta(page))))
        for part in (rows, flags):
            part.seek(0)
        shutil.copyfileobj(rows, out)
        out.write(data_script("lkjip-kabupaten", json_text(group_rows(page.kabupaten))))
        out.write(data_script("lkjip-instansi", json_text(group_rows(page.offices))))
        out.write(f"<script>{JS}</script>\n")
        shutil.copyfileobj(flags, out)
        out.write("</body>\n</html>\n")


def _write_atomic(path: str | os.PathLike, conn: sqlite3.Connection, cache: PageCache | None = None) -> Path:
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            render_page(conn, out, cache=cache)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _fingerprints(db_path: str | os.PathLike) -> dict[str, tuple]:
    """Segment → its fingerprints in the tables the page reads (see :meth:`~lkjip.corpus.store.Store.segments`)."""
    with Store(db_path, readonly=True) as store:
        per = [store.segments(t) for t in PAGE_TABLES]
    return {seg: tuple(p.get(seg) for p in per) for seg in per[0]}


def write_html_from_db(db_path: str | os.PathLike, out_path: str | os.PathLike,
                       cache_path: str | os.PathLike | None = None) -> Path:
    """Write the page from the store ``db_path`` (``lkjip.sqlite``), streamed: to a temporary name, then
    renamed into place. With ``cache_path`` (a batch: ``OUT/.lkjip-cache-page.sqlite``) what the page shows of
    each report is kept there, and a rerun reads from the store only the reports of the segments written
    since (:class:`~lkjip.corpus.review_data.PageCache`); the page is the same. Raises
    :class:`~lkjip.errors.InputError` when ``db_path`` is not an lkjip store."""
    conn = connect(db_path)
    try:
        if cache_path is None:
            return _write_atomic(out_path, conn)
        with SegmentCache(cache_path) as cache:
            return _write_atomic(out_path, conn, PageCache(cache, _fingerprints(db_path)))
    finally:
        conn.close()


def tables_db(tables: dict[str, pd.DataFrame]) -> sqlite3.Connection:
    """The page's tables in an in-memory store, so that tables and store share one rendering path."""
    store = Store(":memory:")
    for table in PAGE_TABLES:
        got = table_rows(table, tables.get(table))
        if got is not None:
            cols, rows = got
            names = ", ".join(f'"{c}"' for c in cols)
            store.conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})', rows)
    return store.conn


def render_html(tables: dict[str, pd.DataFrame], *, title: str = DEFAULT_TITLE) -> str:
    """The page of the dataset's tables as one string (small corpora, tests)."""
    conn = tables_db(tables)
    try:
        out = io.StringIO()
        render_page(conn, out, title=title)
        return out.getvalue()
    finally:
        conn.close()


def write_html(tables: dict[str, pd.DataFrame], path: str | os.PathLike) -> Path:
    """Write the page of the dataset's tables to a temporary name, then rename it into place."""
    conn = tables_db(tables)
    try:
        return _write_atomic(path, conn)
    finally:
        conn.close()
