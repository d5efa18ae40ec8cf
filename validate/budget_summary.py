"""A budget summary's stated total against its listed parts (:class:`lkjip.model.BudgetSummaryLine`).

A summary printed around a budget table lists parts (the table, whose Jumlah stands for its rows, and the
numbered items of the summary) and states a total ("Total Jumlah Anggaran 2015 : Rp. …"). When the total is
not the sum of the parts but is that sum without one item whose program and amount repeat another listed item
or a row of the table, the summary lists that program twice: :func:`listed_twice`. A total that differs
otherwise is left to the rules that compare totals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from lkjip.model import BudgetSummaryLine, Flag, Report
from lkjip.normalize.names import program_key, similarity
from lkjip.normalize.numbers import format_money
from lkjip.validate.engine import Ctx, rule, short
from lkjip.validate.matching import ACCEPT


@dataclass(frozen=True)
class SummaryRow:
    """A row of a budget table a summary stands around: a program and its amount, or the table's total."""

    table: str
    page: int | None
    name: str
    amount: Decimal
    raw: str
    is_total: bool


@dataclass(frozen=True)
class SummaryTable:
    """A budget table as one part of a summary: its printed total, or the sum of its rows without one."""

    table: str
    page: int | None
    amount: Decimal
    rows: tuple[SummaryRow, ...]


def table_rows(report: Report) -> dict[str, list[SummaryRow]]:
    """The rows with an amount of the report's budget and PK budget tables, per table label."""
    out: dict[str, list[SummaryRow]] = {}
    for b in report.budget_lines:
        if b.anggaran is not None:
            out.setdefault(b.source_table, []).append(
                SummaryRow(b.source_table, b.source.page, b.uraian, b.anggaran, _raw(b.source.raw, b.anggaran),
                    b.level == "total"))
    for pk in report.pks:
        for p in pk.budgets:
            if p.anggaran is not None:
                label = p.source.table or pk.label
                out.setdefault(label, []).append(
                    SummaryRow(label, p.source.page, p.program, p.anggaran, p.anggaran_text or format_money(p.anggaran),
                        p.is_total))
    return out


def _raw(cells: list[str], amount: Decimal) -> str:
    digits = str(int(amount)) if amount == amount.to_integral_value() else None
    return next((c for c in cells if digits and "".join(ch for ch in c if ch.isdigit()).startswith(digits)),
                format_money(amount))


def table_parts(rows: dict[str, list[SummaryRow]], page: int | None) -> list[SummaryTable | None]:
    """The tables on ``page`` or the page before (a text export's page None: its tables without a page) as
    summary parts, and None: a summary of its items alone."""
    out: list[SummaryTable | None] = [None]
    for label, rs in rows.items():
        near = [r for r in rs if (r.page in (page, page - 1) if page is not None else r.page is None)]
        if not near:
            continue
        totals = [r for r in near if r.is_total]
        amount = totals[-1].amount if totals else sum((r.amount for r in near), Decimal(0))
        out.append(SummaryTable(label, near[0].page, amount, tuple(r for r in near if not r.is_total)))
    return out


def same_program(a: str, b: str) -> bool:
    """Two printed names of one program: equal keys, or one's words within the other's, or close enough."""
    ka, kb = program_key(a).split(), program_key(b).split()
    if not ka or not kb:
        return False
    short_, long_ = sorted((ka, kb), key=len)
    return (len(short_) >= 2 and set(short_) <= set(long_)) or similarity(a, b, key=program_key) >= ACCEPT


def _repeats(item: BudgetSummaryLine, items: list[BudgetSummaryLine], table: SummaryTable | None
             ) -> Iterator[BudgetSummaryLine | SummaryRow]:
    """The other listed items and table rows with ``item``'s amount and program."""
    for other in items:
        if other is not item and other.amount == item.amount and same_program(other.label, item.label):
            yield other
    for r in table.rows if table is not None else ():
        if r.amount == item.amount and same_program(r.name, item.label):
            yield r


def _by_page(lines: list[BudgetSummaryLine]) -> dict[int | None, list[BudgetSummaryLine]]:
    out: dict[int | None, list[BudgetSummaryLine]] = {}
    for x in lines:
        out.setdefault(x.source.page, []).append(x)
    return out


