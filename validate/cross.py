"""Across tables of one report: the same budget line, indicator and Renstra target
must carry the same numbers wherever they are printed.

Lines and indicators are matched with :mod:`lkjip.validate.matching`. When
several tables print a value, the value most tables agree on is *expected*
(a tie goes to the most detailed budget table, or to the capaian table for
indicators) and every table that prints something else is flagged once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from lkjip.model import BudgetLine, Flag, Performance, RenstraTarget, Report
from lkjip.normalize.numbers import format_money
from lkjip.validate.budget import field_name, group_lost, level_name
from lkjip.validate.engine import Ctx, misread_warning, rule, short
from lkjip.validate.facts import BudgetCluster, IndicatorCluster, best_score
from lkjip.validate.matching import IndicatorItem, budget_key, greedy_pairs, names_uncertain, sole_flags
from lkjip.validate.tolerance import fmt_value, money_tolerance, raw_money, same_value

T = TypeVar("T")

MAX_SUBSET_LINES = 14
#: a column that disagrees on at least this many lines, and on more than this share of the lines it shares
#: with other tables, is reported once (a column mix-up, not many typos)
SYSTEMATIC_MIN = 4
SYSTEMATIC_SHARE = 0.5


@dataclass
class Vote(Generic[T]):
    value: Decimal
    members: list[T]
    tables: list[str]


def vote(items: Sequence[tuple[T, str, Decimal]], same: Callable[[T, T], bool],
         order: Sequence[str]) -> list[Vote[T]]:
    """Group (item, table, value) by ``same``; the first group is the majority (ties: ``order``)."""
    groups: list[Vote[T]] = []
    for item, table, value in items:
        g = next((g for g in groups if same(g.members[0], item)), None)
        if g is None:
            groups.append(Vote(value, [item], [table]))
        else:
            g.members.append(item)
            if table not in g.tables:
                g.tables.append(table)
    rank = {t: i for i, t in enumerate(order)}
    groups.sort(key=lambda g: (-len(g.tables), min(rank.get(t, len(rank)) for t in g.tables)))
    return groups


# --- budget ------------------------------------------------------------------------------


@dataclass
class _Deviation:
    line: BudgetLine
    ref: BudgetLine
    agree: list[str]
    level: str


def _budget_deviations(ctx: Ctx, c: BudgetCluster, field: str) -> tuple[list[BudgetLine], list[_Deviation]]:
    """The lines of a cluster compared for ``field`` and those that differ from the majority."""
    items = [(m, m.line.source_table, getattr(m.line, field)) for m in c.members if getattr(m.line, field) is not None]
    if len({t for _, t, _ in items}) < 2:
        return [], []

    def same(a, b) -> bool:
        va, vb = getattr(a.line, field), getattr(b.line, field)
        return abs(va - vb) <= money_tolerance([raw_money(a.line.source, va), raw_money(b.line.source, vb)])

    groups = vote(items, same, ctx.facts.budget_order)
    compared = [m.line for m, _, _ in items]
    ref = groups[0].members[0].line
    agree = [t for t in groups[0].tables if t != ref.source_table]
    return compared, [_Deviation(m.line, ref, agree, c.level) for g in groups[1:] for m in g.members]


def _line_flag(ctx: Ctx, d: _Deviation, field: str) -> Flag:
    b, ref = d.line, d.ref
    ref_raw = raw_money(ref.source, getattr(ref, field))
    found = raw_money(b.source, getattr(b, field))
    here = ctx.where_row(b)
    there = ctx.where_row(ref)
    also = ctx.t(f"; sama dengan {', '.join(d.agree)}", f"; as in {', '.join(d.agree)}") if d.agree else ""
    lv = level_name(ctx, d.level, plural=False)
    fn = field_name(ctx, field)
    flag = ctx.flag_at(
        b,
        f"{fn.capitalize()} {short(b.uraian)} ({lv}) di {b.source_table} tercetak {found}, tetapi "
        f"{ref_raw} di {ref.source_table}",
        f"{fn.capitalize()} of {short(b.uraian)} ({lv}) in {b.source_table} is printed {found}, but "
        f"{ref_raw} in {ref.source_table}",
        expected=ref_raw, found=found, evidence=f"{here} vs {there}{also}",
        uncertain=names_uncertain(b.uraian, ref.uraian, key=budget_key(d.level)))
    return cut_amount(ctx, flag, getattr(b, field), getattr(ref, field))


def cut_amount(ctx: Ctx, flag: Flag, found: Decimal | None, other: Decimal | None) -> Flag:
    """``flag`` as an uncertain warning when its two amounts differ as an amount read whole and read without its
    last thousands group do (:func:`~lkjip.validate.budget.group_lost`, "96.630" against "96.630.038"): a narrow
    cell's wrapped group lost in reading, not two tables that disagree (else ``flag`` as it is)."""
    if found is None or other is None or not group_lost(found, other):
        return flag
    return misread_warning(ctx, flag, "kedua angka berselisih satu kelompok tiga angka, angka di sel sempit terbaca "
                           "terpotong", "the two amounts differ by one group of three digits, an amount wrapped in a "
                           "narrow cell was read cut")


