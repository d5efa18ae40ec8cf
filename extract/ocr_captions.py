"""Table captions OCR could not read: numbered again by the sequence of the captions it did read.

A scanned report numbers its tables in order ("Tabel 3.5", "Tabel 3.6", "Tabel 3.7", or "Tabel II.1" …
"Tabel III.7"). OCR loses a caption's number now and then: a roman chapter read as "!II" or "I!1" matches no
caption at all (the table falls out as "Tabel tanpa judul 2", every field of it scored against nothing), or as
"1" / "I" for "II" (a wrong name, "Tabel I.2" twice). The captions read well say which numbers are free: a table
standing where exactly one number (or exactly as many numbers as there are such tables) is missing between two
well-read captions takes it.

* a caption is *well read* when it keeps the document's numbering (roman or arabic chapters, or one flat count)
  and stands in order among the others (the longest run of captions in non-decreasing order);
* a table with no caption, or with a caption not well read, between two well-read captions (or before the first)
  takes the numbers missing between them when they are exactly as many as such tables; a misread caption (one
  there is, its number lost) standing where a chapter ends may also take the number after the caption above it.

The name so found is not a read caption (``found_by`` "context", as a PK section names its tables): a reference to the table still reads as a
misread, not as a contradiction. Text PDFs and DOCX are left alone: their captions are read as printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol, TypeVar

import regex as re

from lkjip.extract.document import Block, Paragraph, Table
from lkjip.normalize.numbers import roman, roman_value

Scheme = Literal["roman", "arabic", "flat"]
T = TypeVar("T")

#: "Tabel III.7", "Tabel 3.7", "Tabel 7": the numberings a sequence is kept for ("Tabel 3.7.1" is not)
_LABEL = re.compile(r"^Tabel\s+(?:(?P<ch>[IVXLC]{1,7}|\d{1,2})\.(?P<n>\d{1,3})|(?P<flat>\d{1,3}))$")


class Named(Protocol):
    """What the sequence needs of a found table (:class:`lkjip.extract.classify.FoundTable`)."""

    label: str
    found_by: str


@dataclass(frozen=True)
class Number:
    """A caption's number: its scheme, chapter (None for a flat count) and place in the chapter."""

    scheme: Scheme
    chapter: int | None
    n: int

    def label(self) -> str:
        if self.scheme == "flat":
            return f"Tabel {self.n}"
        ch = roman(self.chapter or 0) if self.scheme == "roman" else str(self.chapter)
        return f"Tabel {ch}.{self.n}"

    @property
    def key(self) -> tuple[int, int]:
        return (self.chapter or 0, self.n)


def parse(label: str) -> Number | None:
    """"Tabel III.7" → Number("roman", 3, 7); "Tabel 3.7" → arabic; "Tabel 7" → flat; anything else None."""
    m = _LABEL.match(label or "")
    if not m:
        return None
    if m.group("flat"):
        return Number("flat", None, int(m.group("flat")))
    ch = m.group("ch")
    if ch.isdigit():
        return Number("arabic", int(ch), int(m.group("n")))
    value = roman_value(ch)
    return Number("roman", value, int(m.group("n"))) if value else None


def _in_order(keys: list[tuple[int, int]]) -> set[int]:
    """Positions of the longest run of ``keys`` in increasing order (the captions that agree with each other; one
    misread number out of order is left out). Increasing, not merely non-decreasing: a number read twice ("Tabel
    III.1" misread for "Tabel II.1", the real "Tabel III.1" after it) would otherwise keep both and push the
    captions between them out of the run."""
    best: list[int] = []
    prev: list[int | None] = []
    for i, k in enumerate(keys):
        j = max((j for j in range(i) if keys[j] < k), key=lambda j: best[j], default=None)
        best.append(1 + (best[j] if j is not None else 0))
        prev.append(j)
    if not keys:
        return set()
    i: int | None = max(range(len(keys)), key=lambda x: best[x])
    out = set()
    while i is not None:
        out.add(i)
        i = prev[i]
    return out


