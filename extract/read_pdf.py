"""Read a PDF with a text layer into the intermediate :class:`~lkjip.extract.document.Document`.

Two passes over the document:

1. **Survey** every page with pypdfium2: glyphs (box, size, boldness from the
   font name) and ruling lines (path objects, form XObjects included: stroked
   segments and thin filled rectangles; thick filled rectangles are cell
   shading and ignored), in top-left display coordinates with ``/Rotate``
   applied and sideways pages turned upright. pdfium does this in C, an order
   of magnitude faster than pdfminer. Pages without a text layer (or a
   page-sized image with a few typed words) go to :mod:`lkjip.extract.ocr`.
   From all pages come the running headers/footers (:func:`furniture_keys`)
   and the document's vocabulary (:class:`Vocabulary`).
2. **Layout** of each page:

   * *furniture* (running headers/footers, page numbers) is removed first,
     also when a browser-printed footer lies over a table cell;
   * *bordered tables*, only on pages with horizontal and vertical rules:
     pdfplumber's grid functions (``merge_edges`` → ``edges_to_intersections``
     → ``intersections_to_cells`` → ``cells_to_tables``) turn the rules into
     cells, spanning cells included; open outer sides are closed first
     (:func:`close_open_sides`); cell text is rebuilt from the glyphs in each
     cell;
   * *borderless tables* (no vertical rules, or none at all), per table, by
     text alignment (:func:`find_text_tables`): white channels between columns
     (plus the gaps only the body or a column-number row shows,
     :func:`body_channels`; minus channels splitting one column,
     :func:`merge_exclusive_columns`), rows from numbers (amounts broken inside
     narrow columns continue their row, :func:`numbers_continue`), key columns,
     cells starting again, a column's usual first word (:func:`column_openers`)
     and gaps (:func:`group_rows`), or from horizontal rules when there are
     any; a heading set off by a blank line ends a table; bold headers are
     read level by level (:func:`header_levels`); a borderless table ending a
     page lends its columns to the top of the next (``carry``, its gaps
     narrowed to that page's text, :func:`narrow_channels`), and a header cut off at the
     bottom of a page is read with the next page's body (:func:`dangling_start`);
   * *paragraphs*: the remaining lines grouped by gap, font, indentation,
     short last lines (against the page's text margins) and list markers; a
     caption is a paragraph of its own; each keeps its visual lines
     (:func:`paragraphs_from_lines`).

Wrapped cell lines are rejoined by :func:`join_wrapped` (geometry says whether
a line filled its cell or left no room for the next character, and whether the
word could have fit on a line of its own; the vocabulary says whether "Menin" +
"gkatnya" is a word, and whether the document prints "Kabupaten/ Kota" with the
space). Finally (:func:`assemble`) blocks are put in reading order, a table
continued on the next page (nothing but furniture between, same columns) is
stitched into one — a repeated header dropped, a row cut by the page break
rejoined, amounts cut with it included — and running text cut by a page break becomes one paragraph.

pdfminer (pdfplumber's page parser) is never run: pdfplumber is used for its
table-grid algorithm only. The glyph → word → line → table functions work on
plain boxes and are reused by the OCR reader on Tesseract's word boxes.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pypdfium2 as pdfium
from pdfplumber import table as plumber_table
from pdfplumber.utils import filter_edges

from lkjip.errors import InputError, ResourceLimitError
from lkjip.extract.document import BBox, Document, Paragraph, Table, TableRow
from lkjip.extract.pdf_page import (  # noqa: F401 - some names are re-exported
    _LIST_MARKER,
    Atom,
    Glyph,
    Line,
    PageInfo,
    Rule,
    Word,
    _center,
    has_grid,
    inside,
    is_numeric_token,
    lines_from_glyphs,
    lines_from_words,
    outside,
    survey_page,
    words_from_glyphs,
)

# --------------------------------------------------------------------------- wrapped text


#: short words that legitimately start a wrapped line; never glued to the line above
_SHORT_WORDS = frozenset(
    ["di", "ke", "dan", "dr", "yg", "per", "ini", "itu", "ada", "pun", "se", "&", "/", "no", "rp", "ttg", "thn", "tgl", "kab", "kec", "kel", "prov", "org"]
)
_NUMBERISH = re.compile(r"^[(]?[\d.,]*\d[\d.,]*$")


_WORD = re.compile(r"[^\W\d_]+")


class Vocabulary:
    """Words a document prints whole, with counts, for telling broken words from whole ones.

    Built from page text where line breaks are marked ``\n``: only words of
    lines holding at least three words count, and not a line's last word, so the
    fragments of words broken in narrow cells ("Menin" / "gkatnya" / "dirian
    desa"), which stand alone or at a line's end, do not.
    """

    def __init__(self, texts: Iterable[str] = ()):
        self.counts: Counter[str] = Counter()
        #: last words of those lines: whole words, or the head of a broken one; only for prefix lookups
        self.tails: Counter[str] = Counter()
        printed: list[str] = []
        for text in texts:
            for line in text.split("\n"):
                printed.append(" ".join(line.split()))
                words = _WORD.findall(line)
                if len(words) >= 3:
                    self.counts.update(w.lower() for w in words[:-1] if len(w) > 1)
                    self.tails[words[-1].lower()] += 1
        both = self.counts + self.tails
        self._sorted = sorted(both)
        self._both = both
        #: every printed line, one per text line, for phrase lookups (a phrase never spans a line break)
        self._text = "\n".join(printed)

    def count(self, word: str) -> int:
        return self.counts.get(word.lower(), 0)

    def printed(self, word: str) -> bool:
        """The document prints ``word`` as a word of a line of running text (line-final included)."""
        return self._both.get(word.lower(), 0) > 0

    def phrase_count(self, phrase: str) -> int:
        """How often ``phrase`` is printed within one line (case-sensitive, single spaces)."""
        return self._text.count(phrase) if phrase else 0

    def spaced_after_slash(self, before: str, after: str) -> bool | None:
        """Whether a line break after ``before`` (ending in "/") stood for a space, by how the document prints
        the longest run of words ending there on one line: "… Kabupaten/ Kota" or "… Kabupaten/Kota" (None:
        printed neither way)."""
        words, nxt = before.split(), after.split()[0] if after.split() else ""
        for k in range(len(words), 0, -1):
            tail = " ".join(words[-k:])
            spaced, glued = self.phrase_count(f"{tail} {nxt}"), self.phrase_count(tail + nxt)
            if spaced or glued:
                return spaced > glued
        return None

    def prefix_count(self, prefix: str) -> int:
        """How often words starting with ``prefix`` occur (line-final words included)."""
        prefix = prefix.lower()
        i = bisect.bisect_left(self._sorted, prefix)
        total = 0
        while i < len(self._sorted) and self._sorted[i].startswith(prefix):
            total += self._both[self._sorted[i]]
            i += 1
        return total


_ALPHA_TAIL = re.compile(r"[^\W\d_]+$")
_ALPHA_HEAD = re.compile(r"^[^\W\d_]+")


def _glue(
    prev_line: str,
    out: str,
    part: str,
    prev_full: bool,
    vocab: Vocabulary | None = None,
    too_wide: bool = False,
    tight: bool = False,
) -> bool:
    """True when ``part`` continues the word that ends ``out`` (no space between)."""
    if out.endswith(" /") or part.startswith("/ ") or part == "/":
        return False  # a slash standing between spaces: "Pengujian /" + "Verifikasi"
    if out.endswith("/") and part[0].isalnum() and vocab is not None:
        # "Kabupaten/" + "Kota": printed "Kabupaten/ Kota" or "Kabupaten/Kota"? As the document prints it elsewhere
        return not vocab.spaced_after_slash(out, part)
    if out.endswith("/") or part.startswith("/"):
        return True
    if out[-1].isalnum() and part[0] in ",;:)":
        return True  # "Fasilitasi" + ", rekomendasi"
    if out.endswith("-") and len(out) > 1 and out[-2].isalnum() and part[0].isalnum():
        return True
    if out[-1].isalnum() and len(part) > 1 and part[0] == "-" and part[1].isalnum():
        return True  # "perundang" + "-undangan"
    last = out.rsplit(" ", 1)[-1]
    first = part.split(" ", 1)[0]
    if _NUMBERISH.match(last) and re.match(r"^[\d.,]", first):
        # a number broken across lines: "310.000" + ".000,00", "1.250.0" + "00.000,"
        return last[-1] in ".," or first[0] in ".," or prev_full
    head_m, tail_m = _ALPHA_TAIL.search(last), _ALPHA_HEAD.match(first)
    if not (head_m and tail_m) or " " in prev_line:
        # a renderer moves a word too wide for its cell to a line of its own before breaking it, so the
        # head of a broken word is alone on its line ("dan tokoh" / "masyaraka" / "t" broke no word)
        return False
    head, tail = head_m.group(0), tail_m.group(0)
    # the line was one token, it filled the cell to within the next character and the word would not fit on
    # a line of its own: the renderer broke it ("Kamti" / "bmas", "dipelihara/Dire" / "habilitasi"), unless
    # either piece is a word the document prints and no word it prints starts with the two together
    # ("kelola" / "pemeri", "Dipelihara" / "dengan"), or the piece below starts a word the document prints
    # ("wilayah" / "kecam" / "atan": the head of "kecamatan", broken in turn)
    known_apart = (
        vocab is not None
        and (vocab.printed(head) or vocab.printed(tail) or (len(tail) >= 5 and vocab.prefix_count(tail) > 0))
        and vocab.prefix_count(head + tail) == 0
    )
    if too_wide and tail.lower() not in _SHORT_WORDS and tail[0].islower() and not known_apart:
        return True
    if not (prev_full or tight):
        return False
    # the line was one token that filled the cell (or left no room for the next character): was it broken
    # inside the word?
    if vocab is not None:
        joined = vocab.prefix_count(head + tail)
        if joined >= 1 and (joined >= vocab.count(tail) or vocab.count(head) == 0):
            return True  # "Menin" + "gkatnya", "dilaksan" + "akan": the document prints the whole word
    if len(tail) > 3 or tail.lower() in _SHORT_WORDS or tail != first.rstrip(".,;:)"):
        return False
    return tail.islower() or (tail.isupper() and head.isupper())


def join_wrapped(
    parts: Sequence[str],
    full_lines: Sequence[bool] | None = None,
    vocab: Vocabulary | None = None,
    too_wide: Sequence[bool] | None = None,
    tight: Sequence[bool] | None = None,
) -> str:
    """Rejoin the printed lines of one wrapped cell or paragraph.

    A line break is dropped (no space) when:

    * the line ends with ``/`` or the next starts with one ("KABUPATEN" + "/KOTA",
      "Kabupaten/" + "Kota");
    * the line ends with a hyphen attached to a letter or digit ("RKA-" + "SKPD"):
      Indonesian hyphens are mostly real (reduplication "kupu-kupu", compounds),
      so the hyphen is kept;
    * a number continues: the line ends with a number and the next starts with a
      digit, "." or ",", and either side of the break is a separator or the line
      filled its cell ("310.000" + ".000,00", "1.250.0" + "00.000,");
    * the line is a single token that *filled* its cell (``full_lines[i]``, from
      geometry: renderers break a word only when it does not fit on a line of
      its own) and either the document's ``vocab`` knows the joined word (words
      starting with it occur, at least as often as the next fragment as a word
      of its own: "Menin" + "gkatnya", "Persen" + "tase"), or the next
      line starts with a fragment that is no word: at most three letters, lower
      case ("Penyelenggar" + "aan", "Anggar" + "an") or upper case after an
      upper-case token ("KABUPATEN/KO" + "TA"), and not a short word such as
      "di", "ke", "dan".

    Otherwise the lines are joined with one space ("Perencanaan," + "Penganggaran",
    "Pemerintahan" + "Daerah"). Without geometry only the first three rules apply.
    """
    out = ""
    prev_part = ""
    for i, raw in enumerate(parts):
        part = " ".join(raw.split())
        if not part:
            continue
        if out:
            prev_full = bool(full_lines is not None and i - 1 < len(full_lines) and full_lines[i - 1])
            wide = bool(too_wide is not None and i - 1 < len(too_wide) and too_wide[i - 1])
            snug = bool(tight is not None and i - 1 < len(tight) and tight[i - 1])
            out += part if _glue(prev_part, out, part, prev_full, vocab, wide, snug) else " " + part
        else:
            out = part
        prev_part = part
    return out


#: advance widths (1/1000 em) of Helvetica/Arial, the metrics most report fonts share closely enough to tell
#: a wide letter ("m", "W") from a narrow one ("i", "l") when sharing out a word's measured width
_CHAR_WIDTHS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500,
         722, 500, 500, 500, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722,
         667, 611, 722, 667, 944, 667, 667, 611],
        strict=True,
    )
)


def first_char_width(word: Word) -> float:
    """Estimated printed width of ``word``'s first character: its measured width shared out by letter widths."""
    widths = [_CHAR_WIDTHS.get(c, 556) for c in word.text]
    return (word.x1 - word.x0) * widths[0] / sum(widths) if widths else 0.0


