"""Read a PDF with a text layer into the intermediate :class:`~lkjip.extract.document.Document`.

Pipeline, per document:

1. **Survey** every page with pypdfium2 (fast, no pdfminer): page size, glyphs
   with boxes / size / boldness, and the ruling lines drawn on the page (thin
   path objects). Pages without a text layer are sent to :mod:`lkjip.extract.ocr`.
2. **Ruled tables.** Only pages that carry enough horizontal *and* vertical
   rules are opened with pdfplumber, whose ``lines`` table finder gives the cell
   grid (spanning cells included). Their text is rebuilt from the page's glyphs
   cell by cell, so wrapped lines are rejoined with :func:`join_wrapped`.
   Pages without rules never touch pdfminer, which is where the time goes.
3. **Borderless tables** (no vertical rules, or none at all) are found per table
   by text alignment on the remaining lines (:func:`find_text_tables`): runs of
   lines split by wide gaps into segments whose gaps line up. Horizontal rules
   inside such a region, when present, separate the rows.
4. **Paragraphs**: lines outside tables, grouped into paragraphs (gap, font,
   indentation, short last line), in reading order with the tables.
5. **Page furniture** (running headers/footers: the same text, digits ignored,
   in the top or bottom band of most pages; bare page numbers) is dropped.
6. **Stitching**: a table that ends its page and one that starts the next page
   with the same column count and column positions become one table; rows of
   the continuation that repeat the first table's leading rows (a repeated
   header) are dropped and the kept ones marked ``is_header``.

The glyph → word → line → table functions work on plain boxes and are reused by
the OCR reader on Tesseract's word boxes.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from lkjip.extract.document import Document, Paragraph, Table, TableRow

from lkjip.errors import InputError, ResourceLimitError

# --------------------------------------------------------------------------- geometry primitives

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_NUMERIC = re.compile(r"^[(\[]?[-+]?(rp\.?)?[\d.,]*\d[\d.,]*[%)\]]?[,-]*$", re.IGNORECASE)
_LIST_MARKER = re.compile(r"^([-•·▪●○◦*]|\d{1,2}[.)]|[a-zA-Z][.)]|[IVXivx]{1,4}[.)])\s")


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character with its box in top-left page coordinates (points)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 10.0
    bold: bool = False


@dataclass(slots=True)
class Word:
    """A run of glyphs without whitespace (or an OCR word)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 10.0
    bold: bool = False

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(slots=True)
class Line:
    """Words on one baseline, left to right."""

    words: list[Word]
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0

    def __post_init__(self) -> None:
        self.words.sort(key=lambda w: w.x0)
        self.x0 = min(w.x0 for w in self.words)
        self.x1 = max(w.x1 for w in self.words)
        self.top = min(w.top for w in self.words)
        self.bottom = max(w.bottom for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)

    @property
    def bold(self) -> bool:
        chars = [w for w in self.words if any(c.isalnum() for c in w.text)]
        return bool(chars) and all(w.bold for w in chars)

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line (or thin filled rectangle), top-left coordinates."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


def is_numeric_token(text: str) -> bool:
    """A token that reads as a number, amount or percentage ("2.503.940.069", "93,91%", "(4)")."""
    return bool(_NUMERIC.match(text.strip()))


def words_from_glyphs(glyphs: Iterable[Glyph]) -> list[Word]:
    """Group glyphs into words: split on whitespace glyphs, on gaps wider than ~¼ em and on line changes."""
    words: list[Word] = []
    cur: list[Glyph] = []

    def flush() -> None:
        if cur:
            words.append(
                Word(
                    text="".join(g.text for g in cur),
                    x0=min(g.x0 for g in cur),
                    top=min(g.top for g in cur),
                    x1=max(g.x1 for g in cur),
                    bottom=max(g.bottom for g in cur),
                    size=statistics.median(g.size for g in cur),
                    bold=sum(g.bold for g in cur) * 2 > len(cur),
                )
            )
            cur.clear()

    for g in sorted(glyphs, key=lambda g: (round((g.top + g.bottom) / 2 / 2), g.x0)):
        if not g.text.strip():
            flush()
            continue
        if cur:
            prev = cur[-1]
            mid = (g.top + g.bottom) / 2
            same_line = prev.top - 1 <= mid <= prev.bottom + 1
            gap = g.x0 - prev.x1
            if not same_line or gap > max(1.0, 0.22 * max(g.size, prev.size)) or gap < -0.5 * max(g.size, 1):
                flush()
        cur.append(g)
    flush()
    return words


