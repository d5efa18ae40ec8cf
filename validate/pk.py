"""Against the Perjanjian Kinerja (PK): indicators, targets and program budgets."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lkjip.model import BudgetLine, Flag, Performance, PerjanjianKinerja, PKBudget, PKTarget, Report, Severity
from lkjip.normalize.numbers import format_money, grouped_money
from lkjip.validate.cross import _consensus, renstra_rows
from lkjip.validate.engine import Ctx, Wording, misread_warning, rule, short
from lkjip.validate.facts import BudgetCluster, IndicatorRow
from lkjip.validate.matching import (
    ACCEPT,
    PLAUSIBLE,
    IndicatorItem,
    Pair,
    budget_score,
    greedy_pairs,
    indicator_score,
    plausible_score,
    sole_flags,
)
from lkjip.validate.tolerance import fmt_value, money_tolerance, raw_money, same_value


def _items(targets: list[PKTarget]) -> list[IndicatorItem]:
    soles = sole_flags([(t.indikator, t.sasaran) for t in targets])
    return [IndicatorItem(t.indikator, t.sasaran, s) for t, s in zip(targets, soles, strict=True)]


def pk_where(ctx: Wording, pk: PerjanjianKinerja, t) -> str:
    return ctx.where(t.source.table or pk.label, t.source.page, t.source.line_no, getattr(t, "indikator", None)
                     or getattr(t, "program", None))


def target_text(t: PKTarget) -> str | None:
    return t.target_text or fmt_value(t.target)


def _same_target(a_val, a_raw, a_note, b_val, b_raw) -> bool:
    """Equal targets; a number and a bare grade cannot be compared and count as equal."""
    if a_val is not None and b_val is not None:
        return same_value(a_val, a_raw, b_val, b_raw)
    if (a_val is None) != (b_val is None):
        return True
    return " ".join((a_raw or "").split()).casefold() == " ".join((b_raw or "").split()).casefold()


def _report_pk(report: Report, ctx: Ctx) -> PerjanjianKinerja | None:
    return report.pk_for(ctx.year) if ctx.year is not None else None


def _capaian_pairs(ctx: Ctx, pk: PerjanjianKinerja) -> tuple[list[IndicatorRow], list]:
    rows = ctx.facts.capaian_rows
    items = _items(pk.targets)
    pairs = greedy_pairs(len(items), len(rows), lambda i, j: indicator_score(items[i], rows[j].item))
    return rows, pairs


def _named_in_pk(items: list[IndicatorItem], row: IndicatorRow) -> bool:
    """The row's indicator is, by the same name, a PK indicator (reported again in a second capaian table)."""
    return any((s := indicator_score(it, row.item)) is not None and s[1] for it in items)


@dataclass(frozen=True)
class Unreported:
    """A PK indicator no capaian row reports."""

    target: PKTarget
    #: a capaian row left unmatched that scores close (named in the flag; the flag is then uncertain)
    near: IndicatorRow | None
    #: other performance tables that report it
    elsewhere: list[str]
    #: the capaian tables looked in
    tables: str


def unreported_targets(ctx: Ctx, pk: PerjanjianKinerja) -> Iterator[Unreported]:
    """The PK's indicators the capaian table does not report (see :func:`missing_indicator`)."""
    rows, pairs = _capaian_pairs(ctx, pk)
    matched_l, matched_r = {p.left for p in pairs}, {p.right for p in pairs}
    items = _items(pk.targets)
    tables = ", ".join(dict.fromkeys(r.table for r in rows))
    for i, t in enumerate(pk.targets):
        if i in matched_l:
            continue
        near = [(plausible_score(items[i], rows[j].item), rows[j]) for j in range(len(rows)) if j not in matched_r]
        near = [(s, r) for s, r in near if PLAUSIBLE <= s < ACCEPT]
        near_row = max(near, key=lambda x: x[0])[1] if near else None
        elsewhere = [r.table for r in ctx.facts.indicator_rows if r not in rows and indicator_score(items[i], r.item)]
        yield Unreported(t, near_row, list(dict.fromkeys(elsewhere)), tables)