def lines_text(lines: Sequence[Line], right_edge: float | None = None, vocab: Vocabulary | None = None) -> str:
    """Text of lines stacked in one cell, wrap-joined.

    ``right_edge`` is where the column's text stops (the furthest any line of the
    column reaches); a line ending within ~0.7 em of it filled the cell.
    """
    full = [right_edge is not None and ln.x1 >= right_edge - 0.7 * ln.size for ln in lines]
    wide: list[bool] = []
    tight: list[bool] = []
    if right_edge is not None and lines:
        extent = right_edge - min(ln.x0 for ln in lines)
        for a, b in zip(lines, lines[1:], strict=False):
            last, first = a.words[-1], b.words[0]
            # a word broken by the renderer fills its line so that the next character would not fit
            tight.append(right_edge - a.x1 < first_char_width(first))
            # ... to within one average character, and the whole word would not fit on a line of its own
            char = (first.x1 - first.x0) / max(len(first.text), 1)
            snug = right_edge - a.x1 < 0.9 * char
            wide.append(snug and (last.x1 - last.x0) + (first.x1 - first.x0) > extent + 0.5)
    return join_wrapped([ln.text for ln in lines], full, vocab, wide, tight)


def column_limits(cell_lines: dict[tuple[int, int], list[Line]], spans: dict[tuple[int, int], int]) -> dict[int, float]:
    """Per column, the furthest right a line of text of a one-column cell reaches (numbers only where the
    column has no text: right-aligned numbers may reach further than wrapped text can)."""
    limits: dict[int, float] = {}
    text_limits: dict[int, float] = {}
    for (_, col), lines in cell_lines.items():
        if lines and spans.get((_, col), 1) == 1:
            limits[col] = max(limits.get(col, 0.0), max(ln.x1 for ln in lines))
            texts = [ln for ln in lines if not all(is_numeric_token(w.text) for w in ln.words)]
            if texts:
                text_limits[col] = max(text_limits.get(col, 0.0), max(ln.x1 for ln in texts))
    return {k: text_limits.get(k, v) for k, v in limits.items()}


# --------------------------------------------------------------------------- bordered tables


@dataclass
class PageTable:
    """A table found on one page, with the column boundaries used for stitching."""

    table: Table
    col_edges: list[float]
    top: float
    bottom: float
    x0: float
    x1: float
    #: white channels between the columns of a borderless table (stitching compares them)
    channels: list[tuple[float, float]] = field(default_factory=list)
    #: last printed line of each cell of the last row, whether it filled its cell and ran to the row's bottom
    tails: list[Tail] = field(default_factory=list)
    #: the continuation of a table from the page before (its columns carried over)
    carried: bool = False
    #: pages this table continues on, and on how many of them a repeated header was dropped
    cont_pages: list[int] = field(default_factory=list)
    headers_dropped: int = 0

    def finish(self) -> Table:
        """The table, with one note summing up its continuation."""
        if self.cont_pages:
            pages = self.cont_pages
            where = f"page {pages[0]}" if len(pages) == 1 else f"pages {pages[0]}-{pages[-1]}"
            note = f"continued on {where}"
            if self.headers_dropped:
                note += f"; repeated header dropped on {self.headers_dropped} page{'s' if self.headers_dropped > 1 else ''}"
            self.table.warnings.append(note)
        return self.table


def _cluster_ends(points: list[tuple[float, float]], tol: float) -> list[tuple[float, list[float]]]:
    """Cluster (position, other coordinate) pairs by position; return (mean position, others)."""
    out: list[tuple[float, list[float]]] = []
    cur: list[tuple[float, float]] = []
    for p in sorted(points):
        if cur and p[0] - cur[-1][0] > tol:
            out.append((sum(c[0] for c in cur) / len(cur), [c[1] for c in cur]))
            cur = []
        cur.append(p)
    if cur:
        out.append((sum(c[0] for c in cur) / len(cur), [c[1] for c in cur]))
    return out


def close_open_sides(rules: Sequence[Rule], tol: float = 3.0) -> list[Rule]:
    """Add the outer borders a table leaves out.

    Many tables draw only inner vertical lines: where at least two horizontal
    rules start (or end) at the same x and no vertical rule stands at that x,
    a vertical rule joining them is added; likewise a horizontal rule where
    vertical rules start or end at the same y and no horizontal rule lies there
    (a y with some horizontal rule is a row boundary with merged cells, which
    must stay open).
    """
    extra: list[Rule] = []
    hs = [r for r in rules if r.horizontal and r.x1 - r.x0 > 4 * tol]
    vs = [r for r in rules if not r.horizontal and r.bottom - r.top > 2 * tol]
    for coord, group in _cluster_ends([(r.x0, r.top) for r in hs] + [(r.x1, r.top) for r in hs], tol):
        if len(group) >= 2 and not any(abs((v.x0 + v.x1) / 2 - coord) <= tol for v in vs):
            extra.append(Rule(coord, min(group), coord, max(group)))
    for coord, group in _cluster_ends([(r.top, r.x0) for r in vs] + [(r.bottom, r.x0) for r in vs], tol):
        if len(group) >= 2 and not any(abs((h.top + h.bottom) / 2 - coord) <= tol for h in hs):
            extra.append(Rule(min(group), coord, max(group), coord))
    return list(rules) + extra


def _edge(r: Rule) -> dict:
    if r.horizontal:
        y = (r.top + r.bottom) / 2
        return {"x0": r.x0, "x1": r.x1, "top": y, "bottom": y, "width": r.x1 - r.x0, "height": 0.0,
                "orientation": "h", "object_type": "line"}  # fmt: skip
    x = (r.x0 + r.x1) / 2
    return {"x0": x, "x1": x, "top": r.top, "bottom": r.bottom, "width": 0.0, "height": r.bottom - r.top,
            "orientation": "v", "object_type": "line"}  # fmt: skip


def grid_tables(rules: Sequence[Rule], tol: float = 3.0) -> list[list[list[BBox | None]]]:
    """Tables drawn by ``rules``: each a list of rows, each a list of cell boxes (None under a spanning cell)."""
    edges = [_edge(r) for r in close_open_sides(rules, tol) if max(r.x1 - r.x0, r.bottom - r.top) >= 3]
    if not edges:
        return []
    edges = plumber_table.merge_edges(edges, tol, tol, tol, tol)
    edges = filter_edges(edges, min_length=3)
    points = plumber_table.edges_to_intersections(edges, tol, tol)
    cells = plumber_table.intersections_to_cells(points)
    out = []
    for group in plumber_table.cells_to_tables(cells):
        rows = plumber_table.Table(None, group).rows  # type: ignore[arg-type]
        out.append([[tuple(map(float, c)) if c else None for c in r.cells] for r in rows])
    return out


def bbox_of(rows: list[list[BBox | None]]) -> BBox:
    cells = [c for r in rows for c in r if c]
    return (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))


def _contains(outer: Sequence[float], inner: Sequence[float], tol: float = 1.0) -> bool:
    return (
        outer[0] - tol <= inner[0]
        and outer[1] - tol <= inner[1]
        and inner[2] <= outer[2] + tol
        and inner[3] <= outer[3] + tol
    )


