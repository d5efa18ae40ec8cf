"""Arithmetic within one budget table (Tabel 2.3, 3.6, 3.7, Lampiran rincian anggaran).

The hierarchy (``level`` and ``parent_line_no``) comes from the extractor.
Totals are checked by ``budget.total_sum``, every other parent by
``budget.children_sum``, so one wrong number is reported once per relation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

import regex as re

from lkjip.model import BudgetLine, Flag, Report
from lkjip.normalize.numbers import format_money, format_number
from lkjip.validate.budget_rows import children, sum_rows, total_rows
from lkjip.validate.engine import CUT_REASON, Ctx, misread_warning, rule, short
from lkjip.validate.tolerance import (
    CAPAIAN_CAPS,
    money_tolerance,
    percent,
    printed_matches,
    raw_money,
    raw_percent,
)

MONEY_FIELDS = ("anggaran", "realisasi")

LEVEL_NAMES = {
    "id": {"total": "total", "belanja": "kelompok belanja", "program": "program", "kegiatan": "kegiatan",
           "sub_kegiatan": "sub kegiatan", None: "baris"},
    "en": {"total": "totals", "belanja": "spending groups", "program": "programs", "kegiatan": "kegiatan",
           "sub_kegiatan": "sub kegiatan", None: "rows"},
}
FIELD_NAMES = {"id": {"anggaran": "anggaran", "realisasi": "realisasi", "sisa": "sisa"},
               "en": {"anggaran": "budget", "realisasi": "realisation", "sisa": "remainder"}}


LEVEL_SINGULAR_EN = {"total": "total", "belanja": "spending group", "program": "program", None: "row"}


def level_name(ctx: Ctx, level: str | None, *, plural: bool = True) -> str:
    if ctx.lang == "en" and not plural:
        return LEVEL_SINGULAR_EN.get(level, LEVEL_NAMES["en"].get(level, "row"))
    return LEVEL_NAMES[ctx.lang].get(level, LEVEL_NAMES[ctx.lang][None])


def field_name(ctx: Ctx, f: str) -> str:
    return FIELD_NAMES[ctx.lang][f]


def row_sum(parent: BudgetLine, rows: list[BudgetLine], field: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """(printed, sum of the rows, tolerance) of one money field, or None when there is nothing to compare."""
    printed = getattr(parent, field)
    values = [getattr(r, field) for r in rows]
    if printed is None or not rows or all(v is None for v in values):
        return None
    total = sum((v for v in values if v is not None), Decimal(0))
    raws = [raw_money(parent.source, printed), *(raw_money(r.source, v) for r, v in zip(rows, values, strict=True)
                                                 if v is not None)]
    return printed, total, money_tolerance(raws)


def _sum_check(ctx: Ctx, parent: BudgetLine, rows: list[BudgetLine], field: str) -> Flag | None:
    found_sum = row_sum(parent, rows, field)
    if found_sum is None or abs(found_sum[1] - found_sum[0]) <= found_sum[2]:
        return None
    printed, total, _ = found_sum
    lv = level_name(ctx, rows[0].level if len({r.level for r in rows}) == 1 else None)
    span = ctx.lines_span([r.source.line_no for r in rows])
    here = ctx.where_row(parent)
    evidence = ctx.t(f"{here} vs jumlah {len(rows)} {lv} di {span}".rstrip(),
                     f"{here} vs sum of {len(rows)} {lv} on {span}".rstrip())
    found = raw_money(parent.source, printed)
    diff = format_money(printed - total)
    fn = field_name(ctx, field)
    flag = ctx.flag_at(
        parent,
        f"{fn.capitalize()} {short(parent.uraian or parent.level or '')} tercetak {found}, jumlah rinciannya "
        f"{format_money(total)} (selisih {diff})",
        f"{fn.capitalize()} of {short(parent.uraian or parent.level or '')} printed {found}, its rows sum to "
        f"{format_money(total)} (difference {diff})",
        expected=format_money(total), found=found, evidence=evidence)
    if len(rows) >= 2 and printed and total == DOUBLED * printed:
        return _doubled(ctx, flag)
    return _group_lost(ctx, flag) if group_lost(printed, total) else flag


def _falls_short(parent: BudgetLine, rows: list[BudgetLine]) -> bool:
    """Its rows sum to less than it prints (anggaran or realisasi): rows that belong to it are missing."""
    for field in MONEY_FIELDS:
        found_sum = row_sum(parent, rows, field)
        if found_sum is not None and found_sum[0] - found_sum[1] > found_sum[2]:
            return True
    return False


def _ancestors(lines: list[BudgetLine], line: BudgetLine) -> list[BudgetLine]:
    by_no = {b.line_no: b for b in lines}
    out: list[BudgetLine] = []
    while line.parent_line_no in by_no and by_no[line.parent_line_no] not in out:
        line = by_no[line.parent_line_no]
        out.append(line)
    return out


#: a table whose last line's parent, grandparent … fall short at this many levels at once ends before its rows do
CUT_LEVELS = 2


def cut_lines(lines: list[BudgetLine]) -> set[int]:
    """Line numbers whose failing sums a table read incompletely explains (a continuation not joined to it, rows
    lost):

    - the head part: the table ends inside an open group, so the last line's parent, its parent … (at least
      :data:`CUT_LEVELS` of them, the last line itself counting when it heads a group with no rows under it,
      :func:`open_head`) all print more than their rows sum — one wrong number in a complete table makes a
      parent fall short and the level above it exceed, never both fall short;
    - the tail part: the table opens with amounts that belong to no program (their program is on the page
      before), and its totals print more than the programs below them sum;
    - rows lost inside: a hierarchical number extends one the table does not have (see :func:`_gap_lines`).
    """
    if not lines:
        return set()
    out: set[int] = set()
    if lines[-1].level != "total":
        short = [b.line_no for b in _ancestors(lines, lines[-1]) if _falls_short(b, sum_rows(lines, b))]
        if len(short) + open_head(lines, lines[-1]) + name_cut(lines[-1]) >= CUT_LEVELS:
            out.update(short)
    out |= _gap_lines(lines)
    first = next((i for i, b in enumerate(lines) if b.level in ("program", "belanja", "total")), len(lines))
    orphans = [b for b in lines[:first] if b.level is None and b.parent_line_no is None
               and (b.anggaran is not None or b.realisasi is not None)]
    if orphans and first < len(lines):
        out.update(b.line_no for b in lines[first:] if b.level == "total" and _falls_short(b, sum_rows(lines, b)))
    return out


#: words no name ends in: a name ending so was cut off (by a page break) before its end
DANGLING = frozenset({"dan", "serta", "atau", "yang", "di", "pada", "dengan", "untuk", "dari", "ke", "oleh", "bagi",
                      "dalam", "terhadap", "melalui", "&"})


def name_cut(line: BudgetLine) -> bool:
    """``line``'s name ends in a word no name ends in ("Fasilitasi Penyusunan Peraturan Desa dan"): the row was
    cut by a page break and the rest of it, with the rows after it, is on a page not joined to the table. Such a
    last line is a level of :func:`cut_lines`' count."""
    words = (line.uraian or "").split()
    return bool(words) and words[-1].casefold().rstrip(",") in DANGLING