def lines_from_words(words: Iterable[Word]) -> list[Line]:
    """Cluster words into lines by vertical overlap, top to bottom."""
    items = sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0))
    lines: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    for w in items:
        mid = (w.top + w.bottom) / 2
        h = max(w.bottom - w.top, 1.0)
        if lines:
            top, bottom = bands[-1]
            lh = max(bottom - top, 1.0)
            overlap = min(bottom, w.bottom) - max(top, w.top)
            if overlap >= 0.5 * min(h, lh) and top - 0.2 * lh <= mid <= bottom + 0.2 * lh:
                lines[-1].append(w)
                bands[-1] = (min(top, w.top), max(bottom, w.bottom))
                continue
        lines.append([w])
        bands.append((w.top, w.bottom))
    return [Line(ws) for ws in lines]


# --------------------------------------------------------------------------- wrapped text


def join_wrapped(parts: Sequence[str], full_lines: Sequence[bool] | None = None) -> str:
    """Rejoin the lines of one wrapped cell or paragraph.

    Heuristic, in order, for each line break:

    * the line ends with ``/`` → no space ("Kabupaten/" + "Kota" → "Kabupaten/Kota");
    * the line ends with a hyphen attached to a letter or digit → no space, hyphen
      kept ("RKA-" + "SKPD" → "RKA-SKPD"); Indonesian hyphens are mostly real
      (reduplication, compounds), so they are never removed;
    * the line is one token without spaces that *fills* the cell width
      (``full_lines[i]``, from geometry) and the next starts with a letter or digit →
      no space: the token was too long and broke inside the word
      ("KABUPATEN/KO" + "TA" → "KABUPATEN/KOTA", "2.503.940.06" + "9");
    * otherwise one space ("Perencanaan," + "Penganggaran" keeps its space).
    """
    out = ""
    for i, raw in enumerate(parts):
        part = " ".join(raw.split())
        if not part:
            continue
        if not out:
            out = part
            continue
        prev_full = bool(full_lines and i - 1 < len(full_lines) and full_lines[i - 1])
        last_line = " ".join(parts[i - 1].split())
        if out.endswith("/") or (
            out.endswith("-") and len(out) > 1 and out[-2].isalnum()
        ) or (prev_full and " " not in last_line and part[0].isalnum()):
            out += part
        else:
            out += " " + part
    return out


def _lines_text(lines: Sequence[Line], right_edge: float | None) -> str:
    """Text of stacked lines inside one cell, wrap-joined; ``right_edge`` is the cell's text limit."""
    full = []
    for ln in lines:
        if right_edge is None:
            full.append(False)
            continue
        em = ln.size * 0.6
        full.append(ln.x1 >= right_edge - 1.2 * em)
    return join_wrapped([ln.text for ln in lines], full)


# --------------------------------------------------------------------------- page survey (pdfium)


@dataclass
class PageInfo:
    """What the cheap pass learned about one page."""

    number: int
    width: float
    height: float
    rotation: int
    glyphs: list[Glyph]
    rules: list[Rule]
    n_images: int

    @property
    def has_text(self) -> bool:
        return sum(1 for g in self.glyphs if g.text.strip()) >= 5

    @property
    def ruled(self) -> bool:
        """Enough horizontal and vertical rules to hold a bordered table."""
        h = sum(1 for r in self.rules if r.horizontal and r.x1 - r.x0 > 20)
        v = sum(1 for r in self.rules if not r.horizontal and r.bottom - r.top > 8)
        return h >= 2 and v >= 2


