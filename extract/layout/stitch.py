"""Stitching across a page break: a table continued on the next page, running text cut by it.

A table continued on the next page (nothing but furniture between, same
columns: :func:`same_columns`) becomes one (:func:`stitch`): a repeated header
dropped, a row cut by the page break rejoined (:func:`continues_row`),
amounts cut with it included. A page read on its own may give the part on the
next page other columns: a part with no header of its own, opening the next
page, whose columns each fall in a column of their own of the part above and
hold the same kinds of values, is laid over the columns above
(:func:`laid_over`: a frame whose inner rules are drawn on the header's page
only, read by its text on the next; a row key read there into its row's first cell goes back to the key
column, :func:`_keys_apart`); a header alone at a page's bottom takes
the columns of the body opening the next page, its words read again into
them (:func:`header_adopted`); the first line of a header cut off at a page's
bottom, read as a paragraph, is put back over the columns of the ruled table
opening the next page (:func:`header_cut_off`). A paragraph ending a page mid-sentence runs on
into the first paragraph of the next (:func:`continues_paragraph`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lkjip.extract.cut_row_rest import (
    finishes_amount,
    finishes_code,
    finishes_hyphened,
    plain_rest,
    rest_apart,
    rest_within,
)
from lkjip.extract.document import Paragraph, TableRow
from lkjip.extract.headers import is_header_like, is_numbering_row
from lkjip.extract.layout.beside_rest import reaching_row
from lkjip.extract.layout.borderless import segments
from lkjip.extract.layout.cues import AMOUNT, CAPTION_WORD, LIST_MARKER, ROW_KEY, is_numeric_token
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.header_spill import header_spilled, norm_row, repeated_head
from lkjip.extract.layout.header_words import cell_text, column_at, header_from_words
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.rows import numbers_continue
from lkjip.extract.layout.words import _CHAR_WIDTHS, Tail, Vocabulary, join_wrapped, tail_glue
from lkjip.extract.stitch import filled_columns, has_own_header, laid_cells, same_kinds
from lkjip.extract.table_under import letter_counts


def same_columns(a: PageTable, b: PageTable, tol: float = 6.0) -> bool:
    if a.table.n_cols != b.table.n_cols:
        return False
    if a.channels and b.channels:  # borderless: every column gap overlaps its counterpart
        return abs(a.x0 - b.x0) <= 3 * tol and all(
            x0 < y1 and y0 < x1 for (x0, x1), (y0, y1) in zip(a.channels, b.channels, strict=True)
        )
    if len(a.col_edges) == len(b.col_edges):
        if bool(a.channels) != bool(b.channels) and len(a.col_edges) >= 4:
            return _ruled_and_read(a, b, tol) if not a.channels else _ruled_and_read(b, a, tol)
        return all(abs(x - y) <= tol for x, y in zip(a.col_edges, b.col_edges, strict=True))
    return abs(a.x0 - b.x0) <= tol and abs(a.x1 - b.x1) <= tol


def _ruled_and_read(ruled: PageTable, read: PageTable, tol: float) -> bool:
    """A part cut at rules (a frame round the header on its page) and a part read by its text's alignment (the
    body on the next page, no rule there) are one table's when their inner column edges agree: the read part's
    outer edges are where its text stops, inside the frame, not the frame's rules."""
    inner = all(abs(x - y) <= tol for x, y in zip(ruled.col_edges[1:-1], read.col_edges[1:-1], strict=True))
    return inner and read.col_edges[0] >= ruled.col_edges[0] - tol and read.col_edges[-1] <= ruled.col_edges[-1] + tol


def _letters(r: TableRow) -> tuple[str, ...]:
    """A row's cells without case or spaces: a header repeated on the next page is the same header however a
    narrow column's broken word was rejoined on either page ("ANGGARAN" / "ANGGARA N")."""
    return tuple("".join(c.lower().split()) for c in r.cells)


#: words a phrase does not end on: a cell ending with one was cut
_OPEN_WORDS = frozenset(["dan", "atau", "serta", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "and", "of"])


def _open_end(text: str) -> bool:
    """``text`` stops mid-phrase: on a comma, hyphen, slash or conjunction ("… Lembaga Kemasyarakatan,")."""
    text = text.rstrip()
    if not text:
        return False
    return text.endswith((",", ";", "-", "/", "&")) or text.rsplit(" ", 1)[-1].lower() in _OPEN_WORDS


