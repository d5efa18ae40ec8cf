"""Figures stated in the running text against the tables: total allocation and counts."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import regex as re

from lkjip.model import BudgetLine, Flag, NarrativeClaim, Report
from lkjip.normalize.numbers import format_money
from lkjip.validate.budget import level_name
from lkjip.validate.cross import _consensus
from lkjip.validate.engine import Ctx, misread_warning, rule
from lkjip.validate.tolerance import raw_money

_MONEY = re.compile(r"Rp\s*\.?\s*\d{1,3}(?:\.\d{3})*(?:,\d{1,2}|,-)?", re.I)
_INT = re.compile(r"^\s*(\d{1,3})\s*[.)]?\s*$")

#: a stated allocation below this share of the total is taken for a part (a program's), not the total
PART_SHARE = Decimal("0.5")

COUNT_LEVEL = {"count_program": "program", "count_kegiatan": "kegiatan", "count_sub_kegiatan": "sub_kegiatan"}


def _claim_raw(c: NarrativeClaim) -> str:
    raw = c.source.raw[0] if c.source.raw else c.raw
    m = _MONEY.search(raw)
    return m.group(0).strip() if m else format_money(c.value)


def _claim_where(ctx: Ctx, c: NarrativeClaim) -> str:
    return ctx.where(ctx.t("teks", "text"), c.source.page, c.source.line_no)


@rule("text.total_alokasi", "error", "the allocation stated in the text equals the budget tables' total")
def total_alokasi(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A total allocation stated in running text ("mendapat alokasi dana sebesar Rp …",
    "dukungan anggaran … sebesar Rp …") equals the anggaran of a total (or belanja group) line of a
    budget table, or, without total lines, the sum of the programs (within Rp 1). The expected
    value is the total most tables print. A stated allocation equal to the budget of one line, or
    below half the total, is the allocation of a program or kegiatan and is not compared."""
    claims = [c for c in report.claims if c.kind == "total_alokasi"]
    if not claims or not report.budget_lines:
        return
    accepted: list[tuple[Decimal, BudgetLine]] = [(b.anggaran, b) for b in report.budget_lines
                                                  if b.level in ("total", "belanja") and b.anggaran is not None]
    total = next((c for c in ctx.facts.budget_clusters if c.level == "total"), None)
    expected = _consensus(ctx, total, "anggaran") if total is not None else None
    ref: BudgetLine | None = None
    if expected is not None:
        ref = next(m.line for m in total.members if m.line.anggaran == expected)
    else:
        progs = [c for c in ctx.facts.budget_clusters if c.level == "program"]
        values = [v for v in (_consensus(ctx, c, "anggaran") for c in progs) if v is not None]
        if not values:
            return
        expected = sum(values, Decimal(0))
    exp_raw = raw_money(ref.source, expected) if ref is not None else format_money(expected)
    there = ctx.where_row(ref) if ref is not None else \
        ctx.t(f"jumlah program di {', '.join(ctx.facts.budget_order)}",
              f"sum of programs in {', '.join(ctx.facts.budget_order)}")
    realised = {b.realisasi for b in report.budget_lines if b.level in ("total", "belanja") and b.realisasi}
    parts = {b.anggaran for b in report.budget_lines if b.anggaran} | {p.anggaran for p in report.performance
                                                                         if p.anggaran}
    for c in claims:
        if any(abs(c.value - v) <= 1 for v, _ in accepted) or (not accepted and abs(c.value - expected) <= 1):
            continue
        if c.value in parts or c.value < expected * PART_SHARE:
            continue  # the allocation of one program / kegiatan, not of the whole instansi
        found = _claim_raw(c)
        note_id = "; nilai itu adalah realisasinya" if c.value in realised else ""
        note_en = "; that is the realisation" if c.value in realised else ""
        yield ctx.flag(
            f"Teks menyebut alokasi {found}, tetapi total anggaran di tabel {exp_raw}{note_id}",
            f"The text states an allocation of {found}, but the budget tables total {exp_raw}{note_en}",
            expected=exp_raw, found=found, source_table=None, page=c.source.page, line_no=c.source.line_no,
            evidence=f"{_claim_where(ctx, c)} vs {there}")


def _gaps(lines: list[BudgetLine]) -> int:
    """Numbers missing from the numbering of siblings (1, 3, 4, 5 → 1 gap); siblings not all
    numbered with integers ("A.", "2.", "3.") are not counted."""
    by_parent: dict[int | None, list[int | None]] = {}
    for b in lines:
        m = _INT.match(b.nomor or "")
        by_parent.setdefault(b.parent_line_no, []).append(int(m.group(1)) if m else None)
    return sum(len(set(range(1, max(ns) + 1)) - set(ns)) for ns in by_parent.values()
               if ns and None not in ns)