def _column_flag(ctx: Ctx, table: str, field: str, devs: list[_Deviation], n: int) -> Flag:
    """One flag for a column that disagrees with the other tables on most of its lines; an uncertain warning when on
    most of them this table's other column reads empty and this column holds the other tables' other column (a
    column read into its neighbour's place: a reading problem, not the report's contradiction)."""
    other = "realisasi" if field == "anggaran" else "anggaran"
    def close(a: Decimal | None, b: Decimal | None) -> bool:
        return a is not None and b is not None and abs(a - b) <= 1

    crossed = sum(1 for d in devs if close(getattr(d.line, field), getattr(d.ref, other))
                  or close(getattr(d.ref, field), getattr(d.line, other)))
    # this table's other column read empty where its values are the other tables' other column: one column read
    # into its neighbour's place (a lost column), not a table printing the wrong amounts
    shifted = sum(1 for d in devs if getattr(d.line, other) is None and close(getattr(d.line, field),
                                                                             getattr(d.ref, other)))
    first = devs[0]
    refs = ", ".join(dict.fromkeys(d.ref.source_table for d in devs))
    fn, on = field_name(ctx, field), field_name(ctx, other)
    note_id = f"; di {crossed} baris {fn} di sini sama dengan {on} di sana, atau sebaliknya" if crossed else ""
    note_en = f"; on {crossed} lines the {fn} here is the {on} there, or the other way round" if crossed else ""
    span = ctx.lines_span([d.line.source.line_no for d in devs])
    pages = sorted({d.line.source.page for d in devs if d.line.source.page is not None})
    where = f"{table} " + (ctx.t(f"hal. {pages[0]}–{pages[-1]}", f"pp. {pages[0]}–{pages[-1]}") + " " if pages else "")
    flag = ctx.flag(
        f"Kolom {fn} {table} berbeda dengan {refs} pada {len(devs)} dari {n} baris yang sama{note_id}",
        f"The {fn} column of {table} differs from {refs} on {len(devs)} of {n} shared lines{note_en}",
        expected=raw_money(first.ref.source, getattr(first.ref, field)),
        found=raw_money(first.line.source, getattr(first.line, field)), source_table=table,
        page=first.line.source.page, line_no=first.line.source.line_no,
        evidence=f"{where}{span} vs {refs}".replace("  ", " "))
    if shifted * 2 <= len(devs):
        return flag
    return misread_warning(ctx, flag, f"kolom {on} {table} terbaca kosong di {shifted} baris itu, angkanya {on} "
                           f"tabel lain: kolom terbaca bergeser", f"the {on} column of {table} reads empty on "
                           f"{shifted} of those lines and its amounts are the other tables' {on}: a column read "
                           f"shifted")


def _consensus(ctx: Ctx, c: BudgetCluster, field: str) -> Decimal | None:
    items = [(m, m.line.source_table, getattr(m.line, field)) for m in c.members if getattr(m.line, field) is not None]
    if not items:
        return None
    groups = vote(items, lambda a, b: getattr(a.line, field) == getattr(b.line, field), ctx.facts.budget_order)
    return groups[0].value


def _subset_sums(pairs: list[tuple[Decimal, Decimal | None]]) -> dict[Decimal, set[Decimal | None]]:
    """anggaran sum → the realisasi sums of the subsets giving it (None when a realisasi is missing)."""
    states: dict[Decimal, set[Decimal | None]] = {Decimal(0): {Decimal(0)}}
    for a, r in pairs:
        new = {k: set(v) for k, v in states.items()}
        for sa, rs in states.items():
            for sr in rs:
                nr = None if sr is None or r is None else sr + r
                new.setdefault(sa + a, set()).add(nr)
        states = new
    states.pop(Decimal(0), None)
    return states


