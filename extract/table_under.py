"""A caption-less table set right under another, read as one table with it, split off again (:func:`tables_split`).

With no caption and no line of text between, a reader may take two tables for one: the lower one then opens
inside the upper one's body with a header of its own, over its own column numbers ("1 | 2 | 3 4 | 5"), in words the
upper header does not repeat. Left joined, every uncaptioned table after it would take the wrong place
("Tabel tanpa judul 9" read as 10) and its rows would be read under the wrong header.

A reader may also cut two such tables in the wrong place: the lower table's header rows close the upper table,
and the lower table opens with its column numbers alone ("(1) | (2) | (3)"), a header naming nothing, or with its
data (a table carried over a page break running on into the next table's header at the page's top): the header
rows go back down to their table (:func:`header_at_foot`), with no column numbers only when they name a known kind
of table.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

import regex as re

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.headers import is_header_like

_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
#: tells header rows (their cells, the number of columns) that name a known kind of table (the stitcher passes
#: :func:`~lkjip.extract.classify.classify_header`'s reading, which reads headers with this module)
Named = Callable[[list[list[str]], int], bool]


def column_numbers(cells: list[str]) -> bool:
    """The row numbers the columns ("1 | 2 | 3 4 | 5", "(1) (2) …"), however its cells were cut: its words, in
    order, are 1, 2, 3 … (three at least)."""
    words = " ".join(cells).split()
    if len(words) < 3 or not all(_COLUMN_NUMBER.match(w) for w in words):
        return False
    return [int(w.strip("()")) for w in words] == list(range(1, len(words) + 1))


def header_rows(table: Table) -> list[TableRow]:
    """The leading rows of ``table`` marked or read as its header (column numbers included)."""
    out = []
    for r in table.rows[:5]:
        if not (r.is_header or is_header_like(r.cells)):
            break
        out.append(r)
    return out


def letter_counts(cells: Iterable[str]) -> Counter:
    """How often each letter (case-folded, spaces left out) stands in ``cells``: two readings of one header hold
    the same letters however their words were cut into cells and lines, a clipped one some of them."""
    return Counter("".join(cells).casefold().replace(" ", ""))


def sorted_letters(rows: list[TableRow]) -> str:
    """The letters of ``rows``' cells, sorted and case-folded: two readings of one header compare equal however
    their words were cut into cells or lines."""
    return "".join(sorted("".join("".join(c for r in rows for c in r.cells).split()).casefold()))


def _new_words(row: TableRow, said: str) -> bool:
    """``row`` holds a word (three letters at least) the header ``said`` (its letters run together) does not: a
    header of its own, not a line of the table's header repeated, however cut ("o |  | Tujuan |  | Sasaran")."""
    return any(len(w) >= 3 and w not in said for c in row.cells for w in c.casefold().split())


def table_under_table(table: Table) -> int | None:
    """The row of ``table``'s body where another table's header opens: a header row of other words than
    ``table``'s (not its header repeated, whole or a line of it), right over the new header's column numbers, past
    a row of data."""
    head = header_rows(table)
    if not head:
        return None
    own = sorted_letters(head[:1])
    said = "".join("".join(c for r in head for c in r.cells).split()).casefold()
    for k in range(len(head) + 1, len(table.rows) - 2):
        row, below = table.rows[k], table.rows[k + 1]
        filled = [c for c in row.cells if c.strip()]
        if (len(filled) >= 2 and is_header_like(row.cells) and not any(re.search(r"\d", c) for c in filled)
                and column_numbers(below.cells) and sorted_letters([row]) != own and _new_words(row, said)
                and not column_numbers(table.rows[k - 1].cells)):
            return k
    return None


#: how many rows of a table's foot may be the header of the table under it
FOOT_HEADER_ROWS = 3