@rule("text.count", "error", "the counts of programs / kegiatan / sub kegiatan stated in the text match the tables")
def count(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A count stated in the text ("12 kegiatan dan 30 sub kegiatan dari 4 program") equals the
    number of lines of that level in the most detailed budget table. When gaps in the numbering
    (1, 3, 4, 5) or lines with no budget account exactly for the difference the message says so
    and the flag is a warning (the text may count items the table leaves out). When another budget
    table lists exactly the stated number, the text agrees with that table and the tables disagree
    with each other: a warning naming both (one of them may have been misread, e.g. a row broken
    at a page end)."""
    for c in report.claims:
        level = COUNT_LEVEL.get(c.kind)
        if level is None:
            continue
        tables = [(t, [b for b in report.budget_table(t) if b.level == level]) for t in ctx.facts.budget_order]
        tables = [(t, ls) for t, ls in tables if ls]
        if not tables:
            continue
        table, lines = max(tables, key=lambda x: len(x[1]))
        n, claimed = len(lines), int(c.value)
        if n == claimed:
            continue
        agreeing = next((t for t, ls in tables if len(ls) == claimed), None)
        if agreeing is not None:
            yield _tables_disagree(ctx, c, level, agreeing, table, lines)
            continue
        gaps = _gaps(lines)
        zero = sum(1 for b in lines if not b.anggaran)
        lv = level_name(ctx, level)
        notes_id, notes_en = [], []
        if gaps:
            notes_id.append(f"penomoran {lv} di tabel melompat {gaps} kali, yang dapat menjelaskan selisihnya "
                            f"({n} + {gaps} = {n + gaps})")
            notes_en.append(f"the {lv} numbering in the table skips {gaps} number(s), which may explain the "
                            f"difference ({n} + {gaps} = {n + gaps})")
        if zero:
            notes_id.append(f"{zero} {lv} tanpa anggaran ({n} − {zero} = {n - zero})")
            notes_en.append(f"{zero} {lv} without budget ({n} − {zero} = {n - zero})")
        explained = (gaps and n + gaps == claimed) or (zero and n - zero == claimed)
        span = ctx.lines_span([b.source.line_no for b in lines])
        raw = c.source.raw[0] if c.source.raw else str(claimed)
        flag = ctx.flag(
            f"Teks menyebut {raw}, tetapi {table} memuat {n} {lv}" + "".join(f"; {x}" for x in notes_id),
            f"The text states {raw}, but {table} lists {n} {lv}" + "".join(f"; {x}" for x in notes_en),
            severity="warning" if explained else None, expected=str(n), found=str(claimed), source_table=None,
            page=c.source.page, line_no=c.source.line_no,
            evidence=f"{_claim_where(ctx, c)} vs {table} {span}".rstrip())
        pieces = len(split_rows(lines, set(report.ocr_pages), page_tops(report.budget_table(table))))
        if pieces and n - pieces == claimed:
            flag = misread_warning(
                ctx, flag, f"{pieces} {lv} hanya berisi nama tanpa nomor maupun angka, potongan baris di atasnya "
                           f"({n} − {pieces} = {claimed})",
                f"{pieces} {lv} hold a name and no number at all, pieces of the row above ({n} − {pieces} = {claimed})")
        yield flag


def page_tops(lines: list[BudgetLine]) -> set[int]:
    """The line numbers of a table's lines that open a page (the line before them is on another page)."""
    return {b.line_no for a, b in zip(lines, lines[1:], strict=False)
            if a.source.page is not None and b.source.page is not None and b.source.page != a.source.page}


def split_rows(lines: list[BudgetLine], ocr: set[int], tops: set[int] = frozenset()) -> list[BudgetLine]:
    """Lines holding a name and nothing else (no row number, no digit in any cell) that a scan read, or that open
    a page (``tops``): a row's name broken at a page end (or, in a scan, at a line gap); the piece is no row of its
    own."""
    return [b for b in lines if (b.source.page in ocr or b.line_no in tops) and not b.nomor and b.anggaran is None
            and b.realisasi is None and not any(ch.isdigit() for cell in b.source.raw for ch in cell)]


def _tables_disagree(ctx: Ctx, c: NarrativeClaim, level: str, agreeing: str, table: str,
                     lines: list[BudgetLine]) -> Flag:
    """The count stated in the text is the count of one budget table, another table lists more."""
    lv = level_name(ctx, level)
    n, claimed = len(lines), int(c.value)
    raw = c.source.raw[0] if c.source.raw else str(claimed)
    span = ctx.lines_span([b.source.line_no for b in lines])
    return ctx.flag(
        f"Teks menyebut {raw}, sama dengan {agreeing}, tetapi {table} memuat {n} {lv}",
        f"The text states {raw}, as {agreeing} lists, but {table} lists {n} {lv}",
        severity="warning", expected=str(n), found=str(claimed), source_table=None, page=c.source.page,
        line_no=c.source.line_no, evidence=f"{_claim_where(ctx, c)} vs {table} {span}".rstrip())
