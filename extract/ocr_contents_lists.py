"""A list of contents (Daftar Lampiran, Daftar Tabel) that the OCR layout read as a table with its entries merged.

A scanned list of contents prints one entry a line: "Lampiran 2   Penetapan Kinerja Tahun 2023", "Lampiran 3
Rincian Anggaran per kegiatan". Its titles wrap or stand centred, so the layout may read it as a table whose rows
do not follow the lines: two entries' numbers in one cell ("Lampiran 2 Lampiran 3") and the second's title in a
row of its own with no number. Read so, the title no longer goes with its number, and a table the list names
("Rincian Anggaran per kegiatan" is Lampiran 3) takes the number a sentence of the text gives it instead.

:func:`contents_as_lines` gives such a table back to the page as its lines, rebuilt from the words in its box
(each line is one entry again, as the text reader reads a list of contents): a table whose every first cell
opens with an entry ("Lampiran 1", "Tabel 3.1", "Gambar 2") and where one of them holds two entries, the sign
of lines read into one row. A list read row by row (each entry in a row of its own) is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from lkjip.extract.layout.geometry import Word
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.ocr_give_back import give_back_lines

#: an entry of a list of contents: "Lampiran 3", "Tabel 3.1", "Tabel III.7", "Gambar 2"
ENTRY = re.compile(r"\b(?:tabel|lampiran|gambar)\s*[-–]?\s*(?:\d{1,2}|[IVX]{1,5})(?:\.\d{1,3})?\b", re.I)


def merged_contents(pt: PageTable) -> bool:
    """Whether ``pt`` is a list of contents read with entries merged into one cell (module doc)."""
    firsts = [r.cells[0].strip() for r in pt.table.rows if r.cells and r.cells[0].strip()]
    if len(firsts) < 2 or not all(ENTRY.match(c) for c in firsts):
        return False
    return any(len(ENTRY.findall(c)) >= 2 for c in firsts)


def contents_as_lines(res: PageResult, words: Sequence[Word]) -> int:
    """Every list of contents of the scanned page ``res`` read as a table with entries merged (:func:`merged_contents`)
    given back to the page as its lines. Returns how many."""
    done = 0
    for pt in list(res.tables):
        if not merged_contents(pt):
            continue
        give_back_lines(res, words, pt.x0, pt.top, pt.x1, pt.bottom)
        res.tables.remove(pt)
        done += 1
    return done