def continues_row(last: TableRow, first: TableRow, tails: Sequence[Tail] = (),
                  openers: Sequence[frozenset[str]] = (), usual: dict[int, str] | None = None) -> bool:
    """The continuation's first row is the rest of a row the page break cut.

    Word lets a row break across pages: the next page then starts with a row
    whose first cell is empty (or every cell of which runs on in lower case,
    "pemerintahan desa" | "penataan desa", or whose first cell runs on in lower
    case, "gangguan ketentraman" | "Penurunan Gangguan", or continues one cut
    mid-phrase, "Lembaga Kemasyarakatan," | "Lembaga Adat …"), that fills only columns the cut row
    has text in — columns whose text ran down to the page break (``tails``) —
    and that carries no number of its own. A row of two cells or more, each
    opening with a capital, most with a word that opens cells of its column in
    the rows above (``openers``, :func:`column_openers`: "Fasilitasi …" |
    "Jumlah …"), below cells that hold whole phrases, is a row of its own
    (:func:`_opens_row`), however far the cells above it ran down; so is a row of
    one cell or more each opening so below a cell whose last line left room for
    that first word (:func:`left_room`: "… di Desa" | "Jumlah usulan …").
    """
    if not any(first.cells) or is_numbering_row(last.cells):
        return False  # a line of column numbers is no row a page break could cut
    code_cut = bool(first.cells[0]) and finishes_code(last.cells[0], first.cells[0])
    if (first.cells[0] and not all(c[0].islower() for c in first.cells if c) and not _open_end(last.cells[0])
            and not _runs_on(first.cells[0]) and not _lone_opener(last.cells[0], 0, usual) and not code_cut
            and not _name_rest(last, first, tails)):
        return False  # a first cell of its own starts a row, unless it runs on mid-sentence
    filled = {k for k, c in enumerate(first.cells) if c}
    if openers and _opens_row(last, first, filled, openers):
        return False
    if not filled <= {k for k, c in enumerate(last.cells) if c}:
        return False
    if tails and not all(k < len(tails) and (tails[k].running or _mid_phrase(last.cells[k], first.cells[k])
                                             or _unlike_its_column(first.cells[k], k, openers, usual)) for k in filled):
        return False  # a cell whose text ended well above the page break cannot run on
    if tails and openers and all(left_room(tails[k], first.cells[k]) and _opener(first.cells[k], k, openers)
                                 for k in filled):
        return False  # each cell opens as its column's cells do, below a short line its first word would fit on
    if usual and len(filled) == 1 and _usual_start(first.cells, last.cells, usual):
        return False  # one cell opening with the word most cells of its column open with: a sub-row of its own
    numbers = {k for k, c in enumerate(first.cells) if c and is_numeric_token(c) and not (k == 0 and code_cut)}
    if not numbers:
        return not code_cut  # a code's last digit alone, with no amount cut beside it, may be a row's own key
    # amounts the break cut in a narrow column: "Rp" / "9.530.563", "2.408.791." / "274"; a word cut at its hyphen
    # ("COVID-" / "19")
    if all(finishes_amount(last.cells[k], first.cells[k]) or finishes_hyphened(last.cells[k], first.cells[k])
           for k in numbers):
        return True
    # numbers are the rest of numbers the break cut ("100," / "00", "10" / "0" beside it), not a row's own
    above = [[Word(c.split()[-1] if c.split() else "", 0, 0, 0, 0)] if c else [] for c in last.cells]
    below = [[Word(c, 0, 0, 0, 0)] if k in numbers else [] for k, c in enumerate(first.cells)]
    if numbers_continue(above, below):
        return True
    # or only the last digits of plain numbers that filled their cells ("10" / "0"), on a line opening no key
    return bool(tails) and not first.cells[0] and all(
        k < len(tails) and tails[k].full and plain_rest(last.cells[k], first.cells[k]) for k in numbers)


def _name_rest(last: TableRow, first: TableRow, tails: Sequence[Tail]) -> bool:
    """``first`` fills the first column alone, under a name of ``last`` (a row with numbers) that ran down to the
    page break with no room left on its last line for ``first``'s first word: the rest of the name the break cut
    ("Program Penunjang Urusan" | "Pemerintahan Daerah Kabupaten/Kota"), even opening with a capital and with a
    rule drawn at the cut (a table ruled between rows repeats its rule there)."""
    filled = [k for k, c in enumerate(first.cells) if c]
    if filled != [0] or not tails or not last.cells[0] or is_numeric_token(last.cells[0]):
        return False
    tail = tails[0]
    return (tail.running and tail.room is not None and not left_room(tail, first.cells[0])
            and any(is_numeric_token(c) for c in last.cells[1:] if c) and not is_numeric_token(first.cells[0]))


def _lone_opener(text: str, k: int, usual: dict[int, str] | None) -> bool:
    """``text`` is nothing but the word the cells of column ``k`` usually open with ("Program" over "Program
    Penunjang …"): a name the page break cut after its first word, whose rest opens the next page."""
    words = text.split()
    return bool(usual) and k in usual and len(words) == 1 and _first_word(text) == usual[k]


