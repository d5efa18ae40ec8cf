"""Tables split by their author, joined once for every reader (:func:`stitch_document`).

Word users often cut a long table into several tables, each repeating the
header row (or not), with an empty paragraph or a page break between; a text
export prints a table broken by a page break as two tables with a blank line
between. Whatever the reader (text, DOCX, PDF, OCR), the two parts are then
two adjacent :class:`~lkjip.extract.document.Table` blocks of the
:class:`~lkjip.extract.document.Document`, with nothing between them but
blank paragraphs, running headers or footers (page numbers, a line repeated on
every page) or a continuation caption ("Tabel 3.7 (lanjutan)"); a part with no header of its own may also
follow up to three short lines that are no sentence, caption or title: the wrapped words of a cell a PDF reader
left out of the part above (:func:`stray_line`), a paragraph of a few short lines finishing a cell of its last row
(:func:`_cut_cell_lines`), or a row of values a reader could not cut into cells (:func:`row_read_as_text`: the
table is then read doubtfully), dropped from the text (named in the table's warnings) so that nothing stands
between the joined table and a caption below it.

The second part continues the first (:func:`continues`) when

* its leading rows repeat the first part's header rows (all of them, or only
  the row of column numbers "(1) (2) (3)"): those rows are dropped; or
* it has no header of its own (its first row does not read as a header of a
  known kind of table), the same number of columns, and its columns hold the
  same kind of values (amounts under amounts, a quantity with its unit under numbers, text under text), or its row
  numbering runs on from the first part's; or
* its header repeats the first part's letter for letter but its columns were
  cut elsewhere (a PDF page read on its own: a header cell read across two
  columns, an empty column between two values): the columns holding text in
  both bodies, in order, are the same columns, and the part is laid over the
  first part's columns (:func:`realigned`); a column of one part that holds nothing but currency signs
  ("Rp" read apart from its amount) is passed over.

A table of nothing but header rows (its header printed at a page's foot, a line of it maybe read as text under it)
is joined over the part of as many columns opening the next page, its body (:mod:`~lkjip.extract.piece_gap`).

The first part's caption names the whole table and each row keeps its own
page. The rest of a last row's cell a page break cut, read as a few short lines at the top of the next page
(between two parts, or under the table's last part), is joined back to its cell
(:func:`~lkjip.extract.cell_rest.cell_rest`). Page breaks a PDF reader has already stitched with column geometry
(:mod:`lkjip.extract.layout.stitch`) do not come here as two tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex as re

from lkjip.extract.amount_apart import amounts_rejoined
from lkjip.extract.amount_rest import amount_rest
from lkjip.extract.captions import (
    STRAY_CHARS,
    STRAY_LINES,
    TEXT_ROW_PARAGRAPHS,
    caption_label,
    furniture,
    page_top_capitals,
    running_lines,
    stray_line,
    text_row_line,
)
from lkjip.extract.cell_rest import REST_PARAGRAPHS, cell_rest, opens_on_rest
from lkjip.extract.classify import TableKind, classify_header
from lkjip.extract.column_halves import halves_joined
from lkjip.extract.column_kinds import kinds, kinds_agree, leaning, numeric_cell
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.header_apart import header_restacked, headers_rejoined
from lkjip.extract.header_body_row import header_row_parted
from lkjip.extract.header_cell_cut import cell_line_rows_joined, cut_header_cells_joined
from lkjip.extract.header_glued_years import header_years_unglued
from lkjip.extract.header_glyphs import header_glyphs_fixed
from lkjip.extract.header_in_row import header_read_into_row
from lkjip.extract.header_line import headers_from_lines
from lkjip.extract.header_numbers import numbers_unglued
from lkjip.extract.header_spelled import header_lines_spelled
from lkjip.extract.header_years import years_put_back
from lkjip.extract.headers import build_columns, is_header_like, is_numbering_row, split_header
from lkjip.extract.key_merged import key_split
from lkjip.extract.layout.cues import CURRENCY_SIGN
from lkjip.extract.layout.words import Vocabulary
from lkjip.extract.lone_word import document_texts, lone_word_put_back
from lkjip.extract.merged_pair import pair_split
from lkjip.extract.merged_repeat import rest_under_merged_header
from lkjip.extract.number_words import number_words_lifted
from lkjip.extract.numbers_on_row import numbering_unglued
from lkjip.extract.ocr_words import dictionary_vocabulary
from lkjip.extract.packed_part import packed_over
from lkjip.extract.page_foot import foot_lines, next_page
from lkjip.extract.part_words import word_mapping
from lkjip.extract.parts import Join, part_key
from lkjip.extract.piece_gap import head_line_under, head_over_body
from lkjip.extract.row_below import row_read_below
from lkjip.extract.table_under import header_rows, sorted_letters, tables_split
from lkjip.extract.text_row import (
    header_line_again,
    header_split_by_part,
    name_rest_line,
    rebuilt_row,
    row_read_as_text,
)
from lkjip.extract.text_table import tables_read_as_text
from lkjip.extract.total_line import totals_rejoined
from lkjip.extract.twin_names import names_put_right
from lkjip.extract.value_columns import (
    empty_value_column,
    numbered_column_unfilled,
    text_value_column,
    two_rows_in_a_cell,
    worded_value_column,
    year_column_unfilled,
)
from lkjip.extract.values_dealt import values_dealt
from lkjip.extract.word_breaks import broken_words_joined

#: a caption saying the table goes on: "Tabel 3.7 (lanjutan)", "Lanjutan Tabel 3.7", "(sambungan)"
_CONTINUED = re.compile(r"\b(lanjutan|sambungan|continued)\b", re.I)
_KEY = re.compile(r"^\s*(\d{1,3}|[a-z]|[ivxlc]{1,6})\s*[.)]?\s*$", re.I)


def stitch_document(doc: Document, *, apart: frozenset[str] = frozenset(), together: frozenset[str] = frozenset(),
                    joins: list[Join] | None = None) -> Document:
    """``doc`` with every table continued in a separate table (split by its author) joined into one. Other readings
    tried (:mod:`lkjip.readings`; parts named by :func:`~lkjip.extract.parts.part_key`): the parts in ``apart`` are
    kept apart, and those in ``together``, parts of as many columns right under a table they read as no continuation
    of, are joined on (their header rows dropped). Each join made, and each such part left apart, is added to
    ``joins``."""
    running = running_lines(doc)
    vocab = _lazy_vocabulary(doc)
    out: list[Paragraph | Table] = []
    last: int | None = None  # index in ``out`` of the last table, while only transparent blocks follow it
    between: list[int] = []  # indices in ``out`` of the transparent paragraphs after it
    stray: list[int] = []  # those of them that are lines of cells a reader left out of the table (:func:`stray_line`)
    capitals = False  # the first stray line is in capitals opening the next page: a cell's rest or a title
    heads: list[int] = []  # those of them that are lines of its header repeated, read as text (header_line_again)
    cut: list[int] = []  # a line of the header under a table of nothing but header rows (piece_gap.head_line_under)
    blocks = header_lines_spelled(tables_read_as_text(amounts_rejoined(list(doc.blocks), running), running), running)
    for block in headers_rejoined(blocks):
        if isinstance(block, Table):
            halves_joined(block)  # a column of values cut in two: a part then has as many columns as the others
            cut_header_cells_joined(block)  # a header cell cut across two columns, the values under one
            cell_line_rows_joined(block)  # a tall header cell's lower lines read as rows of their own
            values_dealt(block)  # a run of value columns cut one column too many
            header_glyphs_fixed(block)  # a scanned header's "g"s misread ("Proaram", "Anoaaran")
        if isinstance(block, Paragraph):
            if last is not None and stray and len(stray) <= STRAY_LINES and row_read_as_text(out[stray[0]], out[last]) \
                    and name_rest_line(block, out[stray[-1]], furniture(block, running)):
                between.append(len(out))  # the rest of the name of a row read as text, cut by a page break
                stray.append(len(out))
            elif last is not None and _transparent(block, running, _label_before(out, last)):
                between.append(len(out))
            elif last is not None and not stray and header_line_again(block, out[last], [out[i] for i in heads]):
                between.append(len(out))  # the next part's header read as text: a row may follow it so read
                heads.append(len(out))
            elif last is not None and not capitals and len(stray) < STRAY_LINES \
                    and (stray_line(block, out[stray[-1]] if stray else None, out[last])
                         or not stray and (_cut_cell_lines(block, out[last], running, vocab)
                                           or row_read_as_text(block, out[last]))):
                between.append(len(out))
                stray.append(len(out))
            elif last is not None and not capitals and (len(stray) >= STRAY_LINES or _longer(block)) \
                    and len(stray) < TEXT_ROW_PARAGRAPHS and text_row_line(block, out[last]) \
                    and all(text_row_line(out[i], out[last]) for i in stray):
                between.append(len(out))  # a page of the table read as text: the cell words of its rows
                stray.append(len(out))
            elif last is not None and not stray and page_top_capitals(block, out[last]):
                between.append(len(out))
                stray.append(len(out))
                capitals = True
            elif last is not None and not stray and not cut and head_line_under(out[last], block):
                between.append(len(out))
                cut.append(len(out))
            else:
                last, between, stray, capitals, heads, cut = None, [], [], False, [], []
            out.append(block)
            continue
        prev, key, given = out[last] if last is not None else None, part_key(block), block
        if isinstance(prev, Table) and key not in apart and head_over_body(
                prev, block, [out[i] for i in stray + cut], _near(prev, block, [out[i] for i in stray + cut])):
            if joins is not None:
                joins.append((key, block.rows[0], True))
            spent = set(stray + cut)
            kept = {i for i in sorted(spent) if years_put_back(prev, out[i].text)}  # its years under its labels
            join(prev, block, 0)  # a header cut from its body by a page break: the lines between were its own
            prev.warnings.append("its header, cut from its body by a page break, joined over it" + "".join(
                f"; a line of it read as text {'put back' if i in kept else 'dropped'}: {out[i].text}" for i in sorted(spent)))
            out, between = _drop_spent(out, between, spent)
            stray, heads, cut = [], [], []
            continue
        if not stray and isinstance(prev, Table) and (drop := header_cut_across(prev, block)) is not None:
            prev.rows.pop()  # the header's first line, read as the last row of the part above
        elif stray and isinstance(prev, Table):  # past lines of cells: only a part with no header runs on, or
            # one opening the next page with prev's header again (the header a reader repeats on every page)
            lines = [out[i] for i in stray]
            foot = foot_lines(prev, block, lines)  # the rows of prev a page break cut, read as text
            own = has_own_header(block) and not (repeated_header(prev, block) and next_page(prev, block, lines))
            near = not own and _near(prev, block, lines) and (len(lines) <= STRAY_LINES or len(lines) >= _MANY
                                                              or any(map(_longer, lines)) or foot)
            drop = continues(prev, block) if near else None
            if drop is None and near and (split := split_on(prev, block)) is not None:
                block, drop = split  # its number column read into the next, or two columns read as one
            if drop is None and near and (moved := laid_over(prev, block, foot)) is not None:
                block, drop = moved, 0
            if drop is None and near and (narrow := unlabelled_merged(prev, block)) is not None:
                (prev, drop), out[last] = narrow, narrow[0]  # the part above read with a column its header lacks
        else:
            drop = continues(prev, block) if isinstance(prev, Table) else None
            if drop is None and isinstance(prev, Table) and (split := split_on(prev, block)) is not None:
                block, drop = split  # its number column read into the next, or two columns read as one
            if drop is None and isinstance(prev, Table) and (moved := realigned(prev, block)) is not None:
                block, drop = moved
            elif drop is None and isinstance(prev, Table) and (moved := rest_under_merged_header(prev, block)):
                block, drop = moved  # a cut row's rest under the header repeated, columns run together
            elif drop is None and isinstance(prev, Table) and not has_own_header(block) and _near(prev, block) \
                    and (moved := laid_over(prev, block)) is not None:
                block, drop = moved, 0
            elif drop is None and isinstance(prev, Table) and prev.n_cols >= 3 and not has_own_header(block) \
                    and _near(prev, block) and (packed := packed_over(prev, block, same_kinds)) is not None:
                block, drop = packed, 0
            if drop is None and isinstance(prev, Table) and _near(prev, block) \
                    and (narrow := unlabelled_merged(prev, block)) is not None:
                (prev, drop), out[last] = narrow, narrow[0]  # the part above read with a column its header lacks
        if drop is None and isinstance(prev, Table) and not has_own_header(block) and _near(prev, block) \
                and (put := lone_word_put_back(prev, block, lambda: document_texts(doc))) \
                and (again := continues(prev, put)) is not None:
            block, drop = put, again  # a word of a justified cell read as a column of its own
        if drop is not None and heads and (has_own_header(block) or repeated_header(prev, block)) \
                and not header_split_by_part([out[i] for i in heads], prev, block, drop):
            drop = None  # the lines taken for its header repeated stand over a part that repeats it: a title
        if drop is not None and key in apart:
            drop, block = None, given  # the reading with this part apart, as read, is tried (lkjip.readings)
        elif drop is None and isinstance(prev, Table) and not stray and not heads and block.n_cols == prev.n_cols:
            if key in together:
                drop = len(header_rows(block))  # the reading with this part joined on is tried (lkjip.readings)
            elif joins is not None and prev.rows:
                joins.append((key, prev.rows[-1], False))
        rest = None
        if drop is not None and capitals:  # a title unless the line finishes a cell and no header of its own follows
            rest = None if has_own_header(block) else cell_rest(prev, out[last + 1:], running, vocab(), capitals_ok=True)
            drop = drop if rest is not None else None
        if drop is None:
            capitals = False
            if isinstance(prev, Table) and not stray and not has_own_header(block) and prev.n_cols >= 3 \
                    and key not in apart:
                block.doubt = block.doubt or (f"lanjutan tabel tanpa judul yang tidak cocok dengan tabel di atasnya "
                                              f"({block.n_cols} kolom, di atasnya {prev.n_cols})")
            out.append(block)
            last, between, stray, heads, cut = len(out) - 1, [], [], [], []
            continue
        texted = bool(stray) and row_read_as_text(out[stray[0]], prev)  # the lines are a row and its name's rest
        if stray and not capitals and not texted:
            rest = cell_rest(prev, out[last + 1:], running, vocab(), foot=prev.strategy == "ocr"
                             and opens_on_rest(block.rows[drop:]))  # a scanned page's region may stop above it
        capitals = False
        if rest is not None:
            prev.rows[-1] = rest[0]  # the lines finish a cell of its last row, cut by the page break
            prev.rows.extend(rest[2])  # and open a sub-row under it, its other cells merged with the rows above
            prev.warnings.append(_REST_NOTE)
        dropped = [i for i in stray if rest is None or i - last - 1 not in rest[1]]
        lost = next((out[i].text for i in dropped if row_read_as_text(out[i], prev)), None)
        if texted and (row := rebuilt_row([out[i] for i in stray], prev)) is not None:
            prev.rows.append(row)  # its cells plain to see: the row is read, the table whole
            prev.warnings.append(f"a row read as text between its parts put back: '{lost[:60]}'")
            lost, dropped = None, []
        if joins is not None and drop < len(block.rows):
            joins.append((key, block.rows[drop], True))
        join(prev, block, drop)
        if dropped:  # the lines were the table's: they must not stand between it and a caption below it
            prev.warnings.append("lines left between its parts dropped: " + " | ".join(out[i].text for i in dropped))
        if lost is not None:  # a row of values lost: the sums of the table cannot be checked
            prev.doubt = prev.doubt or f"sebuah baris terbaca sebagai teks di antara bagian-bagiannya ('{lost[:60]}')"
        elif len(dropped) > STRAY_LINES:  # rows read as text: more than a cell's rest lost
            prev.doubt = prev.doubt or (f"{len(dropped)} baris teks di antara bagian-bagiannya, baris tabel yang "
                                        f"terbaca sebagai teks ('{out[dropped[0]].text.strip()[:60]}')")
        # a continuation caption ("Tabel 3.7 (lanjutan)") is spent: it must not name the next table
        spent = set(stray) | set(heads) | {i for i in between
                                           if caption_label(out[i].text) or _CONTINUED.search(out[i].text)}
        out, between = _drop_spent(out, between, spent)
        stray, heads, cut = [], [], []
    out = headers_from_lines(_rest_rejoined(out, running, vocab), running)  # a header read as text put back
    out = names_put_right(totals_rejoined(tables_split(out, names_a_table), running))
    out = broken_words_joined(out)  # a word a narrow cell broke, read by OCR as two
    for i, t in enumerate(out):
        if isinstance(t, Table):
            header_row_parted(t)  # a header read with the first body row as one row
            header_years_unglued(t)  # two years a reader glued in a header cell
            header_repeats_dropped(t)
            number_words_lifted(t)
            numbers_unglued(t)
            numbering_unglued(t)
            t.doubt = (t.doubt or empty_value_column(t) or text_value_column(t) or worded_value_column(t)
                       or two_rows_in_a_cell(t) or header_read_into_row(t)
                       or header_read_as_text(out, i) or row_read_below(out, i, running) or year_column_unfilled(t)
                       or numbered_column_unfilled(t))
    return doc.model_copy(update={"blocks": out})


#: short lines between two parts no title or address runs to: the words of cells of a page read as text
_MANY = 2 * STRAY_LINES
_REST_NOTE = "a cell of its last row cut by a page break: its rest, read as lines of text below, joined back"


def _longer(p: Paragraph) -> bool:
    """Too long for a stray line of a cell (:func:`~lkjip.extract.captions.stray_line`): rows read as text. More
    than :data:`STRAY_LINES` lines between two parts join them only when one of them is so long (a few short
    lines are a title or an address: "Kecamatan" / "Sukamaju" / "Kabupaten" / "Lembah Hijau"), or when they are
    :data:`_MANY` lines or more (no title runs to so many: the cell words of a page of the table read as text)."""
    text = p.text.strip()
    return len("".join(text.split())) > STRAY_CHARS or "\n" in text


def _cut_cell_lines(p: Paragraph, table: Table, running: set[str], vocab: Callable[[], Vocabulary]) -> bool:
    """``p``, a paragraph of a few short lines opening the page after ``table`` (too long for one stray line), is
    the rest of a cell of its last row the page break cut (:func:`~lkjip.extract.cell_rest.cell_rest`): a part of
    the table may still follow it."""
    return bool(p.lines) and len(p.lines) > 1 and cell_rest(table, [p], running, vocab()) is not None


def _lazy_vocabulary(doc: Document) -> Callable[[], Vocabulary]:
    """The words ``doc`` prints whole (its paragraphs' lines, the dictionary beneath), built when first asked."""
    built: list[Vocabulary] = []

    def get() -> Vocabulary:
        if not built:
            built.append(Vocabulary(("\n".join(p.lines or [p.text]) for p in doc.paragraphs()),
                                    base=dictionary_vocabulary("ind")))
        return built[0]

    return get


def _rest_rejoined(blocks: list[Paragraph | Table], running: set[str],
                   vocab: Callable[[], Vocabulary]) -> list[Paragraph | Table]:
    """``blocks`` with the rest of a cut cell read as lines of text under its table joined back to its cell
    (:func:`~lkjip.extract.cell_rest.cell_rest`), the lines dropped from the text."""
    out: list[Paragraph | Table] = []
    skip: set[int] = set()
    for i, b in enumerate(blocks):
        if i in skip:
            continue
        out.append(b)
        # a table joined across pages (no box of its own) keeps the lines under it: they carry it on to the page
        # they stand on, where a piece of it may follow (classify._is_piece)
        if not isinstance(b, Table) or b.bbox is None:
            continue
        near = blocks[i + 1: i + 1 + 2 * REST_PARAGRAPHS + 2]
        if (rest := cell_rest(b, near, running, vocab()) or amount_rest(b, near, running)) is None:
            continue
        b.rows[-1] = rest[0]
        b.rows.extend(rest[2])
        b.warnings.append(_REST_NOTE)
        skip |= {i + 1 + j for j in rest[1] if not furniture(blocks[i + 1 + j], running)}
    return out


#: how many paragraphs above a table to look for its header printed as a line of text
HEADER_TEXT_REACH = 8


def header_read_as_text(blocks: list[Paragraph | Table], index: int) -> str | None:
    """A line of text right above the table (past a few paragraphs, no table between) that prints its header row
    letter for letter: a part of the table above the part read as a table was read as lines of text (its rows
    lost), so its sums cannot close (the reason, else None)."""
    table = blocks[index]
    head = next((r for r in table.rows[:2] if r.is_header or is_header_like(r.cells)), None)
    if head is None or is_numbering_row(head.cells) or sum(1 for c in head.cells if c.strip()) < 2:
        return None
    letters = "".join("".join(head.cells).split()).casefold()
    for b in reversed(blocks[max(0, index - HEADER_TEXT_REACH): index]):
        if isinstance(b, Table):
            return None
        if "".join(b.text.split()).casefold() == letters:
            return f"judul kolomnya tercetak sebagai teks di atasnya ('{b.text.strip()[:60]}'): bagian tabel terbaca sebagai teks"
    return None


def _near(prev: Table, nxt: Table, lines: list[Paragraph] = ()) -> bool:
    """``nxt`` starts on the page ``prev`` ends on, or the next; lines of its cells left between carry ``prev``
    on over the pages they stand on."""
    end = next((r.page for r in reversed(prev.rows) if r.page is not None), prev.page)
    if end is not None:
        end = max([end, *(p.page for p in lines if p.page is not None)])
    return nxt.page is None or end is None or 0 <= nxt.page - end <= 1


def laid_over(prev: Table, nxt: Table, cut: bool = False) -> Table | None:
    """``nxt``, a part with no header of its own read with another number of columns than ``prev`` (a column empty
    in every row of a page not read, a page's column read in two), laid over the columns of ``prev``: the columns
    holding text in the body of ``prev`` and in ``nxt``, in order, are the same columns (fewer in ``nxt``: laid by
    the words they share, :mod:`~lkjip.extract.part_words`), and they hold the same kinds of values (else None)."""
    if nxt.n_cols == prev.n_cols or not nxt.rows:
        return None
    marked = next((k for k, r in enumerate(prev.rows) if not r.is_header), len(prev.rows))
    body = prev.rows[marked or len(header_rows(prev)):]  # the header the reader marked, else what reads as one
    cols_a, cols_b = filled_columns(body, prev.n_cols), filled_columns(nxt.rows, nxt.n_cols)
    if len(cols_a) != len(cols_b):
        cols_a, cols_b = _beyond_currency(body, cols_a), _beyond_currency(nxt.rows, cols_b)
    if len(body) < (1 if cut and len(cols_a) == len(cols_b) else 2) or len(cols_a) < 3:  # too little to tell kinds
        return None
    moves = list(zip(cols_b, cols_a, strict=True)) if len(cols_a) == len(cols_b) else word_mapping(body, prev.n_cols, nxt.rows, nxt.n_cols)
    if moves is None:
        return None
    rows = [r.model_copy(update={"cells": laid_cells(r.cells, moves, prev.n_cols)}) for r in nxt.rows]
    moved = nxt.model_copy(update={"rows": rows})
    if not kinds_agree(kinds(body, prev.n_cols), kinds(rows, prev.n_cols)):
        return None
    moved.warnings = [*nxt.warnings, f"its columns laid over those of the table it continues ({nxt.n_cols} -> "
                                     f"{prev.n_cols})"]
    return moved


def _label_before(out: list[Paragraph | Table], index: int) -> str | None:
    """The caption label ("Tabel 3.7") of the table ``out[index]``, from the paragraphs just above it."""
    for b in reversed(out[max(0, index - 3) : index]):
        if isinstance(b, Table):
            return None
        if label := caption_label(b.text):
            return label
    return None


def _transparent(p: Paragraph, running: set[str], label: str | None) -> bool:
    """Nothing a table ends at: blank, a page number, a running header/footer, a continuation caption."""
    if furniture(p, running):
        return True
    text = p.text.strip()
    if len(text) <= 160 and _CONTINUED.search(text) and (caption_label(text) in (None, label)):
        return True
    return label is not None and caption_label(text) == label


def _drop_spent(out: list, between: list[int], spent: set[int]) -> tuple[list, list[int]]:
    """``out`` without the blocks at ``spent``, and ``between``'s indices into it shifted past them."""
    return ([b for i, b in enumerate(out) if i not in spent],
            [i - sum(1 for s in spent if s < i) for i in between if i not in spent])


def split_on(prev: Table, nxt: Table) -> tuple[Table, int] | None:
    """``nxt`` cut into the columns of ``prev`` when so cut it continues ``prev`` (:func:`continues`): its number column
    read into the next column split off (:func:`~lkjip.extract.key_merged.key_split`), else two of its columns read as
    one split again (:func:`~lkjip.extract.merged_pair.pair_split`); the part so cut and its leading rows to drop."""
    for cut in (key_split, pair_split):
        if (split := cut(prev, nxt)) is not None and (at := continues(prev, split)) is not None:
            return split, at
    return None


def continues(prev: Table, nxt: Table) -> int | None:
    """How many leading rows of ``nxt`` to drop when it continues ``prev`` (a repeated header), else None."""
    if not prev.rows or not nxt.rows:
        return None
    drop = repeated_header(prev, nxt)
    if drop is not None:
        return drop if drop < len(nxt.rows) else None
    if nxt.n_cols != prev.n_cols or has_own_header(nxt):
        return None
    if prev.n_cols >= 3 and same_kinds(prev, nxt):
        return 0
    return 0 if numbering_runs_on(prev, nxt) else None


def unlabelled_merged(prev: Table, nxt: Table) -> tuple[Table, int] | None:
    """``prev`` read with more columns than ``nxt``, the part continuing it: a short part (a header and a row or
    two ending a page) whose few rows leave a gap inside a cell's words ("PROGRAM PENUNJANG | URUSAN") read as a
    column its header does not have (empty in every header row). Each such column is run back into the column on
    its left; when they are exactly as many as the columns ``prev`` has more and ``nxt`` then continues the part
    so narrowed (:func:`continues`), returns it and the leading rows of ``nxt`` to drop; else None."""
    head = header_rows(prev)
    extra = prev.n_cols - nxt.n_cols
    if not head or extra <= 0 or len(head) >= len(prev.rows):
        return None
    bare = [k for k in range(1, prev.n_cols) if not any(k < len(r.cells) and r.cells[k].strip() for r in head)]
    if len(bare) != extra:
        return None
    keep = [k for k in range(prev.n_cols) if k not in bare]

    def narrowed(row: TableRow) -> TableRow:
        cells = list(row.cells) + [""] * (prev.n_cols - len(row.cells))
        for k in reversed(bare):
            cells[k - 1] = " ".join(c for c in (cells[k - 1].strip(), cells[k].strip()) if c)
        return row.model_copy(update={"cells": [cells[k] for k in keep]})

    note = f"a column its header does not have run back into the column on its left ({prev.n_cols} -> {nxt.n_cols})"
    narrow = prev.model_copy(update={"rows": [narrowed(r) for r in prev.rows], "warnings": [*prev.warnings, note]})
    drop = continues(narrow, nxt)
    return (narrow, drop) if drop is not None else None


def header_repeats_dropped(table: Table) -> None:
    """Rows inside ``table``'s body that repeat its header row for row (the header of a part a reader took into
    the table with the part above: two parts with a paragraph's gap between read as one table) are dropped, the
    repeat named in its warnings; a header of one filled cell, or column numbers alone, is too little to tell."""
    head = header_rows(table)
    first = head[0] if head else None
    if first is None or sum(1 for c in first.cells if c.strip()) < 2 or is_numbering_row(first.cells):
        return
    squeezed = [_norm(r) for r in head]
    keep, k, dropped = list(table.rows[: len(head)]), len(head), 0
    while k < len(table.rows):
        if _norm(table.rows[k]) == squeezed[0] and [_norm(r) for r in table.rows[k: k + len(head)]] == squeezed:
            k, dropped = k + len(head), dropped + 1
            continue
        keep.append(table.rows[k])
        k += 1
    if dropped:
        table.rows = keep
        table.warnings.append(f"its header repeated inside it ({dropped}x), dropped")


def _squeezed_cells(cells: list[str]) -> list[str]:
    return ["".join(c.split()).casefold() for c in cells]


def header_cut_across(prev: Table, nxt: Table) -> int | None:
    """The repeated header of a part read across two tables: a PDF reader that cut the page's lines in the wrong
    place ends the part above with the first line of the repeated header (its wrapped cells broken inside their
    words: "N | Tuju | Indi") and opens the next part with the rest ("o | an | kator Tujuan"). The two rows,
    column by column, spell a header row of ``prev`` letter for letter. Returns how many leading rows of ``nxt``
    to drop (the rest of the header, column numbers included), else None."""
    head = prev.rows[: min(3, len(prev.rows) - 2)]  # the header opens the part, and a row of data follows it
    if nxt.n_cols != prev.n_cols or not head or not nxt.rows:
        return None
    last, first = prev.rows[-1].cells, nxt.rows[0].cells
    joined = [a + b for a, b in zip(_squeezed_cells(last), _squeezed_cells(first), strict=False)]
    if not any(joined == _squeezed_cells(r.cells) and sum(1 for c in joined if c) >= 3 and len(last) == len(r.cells)
               and not is_numbering_row(r.cells) for r in head):
        return None
    drop = 1
    while drop < len(nxt.rows) and _norm(nxt.rows[drop]) in {_norm(r) for r in head}:
        drop += 1
    return drop if drop < len(nxt.rows) else None


def filled_columns(rows: list[TableRow], n_cols: int) -> list[int]:
    """The columns holding text in any of ``rows``."""
    return [k for k in range(n_cols) if any(k < len(r.cells) and r.cells[k].strip() for r in rows)]


def realigned(prev: Table, nxt: Table) -> tuple[Table, int] | None:
    """``nxt`` laid over the columns of ``prev`` when it repeats ``prev``'s header, letter for letter, but its
    columns were cut elsewhere (a header cell read across two columns, an empty column read between two): the
    columns holding text in the bodies of both, taken in order, are the same columns. Returns the part so laid
    and its header rows to drop, else None."""
    head_a, head_b = header_rows(prev), header_rows(nxt)
    if not head_a or not head_b or nxt.n_cols == prev.n_cols or len(head_b) >= len(nxt.rows):
        return None
    letters = sorted_letters(head_a)
    if len(letters) < 8 or letters != sorted_letters(head_b):
        return None
    body_a, body_b = prev.rows[len(head_a):], nxt.rows[len(head_b):]
    cols_a, cols_b = filled_columns(body_a, prev.n_cols), filled_columns(body_b, nxt.n_cols)
    if len(cols_a) != len(cols_b):  # one part read its currency signs into columns of their own
        cols_a, cols_b = _beyond_currency(body_a, cols_a), _beyond_currency(body_b, cols_b)
    if not body_a or len(cols_a) != len(cols_b):
        return None
    rows = [r.model_copy(update={"cells": laid_cells(r.cells, zip(cols_b, cols_a, strict=True), prev.n_cols)}) for r in body_b]
    moved = nxt.model_copy(update={"rows": [*head_b, *rows]})
    if not same_kinds(prev, moved.model_copy(update={"rows": rows})):
        return None
    moved.warnings = [*nxt.warnings, f"its columns laid over those of the table it continues ({nxt.n_cols} -> {prev.n_cols})"]
    return moved, len(head_b)


def _beyond_currency(rows: list[TableRow], cols: list[int]) -> list[int]:
    """``cols`` without the columns that hold nothing but currency signs ("Rp" read apart from its amount)."""
    def signs_only(k: int) -> bool:
        return all(CURRENCY_SIGN.match(c) for r in rows if k < len(r.cells) and (c := r.cells[k].strip()))

    return [k for k in cols if not signs_only(k)]


def laid_cells(cells: list[str], moves: Iterable[tuple[int, int]], n_cols: int) -> list[str]:
    """A row of ``n_cols`` cells, cell ``a`` of ``cells`` put in column ``b`` for each (a, b) of ``moves``."""
    out = [""] * n_cols
    for a, b in moves:
        out[b] = cells[a] if a < len(cells) else ""
    return out


def _norm(row: TableRow) -> tuple[str, ...]:
    return tuple("".join(c.split()).casefold() for c in row.cells)


def repeated_header(prev: Table, nxt: Table) -> int | None:
    """The number of leading rows of ``nxt`` that repeat header rows of ``prev`` (None: none do): the same cells,
    or the same words cut into finer columns (:func:`cut_finer`) in the row at its place in the header."""
    rows = header_rows(prev)
    head = {_norm(r) for r in rows}
    n = 0
    while n < len(nxt.rows) and any(c.strip() for c in nxt.rows[n].cells) and (
            _norm(nxt.rows[n]) in head or (n < len(rows) and cut_finer(rows[n].cells, nxt.rows[n].cells))):
        n += 1
    return n or header_restacked(rows, nxt)  # or the same header cut into other lines


def cut_finer(coarse: list[str], fine: list[str]) -> bool:
    """``fine`` holds the words of ``coarse`` in the same columns, some cut into the columns after them that
    ``coarse`` leaves empty (a header read on a page whose body left a column gap unseen: "REALISASI %" | "" for
    "REALISASI" | "%"), and more cells filled: each cell of ``coarse`` is its counterpart in ``fine`` run on with
    the cells after it up to ``coarse``'s next filled cell."""
    if len(coarse) != len(fine) or sum(1 for c in fine if c.strip()) <= sum(1 for c in coarse if c.strip()):
        return False
    a, b = _squeezed_cells(coarse), _squeezed_cells(fine)
    k = 0
    while k < len(a):
        j = k + 1
        while j < len(a) and not a[j]:
            j += 1
        if a[k] and a[k] != "".join(b[k:j]) or not a[k] and b[k]:
            return False
        k = j if a[k] else k + 1
    return True


def names_a_table(head: list[list[str]], n_cols: int) -> bool:
    """The header rows ``head`` name a known kind of table."""
    return classify_header(head, build_columns(head, n_cols), False) is not TableKind.unknown


def has_own_header(table: Table) -> bool:
    """The table opens with a header of its own: column numbers, or a header naming a known kind of table."""
    first = table.rows[0].cells
    if is_numbering_row(first):
        return True
    if not is_header_like(first):
        return False
    head, _ = split_header([r.cells for r in table.rows])
    if not head:
        return False
    return classify_header(head, build_columns(head, table.n_cols), False) is not TableKind.unknown


def _body(table: Table) -> list[TableRow]:
    return table.rows[len(header_rows(table)) :]


def same_kinds(prev: Table, nxt: Table) -> bool:
    """No column holds amounts in one part and text in the other."""
    return kinds_agree(kinds(_body(prev), prev.n_cols), kinds(nxt.rows, nxt.n_cols))


def values_fit(prev: Table, rows: list[TableRow], least: int = 2) -> bool:
    """``rows`` (read as the rest of ``prev``) hold numbers under the columns of numbers of ``prev``'s body, and
    nothing else there, ``least`` of them at least: a row of the table, not text that happens to fit its
    columns (a signature block, a title)."""
    held = kinds(_body(prev), prev.n_cols)
    found = 0
    for r in rows:
        for k, c in enumerate(r.cells[: len(held)]):
            c = c.strip()
            if not c or c in ("-", "–") or leaning(*held[k]) != "num":
                continue
            if not numeric_cell(c):
                return False
            found += 1
    return found >= least


def _key(row: TableRow) -> str | None:
    first = next((c for c in row.cells if c.strip()), "")
    m = _KEY.match(first)
    return m.group(1).casefold() if m else None


def numbering_runs_on(prev: Table, nxt: Table) -> bool:
    """The first row number of ``nxt`` follows the last of ``prev`` ("5" → "6", "c" → "d")."""
    a = next((k for r in reversed(prev.rows) if (k := _key(r))), None)
    b = next((k for r in nxt.rows[:2] if (k := _key(r))), None)
    if a is None or b is None:
        return False
    if a.isdigit() and b.isdigit():
        return int(b) == int(a) + 1
    return len(a) == len(b) == 1 and a.isalpha() and ord(b) == ord(a) + 1


def join(first: Table, cont: Table, drop: int) -> None:
    """Append ``cont`` to ``first`` without its ``drop`` repeated header rows; rows keep their pages."""
    head = {_norm(r) for r in cont.rows[:drop]}
    for r in first.rows:
        if _norm(r) in head:
            r.is_header = True
    for r in header_rows(first):  # the repeat cut into finer columns: the header's columns as its body's
        if (finer := next((c for c in cont.rows[:drop] if cut_finer(r.cells, c.cells)), None)) is not None:
            r.cells, r.is_header = list(finer.cells), True
    first.rows.extend(cont.rows[drop:])
    first.warnings.extend(cont.warnings)
    first.doubt = first.doubt or cont.doubt  # a part read doubtfully (OCR unsure of its amounts) makes the whole so
    where = f" at line {cont.line_no}" if cont.line_no else f" on page {cont.page}" if cont.page else ""
    note = f"continued in a separate table{where}"
    first.warnings.append(note + ("; its repeated header dropped" if drop else ""))
    if cont.page != first.page:
        first.bbox = None
