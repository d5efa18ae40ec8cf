"""Stitching across a page break: a table continued on the next page, running text cut by it.

A table continued on the next page (nothing but furniture between, same
columns: :func:`same_columns`) becomes one (:func:`stitch`): a repeated header
dropped, a row cut by the page break rejoined (:func:`continues_row`),
amounts cut with it included. A paragraph ending a page mid-sentence runs on
into the first paragraph of the next (:func:`continues_paragraph`).
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.document import Paragraph, TableRow
from lkjip.extract.layout.cues import (
    CAPTION_WORD,
    LIST_MARKER,
    amount_broken,
    amount_cut,
    amount_whole,
    is_numeric_token,
)
from lkjip.extract.layout.geometry import Word
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.rows import numbers_continue
from lkjip.extract.layout.words import Tail, Vocabulary, tail_glue


def same_columns(a: PageTable, b: PageTable, tol: float = 6.0) -> bool:
    if a.table.n_cols != b.table.n_cols:
        return False
    if a.channels and b.channels:  # borderless: every column gap overlaps its counterpart
        return abs(a.x0 - b.x0) <= 3 * tol and all(
            x0 < y1 and y0 < x1 for (x0, x1), (y0, y1) in zip(a.channels, b.channels, strict=True)
        )
    if len(a.col_edges) == len(b.col_edges):
        return all(abs(x - y) <= tol for x, y in zip(a.col_edges, b.col_edges, strict=True))
    return abs(a.x0 - b.x0) <= tol and abs(a.x1 - b.x1) <= tol


def _norm_row(r: TableRow) -> tuple[str, ...]:
    return tuple(" ".join(c.lower().split()) for c in r.cells)


#: words a phrase does not end on: a cell ending with one was cut
_OPEN_WORDS = frozenset(["dan", "atau", "serta", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "and", "of"])


def _open_end(text: str) -> bool:
    """``text`` stops mid-phrase: on a comma, hyphen, slash or conjunction ("… Lembaga Kemasyarakatan,")."""
    text = text.rstrip()
    if not text:
        return False
    return text.endswith((",", ";", "-", "/", "&")) or text.rsplit(" ", 1)[-1].lower() in _OPEN_WORDS


def continues_row(last: TableRow, first: TableRow, tails: Sequence[Tail] = ()) -> bool:
    """The continuation's first row is the rest of a row the page break cut.

    Word lets a row break across pages: the next page then starts with a row
    whose first cell is empty (or every cell of which runs on in lower case,
    "pemerintahan desa" | "penataan desa", or whose first cell continues one
    cut mid-phrase, "Lembaga Kemasyarakatan," | "Lembaga Adat …"), that fills only columns the cut row
    has text in — columns whose text ran down to the page break (``tails``) —
    and that carries no number of its own.
    """
    if not any(first.cells):
        return False
    if first.cells[0] and not all(c[0].islower() for c in first.cells if c) and not _open_end(last.cells[0]):
        return False  # a first cell of its own starts a row, unless it runs on mid-sentence
    filled = {k for k, c in enumerate(first.cells) if c}
    if not filled <= {k for k, c in enumerate(last.cells) if c}:
        return False
    if tails and not all(k < len(tails) and tails[k].running for k in filled):
        return False  # a cell whose text ended well above the page break cannot run on
    numbers = {k for k, c in enumerate(first.cells) if c and is_numeric_token(c)}
    if not numbers:
        return True
    # amounts the break cut in a narrow column: "Rp" / "9.530.563", "2.408.791." / "274"
    if all(_finishes_amount(last.cells[k], first.cells[k]) for k in numbers):
        return True
    # numbers are the rest of numbers the break cut ("100," / "00", "10" / "0" beside it), not a row's own
    above = [[Word(c.split()[-1] if c.split() else "", 0, 0, 0, 0)] if c else [] for c in last.cells]
    below = [[Word(c, 0, 0, 0, 0)] if k in numbers else [] for k, c in enumerate(first.cells)]
    return numbers_continue(above, below)


def _finishes_amount(above: str, below: str) -> bool:
    """``below`` completes the amount the cell ``above`` left cut (a currency sign alone, or an amount's head)."""
    a, b = "".join(above.split()), "".join(below.split())
    return amount_cut(a) and amount_whole(a + b, not any(ch.isdigit() for ch in a)) and amount_broken(a, a + b)


def _same_header(first: Sequence[TableRow], cont: Sequence[TableRow]) -> int:
    """How many leading header rows of ``cont`` repeat the header of ``first`` with the same letters, however
    its levels and lines were cut (a repeated header drawn shorter than its text: "Tahun 2024" beside
    "Target" on one line); 0 when they differ or either has no header, or nothing follows it."""
    def head(rows: Sequence[TableRow]) -> list[TableRow]:
        out = []
        for r in rows:
            if not r.is_header:
                break
            out.append(r)
        return out

    a, b = head(first), head(cont)
    if not a or not b or len(b) >= len(cont):
        return 0
    letters = lambda rows: sorted("".join(c for r in rows for c in r.cells).lower().replace(" ", ""))  # noqa: E731
    return len(b) if letters(a) == letters(b) else 0


def stitch(first: PageTable, cont: PageTable, vocab: Vocabulary | None = None) -> None:
    """Append ``cont`` (the same table on the next page) to ``first``, dropping a repeated header."""
    rows = cont.table.rows
    drop = 0
    for k in range(min(4, len(first.table.rows), len(rows) - 1), 0, -1):
        if [_norm_row(r) for r in rows[:k]] == [_norm_row(r) for r in first.table.rows[:k]]:
            drop = k
            break
    drop = drop or _same_header(first.table.rows, rows)
    if drop:
        for r in first.table.rows[:drop]:
            r.is_header = True
        first.headers_dropped += 1
    rest = rows[drop:]
    if rest and first.table.rows and continues_row(first.table.rows[-1], rest[0], first.tails):
        last, cont_row = first.table.rows[-1], rest[0]
        joined = []
        for k, (a, b) in enumerate(zip(last.cells, cont_row.cells, strict=True)):
            tail = first.tails[k] if k < len(first.tails) else Tail(a, False)
            joined.append(a + b if a and b and tail_glue(tail, a, b, vocab) else " ".join(x for x in (a, b) if x))
        last.cells = joined
        first.table.warnings.append(f"row split across pages {first.table.rows[-1].page}/{cont.table.page} rejoined")
        rest = rest[1:]
    first.table.rows.extend(rest)
    first.table.warnings.extend(cont.table.warnings)
    first.cont_pages.append(cont.table.page)
    first.col_edges, first.x0, first.x1, first.channels = cont.col_edges, cont.x0, cont.x1, cont.channels
    first.tails = cont.tails
    first.table.bbox = None if first.table.page != cont.table.page else first.table.bbox


def continues_paragraph(prev: Paragraph, first: Paragraph, prev_end: int | None) -> bool:
    """A paragraph cut by a page break: the page ended mid-sentence in running text.

    The last paragraph of one page and the first of the next are one when
    neither is bold, the first is long running text (not a caption) that does
    not end a sentence, and the second is not a list item or caption.
    """
    if prev_end is None or first.page != prev_end + 1:
        return False
    if prev.bold or first.bold or len(prev.text) < 80:
        return False
    if prev.text.rstrip().endswith((".", "!", "?", ":", ";")) or CAPTION_WORD.match(prev.text):
        return False
    return not (LIST_MARKER.match(first.text + " ") or CAPTION_WORD.match(first.text))
