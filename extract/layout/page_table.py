"""A table found on one page, whichever way it was found.

:class:`PageTable` wraps the document's :class:`~lkjip.extract.document.Table`
with what reading order and stitching need: its box, its column edges (ruled
tables, :mod:`.grid`) or white channels (borderless tables,
:mod:`.borderless`), and the tails of its last row's cells.
:func:`mark_bold_header` tells header rows by weight, for both kinds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.cues import AMOUNT, BROKEN_AMOUNT
from lkjip.extract.layout.words import Tail


@dataclass
class PageTable:
    """A table found on one page, with the column boundaries used for stitching."""

    table: Table
    col_edges: list[float]
    top: float
    bottom: float
    x0: float
    x1: float
    #: white channels between the columns of a borderless table (stitching compares them)
    channels: list[tuple[float, float]] = field(default_factory=list)
    #: last printed line of each cell of the last row, whether it filled its cell and ran to the row's bottom
    tails: list[Tail] = field(default_factory=list)
    #: the continuation of a table from the page before (its columns carried over)
    carried: bool = False
    #: pages this table continues on, and on how many of them a repeated header was dropped
    cont_pages: list[int] = field(default_factory=list)
    headers_dropped: int = 0
    #: lent its columns to the next page only as rows of text (no number, no marked header): the next page's
    #: lines take them only where the table ends there (:func:`~.carry.ending_table`)
    text_rows: bool = False
    #: a table ruled one way whose last row runs on to the page's foot with no rule under it: a page break cut it
    #: (:func:`~.half_ruled.open_ends`), so the table goes on over the next page whatever its rows hold
    open_bottom: bool = False
    #: read with the columns of the table right above it (a part its author split off, :mod:`.short_parts`): its
    #: rows are that table's body, a guide to the next page as a part with a header is
    part_below: bool = False

    def finish(self) -> Table:
        """The table, with one note summing up its continuation."""
        if self.cont_pages:
            pages = self.cont_pages
            where = f"page {pages[0]}" if len(pages) == 1 else f"pages {pages[0]}-{pages[-1]}"
            note = f"continued on {where}"
            if self.headers_dropped:
                note += f"; repeated header dropped on {self.headers_dropped} page{'s' if self.headers_dropped > 1 else ''}"
            self.table.warnings.append(note)
        broken = sorted({c for r in self.table.rows if not r.is_header for c in r.cells
                         if BROKEN_AMOUNT.match("".join(c.split()))})
        if broken:
            # a piece of an amount no line completed: kept as printed, and the table's reading in doubt (its flags
            # are warnings), never an amount guessed
            self.table.warnings.append(f"amount broken in a narrow column, not rebuilt: {', '.join(broken[:3])}")
            self.table.doubt = self.table.doubt or (
                f"angka terpotong di kolom sempit yang tidak dapat disusun kembali ({broken[0]})")
        return self.table


def mark_bold_header(rows: list[TableRow], row_bold: list[bool]) -> None:
    """Leading rows printed all in bold, before any row with an amount, are headers (unless every row is bold).

    Years and column numbers ("2019", "(3)") are header text; an amount or percentage ("1.250.000", "82,47") is data.
    """
    if all(row_bold):
        return
    for r, bold in zip(rows, row_bold, strict=True):
        if not bold or any(AMOUNT.match(w) for c in r.cells for w in c.split()):
            break
        r.is_header = True