def left_room(tail: Tail, text: str) -> bool:
    """The cell's last line (``tail``) left room for ``text``'s first word after a space: the word would have
    been set on that line had the cell run on, so the cell ended there ("… di Desa" with room for "Jumlah").

    The room is what the line leaves before the furthest reach of text in its column (:func:`.words.cell_tail`);
    the word's width is estimated from letter widths scaled to the tail's last word as printed (any font).
    """
    words = text.split()
    last = tail.text.split()
    if tail.room is None or tail.full or not words or not last or not words[0][0].isalpha():
        return False
    scale = tail.last_width / max(_est_width(last[-1]), 1.0)
    need = scale * (_est_width(words[0]) + _est_width(" "))
    return tail.room > 1.05 * need + 0.05 * tail.size


def _est_width(word: str) -> float:
    """Width of ``word`` in 1/1000 em by Helvetica's letter widths (a space 278, other signs 556)."""
    return sum(278 if c == " " else _CHAR_WIDTHS.get(c, 556) for c in word)


def _runs_on(text: str) -> bool:
    """``text`` opens on a word in lower case, no row key ("gangguan ketentraman …", not "b." or "ii."): the rest
    of a cell, never a row's first cell of its own."""
    word = text.split(" ", 1)[0]
    return len(word) >= 2 and word.isalpha() and word.islower() and not _ROMAN.fullmatch(word)


_ROMAN = re.compile(r"[ivxlc]+")


def _first_word(text: str) -> str:
    words = text.split()
    return "".join(ch for ch in words[0] if ch.isalpha()).casefold() if words else ""


def column_openers(rows: Sequence[TableRow]) -> list[frozenset[str]]:
    """Per column, the first words of the body cells of ``rows`` (the words a cell of that column opens with)."""
    body = [r for r in rows if not r.is_header]
    n = max((len(r.cells) for r in body), default=0)
    return [frozenset(w for r in body if k < len(r.cells) and (w := _first_word(r.cells[k]))) for k in range(n)]


def usual_openers(rows: Sequence[TableRow], least: int = 1) -> dict[int, str]:
    """Per column, the word most of its body cells open with ("Jumlah" in an indicator column), when ``least``
    cells at least and more than half of them do."""
    body = [r for r in rows if not r.is_header]
    out: dict[int, str] = {}
    for k in range(max((len(r.cells) for r in body), default=0)):
        words = [_first_word(r.cells[k]) for r in body if k < len(r.cells) and r.cells[k].strip()]
        top = max(set(words), key=words.count, default="")
        if len(top) >= 3 and words.count(top) >= least and 2 * words.count(top) > len(words):
            out[k] = top
    return out


def _mid_phrase(above: str, below: str) -> bool:
    """``below`` runs on mid-phrase from ``above``: it opens in lower case, or ``above`` stops on a comma or
    conjunction ("… keuangan desa dan" / "pendayagunaan aset desa")."""
    return below[:1].islower() or _open_end(above)


def _unlike_its_column(text: str, k: int, openers: Sequence[frozenset[str]], usual: dict[int, str] | None) -> bool:
    """``text`` opens with a word no cell of column ``k`` opens with, in a column whose cells mostly open with one
    word ("Jumlah …"): the rest of the cell above, not a cell of its own, even where that cell's last line stood a
    line above the page break (a word processor keeping a paragraph's last lines together moves one more line
    over)."""
    return bool(usual) and k in usual and k < len(openers) and _first_word(text) not in openers[k]


def _usual_start(cells: list[str], above: list[str], usual: dict[int, str]) -> bool:
    """The one filled cell of ``cells`` opens, with a capital, on the word its column's cells usually open with,
    below a cell that does not stop mid-phrase."""
    k = next(k for k, c in enumerate(cells) if c)
    return (k in usual and cells[k][:1].isupper() and _first_word(cells[k]) == usual[k]
            and not _open_end(above[k] if k < len(above) else ""))


def _opener(text: str, k: int, openers: Sequence[frozenset[str]]) -> bool:
    """``text`` opens with a capital and a word that opens cells of column ``k`` above ("Jumlah …")."""
    return text[:1].isupper() and k < len(openers) and len(w := _first_word(text)) >= 2 and w in openers[k]


