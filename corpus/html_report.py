"""``report.html``: one self-contained page over the corpus.

No external resource of any kind: CSS and a few lines of JavaScript (a
filter) are inline, charts are inline SVG drawn here. The page shows an
overview table, two charts across reports — budget absorption per kecamatan,
and target vs realisasi of the indicators several reports share (such as
IKM) — and per report its status, failure reason and flags grouped by
severity with their evidence.

Every string that comes from a document or a file name passes
``html.escape`` (:func:`e`) before it reaches the page.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pandas as pd

from lkjip import __version__
from lkjip.normalize.numbers import format_money, format_number
from lkjip.validate.corpus_facts import budget_totals, indicator_values, report_infos

SEVERITIES = ("error", "warning", "info")
MAX_INDICATOR_CHARTS = 6
_COLORS = {"target": "#9db4d9", "realisasi": "#305496", "bar": "#3a7d44", "low": "#c0392b"}


def e(s) -> str:
    """Escape anything for HTML text and attribute values."""
    return html.escape("" if s is None else str(s), quote=True)


def _missing(v) -> bool:
    if v is None:
        return True
    if isinstance(v, str | Decimal | int):
        return False
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _num(v, places: int = 2) -> str:
    return "–" if _missing(v) else format_number(Decimal(v), places)


def _money(v) -> str:
    return "–" if _missing(v) else format_money(Decimal(v))


_CSS = """
:root{--err:#c0392b;--warn:#d68910;--info:#2874a6;--ok:#3a7d44;--muted:#666}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1.5rem;color:#222;
background:#fafafa;line-height:1.4}
h1{margin:0 0 .25rem}h2{margin-top:2rem;border-bottom:2px solid #ddd;padding-bottom:.25rem}
.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#305496;color:#fff;position:sticky;top:0}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:.6rem;font-size:.8rem;color:#fff}
.success{background:var(--ok)}.partial{background:var(--warn)}.failed{background:var(--err)}
.sev-error{border-left:4px solid var(--err)}.sev-warning{border-left:4px solid var(--warn)}
.sev-info{border-left:4px solid var(--info)}
.report{background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.75rem 1rem;margin:1rem 0}
.report h3{margin:.1rem 0 .4rem}
.flag{margin:.4rem 0;padding:.3rem .6rem;background:#fcfcfc}
.flag .rule{font-family:ui-monospace,monospace;font-size:.85rem}
.evidence{font-size:.85rem;color:#333;white-space:pre-wrap}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}
figure{margin:0;background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.5rem}
figcaption{font-weight:600;margin-bottom:.3rem}
.filter{margin:1rem 0;display:flex;gap:.5rem;flex-wrap:wrap}
.filter input,.filter select{padding:.3rem;font-size:1rem}
.hidden{display:none}
"""

_JS = """
(function () {
  "use strict";
  var box = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  function apply() {
    var q = box.value.toLowerCase();
    var s = status.value;
    var items = document.querySelectorAll("[data-report]");
    for (var i = 0; i < items.length; i++) {
      var el = items[i];
      var okText = !q || el.getAttribute("data-search").indexOf(q) !== -1;
      var okStatus = !s || el.getAttribute("data-status") === s;
      el.classList.toggle("hidden", !(okText && okStatus));
    }
  }
  box.addEventListener("input", apply);
  status.addEventListener("change", apply);
  apply();
  document.documentElement.setAttribute("data-ready", "1");
})();
"""


# --- charts --------------------------------------------------------------------------------------


def bar_chart_svg(title: str, items: list[tuple[str, Decimal]], *, unit: str = "", reference: Decimal | None = None,
                  chart_id: str = "") -> str:
    """A horizontal bar chart as inline SVG: one bar per (label, value)."""
    if not items:
        return ""
    row_h, label_w, bar_w, pad = 22, 260, 360, 70
    height = row_h * len(items) + 40
    top = max([v for _, v in items] + [reference or Decimal(0), Decimal(1)])
    scale = Decimal(bar_w) / top
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{e(chart_id)}" role="img" '
             f'width="{label_w + bar_w + pad}" height="{height}" aria-label="{e(title)}">',
             f"<title>{e(title)}</title>"]
    for i, (label, v) in enumerate(items):
        y = 10 + i * row_h
        w = max(float(max(v, Decimal(0)) * scale), 0.0)
        color = _COLORS["low"] if reference is not None and v < reference * Decimal("0.8") else _COLORS["bar"]
        short = label if len(label) <= 36 else label[:35] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">{e(short)}</text>')
        parts.append(f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" '
                     f'fill="{color}"><title>{e(label)}: {e(format_number(v, 2))}{e(unit)}</title></rect>')
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 15}" font-size="11">{e(format_number(v, 2))}{e(unit)}</text>')
    if reference is not None:
        x = label_w + float(reference * scale)
        parts.append(f'<line x1="{x:.1f}" y1="4" x2="{x:.1f}" y2="{height - 22}" stroke="#888" '
                     f'stroke-dasharray="4 3"/><text x="{x:.1f}" y="{height - 8}" font-size="11" '
                     f'text-anchor="middle">{e(format_number(reference, 0))}{e(unit)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def paired_chart_svg(title: str, items: list[tuple[str, Decimal | None, Decimal | None]], chart_id: str = "") -> str:
    """Target vs realisasi per report as inline SVG: two bars per (label, target, realisasi)."""
    items = [it for it in items if it[1] is not None or it[2] is not None]
    if not items:
        return ""
    row_h, label_w, bar_w, pad = 30, 260, 340, 80
    height = row_h * len(items) + 44
    top = max([v for _, t, r in items for v in (t, r) if v is not None] + [Decimal(1)])
    scale = Decimal(bar_w) / top
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{e(chart_id)}" role="img" '
             f'width="{label_w + bar_w + pad}" height="{height}" aria-label="{e(title)}">',
             f"<title>{e(title)}</title>"]
    for i, (label, target, real) in enumerate(items):
        y = 8 + i * row_h
        short = label if len(label) <= 36 else label[:35] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 17}" text-anchor="end" font-size="12">{e(short)}</text>')
        for j, (kind, v) in enumerate((("target", target), ("realisasi", real))):
            if v is None:
                continue
            w = max(float(max(v, Decimal(0)) * scale), 0.0)
            yy = y + 2 + j * 12
            parts.append(f'<rect class="bar {kind}" x="{label_w}" y="{yy}" width="{w:.1f}" height="11" '
                         f'fill="{_COLORS[kind]}"><title>{e(label)} {kind}: {e(format_number(v))}</title></rect>')
            parts.append(f'<text x="{label_w + w + 4:.1f}" y="{yy + 10}" font-size="10">{e(format_number(v))}</text>')
    ly = height - 14
    parts.append(f'<rect x="{label_w}" y="{ly - 9}" width="10" height="10" fill="{_COLORS["target"]}"/>'
                 f'<text x="{label_w + 14}" y="{ly}" font-size="11">target</text>'
                 f'<rect x="{label_w + 70}" y="{ly - 9}" width="10" height="10" fill="{_COLORS["realisasi"]}"/>'
                 f'<text x="{label_w + 84}" y="{ly}" font-size="11">realisasi</text>')
    parts.append("</svg>")
    return "".join(parts)


def _labels(infos) -> dict[str, str]:
    """A chart label per report: "Kecamatan X (2022)", with the file name when two reports share it."""
    base = {}
    for i in infos:
        name = i.instansi or i.source_file
        base[i.report_id] = f"{name} ({i.tahun})" if i.tahun is not None else name
    seen = Counter(base.values())
    by_id = {i.report_id: i for i in infos}
    return {rid: f"{lab} · {Path(by_id[rid].source_file).name}" if seen[lab] > 1 else lab for rid, lab in base.items()}


def _chart_order(i) -> tuple:
    return str(i.kabupaten), i.tahun or 0, str(i.instansi), i.source_file


def _figure(title: str, svg: str) -> str:
    return f"<figure><figcaption>{e(title)}</figcaption>{svg}</figure>" if svg else ""


def absorption_chart(tables: dict[str, pd.DataFrame]) -> str:
    """The absorption chart as a <figure> ("" without data)."""
    infos = sorted(report_infos(tables["reports"]), key=_chart_order)
    labels = _labels(infos)
    totals = budget_totals(tables["budget_lines"])
    items = []
    for i in infos:
        t = totals.get(i.report_id)
        if t is not None and t.serapan is not None:
            items.append((labels[i.report_id], t.serapan))
    title = "Serapan anggaran per kecamatan (%)"
    return _figure(title, bar_chart_svg(title, items, unit=" %", reference=Decimal(100), chart_id="chart-serapan"))


def indicator_charts(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Target vs realisasi of the indicators most reports share, one <figure> each."""
    infos = sorted(report_infos(tables["reports"]), key=_chart_order)
    labels = _labels(infos)
    values = indicator_values(tables["performance"], {i.report_id: i.tahun for i in infos})
    shared = Counter(k for i in infos for k in values.get(i.report_id, {}))
    charts = []
    for n, (key, count) in enumerate(c for c in shared.most_common() if c[1] >= 2):
        if n >= MAX_INDICATOR_CHARTS:
            break
        rows = [(i, values[i.report_id][key]) for i in infos if key in values.get(i.report_id, {})]
        title = f"{rows[0][1].indikator}: target vs realisasi ({count} laporan)"
        items = [(labels[i.report_id], v.target, v.realisasi) for i, v in rows]
        charts.append(_figure(title, paired_chart_svg(title, items, chart_id=f"chart-indikator-{n + 1}")))
    return [c for c in charts if c]


# --- page ----------------------------------------------------------------------------------------


def _flag_html(f: dict) -> str:
    loc = " ".join(x for x in (
        e(f.get("source_table")) if not _missing(f.get("source_table")) else "",
        f"hal. {e(f['page'])}" if not _missing(f.get("page")) else "",
        f"baris {e(f['line_no'])}" if not _missing(f.get("line_no")) else "") if x)
    exp_found = ""
    if not _missing(f.get("expected")) or not _missing(f.get("found")):
        exp_found = (f"<div>diharapkan <b>{e(f.get('expected') if not _missing(f.get('expected')) else '–')}</b>, "
                     f"tertulis <b>{e(f.get('found') if not _missing(f.get('found')) else '–')}</b></div>")
    unc = ' <span class="muted">(tidak pasti)</span>' if f.get("uncertain") is True else ""
    ev = f'<div class="evidence">{e(f["evidence"])}</div>' if not _missing(f.get("evidence")) and f["evidence"] else ""
    return (f'<div class="flag sev-{e(f["severity"])}"><span class="rule">{e(f["rule"])}</span>{unc} '
            f'<span class="muted">{loc}</span><div>{e(f["message"])}</div>{exp_found}{ev}</div>')


def _report_html(r: dict, flags: list[dict], total) -> str:
    rid = r["report_id"]
    title = r["instansi"] if not _missing(r["instansi"]) else r["source_file"]
    search = " ".join(str(r[k]) for k in ("instansi", "kabupaten", "tahun", "source_file") if not _missing(r[k]))
    meta = [("file", r["source_file"]), ("report_id", rid), ("format", r["input_format"]),
            ("kabupaten", r["kabupaten"]), ("tahun", r["tahun"]), ("halaman", r["pages"]),
            ("penandatangan", r["signer_name"])]
    meta_html = " · ".join(f"{e(k)}: <b>{e(v)}</b>" for k, v in meta if not _missing(v))
    parts = [f'<section class="report" id="r-{e(rid)}" data-report="1" data-status="{e(r["status"])}" '
             f'data-search="{e(search.lower())}">',
             f'<h3>{e(title)} <span class="badge {e(r["status"])}">{e(r["status"])}</span></h3>',
             f'<div class="muted">{meta_html}</div>']
    if not _missing(r.get("error")):
        parts.append(f'<p><b>Alasan:</b> {e(r["error"])}</p>')
    if total is not None:
        parts.append(f"<p>Anggaran {e(_money(total.anggaran))} · realisasi {e(_money(total.realisasi))} · "
                     f"serapan {e(_num(total.serapan))} % <span class='muted'>({e(total.source_table)})</span></p>")
    by_sev = {s: [f for f in flags if f["severity"] == s] for s in SEVERITIES}
    if not flags:
        parts.append('<p class="muted">Tidak ada temuan.</p>')
    for sev in SEVERITIES:
        items = by_sev[sev]
        if items:
            opened = " open" if sev != "info" else ""
            parts.append(f"<details{opened}><summary>{e(sev)} ({len(items)})</summary>"
                         + "".join(_flag_html(f) for f in items) + "</details>")
    parts.append("</section>")
    return "".join(parts)


def render_html(tables: dict[str, pd.DataFrame], *, title: str = "LKjIP — ringkasan korpus") -> str:
    reports, flags = tables["reports"], tables["flags"]
    totals = budget_totals(tables["budget_lines"])
    flag_rows: dict[str, list[dict]] = {}
    for f in flags.to_dict("records"):
        flag_rows.setdefault(f["report_id"], []).append(f)
    report_rows = sorted(reports.to_dict("records"), key=lambda r: (str(r["source_file"]), r["report_id"]))
    status_counts = Counter(reports["status"])
    sev_counts = Counter(flags["severity"])

    overview = ["<table><thead><tr><th>instansi</th><th>kabupaten</th><th>tahun</th><th>status</th>"
                "<th>anggaran</th><th>serapan %</th><th>error</th><th>warning</th><th>info</th><th>file</th>"
                "</tr></thead><tbody>"]
    for r in report_rows:
        rid = r["report_id"]
        c = Counter(f["severity"] for f in flag_rows.get(rid, []))
        t = totals.get(rid)
        search = " ".join(str(r[k]) for k in ("instansi", "kabupaten", "tahun", "source_file") if not _missing(r[k]))
        overview.append(
            f'<tr data-report="1" data-status="{e(r["status"])}" data-search="{e(search.lower())}">'
            f'<td><a href="#r-{e(rid)}">{e(r["instansi"] if not _missing(r["instansi"]) else r["source_file"])}</a></td>'
            f'<td>{e(r["kabupaten"] if not _missing(r["kabupaten"]) else "–")}</td>'
            f'<td>{e(r["tahun"] if not _missing(r["tahun"]) else "–")}</td>'
            f'<td><span class="badge {e(r["status"])}">{e(r["status"])}</span></td>'
            f'<td class="num">{e(_money(t.anggaran) if t else "–")}</td>'
            f'<td class="num">{e(_num(t.serapan) if t else "–")}</td>'
            f'<td class="num">{c["error"]}</td><td class="num">{c["warning"]}</td><td class="num">{c["info"]}</td>'
            f'<td>{e(r["source_file"])}</td></tr>')
    overview.append("</tbody></table>")

    charts = [absorption_chart(tables)] + indicator_charts(tables)
    charts = [c for c in charts if c]
    chart_html = ('<div class="charts">' + "".join(charts) + "</div>"
                  if charts else '<p class="muted">Belum ada data untuk grafik.</p>')

    sections = [_report_html(r, flag_rows.get(r["report_id"], []), totals.get(r["report_id"]))
                for r in report_rows]
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    summary = (f"{len(reports)} laporan: " + ", ".join(f"{e(k)} {v}" for k, v in sorted(status_counts.items()))
               + " · temuan: " + ", ".join(f"{e(s)} {sev_counts.get(s, 0)}" for s in SEVERITIES))
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="id">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        f"<h1>{e(title)}</h1>", f'<p class="muted">{summary} · dibuat {e(stamp)} · lkjip {e(__version__)}</p>',
        '<div class="filter"><input id="filter-text" type="search" placeholder="cari instansi / file…" '
        'aria-label="cari"><select id="filter-status" aria-label="status"><option value="">semua status</option>'
        '<option value="success">success</option><option value="partial">partial</option>'
        '<option value="failed">failed</option></select></div>',
        "<h2>Grafik</h2>", chart_html, "<h2>Laporan</h2>", "".join(overview),
        "<h2>Rincian per laporan</h2>", "".join(sections),
        f"<script>{_JS}</script>", "</body>", "</html>", ""])


def write_html(tables: dict[str, pd.DataFrame], path: str | os.PathLike) -> Path:
    """Write the page to a temporary name, then rename it into place."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(render_html(tables), encoding="utf-8")
    os.replace(tmp, path)
    return path
