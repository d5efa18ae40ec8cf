"""The tail of an amount cut in a table's last row, read as a line of text right under the table
(:func:`amount_rest`).

A narrow amount column wraps an amount onto its row's next line ("136.207." / "988,00"). When that line holds
nothing else (the row's name fitted on one line), a reader may end the table above it: the tail comes out as a
paragraph of its own under the table, on the same page, and the amount stays cut ("136.207." reads as no amount,
or worse as a smaller one). The line is the tail when it is nothing but digit groups, it stands under the last row
within the table's width, and it makes a whole amount with exactly one amount of that row still cut short
(:func:`~lkjip.extract.layout.cues.whole_amount_text`). The tail then goes back into that cell, after the amount's
head (a cell where the funding source's word stands after the head keeps the tail after it: "136.207. APBD" +
"988,00"; the records read the amount around the word).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from lkjip.extract.captions import furniture
from lkjip.extract.cell_rest import table_span
from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.layout.cues import amount_cut, whole_amount_text

#: a tail of an amount alone on its line: digit groups, maybe cents or ",-"
_TAIL = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d{1,2}|,-)?$")
#: the tail's box may stand this far (points) outside the table's box
_SLACK = 3.0


def _cut_heads(cell: str, tail: str) -> list[int]:
    """The positions of the words of ``cell`` that are an amount cut short which ``tail`` makes whole."""
    return [i for i, w in enumerate(cell.split()) if amount_cut(w) and whole_amount_text([w, tail]) is not None]


def _under(p: Paragraph, table: Table, row: TableRow) -> bool:
    """``p`` stands on ``row``'s page, below the row's top and within the table's width."""
    span = table_span(table)
    if p.page is None or p.page != row.page or p.bbox is None or span is None:
        return False
    if row.bbox is not None and p.bbox[1] < row.bbox[1]:
        return False
    return p.bbox[0] >= span[0] - _SLACK and p.bbox[2] <= span[1] + _SLACK


def amount_rest(table: Table, paras: Sequence[Paragraph | Table], running: set[str]
                ) -> tuple[TableRow, list[int], list[TableRow]] | None:
    """``table``'s last row with the tail of its one cut amount put back, the indices in ``paras`` (the blocks
    right under the table) of the paragraphs used, and no new row; None when the first line under the table is no
    such tail."""
    if not table.rows or table.rows[-1].is_header:
        return None
    row = table.rows[-1]
    used: list[int] = []
    for i, p in enumerate(paras):
        if not isinstance(p, Paragraph):
            return None
        if furniture(p, running):
            used.append(i)
            continue
        tail = " ".join(p.text.split())
        if p.bold or "\n" in p.text.strip() or not _TAIL.match(tail) or not _under(p, table, row):
            return None
        found = [(k, at) for k, c in enumerate(row.cells) for at in _cut_heads(c, tail)]
        if len(found) != 1:
            return None
        k, at = found[0]
        words = row.cells[k].split()
        if at == len(words) - 1:
            words[at] = whole_amount_text([words[at], tail]) or words[at]
        else:
            words.append(tail)
        cells = list(row.cells)
        cells[k] = " ".join(words)
        return row.model_copy(update={"cells": cells}), [*used, i], []
    return None
