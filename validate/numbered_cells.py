"""A row whose cells still open with the column numbers printed above them: its values are misread (issue #12).

Under a header many tables print a row of column numbers ("1 2 … 8"). A reader that loses the line between that
row and a body row (small print on a scanned page) reads each number in front of the cell under it: a space
between ("2 Indeks Kepuasan …", "3 77,37") or, a value set tight against it, glued ("651.378.495,-" for
"51.378.495,-" under a "6", "898,86" for "98,86" under an "8"). The records stage takes the numbers apart in a
table's first rows (``extract.numbers_on_row``). A row it leaves so (a numbering row read into a row further
down, or under a numbering row of its own) reads every value a digit too long, and its checks fail as a
contradiction would: a realisasi "over" its anggaran, a serapan of 898,86 %.

:func:`numbered_rows` finds such rows by the records stage's own test
(:func:`~lkjip.extract.numbers_on_row.column_fronts`) on the cells a record was read from; a flag whose evidence
opens with such a row (its table, page and name, as :meth:`~lkjip.validate.engine.Ctx.where_row` words it) rests on
those values and is an uncertain reading, never an error (:func:`numbered_row`).
"""

from __future__ import annotations

from collections.abc import Callable

from lkjip.extract.numbers_on_row import column_fronts
from lkjip.model import BudgetLine, Flag, Performance, Report


def numbered_rows(report: Report, where_row: Callable[[BudgetLine | Performance], str]) -> dict[str, str]:
    """How a flag names each row whose cells open with the column numbers → the row's name."""
    out: dict[str, str] = {}
    for r in (*report.budget_lines, *report.performance):
        if r.source is not None and r.source.raw and column_fronts(r.source.raw) is not None:
            out[where_row(r)] = (r.uraian if isinstance(r, BudgetLine) else r.indikator) or ""
    return out


def numbered_row(f: Flag, rows: dict[str, str]) -> str | None:
    """The name of the numbered row (:func:`numbered_rows`) the flag's evidence opens with, else None ("baris 5"
    does not open "baris 58")."""
    return next((name for where, name in rows.items()
                 if f.evidence.startswith(where) and not f.evidence[len(where):len(where) + 1].isdigit()), None)
