"""Table captions: what a caption is, and on which side of its table a document prints it.

* :func:`caption_label`: "Tabel 3.6 Realisasi …" → "Tabel 3.6", whatever the numbering ("Tabel III.7",
  "Tabel 3.7.1", "Tabel 3-7", "Tabel 7"; :data:`~lkjip.extract.layout.cues.CAPTION`).
* :func:`caption_side`: a report prints its captions above its tables (most do) or below them, the same
  way throughout. The side is decided per document by where its captions stand: a caption closer to the
  table before it than to the table after it (a caption right under a table, running text before the next
  table; the first table with no caption above but one right below) votes "below", the reverse votes
  "above", a caption as close to both (between two tables) does not vote. Below wins only on more votes;
  a caption-above document (or one without votes) keeps the usual reading.
* :func:`captions_below`: in a caption-below document, which caption paragraph follows which table.
* :func:`list_entries`: the entries of one line of a list of contents ("Lampiran 3 Pelaksanaan …"), also
  when a reader merged several entries into one cell or line.

Between a caption and its table a reader may leave page furniture: blank paragraphs, page numbers, a
running header or footer (:func:`furniture`); it counts as nothing.
"""

from __future__ import annotations

from collections import Counter
from typing import Literal

import regex as re

from lkjip.extract.document import Document, Paragraph, Table
from lkjip.extract.layout.cues import CAPTION

Side = Literal["above", "below"]

#: a page number as a reader may leave it between blocks: "12", "- 12 -", "Halaman 12", "iv", "12 / 40"
PAGE_NO = re.compile(r"^[-–—\s]*(?:(?:halaman|hal\.?|page)\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:/|dari|of)\s*\d{1,4})?"
                     r"[-–—\s]*$", re.I)
#: a caption is a title, not running text that happens to open with "Tabel 3.7 …"
CAPTION_MAX_CHARS = 240
#: how many paragraphs (furniture aside) may stand between a voting caption and the nearer table
VOTE_REACH = 1


#: one entry of a list of contents: its kind, number and title (which runs to the next entry)
_ENTRY = re.compile(r"\b(tabel|lampiran|gambar)\s*[-–]?\s*(\d+(?:\.\d+)?)\b[\s:.–-]*"
                    r"(.*?)(?=\b(?:tabel|lampiran|gambar)\s*[-–]?\s*\d|$)", re.I | re.S)
#: a line of a list opens with an entry, or with the list's own heading and then an entry; the heading of its
#: column of page numbers ("Halaman") may stand before them, read into the same cell
_LIST_LINE = re.compile(r"^\s*(?:daftar\s+(?:tabel|lampiran|gambar)\s*)?(?:halaman\s*)?"
                        r"(?=(?:tabel|lampiran|gambar)\s*[-–]?\s*\d)", re.I)


def list_entries(text: str) -> list[tuple[str, str, str]]:
    """(kind, number, title) of every entry of a line of a list of contents: "Lampiran 3 Pelaksanaan Program"
    → [("lampiran", "3", "Pelaksanaan Program")]. A reader may merge a list's entries into one cell or line
    ("DAFTAR LAMPIRAN Lampiran 1 Perjanjian … Lampiran 2 …"): each is returned. A line that does not open
    with an entry (a sentence that mentions "… ada di Lampiran-2") gives none."""
    if not _LIST_LINE.match(text):
        return []
    return [(m.group(1).casefold(), m.group(2), " ".join(m.group(3).split())) for m in _ENTRY.finditer(text)]


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


def caption_label(text: str) -> str | None:
    """"Tabel 3.6 Realisasi …" → "Tabel 3.6" (the caption's first line; "Tabel III.7", "Tabel 3-7" alike)."""
    m = CAPTION.match(_first_line(text))
    if not m:
        return None
    num = re.sub(r"\s+", "", m.group(1))
    return f"Tabel {num}"


#: a caption line's title that opens a sentence about the table ("Tabel 3.1 di atas menunjukkan …")
_MENTION = re.compile(r"^\s*(di\s*atas|diatas|berikut|tersebut|menunjukkan|dibawah|di\s*bawah|ini)\b", re.I)


def caption_part(p: Paragraph) -> str:
    """A caption glued to the paragraph above it by a reader: start from its last "Tabel x.y" line. A caption
    glued to the running text under it (its first visual line a caption, the paragraph too long for one):
    that line."""
    lines = p.lines or p.text.split("\n")
    for i in range(len(lines) - 1, 0, -1):
        if CAPTION.match(lines[i]) and i >= len(lines) - 3:
            return "\n".join(lines[i:])
    if len(p.lines) > 1 and len(" ".join(p.text.split())) > CAPTION_MAX_CHARS and (m := CAPTION.match(p.lines[0])) \
            and m.group(2).strip() and not _MENTION.match(m.group(2)) and not p.lines[0].rstrip().endswith("."):
        return p.lines[0]
    return p.text


def is_caption(p: Paragraph) -> bool:
    """A paragraph that is (or ends with) a table caption: "Tabel 3.7 Rincian …", short."""
    text = caption_part(p)
    return caption_label(text) is not None and len(" ".join(text.split())) <= CAPTION_MAX_CHARS


