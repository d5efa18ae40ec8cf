"""The rest of a table's last row, cut by a page break and read as lines of text on the next page.

A row that breaks across pages leaves the rest of its tallest cell (a few words, one line or three) at the top of
the next page. When nothing else of the table follows there (no row, no rule), a reader sees no table: the words
come out as short paragraphs right under the table, and the cell above stays cut ("Persentase lembaga
kemasyarakatan desa yang" / "aktif"). :func:`cell_rest` finds those lines and the cell they finish:

* they open the next page (nothing but running headers or footers between), each a short line that is no caption,
  title or heading (not bold, not all capitals), stacked one under the other in one column of the table: their
  box lies within the table's width, right of its left edge (text of the page starts at the margin);
* the column is the one their middle falls in, the table's columns estimated from its cells (a column is as wide
  as the text its cells hold: :func:`column_edges`); of the cells of the last row holding text of the same kind
  (words under words, a number's digits under a number) the one nearest; a cell that stops mid-phrase ("… yang",
  "… dan", "… ,") is preferred among cells as near, and before it a cell whose last word the lines' first
  fragment finishes (the two glued a word the document prints, at least as often as the fragment alone:
  "pemerintah" + "an yang").

The lines are joined to the cell as a wrapped cell's lines are (a word broken by the narrow column glued back:
"kemasyarakat" + "an desa"), and dropped from the text. A reader without boxes (plain text) gives no lines here.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from lkjip.extract.captions import caption_label, furniture, stacked_under
from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.layout.words import Vocabulary, join_wrapped

#: at most this many paragraphs (each one line or a few) carry a cell's rest
REST_PARAGRAPHS = 3
#: a line of a cell's rest holds at most this many characters (a column, not the page's width)
REST_LINE_CHARS = 60
#: the lines' middle may stand this far (a share of the table's width) outside the column found for them
EDGE_SLACK = 0.04
#: lines stacked in one cell are this close (times the height of a line) one under the other
STACK_GAP = 1.8

#: words a phrase never ends with, nor a name opens with: the text goes on past them
JOINING_WORDS = frozenset(["dan", "atau", "serta", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "oleh"])
_CONTINUED = re.compile(r"\b(lanjutan|sambungan|continued)\b", re.I)
_NUMERIC = re.compile(r"^[\d.,%()\-\s]+$")
_LETTERS = re.compile(r"[^\W\d_]")
#: a digit: a line at the page's foot holding one is a row's value, no words of a cut cell
_DIGIT = re.compile(r"\d")


def table_span(table: Table) -> tuple[float, float] | None:
    """The left and right edge of ``table``: of its box, else (a table joined across pages keeps no box of its
    own) of the boxes of its rows on the page of its last row."""
    if table.bbox is not None:
        return table.bbox[0], table.bbox[2]
    page = table.rows[-1].page if table.rows else None
    boxes = [r.bbox for r in table.rows if r.bbox is not None and r.page == page]
    return (min(b[0] for b in boxes), max(b[2] for b in boxes)) if boxes else None


def column_edges(table: Table) -> list[float]:
    """The x of each column's left edge and of the last column's right edge, estimated from the table's span
    (:func:`table_span`): a column's share of the width is the mean length of the text its cells hold (a column
    at least as wide as its longest word)."""
    x0, x1 = table_span(table)
    widths = []
    for k in range(table.n_cols):
        cells = [r.cells[k].strip() for r in table.rows if k < len(r.cells) and r.cells[k].strip()]
        if not cells:
            widths.append(1.0)
            continue
        longest = max(len(w) for c in cells for w in c.split())
        mean = sum(len(c) for c in cells) / len(cells)
        widths.append(max(float(longest), min(mean, 3.0 * longest)))
    total = sum(widths)
    edges = [x0]
    for w in widths:
        edges.append(edges[-1] + (x1 - x0) * w / total)
    return edges


def _open_end(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and (text.endswith((",", ";", "-", "/", "&")) or text.rsplit(" ", 1)[-1].lower() in JOINING_WORDS)


def _rest_line(p: Paragraph, table: Table, page: int, above: Paragraph | None = None,
               capitals_ok: bool = False) -> bool:
    """``p`` may hold words of a cell of ``table`` cut at the foot of page ``page - 1`` (in capitals only right
    under such a line ``above``, flush with it: "Penyusunan Dokumen" / "DPA-SKPD", or where the caller knows the
    table goes on right under it: ``capitals_ok``)."""
    text = p.text.strip()
    capitals = text.isupper() and not capitals_ok and not (above is not None and stacked_under(p, above))
    if not text or p.bold or p.bbox is None or p.page != page or caption_label(text) or capitals\
            or _CONTINUED.search(text):
        return False
    lines = p.lines or [text]
    if len(lines) > 4 or any(len(line) > REST_LINE_CHARS for line in lines):
        return False
    x0, x1 = table_span(table)
    return p.bbox[0] > x0 + 0.02 * (x1 - x0) and p.bbox[2] <= x1 + 3


def _stacked(paras: list[Paragraph]) -> int:
    """How many of ``paras`` (the first taken) stand one under the other in one column."""
    n = 1
    while n < len(paras):
        a, b = paras[n - 1].bbox, paras[n].bbox
        line = (a[3] - a[1]) / max(1, len(paras[n - 1].lines or [1]))
        overlap = min(a[2], b[2]) - max(a[0], b[0])
        if overlap <= 0 or b[1] - a[3] > STACK_GAP * line or b[1] < a[1]:
            break
        n += 1
    return n


def _kind_fits(cell: str, rest: str) -> bool:
    if _NUMERIC.match(rest):
        return bool(re.search(r"\d", cell)) and not _LETTERS.search(cell.replace("Rp", ""))
    return bool(_LETTERS.search(cell))


def _word_finished(cell: str, rest: str, vocab: Vocabulary | None) -> bool:
    """``rest`` opens with the tail of a word ``cell`` ends with: the two glued are a word the document prints,
    at least as often as the fragment alone ("pemerintah" + "an yang")."""
    words, first = cell.split(), rest.split()[0] if rest.split() else ""
    if vocab is None or not words or not first.isalpha() or not first.islower():
        return False
    whole = vocab.count(words[-1] + first)
    return whole > 0 and whole >= vocab.count(first)


def pick_column(table: Table, row: TableRow, paras: Sequence[Paragraph], vocab: Vocabulary | None = None) -> int | None:
    """The column of ``row`` the lines ``paras`` finish (see the module's docstring), else None."""
    edges = column_edges(table)
    width = edges[-1] - edges[0]
    left = min(p.bbox[0] for p in paras)
    right = max(p.bbox[2] for p in paras)
    mid = (left + right) / 2
    rest = " ".join(p.text for p in paras)

    def distance(k: int) -> float:
        return 0.0 if edges[k] <= mid <= edges[k + 1] else min(abs(mid - edges[k]), abs(mid - edges[k + 1])) / width

    cands = [k for k, c in enumerate(row.cells) if k < len(edges) - 1 and c.strip() and _kind_fits(c, rest)]
    near = [k for k in cands if distance(k) <= EDGE_SLACK]
    if not near:
        return None
    finished = [k for k in near if _word_finished(row.cells[k], rest, vocab)]
    opened = [k for k in near if _open_end(row.cells[k])]
    return min(finished or opened or near, key=distance)


def glued(cell: str, lines: Sequence[str], vocab: Vocabulary | None) -> str:
    """``cell`` run on by ``lines``: its last word and the lines wrap-joined (a word the page break or the narrow
    column broke glued back when the vocabulary knows it whole)."""
    head, _, last = cell.strip().rpartition(" ")
    parts = [last, *(" ".join(line.split()) for line in lines if line.strip())]
    tail = join_wrapped(parts, full_lines=[True] * len(parts), vocab=vocab)
    return f"{head} {tail}" if head else tail


def cell_rest(table: Table, paras: Sequence[Paragraph], running: set[str], vocab: Vocabulary | None,
              capitals_ok: bool = False, foot: bool = False) -> tuple[TableRow, list[int], list[TableRow]] | None:
    """The last row of ``table`` finished by lines among ``paras`` (the blocks right under it), the indices in
    ``paras`` of the paragraphs used (furniture between them included) and the sub-row the lines open, if any
    (:func:`sub_row_apart`), else None. ``capitals_ok``: a line in capitals may be a rest (the table goes on right
    under the lines); ``foot``: the table goes on on the next page, so the lines may stand on the row's own page,
    right under it (:func:`_under_row`), and a line there holding a digit ends the rest."""
    if not table.rows or table_span(table) is None or table.n_cols < 2:
        return None
    row = table.rows[-1]
    page = next((r.page for r in reversed(table.rows) if r.page is not None), table.page)
    if page is None or row.is_header or not any(c.strip() for c in row.cells):
        return None
    first = next((p for p in paras if isinstance(p, Paragraph) and not furniture(p, running)), None)
    at_foot = foot and first is not None and _under_row(first, row)
    page = page - 1 if at_foot else page
    used: list[int] = []
    lines: list[Paragraph] = []
    for i, p in enumerate(paras):
        if not isinstance(p, Paragraph):
            break
        if furniture(p, running) and not lines:
            used.append(i)
            continue
        if len(lines) >= REST_PARAGRAPHS or not _rest_line(p, table, page + 1, lines[-1] if lines else None,
                                                                  capitals_ok) or at_foot and _DIGIT.search(p.text):
            break  # at the foot a line holding a digit is a row's own value, never words of the cut cell
        lines.append(p)
        used.append(i)
    if not lines:
        return None
    lines = lines[: _stacked(lines)]
    used = used[: used.index(next(i for i in used if paras[i] is lines[-1])) + 1]
    k = pick_column(table, row, lines, vocab)
    if k is None:
        return None
    texts = [line for p in lines for line in (p.lines or [p.text])]
    j = sub_row_apart(table, k, row.cells[k], texts)
    cells = list(row.cells)
    cells[k] = glued(cells[k], texts[:j], vocab)
    below = []
    if j < len(texts):
        own = [""] * len(cells)
        own[k] = join_wrapped([" ".join(t.split()) for t in texts[j:]], full_lines=[True] * (len(texts) - j), vocab=vocab)
        below.append(TableRow(cells=own, page=lines[-1].page, bbox=lines[-1].bbox))
    return row.model_copy(update={"cells": cells}), used, below


def opens_on_rest(rows: Sequence[TableRow]) -> bool:
    """The first body row of ``rows`` (a part of a table on the next page) is the rest of a row the page break
    cut: no key in its first column, no number, and a cell opening in lower case, mid-phrase ("pelatihan
    kader posyandu …"). The cut row then runs on over the break, so short lines right under it at its page's
    foot are the middle of its cell, left out of the table's region by the page's reader; a part opening on a
    row of its own leaves them whole rows read as text (:func:`lkjip.extract.page_foot.foot_lines`)."""
    row = next((r for r in rows if not r.is_header), None)
    if row is None or not row.cells or row.cells[0].strip():
        return False
    filled = [c.strip() for c in row.cells if c.strip()]
    return bool(filled) and not any(_NUMERIC.match(c) for c in filled) and any(c[:1].islower() for c in filled)


def _under_row(p: Paragraph, row: TableRow) -> bool:
    """``p`` stands right under ``row`` on its page, no more than a line below it: the last lines of its tallest
    cell, at the page's foot, that the page's reader left out of the table's region (the rows it found stop
    above them)."""
    if p.bbox is None or row.bbox is None or p.page != row.page:
        return False
    line = (p.bbox[3] - p.bbox[1]) / max(1, len(p.lines or [p.text]))
    return -1.0 <= p.bbox[1] - row.bbox[3] <= STACK_GAP * line


def sub_row_apart(table: Table, k: int, cell: str, texts: Sequence[str]) -> int:
    """Where among the rest's lines ``texts`` (finishing ``cell``, of column ``k``) a sub-row of its own opens: a
    line after the first, opening with the word most cells of column ``k`` open with ("Jumlah …"), under text that
    does not stop mid-phrase ("… di Kelurahan" / "Jumlah peserta …": a row under the cut one, its other cells merged
    with the rows above, whose cell the same break cut). ``len(texts)`` when none does."""
    usual = usual_opener(table, k)
    for j in range(1, len(texts)):
        words = texts[j].split()
        if usual and words and words[0] == usual and not _open_end(" ".join([cell, *texts[:j]])):
            return j
    return len(texts)


def usual_opener(table: Table, k: int) -> str | None:
    """The capitalised word most body cells of column ``k`` open with (three cells at least), else None."""
    firsts = [r.cells[k].split()[0] for r in table.rows
              if not r.is_header and k < len(r.cells) and r.cells[k].split()]
    if not firsts:
        return None
    word = max(set(firsts), key=firsts.count)
    n = firsts.count(word)
    return word if n >= 3 and 2 * n > len(firsts) and word[:1].isupper() and len(word) >= 3 else None
