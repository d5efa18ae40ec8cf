"""A table a reader gave as lines of text keeps its place among the tables (:func:`tables_read_as_text`).

A borderless table a PDF reader could not cut into columns comes out as paragraphs: a bold line of header words
("No Masalah Pokok Masalah Akar Masalah") and under it one paragraph per row, each opening with the row's number
("1. Sarana dan prasarana kantor Ruang pelayanan sempit dan Faktor Internal: …"), the words of its cells run
together. Its cells are lost, but the table is still there: left out, every uncaptioned table after it takes the
number of the one before ("Tabel tanpa judul 2" read as 1), and all their rows are read under the wrong names.
The header line becomes a table of its header row alone (no body, so no record and no sum from it), read
doubtfully; the row paragraphs stay text.

A table of names and amounts read so (a two-column "Program | Anggaran (Rp.)" whose amounts a narrow column wrapped)
has no row numbers: its bold header line, maybe over a bold line of its unit ("(Rp.)"), stands over paragraphs each
a name closed by an amount ("Program Penunjang Urusan … 3.597.2 16.867", "Jumlah 3.818.676.950"), no colon or
sentence among them (:func:`_amount_rows`). When its header reads as two cells (a label wrapped in its narrow column
glued back: "Anggar" / "an"; its unit line joined: "Anggaran (Rp.)"), each such paragraph is a row of its name and
its amount (the wrapped digit groups joined), and the table is whole (:func:`_name_amount_rows`); it stays doubtful
unless its amounts add up to its closing total.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.captions import furniture, is_caption
from lkjip.extract.cut_header import header_units
from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.normalize.numbers import parse_number

#: a row read as text opens with its number: "1. …", "2) …", "3 …"
_ROW_NO = re.compile(r"^\s*(\d{1,2})[.)]?\s+\S")
#: at least so many numbered rows, 1, 2, 3 … in order, stand under the header line
MIN_ROWS = 2
#: a paragraph closing the text after a table: a stop, a colon
_SENTENCE_END = re.compile(r"[.:!?]\s*$")


def _numbered_rows(blocks: list[Paragraph | Table], start: int, running: set[str]) -> int:
    """How many paragraphs from ``blocks[start]`` are numbered rows 1, 2, 3 … (furniture and the unnumbered rest of
    a row between them, no sentence, no caption), the first numbered 1; 0 when they are not so."""
    expect = 1
    for b in blocks[start:]:
        if isinstance(b, Table) or is_caption(b) or b.bold:
            break
        if furniture(b, running):
            continue
        m = _ROW_NO.match(b.text)
        if m and int(m.group(1)) == expect:
            expect += 1
        elif expect == 1 or _SENTENCE_END.search(b.text.strip()) or m:
            break
    return expect - 1


#: an amount closing a row read as text: thousands grouped by stops, maybe cut by a wrap ("3.597.2 16.867")
_AMOUNT = re.compile(r"^(?:rp\.?)?\d{1,3}(?:\.\d{3})+(?:,\d{1,2}|,-)?$", re.I)
_AMOUNT_TAIL = re.compile(r"((?:\d[\d.,-]*\s?){1,4})$")
#: a header line over amount rows: a short bold line, no sentence, no "label : value"
HEADER_LINE_CHARS = 80


def _amount_closed(text: str) -> bool:
    """``text`` is a name closed by an amount (a wrap may cut the amount's digits apart), no colon in it."""
    text = " ".join(text.split())
    m = _AMOUNT_TAIL.search(text)
    if m is None or ":" in text:
        return False
    parts = m.group(1).split()
    name = text[: m.start()].strip() or " ".join(parts[:1])
    for k in range(len(parts)):  # the longest tail of the digit groups that reads as one amount
        if _AMOUNT.match("".join(parts[k:])) and re.search(r"[^\W\d_]{3}", text[: m.start()] + " ".join(parts[:k])):
            return bool(name)
    return False


def _past_units(blocks: list[Paragraph | Table], k: int) -> int:
    """The index past the bold short lines from ``blocks[k]``: a header line's unit lines ("(Rp.)")."""
    while k < len(blocks) and isinstance(b := blocks[k], Paragraph) and b.bold and len(b.text.strip()) <= 12:
        k += 1
    return k


def _amount_rows(blocks: list[Paragraph | Table], start: int, running: set[str]) -> int:
    """How many paragraphs from ``blocks[start]`` (past bold short lines: the header's unit, "(Rp.)") are rows of
    names closed by amounts (furniture between passed over); 0 when fewer than :data:`MIN_ROWS`."""
    rows = 0
    for b in blocks[_past_units(blocks, start):]:
        if isinstance(b, Table) or is_caption(b) or b.bold:
            break
        if furniture(b, running):
            continue
        if not _amount_closed(b.text):
            break
        rows += 1
    return rows if rows >= MIN_ROWS else 0


def _amount_header(b: Paragraph) -> list[str] | None:
    """A bold short line over amount rows as its header cells: its header units, else the line as one cell."""
    text = " ".join(b.text.split())
    if not b.bold or len(text) > HEADER_LINE_CHARS or len(text.split()) < 2 or _SENTENCE_END.search(text) \
            or is_caption(b) or re.search(r"\d", text):
        return None
    return header_units(text) or [text]


#: the closing row of a table of amounts
_TOTAL = re.compile(r"^(jumlah|total)\b", re.I)


def _name_amount(text: str) -> list[str] | None:
    """A row read as text as its two cells: the name and the amount closing it (wrapped digit groups joined)."""
    text = " ".join(text.split())
    m = _AMOUNT_TAIL.search(text)
    if m is None:
        return None
    parts = m.group(1).split()
    for k in range(len(parts)):
        amount = "".join(parts[k:])
        name = " ".join([text[: m.start()].strip(), *parts[:k]]).strip()
        if _AMOUNT.match(amount) and re.search(r"[^\W\d_]{3}", name):
            return [name, amount]
    return None


def _two_cells(head: Paragraph, units: list[str]) -> list[str] | None:
    """The header line ``head`` over its bold unit lines read as two header cells, else None. A label a narrow
    column wrapped is glued back: the rest of it on the head's next line ("Anggar" / "an"), or opening the first
    unit line when a reader gave that line a paragraph of its own ("Anggar" / "an (Rp.)")."""
    glued = "".join(head.lines) if len(head.lines) > 1 else head.text
    texts = [" ".join([*t.split(), *units]) for t in (head.text, glued)]
    if units and re.match(r"[a-z]", units[0]):  # the unit line opens with a word's lower-case rest
        texts.append(glued.rstrip() + " ".join(units))
    return next((u for t in texts if (u := header_units(t)) is not None and len(u) == 2), None)


def _name_amount_rows(blocks: list[Paragraph | Table], i: int, running: set[str]
                      ) -> tuple[list[str], list[TableRow], set[int]] | None:
    """The two header cells under ``blocks[i]`` (bold, its bold unit lines after it) and the rows of names closed by
    amounts under them, with the indices of the blocks they take; None when the header reads as no two cells."""
    head = blocks[i]
    assert isinstance(head, Paragraph)
    k, units = i + 1, []
    while k < len(blocks) and isinstance(b := blocks[k], Paragraph) and b.bold and len(b.text.strip()) <= 12:
        units.append(b.text.strip())
        k += 1
    cells = _two_cells(head, units)
    if cells is None:
        return None
    rows, taken = [], set(range(i + 1, k))
    for j in range(k, len(blocks)):
        b = blocks[j]
        if isinstance(b, Table) or is_caption(b) or b.bold:
            break
        if furniture(b, running):
            continue
        row = _name_amount(b.text) if _amount_closed(b.text) else None
        if row is None:
            break
        rows.append(TableRow(cells=row, page=b.page, line_no=b.line_no, bbox=b.bbox))
        taken.add(j)
    return (cells, rows, taken) if len(rows) >= MIN_ROWS else None


def _adds_up(rows: list[TableRow]) -> bool:
    """The amounts of ``rows`` above the last add up to the last, a total row."""
    if not _TOTAL.match(rows[-1].cells[0]):
        return False
    values = [parse_number(r.cells[1], "money").value for r in rows]
    return None not in values and sum(values[:-1]) == values[-1]  # type: ignore[arg-type, operator]


def tables_read_as_text(blocks: list[Paragraph | Table], running: set[str]) -> list[Paragraph | Table]:
    """``blocks`` with every bold line of three header words or more ("No", then labels) over numbered rows read as
    text (:data:`MIN_ROWS` at least), and every bold short line over rows of names closed by amounts, turned into a
    table of that header row alone, doubtful."""
    out: list[Paragraph | Table] = []
    taken: set[int] = set()
    for i, b in enumerate(blocks):
        if i in taken:
            continue
        units = header_units(b.text) if isinstance(b, Paragraph) and b.bold and "\n" not in b.text.strip() else None
        if units is None or len(units) < 3 or not re.fullmatch(r"no\.?|nomor", units[0], re.I) \
                or _numbered_rows(blocks, i + 1, running) < MIN_ROWS:
            units = _amount_header(b) if isinstance(b, Paragraph) and _amount_rows(blocks, i + 1, running) else None
        if units is None:
            out.append(b)
            continue
        assert isinstance(b, Paragraph)
        whole = _name_amount_rows(blocks, i, running) if len(units) < 3 else None
        if whole is not None:
            cells, rows, taken = whole
            out.append(Table(rows=[TableRow(cells=cells, page=b.page, line_no=b.line_no, bbox=b.bbox, is_header=True),
                                   *rows], page=b.page, line_no=b.line_no, bbox=b.bbox, strategy="text",
                             warnings=["its rows read as lines of text under its header line, cut into cells"],
                             doubt=None if _adds_up(rows) else
                             f"baris-barisnya terbaca sebagai teks di bawah judul kolomnya ('{b.text.strip()[:60]}')"))
            continue
        taken = set(range(i + 1, _past_units(blocks, i + 1)))  # its unit lines are its header's, no table of their own
        out.append(Table(rows=[TableRow(cells=units, page=b.page, line_no=b.line_no, bbox=b.bbox, is_header=True)],
                         page=b.page, line_no=b.line_no, bbox=b.bbox, strategy="text",
                         warnings=["its rows read as lines of text under its header line"],
                         doubt=f"baris-barisnya terbaca sebagai teks di bawah judul kolomnya ('{b.text.strip()[:60]}')"))
    return out
