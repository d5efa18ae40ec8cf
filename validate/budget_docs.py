"""Arithmetic of the SAKIP budget documents themselves: LRA, DPA / DPA Perubahan, multi-year budget tables.

* ``lra.children_sum`` / ``dpa.children_sum``: a coded line equals the sum of the lines one code level
  below it (``2.1`` = ``2.1.1`` + ``2.1.2`` + …; ``2 16 01`` = its kegiatan);
* ``lra.persen`` / ``budget_years.persen``: the printed % is realisasi / anggaran × 100 at the printed
  decimals;
* ``lra.surplus``: surplus / (defisit) = pendapatan − belanja (and transfer);
* ``dpa.selisih``: sesudah − sebelum = bertambah / (berkurang);
* ``dpa.penarikan``: the months of the Rencana Penarikan Dana sum to its Jumlah, which equals the
  document's budget (the sum of its top coded lines);
* ``budget_years.total_sum``: per year, the JUMLAH of a multi-year table is the sum of its programs.

Tolerances as in :mod:`lkjip.validate.tolerance` (money: exact with cents, else Rp 1).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

import regex as re

from lkjip.model import BudgetLine, DpaLine, Flag, LraLine, Report
from lkjip.normalize.numbers import format_money, format_number
from lkjip.validate.engine import Ctx, rule, short
from lkjip.validate.tolerance import money_tolerance, percent, printed_matches, raw_money, raw_percent

Line = LraLine | DpaLine | BudgetLine


def _where(ctx: Ctx, line: Line) -> str:
    return ctx.where(line.source_table, line.source.page, line.source.line_no, line.uraian)


def _flag_at(ctx: Ctx, line: Line, id_text: str, en_text: str, **kw) -> Flag:
    return ctx.flag(id_text, en_text, source_table=line.source_table, page=line.source.page,
                    line_no=line.source.line_no, **kw)


def _money_diff(ctx: Ctx, line: Line, field: str, printed: Decimal, expected: Decimal, what: tuple[str, str],
                evidence: str) -> Flag | None:
    """A flag when ``printed`` (the line's ``field``) differs from ``expected`` beyond the money tolerance."""
    raws = [raw_money(line.source, printed)]
    if abs(printed - expected) <= money_tolerance(raws):
        return None
    found, diff = raws[0], format_money(printed - expected)
    name = short(line.uraian or line.level or "")
    return _flag_at(ctx, line, f"{field.capitalize()} {name} tercetak {found}, {what[0]} {format_money(expected)} "
                    f"(selisih {diff})", f"{field.capitalize()} of {name} printed {found}, {what[1]} "
                    f"{format_money(expected)} (difference {diff})",
                    expected=format_money(expected), found=found, evidence=evidence)


# --- code hierarchy ------------------------------------------------------------------------------------


def code_parts(line: LraLine | DpaLine) -> tuple[str, ...]:
    """An LRA code's dotted parts ("2.1.1"), a DPA code's cells ("2 16 01 1.02 01")."""
    if not line.kode:
        return ()
    return tuple(line.kode.split()) if isinstance(line, DpaLine) else tuple(line.kode.strip(".").split("."))


def code_children(lines: list, parent) -> list:
    p = code_parts(parent)
    return [x for x in lines if len(code_parts(x)) == len(p) + 1 and code_parts(x)[:len(p)] == p]


def _children_flags(ctx: Ctx, lines: list, fields: tuple[str, ...]) -> Iterator[Flag]:
    for parent in lines:
        kids = code_children(lines, parent) if parent.kode else []
        for field in fields:
            printed, values = getattr(parent, field), [getattr(k, field) for k in kids]
            if printed is None or not kids or any(v is None for v in values):
                continue
            total = sum(values, Decimal(0))
            span = ctx.lines_span([k.source.line_no for k in kids]) or ", ".join(k.kode for k in kids)
            ev = ctx.t(f"{_where(ctx, parent)} vs jumlah {len(kids)} baris di bawahnya ({span})",
                       f"{_where(ctx, parent)} vs sum of its {len(kids)} rows ({span})")
            f = _money_diff(ctx, parent, field, printed, total, ("jumlah rinciannya", "its rows sum to"), ev)
            if f:
                yield f


@rule("lra.children_sum", "error", "an LRA account equals the sum of the accounts below it")
def lra_children_sum(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """In a Laporan Realisasi Anggaran, every coded account that has accounts one code level below it
    (``2.1`` over ``2.1.1``, ``2.1.2`` …) prints their sum, for anggaran, realisasi and the prior year's
    realisasi. Tolerance: exact when the amounts print cents, else Rp 1."""
    yield from _children_flags(ctx, report.lra_lines, ("anggaran", "realisasi", "realisasi_lalu"))


@rule("dpa.children_sum", "error", "a DPA program / kegiatan equals the sum of the lines below it")
def dpa_children_sum(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """In a DPA or DPA Perubahan, every coded line (bidang, program, kegiatan) that has lines one code
    level below it prints their sum, before (``sebelum``) and after (``sesudah``) the change and for
    the anggaran. Codes are matched part by part, over the whole document (a table continued on the
    next page included). Tolerance: exact with cents, else Rp 1."""
    lines = [x for x in report.dpa_lines if x.level != "bulan" and x.kode]
    yield from _children_flags(ctx, lines, ("anggaran", "sebelum", "sesudah"))


@rule("dpa.selisih", "error", "a DPPA's bertambah / (berkurang) is sesudah − sebelum")
def dpa_selisih(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """Each line of a DPA Perubahan prints the change of its budget: ``sesudah − sebelum`` equals its
    Bertambah / (Berkurang) column (a decrease in parentheses). Tolerance as for sums."""
    for x in report.dpa_lines:
        if None in (x.sebelum, x.sesudah, x.selisih):
            continue
        ev = ctx.t(f"{_where(ctx, x)}: sesudah {format_money(x.sesudah)} − sebelum {format_money(x.sebelum)}",
                   f"{_where(ctx, x)}: after {format_money(x.sesudah)} − before {format_money(x.sebelum)}")
        f = _money_diff(ctx, x, "selisih", x.selisih, x.sesudah - x.sebelum,
                        ("sesudah − sebelum", "after − before is"), ev)
        if f:
            yield f


def top_lines(lines: list[DpaLine]) -> list[DpaLine]:
    """The highest coded lines that print an amount (bidang when the urusan prints none)."""
    coded = [x for x in lines if x.kode and x.anggaran is not None and x.level != "bulan"]
    if not coded:
        return []
    depth = min(len(code_parts(x)) for x in coded)
    return [x for x in coded if len(code_parts(x)) == depth]


@rule("dpa.penarikan", "error", "the Rencana Penarikan Dana sums to its Jumlah and to the DPA's budget")
def dpa_penarikan(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """The months of a DPA's Rencana Penarikan Dana per Bulan sum to its printed Jumlah, and that Jumlah
    equals the document's budget: the sum of its highest coded lines (the bidang when the urusan prints
    no amount), after the change for a DPA Perubahan. Tolerance: Rp 1 (whole rupiah)."""
    months = [x for x in report.dpa_lines if x.level == "bulan" and x.anggaran is not None]
    total = next((x for x in report.dpa_lines if x.level == "total" and not x.kode and x.anggaran is not None), None)
    if total is None or not months:
        return
    span = ctx.lines_span([m.source.line_no for m in months])
    ev = ctx.t(f"{_where(ctx, total)} vs jumlah {len(months)} bulan ({span})",
               f"{_where(ctx, total)} vs sum of {len(months)} months ({span})")
    f = _money_diff(ctx, total, "jumlah", total.anggaran, sum((m.anggaran for m in months), Decimal(0)),
                    ("jumlah bulanannya", "its months sum to"), ev)
    if f:
        yield f
    tops = top_lines(report.dpa_lines)
    if tops:
        ev = ctx.t(f"{_where(ctx, total)} vs {', '.join(_where(ctx, t) for t in tops)}",
                   f"{_where(ctx, total)} vs {', '.join(_where(ctx, t) for t in tops)}")
        f = _money_diff(ctx, total, "jumlah", total.anggaran, sum((t.anggaran for t in tops), Decimal(0)),
                        ("anggaran dokumen", "the document's budget is"), ev)
        if f:
            yield f


# --- LRA: % and surplus ----------------------------------------------------------------------------------


def _persen_flags(ctx: Ctx, lines: Iterable[LraLine | BudgetLine]) -> Iterator[Flag]:
    for x in lines:
        if x.persen is None or x.realisasi is None or not x.anggaran:
            continue
        exact = percent(x.realisasi, x.anggaran)
        raw = raw_percent(x.source, x.persen, from_right=True)
        if printed_matches(abs(x.persen), raw, abs(exact)):
            continue
        fx = format_number(exact, 2)
        yield _flag_at(ctx, x, f"Persentase {short(x.uraian)} tercetak {raw}, realisasi / anggaran = {fx} %",
                       f"Percentage of {short(x.uraian)} printed {raw}, realisasi / anggaran = {fx} %",
                       expected=fx, found=raw,
                       evidence=f"{_where(ctx, x)}: {format_money(x.realisasi)} / {format_money(x.anggaran)}")


@rule("lra.persen", "warning", "an LRA's % is realisasi / anggaran")
def lra_persen(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """Each LRA line's printed % equals realisasi / anggaran × 100 at the printed decimals (rounded or
    truncated; a deficit's % of two negative amounts is positive)."""
    yield from _persen_flags(ctx, report.lra_lines)


_PENDAPATAN = re.compile(r"^\s*pendapatan\b", re.I)
_BELANJA = re.compile(r"^\s*(belanja|transfer)\b", re.I)


def _akun_sum(lines: list[LraLine], rx: re.Pattern, field: str) -> Decimal | None:
    vals = [getattr(x, field) for x in lines if x.level == "akun" and rx.match(x.uraian)]
    return None if not vals or any(v is None for v in vals) else sum(vals, Decimal(0))


@rule("lra.surplus", "error", "an LRA's surplus / (defisit) is pendapatan − belanja")
def lra_surplus(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """The Surplus / (Defisit) line of an LRA equals its pendapatan accounts minus its belanja (and
    transfer) accounts, for anggaran and realisasi; a deficit is printed in parentheses."""
    lines = report.lra_lines
    for s in (x for x in lines if x.level == "surplus"):
        for field in ("anggaran", "realisasi"):
            pend, bel, printed = _akun_sum(lines, _PENDAPATAN, field), _akun_sum(lines, _BELANJA, field), \
                getattr(s, field)
            if None in (pend, bel, printed):
                continue
            ev = ctx.t(f"{_where(ctx, s)}: pendapatan {format_money(pend)} − belanja {format_money(bel)}",
                       f"{_where(ctx, s)}: revenue {format_money(pend)} − spending {format_money(bel)}")
            f = _money_diff(ctx, s, field, printed, pend - bel, ("pendapatan − belanja", "revenue − spending is"), ev)
            if f:
                yield f


# --- multi-year tables --------------------------------------------------------------------------------------


def _year_tables(report: Report) -> Iterator[list[BudgetLine]]:
    keys = dict.fromkeys((b.source_table, b.tahun) for b in report.budget_years)
    for table, year in keys:
        yield [b for b in report.budget_years if b.source_table == table and b.tahun == year]


@rule("budget_years.total_sum", "error", "per year, a multi-year table's JUMLAH is the sum of its programs")
def budget_years_total(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """In a table of several years (a Renstra's anggaran and realisasi 2020–2024), each year's JUMLAH /
    TOTAL line equals the sum of that year's program lines, for anggaran and realisasi."""
    for lines in _year_tables(report):
        progs = [b for b in lines if b.level == "program"]
        for total in (b for b in lines if b.level == "total"):
            for field in ("anggaran", "realisasi"):
                printed, vals = getattr(total, field), [getattr(p, field) for p in progs]
                if printed is None or not progs or any(v is None for v in vals):
                    continue
                ev = ctx.t(f"{_where(ctx, total)} {total.tahun} vs jumlah {len(progs)} program",
                           f"{_where(ctx, total)} {total.tahun} vs sum of {len(progs)} programs")
                f = _money_diff(ctx, total, field, printed, sum(vals, Decimal(0)),
                                (f"jumlah program {total.tahun}", f"its {total.tahun} programs sum to"), ev)
                if f:
                    yield f


@rule("budget_years.persen", "warning", "per year, a multi-year table's ratio is realisasi / anggaran")
def budget_years_persen(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """Each year's printed ratio (``Rasio antara Realisasi dan Anggaran``) of a multi-year table equals
    realisasi / anggaran × 100 at the printed decimals."""
    yield from _persen_flags(ctx, report.budget_years)