def ruled_tables(
    grids: list[list[list[BBox | None]]],
    atoms: Sequence[Atom],
    to_lines: Callable[[list[Atom]], list[Line]],
    page_no: int | None,
    strategy: str = "lines",
    vocab: Vocabulary | None = None,
) -> list[PageTable]:
    """Bordered tables from :func:`grid_tables`, each cell's text rebuilt from the atoms (glyphs or OCR words) in it."""
    boxes = [bbox_of(g) for g in grids]
    # sorted by height for banding; cells take their atoms back in content order (index)
    cx = [(a.x0 + a.x1) / 2 for a in atoms]
    cy = [(a.top + a.bottom) / 2 for a in atoms]
    by_y = sorted(range(len(atoms)), key=cy.__getitem__)
    ys = [cy[k] for k in by_y]
    out: list[PageTable] = []
    for grid, box in zip(grids, boxes, strict=True):
        ncols = max(len(r) for r in grid)
        if ncols < 2:  # one row is fine: the rest of a table cut by a page break
            continue
        if any(o is not box and _contains(o, box) and o != box for o in boxes):
            continue  # a grid drawn inside another table's cell
        cell_lines: dict[tuple[int, int], list[Line]] = {}
        spans: dict[tuple[int, int], int] = {}
        row_bold: list[bool] = []
        for r, row in enumerate(grid):
            present = [c for c in row if c]
            # atoms of every cell whose box reaches into this row (spanning cells reach further down)
            lo, hi = bisect.bisect_left(ys, min(c[1] for c in present)), bisect.bisect_right(ys, max(c[3] for c in present))
            band = sorted(by_y[lo:hi], key=lambda i: cx[i])
            band_x = [cx[i] for i in band]
            bolds: list[bool] = []
            for k, cell in enumerate(row):
                if cell is None:
                    continue
                a, b = bisect.bisect_left(band_x, cell[0]), bisect.bisect_right(band_x, cell[2])
                in_cell = [atoms[i] for i in sorted(i for i in band[a:b] if cell[1] <= cy[i] <= cell[3])]
                cell_lines[(r, k)] = to_lines(in_cell) if in_cell else []
                spans[(r, k)] = 1 + sum(1 for j in range(k + 1, len(row)) if row[j] is None and _under(grid, r, j, cell))
                bolds.extend(a.bold for a in in_cell if a.text.strip())
            row_bold.append(bool(bolds) and all(bolds))
        limits = column_limits(cell_lines, spans)
        table_rows: list[TableRow] = []
        kept_bold: list[bool] = []
        tails: list[Tail] = []
        for r, row in enumerate(grid):
            cells = []
            row_tails = []
            row_bottom = max(c[3] for c in row if c)
            for k, cell in enumerate(row):
                lines = cell_lines.get((r, k), [])
                right = limits.get(k) if spans.get((r, k), 1) == 1 else (cell[2] - 1.5 if cell else None)
                cells.append(lines_text(lines, right, vocab) if lines else "")
                row_tails.append(_tail(lines, right, max(cell[3], row_bottom) if cell else row_bottom))
            cells += [""] * (ncols - len(cells))
            if not any(cells):
                continue  # a spacer row, or one emptied by furniture removal
            tails = row_tails
            present = [c for c in row if c]
            bbox = (min(c[0] for c in present), min(c[1] for c in present), max(c[2] for c in present),
                    max(c[3] for c in present))  # fmt: skip
            table_rows.append(TableRow(cells=cells, page=page_no, bbox=bbox))
            kept_bold.append(row_bold[r])
        if not table_rows:
            continue
        _mark_bold_header(table_rows, kept_bold)
        table = Table(rows=table_rows, page=page_no, bbox=box, strategy=strategy)
        out.append(PageTable(table, _column_edges(grid), box[1], box[3], box[0], box[2], tails=tails))
    return out


class Tail(NamedTuple):
    """A cell's last printed line, for rejoining a row cut by a page break."""

    text: str
    #: the line filled the cell's width
    full: bool
    #: the text ran down to the bottom of the row (a cell the page break may have cut)
    running: bool = True
    #: room left between the line's end and the column's right edge, the last word's width and the width
    #: text has in the column (points; None: unknown), and the font size
    room: float | None = None
    last_width: float = 0.0
    extent: float = 0.0
    size: float = 10.0


def _tail(lines: Sequence[Line], right: float | None, bottom: float | None = None) -> Tail:
    if not lines:
        return Tail("", False, False)
    last = lines[-1]
    running = bottom is None or last.bottom >= bottom - 1.6 * max(last.height, 1.0)
    full = right is not None and last.x1 >= right - 0.7 * last.size
    if right is None:
        return Tail(last.text, full, running)
    word = last.words[-1]
    extent = right - min(ln.x0 for ln in lines)
    return Tail(last.text, full, running, right - last.x1, word.x1 - word.x0, extent, last.size)


def _tail_glue(tail: Tail, out: str, part: str, vocab: Vocabulary | None) -> bool:
    """:func:`_glue` for a cell cut by a page break: the next line's widths estimated from the font size."""
    first = part.split(" ", 1)[0]
    tight = wide = False
    if tail.room is not None and first:
        widths = [_CHAR_WIDTHS.get(c, 556) * tail.size / 1000 for c in first]
        tight = tail.room < widths[0]
        snug = tail.room < 0.9 * sum(widths) / len(widths)
        wide = snug and tail.last_width + sum(widths) > tail.extent + 0.5
    return _glue(tail.text, out, part, tail.full, vocab, wide, tight)


def _under(grid: list[list[BBox | None]], r: int, j: int, cell: BBox) -> bool:
    """Grid slot (r, j) is empty because ``cell`` spans over it horizontally."""
    xs = [c[0] for row in grid for c in row[j : j + 1] if c]
    return bool(xs) and min(xs) < cell[2] - 1.0


def _column_edges(grid: list[list[BBox | None]]) -> list[float]:
    xs = sorted({round(c[0], 1) for r in grid for c in r if c} | {round(c[2], 1) for r in grid for c in r if c})
    merged: list[float] = []
    for x in xs:
        if not merged or x - merged[-1] > 2.0:
            merged.append(x)
    return merged


def _mark_bold_header(rows: list[TableRow], row_bold: list[bool]) -> None:
    """Leading rows printed all in bold, before any row with an amount, are headers (unless every row is bold).

    Years and column numbers ("2019", "(3)") are header text; an amount or percentage ("1.250.000", "82,47") is data.
    """
    if all(row_bold):
        return
    for r, bold in zip(rows, row_bold, strict=True):
        if not bold or any(_AMOUNT.match(w) for c in r.cells for w in c.split()):
            break
        r.is_header = True


# --------------------------------------------------------------------------- borderless tables


def _segments(line: Line) -> list[list[Word]]:
    """Split a line into segments at gaps wider than ~1.2 em (a column gap, not a word space)."""
    segs: list[list[Word]] = [[line.words[0]]]
    for prev, w in zip(line.words, line.words[1:], strict=False):
        if w.x0 - prev.x1 > 1.2 * max(prev.size, w.size, 4.0):
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def _seg_spans(line: Line) -> list[tuple[float, float]]:
    return [(min(w.x0 for w in seg), max(w.x1 for w in seg)) for seg in _segments(line)]


def _gaps_of(spans: Sequence[tuple[float, float]], min_gap: float) -> list[tuple[float, float]]:
    """White channels between the given spans (sorted sweep): (left, right) of each."""
    gaps: list[tuple[float, float]] = []
    reach: float | None = None
    for a, b in sorted(spans):
        if reach is not None and a - reach >= min_gap:
            gaps.append((reach, a))
        reach = b if reach is None else max(reach, b)
    return gaps


def _crosses(spans: Sequence[tuple[float, float]], gaps: Sequence[tuple[float, float]], tol: float = 2.0) -> bool:
    """Some span reaches into one of the gaps (a line running across the columns)."""
    return any(a < g1 - tol and b > g0 + tol for a, b in spans for g0, g1 in gaps)


def _narrowed(
    gaps: Sequence[tuple[float, float]],
    old: Sequence[tuple[float, float]],
    new: Sequence[tuple[float, float]],
    size: float,
) -> list[tuple[float, float]]:
    """Channels between the spans ``old`` + ``new``.

    A channel already established survives while at least 0.3 em of it stays
    white; a new one (1 em or more) may open only where the region had no text
    yet, beyond its left or right end (a header line shorter than the table).
    """
    lo, hi = min(a for a, _ in old), max(b for _, b in old)
    out = []
    for g in _gaps_of([*old, *new], 0.3 * size):
        known = any(g[0] < b and g[1] > a for a, b in gaps)
        fresh = (g[1] <= lo + 0.5 or g[0] >= hi - 0.5) and g[1] - g[0] >= size
        if known or fresh:
            out.append(g)
    return out


#: "Tabel 3.5 …", "Lampiran 2 …": a caption line, never a table's own line
_TABLE_CAPTION = re.compile(r"^(tabel|table|lampiran|gambar)\s+[\dIVX]+(\.\d+)*\b", re.IGNORECASE)