def _survey_page(page: pdfium.PdfPage, number: int) -> PageInfo:
    left, bottom, right, top = page.get_mediabox()
    width, height = page.get_size()
    rotation = page.get_rotation()
    tp = page.get_textpage()
    raw = tp.raw
    n = tp.count_chars()
    glyphs: list[Glyph] = []
    rect = pdfium_c.FS_RECTF()
    font_cache: dict[int, bool] = {}
    buf = ctypes.create_string_buffer(256)
    for i in range(n):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if pdfium_c.FPDFText_IsGenerated(raw, i):
            glyphs.append(Glyph(" ", 0, 0, 0, 0))  # pdfium inferred a word/line break
            continue
        ch = chr(code) if code else ""
        if not ch or ch in "\r\n":
            glyphs.append(Glyph(" ", 0, 0, 0, 0))
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect):
            continue
        obj = pdfium_c.FPDFText_GetTextObject(raw, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        bold = font_cache.get(key)
        if bold is None:
            bold = False
            if obj:
                font = pdfium_c.FPDFTextObj_GetFont(obj)
                if font:
                    pdfium_c.FPDFFont_GetBaseFontName(font, buf, 256)
                    name = buf.value.decode("latin-1", "replace")
                    bold = pdfium_c.FPDFFont_GetWeight(font) >= 600 or bool(_BOLD_NAME.search(name))
            font_cache[key] = bold
        size = pdfium_c.FPDFText_GetFontSize(raw, i)
        glyphs.append(
            Glyph(ch, rect.left - left, top - rect.top, rect.right - left, top - rect.bottom, size or 10.0, bold)
        )
    tp.close()
    # generated separators carry no position: keep them only as word breaks
    glyphs = _place_separators(glyphs)
    rules: list[Rule] = []
    n_images = 0
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            n_images += 1
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            x0, y0, x1, y1 = obj.get_bounds()
            w, h = x1 - x0, y1 - y0
            if (w < 3.0 and h > 4.0) or (h < 3.0 and w > 4.0):
                rules.append(Rule(x0 - left, top - y1, x1 - left, top - y0))
    return PageInfo(number, width, height, rotation, glyphs, rules, n_images)


def _place_separators(glyphs: list[Glyph]) -> list[Glyph]:
    """Give pdfium's generated spaces the position just after the previous glyph."""
    out: list[Glyph] = []
    for g in glyphs:
        if g.text == " " and g.x1 == 0 and g.bottom == 0:
            if out and out[-1].text != " ":
                p = out[-1]
                out.append(Glyph(" ", p.x1, p.top, p.x1 + 0.01, p.bottom, p.size, p.bold))
            continue
        out.append(g)
    return out


def _plumber_glyphs(ppage: pdfplumber.page.Page) -> list[Glyph]:
    return [
        Glyph(
            c["text"],
            float(c["x0"]),
            float(c["top"]),
            float(c["x1"]),
            float(c["bottom"]),
            float(c.get("size") or 10.0),
            bool(_BOLD_NAME.search(str(c.get("fontname", "")))),
        )
        for c in ppage.chars
    ]


#: a filled rectangle thinner than this (points) is a drawn rule, a thicker one is shading
_RULE_MAX_WIDTH = 2.5


def _plumber_rules(ppage: pdfplumber.page.Page) -> list[Rule]:
    """Ruling lines: straight lines and curve segments, stroked rectangles' sides, thin filled rectangles.

    Large filled rectangles are cell shading, not borders; Word splits shading
    into padding strips whose edges would invent columns, so they are ignored.
    """
    out: list[Rule] = []
    for ln in ppage.lines:
        if min(ln["x1"] - ln["x0"], ln["bottom"] - ln["top"]) <= _RULE_MAX_WIDTH:
            out.append(Rule(float(ln["x0"]), float(ln["top"]), float(ln["x1"]), float(ln["bottom"])))
    for r in ppage.rects:
        x0, top, x1, bottom = (float(r[k]) for k in ("x0", "top", "x1", "bottom"))
        if min(x1 - x0, bottom - top) <= _RULE_MAX_WIDTH:
            out.append(Rule(x0, top, x1, bottom))
        elif r.get("stroke"):
            out += [Rule(x0, top, x1, top), Rule(x0, bottom, x1, bottom), Rule(x0, top, x0, bottom), Rule(x1, top, x1, bottom)]
    for e in ppage.edges:
        if e.get("object_type") == "curve_edge":
            out.append(Rule(float(e["x0"]), float(e["top"]), float(e["x1"]), float(e["bottom"])))
    return out


# --------------------------------------------------------------------------- page-level tables


@dataclass
class PageTable:
    """A table found on one page, with the column boundaries used for stitching."""

    table: Table
    col_edges: list[float]
    top: float
    bottom: float
    x0: float
    x1: float


def _inside(g: Glyph | Word, box: tuple[float, float, float, float]) -> bool:
    cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _ruled_tables(ppage: pdfplumber.page.Page, glyphs: list[Glyph], page_no: int) -> list[PageTable]:
    """Bordered tables via pdfplumber's ``lines`` strategy, cell text rebuilt from glyphs."""
    rules = _close_open_sides(_plumber_rules(ppage))
    settings = {
        "vertical_strategy": "explicit",
        "horizontal_strategy": "explicit",
        "explicit_vertical_lines": [_edge(r, "v") for r in rules if not r.horizontal],
        "explicit_horizontal_lines": [_edge(r, "h") for r in rules if r.horizontal],
        "snap_tolerance": 3,
        "join_tolerance": 3,
        "intersection_tolerance": 3,
    }
    found = ppage.find_tables(settings)
    boxes = [t.bbox for t in found]
    out: list[PageTable] = []
    for t, box in zip(found, boxes, strict=True):
        if any(o is not box and _contains(o, box) for o in boxes):
            continue  # a table drawn inside another table's cell
        rows = t.rows
        ncols = max((len(r.cells) for r in rows), default=0)
        if len(rows) < 2 or ncols < 2:
            continue
        in_table = [g for g in glyphs if _inside(g, box)]
        if not any(g.text.strip() for g in in_table):
            continue
        table_rows: list[TableRow] = []
        for r in rows:
            cells = []
            for cell in r.cells:
                if cell is None:
                    cells.append("")
                    continue
                cg = [g for g in in_table if _inside(g, cell)]
                lines = lines_from_words(words_from_glyphs(cg))
                cells.append(_lines_text(lines, cell[2] - 2.0) if lines else "")
            cells += [""] * (ncols - len(cells))
            table_rows.append(
                TableRow(cells=cells, page=page_no, bbox=tuple(float(v) for v in r.bbox), is_header=False)
            )
        # column edges from the widest row
        edges = sorted({round(float(c[0]), 1) for r in rows for c in r.cells if c} | {round(float(box[2]), 1)})
        table = Table(rows=table_rows, page=page_no, bbox=tuple(float(v) for v in box), strategy="lines")
        _mark_bold_header(table, in_table)
        out.append(PageTable(table, edges, float(box[1]), float(box[3]), float(box[0]), float(box[2])))
    return out


def _close_open_sides(rules: list[Rule], tol: float = 3.0) -> list[Rule]:
    """Add the outer borders a table leaves out.

    Many tables draw only inner vertical lines (or none on the outer sides):
    where at least two horizontal rules start (or end) at the same x and no
    vertical rule stands at that x, a vertical rule joining them is added;
    likewise a horizontal rule where vertical rules start or end at the same y
    and no horizontal rule lies there (a y with some horizontal rule is a row
    boundary with merged cells, which must stay open).
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
    return rules + extra


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


def _edge(r: Rule, orientation: str) -> dict:
    if orientation == "v":
        x = (r.x0 + r.x1) / 2
        return {
            "x0": x, "x1": x, "top": r.top, "bottom": r.bottom, "width": 0.0,
            "height": r.bottom - r.top, "orientation": "v", "object_type": "line",
        }
    y = (r.top + r.bottom) / 2
    return {
        "x0": r.x0, "x1": r.x1, "top": y, "bottom": y, "width": r.x1 - r.x0,
        "height": 0.0, "orientation": "h", "object_type": "line",
    }


def _contains(outer: tuple, inner: tuple, tol: float = 1.0) -> bool:
    return (
        outer[0] - tol <= inner[0]
        and outer[1] - tol <= inner[1]
        and inner[2] <= outer[2] + tol
        and inner[3] <= outer[3] + tol
    )


def _mark_bold_header(table: Table, glyphs: list[Glyph]) -> None:
    """Leading rows printed all in bold, before any numeric data row, are headers."""
    row_bold: list[bool] = []
    for r in table.rows:
        if r.bbox is None:
            row_bold.append(False)
            continue
        gs = [g for g in glyphs if g.text.strip() and _inside(g, r.bbox)]
        row_bold.append(bool(gs) and all(g.bold for g in gs))
    if all(row_bold):
        return
    for r, bold in zip(table.rows, row_bold, strict=True):
        if not bold or any(is_numeric_token(c) and len(c) > 3 for c in r.cells if c):
            break
        r.is_header = True


# --------------------------------------------------------------------------- borderless tables


def _segments(line: Line, gap: float | None = None) -> list[list[Word]]:
    """Split a line into segments at gaps wider than ``gap`` (default ~1.2 em)."""
    segs: list[list[Word]] = [[line.words[0]]]
    for prev, w in zip(line.words, line.words[1:], strict=False):
        limit = gap if gap is not None else 1.2 * max(prev.size, w.size)
        if w.x0 - prev.x1 > limit:
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def _seg_box(seg: list[Word]) -> tuple[float, float]:
    return min(w.x0 for w in seg), max(w.x1 for w in seg)


def _column_gaps(lines: Sequence[Line], x0: float, x1: float) -> list[tuple[float, float]]:
    """Vertical white channels crossing all multi-segment lines: (left, right) of each gap."""
    step = 1.0
    n = int((x1 - x0) / step) + 2
    covered = [0] * n
    multi = [ln for ln in lines if len(_segments(ln)) >= 2]
    for ln in multi:
        for seg in _segments(ln):
            a, b = _seg_box(seg)
            for i in range(max(0, int((a - x0) / step)), min(n, int((b - x0) / step) + 1)):
                covered[i] += 1
    gaps: list[tuple[float, float]] = []
    i = 0
    while i < n:
        if covered[i] == 0:
            j = i
            while j < n and covered[j] == 0:
                j += 1
            left, right = x0 + i * step, x0 + j * step
            if i > 0 and j < n and right - left >= 4.0:
                gaps.append((left, right))
            i = j
        else:
            i += 1
    return gaps


def _is_columnar(line: Line) -> bool:
    return len(_segments(line)) >= 2


def find_text_tables(
    lines: Sequence[Line], rules: Sequence[Rule] = (), *, page_no: int | None = None, strategy: str = "text"
) -> tuple[list[PageTable], list[Line]]:
    """Find borderless tables by text alignment; return them and the lines left over.

    A candidate region is a run of lines where multi-segment lines dominate
    (single-segment lines in between are wrapped cells or section rows). It is a
    table when at least three lines are multi-segment, the gaps line up into at
    least one white channel, and at least two rows carry a number.
    """
    used: set[int] = set()
    tables: list[PageTable] = []
    i = 0
    n = len(lines)
    while i < n:
        if not _is_columnar(lines[i]):
            i += 1
            continue
        j = i + 1
        last_col = i
        while j < n:
            gap_v = lines[j].top - lines[j - 1].bottom
            if gap_v > 2.5 * max(lines[j - 1].height, 4.0):
                break
            if _is_columnar(lines[j]):
                last_col = j
            elif j - last_col > 3:
                break
            j += 1
        region = list(lines[i : last_col + 1])
        pt = _region_table(region, rules, page_no, strategy)
        if pt is not None:
            tables.append(pt)
            used.update(range(i, last_col + 1))
            i = last_col + 1
        else:
            i += 1
    rest = [ln for k, ln in enumerate(lines) if k not in used]
    return tables, rest


def _region_table(
    region: list[Line], rules: Sequence[Rule], page_no: int | None, strategy: str
) -> PageTable | None:
    multi = [ln for ln in region if _is_columnar(ln)]
    if len(multi) < 3:
        return None
    x0 = min(ln.x0 for ln in region)
    x1 = max(ln.x1 for ln in region)
    gaps = _column_gaps(region, x0, x1)
    if not gaps:
        return None
    seps = [(a + b) / 2 for a, b in gaps]
    edges = [x0, *seps, x1]
    ncols = len(edges) - 1

    def col_of(w: Word) -> int:
        for k, s in enumerate(seps):
            if w.x0 < s:
                return k
        return ncols - 1

    raw_rows: list[tuple[Line, list[list[Word]]]] = []
    for ln in region:
        cells: list[list[Word]] = [[] for _ in range(ncols)]
        for w in ln.words:
            cells[col_of(w)].append(w)
        raw_rows.append((ln, cells))
    numeric_rows = sum(
        1 for _, cells in raw_rows if any(is_numeric_token(w.text) for c in cells for w in c)
    )
    if numeric_rows < 2:
        return None
    # horizontal rules crossing the region separate rows when present
    hrules = sorted(
        r.top for r in rules if r.horizontal and r.x0 <= x0 + 5 and r.x1 >= x1 - 5
        and region[0].top - 3 <= r.top <= region[-1].bottom + 3
    )
    groups = _group_rows(raw_rows, hrules)
    rows: list[TableRow] = []
    for grp in groups:
        cells_text = []
        for k in range(ncols):
            right = edges[k + 1] - 2.0
            cell_lines = [Line(list(cells[k])) for _, cells in grp if cells[k]]
            cells_text.append(_lines_text(cell_lines, right) if cell_lines else "")
        top = min(ln.top for ln, _ in grp)
        bottom = max(ln.bottom for ln, _ in grp)
        rows.append(TableRow(cells=cells_text, page=page_no, bbox=(x0, top, x1, bottom)))
    top, bottom = region[0].top, region[-1].bottom
    table = Table(rows=rows, page=page_no, bbox=(x0, top, x1, bottom), strategy=strategy)
    return PageTable(table, [round(e, 1) for e in edges], top, bottom, x0, x1)


def _group_rows(
    raw_rows: list[tuple[Line, list[list[Word]]]], hrules: list[float]
) -> list[list[tuple[Line, list[list[Word]]]]]:
    """Lines → table rows. With horizontal rules, lines between two rules are one row.

    Without rules a line starts a new row when its first column is filled or it
    carries a number, or when the previous row is a header row; other lines
    (text only in later columns) continue the row above, as a wrapped cell does.
    """
    groups: list[list[tuple[Line, list[list[Word]]]]] = []
    if len(hrules) >= 2:
        for item in raw_rows:
            ln = item[0]
            band = sum(1 for r in hrules if r < (ln.top + ln.bottom) / 2)
            if groups and sum(1 for r in hrules if r < (groups[-1][-1][0].top + groups[-1][-1][0].bottom) / 2) == band:
                groups[-1].append(item)
            else:
                groups.append([item])
        return groups
    seen_number = False
    for item in raw_rows:
        _, cells = item
        has_number = any(is_numeric_token(w.text) for c in cells for w in c)
        starts = bool(cells[0]) or has_number or not groups or not seen_number
        if not starts:
            # a continuation only fills columns that the row above already has text in
            prev_cols = {k for _, pc in groups[-1] for k, c in enumerate(pc) if c}
            cols = {k for k, c in enumerate(cells) if c}
            starts = not cols <= prev_cols
        if starts:
            groups.append([item])
        else:
            groups[-1].append(item)
        seen_number = seen_number or has_number
    return groups


# --------------------------------------------------------------------------- paragraphs


def paragraphs_from_lines(lines: Sequence[Line], page_no: int | None) -> list[Paragraph]:
    """Group consecutive lines into paragraphs (one :class:`Paragraph` each)."""
    paras: list[list[Line]] = []
    for ln in lines:
        if paras:
            prev = paras[-1][-1]
            gap = ln.top - prev.bottom
            same_style = ln.bold == prev.bold and abs(ln.size - prev.size) <= 1.0
            col_right = max(x.x1 for x in paras[-1])
            short_prev = prev.x1 < col_right - 0.15 * max(col_right - prev.x0, 1.0) or (
                len(paras[-1]) == 1 and prev.text.rstrip().endswith((".", ":"))
            )
            starts_list = bool(_LIST_MARKER.match(ln.text + " "))
            indent = abs(ln.x0 - prev.x0) > 2.5 * ln.size and len(paras[-1]) > 1
            if (
                0 <= gap <= 0.8 * max(prev.height, ln.height)
                and same_style
                and not short_prev
                and not starts_list
                and not indent
            ):
                paras[-1].append(ln)
                continue
        paras.append([ln])
    out = []
    for grp in paras:
        text = join_wrapped([ln.text for ln in grp])
        if not text:
            continue
        box = (min(ln.x0 for ln in grp), grp[0].top, max(ln.x1 for ln in grp), grp[-1].bottom)
        out.append(Paragraph(text=text, page=page_no, bbox=box, bold=all(ln.bold for ln in grp)))
    return out


# --------------------------------------------------------------------------- page furniture


_DIGITS = re.compile(r"\d+")
_PAGE_NO = re.compile(
    r"^(hal(aman)?\.?|page|-)?\s*[-–]?\s*(\d{1,4}|[ivxlc]{1,6})\s*[-–]?\s*(dari\s+\d+|of\s+\d+)?$", re.IGNORECASE
)


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def furniture_keys(pages: Sequence[tuple[float, Sequence[Line]]]) -> set[str]:
    """Texts (digits ignored) in the top/bottom 12 % band of at least half the pages (min. 3)."""
    counts: Counter[str] = Counter()
    for height, lines in pages:
        keys = {
            _furniture_key(ln.text)
            for ln in lines
            if ln.bottom < 0.12 * height or ln.top > 0.88 * height
        }
        counts.update(keys)
    need = max(3, (len(pages) + 1) // 2)
    return {k for k, c in counts.items() if c >= need and k.strip("#")}


def is_furniture(line: Line, height: float, keys: set[str]) -> bool:
    in_band = line.bottom < 0.12 * height or line.top > 0.88 * height
    if not in_band:
        return False
    return _furniture_key(line.text) in keys or bool(_PAGE_NO.match(line.text.strip()))


# --------------------------------------------------------------------------- the reader


@dataclass
class _PageResult:
    number: int
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[PageTable] = field(default_factory=list)
    blocks: list[Paragraph | Table] | None = None  # set directly by OCR


def _open_error(path: Path, exc: Exception) -> InputError:
    msg = str(exc)
    if "password" in msg.lower() or "encrypt" in msg.lower() or type(exc).__name__ in (
        "PDFPasswordIncorrect",
        "PDFEncryptionError",
    ):
        return InputError(f"PDF is encrypted (password protected); export an unprotected copy: {path}")
    return InputError(f"corrupt or unreadable PDF {path}: {msg or type(exc).__name__}")


def _open_pdfium(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise _open_error(path, exc) from exc


def _read_text_page(
    info: PageInfo, plumber: pdfplumber.PDF | None, path: Path
) -> tuple[_PageResult, pdfplumber.PDF | None]:
    res = _PageResult(info.number, info.height)
    glyphs = info.glyphs
    rules = info.rules
    if info.ruled or info.rotation:
        if plumber is None:
            try:
                plumber = pdfplumber.open(str(path))
            except Exception as exc:  # pdfminer raises many types
                raise _open_error(path, exc) from exc
        ppage = plumber.pages[info.number - 1]
        try:
            glyphs = _plumber_glyphs(ppage)
            rules = _plumber_rules(ppage)
            res.tables = _ruled_tables(ppage, glyphs, info.number) if info.ruled else []
        finally:
            ppage.close()
        res.height = float(ppage.height)
    boxes = [(t.x0, t.top, t.x1, t.bottom) for t in res.tables]
    free = [g for g in glyphs if not any(_inside(g, b) for b in boxes)]
    lines = lines_from_words(words_from_glyphs(free))
    text_tables, rest = find_text_tables(lines, rules, page_no=info.number)
    res.tables.extend(text_tables)
    res.lines = rest
    return res, plumber


def _page_blocks(res: _PageResult, keys: set[str]) -> list[tuple[float, Paragraph | Table]]:
    """Blocks of one page in reading order (top to bottom), furniture removed."""
    items: list[tuple[float, str, object]] = [(t.top, "t", t) for t in res.tables]
    lines = [ln for ln in res.lines if not is_furniture(ln, res.height, keys)]
    items.extend((ln.top, "l", ln) for ln in lines)
    items.sort(key=lambda x: x[0])
    out: list[tuple[float, Paragraph | Table]] = []
    run: list[Line] = []
    for top, kind, obj in items:
        if kind == "l":
            run.append(obj)  # type: ignore[arg-type]
            continue
        if run:
            out.extend((p.bbox[1], p) for p in paragraphs_from_lines(run, res.number))
            run = []
        out.append((top, obj))  # PageTable, resolved by caller
    if run:
        out.extend((p.bbox[1], p) for p in paragraphs_from_lines(run, res.number))
    return out


def _same_columns(a: PageTable, b: PageTable) -> bool:
    if a.table.n_cols != b.table.n_cols:
        return False
    if len(a.col_edges) == len(b.col_edges):
        return all(abs(x - y) <= 6.0 for x, y in zip(a.col_edges, b.col_edges, strict=True))
    return abs(a.x0 - b.x0) <= 6.0 and abs(a.x1 - b.x1) <= 6.0


def _norm_row(r: TableRow) -> tuple[str, ...]:
    return tuple(" ".join(c.lower().split()) for c in r.cells)


def stitch(first: PageTable, cont: PageTable) -> None:
    """Append ``cont`` to ``first`` in place, dropping a repeated header."""
    rows = cont.table.rows
    drop = 0
    for k in range(min(4, len(first.table.rows), len(rows) - 1), 0, -1):
        if [_norm_row(r) for r in rows[:k]] == [_norm_row(r) for r in first.table.rows[:k]]:
            drop = k
            break
    if drop:
        for r in first.table.rows[:drop]:
            r.is_header = True
        first.table.warnings.append(
            f"repeated header ({drop} row{'s' if drop > 1 else ''}) on page {cont.table.page} dropped"
        )
    first.table.rows.extend(rows[drop:])
    first.table.warnings.extend(cont.table.warnings)
    first.table.warnings.append(f"continued on page {cont.table.page}")
    first.col_edges = cont.col_edges
    first.x0, first.x1 = cont.x0, cont.x1


def _assemble(results: list[_PageResult], keys: set[str]) -> list[Paragraph | Table]:
    blocks: list[Paragraph | Table | PageTable] = []
    for res in results:
        if res.blocks is not None:
            blocks.extend(res.blocks)
            continue
        page_items = [b for _, b in _page_blocks(res, keys)]
        if page_items and isinstance(page_items[0], PageTable) and blocks and isinstance(blocks[-1], PageTable):
            prev = blocks[-1]
            cur = page_items[0]
            if prev.table.page == res.number - 1 and _same_columns(prev, cur):
                stitch(prev, cur)
                page_items = page_items[1:]
        blocks.extend(page_items)
    return [b.table if isinstance(b, PageTable) else b for b in blocks]


def read_pdf(path: str | Path, *, ocr: bool = True, max_pages: int | None = None) -> Document:
    """Read a PDF: paragraphs and tables in reading order; image-only pages through OCR."""
    path = Path(path)
    pdoc = _open_pdfium(path)
    plumber: pdfplumber.PDF | None = None
    warnings: list[str] = []
    ocr_pages: list[int] = []
    try:
        n_pages = len(pdoc)
        if max_pages is not None and n_pages > max_pages:
            raise ResourceLimitError(f"{path} has {n_pages} pages, more than the limit of {max_pages}")
        results: list[_PageResult] = []
        for idx in range(n_pages):
            page = pdoc[idx]
            try:
                info = _survey_page(page, idx + 1)
                if not info.has_text:
                    if info.n_images and ocr:
                        from lkjip.extract.ocr import ocr_page

                        blocks, page_warnings = ocr_page(page, idx + 1)
                        results.append(_PageResult(idx + 1, info.height, blocks=blocks))
                        warnings.extend(page_warnings)
                        warnings.append(f"page {idx + 1} had no text layer; OCR used")
                        ocr_pages.append(idx + 1)
                    elif info.n_images:
                        warnings.append(f"page {idx + 1} has no text layer and OCR is off; page skipped")
                        results.append(_PageResult(idx + 1, info.height, blocks=[]))
                    else:
                        results.append(_PageResult(idx + 1, info.height, blocks=[]))
                    continue
            finally:
                page.close()
            res, plumber = _read_text_page(info, plumber, path)
            results.append(res)
        keys = furniture_keys([(r.height, r.lines) for r in results if r.blocks is None])
        blocks = _assemble(results, keys)
    finally:
        if plumber is not None:
            plumber.close()
        pdoc.close()
    return Document(
        source_file=str(path),
        input_format="pdf_ocr" if ocr_pages and len(ocr_pages) == n_pages else "pdf",
        pages=n_pages,
        blocks=blocks,
        warnings=warnings,
        ocr_pages=ocr_pages,
    )
