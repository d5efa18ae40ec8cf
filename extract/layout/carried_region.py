"""Where the rest of a borderless table that ended the page before runs on at the top of a page
(:func:`carried_region`), read by the carried table's columns.

A table of text rows (a cascading table, :func:`~.carry.ending_table`) running on over a page is read from that
page's own lines, which show its columns; but a page holding only its last rows, filled in two or three columns
("Koordinasi …" / "Koordinasi/sinergi …" / "Jumlah Laporan …" under the names merged down above), shows too few
columns to be a table by itself: :func:`unread_rest` reads those lines with the carried columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lkjip.extract.layout.channels import more_columns
from lkjip.extract.layout.cues import NUMBERED_CAPTION
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.region_ends import new_table_below, sentence_after


def in_header(word: str, header_words: set[str]) -> bool:
    """``word`` is a header word, or a piece of one its narrow cell broke ("TARG" of "TARGET", "N" of
    "ANGGARAN": a single letter only as a word's end, wrapped onto the next line; "kato" of "Indikator", a cell
    narrower still breaking the word over three lines: a middle piece of three letters or more)."""
    return word in header_words or any(h.endswith(word) or (len(word) >= 2 and h.startswith(word))
                                       or (len(word) >= 3 and word in h) for h in header_words)


def carried_region(lines: Sequence[TextLine], spans: list[list[tuple[float, float]]], carry: PageTable, *,
                   own_first: bool = True) -> int:
    """Index of the last line, from the top, that fits the carried table's channels (-1: none). Whether the page
    shows more columns than the carried table has is judged on its first lines down to a blank, the next table's
    caption, a sentence after it or the next table's start: a table's last row alone atop a page, a caption (or a
    line of text) and the next table's header under it, is the carried table's. ``own_first``: a carried table of
    text rows (``text_rows``) running on over the page is left to the page's own lines (-1), which show its
    columns (:func:`unread_rest` reads it with the carried columns where they do not)."""
    end = -1
    lo, hi = carry.x0 - 4 * lines[0].size, carry.x1 + 2 * lines[0].size
    # lines from a blank, the next table's caption or its start on are no guide to the carried table's columns
    stop = next((j for j in range(1, len(lines)) if set_apart(lines, j) or NUMBERED_CAPTION.match(lines[j].text)
                 or sentence_after(lines, spans, j)), len(lines))
    if more_columns(lines[:min(5, stop)], spans[:min(5, stop)], carry.channels):
        return -1  # the page shows more columns than the carried table has
    header_words = {w.lower() for r in carry.table.rows if r.is_header for c in r.cells for w in c.split()}
    for j, ln in enumerate(lines):
        if j and set_apart(lines, j):
            break
        if ln.x0 < lo or ln.x1 > hi or (len(spans[j]) == 1 and NUMBERED_CAPTION.match(ln.text)):
            break  # outside the table, or the next table's caption
        if any(w.bold for w in ln.words) and not all(in_header(w.text.lower(), header_words) for w in ln.words):
            break  # bold words the carried table's header does not have: the next table's header
        crossed = sum(any(a < g0 + 1.0 and b > g1 - 1.0 for a, b in spans[j]) for g0, g1 in carry.channels)
        if crossed and (len(spans[j]) < 2 or crossed == len(carry.channels)):
            break  # runs across a column gap (a spanning label on a multi-column row is fine)
        end = j
    if end >= 0 and not any(len(spans[j]) >= 2 for j in range(end + 1)):
        return -1
    if own_first and carry.text_rows and (stop == len(lines) or end + 1 < stop):
        return -1  # a table of text rows runs on over this page: its own lines show its columns
    return end


def set_apart(lines: Sequence[TextLine], j: int) -> bool:
    """Line ``j`` stands under a blank of more than two lines and a half, or opens a table of its own."""
    return lines[j].top - lines[j - 1].bottom > 2.5 * max(lines[j - 1].height, 4.0) or new_table_below(lines, 0, j)


def unread_rest(lines: Sequence[TextLine], spans: list[list[tuple[float, float]]], carry: PageTable,
                own: Callable[[], list[PageTable]]) -> int:
    """The last line of the rest of a carried table of text rows that the page's own reading (``own``: its tables
    found without the carry) leaves unread, from the top (-1: none). The page's own tables start below the top
    (or there are none): the lines above the first of them that fit the carried columns (:func:`carried_region`)
    are the carried table's last rows, filled in too few columns to show a table by themselves."""
    if not carry.text_rows or not lines:
        return -1
    end = carried_region(lines, spans, carry, own_first=False)
    if end < 0:
        return -1
    first = min((t.top for t in own()), default=float("inf"))
    while end >= 0 and lines[end].bottom > first:
        end -= 1
    return end if any(len(spans[j]) >= 2 for j in range(end + 1)) else -1
