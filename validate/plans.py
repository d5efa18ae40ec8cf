"""A plan document against itself: the same indicator's targets in two tables, and target years against
the plan's period.

* ``plan.target_conflict`` — one indicator (matched by name, :mod:`lkjip.validate.matching`) targeted for
  the same year in two tables of one document (a Renstra's Tabel 3.x of tujuan and sasaran and its
  Indikator Kinerja Utama table; an IKU or RKT table) carries one target. When every year of one table
  prints what the other prints for the year before (or after), the flag says the series is shifted by one
  year: a column of years labelled one year off in one of the tables.
* ``plan.period`` — a plan's targets fall in its period (``Renstra 2025-2029``: 2025 to 2029); a target
  year outside it (a 2030 column, no 2025 column) is a warning.

Targets come from ``renstra_targets`` (kind ``target`` only: a baseline or a final condition is no annual
target) and ``indicator_targets``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from lkjip.model import Flag, IndicatorTarget, Provenance, RenstraTarget, Report
from lkjip.validate.engine import Ctx, rule, short
from lkjip.validate.matching import IndicatorItem, greedy_pairs, indicator_score, names_uncertain, sole_flags
from lkjip.validate.tolerance import fmt_value, same_value

#: the document types whose ``meta.tahun`` .. ``meta.tahun_akhir`` is a plan period (a multi-year plan)
PLAN_TYPES = ("renstra", "iku")


@dataclass
class TargetPoint:
    value: Decimal
    raw: str | None
    source: Provenance


@dataclass
class TargetSeries:
    """One indicator's targets per year, as one table prints them."""

    table: str
    indikator: str
    sasaran: str | None
    page: int | None
    years: dict[int, TargetPoint] = field(default_factory=dict)
    sole: bool = True

    @property
    def item(self) -> IndicatorItem:
        return IndicatorItem(self.indikator, self.sasaran, self.sole)

    def text(self, years: Iterable[int]) -> str:
        """``"2026: 86, 2027: 87"``, as printed."""
        return ", ".join(f"{y}: {self.printed(y)}" for y in years if y in self.years)

    def printed(self, y: int) -> str:
        p = self.years[y]
        return p.raw.strip() if p.raw else fmt_value(p.value) or ""


def target_records(report: Report) -> list[RenstraTarget | IndicatorTarget]:
    """The annual targets of a report's plan tables, with a value and a year."""
    recs: list[RenstraTarget | IndicatorTarget] = [r for r in report.renstra_targets if r.jenis == "target"]
    recs += report.indicator_targets
    return [r for r in recs if r.tahun is not None and r.target is not None]


def _table(r: RenstraTarget | IndicatorTarget) -> str:
    return r.source_table if isinstance(r, IndicatorTarget) else (r.source.table or "")


def target_series(report: Report) -> list[TargetSeries]:
    """One series per table and indicator row (the first printing of a year wins within a row)."""
    series: dict[tuple[str, str, str | None], TargetSeries] = {}
    for r in target_records(report):
        key = (_table(r), r.indikator, r.sasaran)
        s = series.setdefault(key, TargetSeries(key[0], r.indikator, r.sasaran, r.source.page))
        s.years.setdefault(r.tahun, TargetPoint(r.target, r.target_text, r.source))
    out = list(series.values())
    by_table: dict[str, list[TargetSeries]] = {}
    for s in out:
        by_table.setdefault(s.table, []).append(s)
    for group in by_table.values():
        for s, sole in zip(group, sole_flags([(s.indikator, s.sasaran) for s in group]), strict=True):
            s.sole = sole
    return out


def _same(a: TargetPoint, b: TargetPoint) -> bool:
    return same_value(a.value, a.raw, b.value, b.raw)


def shift_of(a: TargetSeries, b: TargetSeries) -> tuple[int, list[int]] | None:
    """(+1, exceptions) when ``b`` prints for each year what ``a`` prints for the year before (−1: the year
    after), over at least two years; one year of three or more may differ (a slip in one cell), and is
    returned among the exceptions. None when the series are not one shifted copy of the other."""
    for k in (1, -1):
        years = [y for y in sorted(b.years) if y - k in a.years]
        odd = [y for y in years if not _same(a.years[y - k], b.years[y])]
        if len(years) >= 2 and (not odd or (len(years) >= 3 and len(odd) == 1)):
            return k, odd
    return None


def _pairs(series: list[TargetSeries]) -> Iterator[tuple[TargetSeries, TargetSeries, bool]]:
    """Pairs of one indicator in two tables (earlier page first), with the uncertainty of the name match."""
    tables = list(dict.fromkeys(s.table for s in sorted(series, key=lambda s: (s.page or 0, s.table))))
    for i, ta in enumerate(tables):
        for tb in tables[i + 1:]:
            left = [s for s in series if s.table == ta]
            right = [s for s in series if s.table == tb]
            def score(i: int, j: int, left=left, right=right) -> tuple[float, bool] | None:
                return indicator_score(left[i].item, right[j].item)

            for p in greedy_pairs(len(left), len(right), score):
                a, b = left[p.left], right[p.right]
                yield a, b, p.uncertain or names_uncertain(a.indikator, b.indikator)


