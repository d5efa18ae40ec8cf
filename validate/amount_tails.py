"""A row holding nothing but the tails of amounts a wrap cut makes its table's reading doubtful (issue #12 item 5).

A narrow amount column wraps "53.478.954,-" as "53.47" over "8.954,-". When the reader cuts the row between the two
lines and the records stage cannot put the pieces back, the row above keeps a head no amount reads as (left raw,
``number.malformed``) and the line below becomes a row of its own whose tails read as whole small amounts
(Rp 8.954 budgeted, Rp 9.731 spent): ``budget.over_realisasi`` would report a misread as a contradiction. Such a
row is recognised column by column: every amount it reads prints as a short tail (under a million, one thousands
group at most: "8.954,-", ".038,-", "954,00") standing under a head the wrap cut short in the same column of the
row above ("53.47", "127.", "1.234.56": groups of three ending in a dot or in one or two digits). It carries no
row number of its own. Its table's reading is then doubtful (:func:`amount_tail_doubts`), so flags from it are
uncertain warnings, never errors.
"""

from __future__ import annotations

from decimal import Decimal

import regex as re

from lkjip.model import BudgetLine, Performance, Provenance, Report
from lkjip.validate.tolerance import raw_money

#: the head of an amount cut short by a wrap: groups of three ending in a dot, or in one or two digits after a dot
_CUT_HEAD = re.compile(r"^(rp\.?\s*)?\d{1,3}(\.\d{3})*\.\d{0,2}$", re.IGNORECASE)
#: the trailing groups of an amount a wrap moved to the next line: under a million, at most one thousands group
_TAIL = re.compile(r"^\.?\d{1,3}(\.\d{3})?(,-|,\d{1,2})?$")


def _row_amounts(record: BudgetLine | Performance) -> list[Decimal]:
    if isinstance(record, BudgetLine):
        return [v for v in (record.anggaran, record.realisasi) if v is not None]
    return [v for v in (record.anggaran, record.realisasi_anggaran) if v is not None]


def tail_cells(above: list[str], row: list[str]) -> dict[str, str]:
    """The cells of ``row`` printing a short tail under a cut head in the same column of ``above`` (tail → head)."""
    out: dict[str, str] = {}
    for head, tail in zip(above, row, strict=False):
        head, tail = "".join(head.split()), "".join(tail.split())
        if _CUT_HEAD.match(head) and _TAIL.match(tail):
            out[tail] = head
    return out


def _tails_only(record: BudgetLine | Performance, src: Provenance, above: list[str]) -> dict[str, str] | None:
    """The tails the record's amounts print (tail → head above), when every amount it reads is one, else None."""
    if isinstance(record, BudgetLine) and (record.nomor or "").strip():
        return None
    amounts = _row_amounts(record)
    tails = tail_cells(above, src.raw)
    printed = ["".join((raw_money(src, v) or "").split()) for v in amounts]
    if not printed or not all(p in tails for p in printed):
        return None
    return {p: tails[p] for p in printed}


def amount_tail_doubts(report: Report) -> dict[str, tuple[str, str, dict[str, str]]]:
    """Table label → (the row's name, its first tail, its tails with the heads above) for the first row of each table
    holding only the tails of amounts cut in the row above (see the module's docstring)."""
    out: dict[str, tuple[str, str, dict[str, str]]] = {}
    records: list[BudgetLine | Performance] = [*report.budget_lines, *report.performance]
    last: dict[str, list[str]] = {}  # table → the raw cells of its previous row
    for r in records:
        if r.source is None or not r.source.raw:
            continue
        above = last.get(r.source_table)
        last[r.source_table] = r.source.raw
        if above is None or above == r.source.raw or r.source_table in out:
            continue
        if (tails := _tails_only(r, r.source, above)) is not None:
            name = r.uraian if isinstance(r, BudgetLine) else r.indikator
            out[r.source_table] = (name or "", next(iter(tails)), tails)
    return out