_DIGITS = re.compile(r"\d+")


def mask(text: str) -> str:
    """Text with digits masked and spaces folded: a running header or footer reads the same on every page."""
    return _DIGITS.sub("#", " ".join(text.casefold().split()))


def running_lines(doc: Document) -> set[str]:
    """Short paragraphs printed three times or more (a running header or footer), digits masked."""
    counts = Counter(mask(p.text) for p in doc.paragraphs() if len(p.text) <= 80)
    return {t for t, n in counts.items() if n >= 3 and t}


def furniture(p: Paragraph, running: set[str]) -> bool:
    """Blank, a page number, or a running header or footer."""
    text = p.text.strip()
    return not text or bool(PAGE_NO.match(text)) or mask(text) in running


def _gaps(blocks: list[Paragraph | Table], running: set[str]) -> list[tuple[int, int | None, int | None]]:
    """Per caption paragraph: (its index, paragraphs since the table before it, paragraphs until the table
    after it); None when no table stands on that side."""
    out = []
    for i, b in enumerate(blocks):
        if not isinstance(b, Paragraph) or not is_caption(b):
            continue
        out.append((i, _distance(blocks, range(i - 1, -1, -1), running),
                    _distance(blocks, range(i + 1, len(blocks)), running)))
    return out


def _distance(blocks: list[Paragraph | Table], order: range, running: set[str]) -> int | None:
    """Paragraphs (furniture aside) walked in ``order`` before a table; None when none comes or another
    caption comes first."""
    n = 0
    for j in order:
        b = blocks[j]
        if isinstance(b, Table):
            return n
        if furniture(b, running):
            continue
        if is_caption(b):
            return None
        n += 1
    return None


def side_votes(doc: Document) -> tuple[int, int]:
    """(captions voting above, captions voting below) of the document."""
    above = below = 0
    for _, before, after in _gaps(list(doc.blocks), running_lines(doc)):
        near = min(x for x in (before, after, VOTE_REACH + 1) if x is not None)
        if near > VOTE_REACH:
            continue
        if after is not None and (before is None or after < before):
            above += 1
        elif before is not None and (after is None or before < after):
            below += 1
    return above, below


def caption_side(doc: Document) -> Side:
    """Where the document prints its captions: "below" its tables when more captions vote so, else "above"."""
    above, below = side_votes(doc)
    return "below" if below > above else "above"


#: lines of cells a reader may leave between two parts of one table (the wrapped words of a cell it did not
#: place): at most this many short lines (of at most so many characters, spaces aside: a PDF may space its
#: letters out), no sentence, no caption
STRAY_LINES = 3
STRAY_CHARS = 48


def stray_line(p: Paragraph, above: Paragraph | None = None, table: Table | None = None) -> bool:
    """A short line that is no sentence, caption or title: the words of a cell a reader left out of its table
    ("dan Evaluasi Kinerja Perangkat", "Daerah"), or a running header it did not recognise. A line in capitals
    is a title, unless it stands right under such a line ``above``, flush with it: the cell's last words
    ("Penyusunan Dokumen" / "DPA-SKPD"), or, first of such lines, right under the last row of ``table`` (no
    line's gap between) that holds a cell in capitals: the rest of that cell ("PROGRAM PENUNJANG" /
    "PEMERINTAHAN DAERAH")."""
    text = p.text.strip()
    return (0 < len("".join(text.split())) <= STRAY_CHARS and "\n" not in text and not p.bold
            and not caption_label(text) and not text.endswith((".", ":", "!", "?"))
            and (not text.isupper() or (above is not None and stacked_under(p, above))
                 or (above is None and table is not None and _under_capitals(p, table))))


def page_top_capitals(p: Paragraph, table: Table) -> bool:
    """``p`` is a short line in capitals opening the page after ``table``'s last row, inside the table's width and
    off its left edge: a title, or the last words of a cell the page break cut ("Dokumen Perubahan" / "RKA-SKPD").
    Only what follows tells: the stitcher keeps it as a cell's rest when a part with no header of its own continues
    the table right under it, and as a title otherwise."""
    text = p.text.strip()
    last = table.rows[-1] if table.rows else None
    if last is None or last.page is None or p.bbox is None or table.bbox is None or p.page != last.page + 1:
        return False
    x0, x1 = table.bbox[0], table.bbox[2]
    return (text.isupper() and 0 < len("".join(text.split())) <= STRAY_CHARS and "\n" not in text and not p.bold
            and not caption_label(text) and not text.endswith((".", ":", "!", "?"))
            and p.bbox[0] > x0 + 0.02 * (x1 - x0) and p.bbox[2] <= x1 + 3)


def _under_capitals(p: Paragraph, table: Table) -> bool:
    """``p`` stands right under the last row of ``table`` on its page, less than a line below it, and that row
    holds a cell in capitals."""
    last = table.rows[-1] if table.rows else None
    if last is None or last.bbox is None or p.bbox is None or last.page != p.page:
        return False
    line = (p.bbox[3] - p.bbox[1]) / max(1, len(p.lines or [p.text]))
    capitals = any(c.strip().isupper() and sum(ch.isalpha() for ch in c) >= 4 for c in last.cells)
    return capitals and -1.0 <= p.bbox[1] - last.bbox[3] <= line