@dataclass
class Conflict:
    a: TargetSeries
    b: TargetSeries
    differ: list[int]
    uncertain: bool
    also: list[str] = field(default_factory=list)  # further tables printing what ``a`` prints

    def same_as(self, a: TargetSeries, b: TargetSeries, differ: list[int]) -> bool:
        return b is self.b and differ == self.differ and all(_same(a.years[y], self.a.years[y]) for y in differ)


def conflicts(series: list[TargetSeries]) -> list[Conflict]:
    """Every indicator whose targets differ between two tables; a third table printing what the first
    prints is named on the same conflict, not flagged again."""
    out: list[Conflict] = []
    for a, b, uncertain in _pairs(series):
        differ = [y for y in sorted(set(a.years) & set(b.years)) if not _same(a.years[y], b.years[y])]
        if not differ:
            continue
        prev = next((c for c in out if c.same_as(a, b, differ)), None)
        if prev is not None:
            prev.also.append(a.table)
        else:
            out.append(Conflict(a, b, differ, uncertain))
    return out


def _shift_text(ctx: Ctx, a: TargetSeries, b: TargetSeries) -> str:
    shift = shift_of(a, b)
    if shift is None:
        return ""
    k = shift[0]
    before = k == 1
    odd = ", ".join(f"{y} ({b.printed(y)}/{a.printed(y - k)})" for y in shift[1])
    return ctx.t(f"; seluruh deret bergeser satu tahun: {b.table} mencetak untuk tiap tahun target "
                 f"{a.table} tahun {'sebelumnya' if before else 'berikutnya'}" + (f" (kecuali {odd})" if odd else ""),
                 f"; the whole series is shifted by one year: {b.table} prints for each year "
                 f"{a.table}'s target of the year {'before' if before else 'after'}" + (f" (except {odd})" if odd else ""))


@rule("plan.target_conflict", "error", "one indicator has one target per year in every table of a plan")
def target_conflict(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """The same indicator (matched by name, fuzzy when not identical) targeted for the same year in two
    tables of one document carries the same target (printed precision tolerated, as in
    ``cross.indicator_mismatch``). One flag per indicator and pair of tables, listing every year that
    differs (a third table agreeing with the first is named on that flag); when one table's whole series
    is the other's shifted by one year, the flag says so."""
    for c in conflicts(target_series(report)):
        a, b, differ = c.a, c.b, c.differ
        why = _shift_text(ctx, a, b)
        also = ctx.t(f"; sama dengan {', '.join(c.also)}", f"; as in {', '.join(c.also)}") if c.also else ""
        years = ", ".join(map(str, differ))
        y0 = differ[0]
        yield ctx.flag(
            f"Target {short(b.indikator)} berbeda antara {a.table} dan {b.table} untuk tahun {years}{why}",
            f"Targets of {short(b.indikator)} differ between {a.table} and {b.table} for {years}{why}",
            expected=f"{a.table} {a.text(differ)}", found=f"{b.table} {b.text(differ)}",
            source_table=b.table, page=b.years[y0].source.page, line_no=b.years[y0].source.line_no,
            evidence=f"{ctx.where(a.table, a.page, label=a.indikator)}: {a.text(sorted(a.years))} vs "
                     f"{ctx.where(b.table, b.page, label=b.indikator)}: {b.text(sorted(b.years))}{also}",
            uncertain=c.uncertain)


@rule("plan.period", "warning", "a plan's target years fall within its period")
def target_period(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A plan printing its period (``Renstra 2025-2029``: ``meta.tahun`` to ``meta.tahun_akhir``) sets
    its annual targets for the years of that period. Target years outside it (a 2030 column, the first
    year missing) are a warning per table, naming the years outside and the years the table covers."""
    start, end = report.meta.tahun, report.meta.tahun_akhir
    if start is None or end is None or end <= start or report.document_type not in PLAN_TYPES:
        return
    by_table: dict[str, list[RenstraTarget | IndicatorTarget]] = {}
    for r in target_records(report):
        by_table.setdefault(_table(r), []).append(r)
    for table, recs in by_table.items():
        years = sorted({r.tahun for r in recs})
        outside = [y for y in years if not start <= y <= end]
        if not outside:
            continue
        first = next(r for r in recs if r.tahun == outside[0])
        missing = [y for y in range(start, end + 1) if y not in years]
        lack = ctx.t(f"; tanpa target {', '.join(map(str, missing))}", f"; no target for "
                     f"{', '.join(map(str, missing))}") if missing else ""
        yield ctx.flag(
            f"{table} menetapkan target tahun {', '.join(map(str, outside))} di luar periode "
            f"{start}-{end}{lack}",
            f"{table} sets targets for {', '.join(map(str, outside))}, outside the period {start}-{end}{lack}",
            expected=f"{start}-{end}", found=f"{years[0]}-{years[-1]}", source_table=table,
            page=first.source.page, line_no=first.source.line_no,
            evidence=ctx.t(f"{ctx.where(table, first.source.page)}: tahun target {', '.join(map(str, years))}",
                           f"{ctx.where(table, first.source.page)}: target years {', '.join(map(str, years))}"))
