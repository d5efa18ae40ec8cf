"""The review page's charts: inline SVG drawn here, bounded in size at any corpus size.

A chart has one bar per report while a corpus is small (at most :data:`MAX_BARS` reports with data), and one
bar per kabupaten beyond that (exact ``Decimal`` sums and means of the reports of each kabupaten), so that
20,000 reports still draw a chart of a few dozen bars. Every string passes :func:`e` before it reaches the page.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from lkjip.normalize.numbers import format_number
from lkjip.validate.corpus_facts import IndicatorValue, ReportInfo

#: above this many reports with data, a chart draws one bar per kabupaten instead of one per report
MAX_BARS = 40
#: at most this many kabupaten bars (the ones with the most reports), the rest named in the caption
MAX_GROUP_BARS = 60
MAX_INDICATOR_CHARTS = 6
_COLORS = {"target": "#9db4d9", "realisasi": "#305496", "bar": "#3a7d44", "low": "#c0392b"}
_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


def e(s) -> str:
    """Escape anything for HTML text and attribute values."""
    return html.escape("" if s is None else str(s), quote=True)


def _short(label: str) -> str:
    return label if len(label) <= 36 else label[:35] + "…"


def _svg_open(title: str, chart_id: str, width: int, height: int) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{e(chart_id)}" role="img" '
            f'width="{width}" height="{height}" aria-label="{e(title)}">', f"<title>{e(title)}</title>"]


def bar_chart_svg(title: str, items: list[tuple[str, Decimal]], *, unit: str = "", reference: Decimal | None = None,
                  chart_id: str = "") -> str:
    """A horizontal bar chart as inline SVG: one bar per (label, value)."""
    if not items:
        return ""
    row_h, label_w, bar_w, pad = 22, 260, 360, 70
    height = row_h * len(items) + 40
    top = max([v for _, v in items] + [reference or Decimal(0), Decimal(1)])
    scale = Decimal(bar_w) / top
    parts = _svg_open(title, chart_id, label_w + bar_w + pad, height)
    for i, (label, v) in enumerate(items):
        y = 10 + i * row_h
        w = max(float(max(v, Decimal(0)) * scale), 0.0)
        color = _COLORS["low"] if reference is not None and v < reference * Decimal("0.8") else _COLORS["bar"]
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">{e(_short(label))}</text>')
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
    """Target vs realisasi as inline SVG: two bars per (label, target, realisasi)."""
    items = [it for it in items if it[1] is not None or it[2] is not None]
    if not items:
        return ""
    row_h, label_w, bar_w, pad = 30, 260, 340, 80
    height = row_h * len(items) + 44
    top = max([v for _, t, r in items for v in (t, r) if v is not None] + [Decimal(1)])
    scale = Decimal(bar_w) / top
    parts = _svg_open(title, chart_id, label_w + bar_w + pad, height)
    for i, (label, target, real) in enumerate(items):
        y = 8 + i * row_h
        parts.append(f'<text x="{label_w - 6}" y="{y + 17}" text-anchor="end" font-size="12">{e(_short(label))}</text>')
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


def figure(title: str, svg: str, note: str = "") -> str:
    """A chart as a <figure> ("" without one)."""
    note_html = f'<div class="muted">{e(note)}</div>' if note else ""
    return f"<figure><figcaption>{e(title)}</figcaption>{svg}{note_html}</figure>" if svg else ""


def report_labels(infos: list[ReportInfo]) -> dict[str, str]:
    """A chart label per report: "Kecamatan X (2022)", with the file name when two reports share it."""
    base = {}
    for i in infos:
        name = i.instansi or i.source_file
        base[i.report_id] = f"{name} ({i.tahun})" if i.tahun is not None else name
    seen = Counter(base.values())
    by_id = {i.report_id: i for i in infos}
    return {rid: f"{lab} · {Path(by_id[rid].source_file).name}" if seen[lab] > 1 else lab for rid, lab in base.items()}


def chart_order(i: ReportInfo) -> tuple:
    return str(i.kabupaten), i.tahun or 0, str(i.instansi), i.source_file


# --- values gathered a chunk of reports at a time ------------------------------------------------------


@dataclass
class Mean:
    """An exact running sum and count."""

    total: Decimal = Decimal(0)
    n: int = 0

    def add(self, v: Decimal | None) -> None:
        if v is not None:
            self.total += v
            self.n += 1

    @property
    def value(self) -> Decimal | None:
        """The mean, rounded half-up to 2 decimals (a chart label, not a figure of the dataset)."""
        return (self.total / self.n).quantize(_CENT, rounding=ROUND_HALF_UP) if self.n else None


@dataclass
class IndicatorSeries:
    """One shared indicator across the corpus: per report while few, else per kabupaten means."""

    key: str
    count: int  # reports that have it
    name: str = ""
    per_report: list[tuple[ReportInfo, IndicatorValue]] = field(default_factory=list)
    per_group: dict[str, tuple[str, Mean, Mean]] = field(default_factory=dict)

    @property
    def by_report(self) -> bool:
        return self.count <= MAX_BARS

    def add(self, info: ReportInfo, group_key: str, group_label: str, v: IndicatorValue) -> None:
        self.name = self.name or v.indikator
        if self.by_report:
            self.per_report.append((info, v))
            return
        _, target, real = self.per_group.setdefault(group_key, (group_label, Mean(), Mean()))
        target.add(v.target)
        real.add(v.realisasi)

    def chart(self, n: int) -> str:
        chart_id = f"chart-indikator-{n}"
        if self.by_report:
            rows = sorted(self.per_report, key=lambda p: chart_order(p[0]))
            labels = report_labels([i for i, _ in rows])
            title = f"{self.name}: target vs realisasi ({self.count} laporan)"
            items = [(labels[i.report_id], v.target, v.realisasi) for i, v in rows]
            return figure(title, paired_chart_svg(title, items, chart_id=chart_id))
        groups, rest = top_groups(self.per_group, lambda g: g[1].n + g[2].n)
        title = f"{self.name}: target vs realisasi, rata-rata per kabupaten ({self.count} laporan)"
        items = [(label, t.value, r.value) for label, t, r in groups]
        return figure(title, paired_chart_svg(title, items, chart_id=chart_id), rest)


def top_groups(groups: dict, weight) -> tuple[list, str]:
    """At most :data:`MAX_GROUP_BARS` groups (the heaviest), by label; and a note naming how many are left out."""
    ranked = sorted(groups.values(), key=lambda g: (-weight(g), str(g[0])))
    kept = sorted(ranked[:MAX_GROUP_BARS], key=lambda g: str(g[0]))
    left = len(ranked) - len(kept)
    return kept, (f"{left} kabupaten lain dengan lebih sedikit laporan tidak digambar." if left else "")


def serapan_chart(per_report: list[tuple[ReportInfo, Decimal]], per_group: dict[str, tuple[str, Decimal, Decimal, int]],
                  by_report: bool) -> str:
    """Budget absorption: per report (``per_report``) or per kabupaten (label, Σ anggaran, Σ realisasi, reports)."""
    if by_report:
        rows = sorted(per_report, key=lambda p: chart_order(p[0]))
        labels = report_labels([i for i, _ in rows])
        items, title, note = [(labels[i.report_id], v) for i, v in rows], "Serapan anggaran per kecamatan (%)", ""
    else:
        groups, note = top_groups({k: g for k, g in per_group.items() if g[1]}, lambda g: g[3])
        items = [(label, real / ang * _HUNDRED) for label, ang, real, _ in groups]
        title = "Serapan anggaran per kabupaten (%, jumlah realisasi / jumlah anggaran)"
    return figure(title, bar_chart_svg(title, items, unit=" %", reference=_HUNDRED, chart_id="chart-serapan"), note)