def _budget_candidates(ctx: Ctx) -> dict[Decimal, set[Decimal | None]]:
    """(anggaran, realisasi) a 3.4-style row may print: a single line, the total, or a sum of programs / kegiatan."""
    out: dict[Decimal, set[Decimal | None]] = {}
    by_level: dict[str, list[tuple[Decimal, Decimal | None]]] = {}
    for c in ctx.facts.budget_clusters:
        a, r = _consensus(ctx, c, "anggaran"), _consensus(ctx, c, "realisasi")
        if a is None:
            continue
        out.setdefault(a, set()).add(r)
        by_level.setdefault(c.level, []).append((a, r))
    for level in ("program", "kegiatan"):
        pairs = by_level.get(level, [])
        if 1 < len(pairs) <= MAX_SUBSET_LINES:
            for a, rs in _subset_sums(pairs).items():
                out.setdefault(a, set()).update(rs)
    return out


def _performance_budget_flags(ctx: Ctx, report: Report) -> Iterable[Flag]:
    rows = [p for p in report.performance if p.anggaran is not None]
    if not rows or not ctx.facts.budget_clusters:
        return
    cands = _budget_candidates(ctx)
    tables = ", ".join(ctx.facts.budget_order)
    for p in rows:
        a, r = p.anggaran, p.realisasi_anggaran
        a_raw, r_raw = raw_money(p.source, a), raw_money(p.source, r)
        here = ctx.where_row(p)

        def close(x: Decimal, y: Decimal) -> bool:
            return abs(x - y) <= 1

        a_hits = [k for k in cands if close(k, a)]
        if a_hits and (r is None or any(v is not None and close(v, r) for k in a_hits for v in cands[k])):
            continue
        if a_hits and r is not None:
            exp = next((v for k in a_hits for v in cands[k] if v is not None), None)
            if exp is None:
                continue
            flag = ctx.flag_at(
                p,
                f"Realisasi anggaran {short(p.indikator)} di {p.source_table} tercetak {r_raw}; program/kegiatan "
                f"dengan anggaran {a_raw} di tabel anggaran terealisasi {format_money(exp)}",
                f"Budget realisation of {short(p.indikator)} in {p.source_table} is printed {r_raw}; the "
                f"programs/kegiatan budgeted {a_raw} in the budget tables realised {format_money(exp)}",
                expected=format_money(exp), found=r_raw,
                evidence=ctx.t(f"{here} vs {tables}", f"{here} vs {tables}"))
            yield cut_amount(ctx, flag, r, exp)
            continue
        r_hits = [k for k, vs in cands.items() if r is not None and any(v is not None and close(v, r) for v in vs)]
        if r_hits:
            exp = r_hits[0]
            sev, unc = "error", False
        else:
            exp = min(cands, key=lambda k: abs(k - a))
            sev, unc = "warning", True
        yield ctx.flag_at(
            p,
            f"Anggaran {short(p.indikator)} di {p.source_table} ({a_raw}) bukan anggaran satu program/kegiatan "
            f"atau jumlah beberapa program di tabel anggaran (terdekat: {format_money(exp)})",
            f"Budget of {short(p.indikator)} in {p.source_table} ({a_raw}) is neither a program/kegiatan budget "
            f"nor a sum of programs in the budget tables (nearest: {format_money(exp)})",
            severity=sev, expected=format_money(exp), found=a_raw, evidence=f"{here} vs {tables}", uncertain=unc)