def unreported_notes(u: Unreported) -> tuple[str, str]:
    """What a flag on ``u`` adds: the near miss and the other tables, in Indonesian and English."""
    note_id = note_en = ""
    if u.near is not None:
        note_id = f"; mungkin sama dengan \"{short(u.near.indikator)}\""
        note_en = f"; perhaps the same as \"{short(u.near.indikator)}\""
    if u.elsewhere:
        note_id += f"; hanya ada di {', '.join(u.elsewhere)}"
        note_en += f"; only in {', '.join(u.elsewhere)}"
    return note_id, note_en


@rule("pk.missing_indicator", "error", "every PK indicator of the report year is reported in the capaian table")
def missing_indicator(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """Every indicator of the PK of the report year (sasaran and tujuan level) appears in the
    capaian table (Tabel 3.1; all performance tables when there is none), and every indicator the
    capaian table measures for the report year is in the PK. Matching is by name as
    in ``cross.indicator_mismatch``; a near miss (a capaian row left unmatched that scores close)
    is named and the flag is marked uncertain. A capaian row left unmatched because a second table
    reports the same indicator again (same name as a PK indicator) is in the PK and not flagged. Tujuan-level indicators are warnings (some reports
    measure only sasaran in Tabel 3.1)."""
    pk = _report_pk(report, ctx)
    if pk is None or not pk.targets or not report.performance:
        return
    for f in _missing_indicator_flags(report, ctx, pk):
        yield _glued_pk(ctx, pk, f)


def _glued_pk(ctx: Ctx, pk: PerjanjianKinerja, flag: Flag) -> Flag:
    """A PK whose target table holds an indicator with no target at all was read with rows run together (a
    signed PK states a target for every indicator): its missing-indicator flags are uncertain warnings. A scrap
    without target (the column numbers under the header read as a row: "2", "3") says nothing of the other rows."""
    bare = next((t for t in pk.targets if t.target is None and not t.target_text and not _scrap(t.indikator)), None)
    if bare is None:
        return _budget_run_in(ctx, pk, flag)
    return misread_warning(ctx, flag, f"indikator PK '{short(bare.indikator, 40)}' tanpa target, baris PK terbaca "
                                      "menyatu", f"PK indicator '{short(bare.indikator, 40)}' has no target, PK rows "
                                                 "read run together")


#: an amount of money in groups of three, millions at least, inside a name: "Penunjang Urusan Rp 3.224.637.701 …"
_AMOUNT_IN_NAME = re.compile(r"\b\d{1,3}(\.\d{3}){2,}\b")


def _budget_run_in(ctx: Ctx, pk: PerjanjianKinerja, flag: Flag) -> Flag:
    """A PK whose target table holds an "indicator" with an amount of money inside its name ("Penunjang Urusan
    Rp 3.224.637.701 Pemerintahan …", target "APBD") was read with its program budget part run into its target
    table: the rows of both are read astray, so its missing-indicator flags are uncertain warnings."""
    run_in = next((t for t in pk.targets if _AMOUNT_IN_NAME.search(t.indikator)
                   and not grouped_money(" ".join(t.indikator.split()))), None)  # an amount alone: one row astray
    if run_in is None:
        return flag
    return misread_warning(ctx, flag, f"indikator PK '{short(run_in.indikator, 40)}' memuat jumlah uang, bagian "
                                      "anggaran PK terbaca ke tabel targetnya", f"PK indicator "
                           f"'{short(run_in.indikator, 40)}' holds an amount of money, the PK's budget part read "
                           "into its target table")


def _missing_indicator_flags(report: Report, ctx: Ctx, pk: PerjanjianKinerja) -> Iterator[Flag]:
    for u in unreported_targets(ctx, pk):
        t = u.target
        note_id, note_en = unreported_notes(u)
        yield _scrap_name(ctx, t.indikator, t.source.page, ctx.flag(
            f"Indikator PK {pk.tahun} \"{short(t.indikator, 70)}\" (target {target_text(t)}) tidak dilaporkan di "
            f"{u.tables}{note_id}",
            f"PK {pk.tahun} indicator \"{short(t.indikator, 70)}\" (target {target_text(t)}) is not reported in "
            f"{u.tables}{note_en}",
            severity=unreported_severity(t), expected=target_text(t), found=None,
            source_table=t.source.table or pk.label, page=t.source.page, line_no=t.source.line_no,
            evidence=f"{pk_where(ctx, pk, t)} vs {u.tables}", uncertain=u.near is not None))
    rows, pairs = _capaian_pairs(ctx, pk)
    matched_r = {p.right for p in pairs}
    items = _items(pk.targets)
    here_pk = ctx.where(pk.label)
    for j, row in enumerate(rows):
        if j in matched_r or _named_in_pk(items, row):
            continue
        now = [p for p in row.year(ctx.year) if p.target is not None or p.target_text]
        if not now:
            continue
        found = now[0].target_text or fmt_value(now[0].target)
        here = ctx.where(row.table, row.page, row.line_no, row.indikator)
        yield _pk_part_unread(ctx, pk, _scrap_name(ctx, row.indikator, row.page, ctx.flag(
            f"Indikator \"{short(row.indikator, 70)}\" (target {found}) dilaporkan di {row.table}, tetapi tidak ada di "
            f"PK {pk.tahun}",
            f"Indicator \"{short(row.indikator, 70)}\" (target {found}) is reported in {row.table} but is not in "
            f"PK {pk.tahun}",
            expected=None, found=found, source_table=row.table, page=row.page, line_no=row.line_no,
            evidence=f"{here} vs {here_pk}")))


def _pk_part_unread(ctx: Ctx, pk: PerjanjianKinerja, flag: Flag) -> Flag:
    """An indicator "not in the PK" while a table under the PK's own label could not be read as anything (a part of
    its target table continued on the next page, read with its columns astray): the PK was read incompletely and
    the indicator may stand in that part, so the flag is an uncertain warning (else ``flag`` as it is)."""
    part = next((t for t in ctx.report.tables_found if t.label == pk.label and t.kind == "unknown"), None)
    if part is None or flag.severity != "error":
        return flag
    return misread_warning(ctx, flag, f"sebagian tabel {pk.label} (hal. {part.page}) tidak terbaca, indikatornya "
                           "mungkin di sana", f"part of the table {pk.label} (p. {part.page}) could not be read, the "
                           "indicator may be there")


def _scrap(name: str) -> bool:
    """A name of one word or without letters: a row number, a column number, the wrapped end of a name."""
    return len(name.split()) <= 1 or not any(c.isalpha() for c in name)


def _scrap_name(ctx: Ctx, name: str, page: int | None, flag: Flag) -> Flag:
    """An indicator "named" by a scrap on a page read through OCR (no letters, or one word: a row number, the
    wrapped end of a name, a header word read as a row) is a row read apart, not an indicator: its flag is an
    uncertain warning. So is one "named" by an amount of money on any page: a row of the PK's program budget
    part read into its target table."""
    if grouped_money(" ".join(name.split())):
        return misread_warning(ctx, flag, f"nama indikator '{short(name, 30)}' adalah jumlah uang, baris anggaran "
                               "PK terbaca sebagai target", f"the indicator's name '{short(name, 30)}' is an amount "
                               "of money, a PK budget row read as a target")
    if page not in ctx.report.ocr_pages or not _scrap(name):
        return flag
    return misread_warning(ctx, flag, f"nama indikator hanya '{short(name, 30)}', baris terbaca terpisah",
                           f"the indicator's name is only '{short(name, 30)}', a row read apart")


def unreported_severity(t: PKTarget) -> Severity | None:
    """Tujuan-level indicators are warnings (some reports measure only sasaran in Tabel 3.1)."""
    return "warning" if t.level == "tujuan" else None


@dataclass(frozen=True)
class TargetDiff:
    """A PK target the capaian table prints otherwise for the report year."""

    target: PKTarget
    record: Performance
    found: str | None
    uncertain: bool


def target_diffs(ctx: Ctx, pk: PerjanjianKinerja) -> Iterator[TargetDiff]:
    """The report-year targets of the capaian table that differ from the PK (see :func:`target_mismatch`)."""
    rows, pairs = _capaian_pairs(ctx, pk)
    for pair in pairs:
        t, row = pk.targets[pair.left], rows[pair.right]
        for p in row.year(ctx.year):
            if p.target is None and not p.target_text:
                continue
            found = p.target_text or fmt_value(p.target)
            if not _same_target(t.target, target_text(t), t.note, p.target, found):
                yield TargetDiff(t, p, found, pair.uncertain)


@rule("pk.target_mismatch", "error", "the capaian table reports the PK's target")
def target_mismatch(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """For each PK indicator of the report year matched in the capaian table (Tabel 3.1), the
    report-year target printed there equals the PK target (numbers compared at the coarser
    printed precision; grades such as ``BB`` compared as text)."""
    pk = _report_pk(report, ctx)
    if pk is None or not pk.targets:
        return
    for d in target_diffs(ctx, pk):
        p = d.record
        yield ctx.flag_at(
            p,
            f"Target {ctx.year} {short(p.indikator)} di {p.source_table} tercetak {d.found}, tetapi PK "
            f"{pk.tahun} menetapkan {target_text(d.target)}",
            f"Target {ctx.year} of {short(p.indikator)} in {p.source_table} is printed {d.found}, but PK "
            f"{pk.tahun} sets {target_text(d.target)}",
            expected=target_text(d.target), found=d.found,
            evidence=f"{ctx.where_row(p)} vs {pk_where(ctx, pk, d.target)}", uncertain=d.uncertain)


@dataclass(frozen=True)
class BudgetDiff:
    """A PK program budget (or total) that differs from the budget tables."""

    budget: PKBudget
    #: the budget-table line printing the value most tables print
    line: BudgetLine
    #: that value as printed there
    table_raw: str | None
    #: the PK's amount as printed
    pk_raw: str | None
    uncertain: bool


def _program_pairs(ctx: Ctx, pk: PerjanjianKinerja) -> tuple[list[PKBudget], list[BudgetCluster], dict[int, Pair]]:
    """The PK's programs, the budget tables' program clusters and the pairs (PK index → pair)."""
    clusters = [c for c in ctx.facts.budget_clusters if c.level == "program"]
    progs = [b for b in pk.budgets if not b.is_total]

    def score(i: int, j: int):
        found = [budget_score(progs[i].program, n, "program", i == clusters[j].sib_index) for n in clusters[j].names]
        return max((s for s in found if s is not None), default=None)

    return progs, clusters, {p.left: p for p in greedy_pairs(len(progs), len(clusters), score)}


def budget_diffs(ctx: Ctx, pk: PerjanjianKinerja) -> Iterator[BudgetDiff]:
    """The PK's program budgets (and total) that differ from the budget tables (see :func:`budget_mismatch`)."""
    progs, clusters, matched = _program_pairs(ctx, pk)
    if not clusters:
        return
    total = next((c for c in ctx.facts.budget_clusters if c.level == "total"), None)
    todo = [(b, clusters[matched[i].right], matched[i].uncertain) for i, b in enumerate(progs) if i in matched]
    todo += [(b, total, False) for b in pk.budgets if b.is_total and total is not None]
    for b, c, unc in todo:
        value = _consensus(ctx, c, "anggaran")
        if b.anggaran is None or value is None:
            continue
        ref = next(m.line for m in c.members if m.line.anggaran == value)
        ref_raw = raw_money(ref.source, value)
        found = b.anggaran_text or format_money(b.anggaran)
        if abs(b.anggaran - value) > money_tolerance([found, ref_raw]):
            yield BudgetDiff(b, ref, ref_raw, found, unc)


@rule("pk.budget_mismatch", "warning", "PK program budgets equal the realised budget table")
def budget_mismatch(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """Each program budget of the PK of the report year equals that program's anggaran in the
    budget tables (Tabel 3.6 / 3.7; the value most tables print), within Rp 1 when whole rupiah
    are printed; a PK total line is compared with the table total. A warning: budgets change in
    the APBD-P (perubahan), but the PK should then be revised. A PK program found in no budget
    table is reported too (uncertain)."""
    pk = _report_pk(report, ctx)
    if pk is None or not pk.budgets or not any(c.level == "program" for c in ctx.facts.budget_clusters):
        return
    for d in budget_diffs(ctx, pk):
        b, ref = d.budget, d.line
        yield ctx.flag(
            f"Anggaran program {short(b.program)} di PK {pk.tahun} {d.pk_raw} berbeda dengan {d.table_raw} di "
            f"{ref.source_table}; anggaran dapat berubah pada APBD Perubahan, tetapi PK semestinya direvisi",
            f"Budget of program {short(b.program)} in PK {pk.tahun} {d.pk_raw} differs from {d.table_raw} in "
            f"{ref.source_table}; budgets change in the revised APBD (APBD-P), but the PK should then be revised",
            expected=d.table_raw, found=d.pk_raw, source_table=b.source.table or pk.label, page=b.source.page,
            line_no=b.source.line_no, evidence=f"{pk_where(ctx, pk, b)} vs {ctx.where_row(ref)}",
            uncertain=d.uncertain)
    progs, _, matched = _program_pairs(ctx, pk)
    for i, b in enumerate(progs):
        if i in matched:
            continue
        found = b.anggaran_text or (format_money(b.anggaran) if b.anggaran is not None else None)
        tables = ", ".join(ctx.facts.budget_order)
        yield ctx.flag(
            f"Program PK {pk.tahun} \"{short(b.program)}\" ({found}) tidak ditemukan di tabel anggaran ({tables})",
            f"PK {pk.tahun} program \"{short(b.program)}\" ({found}) is not found in the budget tables ({tables})",
            expected=None, found=found, source_table=b.source.table or pk.label, page=b.source.page,
            line_no=b.source.line_no, evidence=f"{pk_where(ctx, pk, b)} vs {tables}", uncertain=True)


@rule("pk.renstra_mismatch", "warning", "a PK of another year has the Renstra target of that year")
def renstra_mismatch(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """The targets of a PK for a year other than the report year (usually the next year's PK
    attached to the report) equal the Renstra target of that indicator and year. Grades with a
    score (``BB (70)``) compare by their score. A warning: a PK may follow a revised Renstra."""
    rows = renstra_rows(report)
    if not rows:
        return
    ren_items = [r.item for r in rows]
    for pk in report.pks:
        if pk.tahun is None or pk.tahun == ctx.year or not pk.targets:
            continue
        items = _items(pk.targets)
        pairs = greedy_pairs(len(items), len(rows), lambda i, j, items=items: indicator_score(items[i], ren_items[j]))
        for pair in pairs:
            t, row = pk.targets[pair.left], rows[pair.right]
            ren = row.target(pk.tahun)
            if ren is None:
                continue
            exp = ren.target_text or fmt_value(ren.target)
            if _same_target(t.target, target_text(t), t.note, ren.target, exp):
                continue
            there = ctx.where(ren.source.table, ren.source.page, ren.source.line_no, f"{ren.tahun}")
            yield ctx.flag(
                f"Target PK {pk.tahun} {short(t.indikator)} {target_text(t)} berbeda dengan target Renstra "
                f"{pk.tahun} {exp}",
                f"PK {pk.tahun} target of {short(t.indikator)} {target_text(t)} differs from the Renstra target "
                f"for {pk.tahun} {exp}",
                expected=exp, found=target_text(t), source_table=t.source.table or pk.label, page=t.source.page,
                line_no=t.source.line_no, evidence=f"{pk_where(ctx, pk, t)} vs {there}", uncertain=pair.uncertain)

