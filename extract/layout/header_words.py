"""A header cut off at a page's foot read again from the words of its page into the columns of its body on the
next page (:func:`header_from_words`), a level per row it was read in (:func:`words_by_level`)."""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.document import TableRow
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.words import Vocabulary, join_wrapped


def header_from_words(head: PageTable, spans: Sequence[tuple[float, float]], lines: Sequence[TextLine],
                       vocab: Vocabulary | None) -> list[TableRow] | None:
    """The header ``head`` read again from the words of its page, each word in the column of ``spans`` under its
    middle, a row per level (:func:`words_by_level`), each cell's lines rejoined; None when the words are not those
    ``head`` was read from."""
    words = [w for ln in lines for w in ln.words if w.text.strip() and head.top - 0.5 <= (w.top + w.bottom) / 2
             <= head.bottom + 0.5 and head.x0 - 2 <= (w.x0 + w.x1) / 2 <= head.x1 + 2]
    letters = lambda texts: sorted("".join(texts).replace(" ", ""))  # noqa: E731
    if not words or letters(w.text for w in words) != letters(c for r in head.table.rows for c in r.cells):
        return None
    levels = words_by_level(head, words)
    out = []
    for row, level in levels:
        cols: list[dict[float, list[Word]]] = [{} for _ in spans]
        for w in level:
            cols[column_at((w.x0 + w.x1) / 2, spans)].setdefault(round(w.top), []).append(w)
        cells = [cell_text(c, vocab) if c else "" for c in cols]
        out.append(TableRow(cells=cells, page=row.page, bbox=row.bbox if len(levels) > 1 else
                            (head.x0, head.top, head.x1, head.bottom), is_header=True))
    return out


def words_by_level(head: PageTable, words: Sequence[Word]) -> list[tuple[TableRow, list[Word]]]:
    """``words`` (the header ``head``'s) dealt to the rows ``head`` was read in, when it was read in two or more
    rows each standing apart (its own band, no word between two bands): the levels of a header whose labels
    span columns ("NO | URAIAN | ANGGARAN | OUTPUT" over "ANGGARAN | REALISASI | % | URAIAN | TARGET"), kept
    apart as they are in a header read whole. Else one level, every word in it."""
    rows = head.table.rows
    whole = [(rows[0], list(words))]
    if len(rows) < 2 or any(r.bbox is None for r in rows):
        return whole
    bands = sorted(((r.bbox[1], r.bbox[3], r) for r in rows), key=lambda b: b[0])  # type: ignore[index]
    if any(b[0] < a[1] - 0.5 for a, b in zip(bands, bands[1:], strict=False)):
        return whole  # rows overlapping: not levels one under another
    dealt: list[tuple[TableRow, list[Word]]] = [(r, []) for _, _, r in bands]
    for w in words:
        mid = (w.top + w.bottom) / 2
        at = [k for k, (top, bottom, _) in enumerate(bands) if top - 0.5 <= mid <= bottom + 0.5]
        if len(at) != 1:
            return whole
        dealt[at[0]][1].append(w)
    return whole if any(not ws for _, ws in dealt) else dealt


def cell_text(lines: dict[float, list[Word]], vocab: Vocabulary | None) -> str:
    """The lines of one header cell rejoined; a line reaching the cell's right edge may end on a cut word."""
    ordered = [sorted(lines[y], key=lambda w: w.x0) for y in sorted(lines)]
    right = max(ln[-1].x1 for ln in ordered)
    full = [ln[-1].x1 >= right - 0.6 * ln[-1].size for ln in ordered]
    return join_wrapped([" ".join(w.text for w in ln) for ln in ordered], full, vocab)


def column_at(x: float, spans: Sequence[tuple[float, float]]) -> int:
    """The column whose span holds ``x`` (or the nearest)."""
    return min(range(len(spans)), key=lambda j: 0.0 if spans[j][0] <= x <= spans[j][1]
               else min(abs(x - spans[j][0]), abs(x - spans[j][1])))