@rule("cross.budget_mismatch", "error", "the same budget line carries the same amounts in every table")
def budget_mismatch(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A program / kegiatan / sub kegiatan (and the total) printed in several budget tables
    (Tabel 2.3, 3.6, 3.7, Lampiran rincian anggaran) carries the same anggaran and realisasi in
    each (within Rp 1 when one prints whole rupiah). Lines are matched by level and name (fuzzy,
    within matched parents, position as tie-break); the value most tables print is expected.
    A column that disagrees on most of its shared lines (at least 4) is reported once, saying on
    how many lines it holds the other tables' anggaran / realisasi instead.
    When its other column reads empty on most of those lines, the column was read shifted: an uncertain warning.
    The anggaran of a Tabel 3.4-style row (kinerja vs anggaran per sasaran) must be the budget of
    a program / kegiatan, or of several programs together; if neither its anggaran nor its
    realisasi can be found, the flag is a warning marked uncertain."""
    compared: dict[tuple[str, str], int] = {}
    devs: dict[tuple[str, str], list[_Deviation]] = {}
    for c in ctx.facts.budget_clusters:
        for field in ("anggaran", "realisasi"):
            lines, ds = _budget_deviations(ctx, c, field)
            for b in lines:
                compared[(b.source_table, field)] = compared.get((b.source_table, field), 0) + 1
            for d in ds:
                devs.setdefault((d.line.source_table, field), []).append(d)
    for (table, field), ds in devs.items():
        n = compared[(table, field)]
        if len(ds) >= SYSTEMATIC_MIN and len(ds) > n * SYSTEMATIC_SHARE:
            yield _column_flag(ctx, table, field, ds, n)
        else:
            for d in ds:
                yield _line_flag(ctx, d, field)
    yield from _performance_budget_flags(ctx, report)


# --- indicators --------------------------------------------------------------------------


@dataclass
class _Val:
    record: Performance
    uncertain: bool
    value: Decimal
    raw: str | None


def _text(p: Performance, field: str) -> str | None:
    raw = getattr(p, f"{field}_text", None)
    return raw or fmt_value(getattr(p, field))


def _cluster_votes(ctx: Ctx, c: IndicatorCluster, tahun: int | None, field: str) -> list[Vote[_Val]]:
    items: list[tuple[_Val, str, Decimal]] = []
    for m in c.members:
        for p in m.row.year(tahun):
            v = getattr(p, field)
            if v is not None:
                items.append((_Val(p, m.uncertain, v, _text(p, field)), p.source_table, v))
    if len({t for _, t, _ in items}) < 2:
        return []
    return vote(items, lambda a, b: same_value(a.value, a.raw, b.value, b.raw), ctx.facts.performance_order)


@rule("cross.indicator_mismatch", "error", "the same indicator carries the same target and realisasi in every table")
def indicator_mismatch(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """An indicator printed in several performance tables (Tabel 2.2, 3.1–3.5) carries the same
    target and realisasi for a given year in each. Indicators are matched by name (fuzzy; the
    sasaran helps when it has a single indicator) and flagged ``uncertain`` when the names differ.
    The value most tables print is expected (a tie goes to the capaian table). A row whose target
    and realisasi are the other tables' realisasi and target is said to have them swapped."""
    labels = {"target": ("target", "target"), "realisasi": ("realisasi", "realisation")}
    for c in ctx.facts.indicator_clusters:
        if len(c.tables) < 2:
            continue
        years = sorted({p.tahun for m in c.members for p in m.row.records if p.tahun is not None})
        for tahun in years:
            votes = {f: _cluster_votes(ctx, c, tahun, f) for f in ("target", "realisasi")}
            for field, groups in votes.items():
                if len(groups) < 2:
                    continue
                ref = groups[0].members[0]
                other = "realisasi" if field == "target" else "target"
                for g in groups[1:]:
                    for v in g.members:
                        p = v.record
                        swapped = _swapped(p, field, other, votes)
                        note = ctx.t("; target dan realisasi tampak tertukar", "; target and realisation look swapped") \
                            if swapped else ""
                        here = ctx.where_row(p)
                        there = ctx.where(ref.record.source_table, ref.record.source.page, ref.record.source.line_no,
                                          ref.record.indikator)
                        agree = [t for t in groups[0].tables if t != ref.record.source_table]
                        also = ctx.t(f"; sama dengan {', '.join(agree)}", f"; as in {', '.join(agree)}") if agree else ""
                        lid, len_ = labels[field]
                        yield ctx.flag_at(
                            p,
                            f"{lid.capitalize()} {tahun} {short(p.indikator)} di {p.source_table} tercetak {v.raw}, "
                            f"tetapi {ref.raw} di {ref.record.source_table}{note}",
                            f"{len_.capitalize()} {tahun} of {short(p.indikator)} in {p.source_table} is printed "
                            f"{v.raw}, but {ref.raw} in {ref.record.source_table}{note}",
                            expected=ref.raw, found=v.raw, evidence=f"{here} vs {there}{also}",
                            uncertain=names_uncertain(p.indikator, ref.record.indikator))


def _swapped(p: Performance, field: str, other: str, votes: dict[str, list[Vote[_Val]]]) -> bool:
    """This row's ``field`` is the others' ``other`` and the other way round."""
    if not votes[field] or not votes[other]:
        return False
    maj_f, maj_o = votes[field][0].members[0], votes[other][0].members[0]
    vf, vo = getattr(p, field), getattr(p, other)
    return (vf is not None and vo is not None and same_value(vf, _text(p, field), maj_o.value, maj_o.raw)
            and same_value(vo, _text(p, other), maj_f.value, maj_f.raw))


# --- renstra -----------------------------------------------------------------------------


@dataclass
class RenstraRow:
    indikator: str
    sasaran: str | None
    records: list[RenstraTarget]
    sole: bool = True

    @property
    def item(self) -> IndicatorItem:
        return IndicatorItem(self.indikator, self.sasaran, self.sole)

    @property
    def end_year(self) -> int | None:
        return max((r.tahun for r in self.records if r.tahun is not None and r.target is not None), default=None)

    def target(self, tahun: int) -> RenstraTarget | None:
        recs = [r for r in self.records if r.tahun == tahun and r.target is not None]
        return next((r for r in recs if r.jenis == "target"), None) or next(iter(recs), None)


def renstra_rows(report: Report) -> list[RenstraRow]:
    rows: dict[tuple, RenstraRow] = {}
    for r in report.renstra_targets:
        key = (r.source.table, r.source.line_no if r.source.line_no is not None else id(r), r.indikator)
        rows.setdefault(key, RenstraRow(r.indikator, r.sasaran, [])).records.append(r)
    out = list(rows.values())
    for r, sole in zip(out, sole_flags([(r.indikator, r.sasaran) for r in out]), strict=True):
        r.sole = sole
    return out


def _renstra_flag(ctx: Ctx, ren: RenstraTarget, p: Performance, found_raw: str | None, *, severity: str,
                  uncertain: bool, also: str = "") -> Flag:
    exp = ren.target_text or fmt_value(ren.target)
    here = ctx.where_row(p)
    there = ctx.where(ren.source.table, ren.source.page, ren.source.line_no, f"{ren.tahun}")
    return ctx.flag_at(
        p,
        f"Target {ren.tahun} {short(p.indikator)} di {p.source_table} tercetak {found_raw}, tetapi Renstra "
        f"({ren.source.table}) menetapkan {exp}",
        f"Target {ren.tahun} of {short(p.indikator)} in {p.source_table} is printed {found_raw}, but the Renstra "
        f"({ren.source.table}) sets {exp}",
        severity=severity, expected=exp, found=found_raw, evidence=f"{here} vs {there}{also}",
        uncertain=uncertain)


@rule("renstra.target_mismatch", "error", "Renstra targets match what the later tables say")
def renstra_target_mismatch(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A Renstra target (Tabel 2.1-style, per indicator and year) equals the target the later
    tables print for that indicator and year: an error for the Renstra's end year (the "target
    akhir Renstra" of Tabel 3.3), a warning for the report year, whose annual target the PK may
    legitimately revise (compared once, with the value most tables print), and for other years.
    Without a known report year every comparison is a warning.
    Indicators are matched by name as in ``cross.indicator_mismatch``."""
    rows = renstra_rows(report)
    clusters = ctx.facts.indicator_clusters
    if not rows or not clusters:
        return
    pairs = greedy_pairs(len(rows), len(clusters), lambda i, j: best_score(rows[i].item, clusters[j].items()))
    for pair in pairs:
        row, c = rows[pair.left], clusters[pair.right]
        years = sorted({p.tahun for m in c.members for p in m.row.records if p.tahun is not None and p.target is not None})
        for tahun in years:
            ren = row.target(tahun)
            if ren is None or ren.target is None:
                continue
            if tahun == ctx.year or ctx.year is None:
                groups = _cluster_votes(ctx, c, tahun, "target")
                if not groups:
                    recs = [(m, p) for m in c.members for p in m.row.year(tahun) if p.target is not None]
                    if not recs:
                        continue
                    m, p = recs[0]
                    best = _Val(p, m.uncertain, p.target, _text(p, "target"))
                    tables: list[str] = [p.source_table]
                else:
                    best, tables = groups[0].members[0], groups[0].tables
                if same_value(ren.target, ren.target_text, best.value, best.raw):
                    continue
                agree = [t for t in tables if t != best.record.source_table]
                also = ctx.t(f"; sama dengan {', '.join(agree)}", f"; as in {', '.join(agree)}") if agree else ""
                yield _renstra_flag(ctx, ren, best.record, best.raw, severity="warning",
                                    uncertain=names_uncertain(ren.indikator, best.record.indikator), also=also)
                continue
            for m in c.members:
                for p in m.row.year(tahun):
                    if p.target is None or same_value(ren.target, ren.target_text, p.target, _text(p, "target")):
                        continue
                    yield _renstra_flag(ctx, ren, p, _text(p, "target"),
                                        severity="error" if tahun == row.end_year else "warning",
                                        uncertain=names_uncertain(ren.indikator, p.indikator))