def _opens_row(last: TableRow, first: TableRow, filled: set[int], openers: Sequence[frozenset[str]]) -> bool:
    """``first`` is a row of its own, not the rest of ``last``: it fills two cells at least, each opening with a
    capital, half of them at least with a word that opens cells of its column above ("Fasilitasi …" | "Jumlah
    …"), below cells of ``last`` that each hold a phrase of three words at least and do not stop mid-phrase."""
    if len(filled) < 2 or any(not first.cells[k][0].isupper() for k in filled):
        return False
    above = [last.cells[k] if k < len(last.cells) else "" for k in filled]
    if any(c and (len(c.split()) < 3 or _open_end(c)) for c in above):
        return False
    opening = [k < len(openers) and len(w := _first_word(first.cells[k])) >= 2 and w in openers[k] for k in filled]
    return 2 * sum(opening) >= len(opening)


#: a repeated header clipped by its frame keeps this share of the header's letters at least
CLIPPED_KEPT = 0.8


def _same_header(first: Sequence[TableRow], cont: Sequence[TableRow]) -> int:
    """How many leading header rows of ``cont`` repeat the header of ``first`` with the same letters, however
    its levels and lines were cut (a repeated header drawn shorter than its text: "Tahun 2024" beside
    "Target" on one line), or with some of them lost to a frame clipping it (:data:`CLIPPED_KEPT`); 0 when
    they differ or either has no header, or nothing follows it."""
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
    had, has = (letter_counts(c for r in rows for c in r.cells) for rows in (a, b))
    # a repeated header drawn shorter than its text loses the lines its frame clips ("Renstr" over a lost
    # "a (2018)"): its letters are the header's but for some missing, none added
    return len(b) if has == had or (has <= had and has.total() >= CLIPPED_KEPT * had.total()) else 0


def _header_with_rest(first: Sequence[TableRow], rows: Sequence[TableRow]) -> tuple[int, TableRow] | None:
    """``rows`` (the next page's part) open with ``first``'s header repeated, the rest of the row the page break
    cut read into its last line (a frame drawing no rule between the repeated header and that rest): each of the
    header's cells opens its counterpart, word for word, and some hold more ("Indikator" / "Indikator yang baik").
    Returns how many rows the header takes and the rest of the cut row (its cells past the header's words);
    None otherwise."""
    head = repeated_head(first, rows)
    if head is None:
        return None
    k = len(head)
    last, cut = norm_row(head[-1]), norm_row(rows[k - 1])
    if len(last) != len(cut) or sum(1 for c in last if c) < 2:
        return None
    rest = []
    for h, c in zip(last, cut, strict=True):
        if h and not (c == h or c.startswith(h + " ")):
            return None
        rest.append(c[len(h):].strip())
    if not any(rest):
        return None
    cells = [" ".join(c.split())[len(h):].strip() if h else " ".join(c.split())
             for h, c in zip(last, rows[k - 1].cells, strict=True)]
    return k, TableRow(cells=cells, page=rows[k - 1].page, bbox=rows[k - 1].bbox)


def stitch(first: PageTable, cont: PageTable, vocab: Vocabulary | None = None, *, keep_columns: bool = False) -> None:
    """Append ``cont`` (the same table on the next page) to ``first``, dropping a repeated header; ``keep_columns``:
    ``cont`` was laid over ``first``'s columns (:func:`laid_over`), whose edges stay those of the table."""
    rows = cont.table.rows
    drop = 0
    for k in range(min(4, len(first.table.rows), len(rows) - 1), 0, -1):
        if [_letters(r) for r in rows[:k]] == [_letters(r) for r in first.table.rows[:k]]:
            drop = k
            break
    drop = drop or _same_header(first.table.rows, rows)
    heads = sum(1 for r in first.table.rows[:4] if r.is_header)
    spill = header_spilled(first.table.rows, rows) if drop < heads else None
    if spill is not None:
        drop, rows = spill
    under = None if drop else _header_with_rest(first.table.rows, rows)
    if under is not None:
        drop, rest_row = under
        rows = [*rows[:drop], rest_row, *rows[drop:]]
    if drop:
        for r in first.table.rows[:drop]:
            r.is_header = True
        first.headers_dropped += 1
    rest = rows[drop:]
    if rest and first.table.rows:
        rest = rest_apart(first.table.rows, rest, lambda row: continues_row(
            first.table.rows[-1], row, first.tails, column_openers(first.table.rows), usual_openers(first.table.rows)),
            first.table.warnings, cont.table.page)
    if rest and first.table.rows and continues_row(first.table.rows[-1], rest[0], first.tails,
                                                   column_openers(first.table.rows), usual_openers(first.table.rows)):
        _glue(first.table.rows[-1], rest[0], first.tails, vocab)
        first.table.warnings.append(f"row split across pages {first.table.rows[-1].page}/{cont.table.page} rejoined")
        more = rest_within(rest)  # more of the rest, read as rows of their own
        for row in rest[1:1 + more]:
            _glue(first.table.rows[-1], row, (), vocab)
        rest = rest[1 + more:]
    elif rest and (beside := rest_beside(first, rest[0])) is not None:
        i, own, tall = beside
        _glue(first.table.rows[-1], own, first.tails, vocab)
        _glue(first.table.rows[i], tall, first.tails, vocab)
        first.table.warnings.append(f"row split across pages {first.table.rows[-1].page}/{cont.table.page} rejoined, "
                                    "with the rest of a tall cell beside it")
        rest = rest[1:]
    elif rest and (i := reaching_row(first.table.rows, rest[0], first.bottom)) is not None:
        _glue(first.table.rows[i], rest[0], (), vocab)
        first.table.warnings.append(f"row split across pages {first.table.rows[i].page}/{cont.table.page} rejoined")
        rest = rest[1:]
    first.table.rows.extend(rest)
    first.table.warnings.extend(cont.table.warnings)
    first.table.doubt = first.table.doubt or cont.table.doubt  # a part read doubtfully makes the whole so
    first.cont_pages.append(cont.table.page)
    if not keep_columns:
        first.col_edges, first.x0, first.x1, first.channels = cont.col_edges, cont.x0, cont.x1, cont.channels
    first.tails = cont.tails if not keep_columns else []
    first.table.bbox = None if first.table.page != cont.table.page else first.table.bbox


