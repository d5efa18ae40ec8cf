"""What tells a piece of the table above from a table of its own, past the piece rules of
:func:`lkjip.extract.classify._is_piece`.

A table read without its header (its header row run into its first row, a scan's grey header read as body) opens
with no header of its own, just as a piece of the table above does. Its values tell them apart: a piece holds the
values its table holds, and a table of amounts of money (a program budget table: "2.542.633.198,00") under a
table that holds none (a table of indicators and their targets) is a table of its own. Counted as a piece, it
would take the label of the table above and lose its own, and every uncaptioned table after it would be numbered
one short.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table

#: an amount of money, a million at least, in groups of three ("2.542.633.198,00", "Rp 7.564.706")
_MONEY = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2}|,-)?(?![\d.,]*\d)")


def _holds_money(table: Table) -> bool:
    return any(_MONEY.search(c) for r in table.rows for c in r.cells)


def money_apart(above: Table, table: Table) -> bool:
    """``table`` holds amounts of money and the table ``above`` it none: a table of its own, not a piece."""
    return _holds_money(table) and not _holds_money(above)
