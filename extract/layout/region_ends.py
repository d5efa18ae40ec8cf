"""Where a borderless table's region ends (:func:`~.borderless.find_text_tables`): a shaded band opening under
a table's body, text set off below it, a blank inside a frame, the next table's bold header, a short cell line
closing a gap inside a column; a sentence under a carried table's last row."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from lkjip.extract.layout.cues import COLUMN_NO, is_numeric_token
from lkjip.extract.layout.geometry import Ruling, TextLine


def band_opens(shades: Sequence[Ruling], above: TextLine, line: TextLine) -> bool:
    """A row of shaded cells (two side by side at least) starts between ``above`` and ``line``."""
    tops = [a.top for a in shades for b in shades if b is not a and abs(b.x0 - a.x1) <= 1.0
            and abs(b.top - a.top) <= 1.0 and abs(b.bottom - a.bottom) <= 1.0]
    return any(above.bottom - 0.5 <= t <= (line.top + line.bottom) / 2 for t in tops)


def body_line(line: TextLine) -> bool:
    """``line`` reads as a line of a table's body, or closes a header: it prints a number in regular type, or it is
    the row of column numbers ("(1)  (2)  (3)") under a header. A header's lines print years and column numbers
    too ("Realisasi Tahun" / "2021"), in bold: a header of several bands (a tall first row wrapped over three
    lines, then the band naming the sub-columns) is not a body above the next header."""
    if all(COLUMN_NO.match(w.text) for w in line.words):
        return True
    return not line.bold and any(is_numeric_token(w.text) for w in line.words)


#: a horizontal "ruling" at least this thick (points) is a shaded band behind a row, as OCR gives it (a scan's grey
#: header band, thicker than any rule: :mod:`lkjip.extract.ocr_image` gives it as a thick ruling, not as shaded cells)
BAND_THICK = 4.5


def thick_band_opens(rules: Sequence[Ruling], above: TextLine, line: TextLine) -> bool:
    """A shaded band given as one thick ruling (:data:`BAND_THICK`, a scanned table's grey header band) starts
    between ``above`` and ``line`` and runs under all of ``line``: the header of the next table."""
    return any(r.horizontal and r.bottom - r.top >= BAND_THICK and r.x0 <= line.x0 + 2.0 and r.x1 >= line.x1 - 2.0
               and above.bottom - 0.5 <= r.top <= (line.top + line.bottom) / 2 for r in rules)


def text_below(
    region: Sequence[TextLine],
    line: TextLine,
    gap: float,
    widest_gap: float,
) -> bool:
    """``line``, a single segment, is text after the table, not a wrapped cell or a spanning row label.

    A table printed without a closing rule (shaded rows, horizontal rules only
    between rows, a header rule only) shows no edge where it ends; the text
    after it (a place and date, a signature block, a centred title) is set off
    by a blank line: more white above it than a line height and than any two
    lines of the table have between them. Such a line is not in the table when
    it starts left of every line of the table (at the page's text margin, where
    no column of the table is) or is set in another type size than the table's
    (a wrapped cell line, or a row label spanning merged cells, may stand below
    a row's padding, but inside the table and in its type).
    """
    h = max(region[-1].height, 4.0)
    if gap <= max(1.2 * h, widest_gap + 0.8 * h):
        return False
    if len(region) < 2 and not any(is_numeric_token(w.text) for w in region[0].words):
        return False  # a header line alone: the white under it may be its band's padding
    size = statistics.median(ln.size for ln in region)
    left = min(ln.x0 for ln in region)
    return line.x0 < left - 0.5 * size or abs(line.size - size) >= 0.5


def other_type_below(region: Sequence[TextLine], line: TextLine, gap: float, widest_gap: float) -> bool:
    """``line``, in runs of words apart, is text after the table, not its next row: a table set in one type size
    (every line of ``region`` within half a point of the others, two lines of its body printing numbers at least)
    is followed by a line in another size ("Jumlah Anggaran :   Rp …" in the page's text size under a table set
    smaller), set off by more white than a line height and than any two lines of the table have between them plus
    most of a line (:func:`text_below` for a line of one run)."""
    if len(region) < 3 or sum(body_line(ln) for ln in region) < 2:
        return False
    h = max(region[-1].height, 4.0)
    if gap <= max(1.2 * h, widest_gap + 0.8 * h):
        return False
    sizes = [ln.size for ln in region]
    if max(sizes) - min(sizes) >= 0.5:
        return False
    return abs(line.size - statistics.median(sizes)) >= 0.5


def framed_blank(sides: Sequence[tuple[float, float, float]], region: Sequence[TextLine], line: TextLine) -> bool:
    """The blank between ``region`` and ``line`` lies inside a frame: two vertical rules or more (``sides``, as
    (x, top, bottom)) beside or among the region's columns run down through it, both starting at the region's
    first lines (a table's frame, its cells shaded instead of ruled, a cell's padding white: not a page border)."""
    em = max(region[0].size, 4.0)
    x0, x1 = min(ln.x0 for ln in region) - em, max(ln.x1 for ln in region) + em
    above = region[-1]
    start = region[0].top - 2 * max(region[0].height, 4.0)
    through = [x for x, top, bottom in sides
               if x0 <= x <= x1 and start <= top <= above.bottom and bottom >= line.top]
    return len(through) >= 2


def new_table_below(lines: Sequence[TextLine], start: int, j: int) -> bool:
    """TextLine ``j`` starts the next table: a bold line after regular ones, set off by far more space than
    the lines ``start``…``j-1`` have between them (two tables printed one under the other): more than twice
    their usual gap and than that gap and a line of the body's type more (a bold header's box stands taller than
    the body's lines, a blank line between two tables is a line of the body's type)."""
    if j - start < 2 or not lines[j].bold or lines[j - 1].bold:
        return False
    gaps = sorted(lines[k + 1].top - lines[k].bottom for k in range(start, j - 1))
    usual = max(gaps[len(gaps) // 2], 0.0)
    height = min(lines[j].height, lines[j - 1].height)
    return lines[j].top - lines[j - 1].bottom > max(2 * usual, usual + 1.2 * height)


def closes_inner_gap(
    line: TextLine,
    gaps: Sequence[tuple[float, float]],
    new_gaps: Sequence[tuple[float, float]],
    region_spans: Sequence[tuple[float, float]],
    above: TextLine | None = None,
) -> bool:
    """A short wrapped cell line closes one white gap that lay inside a column, not between columns.

    "Rp." printed right-aligned under a left-aligned "Anggaran" leaves a gap
    that the amount wrapped onto the next line ("2.345.678.901") fills. A line
    closing one of several channels and covering little of the table's width
    is such a cell line; a paragraph or caption runs across more. So is a line
    ending where a word of the line ``above`` ends, up to half
    the table wide: the next line of a cell set right ("Program Penunjang Urusan" /
    "Pemerintahan Daerah Kabupaten/Kota" ending at one x), which fills the white
    the first line left under a left-aligned header label.
    """
    lo = min(a for a, _ in region_spans)
    hi = max(b for _, b in region_spans)
    if len(gaps) >= 3 and len(gaps) - len(new_gaps) >= 2:
        return _wraps_in_cell(line, gaps, above, hi - lo)
    if not (len(gaps) >= 2 and len(gaps) - len(new_gaps) == 1):
        return False
    return (line.x1 - line.x0) <= 0.25 * (hi - lo) or (
        above is not None and (line.x1 - line.x0) <= 0.5 * (hi - lo)
        and any(abs(w.x1 - line.x1) <= RIGHT_EDGE_TOL for w in above.words))


#: how far (pt) a wrapped line of a cell set right may end from where the cell's line above ends
RIGHT_EDGE_TOL = 0.6


#: how far (pt) a cell's next line may start from where a word of the line above starts (its left edge)
LEFT_EDGE_TOL = RIGHT_EDGE_TOL


def _wraps_in_cell(line: TextLine, gaps: Sequence[tuple[float, float]], above: TextLine | None, width: float) -> bool:
    """``line`` closes several gaps at once as the next line of a cell whose lines above, set justified, left
    white at the same places by chance ("Penyediaan Jasa Pemeliharaan," / "Biaya Pemeliharaan, Pajak dan" /
    "Perizinan   Kendaraan   Dinas" over "Operasional atau Lapangan"): a short line starting where a word of the
    line above starts (the cell's left edge), right of the table's first column (a caption or a note under a
    table starts at its left edge)."""
    if above is None or (line.x1 - line.x0) > 0.25 * width or line.x0 < gaps[0][1] - 1.0:
        return False
    return any(abs(w.x0 - line.x0) <= LEFT_EDGE_TOL for w in above.words)


def sentence_after(lines: Sequence[TextLine], spans: list[list[tuple[float, float]]], j: int) -> bool:
    """Line ``j`` (``spans``: each line's runs of words) is running text under the lines above it, at a page's top
    (:func:`~.carried_region.carried_region`): one run of words opening with a capital, more white
    above it than a line's height and than the lines above have between them plus most of a line (a table's
    wrapped cell goes on at its row's leading, a sentence introducing the next table stands a blank below)."""
    if len(spans[j]) != 1 or not lines[j].text[:1].isupper():
        return False
    h = max(lines[j - 1].height, 4.0)
    widest = max((lines[k].top - lines[k - 1].bottom for k in range(1, j)), default=0.0)
    return lines[j].top - lines[j - 1].bottom > max(1.2 * h, widest + 0.8 * h)