def _glue(into: TableRow, row: TableRow, tails: Sequence[Tail], vocab: Vocabulary | None) -> None:
    """``row``'s cells run on into ``into``'s (a word the break cut glued back, :func:`.words.tail_glue`)."""
    joined = []
    for k, (a, b) in enumerate(zip(into.cells, row.cells, strict=True)):
        tail = tails[k] if k < len(tails) else Tail(a, False)
        joined.append(a + b if a and b and tail_glue(tail, a, b, vocab) else " ".join(x for x in (a, b) if x))
    into.cells = joined


def rest_beside(first: PageTable, row: TableRow) -> tuple[int, TableRow, TableRow] | None:
    """``row`` (opening the next part) holds the rests of two rows the page break cut: in the columns the last row
    fills, that row's rest (:func:`continues_row`); in columns it leaves empty, the rest of a tall cell of the row
    above it that ran down beside it to the page's foot (a name merged over its sub-rows: "… LEMBAGA ADAT DAN" |
    "MASYARAKAT HUKUM ADAT", :func:`.beside_rest.reaching_row`), cut mid-phrase (:func:`_mid_phrase`). Returns
    the tall cell's row index and ``row`` cut in two (the last row's rest, the tall cell's), else None."""
    rows = first.table.rows
    if not rows or len(row.cells) != len(rows[-1].cells):
        return None
    last = rows[-1]
    own = {k for k, c in enumerate(row.cells) if c and last.cells[k]}
    beside = {k for k, c in enumerate(row.cells) if c and not last.cells[k]}
    if not own or not beside or len(rows) < 2 or not all(_mid_phrase(rows[-2].cells[k], row.cells[k]) for k in beside):
        return None
    mine = row.model_copy(update={"cells": [c if k in own else "" for k, c in enumerate(row.cells)]})
    tall = row.model_copy(update={"cells": [c if k in beside else "" for k, c in enumerate(row.cells)]})
    i = reaching_row(rows, tall, first.bottom)
    if i is None or not continues_row(last, mine, first.tails, column_openers(rows), usual_openers(rows)):
        return None
    return i, mine, tall


def column_spans(pt: PageTable) -> list[tuple[float, float]] | None:
    """The left and right edge of each column of ``pt`` (from its channels or its ruled edges), if known."""
    n = pt.table.n_cols
    if pt.channels and len(pt.channels) == n - 1:
        # the outer edges where its text starts and stops: a table ruled across the page (rules only) runs wider
        x0, x1 = (pt.col_edges[0], pt.col_edges[-1]) if len(pt.col_edges) == n + 1 else (pt.x0, pt.x1)
        xs = [x0] + [x for ch in pt.channels for x in ch] + [x1]
        return [(xs[2 * k], xs[2 * k + 1]) for k in range(n)]
    if not pt.channels and len(pt.col_edges) == n + 1:
        return list(zip(pt.col_edges, pt.col_edges[1:], strict=False))
    return None


def _header_only(pt: PageTable) -> bool:
    rows = pt.table.rows
    return 0 < len(rows) <= 4 and all(r.is_header or is_header_like(r.cells) for r in rows)


