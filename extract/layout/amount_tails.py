"""Tails of amounts a narrow column wrapped under a keyed row, whatever the marks the reading lost.

A table keyed in its first column ("1.4", "1.4.2") whose rows are closed by no rule (vertical rules alone, or
none) wraps a long name over two or three lines, and the amounts beside it with it: "47.315.336" / "00",
"208.417.52" / "4,00". Read from a scan the cut mark is often lost ("47.315.336," read without its comma), so
the rest does not add up to an amount (:func:`~lkjip.extract.layout.rows.amount_run`). A line with no key
whose numbers are all such short tails, each under a grouped amount in its column, is the row's next line.
"""

from __future__ import annotations

import re

from lkjip.extract.layout.cues import is_numeric_token
from lkjip.extract.layout.geometry import Word

#: an amount in groups of three, cut at its end or inside a group ("47.315.336", "83.400.000,", "208.417.52"), not
#: one whole with its decimals ("2.167.489,00")
_GROUPED = re.compile(r"^\d{1,3}(?:([.,])\d{3})+(?:\1\d{1,2}|[.,]\d?)?$")
#: the rest of an amount's decimals: "00", ".00", ",00", ":00", "4,00", "0", or one digit of "2 0"
_TAIL = re.compile(r"^[.,:;]?\d{1,2}$|^\d[.,:;]\d{2}$")


def amount_tails(above: list[list[Word]], cells: list[list[Word]], numeric_cols: set[int]) -> bool:
    """``cells`` (a line with no key) holds, in each column where it has a number, only tails of the grouped
    amount the line ``above`` ends that column with; and at least one such column."""
    if not cells or cells[0]:
        return False
    found = False
    for k, ws in enumerate(cells):
        nums = [w for w in ws if is_numeric_token(w.text)]
        if not nums:
            continue
        if k not in numeric_cols or len(nums) != len(ws) or not above[k]:
            return False
        if not _GROUPED.match(above[k][-1].text) or not all(_TAIL.match(w.text) for w in nums):
            return False
        found = True
    return found


#: the head of an amount a narrow column cut at a group's mark ("4.435.", "3777." with an inner mark lost too) ...
_CUT_HEAD = re.compile(r"^\d[\d.]*\.$")
#: ... or one whole in groups of three the column wrapped after a group ("50.944" / ".695"); a comma opens
#: decimals in Indonesian print ("12,345" is twelve and a fraction), no group goes on after it
_GROUPED_HEAD = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
#: the group wrapped onto the next line, its leading mark lost ("695" for ".695")
_GROUP = re.compile(r"^\d{3}$")


def lost_mark_tail(head: str, piece: Word) -> bool:
    """``piece`` may be the last group of the amount ``head`` ends its column with on the line above, the mark
    between them lost by the reading (a scan drops a lone dot at a line's start or end): three digits read by
    OCR under a head cut at a mark or whole in groups of three. A text layer loses no mark, so there three digits
    are a number of their own. Never sure alone: only beside a column whose number surely goes on
    (:func:`~lkjip.extract.layout.rows.numbers_continue`)."""
    return bool(piece.conf < 100 and _GROUP.match(piece.text) and (_CUT_HEAD.match(head) or _GROUPED_HEAD.match(head)))