def stacked_under(p: Paragraph, above: Paragraph) -> bool:
    """``p`` is the next line of ``above``'s column: same page, the same left edge, no more than a line below it."""
    if p.bbox is None or above.bbox is None or p.page != above.page:
        return False
    line = (above.bbox[3] - above.bbox[1]) / max(1, len(above.lines or [above.text]))
    return abs(p.bbox[0] - above.bbox[0]) <= 2.0 and -1.0 <= p.bbox[1] - above.bbox[3] <= line


def captions_below(doc: Document) -> dict[int, Paragraph]:
    """Block index of a table → the caption paragraph right under it (furniture aside), for a caption-below
    document."""
    blocks = list(doc.blocks)
    running = running_lines(doc)
    out: dict[int, Paragraph] = {}
    for i, before, _ in _gaps(blocks, running):
        if before is not None and (before <= VOTE_REACH or _past_cell_lines(blocks, i, running)):
            t = next(j for j in range(i - 1, -1, -1) if isinstance(blocks[j], Table))
            out.setdefault(t, blocks[i])
    return out


def _past_cell_lines(blocks: list[Paragraph | Table], i: int, running: set[str]) -> bool:
    """Nothing but furniture and lines of cells a reader left out of the table stands between the caption
    ``blocks[i]`` and the table above it: up to :data:`STRAY_LINES` short lines (the wrapped words of its last
    cells: "dan", "Tokoh", "Masyarak at"), or the rows of a last page read as text (:func:`_text_rows`)."""
    lines = 0
    for j in range(i - 1, -1, -1):
        b = blocks[j]
        if isinstance(b, Table):
            return True
        if furniture(b, running):
            continue
        lines += 1
        text = b.text.strip()  # a cell's words may be capitals ("PKK") or bold: only no sentence or caption
        if lines > STRAY_LINES or len("".join(text.split())) > STRAY_CHARS or "\n" in text \
                or text.endswith((".", ":", "!", "?")) or caption_label(text):
            return _text_rows(blocks, i, running)
    return False


#: the rows of a table's page a reader gave as text, between the table and its caption below (or the table's next
#: part): at most this many paragraphs, on the pages up to this many after the table's last row
TEXT_ROW_PARAGRAPHS = 24
TEXT_ROW_PAGES = 2

#: a sentence's end: a stop, colon, "!" or "?" closing the text, or a stop inside it before a capital or a
#: digit ("… berikut. Tabel …", "NIP. 1970…", "H. EKO"); a cell's words run together have none ("dan/atau"), a colon
#: inside is a cell's label ("Faktor Internal: Jumlah petugas")
_SENTENCE = re.compile(r"[.:!?]\s*$|[.!?]\s+(?=[A-Z0-9])")
#: a row's key opening a row read as text ("4. Pelayanan administrasi …"): no sentence's end
_ROW_KEY = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}|[a-zA-Z]|[IVX]{1,4})[.)]\s+")
#: a figure's caption or a list's heading: no cell's words
_FIGURE = re.compile(r"^\s*(?:gambar|grafik|diagram|daftar)\b", re.I)


def text_row_line(p: Paragraph, table: Table) -> bool:
    """``p`` may be cell words of ``table``'s rows that a reader could not cut into cells (a page of a narrow
    table read as text: "Daerah Peraturan Penegakan Perundang- Peraturan undangan …", "Fasili Jumlah tasi
    Dokume"): no sentence (no stop, colon or question mark ending it or a stop inside it before a capital or a
    digit, a row's key opening it aside), no bold title, no caption of a table or a figure, on ``table``'s last page or up to
    :data:`TEXT_ROW_PAGES` after it. What follows decides: a caption below naming the table, or a part of it."""
    text = " ".join(p.text.split())
    last = next((r.page for r in reversed(table.rows) if r.page is not None), table.page)
    return (bool(text) and not p.bold and not caption_label(text) and not _SENTENCE.search(_ROW_KEY.sub("", text))
            and not _FIGURE.match(text)
            and (last is None or p.page is None or 0 <= p.page - last <= TEXT_ROW_PAGES))


def _text_rows(blocks: list[Paragraph | Table], i: int, running: set[str]) -> bool:
    """Between the caption ``blocks[i]`` and the table above it stand only rows of the table read as text
    (:func:`text_row_line`), at most :data:`TEXT_ROW_PARAGRAPHS` of them. A caption below names the table above it
    in a caption-below document; running text or a title between says the caption is not the table's (a heading
    opens a section, text explains)."""
    j = i - 1
    while j >= 0 and not isinstance(blocks[j], Table):
        j -= 1
    if j < 0:
        return False
    table = blocks[j]
    assert isinstance(table, Table)
    lines = [b for b in blocks[j + 1:i] if isinstance(b, Paragraph) and not furniture(b, running)]
    return 0 < len(lines) <= TEXT_ROW_PARAGRAPHS and all(text_row_line(p, table) for p in lines)
