"""A multi-year budget table's printed average growth ("Rata-rata Pertumbuhan" of anggaran and realisasi).

The average growth of a line is the mean of its year-on-year growth rates, (this year − last year) / last
year × 100. A year after a zero has no rate (a spreadsheet prints ``#DIV/0!``): a table may skip it or
count it as 0, two conventions that give different averages for one series. Two rules:

* ``budget_years.growth_conflict`` — lines of one table with the same series of amounts print one average
  growth, whatever the convention (a program, its only kegiatan and its only sub kegiatan);
* ``budget_years.growth`` — a line whose every yearly rate exists prints the mean of its rates, at the
  printed decimals (:func:`lkjip.validate.tolerance.printed_matches`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from lkjip.model import BudgetLine, Flag, Report
from lkjip.normalize.numbers import format_money, format_number
from lkjip.validate.engine import Ctx, rule, short
from lkjip.validate.tolerance import decimals_of, printed_matches, raw_percent

FIELDS = ("anggaran", "realisasi")
_WORDS = {"anggaran": ("anggaran", "budget"), "realisasi": ("realisasi", "realisation")}


@dataclass
class YearLine:
    """One line of a multi-year table: its records, one per year, in year order."""

    lines: list[BudgetLine]

    @property
    def first(self) -> BudgetLine:
        return self.lines[0]

    def series(self, field: str) -> tuple[Decimal, ...] | None:
        vals = tuple(getattr(b, field) for b in self.lines)
        return None if any(v is None for v in vals) else vals

    def growth(self, field: str) -> Decimal | None:
        return getattr(self.first, f"pertumbuhan_{field}")

    def printed(self, field: str) -> str:
        """The growth as the row prints it (the rightmost cell of that value)."""
        return raw_percent(self.first.source, self.growth(field), from_right=True) or "#DIV/0!"


def year_lines(report: Report) -> list[YearLine]:
    """The lines of every multi-year table that print an average growth."""
    by_line: dict[tuple[str, int], list[BudgetLine]] = {}
    for b in report.budget_years:
        if b.tahun is not None:
            by_line.setdefault((b.source_table, b.line_no), []).append(b)
    out = [YearLine(sorted(bs, key=lambda b: b.tahun)) for bs in by_line.values()]
    return [y for y in out if len(y.lines) >= 2 and any(y.growth(f) is not None for f in FIELDS)]


def rates(series: tuple[Decimal, ...]) -> list[Decimal | None]:
    """Year-on-year growth in %; None for a year after a zero (no rate)."""
    return [(b - a) / a * 100 if a else None for a, b in pairwise(series)]


def mean_growth(series: tuple[Decimal, ...], *, undefined_as_zero: bool) -> Decimal | None:
    """The mean yearly growth, a year without a rate skipped (or counted as 0); None when no rate exists."""
    rs = rates(series)
    vals = [r if r is not None else Decimal(0) for r in rs] if undefined_as_zero else [r for r in rs if r is not None]
    if not vals or all(r is None for r in rs):
        return None
    return sum(vals, Decimal(0)) / len(vals)


def _pct(v: Decimal, raw: str | None) -> str:
    """``v`` at the decimals ``raw`` prints."""
    return format_number(v, decimals_of(raw, v))


def _series_text(series: tuple[Decimal, ...]) -> str:
    return " / ".join(format_money(v) for v in series)


def _convention(ctx: Ctx, series: tuple[Decimal, ...], printed: Decimal, raw: str | None) -> str:
    """Which convention gives ``printed``: the year without a rate skipped, or counted as 0."""
    skip = mean_growth(series, undefined_as_zero=False)
    zero = mean_growth(series, undefined_as_zero=True)
    if None not in rates(series):
        if skip is not None and printed_matches(printed, raw, skip):
            return ctx.t("rata-rata laju tahunannya", "its mean yearly growth")
    elif skip is not None and printed_matches(printed, raw, skip):
        return ctx.t("tahun tanpa laju (#DIV/0!) dilewati", "the year without a rate (#DIV/0!) skipped")
    elif zero is not None and printed_matches(printed, raw, zero):
        return ctx.t("tahun tanpa laju (#DIV/0!) dihitung 0", "the year without a rate (#DIV/0!) counted as 0")
    return ctx.t("tidak sesuai deretnya", "fits no reading of its series")


@rule("budget_years.growth_conflict", "error", "lines with the same amounts print the same average growth")
def growth_conflict(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """Lines of one multi-year table whose anggaran (or realisasi) is the same in every year print the same
    average growth of it: the growth depends on the amounts only. A difference means the rows were
    computed differently — typically a year after a zero (``#DIV/0!``) skipped in one row and counted as 0
    in another; the flag names both values and says which convention each follows."""
    lines = year_lines(report)
    for field in FIELDS:
        groups: dict[tuple, list[YearLine]] = {}
        for y in lines:
            s = y.series(field)
            if s is not None and any(s) and y.growth(field) is not None:
                groups.setdefault((y.first.source_table, tuple(b.tahun for b in y.lines), s), []).append(y)
        for (table, _, series), group in groups.items():
            values = list(dict.fromkeys(y.growth(field) for y in group))
            if len(values) < 2 or _one_rounding(series, group, field):
                continue
            yield _conflict_flag(ctx, field, table, series, group, values)


def _one_rounding(series: tuple[Decimal, ...], group: list[YearLine], field: str) -> bool:
    """Every printed growth is a rounding of one reading of the series ("6,70" and "6,71" for 6,705)."""
    means = {mean_growth(series, undefined_as_zero=z) for z in (False, True)} - {None}
    return any(all(printed_matches(y.growth(field), y.printed(field), m) for y in group) for m in means)


def _conflict_flag(ctx: Ctx, field: str, table: str, series: tuple[Decimal, ...], group: list[YearLine],
                   values: list[Decimal]) -> Flag:
    w_id, w_en = _WORDS[field]
    parts, shown = [], {}
    for v in values:
        rows = [y for y in group if y.growth(field) == v]
        shown[v] = rows[0].printed(field)
        names = "; ".join(short(r.first.uraian, 40) for r in rows)
        parts.append(f"{shown[v]} ({names}: {_convention(ctx, series, v, shown[v])})")
    years = f"{group[0].first.tahun}-{group[0].lines[-1].tahun}"
    first = next(y.first for y in group if y.growth(field) == values[1])
    ev = "; ".join(ctx.where(table, y.first.source.page, y.first.source.line_no, y.first.uraian)
                   + f" {y.printed(field)}" for y in group)
    return ctx.flag(
        f"Rata-rata pertumbuhan {w_id} berbeda untuk baris dengan {w_id} {years} yang sama "
        f"({_series_text(series)}): {' vs '.join(parts)}",
        f"Average {w_en} growth differs between lines with the same {w_en} {years} "
        f"({_series_text(series)}): {' vs '.join(parts)}",
        expected=shown[values[0]], found=shown[values[1]], source_table=table,
        page=first.source.page, line_no=first.source.line_no, evidence=ev)


@rule("budget_years.growth", "warning", "a multi-year line's printed average growth is the mean of its yearly growth")
def growth_mean(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A line of a multi-year table printing its average growth ("Rata-rata Pertumbuhan") prints the mean of
    its year-on-year growth rates, at the printed decimals. Only lines whose every year has a rate (no zero
    amount before the last year) are checked: where a rate is missing the printed value depends on a
    convention (``budget_years.growth_conflict`` compares such lines with each other)."""
    for y in year_lines(report):
        for field in FIELDS:
            s, printed = y.series(field), y.growth(field)
            if s is None or printed is None or None in rates(s):
                continue
            exact, raw = mean_growth(s, undefined_as_zero=False), y.printed(field)
            if exact is None or printed_matches(printed, raw, exact):
                continue
            w_id, w_en = _WORDS[field]
            b = y.first
            yield ctx.flag(
                f"Rata-rata pertumbuhan {w_id} {short(b.uraian)} tercetak {raw}, padahal "
                f"rata-rata laju tahunannya {_pct(exact, raw)}",
                f"Average {w_en} growth of {short(b.uraian)} is printed {raw}, but its mean "
                f"yearly growth is {_pct(exact, raw)}",
                expected=_pct(exact, raw), found=raw, source_table=b.source_table,
                page=b.source.page, line_no=b.source.line_no,
                evidence=f"{ctx.where(b.source_table, b.source.page, b.source.line_no, b.uraian)}: "
                         f"{_series_text(s)}")