def body_channels(region: Sequence[Line], gaps: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Add the column gaps that only the body shows.

    A region's channels grow from its first line, so a group label spanning
    two columns in the header ("Tahun 2023" over "Target | Realisasi") hides
    the gap between them. The body lines (below the header: the lines in
    regular weight under a bold header, else from the first line with a
    number) show it: a gap of at least one em that no body segment crosses,
    inside what the header took for one column, is a column gap too.
    """
    bold_head = not all(ln.bold for ln in region)
    body = [ln for ln in region if not ln.bold] if bold_head else []
    if not body:
        first = next((k for k, ln in enumerate(region) if any(is_numeric_token(w.text) for w in ln.words)), None)
        body = list(region[first:]) if first is not None else []
    spans = [sp for ln in body for sp in _seg_spans(ln)]
    out = list(gaps)
    multi = [ln for ln in body if len(_segments(ln)) >= 2]
    if len(multi) >= 2:
        size = statistics.median(ln.size for ln in multi)
        lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
        out += [g for g in _gaps_of(spans, size)
                if lo < g[0] and g[1] < hi and not any(g[0] < b and g[1] > a for a, b in gaps)]  # fmt: skip
    # a row of column numbers ("1 2 3 … 11") shows every column, however narrow, where no body word lies
    # (a narrow "No" column's keys sit within a word space of the next column's text: "1 Mening")
    word_spans = [(w.x0, w.x1) for ln in body for w in ln.words]
    for ln in region:
        nums = ln.words
        if len(nums) < 3 or not all(_COLUMN_NO.match(w.text) for w in nums):
            continue
        if [int(w.text.strip("()")) for w in nums] != list(range(int(nums[0].text.strip("()")), len(nums) + int(nums[0].text.strip("()")))):
            continue
        for a, b in zip(nums, nums[1:], strict=False):
            g = (a.x1, b.x0)
            free = not any(g[0] < y and g[1] > x for x, y in out) and not any(x < g[1] and y > g[0] for x, y in word_spans)
            if g[1] - g[0] >= 0.3 * ln.size and free:
                out.append(g)
    return sorted(out)


def find_text_tables(
    lines: Sequence[Line],
    rules: Sequence[Rule] = (),
    *,
    page_no: int | None = None,
    strategy: str = "text",
    vocab: Vocabulary | None = None,
    carry: PageTable | None = None,
) -> tuple[list[PageTable], list[Line]]:
    """Find borderless tables by text alignment; return them and the lines left over.

    ``carry`` is a borderless table that ended the previous page: lines at the
    top of this page that fit its column channels continue it, with its columns
    (a page may hold too few rows to show every column gap by itself).

    A region starts at a line with several segments (separated by column-wide
    gaps) and grows line by line while the white channels between its columns
    survive: a multi-segment line may close some channels but not all, a
    single-segment line (a wrapped cell) may narrow a channel but not close
    one — a full-width paragraph or the next caption ends the table. A
    region is a table when at least three of its lines have several segments
    and either two rows carry a number, horizontal rules cross it (three
    columns or more), or it has four columns and five multi-segment lines.
    """
    used: set[int] = set()
    tables: list[PageTable] = []
    spans = [_seg_spans(ln) for ln in lines]
    i, n = 0, len(lines)
    if carry is not None and carry.channels and lines:
        end = _carried_region(lines, spans, carry)
        if end >= 0:
            channels = narrow_channels(carry.channels, [sp for k in range(end + 1) for sp in spans[k]])
            pt = _region_table(lines[: end + 1], rules, page_no, strategy, channels, vocab, trusted=True)
            if pt is not None:
                # the carried table spans its columns, whatever the few lines here reach
                pt.x0, pt.x1 = min(pt.x0, carry.x0), max(pt.x1, carry.x1)
                pt.carried = True
                tables.append(pt)
                used.update(range(end + 1))
                i = end + 1
    while i < n:
        if len(spans[i]) < 2:
            i += 1
            continue
        size = lines[i].size
        region_spans = list(spans[i])
        gaps = _gaps_of(region_spans, size)
        j, last = i + 1, i
        widest_gap = 0.0
        while j < n and gaps:
            gap = lines[j].top - lines[j - 1].bottom
            if gap > 2.5 * max(lines[j - 1].height, 4.0) or _new_table_below(lines, i, j):
                break
            if len(spans[j]) == 1 and j - i >= 2 and gap > max(2.0 * lines[j - 1].height, 2.0 * widest_gap):
                break  # a line set off by a blank line, more than any two lines of the table: a heading after it
            widest_gap = max(widest_gap, gap)
            new_gaps = _narrowed(gaps, region_spans, spans[j], size)
            if not new_gaps:
                break
            if len(spans[j]) >= 2:
                last = j
                # a row label spanning merged cells ("JUMLAH" over No and Uraian) keeps the channels it crosses
                new_gaps = sorted(new_gaps + [g for g in gaps if not any(g[0] < b and g[1] > a for a, b in new_gaps)])
            elif j - last > 15 or (len(new_gaps) < len(gaps) and not _closes_inner_gap(lines[j], gaps, new_gaps,
                                                                                     region_spans)):
                break  # a single line running across a column gap: paragraph, caption
            region_spans += spans[j]
            gaps = new_gaps
            j += 1
        # trailing single-segment lines belong to the table only if they sit inside a column, in the
        # table's type size, no further below than the lines of the table are apart (a wrapped last cell)
        end = last
        widest = max((lines[k + 1].top - lines[k].bottom for k in range(i, last)), default=0.0)
        while (
            end + 1 < j
            and not _crosses(spans[end + 1], gaps)
            and abs(lines[end + 1].size - lines[last].size) <= 0.5
            and lines[end + 1].top - lines[end].bottom <= widest + 0.5 * lines[end].height
        ):
            end += 1
        pt = _region_table(lines[i : end + 1], rules, page_no, strategy, gaps, vocab) if gaps else None
        if pt is not None:
            tables.append(pt)
            used.update(range(i, end + 1))
            i = end + 1
        else:
            i += 1
    return tables, [ln for k, ln in enumerate(lines) if k not in used]


def narrow_channels(
    channels: Sequence[tuple[float, float]], spans: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Carried column channels narrowed to where this page's text leaves them white.

    The previous page's rows may not have reached as far into a gap as a row
    here does ("… Lembaga Adat dan Masyarakat" running further right than any
    program name above): a segment reaching into a channel from one side moves
    that side of the channel; one crossing it whole (a spanning label) does not.
    """
    out = []
    for g0, g1 in channels:
        lo, hi = g0, g1
        for a, b in spans:
            if a <= g0 + 1.0 and g0 < b < g1:
                lo = max(lo, b)
            elif g0 < a < g1 and b >= g1 - 1.0:
                hi = min(hi, a)
        out.append((lo, hi) if lo < hi else (g0, g1))
    return out


def _new_table_below(lines: Sequence[Line], start: int, j: int) -> bool:
    """Line ``j`` starts the next table: a bold line after regular ones, set off by far more space than
    the lines ``start``…``j-1`` have between them (two tables printed one under the other)."""
    if j - start < 2 or not lines[j].bold or lines[j - 1].bold:
        return False
    gaps = sorted(lines[k + 1].top - lines[k].bottom for k in range(start, j - 1))
    usual = max(gaps[len(gaps) // 2], 0.0)
    return lines[j].top - lines[j - 1].bottom > max(2 * usual, usual + 1.2 * lines[j].height)


def _closes_inner_gap(
    line: Line,
    gaps: Sequence[tuple[float, float]],
    new_gaps: Sequence[tuple[float, float]],
    region_spans: Sequence[tuple[float, float]],
) -> bool:
    """A short wrapped cell line closes one white gap that lay inside a column, not between columns.

    "Rp." printed right-aligned under a left-aligned "Anggaran" leaves a gap
    that the amount wrapped onto the next line ("2.503.940.069") fills. A line
    closing one of several channels and covering little of the table's width
    is such a cell line; a paragraph or caption runs across more.
    """
    lo = min(a for a, _ in region_spans)
    hi = max(b for _, b in region_spans)
    return len(gaps) >= 2 and len(gaps) - len(new_gaps) == 1 and (line.x1 - line.x0) <= 0.25 * (hi - lo)


def _carried_region(lines: Sequence[Line], spans: list[list[tuple[float, float]]], carry: PageTable) -> int:
    """Index of the last line, from the top, that fits the carried table's channels (-1: none)."""
    end = -1
    lo, hi = carry.x0 - 4 * lines[0].size, carry.x1 + 2 * lines[0].size
    if any(len(sp) > len(carry.channels) + 1 for sp in spans[:5]):
        return -1  # the page shows more columns than the carried table has
    header_words = {w.lower() for r in carry.table.rows if r.is_header for c in r.cells for w in c.split()}
    for j, ln in enumerate(lines):
        if j and (ln.top - lines[j - 1].bottom > 2.5 * max(lines[j - 1].height, 4.0) or _new_table_below(lines, 0, j)):
            break
        if ln.x0 < lo or ln.x1 > hi or (len(spans[j]) == 1 and _TABLE_CAPTION.match(ln.text)):
            break  # outside the table, or the next table's caption
        if any(w.bold for w in ln.words) and not {w.text.lower() for w in ln.words} <= header_words:
            break  # bold words the carried table's header does not have: the next table's header
        crossed = sum(any(a < g0 + 1.0 and b > g1 - 1.0 for a, b in spans[j]) for g0, g1 in carry.channels)
        if crossed and (len(spans[j]) < 2 or crossed == len(carry.channels)):
            break  # runs across a column gap (a spanning label on a multi-column row is fine)
        end = j
    if end >= 0 and not any(len(spans[j]) >= 2 for j in range(end + 1)):
        return -1
    return end


def _region_table(
    region: Sequence[Line],
    rules: Sequence[Rule],
    page_no: int | None,
    strategy: str,
    gaps: Sequence[tuple[float, float]],
    vocab: Vocabulary | None = None,
    *,
    trusted: bool = False,
) -> PageTable | None:
    if not trusted and sum(1 for ln in region if len(_segments(ln)) >= 2) < 3:
        return None
    x0 = min(ln.x0 for ln in region)
    x1 = max(ln.x1 for ln in region)
    if not trusted:
        gaps = merge_exclusive_columns(region, body_channels(region, gaps))
    seps = [(a + b) / 2 for a, b in gaps]
    edges = [x0, *seps, x1]
    ncols = len(edges) - 1
    raw_rows: list[tuple[Line, list[list[Word]]]] = []
    for ln in region:
        cells: list[list[Word]] = [[] for _ in range(ncols)]
        for w in ln.words:
            cells[bisect.bisect_left(seps, (w.x0 + w.x1) / 2)].append(w)
        raw_rows.append((ln, cells))
    hrules = sorted(
        (r.top + r.bottom) / 2
        for r in rules
        if r.horizontal and r.x0 <= x0 + 10 and r.x1 >= x1 - 10 and region[0].top - 4 <= r.top <= region[-1].bottom + 4
    )
    numeric_rows = sum(1 for _, cells in raw_rows if any(is_numeric_token(w.text) for c in cells for w in c))
    multi = sum(1 for ln in region if len(_segments(ln)) >= 2)
    # numbers in two rows, or an unmistakable grid: ruled rows, or many columns and lines
    if not (trusted or numeric_rows >= 2 or (len(hrules) >= 2 and ncols >= 3) or (ncols >= 4 and multi >= 5)):
        return None
    limits: dict[int, float] = {}
    text_limits: dict[int, float] = {}
    for _, cells in raw_rows:
        for k, ws in enumerate(cells):
            if ws:
                limits[k] = max(limits.get(k, 0.0), max(w.x1 for w in ws))
                if not all(is_numeric_token(w.text) for w in ws):
                    text_limits[k] = max(text_limits.get(k, 0.0), max(w.x1 for w in ws))
    # text wraps against the furthest reach of text; right-aligned numbers may reach further
    limits = {k: text_limits.get(k, v) for k, v in limits.items()}
    rows: list[TableRow] = []
    tails: list[Tail] = []
    row_bold: list[bool] = []
    for grp in group_rows(raw_rows, hrules):
        words = [w for _, cells in grp for c in cells for w in c if any(ch.isalnum() for ch in w.text)]
        row_bold.append(bool(words) and all(w.bold for w in words))
        texts = []
        tails = []
        top = min(ln.top for ln, _ in grp)
        bottom = max(ln.bottom for ln, _ in grp)
        for k in range(ncols):
            cell_lines = [Line(list(cells[k])) for _, cells in grp if cells[k]]
            texts.append(lines_text(cell_lines, limits.get(k), vocab) if cell_lines else "")
            tails.append(_tail(cell_lines, limits.get(k), bottom))
        rows.append(TableRow(cells=texts, page=page_no, bbox=(x0, top, x1, bottom)))
    top, bottom = region[0].top, region[-1].bottom
    _mark_bold_header(rows, row_bold)
    table = Table(rows=rows, page=page_no, bbox=(x0, top, x1, bottom), strategy=strategy)
    return PageTable(table, [round(e, 1) for e in edges], top, bottom, x0, x1, channels=list(gaps), tails=tails)


def merge_exclusive_columns(
    region: Sequence[Line], gaps: Sequence[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Drop channels that split one column in two.

    A "No" column whose header and letters are left-aligned ("NO", "A.") and
    whose numbers are right-aligned ("1", "12.") shows a white channel down
    its middle. Two neighbouring columns that never hold text on the same
    line are one column: a real column gap has words on both sides somewhere
    (the header line at least). The narrowest such channel goes first.
    """
    out = sorted(gaps)
    while len(out) >= 1:
        seps = [(a + b) / 2 for a, b in out]
        ncols = len(seps) + 1
        both = [False] * (ncols - 1)
        used = [False] * ncols
        for ln in region:
            filled = {bisect.bisect_left(seps, (w.x0 + w.x1) / 2) for w in ln.words}
            for k in filled:
                used[k] = True
                if k + 1 in filled:
                    both[k] = True
        lonely = [k for k in range(ncols - 1) if not both[k] and used[k] and used[k + 1]]
        if not lonely:
            break
        k = min(lonely, key=lambda k: out[k][1] - out[k][0])
        del out[k]
    return out


#: a number with a thousands or decimal separator (money, a percentage): data, not a header's year or column number
_AMOUNT = re.compile(r"^[(]?\d{1,3}([.,]\d+)+%?[)]?$")
_KEY = re.compile(r"^([0-9]{1,3}(\.[0-9]{1,3})*|[a-zA-Z]|[IVXLC]{1,5})[.)]?$")


def _col_text(cells: list[list[Word]], k: int) -> str:
    return " ".join(w.text for w in cells[k])


#: a well-formed amount: dot-grouped thousands or plain digits with up to two decimals (or the
#: other convention), optionally ",-" or "%"
_WELL_FORMED = re.compile(r"^(\d{1,3}(\.\d{3})+(,\d{1,2})?|\d+([.,]\d{1,2})?|\d{1,3}(,\d{3})+(\.\d{1,2})?)(,-|%)?$")
_NUMBER_PIECE = re.compile(r"^[\d.,]*\d[\d.,]*(,-|%)?$")


def number_continues(above: str, below: str) -> bool:
    """``below`` is the rest of the number ``above``, broken because its column was too narrow.

    "2.662.394.67" + "9,00" (the piece above is no well-formed number, the
    whole is), "310.000" + ".000,00" or "1.250." + "000" (a separator at the
    break), "99,9" + "8" (a second decimal digit).
    """
    if not (_NUMBER_PIECE.match(above) and _NUMBER_PIECE.match(below)) or above.endswith(("%", ",-")):
        return False
    whole = above + below
    if not _WELL_FORMED.match(whole):
        return False
    if above[-1] in ".," or below[0] in ".,":
        return True
    if not _WELL_FORMED.match(above):
        return True
    return bool(re.search(r"[.,]\d$", above)) and bool(re.match(r"^\d(%|,-)?$", below))


def numbers_continue(above: list[list[Word]], cells: list[list[Word]]) -> bool:
    """Every number on a line finishes a number broken at the end of the line above, in its column.

    At least one of them surely does (:func:`number_continues`); the others may be
    the last digits of a plain number ("10" / "0" beside "1.123.456.789,0" / "0").
    """
    sure = False
    for k, ws in enumerate(cells):
        nums = [w for w in ws if is_numeric_token(w.text)]
        if not nums:
            continue
        if len(nums) > 1 or not above[k]:
            return False
        a, b = above[k][-1].text, nums[0].text
        if number_continues(a, b):
            sure = True
        elif not (a.isdigit() and re.fullmatch(r"\d{1,2}%?", b) and _WELL_FORMED.match(a + b)):
            return False
    return sure


_COLUMN_NO = re.compile(r"^\(?\d{1,2}\)?$")


def _is_numbering(cells: list[list[Word]]) -> bool:
    """A header line of column numbers ("1 2 3 …", "(1) (2) …") over at least half the columns."""
    filled = [c for c in cells if c]
    return len(filled) >= max(2, len(cells) // 2) and all(_COLUMN_NO.match(w.text) for c in filled for w in c)


def header_levels(
    items: list[tuple[Line, list[list[Word]]]],
) -> list[list[tuple[Line, list[list[Word]]]]]:
    """Header lines → one row per header level.

    A line that opens a column the current level left empty starts the next
    level ("ANGGARAN" over "REALISASI | ANGGARAN | %", "Target" over "2019 |
    2020 | …"). A cell whose text runs on from the line above keeps it in
    its level ("Kondisi" / "Awal" / "Renstra" stays one cell of the first
    level), except a group label's column, the one just left of a newly opened
    column: its next line ("2019" under "Target") belongs to the new level.
    A line of column numbers is a row of its own.
    """
    levels: list[list[tuple[Line, list[list[Word]]]]] = []
    level_cols: list[set[int]] = []
    owner: dict[int, int] = {}  # column → level its text went to on the previous line
    above: list[list[Word]] = []
    for line, cells in items:
        prev, above = above, cells
        cols = {k for k, c in enumerate(cells) if c}
        if not levels:
            levels.append([(line, cells)])
            level_cols.append(set(cols))
            owner = dict.fromkeys(cols, 0)
            continue
        cur = len(levels) - 1
        opened = {k for k in cols if k not in owner and k not in level_cols[cur]}
        # digits under digits ("202" / "0"): years broken in narrow columns, not column numbers
        broken = bool(prev) and all(prev[k] and prev[k][-1].text[-1:].isdigit() for k in cols)
        if _is_numbering(cells) and not broken:  # "1 2 3 …" / "(1) (2) …" under the labels: a row of its own
            levels.append([(line, cells)])
            level_cols.append(set(cols))
            owner = {}
            continue
        if opened:
            levels.append([])
            level_cols.append(set())
        parts: dict[int, list[list[Word]]] = {}
        new_owner: dict[int, int] = {}
        for k in sorted(cols):
            lvl = owner.get(k, len(levels) - 1)
            if k + 1 in opened or k in opened:
                lvl = len(levels) - 1
            parts.setdefault(lvl, [[] for _ in cells])[k] = cells[k]
            level_cols[lvl].add(k)
            new_owner[k] = lvl
        for lvl, part in sorted(parts.items()):
            levels[lvl].append((line, part))
        owner = new_owner
    return [lv for lv in levels if lv]


def group_rows(
    raw_rows: list[tuple[Line, list[list[Word]]]], hrules: Sequence[float] = ()
) -> list[list[tuple[Line, list[list[Word]]]]]:
    """Lines → table rows.

    With at least two horizontal rules crossing the region, the lines between
    two rules form one row, except in the header band, where a line opening new
    columns starts the next header level. Otherwise:

    * header lines (before the first line with a number) continue the row
      above when they only fill columns it already has (a wrapped header cell)
      and start a row when they open new columns (a second header level);
    * below, a line starts a row when it carries a number in a numeric column
      (numbers sit on a row's first line), when the first column is a key
      column ("1", "2.", "a", "IV") and filled, when it opens a column the row
      above left empty, when a column whose cell already ended in this row
      starts again with a capital (a sub-row under cells merged down), or after a
      gap wider than the usual line spacing; any other line continues the row
      above, as a wrapped cell does.
    """
    groups: list[list[tuple[Line, list[list[Word]]]]] = []
    if len(hrules) >= 2:
        band_of = [bisect.bisect_left(hrules, (ln.top + ln.bottom) / 2) for ln, _ in raw_rows]
        n_first = band_of.count(band_of[0]) if raw_rows else 0
        first = raw_rows[:n_first]
        start = 0
        # the first band, unless it shows an amount, is the header: one row per header level
        if first and not any(_AMOUNT.match(w.text) for _, cells in first for c in cells for w in c):
            groups.extend(header_levels(first))
            start = n_first
        for k in range(start, len(raw_rows)):
            if k > start and band_of[k] == band_of[k - 1]:
                groups[-1].append(raw_rows[k])
            else:
                groups.append([raw_rows[k]])
        return groups
    groups = _group_text_rows(raw_rows, {})
    openers = column_openers(groups)
    return _group_text_rows(raw_rows, openers) if openers else groups


def column_openers(groups: Sequence[Sequence[tuple[Line, list[list[Word]]]]]) -> dict[int, str]:
    """Per column (but the first), the word most of its cells open with ("Jumlah" over a cascading table's
    indicators), when it opens at least three and half of them, or every one of two or more: a line of that
    column starting with it starts a cell, so a row."""
    data = [g for g in groups if not g[0][0].bold]
    ncols = len(data[0][0][1]) if data else 0
    out: dict[int, str] = {}
    for k in range(1, ncols):
        firsts = [next(cells[k][0].text for _, cells in g if cells[k]) for g in data if any(c[k] for _, c in g)]
        if len(firsts) < 2:
            continue
        word, n = Counter(firsts).most_common(1)[0]
        usual = (n >= 3 and 2 * n >= len(firsts)) or n == len(firsts)
        if usual and word[:1].isupper() and word.isalpha() and len(word) >= 3:
            out[k] = word
    return out


def _group_text_rows(
    raw_rows: list[tuple[Line, list[list[Word]]]], openers: dict[int, str]
) -> list[list[tuple[Line, list[list[Word]]]]]:
    """:func:`group_rows` without horizontal rules; ``openers`` from :func:`column_openers`."""
    groups: list[list[tuple[Line, list[list[Word]]]]] = []
    ncols = len(raw_rows[0][1]) if raw_rows else 0
    filled = [[_col_text(c, k) for _, c in raw_rows if c[k]] for k in range(ncols)]
    numeric_cols = {k for k in range(ncols) if filled[k] and
                    sum(all(is_numeric_token(t) for t in v.split()) for v in filled[k]) * 2 >= len(filled[k])}  # fmt: skip
    key_first = bool(filled and filled[0]) and sum(bool(_KEY.match(v)) for v in filled[0]) >= 0.6 * len(filled[0])
    reach = {k: max(w.x1 for _, c in raw_rows for w in c[k]) for k in range(ncols) if filled[k]}
    gaps = [b[0].top - a[0].bottom for a, b in zip(raw_rows, raw_rows[1:], strict=False)]
    usual_gap = statistics.median(gaps) if gaps else 0.0
    seen_number = False
    # a header printed in bold above body text in regular weight: its lines are read by level
    n_head = 0
    if not all(ln.bold for ln, _ in raw_rows):
        while n_head < len(raw_rows) and raw_rows[n_head][0].bold:
            n_head += 1
    groups.extend(header_levels(raw_rows[:n_head]))
    for i, item in enumerate(raw_rows):
        if i < n_head:
            continue
        line, cells = item
        cols = {k for k, c in enumerate(cells) if c}
        # a number in a text column ("COVID-" / "19") is no row start: only numeric columns, or the key column
        has_number = any(is_numeric_token(w.text) for k in (numeric_cols or {0} & cols) for w in cells[k])
        if not groups or i == n_head:
            starts = True
        else:
            above = {k for _, pc in groups[-1] for k, c in enumerate(pc) if c}
            if not seen_number and not has_number:
                starts = not cols <= above
            else:
                wrapped_number = has_number and numbers_continue(raw_rows[i - 1][1], cells)
                # a label wrapped with the amounts beside it ("JUMLA" / "H") is no new key
                label_runs_on = wrapped_number and bool(raw_rows[i - 1][1][0])
                starts = (
                    (has_number and not wrapped_number)
                    or (key_first and 0 in cols and not label_runs_on)
                    or not cols <= above
                    or line.top - raw_rows[i - 1][0].bottom > usual_gap + 0.5 * line.height
                )
            if not starts and i > n_head and len(groups[-1]) >= 2:
                # a column whose cell ended on an earlier line of this row starts again: a new cell, so a new
                # row (the sub-rows of a cascading table, under cells merged down, have no other mark)
                prev_cells = raw_rows[i - 1][1]
                before = {k for k, c in enumerate(prev_cells) if c}
                restarted = [k for k in cols - before if k in above and cells[k][0].text[:1].isupper()]
                # or a cell ended right on the line above: its next word, a capital, would have fit there
                ended = [k for k in cols & before if k not in numeric_cols and cells[k][0].text[:1].isupper()
                         and reach[k] - prev_cells[k][-1].x1 > (cells[k][0].x1 - cells[k][0].x0) + 0.5 * line.size]  # fmt: skip
                # or a column's usual opening word starts a line in it ("Jumlah …" under "… Desa")
                opened = [k for k in cols & before if openers.get(k) == cells[k][0].text]
                starts = bool(restarted) or bool(ended or opened) and len(cols) == len(set(ended) | set(opened))
        if starts:
            groups.append([item])
        else:
            groups[-1].append(item)
        seen_number = seen_number or has_number
    return groups


# --------------------------------------------------------------------------- paragraphs


def paragraphs_from_lines(
    lines: Sequence[Line], page_no: int | None, margins: tuple[float, float] | None = None
) -> list[Paragraph]:
    """Group consecutive lines into paragraphs; each keeps its visual lines (``Paragraph.lines``).

    A line continues the paragraph above when the vertical gap is at most
    1.2 line heights (reports are often double-spaced), font size and boldness
    match, the line above was not short (a paragraph's last line ends well
    before the right margin — of the paragraph, or of the page's text,
    ``margins`` = (left, right), so centred signature lines "CAMAT …" /
    "BUDI SANTOSO, SE" / "Pembina" stay apart — or ends a one-line heading with
    "." / ":"), it does not start with a list marker or a caption ("Tabel 3.6 …",
    which never runs on from the paragraph above), and its indentation does not
    jump. A caption runs on for up to three lines however short they are
    ("Tabel 3.6 Realisasi Anggaran Kecamatan X" / "Kabupaten Y Tahun 2022").
    """
    paras: list[list[Line]] = []
    for ln in lines:
        if paras:
            prev = paras[-1][-1]
            gap = ln.top - prev.bottom
            close = -0.3 * prev.height <= gap <= 1.2 * max(prev.height, ln.height)
            same_style = ln.bold == prev.bold and abs(ln.size - prev.size) <= 1.0
            starts_list = bool(_LIST_MARKER.match(ln.text + " "))
            starts_caption = bool(_TABLE_CAPTION.match(ln.text))
            in_caption = bool(_TABLE_CAPTION.match(paras[-1][0].text)) and len(paras[-1]) < 3
            if in_caption and close and same_style and not starts_list and not starts_caption:
                paras[-1].append(ln)
                continue
            right = max(x.x1 for x in paras[-1] + [ln])
            short_prev = prev.x1 < right - 0.15 * max(right - prev.x0, 1.0) or (
                len(paras[-1]) == 1 and prev.text.rstrip().endswith((".", ":")) and prev.bold
            )
            if margins is not None:
                left, page_right = margins
                short_prev = short_prev or prev.x1 < page_right - 0.15 * max(page_right - left, 1.0)
            indent_jump = abs(ln.x0 - prev.x0) > 1.5 * ln.size and len(paras[-1]) > 1
            if close and same_style and not short_prev and not starts_list and not starts_caption and not indent_jump:
                paras[-1].append(ln)
                continue
        paras.append([ln])
    out = []
    for grp in paras:
        text = join_wrapped([ln.text for ln in grp])
        if text:
            box = (min(ln.x0 for ln in grp), grp[0].top, max(ln.x1 for ln in grp), grp[-1].bottom)
            out.append(Paragraph(text=text, lines=[ln.text for ln in grp], page=page_no, bbox=box,
                                 bold=all(ln.bold for ln in grp)))  # fmt: skip
    return out


def text_margins(lines: Sequence[Line]) -> tuple[float, float] | None:
    """Left and right edge of a page's running text: the lines of six words or more (None: too few)."""
    body = [ln for ln in lines if len(ln.words) >= 6]
    if len(body) < 3:
        return None
    rights = sorted(ln.x1 for ln in body)
    return min(ln.x0 for ln in body), rights[int(0.9 * (len(rights) - 1))]


# --------------------------------------------------------------------------- page furniture

_DIGITS = re.compile(r"\d+")
_PAGE_NO = re.compile(
    r"^(hal(aman)?\.?|page|lamp(iran)?\.?)?\s*[-–]?\s*(\d{1,4}|[ivxlc]{1,6})\s*[-–]?\s*((dari|of|/)\s*\d+)?$",
    re.IGNORECASE,
)
#: share of the page height at the top and bottom where running headers/footers live
FURNITURE_BAND = 0.12


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _in_band(line: Line, height: float) -> bool:
    return line.bottom < FURNITURE_BAND * height or line.top > (1 - FURNITURE_BAND) * height


def _in_band_y(y: float, height: float) -> bool:
    return y < FURNITURE_BAND * height or y > (1 - FURNITURE_BAND) * height


def furniture_keys(pages: Sequence[tuple[float, Sequence[Line]]]) -> set[str]:
    """Running header/footer texts (digits ignored) on at least half the pages, and at least 2.

    A text counts on a page when its line stands apart from the body
    (:func:`margin_lines`), or when it sits in the band at the same height on
    enough pages (browser-printed pages put the URL right against the body).
    Keys of the second kind are marked with a leading ``@``.
    """
    if len(pages) < 2:
        return set()
    apart: Counter[str] = Counter()
    placed: Counter[tuple[str, int]] = Counter()
    for height, lines in pages:
        apart.update({_furniture_key(ln.text) for ln in margin_lines(lines, height)})
        placed.update({(_furniture_key(ln.text), round(ln.top / 3)) for ln in lines if _in_band(ln, height)})
    need = max(2, (len(pages) + 1) // 2)
    keys = {k for k, c in apart.items() if c >= need}
    keys |= {"@" + k for (k, _), c in placed.items() if c >= need}
    return {k for k in keys if k.strip("@# ")}


def margin_lines(lines: Sequence[Line], height: float) -> list[Line]:
    """Lines of the top/bottom band set apart from the body by a gap wider than a line.

    Running headers and footers stand apart; the first line of running text
    continued from the previous page does not, so it is never taken for
    furniture even when it looks like the line at the same place on the
    next page. A block of band lines close together counts as one.
    """
    ordered = sorted(lines, key=lambda ln: ln.top)
    out: list[Line] = []
    # top band, from the body outwards: the line below must be far, or itself margin
    apart = False
    for k in range(len(ordered) - 1, -1, -1):
        ln = ordered[k]
        if not ln.bottom < FURNITURE_BAND * height:
            continue
        below = next((b for b in ordered[k + 1 :] if b.top > ln.bottom - 0.5), None)
        if below is None or below.top - ln.bottom > 0.9 * ln.height:
            apart = True
        elif below.bottom >= FURNITURE_BAND * height:
            apart = False
        if apart:
            out.append(ln)
    apart = False
    for k, ln in enumerate(ordered):
        if not ln.top > (1 - FURNITURE_BAND) * height:
            continue
        above = next((a for a in reversed(ordered[:k]) if a.bottom < ln.top + 0.5), None)
        if above is None or ln.top - above.bottom > 0.9 * ln.height:
            apart = True
        elif above.top <= (1 - FURNITURE_BAND) * height:
            apart = False
        if apart:
            out.append(ln)
    return out


#: share of the page height beyond the band whose lines are read to judge a band line's isolation
_NEAR_BAND = 0.1


def _near_band_y(y: float, height: float) -> bool:
    return y < (FURNITURE_BAND + _NEAR_BAND) * height or y > (1 - FURNITURE_BAND - _NEAR_BAND) * height


def band_lines(info: PageInfo) -> list[Line]:
    """Lines in and near the top/bottom furniture band of a surveyed page."""
    return lines_from_glyphs([g for g in info.glyphs if _near_band_y(_center(g)[1], info.height)])


def is_furniture(line: Line, height: float, keys: set[str]) -> bool:
    """A running header/footer text, or a bare page number, on a line in the top/bottom band.

    Whether the line stands apart from the body is :func:`margin_lines`'s question.
    """
    if not _in_band(line, height):
        return False
    return _furniture_key(line.text) in keys or bool(_PAGE_NO.match(line.text.strip()))


# --------------------------------------------------------------------------- assembling the document


@dataclass
class PageResult:
    """One page read: lines outside tables and the tables, or ready-made blocks (OCR)."""

    number: int
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[PageTable] = field(default_factory=list)
    blocks: list[Paragraph | Table] | None = None
    #: every line outside bordered tables (what borderless tables were looked for in)
    free_lines: list[Line] = field(default_factory=list)
    #: lines of the previous page's end taken into a table here (a header cut off by the page break)
    lead_used: list[Line] = field(default_factory=list)


def drop_furniture(
    atoms: Sequence[Atom],
    to_lines: Callable[[list[Atom]], list[Line]],
    height: float,
    keys: set[str],
    table_boxes: Sequence[BBox],
) -> list[Atom]:
    """Remove running headers/footers before tables are built.

    Browser-printed pages lay the URL/date footer over a table's last cell, so
    furniture has to go before cell text is read. A band line that is furniture
    (:func:`is_furniture`) is removed unless it lies wholly inside a bordered
    table: a repeated table header near the top of every page stays.
    """
    near = [a for a in atoms if _near_band_y(_center(a)[1], height)]
    if not near:
        return list(atoms)
    doomed: list[BBox] = []
    lines = to_lines(near)
    apart = {id(ln) for ln in margin_lines(lines, height)}
    for ln in lines:
        box = (ln.x0, ln.top, ln.x1, ln.bottom)
        key = _furniture_key(ln.text)
        if not _in_band(ln, height) or any(_contains(t, box) for t in table_boxes):
            continue
        outer = ln.bottom < 0.06 * height or ln.top > 0.94 * height  # below/above any body margin
        bare_number = outer and bool(_PAGE_NO.match(ln.text.strip()))
        if "@" + key in keys or bare_number or (id(ln) in apart and is_furniture(ln, height, keys)):
            doomed.append((ln.x0 - 0.5, ln.top - 0.5, ln.x1 + 0.5, ln.bottom + 0.5))
    if not doomed:
        return list(atoms)
    return outside(atoms, doomed)


def read_page_layout(
    number: int,
    height: float,
    atoms: Sequence[Atom],
    rules: Sequence[Rule],
    to_lines: Callable[[list[Atom]], list[Line]],
    *,
    ruled: bool,
    furniture: set[str] | None = None,
    strategy_suffix: str = "",
    vocab: Vocabulary | None = None,
    carry: PageTable | None = None,
    lead: Sequence[Line] = (),
) -> PageResult:
    """Tables (bordered, then borderless) and leftover lines of one page, furniture removed.

    ``lead`` are the last lines of the previous page, the start of a borderless
    table (its header) cut off by the page break: they are set just above this
    page's first line and looked at together with it; if no table takes them in,
    the page is read without them (``res.lead_used`` stays empty).
    """
    res = PageResult(number, height)
    grids = grid_tables(rules) if ruled else []
    atoms = drop_furniture(atoms, to_lines, height, furniture or set(), [bbox_of(g) for g in grids])
    if grids:
        res.tables = ruled_tables(grids, atoms, to_lines, number, "lines" + strategy_suffix, vocab)
    boxes = [(t.x0, t.top, t.x1, t.bottom) for t in res.tables]
    free = outside(atoms, boxes)
    lines = to_lines(free)
    res.free_lines = list(lines)
    moved: list[Line] = shift_above(lead, lines) if lead and lines and not res.tables else []
    text_tables, rest = find_text_tables(
        moved + lines, rules, page_no=number, strategy="text" + strategy_suffix, vocab=vocab,
        carry=carry if not res.tables and not moved else None,
    )  # fmt: skip
    if moved:
        boundary = lines[0].top - 0.1
        taken = [t for t in text_tables if t.top < boundary]
        if not taken or any(ln in rest for ln in moved):
            return read_page_layout(
                number, height, atoms, rules, to_lines, ruled=ruled, furniture=furniture,
                strategy_suffix=strategy_suffix, vocab=vocab, carry=carry,
            )  # fmt: skip
        for t in taken:  # the table starts on the previous page
            t.table.page = number - 1
            t.table.bbox = None
            t.cont_pages.append(number)
            for r in t.table.rows:
                if r.bbox is not None and r.bbox[1] < boundary:
                    r.page, r.bbox = number - 1, None
        res.lead_used = list(lead)
    res.tables.extend(text_tables)
    res.lines = rest
    return res


def shift_above(lead: Sequence[Line], lines: Sequence[Line]) -> list[Line]:
    """Copies of ``lead`` (lines from the previous page) moved to sit just above ``lines[0]``."""
    spacing = [b.top - a.bottom for a, b in zip(lead, lead[1:], strict=False)]
    gap = min(spacing) if spacing else 0.4 * lead[-1].height
    dy = lines[0].top - max(gap, 0.5) - lead[-1].bottom
    return [
        Line([Word(w.text, w.x0, w.top + dy, w.x1, w.bottom + dy, w.size, w.bold, w.conf) for w in ln.words])
        for ln in lead
    ]


def _table_lines(res: PageResult, pt: PageTable) -> list[Line]:
    return [ln for ln in res.free_lines if pt.top - 0.5 <= ln.top and ln.bottom <= pt.bottom + 0.5]


def dangling_start(res: PageResult) -> tuple[list[Line], PageTable | None]:
    """The start of a borderless table cut off at the bottom of the page, to be read with the next page.

    Either a borderless table that ends the page and shows nothing but its
    (bold) header, or up to six lines ending the page below everything else,
    the first across several columns, printed in bold or right under a caption
    ("Tabel 3.7 …" / "NO  URAIAN  ANGGARAN  OUTPUT/" / "KELUARAN"). Returns the
    lines and the table they form here.
    """
    if res.blocks is not None or not res.free_lines:
        return [], None
    last = max(res.tables, key=lambda t: t.bottom) if res.tables else None
    below = [ln for ln in res.lines if last is None or ln.top > last.bottom]
    if last is not None and last.channels and not below:
        inside_lines = _table_lines(res, last)
        if all(r.is_header for r in last.table.rows) or all(ln.bold for ln in inside_lines):
            return inside_lines, last
        return [], None
    ordered = sorted(below, key=lambda ln: ln.top)
    tail: list[Line] = []
    for ln in reversed(ordered):
        if not (len(_segments(ln)) >= 2 or ln.bold) or len(tail) == 6:
            break
        tail.insert(0, ln)
    while tail and len(_segments(tail[0])) < 2:  # a header starts with a line across its columns
        tail.pop(0)
    if not tail:
        return [], None
    above = ordered[len(ordered) - len(tail) - 1] if len(ordered) > len(tail) else None
    if all(ln.bold for ln in tail) or (above is not None and _CAPTION.match(above.text)):
        return tail, None
    return [], None


def ending_table(res: PageResult) -> PageTable | None:
    """The borderless table that ends the page (nothing but furniture below it), if any."""
    if not res.tables:
        return None
    last = max(res.tables, key=lambda t: t.bottom)
    if not last.channels:
        return None
    data = [r for r in last.table.rows if not r.is_header]
    # a bold header was told apart, or this is a table carried from the page before: the rest is data
    marked = len(data) < len(last.table.rows) or last.carried
    if not data or not (marked or any(is_numeric_token(c) for r in data for c in r.cells if c)):
        return None  # only a header so far: its columns are no guide to the body
    if all(ln.bold for ln in _table_lines(res, last)):
        return None  # all bold: a header, read with the next page (:func:`dangling_start`)
    return None if any(ln.top > last.bottom for ln in res.lines) else last


def page_blocks(res: PageResult) -> list[Paragraph | PageTable]:
    """Blocks of one page in reading order (top to bottom), furniture removed."""
    items: list[tuple[float, int, Line | PageTable]] = [(t.top, 1, t) for t in res.tables]
    items += [(ln.top, 0, ln) for ln in res.lines]  # furniture is gone already (drop_furniture)
    items.sort(key=lambda x: (x[0], x[1]))
    margins = text_margins(res.lines)
    out: list[Paragraph | PageTable] = []
    run: list[Line] = []
    for _, _, obj in items:
        if isinstance(obj, Line):
            run.append(obj)
            continue
        out.extend(paragraphs_from_lines(run, res.number, margins))
        run = []
        out.append(obj)
    out.extend(paragraphs_from_lines(run, res.number, margins))
    return out


def _same_columns(a: PageTable, b: PageTable, tol: float = 6.0) -> bool:
    if a.table.n_cols != b.table.n_cols:
        return False
    if a.channels and b.channels:  # borderless: every column gap overlaps its counterpart
        return abs(a.x0 - b.x0) <= 3 * tol and all(
            x0 < y1 and y0 < x1 for (x0, x1), (y0, y1) in zip(a.channels, b.channels, strict=True)
        )
    if len(a.col_edges) == len(b.col_edges):
        return all(abs(x - y) <= tol for x, y in zip(a.col_edges, b.col_edges, strict=True))
    return abs(a.x0 - b.x0) <= tol and abs(a.x1 - b.x1) <= tol


def _norm_row(r: TableRow) -> tuple[str, ...]:
    return tuple(" ".join(c.lower().split()) for c in r.cells)


#: words a phrase does not end on: a cell ending with one was cut
_OPEN_WORDS = frozenset(["dan", "atau", "serta", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "and", "of"])


def _open_end(text: str) -> bool:
    """``text`` stops mid-phrase: on a comma, hyphen, slash or conjunction ("… Lembaga Kemasyarakatan,")."""
    text = text.rstrip()
    if not text:
        return False
    return text.endswith((",", ";", "-", "/", "&")) or text.rsplit(" ", 1)[-1].lower() in _OPEN_WORDS


def _continues_row(last: TableRow, first: TableRow, tails: Sequence[Tail] = ()) -> bool:
    """The continuation's first row is the rest of a row the page break cut.

    Word lets a row break across pages: the next page then starts with a row
    whose first cell is empty (or every cell of which runs on in lower case,
    "pemerintahan desa" | "penataan desa", or whose first cell continues one
    cut mid-phrase, "Lembaga Kemasyarakatan," | "Lembaga Adat …"), that fills only columns the cut row
    has text in — columns whose text ran down to the page break (``tails``) —
    and that carries no number of its own.
    """
    if not any(first.cells):
        return False
    if first.cells[0] and not all(c[0].islower() for c in first.cells if c) and not _open_end(last.cells[0]):
        return False  # a first cell of its own starts a row, unless it runs on mid-sentence
    filled = {k for k, c in enumerate(first.cells) if c}
    if not filled <= {k for k, c in enumerate(last.cells) if c}:
        return False
    if tails and not all(k < len(tails) and tails[k].running for k in filled):
        return False  # a cell whose text ended well above the page break cannot run on
    numbers = {k for k, c in enumerate(first.cells) if c and is_numeric_token(c)}
    if not numbers:
        return True
    # numbers are the rest of numbers the break cut ("100," / "00", "10" / "0" beside it), not a row's own
    above = [[Word(c.split()[-1] if c.split() else "", 0, 0, 0, 0)] if c else [] for c in last.cells]
    below = [[Word(c, 0, 0, 0, 0)] if k in numbers else [] for k, c in enumerate(first.cells)]
    return numbers_continue(above, below)


def stitch(first: PageTable, cont: PageTable, vocab: Vocabulary | None = None) -> None:
    """Append ``cont`` (the same table on the next page) to ``first``, dropping a repeated header."""
    rows = cont.table.rows
    drop = 0
    for k in range(min(4, len(first.table.rows), len(rows) - 1), 0, -1):
        if [_norm_row(r) for r in rows[:k]] == [_norm_row(r) for r in first.table.rows[:k]]:
            drop = k
            break
    if drop:
        for r in first.table.rows[:drop]:
            r.is_header = True
        first.headers_dropped += 1
    rest = rows[drop:]
    if rest and first.table.rows and _continues_row(first.table.rows[-1], rest[0], first.tails):
        last, cont_row = first.table.rows[-1], rest[0]
        joined = []
        for k, (a, b) in enumerate(zip(last.cells, cont_row.cells, strict=True)):
            tail = first.tails[k] if k < len(first.tails) else Tail(a, False)
            joined.append(a + b if a and b and _tail_glue(tail, a, b, vocab) else " ".join(x for x in (a, b) if x))
        last.cells = joined
        first.table.warnings.append(f"row split across pages {first.table.rows[-1].page}/{cont.table.page} rejoined")
        rest = rest[1:]
    first.table.rows.extend(rest)
    first.table.warnings.extend(cont.table.warnings)
    first.cont_pages.append(cont.table.page)
    first.col_edges, first.x0, first.x1, first.channels = cont.col_edges, cont.x0, cont.x1, cont.channels
    first.tails = cont.tails
    first.table.bbox = None if first.table.page != cont.table.page else first.table.bbox


_CAPTION = re.compile(r"^(tabel|table|gambar|grafik|bagan|lampiran|diagram)\b", re.IGNORECASE)


def _continues_paragraph(prev: Paragraph, first: Paragraph, prev_end: int | None) -> bool:
    """A paragraph cut by a page break: the page ended mid-sentence in running text.

    The last paragraph of one page and the first of the next are one when
    neither is bold, the first is long running text (not a caption) that does
    not end a sentence, and the second is not a list item or caption.
    """
    if prev_end is None or first.page != prev_end + 1:
        return False
    if prev.bold or first.bold or len(prev.text) < 80:
        return False
    if prev.text.rstrip().endswith((".", "!", "?", ":", ";")) or _CAPTION.match(prev.text):
        return False
    return not (_LIST_MARKER.match(first.text + " ") or _CAPTION.match(first.text))


def assemble(results: Sequence[PageResult], vocab: Vocabulary | None = None) -> list[Paragraph | Table]:
    """Pages → blocks in reading order; tables and paragraphs continued across pages stitched."""
    blocks: list[Paragraph | Table | PageTable] = []
    para_end: dict[int, int | None] = {}  # id(Paragraph) -> last page it reaches
    for res in results:
        if res.blocks is not None:
            blocks.extend(res.blocks)
            continue
        items = page_blocks(res)
        if items and isinstance(items[0], Paragraph) and blocks and isinstance(blocks[-1], Paragraph):
            prev = blocks[-1]
            if _continues_paragraph(prev, items[0], para_end.get(id(prev), prev.page)):
                prev.text = join_wrapped([prev.text, items[0].text])
                prev.lines = prev.lines + items[0].lines
                para_end[id(prev)] = items[0].page
                items = items[1:]
        if items and isinstance(items[0], PageTable) and blocks and isinstance(blocks[-1], PageTable):
            prev, cur = blocks[-1], items[0]
            last_page = prev.cont_pages[-1] if prev.cont_pages else prev.table.page
            if last_page == res.number - 1 and _same_columns(prev, cur):
                stitch(prev, cur, vocab)
                items = items[1:]
        blocks.extend(items)
    return [b.finish() if isinstance(b, PageTable) else b for b in blocks]


def _open_error(path: Path, exc: Exception) -> InputError:
    msg = str(exc)
    low = msg.lower()
    if "password" in low or "encrypt" in low or "security" in low:
        return InputError(f"PDF is encrypted (password protected); export an unprotected copy: {path}")
    return InputError(f"corrupt or unreadable PDF {path}: {msg or type(exc).__name__}")


def open_pdf(path: str | Path) -> pdfium.PdfDocument:
    """Open with pdfium, mapping failures to InputError (encrypted, corrupt)."""
    path = Path(path)
    try:
        pdoc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _open_error(path, exc) from exc
    if len(pdoc) == 0:
        pdoc.close()
        raise InputError(f"corrupt or unreadable PDF {path}: no pages")
    return pdoc


def read_pdf(path: str | Path, *, ocr: bool = True, max_pages: int | None = None) -> Document:
    """Read a PDF: paragraphs and tables in reading order; pages without a text layer through OCR.

    Two passes: every page is surveyed first (and image-only pages OCR'd) so
    running headers/footers are known before any table is built.
    """
    path = Path(path)
    pdoc = open_pdf(path)
    warnings: list[str] = []
    ocr_pages: list[int] = []
    surveyed: list[PageInfo | PageResult] = []
    try:
        n_pages = len(pdoc)
        if max_pages is not None and n_pages > max_pages:
            raise ResourceLimitError(f"{path} has {n_pages} pages, more than the limit of {max_pages}")
        for idx in range(n_pages):
            number = idx + 1
            page = pdoc[idx]
            try:
                info = survey_page(page, number)
                if not info.is_scan:
                    surveyed.append(info if info.has_text else PageResult(number, info.height))
                elif ocr:
                    from lkjip.extract.ocr import ocr_page

                    ocr_result, page_warnings = ocr_page(page, number)
                    surveyed.append(ocr_result)
                    warnings.append(f"page {number} had no text layer; OCR used")
                    warnings.extend(page_warnings)
                    ocr_pages.append(number)
                elif info.has_text:  # a scan with a little typed text, and OCR is off: keep the text
                    warnings.append(f"page {number} looks scanned and OCR is off; only its text layer read")
                    surveyed.append(info)
                else:
                    warnings.append(f"page {number} has no text layer and OCR is off; page skipped")
                    surveyed.append(PageResult(number, info.height, blocks=[]))
            finally:
                page.close()
    except pdfium.PdfiumError as exc:
        raise _open_error(path, exc) from exc
    finally:
        pdoc.close()
    text_pages = [s for s in surveyed if isinstance(s, PageInfo)]
    keys = furniture_keys([(p.height, band_lines(p)) for p in text_pages])
    vocab = Vocabulary("".join(g.text for g in p.glyphs) for p in text_pages)
    results: list[PageResult] = []
    carry: PageTable | None = None
    lead: list[Line] = []
    lead_table: PageTable | None = None
    for item in surveyed:
        if isinstance(item, PageResult):
            results.append(item)
            carry, lead, lead_table = None, [], None
            continue
        res = read_page_layout(
            item.number, item.height, item.glyphs, item.rules, lines_from_glyphs,
            ruled=item.ruled, furniture=keys, vocab=vocab, carry=carry, lead=lead,
        )  # fmt: skip
        if res.lead_used:  # the previous page's last lines went into a table here
            prev = results[-1]
            prev.lines = [ln for ln in prev.lines if not any(ln is x for x in res.lead_used)]
            prev.tables = [t for t in prev.tables if t is not lead_table]
        results.append(res)
        carry = ending_table(res)
        lead, lead_table = dangling_start(res) if carry is None else ([], None)
    return Document(
        source_file=str(path),
        input_format="pdf_ocr" if ocr_pages and len(ocr_pages) == n_pages else "pdf",
        pages=n_pages,
        blocks=assemble(results, vocab),
        warnings=warnings,
        ocr_pages=ocr_pages,
    )
