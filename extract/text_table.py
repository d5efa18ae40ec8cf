"""A table a reader gave as lines of text keeps its place among the tables (:func:`tables_read_as_text`).

A borderless table a PDF reader could not cut into columns comes out as paragraphs: a bold line of header words
("No Masalah Pokok Masalah Akar Masalah") and under it one paragraph per row, each opening with the row's number
("1. Sarana dan prasarana kantor Ruang pelayanan sempit dan Faktor Internal: …"), the words of its cells run
together. Its cells are lost, but the table is still there: left out, every uncaptioned table after it takes the
number of the one before ("Tabel tanpa judul 2" read as 1), and all their rows are read under the wrong names.
The header line becomes a table of its header row alone (no body, so no record and no sum from it), read
doubtfully; the row paragraphs stay text.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.captions import furniture, is_caption
from lkjip.extract.cut_header import header_units
from lkjip.extract.document import Paragraph, Table, TableRow

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


def tables_read_as_text(blocks: list[Paragraph | Table], running: set[str]) -> list[Paragraph | Table]:
    """``blocks`` with every bold line of three header words or more ("No", then labels) over numbered rows read as
    text (:data:`MIN_ROWS` at least) turned into a table of that header row alone, doubtful."""
    out: list[Paragraph | Table] = []
    for i, b in enumerate(blocks):
        units = header_units(b.text) if isinstance(b, Paragraph) and b.bold and "\n" not in b.text.strip() else None
        if units is None or len(units) < 3 or not re.fullmatch(r"no\.?|nomor", units[0], re.I) \
                or _numbered_rows(blocks, i + 1, running) < MIN_ROWS:
            out.append(b)
            continue
        assert isinstance(b, Paragraph)
        out.append(Table(rows=[TableRow(cells=units, page=b.page, line_no=b.line_no, bbox=b.bbox, is_header=True)],
                         page=b.page, line_no=b.line_no, bbox=b.bbox, strategy="text",
                         warnings=["its rows read as lines of text under its header line"],
                         doubt=f"baris-barisnya terbaca sebagai teks di bawah judul kolomnya ('{b.text.strip()[:60]}')"))
    return out