#: the levels that head rows of their own in a budget table
HEAD_LEVELS = ("belanja", "program", "kegiatan")


def open_head(lines: list[BudgetLine], line: BudgetLine) -> bool:
    """``line`` heads a group (a program, a kegiatan) that prints an amount but has no rows under it, while other
    lines of its level in the table do: the table ends before its rows do (they are on a page not joined to it).
    Such a head falls short of its rows as its ancestors do, a level of :func:`cut_lines`' count."""
    if line.level not in HEAD_LEVELS or children(lines, line) or (line.anggaran is None and line.realisasi is None):
        return False
    return any(children(lines, b) for b in lines if b.level == line.level and b is not line)


_DOTTED = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})+)\s*\.?\s*$")


def _gap_lines(lines: list[BudgetLine]) -> set[int]:
    """The lines above a row whose hierarchical number extends one the table does not have ("1.4.2" with no
    "1.4"): rows were lost there, so the sums of the lines it was read under cannot close."""
    numbers = {m.group(1): b for b in lines if (m := _DOTTED.match(b.nomor or ""))}
    out: set[int] = set()
    for number, b in numbers.items():
        if number.rsplit(".", 1)[0] not in numbers and number.count(".") > 1:
            out.update(a.line_no for a in _ancestors(lines, b))
    return out


