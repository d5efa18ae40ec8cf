"""A table's header row read as a line of text right above it, put back as its header (:func:`headers_from_lines`).

A PDF reader may miss a short header row (shaded, or ruled apart from the body) and print it as a line of running
text over the table it heads: "Program Anggara n (Rp.)" over rows of program names and amounts. The table, left
without a header, is of no known kind, and its records are lost. A line right above a table with no header of its
own, no caption and no sentence, whose words cut into as many cells as the table has columns give the header of a
known kind of table, is that header: the cut whose columns agree best with the values under them (money words over
amounts, names over text) is kept, and the line leaves the text.
"""

from __future__ import annotations

from itertools import combinations

import regex as re

from lkjip.extract.captions import caption_label, furniture
from lkjip.extract.classify import TableKind, classify_header
from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.headers import build_columns, is_header_like, is_numbering_row

#: the widest table and the longest line this reads (the cuts grow fast with both)
_MOST_COLUMNS, _MOST_WORDS = 4, 10
#: the lines of a header whose cells wrapped ("Program Anggara" / "n (Rp.)")
_MOST_LINES = 3
_MONEY_WORD = re.compile(r"anggar|realisasi|pagu|\(rp|rp\.|biaya|jumlah", re.I)
_NAME_WORD = re.compile(r"program|kegiatan|uraian|nama|sasaran|indikator|belanja", re.I)
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _headless(table: Table) -> bool:
    first = table.rows[0] if table.rows else None
    return (first is not None and not any(r.is_header for r in table.rows) and not is_header_like(first.cells)
            and not is_numbering_row(first.cells) and 2 <= table.n_cols <= _MOST_COLUMNS)


def _line_over(blocks: list[Paragraph | Table], index: int, running: set[str]) -> int | None:
    """The index of the paragraph right above ``blocks[index]`` (past page furniture) that may be a header line."""
    j = index - 1
    while j >= 0 and isinstance(blocks[j], Paragraph) and furniture(blocks[j], running):
        j -= 1
    p = blocks[j] if j >= 0 else None
    if not isinstance(p, Paragraph) or len(p.lines) > _MOST_LINES or caption_label(p.text):
        return None
    text = " ".join(p.text.split())
    if not text or text.endswith((".", ":")) or len(text.split()) > _MOST_WORDS:
        return None
    return j


def _agreement(cells: list[str], body: list[TableRow]) -> int:
    """How many columns hold what their header names: amounts under a money word, text under a name word; a cell
    opening with a lower-case fragment (the tail of a word a reader broke: "Anggara n") counts against."""
    score = 0
    for k, head in enumerate(cells):
        column = [r.cells[k].strip() for r in body if k < len(r.cells) and r.cells[k].strip()]
        amounts = sum(1 for c in column if _AMOUNT.search(c))
        money, name = _MONEY_WORD.search(head), _NAME_WORD.search(head)
        if column and (money and 2 * amounts > len(column) or name and not money and 2 * amounts < len(column)):
            score += 1
        if head[:1].islower():
            score -= 1
    return score


def header_cut(text: str, table: Table) -> list[str] | None:
    """The cells of the header ``text`` prints for ``table`` (see the module), else None."""
    words, n = text.split(), table.n_cols
    if len(words) < n:
        return None
    best: tuple[int, list[str]] | None = None
    for cuts in combinations(range(1, len(words)), n - 1):
        bounds = (0, *cuts, len(words))
        cells = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        if classify_header([cells], build_columns([cells], n), False) is TableKind.unknown:
            continue
        score = _agreement(cells, table.rows)
        if score == n and (best is None or score > best[0]):
            best = (score, cells)
    return best[1] if best else None


def headers_from_lines(blocks: list[Paragraph | Table], running: set[str]) -> list[Paragraph | Table]:
    """``blocks`` with each header row read as a line of text over its table put back into it."""
    out = list(blocks)
    for i in range(len(out) - 1, -1, -1):
        table = out[i]
        if not isinstance(table, Table) or not _headless(table) or (j := _line_over(out, i, running)) is None:
            continue
        line = out[j]
        assert isinstance(line, Paragraph)
        if (cells := header_cut(line.text, table)) is None:
            continue
        table.rows.insert(0, TableRow(cells=cells, page=line.page or table.page, bbox=line.bbox, is_header=True))
        table.warnings.append(f"header row read as a line of text above it, put back: '{line.text.strip()[:60]}'")
        del out[j]
    return out