def _missing(before: Number | None, after: Number | None, count: int, misread: bool) -> list[Number] | None:
    """The numbers free between two well-read captions when they are exactly ``count``; None when unsure."""
    if after is not None and (before is None or before.chapter != after.chapter):
        # the numbers opening ``after``'s chapter; the end of ``before``'s chapter is unknown, so only when there
        # are exactly as many as the tables
        free = [Number(after.scheme, after.chapter, n) for n in range(1, after.n)]
        if len(free) == count:
            return free
        if before is not None and not free and misread and count == 1:
            return [Number(before.scheme, before.chapter, before.n + 1)]
        return None
    if before is None:
        return None
    if after is None:
        return [Number(before.scheme, before.chapter, before.n + 1)] if misread and count == 1 else None
    free = [Number(after.scheme, after.chapter, n) for n in range(before.n + 1, after.n)]
    return free if len(free) == count else None


def chains(found: list[T], pieces: dict[int, int], listing: Callable[[T], bool]) -> list[list[T]]:
    """The found tables grouped by the table they are pieces of (``pieces``: index -> index of the piece above);
    lists of contents (``listing``) left out."""
    out: list[list[T]] = []
    for i, ft in enumerate(found):
        if i in pieces and out:
            out[-1].append(ft)
        elif not listing(ft):
            out.append([ft])
    return out


def number_by_sequence(chains: list[list[Named]]) -> None:
    """Name the tables OCR read without their caption, or with a misread number, by the sequence of the captions
    read well. ``chains``: the document's tables in order, each a list of the pieces of one table (the first piece
    holding the caption); only chains found by their header (no caption, no section naming them) or captioned
    "Tabel …" take part."""
    numbers: list[Number | None] = [parse(c[0].label) if _captioned(c) else None for c in chains]
    schemes = [n.scheme for n in numbers if n is not None]
    if len(schemes) < 2:
        return
    scheme = max(set(schemes), key=schemes.count)
    ours = [i for i, n in enumerate(numbers) if n is not None and n.scheme == scheme]
    well = {ours[j] for j in _in_order([numbers[i].key for i in ours])}  # type: ignore[union-attr]
    _renumber_misread(chains, numbers, well, scheme)
    open_ = [i for i, c in enumerate(chains)
             if i not in well and not _repeated(numbers, well, i)
             and (_untitled(c) or (_captioned(c) and (numbers[i] is not None or _unreadable(c))))]
    runs: list[list[int]] = []
    for i in open_:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        before = next((numbers[i] for i in range(run[0] - 1, -1, -1) if i in well), None)
        after = next((numbers[i] for i in range(run[-1] + 1, len(chains)) if i in well), None)
        misread = all(_captioned(chains[i]) for i in run)
        free = _missing(before, after, len(run), misread)
        if free is None:
            continue
        for i, num in zip(run, free, strict=True):
            for piece in chains[i]:
                piece.label, piece.found_by = num.label(), "context"


def _repeated(numbers: list[Number | None], well: set[int], i: int) -> bool:
    """The caption repeats the number of the well-read caption right above it (a continued table captioned again):
    read as printed, never renumbered."""
    num = numbers[i]
    before = next((numbers[j] for j in range(i - 1, -1, -1) if j in well), None)
    return num is not None and before is not None and before.key == num.key


def _renumber_misread(chains: list[list[Named]], numbers: list[Number | None], well: set[int], scheme: Scheme) -> None:
    """A caption read with a number out of order or in another numbering ("Tabel I.2" between "Tabel II.1" and
    "Tabel II.3", "Tabel 1.2" among roman chapters) keeps its place in the chapter and takes the one chapter, of the
    well-read captions around it, where that place fits in order and is free. Found well, it joins ``well``."""
    taken = {numbers[i].key for i in well}  # type: ignore[union-attr]
    for i, num in enumerate(numbers):
        if num is None or i in well or scheme == "flat" or num.scheme == "flat":
            continue
        before = next((numbers[j] for j in range(i - 1, -1, -1) if j in well), None)
        after = next((numbers[j] for j in range(i + 1, len(chains)) if j in well), None)
        chapters = {n.chapter for n in (before, after) if n is not None}
        fits = [Number(scheme, ch, num.n) for ch in chapters
                if (before is None or before.key < (ch or 0, num.n)) and (after is None or (ch or 0, num.n) < after.key)
                and (ch or 0, num.n) not in taken]
        if len(fits) != 1:
            continue
        numbers[i] = fits[0]
        well.add(i)
        taken.add(fits[0].key)
        for piece in chains[i]:
            piece.label, piece.found_by = fits[0].label(), "context"