def header_at_foot(table: Table, below: Table, named: Named | None = None) -> int | None:
    """The row of ``table`` where the header of ``below`` (the next block, opening with its column numbers or its data, no
    header above them) opens: the last rows of ``table`` (up to :data:`FOOT_HEADER_ROWS`, past a row of data) read
    as a header, the first of them in words ``table``'s header does not hold; else None. The column numbers may
    close ``table`` too (the whole header at a page's foot, ``below`` opening the next page with its data). With no
    column numbers either side, only rows ``named`` tells a header naming a known kind of table are taken: only
    such words tell a header from a row of words (the header may stand on the page of ``below``: a carried table's
    rest at a page's top read on into it)."""
    head = header_rows(table)
    if not head or not below.rows or len(table.rows) < 2:
        return None
    # the header's column numbers stay over its words at the foot too when ``below`` opens with its data
    end = len(table.rows) - 1 if column_numbers(table.rows[-1].cells) else len(table.rows)
    bare = end == len(table.rows) and not column_numbers(below.rows[0].cells)  # no column numbers either side
    if bare and (below.rows[0].is_header or is_header_like(below.rows[0].cells)):
        return None
    said = "".join("".join(c for r in head for c in r.cells).split()).casefold()
    k = end
    while k > len(head) + 1 and end - k < FOOT_HEADER_ROWS and is_header_like(table.rows[k - 1].cells) \
            and not column_numbers(table.rows[k - 1].cells):
        k -= 1
    if k == end or is_header_like(table.rows[k - 1].cells):
        return None
    first = table.rows[k]
    if bare and (named is None or any(len(r.cells) != below.n_cols for r in table.rows[k:end])
                 or not named([r.cells for r in table.rows[k:end]], below.n_cols)):
        return None
    return k if sum(1 for c in first.cells if c.strip()) >= 2 and _new_words(first, said) else None


def _labels_apart(cells: list[str], upper: list[TableRow], below: Table) -> list[str]:
    """``cells`` (a header row read at the foot of the table above, in its columns) with a label run into the cell
    on its left put back in its own, empty, cell: the words ending that cell are the label the upper table's
    header gives the same column ("Sasaran Strategis Indikator Kinerja" | "" under "Tujuan" | "Indikator
    Kinerja"), and ``below`` fills that column in most rows."""
    out = list(cells)
    for k in range(len(out) - 1):
        words, label = out[k].split(), [
            r.cells[k + 1].split() for r in upper
            if k + 1 < len(r.cells) and r.cells[k + 1].strip() and not _COLUMN_NUMBER.match(r.cells[k + 1].strip())]
        if out[k + 1].strip() or len(label) != 1 or not 0 < len(label[0]) < len(words):
            continue
        filled = sum(1 for r in below.rows if k + 1 < len(r.cells) and r.cells[k + 1].strip())
        tail = words[-len(label[0]):]
        if [w.casefold() for w in tail] == [w.casefold() for w in label[0]] and 2 * filled > len(below.rows):
            out[k], out[k + 1] = " ".join(words[:-len(tail)]), " ".join(tail)
    return out


def _headers_moved_down(blocks: list[Paragraph | Table], named: Named | None) -> list[Paragraph | Table]:
    """``blocks`` with the header rows closing a table given back to the table right under it
    (:func:`header_at_foot`)."""
    out = list(blocks)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not isinstance(a, Table) or not isinstance(b, Table) or (k := header_at_foot(a, b, named)) is None:
            continue
        moved = [r.model_copy(update={"is_header": True, "cells": _labels_apart(r.cells, header_rows(a), b)})
                 for r in a.rows[k:]]
        out[i] = a.model_copy(update={"rows": a.rows[:k]})
        out[i + 1] = b.model_copy(update={
            "rows": [*moved, *b.rows], "page": moved[0].page,
            "warnings": [*b.warnings, "its header rows, read as the last rows of the table above it, moved back"]})
    return out


def tables_split(blocks: list[Paragraph | Table], named: Named | None = None) -> list[Paragraph | Table]:
    """``blocks`` with every table that holds another table under it (:func:`table_under_table`) cut in two, and
    a table's header read at the foot of the table above it moved back (:func:`header_at_foot`)."""
    out: list[Paragraph | Table] = []
    for b in _headers_moved_down(blocks, named):
        while isinstance(b, Table) and (k := table_under_table(b)) is not None:
            rest = [r.model_copy(update={"is_header": r.is_header or j < 2}) for j, r in enumerate(b.rows[k:])]
            first = b.model_copy(update={"rows": b.rows[:k]})
            out.append(first)
            b = b.model_copy(update={"rows": rest, "page": rest[0].page, "bbox": None, "line_no": None,
                                     "warnings": ["read into the table above it (no caption or line between), split off"]})
        out.append(b)
    return out