def _uncertain(ctx: Ctx, flag: Flag, why_id: str, why_en: str) -> Flag:
    """``flag`` as an uncertain warning: the table's reading, not the report, explains it (the reason appended)."""
    why = ctx.t(f"pembacaan tabel tidak pasti: {why_id}", f"uncertain table reading: {why_en}")
    return flag.model_copy(update={"severity": "warning", "uncertain": True, "message": f"{flag.message} ({why})"})


def _cut(ctx: Ctx, flag: Flag) -> Flag:
    return _uncertain(ctx, flag, *CUT_REASON)


#: rows that add up to exactly this many times their parent are two levels read as one (a kegiatan and its own sub
#: kegiatan both counted as the parent's rows): a misreading of the table, not the report's contradiction
DOUBLED = 2


#: one thousands group of an amount ("2.934.809" + ".357")
GROUP = 1000


def group_lost(printed: Decimal, total: Decimal) -> bool:
    """The printed amount and its rows' sum differ as an amount read whole and read without its last thousands group
    do: a narrow cell wrapped the amount after a group ("2.934.809" / ".357") and the reader kept the lines apart.
    Either one is the other less its last group (2.934.809 against 2.934.809.357), or the rows are nothing but such
    a lost group (813 under 2.419.038: no budget line is below Rp 1.000 under one of a million). A report's own
    slip is a small difference, not a factor of a thousand to the rupiah."""
    a, b = int(printed), int(total)
    if min(a, b) <= 0:
        return False
    return (a // GROUP == b and b >= GROUP) or (b // GROUP == a and a >= GROUP) or (b < GROUP and a >= GROUP * GROUP)


def _group_lost(ctx: Ctx, flag: Flag) -> Flag:
    return _uncertain(ctx, flag, "angka tercetak dan jumlah rinciannya berselisih satu kelompok tiga angka, angka di sel "
                      "sempit terbaca terpotong", "the printed amount and its rows' sum differ by one group of three "
                      "digits, an amount wrapped in a narrow cell was read cut")


def _doubled(ctx: Ctx, flag: Flag) -> Flag:
    return _uncertain(ctx, flag, "rinciannya berjumlah tepat dua kali angka tercetak, tingkat baris terbaca ganda",
                      "its rows sum to exactly twice the printed amount, levels read twice")


def total_as_kid(lines: list[BudgetLine], parent: BudgetLine, kids: list[BudgetLine], field: str) -> BudgetLine | None:
    """A row of ``kids`` with no number, one of several, that prints more than ``parent`` and as much as the whole
    table (the sum of its programs, or a total line's amount): the table's total whose label a reader lost or broke
    ("JUML AH"), read as one more row under the last program. Its parent's sum then fails by the table's total: a
    misread, no contradiction (else None)."""
    mine = getattr(parent, field)
    progs = [getattr(b, field) for b in lines if b.level == "program"]
    whole = {getattr(b, field) for b in lines if b.level == "total"} - {None}
    if progs and None not in progs:
        whole.add(sum(progs, Decimal(0)))
    return next((k for k in kids if len(kids) >= 2 and not k.nomor and mine is not None
                 and (v := getattr(k, field)) is not None and v > mine and v in whole), None)


def _tables(report: Report) -> Iterator[list[BudgetLine]]:
    for label in report.budget_tables():
        yield report.budget_table(label)


@rule("budget.children_sum", "error", "children sum to their parent (sub kegiatan → kegiatan → program)")
def children_sum(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """Every line that has children (a kegiatan with sub kegiatan, a program with kegiatan, a
    belanja group with programs) prints the sum of its children, for anggaran and realisasi.
    Total lines are left to ``budget.total_sum``. Tolerance: exact when all amounts print cents,
    else Rp 1."""
    for lines in _tables(report):
        cut = cut_lines(lines)
        for parent in lines:
            if parent.level == "total":
                continue
            kids = children(lines, parent)
            if not kids:
                continue
            for field in MONEY_FIELDS:
                f = _sum_check(ctx, parent, kids, field)
                if f and (kid := total_as_kid(lines, parent, kids, field)) is not None:
                    f = _uncertain(ctx, f, f"rinciannya memuat baris tanpa nomor sebesar jumlah seluruh tabel "
                                           f"('{short(kid.uraian)}'), baris jumlah terbaca sebagai rincian",
                                   f"its rows hold an unnumbered line of the whole table's total "
                                   f"('{short(kid.uraian)}'), a total line read as a row")
                if f:
                    yield _cut(ctx, f) if parent.line_no in cut and not f.uncertain else f


@rule("budget.total_sum", "error", "a printed total equals the sum of its rows")
def total_sum(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A ``Jumlah`` / ``Total`` / single ``Belanja …`` line equals the sum of its rows (its
    children, else the belanja groups, else the programs, else the top-level rows), for
    anggaran and realisasi. Tolerance as ``budget.children_sum``."""
    for lines in _tables(report):
        cut = cut_lines(lines)
        for total in (b for b in lines if b.level == "total"):
            rows = total_rows(lines, total)
            for field in MONEY_FIELDS:
                f = _sum_check(ctx, total, rows, field)
                if f:
                    yield _cut(ctx, f) if total.line_no in cut and not f.uncertain else f


#: an amount printed in thousands groups ("12.345.678")
_GROUPED = re.compile(r"\d{1,3}\.\d{3}")


def _unlike(ctx: Ctx, flag: Flag, a: Decimal, r: Decimal, a_raw: str | None, r_raw: str | None) -> Flag:
    """``flag`` of a Tabel 3.4-style row (capaian percents beside its budget columns) as an uncertain warning when
    one of its two amounts is a small plain number (above 0, at most 100, no thousands group: a percent) and the
    other an amount of a hundred thousand or more: no report budgets Rp 100 against Rp 12.345.678, the columns
    were read shifted (else ``flag`` as it is)."""
    (small, s_raw), (big, _) = sorted([(a, a_raw or ""), (r, r_raw or "")], key=lambda x: x[0])
    if not 0 < small <= 100 or big < 100_000 or _GROUPED.search(s_raw):
        return flag  # nothing spent (0) is a value a report prints
    return misread_warning(ctx, flag, f"{s_raw} di samping {format_money(big)} bukan jumlah uang, kolom terbaca bergeser",
                           f"{s_raw} beside {format_money(big)} is no amount of money, columns read shifted")


def _persen_flag(ctx: Ctx, *, table: str, page, line_no, label: str, anggaran: Decimal, realisasi: Decimal,
                 printed: Decimal, raw: str | None, a_raw: str | None, r_raw: str | None) -> Flag | None:
    exact = percent(realisasi, anggaran)
    if printed_matches(printed, raw, exact):
        return None
    expected = format_number(exact, 2)
    here = ctx.where(table, page, line_no, label)
    flag = ctx.flag(
        f"Persentase realisasi {short(label)} tercetak {raw}, padahal {r_raw} / {a_raw} = {expected} %",
        f"Realisation percentage of {short(label)} printed {raw}, but {r_raw} / {a_raw} = {expected} %",
        expected=expected, found=raw, source_table=table, page=page, line_no=line_no,
        evidence=ctx.t(f"{here}: realisasi {r_raw}, anggaran {a_raw}, % {raw}",
                       f"{here}: realisation {r_raw}, budget {a_raw}, % {raw}"))
    if group_lost_percent(anggaran, realisasi, printed, raw):
        return misread_warning(ctx, flag, "persentase tercetak cocok bila salah satu angkanya dibaca tanpa kelompok "
                               "tiga angka terakhirnya (angka di sel sempit terbaca terpotong)",
                               "the printed percentage fits when one of its amounts is read without its last group "
                               "of three digits (an amount wrapped in a narrow cell read cut)")
    return flag


def group_lost_percent(anggaran: Decimal, realisasi: Decimal, printed: Decimal, raw: str | None) -> bool:
    """The printed % is realisasi / anggaran once one of the two amounts gets back a lost last thousands group
    (:func:`group_lost`: "96.630" read for "96.630.038"): a cut amount, not a wrong percentage. A report's own
    slip is a percent off by a little, never by a factor of a thousand."""
    return any(printed_matches(printed, raw, percent(r, a))
               for a, r in ((anggaran * GROUP, realisasi), (anggaran, realisasi * GROUP)) if a)


@rule("budget.persen", "error", "printed % equals realisasi / anggaran")
def persen(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """The % (serapan) column of a budget line, and the budget % of Tabel 3.4-style rows
    (kinerja vs anggaran), equals realisasi / anggaran × 100. Tolerance: rounding (half-up or
    half-even) or truncation at the printed decimals; ±0,5 when printed without decimals.
    Lines with anggaran 0 are skipped (see ``budget.over_realisasi``)."""
    for b in report.budget_lines:
        if b.anggaran is None or b.realisasi is None or b.persen is None or b.anggaran == 0:
            continue
        raw = raw_percent(b.source, b.persen)
        f = _persen_flag(ctx, table=b.source_table, page=b.source.page, line_no=b.source.line_no, label=b.uraian,
                         anggaran=b.anggaran, realisasi=b.realisasi, printed=b.persen, raw=raw,
                         a_raw=raw_money(b.source, b.anggaran), r_raw=raw_money(b.source, b.realisasi))
        if f:
            yield f
    for p in report.performance:
        if p.anggaran is None or p.realisasi_anggaran is None or p.serapan is None or p.anggaran == 0:
            continue
        raw = raw_percent(p.source, p.serapan, from_right=True)
        f = _persen_flag(ctx, table=p.source_table, page=p.source.page, line_no=p.source.line_no,
                         label=p.indikator, anggaran=p.anggaran, realisasi=p.realisasi_anggaran, printed=p.serapan,
                         raw=raw, a_raw=raw_money(p.source, p.anggaran),
                         r_raw=raw_money(p.source, p.realisasi_anggaran))
        if f:
            yield _unlike(ctx, f, p.anggaran, p.realisasi_anggaran, raw_money(p.source, p.anggaran),
                          raw_money(p.source, p.realisasi_anggaran))


@rule("budget.over_realisasi", "error", "realisasi does not exceed anggaran")
def over_realisasi(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A line's realisasi is at most its anggaran (an APBD allocation cannot be overspent);
    tolerance Rp 1 when amounts print without cents. Also for Tabel 3.4-style budget columns."""
    rows = [(b.source_table, b.source, b.uraian, b.anggaran, b.realisasi, False) for b in report.budget_lines]
    rows += [(p.source_table, p.source, p.indikator, p.anggaran, p.realisasi_anggaran, True)
             for p in report.performance]
    for table, src, label, a, r, beside_percents in rows:
        if a is None or r is None:
            continue
        a_raw, r_raw = raw_money(src, a), raw_money(src, r)
        if r - a <= money_tolerance([a_raw, r_raw] if src.raw else []):
            continue
        f = ctx.flag(
            f"Realisasi {short(label)} ({r_raw}) melebihi anggarannya ({a_raw})",
            f"Realisation of {short(label)} ({r_raw}) exceeds its budget ({a_raw})",
            expected=a_raw, found=r_raw, source_table=table, page=src.page, line_no=src.line_no,
            evidence=ctx.where(table, src.page, src.line_no, label))
        yield _unlike(ctx, f, a, r, a_raw, r_raw) if beside_percents else f


@rule("budget.sisa", "error", "sisa = anggaran − realisasi")
def sisa(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """Where a table has a sisa / selisih column, it equals anggaran − realisasi
    (tolerance as the sums)."""
    for b in report.budget_lines:
        if b.sisa is None or b.anggaran is None or b.realisasi is None:
            continue
        exact = b.anggaran - b.realisasi
        raws = [raw_money(b.source, v) for v in (b.anggaran, b.realisasi, b.sisa)]
        if abs(exact - b.sisa) <= money_tolerance(raws if b.source.raw else []):
            continue
        found = raw_money(b.source, b.sisa)
        yield ctx.flag_at(
            b,
            f"Sisa anggaran {short(b.uraian)} tercetak {found}, padahal {raws[0]} − {raws[1]} = {format_money(exact)}",
            f"Remainder of {short(b.uraian)} printed {found}, but {raws[0]} − {raws[1]} = {format_money(exact)}",
            expected=format_money(exact), found=found, evidence=ctx.where_row(b))


@rule("output.persen", "error", "output % equals output realisasi / target")
def output_persen(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """The output (keluaran) % of a budget line equals output realisasi / output target × 100
    (percentage tolerance as ``budget.persen``). For a lower-is-better output the inverse
    target / realisasi is accepted too. Output targets of 0 are skipped. When the printed %
    equals the mean of the children's output %, the message says so."""
    from lkjip.validate.direction import direction

    for lines in _tables(report):
        for b in lines:
            t, r, p = b.output_target, b.output_realisasi, b.output_persen
            if t is None or r is None or p is None or t == 0:
                continue
            raw = raw_percent(b.source, p, from_right=True)
            exact = percent(r, t)
            ok = printed_matches(p, raw, exact) or any(p == c and exact > c for c in CAPAIAN_CAPS)
            if not ok and direction(b.output_uraian or b.uraian) != "higher" and r != 0:
                ok = printed_matches(p, raw, percent(t, r))
            if ok:
                continue
            note_id = note_en = ""
            kids = [k.output_persen for k in children(lines, b) if k.output_persen is not None]
            if kids:
                mean = sum(kids, Decimal(0)) / len(kids)
                if printed_matches(p, raw, mean):
                    note_id = f"; nilai tercetak sama dengan rata-rata % output {len(kids)} rinciannya"
                    note_en = f"; the printed value is the mean output % of its {len(kids)} rows"
            t_raw = b.output_target_text or format_number(t, 0)
            r_raw = b.output_realisasi_text or format_number(r, 0)
            here = ctx.where_row(b)
            yield ctx.flag_at(
                b,
                f"% output {short(b.uraian)} tercetak {raw}, padahal realisasi {r_raw} / target {t_raw} = "
                f"{format_number(exact, 2)} %{note_id}",
                f"Output % of {short(b.uraian)} printed {raw}, but realisation {r_raw} / target {t_raw} = "
                f"{format_number(exact, 2)} %{note_en}",
                expected=format_number(exact, 2), found=raw,
                evidence=ctx.t(f"{here}: output {t_raw} / {r_raw} / {raw}",
                               f"{here}: output {t_raw} / {r_raw} / {raw}"))
