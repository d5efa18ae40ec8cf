"""How well one reading of a report's budget tables adds up: the places where its sums and percents close, and
where they fail (:func:`sum_places`).

A reader that doubts its reading of a table (issue #12 item 5: "a misread must not look like a contradiction")
tries the other plausible readings and keeps the one whose sums close (:mod:`lkjip.readings`). This is its
measure, the same arithmetic the budget rules check (:mod:`lkjip.validate.budget`): each parent line against its
children (a total against its rows), anggaran and realisasi, and each line's % against realisasi / anggaran. One
place per line: a line closes when every comparison it heads holds, and fails when one of them does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from lkjip.model import BudgetLine
from lkjip.validate.budget import MONEY_FIELDS, row_sum
from lkjip.validate.budget_rows import sum_rows
from lkjip.validate.engine import SUM_BURST, SUM_SHARE
from lkjip.validate.tolerance import percent, printed_matches, raw_percent


@dataclass(frozen=True)
class Places:
    """Where one reading's budget sums and percents close and where they fail."""

    closing: int = 0
    failing: int = 0

    def __add__(self, other: Places) -> Places:
        return Places(self.closing + other.closing, self.failing + other.failing)

    @property
    def net(self) -> int:
        return self.closing - self.failing

    def better_than(self, other: Places) -> bool:
        """Fewer places fail and more close than fail, by more than in ``other`` (a reading that merely loses lines
        fails at fewer places but closes at fewer too)."""
        return self.failing < other.failing and self.net > other.net

    def __str__(self) -> str:
        return f"{self.closing} cocok, {self.failing} tidak cocok"


def _line_holds(lines: list[BudgetLine], line: BudgetLine) -> bool | None:
    """Whether every sum and percent ``line`` heads holds (None: it heads none)."""
    checks: list[bool] = []
    rows = sum_rows(lines, line)
    for field in MONEY_FIELDS:
        found = row_sum(line, rows, field)
        if found is not None:
            printed, total, tolerance = found
            checks.append(abs(total - printed) <= tolerance)
    if line.anggaran and line.realisasi is not None and line.persen is not None:
        checks.append(printed_matches(line.persen, raw_percent(line.source, line.persen),
                                      percent(line.realisasi, line.anggaran)))
    return all(checks) if checks else None


def sum_places(lines: list[BudgetLine]) -> Places:
    """The places where the sums and percents of one budget table's ``lines`` close and fail (module doc)."""
    held = [_line_holds(lines, b) for b in lines]
    return Places(sum(1 for h in held if h is True), sum(1 for h in held if h is False))


#: a table the reader joined from parts is doubtful when its sums fail at this many places (two levels at once:
#: a report's own slip in one amount makes one parent fail, or a parent and the level above it)
JOINED_BURST = 2


def sums_doubtful(lines: list[BudgetLine], *, joined: bool = False) -> bool:
    """The table's sums fail at many places at once (as many, and as large a share of its lines, as make the
    validation engine doubt a table's reading: :data:`~lkjip.validate.engine.SUM_BURST`, ``SUM_SHARE``); for a
    table ``joined`` from parts, at :data:`JOINED_BURST` places (the join is a reading the reader chose)."""
    failing = sum_places(lines).failing
    if joined:
        return failing >= JOINED_BURST
    return failing >= SUM_BURST and failing >= SUM_SHARE * len(lines)
