"""Amounts read with a decimal mark the reader put in, not read (provenance for :func:`.words.join_wrapped`).

A whole amount in groups of three over its two decimals alone on the next line of its cell ("16.668.825" /
"00") is read as one amount with the decimal mark the other separator than the groups' ("16.668.825,00"): the
digits are printed, the mark between them is inferred (a scan's reading lost it, or the cut left none). Each
such amount is collected while a document is read (:data:`INFERRED_MARKS`) and noted on every table whose
cells print it (:func:`note_inferred_marks`), so the reading of those cells can be checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextvars import ContextVar

from lkjip.extract.document import Paragraph, Table

#: the amounts a decimal mark was put into, while a document is read (None: not collecting)
INFERRED_MARKS: ContextVar[list[str] | None] = ContextVar("INFERRED_MARKS", default=None)


def inferred_mark(amount: str) -> None:
    """Note ``amount`` as read with an inferred decimal mark (when a document's reading collects them)."""
    sink = INFERRED_MARKS.get()
    if sink is not None:
        sink.append(amount)


def note_inferred_marks(blocks: Sequence[Paragraph | Table], amounts: Sequence[str], warnings: list[str]) -> None:
    """A warning on each table of ``blocks`` holding one of ``amounts`` in a cell (once per amount and table);
    an amount only running text prints goes to the document's ``warnings``. An amount no block holds (read in
    a region that was read again otherwise) is no reading of the document: no warning."""
    for amount in dict.fromkeys(amounts):
        found = False
        for b in blocks:
            if isinstance(b, Table) and any(amount in c.split() for r in b.rows for c in r.cells):
                b.warnings.append(f"decimal mark put in between a whole amount and its two decimals wrapped onto "
                                  f"the next line: {amount!r} (digits read, mark inferred)")
                found = True
        if not found and any(isinstance(b, Paragraph) and amount in b.text.split() for b in blocks):
            warnings.append(f"decimal mark put in between a whole amount and its two decimals wrapped onto the "
                            f"next line of the text: {amount!r} (digits read, mark inferred)")