def header_adopted(head: PageTable, body: PageTable, lines: Sequence[TextLine] = (), vocab: Vocabulary | None = None) -> bool:
    """A table ending a page with nothing but its header, its body opening the next page read with other columns
    (a header cut off by the page break, read as text, over a ruled body; a merged header cell read as two; the
    body opening with the header's column numbers, "(1) (2) (3)"):
    the header is laid over the body's columns by position and the two are one table (True), else False. The
    header's words are read again from ``lines`` (the lines of its page) into the body's columns, else its cells
    are moved whole, a cell spanning columns of the body into the first of them (:func:`_spanned_first`)."""
    if not _header_only(head) or not body.table.rows or _header_only(body):
        return False
    first = body.table.rows[0]
    spans_a, spans_b = column_spans(head), column_spans(body)
    if spans_a is None or spans_b is None:
        return False
    if not _overlap(head, body):
        return False
    where = [_spanned_first(a, b, spans_b) for a, b in spans_a]
    if (first.is_header or is_header_like(first.cells)) and not _numbers_under(head, first) \
            and not _lower_level(head, first, where) and not _lower_lines(head, body):
        return False
    rows = header_from_words(head, spans_b, lines, vocab)
    if rows is None:  # its cells moved whole, each into the body's column under its middle
        rows = []
        for r in head.table.rows:
            cells = [""] * body.table.n_cols
            for k, c in enumerate(r.cells):
                if c.strip():
                    cells[where[k]] = f"{cells[where[k]]} {c}".strip()
            rows.append(r.model_copy(update={"cells": cells, "is_header": True}))
    head.table.rows = rows + body.table.rows
    head.table.warnings.append(f"header cut off on page {head.table.page}, laid over the columns of its body on page "
                               f"{body.table.page}")
    head.table.warnings.extend(body.table.warnings)
    head.table.doubt = head.table.doubt or body.table.doubt
    head.table.bbox = None
    head.cont_pages.append(body.table.page)
    head.col_edges, head.x0, head.x1, head.channels = body.col_edges, body.x0, body.x1, body.channels
    head.tails, head.bottom = body.tails, body.bottom
    return True


def _spanned_first(a: float, b: float, spans: Sequence[tuple[float, float]]) -> int:
    """The column of ``spans`` a header cell from ``a`` to ``b`` goes in: the first of the columns it spans (the
    middles of two or more lie within it: a label over "ANGGARAN | REALISASI | %" stands in the first, as a
    spanning cell's text does in every table read), else the one under its middle."""
    under = [j for j, (c, d) in enumerate(spans) if a - 1.0 <= (c + d) / 2 <= b + 1.0]
    return under[0] if len(under) >= 2 else column_at((a + b) / 2, spans)


def _lower_level(head: PageTable, first: TableRow, where: Sequence[int]) -> bool:
    """``first``, opening the body, is the lower level of ``head``'s header, cut from it by the page break at a row
    of the header ("NO | URAIAN | ANGGARAN" over " |  | ANGGARAN | REALISASI | %"): it repeats no row of ``head``,
    leaves a cell empty, and every cell it leaves empty lies under a label of ``head`` (a label spanning both
    levels: "NO", "URAIAN"), whose columns are laid by ``where`` (a column of ``head`` -> the body's)."""
    if len(head.table.rows) != 1:
        return False
    labelled = {where[k] for k, c in enumerate(head.table.rows[0].cells) if c.strip()}
    empty = {k for k, c in enumerate(first.cells) if not c.strip()}
    if not empty or not empty <= labelled:
        return False
    squeezed = [norm_row(r) for r in head.table.rows]
    return norm_row(first) not in squeezed and sum(1 for c in first.cells if c.strip()) >= 2


def _lower_lines(head: PageTable, body: PageTable) -> bool:
    """``body`` opens with the lower lines of ``head``'s header, cut from its upper line by the page break
    ("SASARAN | INDIKATOR | TARGET | REALISASI" over "STRATEGIS | KINERJA | 2021 | 2018 | 2019 | …"): ``head`` is
    one row, the body's header rows (its leading header rows, numbering rows among them) repeat no cell of it, nor
    open with one ("SASARAN STRATEGIS" under "SASARAN": the whole header repeated), and rows of values follow
    them."""
    if len(head.table.rows) != 1:
        return False
    upper = {c for c in norm_row(head.table.rows[0]) if c}
    rows = body.table.rows
    n = next((k for k, r in enumerate(rows) if not (r.is_header or is_header_like(r.cells))), len(rows))
    return 0 < n < min(len(rows), 5) and not any(c == u or c.startswith(u + " ")
                                                 for r in rows[:n] for c in norm_row(r) for u in upper)


def _numbers_under(head: PageTable, first: TableRow) -> bool:
    """``first``, opening the body, is the column numbers ("(1) (2) (3)") under ``head``, a header without them."""
    return is_numbering_row(first.cells) and not any(is_numbering_row(r.cells) for r in head.table.rows)


