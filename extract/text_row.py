"""A row of a table read as a paragraph between two parts of it, and the part's repeated header read as lines.

A page break inside a table cut into parts leaves odd pieces at a page's foot or head that a PDF reader cannot cut
into cells: a part's last row framed on its own at the top of the next page, or the next part's repeated header
and first row at the foot of a page, read as lines of running text ("NO URAIAN ANGGARAN" / "ANGGARAN REALISASI %"
/ "I. Penyelenggaraan Urusan Rp. 13.963.900 Rp. 13.963.900 100,00" / "Pemerintahan yang Tidak ..."). The lines of
the header repeat the words of the header of the table above (:func:`header_line_again`): they stand between two
parts of one table as a continuation caption does, and the stitcher passes over them — unless the part under
them repeats the header itself: then they are a title (a part repeating only the header's last rows, the lines
holding its first ones, is the header cut in two: :func:`header_split_by_part`) (a contents list's "DAFTAR TABEL"). The row read as text
(:func:`row_read_as_text`) is put back as a row when its cells are plain to see (:func:`row_from_text`): a table
of a number column, one column of names and columns of values only, the row's first line opening with its number
and closing with exactly as many values as the table has value columns, its other lines words of the name. Else
the table is read doubtfully (its sums cannot be checked).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex as re

from lkjip.extract.captions import caption_label
from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.table_under import header_rows, sorted_letters

#: an amount as printed in a row ("27.415.200", "3.104.559.380,00")
AMOUNT = re.compile(r"^(?:rp\.?)?\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2}|,-)?$", re.I)
#: a piece of an amount its narrow cell wrapped ("3.539.6" over "91.183," over "00"): a thousands dot, four digits
_PIECE = re.compile(r"^(?:rp\.?)?\d{1,3}\.\d[\d.,]*$", re.I)
#: a value of a row's value column, one word: an amount, a percent or a plain number, a dash for nothing
_VALUE = re.compile(r"^(?:(?:rp\.?)?\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2}|,-)?|\d{1,3}(?:[.,]\d{1,2})?\s?%?|[-–])$", re.I)
#: the currency sign printed apart from its amount ("Rp 61.250.000")
_SIGN = re.compile(r"^rp\.?$", re.I)
#: a row number as printed ("IV.", "1.2.3", "a.", "2)")
_KEY = re.compile(r"^(?:[IVXLC]{1,6}|[ivxlc]{1,6}|\d{1,3}(?:\.\d{1,3})*|[A-Za-z])[.)]?$")
#: the most lines a name cell's rest may run to after the row
ROW_REST_LINES = 6


def row_read_as_text(p: Paragraph, table: Table) -> bool:
    """``p`` is a row of ``table`` a reader could not cut into cells (a part of one row framed on its own at a
    page's foot), read as a paragraph: a line or two holding two amounts at least, on the page of the table's last
    row or the next, under a table of three columns or more that holds amounts (its cells may print the currency
    sign apart: "Rp 27.415.200"; the row's amounts may be wrapped in pieces: "3.539.6" / "91.183,"). Only a part
    continuing the table under it joins the two."""
    page = next((r.page for r in reversed(table.rows) if r.page is not None), table.page)
    lines = p.lines or [p.text]
    amounts = sum(1 for w in p.text.split() if AMOUNT.match(w) or _amount_piece(w))
    held = any(AMOUNT.match("".join(c.split())) for r in table.rows for c in r.cells)
    return (table.n_cols >= 3 and len(lines) <= 4 and amounts >= 2 and held and not p.bold
            and (page is None or p.page is None or 0 <= p.page - page <= 1))


def _amount_piece(word: str) -> bool:
    return bool(_PIECE.match(word)) and sum(ch.isdigit() for ch in word) >= 4


def _words(text: str) -> list[str]:
    return text.casefold().split()


def header_line_again(p: Paragraph, table: Table, before: Sequence[Paragraph]) -> bool:
    """``p`` (after the lines ``before`` already taken so) is a line of ``table``'s header repeated by a part of
    it read as text: two words at least, all of them words of the header rows (as many times as they print)."""
    head = header_rows(table)
    words = _words(p.text)
    if not head or len(words) < 2 or len(p.lines) > 2 or caption_label(p.text) \
            or p.text.strip().endswith((".", ":")):
        return False
    said = Counter(w for r in head for c in r.cells for w in _words(c))
    taken = Counter(w for q in before for w in _words(q.text)) + Counter(words)
    return all(said[w] >= n for w, n in taken.items())


def header_split_by_part(before: Sequence[Paragraph], table: Table, part: Table, drop: int) -> bool:
    """The lines ``before`` (taken for ``table``'s header read as text) and the ``drop`` leading rows of ``part``
    that repeat the header make the header whole between them: the part repeats only the header's last rows and
    the lines hold the letters of its first rows, no more, no less. A repeated header a reader cut in two (its
    first line set apart from the part's columns, read as text) is no title over the part."""
    head = header_rows(table)
    k = len(head) - drop
    if not before or drop <= 0 or k <= 0:
        return False
    said = "".join(sorted("".join("".join(q.text for q in before).split()).casefold()))
    return said == sorted_letters(head[:k]) and sorted_letters(part.rows[:drop]) == sorted_letters(head[k:])


def name_rest_line(p: Paragraph, above: Paragraph, furniture: bool) -> bool:
    """``p``, under the line ``above`` of a row read as text (or of its name's rest), may be the rest of the row's
    name cell: words with no value, no caption, no sentence. A line the document repeats on other pages
    (``furniture``: "Kecamatan", the last word of many names) is so only right under ``above``."""
    text = p.text.strip()
    return (bool(text) and len(p.lines or [text]) <= ROW_REST_LINES and not p.bold and not caption_label(text)
            and not text.endswith((".", ":")) and not any(_VALUE.match(w) for w in text.split())
            and (not furniture or _right_under(p, above)))


def _right_under(p: Paragraph, above: Paragraph) -> bool:
    """``p`` stands on ``above``'s page, no more than a line below it, across some of its width."""
    if p.bbox is None or above.bbox is None or p.page != above.page:
        return False
    line = (above.bbox[3] - above.bbox[1]) / max(1, len(above.lines or [above.text]))
    return -1.0 <= p.bbox[1] - above.bbox[3] <= line and p.bbox[0] < above.bbox[2] and above.bbox[0] < p.bbox[2]


def _value_cell(cell: str) -> bool:
    text = " ".join(cell.split())
    return not text or bool(_VALUE.match(text.replace(" ", "")) or _VALUE.match(text))


def _shape(table: Table) -> tuple[bool, int] | None:
    """(the table opens with a column of row numbers, the index of its one column of names) when every column
    after the names holds values only, two at least; else None."""
    body = [r for r in table.rows[len(header_rows(table)):] if len(r.cells) == table.n_cols]
    if len(body) < 2:
        return None
    keys = [r.cells[0].strip() for r in body if r.cells[0].strip()]
    keyed = bool(keys) and sum(1 for k in keys if _KEY.match(k)) >= 0.8 * len(keys)
    name = 1 if keyed else 0
    values = range(name + 1, table.n_cols)
    if len(values) < 2 or any(not all(_value_cell(r.cells[k]) for r in body) for k in values):
        return None
    if all(_value_cell(r.cells[name]) for r in body):
        return None
    return keyed, name


def _values_at_end(words: list[str], n: int) -> tuple[list[str], list[str]] | None:
    """(the words before, the ``n`` values closing ``words``, each with its currency sign) else None."""
    cells: list[str] = []
    k = len(words)
    while k > 0 and len(cells) < n:
        w = words[k - 1]
        if not _VALUE.match(w):
            return None
        k -= 1
        if k > 0 and _SIGN.match(words[k - 1]) and AMOUNT.match(w):
            k -= 1
            w = f"{words[k]} {w}"
        cells.insert(0, w)
    if len(cells) != n or (k > 0 and _VALUE.match(words[k - 1])):
        return None
    return words[:k], cells


def row_from_text(lines: Sequence[str], table: Table) -> list[str] | None:
    """The cells of a row of ``table`` read as the lines of text ``lines`` (see the module), else None."""
    shape = _shape(table)
    if shape is None or not lines:
        return None
    keyed, name = shape
    n = table.n_cols - name - 1
    split = [ln.split() for ln in lines]
    key = ""
    if keyed:
        if not split[0] or not _KEY.match(split[0][0]):
            return None
        key, split[0] = split[0][0], split[0][1:]
    at = [i for i, ws in enumerate(split) if any(_VALUE.match(w) for w in ws)]
    if len(at) != 1 or (found := _values_at_end(split[at[0]], n)) is None:
        return None
    before, values = found
    words = [w for i, ws in enumerate(split) for w in (before if i == at[0] else ws)]
    if not words:
        return None
    return [*([key] if keyed else []), " ".join(words), *values]


def rebuilt_row(paras: Sequence[Paragraph], table: Table) -> TableRow | None:
    """The row of ``table`` read as the paragraphs ``paras`` (the row's lines, then the rest of its name cell),
    else None."""
    lines = [ln for p in paras for ln in (p.lines or [p.text])]
    cells = row_from_text(lines, table)
    if cells is None:
        return None
    return TableRow(cells=cells, page=paras[0].page, bbox=paras[0].bbox)
