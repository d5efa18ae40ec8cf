"""A part of a table read with one column too many: a word of a justified cell set apart as a column of its own
(:func:`lone_word_put_back`).

A justified line of a narrow cell spreads its words apart ("PEMBINAAN        DAN"); a reader of a part on a page
of its own, no rules to part the columns, may see a column gap in that spread. The part then has one column more
than the table above it, and that column holds nothing but the word set apart, in one row, right of the cell it
came from. Every other cell of the part stands one column right of its place, so the part continues nothing.

A part with one column more than the table above, one column of which (not the first) holds text in one row
only, a single word, the cell left of it filled in that row, is read without that column: the part then has the
table's columns. The word goes back into the cell left of it between the two words the document prints it between
(its tables' cells and its text: "PEMBINAAN DAN PENGAWASAN" for "PROGRAM PEMBINAAN PENGAWASAN …" and "DAN"), else
after the cell's last word; a warning names it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from lkjip.extract.document import Document, Paragraph, Table

#: the word set apart is at most this long
WORD_CHARS = 12


def _placed(cell: str, word: str, printed: str) -> str:
    """``word`` put back into ``cell`` between the two words ``printed`` (the document's text, case-folded) shows it
    between, else after the cell's last word."""
    words = cell.split()
    for k in range(1, len(words)):
        if f" {words[k - 1]} {word} {words[k]} ".casefold() in printed:
            return " ".join([*words[:k], word, *words[k:]])
    return f"{cell.strip()} {word}"


def lone_word_column(prev: Table, nxt: Table) -> int | None:
    """The column of ``nxt`` holding nothing but a word set apart (see the module), else None."""
    if nxt.n_cols != prev.n_cols + 1 or not nxt.rows:
        return None
    found = None
    for j in range(1, nxt.n_cols):
        held = [i for i, r in enumerate(nxt.rows) if j < len(r.cells) and r.cells[j].strip()]
        if len(held) != 1:
            continue
        cells = nxt.rows[held[0]].cells
        word = cells[j].strip()
        if len(word.split()) == 1 and len(word) <= WORD_CHARS and word.isalpha() and cells[j - 1].strip():
            if found is not None:
                return None  # two such columns: no single word set apart
            found = j
    return found


def document_texts(doc: Document) -> list[str]:
    """The texts ``doc`` prints: its paragraphs and its tables' cells."""
    return block_texts(doc.blocks)


def block_texts(blocks: Sequence[Paragraph | Table]) -> list[str]:
    """The texts ``blocks`` print: their paragraphs, then their tables' cells."""
    return ([b.text for b in blocks if isinstance(b, Paragraph)]
            + [c for b in blocks if isinstance(b, Table) for r in b.rows for c in r.cells])


def lone_word_put_back(prev: Table, nxt: Table, texts: Callable[[], Sequence[str]]) -> Table | None:
    """``nxt`` without the column holding a word set apart (:func:`lone_word_column`), the word back in its cell;
    ``texts`` gives the document's texts (:func:`document_texts`) that show where it stands. None when there is
    none."""
    j = lone_word_column(prev, nxt)
    if j is None:
        return None
    printed = " " + " ".join(" ".join(t.split()) for t in texts()).casefold() + " "
    rows, note = [], ""
    for r in nxt.rows:
        cells = list(r.cells)
        if j < len(cells) and (word := cells[j].strip()):
            cells[j - 1] = _placed(cells[j - 1], word, printed)
            note = f"a word of a cell read as a column of its own put back: '{word}' in '{cells[j - 1][:60]}'"
        rows.append(r.model_copy(update={"cells": cells[:j] + cells[j + 1:]}))
    return nxt.model_copy(update={"rows": rows, "warnings": [*nxt.warnings, note]})