def short_head_laid_over(head: PageTable, body: PageTable, lines: Sequence[TextLine] = (),
                         vocab: Vocabulary | None = None) -> bool:
    """A table ending a page with its header and a row or two, read there with fewer columns than its body on
    the next page (a header label over a column gap the few rows leave too narrow: "URAIAN  TARGET" read as
    one column): the header is read again into the body's columns from the words of its page, each row moved
    whole cell by cell into the body's column under its middle, and the body stitched on (True); else False."""
    rows = head.table.rows
    n_head = next((k for k, r in enumerate(rows) if not r.is_header), len(rows))
    if not 0 < n_head < len(rows) or len(rows) - n_head > 2 or head.table.n_cols >= body.table.n_cols:
        return False
    if not body.table.rows or body.table.rows[0].is_header or is_header_like(body.table.rows[0].cells):
        return False
    spans_a, spans_b = column_spans(head), column_spans(body)
    if spans_a is None or spans_b is None or not _overlap(head, body) or any(r.bbox is None for r in rows[:n_head]):
        return False
    part = PageTable(head.table.model_copy(update={"rows": rows[:n_head]}), head.col_edges, head.top,
                     max(r.bbox[3] for r in rows[:n_head] if r.bbox), head.x0, head.x1)
    header = header_from_words(part, spans_b, lines, vocab)
    if header is None:
        return False
    where = [column_at((a + b) / 2, spans_b) for a, b in spans_a]
    data = []
    for r in rows[n_head:]:
        cells = [""] * body.table.n_cols
        for k, c in enumerate(r.cells):
            if c.strip():
                if cells[where[k]]:
                    return False  # two cells fall in one column: not the same columns
                cells[where[k]] = c
        data.append(r.model_copy(update={"cells": cells}))
    head.table.rows = header + data
    head.tails = []
    head.table.warnings.append(f"page {head.table.page} read with fewer columns, laid over those of page "
                               f"{body.table.page}")
    stitch(head, body, vocab)
    return True


def laid_over(first: PageTable, cont: PageTable) -> PageTable | None:
    """``cont`` (a table opening the page after the one ``first`` ends, with no header of its own) read with other
    columns than ``first`` (a frame drawn without its inner rules on the next page, read by its text): when each
    of its columns holding text falls in a column of its own of ``first`` and no column then holds amounts in one
    and text in the other, a copy laid over ``first``'s columns (to be stitched on), else None."""
    rows = cont.table.rows
    if not rows or not first.table.rows or _header_only(first) or rows[0].is_header or has_own_header(cont.table):
        return None
    spans_a, spans_b = column_spans(first), column_spans(cont)
    if spans_a is None or spans_b is None or not _overlap(first, cont):
        return None
    where = {j: column_at((spans_b[j][0] + spans_b[j][1]) / 2, spans_a) for j in filled_columns(rows, cont.table.n_cols)}
    if len(set(where.values())) < len(where):
        return None  # two columns fall in one: not the same columns
    laid = [r.model_copy(update={"cells": laid_cells(r.cells, where.items(), first.table.n_cols)}) for r in rows]
    laid = _keys_apart(laid, first, [b for j, b in where.items() if spans_b[j][0] < spans_a[b][0] - 1.0])
    if not same_kinds(first.table, cont.table.model_copy(update={"rows": laid})):
        return None  # amounts under text: another table, or a page read wrong
    table = cont.table.model_copy(update={"rows": laid, "warnings": [
        *cont.table.warnings, f"page {cont.table.page} read with other columns, laid over those of page {first.table.page}"]})
    return PageTable(table, first.col_edges, cont.top, cont.bottom, first.x0, first.x1, list(first.channels))


def _key_shape(text: str) -> str:
    """A row key's form, its digits and letters aside: "4" and "12" → "9", "1)" → "9)", "a." and "IV." → "a."."""
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "9", text))


def _keys_apart(rows: list[TableRow], first: PageTable, reaching: list[int]) -> list[TableRow]:
    """``rows`` (laid over ``first``'s columns) with the row keys split off the cells of the columns in ``reaching``
    (those whose text here starts left of the column above, in the column before it) into that column before,
    when it is ``first``'s key column ("1", "2)", "a.") and left empty here: a key printed close to its row's
    first cell, read as one column with it on a page without the rules or the header that part them above."""
    shapes = {k: _key_column(first.table.rows, k - 1) for k in reaching if k >= 1}
    shapes = {k: v for k, v in shapes.items() if v and not any(r.cells[k - 1] for r in rows)}
    if not shapes:
        return rows
    out = []
    for r in rows:
        cells = list(r.cells)
        for k, forms in shapes.items():
            key, _, rest = cells[k].partition(" ")
            if rest and ROW_KEY.match(key) and _key_shape(key) in forms:
                cells[k - 1], cells[k] = key, rest
        out.append(r.model_copy(update={"cells": cells}))
    return out