@rule("budget.summary_listed_twice", "error", "a budget summary's total does not count a program twice")
def listed_twice(report: Report, ctx: Ctx) -> Iterable[Flag]:
    """A budget summary (the "label : amount" lines around a budget table, :mod:`lkjip.extract.records_summary`)
    whose stated total is not the sum of its parts (the table's Jumlah, or its rows' sum, and the numbered
    items) but is that sum exactly without one item whose program name and amount repeat another listed item
    or a row of the table: the program is listed twice. Only exact sums count; unreadable amounts leave the
    summary unchecked for the parts they stand for (they are not parts)."""
    rows = table_rows(report)
    for page, lines in _by_page(report.budget_summary).items():
        items = [x for x in lines if x.nomor is not None and x.amount is not None]
        totals = [x for x in lines if x.is_total and x.amount is not None]
        if not items or not totals:
            continue
        seen: set[tuple[int, Decimal]] = set()  # (total, amount): one flag per repeated program
        for table in table_parts(rows, page):
            for total in totals:
                yield from _twice(ctx, total, items, table, seen)


def _twice(ctx: Ctx, total: BudgetSummaryLine, items: list[BudgetSummaryLine], table: SummaryTable | None,
           seen: set[tuple[int, Decimal]]) -> Iterator[Flag]:
    parts = sum((x.amount for x in items), Decimal(0)) + (table.amount if table is not None else Decimal(0))
    if parts == total.amount:
        return
    for item in items:
        if parts - item.amount != total.amount or (id(total), item.amount) in seen:
            continue
        other = next(_repeats(item, items, table), None)
        if other is None:
            continue
        seen.add((id(total), item.amount))
        yield _flag(ctx, total, item, other, table, parts)


def _where_item(ctx: Ctx, x: BudgetSummaryLine) -> str:
    head = ctx.t("ringkasan anggaran", "budget summary")
    no = f"{x.group + ' ' if x.group else ''}{ctx.t('butir', 'item')} {x.nomor}"
    return f"{ctx.where(head, x.source.page, x.source.line_no)} {no} ({short(x.label)}: {x.amount_text})"


def _where_other(ctx: Ctx, other: BudgetSummaryLine | SummaryRow) -> str:
    if isinstance(other, SummaryRow):
        return f"{ctx.where(other.table, other.page)} ({short(other.name)}: {other.raw})"
    return _where_item(ctx, other)


def _flag(ctx: Ctx, total: BudgetSummaryLine, item: BudgetSummaryLine, other: BudgetSummaryLine | SummaryRow,
          table: SummaryTable | None, parts: Decimal) -> Flag:
    without = format_money(parts - item.amount)
    listed = ctx.t(f"Jumlah {table.table} ({format_money(table.amount)}) ditambah butir-butirnya",
                   f"the sum of {table.table}'s Jumlah ({format_money(table.amount)}) and the items") \
        if table is not None else ctx.t("jumlah butir-butirnya", "the sum of its items")
    name = short(item.label)
    return ctx.flag(
        f'Program tercantum dua kali dalam ringkasan anggaran: "{name}" ({item.amount_text}) tercantum lagi di '
        f'{_where_other(ctx, other)}; total "{short(total.label)}" {total.amount_text} tidak sama dengan '
        f"{listed} ({format_money(parts)}), tetapi sama dengan jumlah tanpa butir itu ({without})",
        f'Program listed twice in the budget summary: "{name}" ({item.amount_text}) is listed again at '
        f'{_where_other(ctx, other)}; the total "{short(total.label)}" {total.amount_text} is not {listed} '
        f"({format_money(parts)}) but equals the sum without that item ({without})",
        expected=format_money(parts), found=total.amount_text, source_table=table.table if table else None,
        page=item.source.page, line_no=item.source.line_no,
        evidence=f"{_where_item(ctx, item)} vs {_where_other(ctx, other)}; "
                 f"{ctx.where(ctx.t('ringkasan anggaran', 'budget summary'), total.source.page)} "
                 f"({short(total.label)}: {total.amount_text})")
