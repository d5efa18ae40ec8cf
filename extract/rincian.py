"""Which Lampiran holds the budget detail ("Rincian Anggaran per kegiatan"), read from the report's list of
lampiran and, failing that, from the text's pointer sentence ("… ada di Lampiran-3").

The list, not the sentence, numbers the lampiran: a report may contradict itself, and a reader may cut or glue
the list's entries (two numbers in one cell, a title wrapped onto a line of its own, a title moved into the
entry above when a row cut by a page break is rejoined). Split from :mod:`lkjip.extract.classify`.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.captions import list_entries
from lkjip.extract.document import Document
from lkjip.extract.layout.cues import squeezed as _squeezed

#: a sentence that says where the budget detail is: "Rincian anggaran per kegiatan … terdapat pada Lampiran-3"
_RINCIAN_POINTER = re.compile(r"(?:rincian\s+(?:realisasi\s+)?anggaran|pelaksanaan\s+program)[^.]{0,120}?"
                              r"\blampiran\s*[-–]?\s*(\d+)", re.I)


def _is_rincian_title(title: str) -> bool:
    """A list entry naming the budget detail ("Rincian Anggaran per kegiatan"), also one whose words a PDF
    reader broke inside ("Rincia n Anggar an per kegiat an"): its letters are read without the spaces."""
    t = _squeezed(title).casefold()
    return ("anggaran" in t or "kegiatan" in t) and "kinerja" not in t


#: what a pointer sentence says the lampiran holds ("Rincian Anggaran per kegiatan", "pelaksanaan program")
_RINCIAN_PHRASE = re.compile(r"rincian\s+(?:realisasi\s+)?anggaran(?:\s+per\s+[^\W\d_]+)?"
                             r"|pelaksanaan\s+program(?:\s+dan\s+kegiatan)?", re.I)


def rincian_label(doc: Document) -> str:
    """Which Lampiran holds the budget detail, from the list of lampiran (a table or lines of text)."""
    texts = [" ".join(r.cells) for t in doc.tables() for r in t.rows]
    texts += [line for p in doc.paragraphs() for line in p.text.split("\n")]
    titles: list[tuple[str, str]] = []
    glued: list[tuple[list[str], str]] = []
    for text in texts:
        entries = [(number, title) for kind, number, title in list_entries(text) if kind == "lampiran"]
        for number, title in entries:
            if _is_rincian_title(title):
                return f"Lampiran {number}"
            titles.append((number, _squeezed(title).casefold()))
        if len(entries) > 1 and not any(title for _, title in entries[:-1]):
            glued.append(([number for number, _ in entries], entries[-1][1]))
    # no list entry read (a reader may glue two entries' cells together): the text's pointer to it
    for p in doc.paragraphs():
        m = _RINCIAN_POINTER.search(" ".join(p.text.split()))
        if m:
            return f"Lampiran {_glued_entry(titles, m.group(0)) or _interleaved_entry(glued, m.group(0)) or m.group(1)}"
    # no pointer either: the glued titles holding the words a list names the budget detail by
    found = _interleaved_entry(glued, "rincian anggaran") or _interleaved_entry(glued, "pelaksanaan program")
    return f"Lampiran {found}" if found else "Lampiran Rincian Anggaran"


def _interleaved_entry(glued: list[tuple[list[str], str]], pointer: str) -> str | None:
    """The number of a list entry whose title's lines a reader interleaved with the lines of the entry beside
    it (a borderless list whose two wrapped entries were read as one row: "Lampiran 2 Lampiran 3 | Penetapan
    Kinerja Tahun 2023 Rincian Anggaran per (PK 2023) kegiatan"): the pointer's words are found in order
    inside the glued title; opening it, they are the first entry's title, else (two entries) the second's."""
    phrase = _RINCIAN_PHRASE.search(pointer)
    if not phrase:
        return None
    words = phrase.group(0).casefold().split()
    named = set()
    for numbers, title in glued:
        start = _in_order(words, title.casefold().split())
        if start == 0:
            named.add(numbers[0])
        elif start is not None and len(numbers) == 2:
            named.add(numbers[1])
    return named.pop() if len(named) == 1 else None


def _in_order(words: list[str], title: list[str]) -> int | None:
    """Where the first of ``words`` sits in ``title`` when all of them are found there in order (other words
    between them), else None."""
    start, at = None, 0
    for word in words:
        while at < len(title) and title[at] != word:
            at += 1
        if at == len(title):
            return None
        start = at if start is None else start
        at += 1
    return start


#: the fewest letters a list entry's title cut by a line wrap keeps to be matched by the words it opens with
_CUT_TITLE_CHARS = 6


def _glued_entry(titles: list[tuple[str, str]], pointer: str) -> str | None:
    """The number of the one list entry whose title, glued by a reader to the title of the entry before
    it ("Lampiran 2 Lampiran 3 | Perjanjian Kinerja … Rincian Anggaran per kegiatan"), ends with the words
    the pointer sentence uses for the lampiran: the list, not the sentence, numbers it. So does an entry whose
    title a wrapped line cut after its first words ("Lampiran 3 | Rincian", "Anggaran per Kegiatan" on a line
    of its own): the words it kept open the pointer's."""
    phrase = _RINCIAN_PHRASE.search(pointer)
    if not phrase:
        return None
    words = _squeezed(phrase.group(0)).casefold()  # a PDF reader may break words ("Anggar an")
    named = {_moved_up(titles, i, words) for i, (_, title) in enumerate(titles)
             if title.endswith(words) or (len(title) >= _CUT_TITLE_CHARS and words.startswith(title))}
    return named.pop() if len(named) == 1 else None


def _moved_up(titles: list[tuple[str, str]], i: int, words: str) -> str:
    """The entry a title belongs to: the next one when that entry was read without any title and this title
    holds more than the pointer's words, its own title before them — a reader rejoining a list row cut by
    a page break took the title of the entry under it into it ("Lampiran 2 | PK 2023 Rincian Anggaran …",
    "Lampiran 3 |"): the entry numbered next, not a later line that mentions a lampiran."""
    if i + 1 < len(titles) and not titles[i + 1][1] and len(titles[i][1]) > len(words) \
            and _next_number(titles[i][0]) == titles[i + 1][0]:
        return titles[i + 1][0]
    return titles[i][0]


def _next_number(number: str) -> str:
    """"2" → "3": the number of the entry under one in a list of lampiran."""
    return str(int(number) + 1) if number.isdigit() else ""