def _key_column(rows: Sequence[TableRow], k: int) -> set[str]:
    """The forms of the row keys column ``k`` of a table's body holds (:func:`_key_shape`), when every filled cell
    of it is one (two at least); else empty."""
    keys = [r.cells[k] for r in rows if not r.is_header and k < len(r.cells) and r.cells[k]]
    if len(keys) < 2 or not all(ROW_KEY.match(c) for c in keys):
        return set()
    return {_key_shape(c) for c in keys}


def _overlap(a: PageTable, b: PageTable) -> bool:
    """The two tables span (mostly) the same width of the page."""
    width = min(a.x1 - a.x0, b.x1 - b.x0)
    return width > 0 and min(a.x1, b.x1) - max(a.x0, b.x0) >= 0.8 * width


def header_cut_off(page_lines: Sequence[TextLine], para: Paragraph, table: PageTable,
                   vocab: Vocabulary | None = None) -> int:
    """The first line(s) of ``table``'s header, cut off at the bottom of the page before and read as the
    paragraph ``para`` (the last on that page), are put back as a header row over the table's columns.

    The lines (at most three) must end the page (``page_lines``: the lines of that page outside tables), stand in
    several column-wide segments whose words fall in three of the table's columns at least, hold no amount and
    no caption, and the table must open with a header. Returns how many of ``para``'s last lines were taken
    (0: none)."""
    rows = table.table.rows
    spans = column_spans(table)
    if not rows or not (rows[0].is_header or is_header_like(rows[0].cells)) or spans is None or not para.lines:
        return 0
    ordered = sorted(page_lines, key=lambda ln: ln.top)
    norm = lambda t: " ".join(t.split())  # noqa: E731
    taken = 0
    for k in range(1, min(3, len(para.lines), len(ordered)) + 1):
        ln = ordered[-k]
        if norm(ln.text) != norm(para.lines[-k]) or not _header_line(ln, table):
            break
        taken = k
    if not taken:
        return 0
    cols: list[dict[float, list[Word]]] = [{} for _ in spans]
    for ln in ordered[-taken:]:
        for w in ln.words:
            cols[column_at((w.x0 + w.x1) / 2, spans)].setdefault(round(ln.top), []).append(w)
    if sum(1 for c in cols if c) < min(3, len(spans)):
        return 0
    cells = [cell_text(c, vocab) if c else "" for c in cols]
    lasts = [max(c[max(c)], key=lambda w: w.x1) if c else None for c in cols]
    _rejoin_cut_words(cells, rows[0], [(w, span[1]) if w else None for w, span in zip(lasts, spans, strict=True)],
                      vocab)
    rows.insert(0, TableRow(cells=cells, page=para.page, is_header=True))
    table.table.page, table.table.bbox = para.page, None
    note = f"header cut off by the page break on page {para.page} put back"
    if note not in table.table.warnings:  # a header of two levels read as two paragraphs is put back in two steps
        table.table.warnings.append(note)
    return taken


def _rejoin_cut_words(cells: list[str], first: TableRow, ends: Sequence[tuple[Word, float] | None],
                      vocab: Vocabulary | None) -> None:
    """A header cell put back (``cells``) that ends on a word the page break cut ("INDIKAT" / "OR KINERJA") takes
    the rest of its cell from the table's first row (``first``): joined as a wrapped cell's lines are (a single
    token filling its cell, :func:`~.words.join_wrapped`), with no space at the break. ``ends``: per column, the
    cell's last word and the column's right edge; a word that left room there for the rest's first word ended
    its line whole."""
    for k, (top, rest) in enumerate(zip(cells, first.cells, strict=False)):
        end = ends[k] if k < len(ends) else None
        if not top or not rest or len(top.split()) != 1 or end is None:
            continue
        word, right = end
        char = (word.x1 - word.x0) / max(len(word.text), 1)
        if word.x1 + char * (1 + len(rest.split()[0])) <= right:
            continue  # room left for the rest's first word: the word ended whole
        joined = join_wrapped([top, rest], [True], vocab)
        if joined.startswith(top + rest.split()[0]):
            cells[k], first.cells[k] = joined, ""


def _header_line(ln: TextLine, table: PageTable) -> bool:
    """A line of a header's cells: in column-wide segments, within the table's width, no amount, no caption."""
    if len(segments(ln)) < 2 or CAPTION_WORD.match(ln.text) or any(AMOUNT.match(w.text) for w in ln.words):
        return False
    return table.x0 - 6 <= ln.x0 and ln.x1 <= table.x1 + 6


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