#: a caption label with more levels than a chapter and a place ("Tabel 3.7.1", "Tabel 3-7"): read as printed
_DEEPER = re.compile(r"^Tabel\s+[\dIVXLC]+(?:[.-]\d+){2,}$|^Tabel\s+\d+-\d+$")


def _captioned(chain: list[Named]) -> bool:
    return chain[0].label.startswith("Tabel ") and "caption" in chain[0].found_by


def _unreadable(chain: list[Named]) -> bool:
    """A caption whose number is cut short or no number ("Tabel I" read for "Tabel I!1.7", "Tabel !II.6 …" taken as
    the table's title line); "Tabel 3.7.1" is a number of its own."""
    return parse(chain[0].label) is None and not _DEEPER.match(chain[0].label)


def _untitled(chain: list[Named]) -> bool:
    return not any(p.label for p in chain) and all(p.found_by == "header" for p in chain)


#: a caption line whose chapter OCR read with a stroke for an "I" ("Tabel !II.6", "Tabel I!1.7", "Tabel 1.2")
_STROKED = re.compile(r"^(\s*(?:tabel|table)\s+)([IVXLC1l!|]{1,7})(\s*\.\s*\d{1,3}\b)", re.I)
_STROKES = str.maketrans({"1": "I", "l": "I", "!": "I", "|": "I"})


def mend_roman_chapters(paragraphs: list[Paragraph]) -> None:
    """In a scan whose captions number tables by roman chapters ("Tabel III.7"; two or more read so, more than
    read with arabic ones), a caption's chapter read with strokes for its "I"s ("!II.6", "I!1.7", "1.2") is read as
    the roman number the strokes make, when they make one. Rewritten in place (text and first line)."""
    heads = [(p, _first(p)) for p in paragraphs]
    counts = {"roman": 0, "arabic": 0}
    for _, line in heads:
        m = _STROKED.match(line)
        if m:
            chapter = m.group(2)
            if chapter.isdigit():
                counts["arabic"] += 1
            elif roman_value(chapter):
                counts["roman"] += 1
    if counts["roman"] < 2 or counts["roman"] <= counts["arabic"]:
        return
    for p, line in heads:
        m = _STROKED.match(line)
        if not m or roman_value(m.group(2)) or not roman_value(fixed := m.group(2).translate(_STROKES)):
            continue
        new = m.group(1) + fixed + line[m.end(2):]
        p.text = p.text.replace(line, new, 1)
        if p.lines:
            p.lines[0] = p.lines[0].replace(line, new, 1)


def _first(p: Paragraph) -> str:
    return (p.lines[0] if p.lines else p.text).strip().split("\n", 1)[0]


#: a caption whose number OCR lost: the caption word, then words ("Tabel Capaian Kinerja Sasaran Tahun 2021")
_NUMBERLESS = re.compile(r"^(?:tabel|table)\s+\p{L}{3,}", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def lift_caption_rows(blocks: list[Block], ocr_pages: list[int]) -> list[Block]:
    """A scanned table whose first row is its caption with the number lost ("Tabel Capaian" | "Kinerja Sasaran
    Tahun 2021" over the first columns): a caption line that kept no number is not told from the table under it
    by the layout, so it was read as the table's top row, and its words pushed the header down a row (the row
    numbers then read as the capaian column: false errors). The row goes back above the table as a paragraph;
    the sequence of captions may number the table again (:func:`number_by_sequence`)."""
    out: list[Block] = []
    for b in blocks:
        if isinstance(b, Table) and b.page in ocr_pages and len(b.rows) >= 3 and _caption_row(b.rows[0].cells):
            row = b.rows[0]
            text = " ".join(" ".join(c.split()) for c in row.cells if c.strip())
            out.append(Paragraph(text=text, lines=[text], page=row.page, line_no=row.line_no, bbox=row.bbox))
            b.rows = b.rows[1:]
        out.append(b)
    return out


def _caption_row(cells: list[str]) -> bool:
    """A row opening with a numberless caption, words only (a year aside), in at most half the columns."""
    filled = [c.strip() for c in cells if c.strip()]
    return (bool(filled) and bool(cells[0].strip()) and bool(_NUMBERLESS.match(cells[0].strip()))
            and len(filled) <= max(2, len(cells) // 2)
            and not any(ch.isdigit() for c in filled for ch in _YEAR.sub("", c)))
