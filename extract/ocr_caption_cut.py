"""A scanned table read on past the caption printed under it: the table ends above its caption.

A borderless (or header-shaded) table whose caption is printed *below* it has nothing but white space between
its last row and the caption line, and the lines under the caption (a figure's title, running text) may fall
into the table's channels — in monospaced print the words of every line stand on the same character grid, so
running text lines up with any column. The layout then reads the caption and the paragraphs after it as more
rows of the table ("Tabel 3.1 Capaian …" over the first columns, then sentences cut into cells): rows that
are no rows, indicators named "sedangkan" and the caption lost.

A row whose first printed line is a numbered caption ("Tabel 3.1 Capaian Kinerja …", "Tabel III.7 …"),
after at least one body row that is not one, ends the table: that row and every row under it are the page's
text again, their lines rebuilt from the words in the table's box (with the pieces of those lines printed
beside the box), so the caption is read as the table's caption and the paragraphs as paragraphs. A table whose
rows all open with captions (a list of tables read as a table) is left alone; so is a table continued from the
page before whose first row is a caption only when it has another row above it on its page (a caption opening
the carried part takes the whole part back as text).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from lkjip.extract.layout.cues import CAPTION_NUMBER
from lkjip.extract.layout.geometry import TextLine, Word, lines_from_words
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.ocr_give_back import give_back_lines, in_box

#: a numbered caption opening a line: "Tabel 3.1 Capaian", "Tabel III.7 Penyerapan", "Tabel 2 Program"
CAPTION = re.compile(rf"^(?:tabel|table)\s+{CAPTION_NUMBER}\.?\s+\p{{L}}{{3,}}", re.I)


def _first_line(words: Sequence[Word], box: tuple[float, float, float, float]) -> TextLine | None:
    lines = lines_from_words([w for w in words if in_box(w, *box)])
    return lines[0] if lines else None


def caption_row(pt: PageTable, words: Sequence[Word]) -> int | None:
    """Index of the row of ``pt`` whose first line is a numbered caption under its body (module doc), or None."""
    body = 0
    for k, row in enumerate(pt.table.rows):
        if row.is_header:
            continue
        if row.bbox is not None:
            first = _first_line(words, (pt.x0, row.bbox[1], pt.x1, row.bbox[3]))
            if first is not None and CAPTION.match(first.text):
                return k if body or (pt.carried and k == 0) else None
        body += 1
    return None


def cut_at_captions(res: PageResult, words: Sequence[Word]) -> int:
    """Every table of the scanned page ``res`` ending above a caption printed under it (module doc): the rows from
    the caption on given back to the page as lines of text. Returns how many tables were cut."""
    cut = 0
    for pt in list(res.tables):
        k = caption_row(pt, words)
        if k is None:
            continue
        top = pt.table.rows[k].bbox[1]  # type: ignore[index]
        # a line of text running past the table's box was read partly as lines of the page: read whole again
        give_back_lines(res, words, pt.x0, top, pt.x1, pt.bottom)
        if k == 0:
            res.tables.remove(pt)
        else:
            pt.table.rows = pt.table.rows[:k]
            pt.bottom = max(r.bbox[3] for r in pt.table.rows if r.bbox is not None) if any(
                r.bbox is not None for r in pt.table.rows) else top
            pt.tails = []
        cut += 1
    return cut
