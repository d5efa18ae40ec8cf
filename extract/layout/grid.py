"""Ruled tables: rulings → cells → rows, cell text rebuilt from the atoms in each cell.

Only on pages with horizontal and vertical rulings
(:func:`~lkjip.extract.layout.geometry.has_grid`). Open outer sides are closed
first (:func:`close_open_sides`); pdfplumber's grid functions
(``merge_edges`` → ``edges_to_intersections`` → ``intersections_to_cells`` →
``cells_to_tables``) turn the rulings into cells, spanning cells included
(:func:`grid_tables`); :func:`ruled_tables` reads each cell's text from the
glyphs or OCR words inside it, wrap-joined (:func:`~.words.lines_text`).
pdfplumber's page parser (pdfminer) is never run.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from pdfplumber import table as plumber_table
from pdfplumber.utils import filter_edges

from lkjip.extract.document import BBox, Table, TableRow
from lkjip.extract.layout.cues import ROW_KEY, is_numeric_token, number_continues
from lkjip.extract.layout.geometry import (
    Atom,
    Glyph,
    Ruling,
    TextLine,
    Word,
    bbox_of,
    contains,
    glyph_runs,
    lines_only,
)
from lkjip.extract.layout.page_table import PageTable, mark_bold_header
from lkjip.extract.layout.stacked import Cut, split_rows, stacked_cuts
from lkjip.extract.layout.words import Tail, Vocabulary, cell_tail, lines_text


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


def close_open_sides(rules: Sequence[Ruling], tol: float = 3.0) -> list[Ruling]:
    """Add the outer borders a table leaves out.

    Many tables draw only inner vertical lines: where at least two horizontal
    rules start (or end) at the same x and no vertical rule stands at that x,
    a vertical rule joining them is added; likewise a horizontal rule where
    vertical rules start or end at the same y and no horizontal rule lies there
    (a y with some horizontal rule is a row boundary with merged cells, which
    must stay open, unless it is the table's top or bottom edge, :func:`_outer_edge`).
    """
    extra: list[Ruling] = []
    hs = [r for r in rules if r.horizontal and r.x1 - r.x0 > 4 * tol]
    vs = [r for r in rules if not r.horizontal and r.bottom - r.top > 2 * tol]
    for coord, group in _cluster_ends([(r.x0, r.top) for r in hs] + [(r.x1, r.top) for r in hs], tol):
        if len(group) >= 2 and not any(abs((v.x0 + v.x1) / 2 - coord) <= tol for v in vs):
            extra.extend(Ruling(coord, top, coord, bottom) for top, bottom in _ruled_spans(sorted(group), vs))
    for coord, group in _cluster_ends([(r.top, r.x0) for r in vs] + [(r.bottom, r.x0) for r in vs], tol):
        if len(group) >= 2 and (not any(abs((h.top + h.bottom) / 2 - coord) <= tol for h in hs)
                                or _outer_edge(vs, coord, tol)):
            extra.append(Ruling(min(group), coord, max(group), coord))
    return list(rules) + extra


def _ruled_spans(ys: Sequence[float], vs: Sequence[Ruling]) -> list[tuple[float, float]]:
    """``ys`` (sorted) cut into the spans a vertical rule runs down whole: a band between two rules that no
    vertical rule runs through lies between two tables (the empty paragraph between two parts of a split
    table, a heading), which a side added to close one of them must not bridge."""
    out: list[tuple[float, float]] = []
    runs = _vertical_runs(vs)
    for a, b in zip(ys, ys[1:], strict=False):
        if b - a < 1.0 or not any(top <= a + 1.5 and b - 1.5 <= bottom for top, bottom in runs):
            continue
        if out and abs(out[-1][1] - a) < 1e-6:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    if out:  # a rule under the header only: the column runs on down as far as the table's sides do
        a, b = out[-1]
        out[-1] = (a, max([b] + [bottom for top, bottom in runs if top <= (a + b) / 2 <= bottom]))
    return out


def _vertical_runs(vs: Sequence[Ruling], tol: float = 1.5) -> list[tuple[float, float]]:
    """(top, bottom) of each vertical rule, the pieces drawn row by row at one x joined where they touch."""
    out: list[tuple[float, float, float]] = []
    for v in sorted(vs, key=lambda v: (round((v.x0 + v.x1) / 2), v.top)):
        x = (v.x0 + v.x1) / 2
        if out and abs(out[-1][0] - x) <= tol and v.top <= out[-1][2] + tol:
            out[-1] = (out[-1][0], out[-1][1], max(out[-1][2], v.bottom))
        else:
            out.append((x, v.top, v.bottom))
    return [(top, bottom) for _, top, bottom in out]


def _outer_edge(vs: Sequence[Ruling], y: float, tol: float) -> bool:
    """Every vertical rule standing at ``y`` starts there, or every one ends there: the table's top or bottom
    edge, which no merged cell crosses, so a rule drawn over some columns only (a page break cut the frame,
    or only the columns ruled by groups have their rule) closes across the whole width."""
    at = [v for v in vs if v.top - tol <= y <= v.bottom + tol]
    return len(at) >= 2 and (all(abs(v.top - y) <= tol for v in at) or all(abs(v.bottom - y) <= tol for v in at))


def _edge(r: Ruling) -> dict:
    if r.horizontal:
        y = (r.top + r.bottom) / 2
        return {"x0": r.x0, "x1": r.x1, "top": y, "bottom": y, "width": r.x1 - r.x0, "height": 0.0,
                "orientation": "h", "object_type": "line"}  # fmt: skip
    x = (r.x0 + r.x1) / 2
    return {"x0": x, "x1": x, "top": r.top, "bottom": r.bottom, "width": 0.0, "height": r.bottom - r.top,
            "orientation": "v", "object_type": "line"}  # fmt: skip


def grid_tables(rules: Sequence[Ruling], tol: float = 3.0) -> list[list[list[BBox | None]]]:
    """Tables drawn by ``rules``: each a list of rows, each a list of cell boxes (None under a spanning cell)."""
    edges = [_edge(r) for r in close_open_sides(lines_only(rules), tol) if max(r.x1 - r.x0, r.bottom - r.top) >= 3]
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


def ruled_tables(
    grids: list[list[list[BBox | None]]],
    atoms: Sequence[Atom],
    to_lines: Callable[[list[Atom]], list[TextLine]],
    page_no: int | None,
    strategy: str = "lines",
    vocab: Vocabulary | None = None,
    verticals: Sequence[Ruling] = (),
    horizontals: Sequence[Ruling] = (),
) -> list[PageTable]:
    """Bordered tables from :func:`grid_tables`, each cell's text rebuilt from the atoms (glyphs or OCR words) in it.

    ``verticals`` are the vertical rules the page draws: a word running across a cell edge where none is drawn (a
    header label spanning columns whose edges only the rules of other rows give) stays whole, in the cell its
    middle falls in (:func:`word_middles`); text of a cell merged down running on across a row edge where none
    of ``horizontals`` is drawn stays in the row above (:func:`word_heights`)."""
    boxes = [bbox_of(g) for g in grids]
    # sorted by height for banding; cells take their atoms back in content order (index)
    cx = word_middles(atoms, sorted({round(c[0], 1) for g in grids for row in g for c in row if c}), verticals)
    cy = word_heights(atoms, cx, [c for g in grids for row in g for c in row if c], horizontals)
    placed_blanks(atoms, cx, cy)
    by_y = sorted(range(len(atoms)), key=cy.__getitem__)
    ys = [cy[k] for k in by_y]
    out: list[PageTable] = []
    for grid, box in zip(grids, boxes, strict=True):
        ncols = max(len(r) for r in grid)
        if ncols < 2:  # one row is fine: the rest of a table cut by a page break
            continue
        if any(o is not box and contains(o, box) and o != box for o in boxes):
            continue  # a grid drawn inside another table's cell
        cell_lines: dict[tuple[int, int], list[TextLine]] = {}
        cell_atoms: dict[tuple[int, int], list[Atom]] = {}
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
                cell_atoms[(r, k)] = in_cell
                bolds.extend(a.bold for a in in_cell if a.text.strip())
            row_bold.append(bool(bolds) and all(bolds))
        cell_boxes = {(r, k): c for r, row in enumerate(grid) for k, c in enumerate(row) if c}
        parted = split_unruled_spans(cell_lines, spans, cell_boxes, cell_atoms, to_lines)
        if parted:  # a parted cell is a cell of the grid (also where rows are split by cuts, :func:`_split_rows`)
            grid = [list(row) for row in grid]
            for (r, j), part in parted.items():
                grid[r][j] = cell_boxes[(r, j)] = part
        limits = column_limits(cell_lines, spans, cell_boxes)
        cuts = [c for c in stacked_cuts(cell_lines, cell_boxes) if not number_rest(c, cell_lines, cell_boxes)]
        laid = (_grid_rows(grid, cell_lines, spans, limits, row_bold) if not cuts
                else _split_rows(grid, cell_lines, cuts, limits))
        table_rows: list[TableRow] = []
        kept_bold: list[bool] = []
        tails: list[Tail] = []
        for cells_lines, rights, bbox, bold in laid:
            cells = [lines_text(lines, right, vocab) if lines else "" for lines, right in zip(cells_lines, rights, strict=True)]
            cells += [""] * (ncols - len(cells))
            if not any(cells):
                continue  # a spacer row, or one emptied by furniture removal
            tails = [cell_tail(lines, right, bbox[3]) for lines, right in zip(cells_lines, rights, strict=True)]
            table_rows.append(TableRow(cells=cells, page=page_no, bbox=bbox))
            kept_bold.append(bold)
        if not table_rows:
            continue
        mark_bold_header(table_rows, kept_bold)
        table = Table(rows=table_rows, page=page_no, bbox=box, strategy=strategy)
        out.append(PageTable(table, _column_edges(grid), box[1], box[3], box[0], box[2], tails=tails))
    return out


#: the most padding a cell keeps beside its text, both sides together (as :mod:`.stacked` allows)
_SIDE_PADDING = 12.0


def number_rest(cut: Cut, cell_lines: dict[tuple[int, int], list[TextLine]],
                boxes: dict[tuple[int, int], BBox]) -> bool:
    """``cut`` only parts a number from its rest: a cell's line above it is one number that filled its cell (no
    room for one more character, whatever its padding) and its line right below is the rest of that number
    ("97.8" / "5" in a column four digits wide: the renderer broke 97.85 for want of room), and no other cell
    opens a number or a row key at the cut (:func:`_opens_row`). A percentage that looks whole ("97.8" reads as
    a code too) is no row of its own when the line under it finishes it."""
    rest = False
    for key, lines in cell_lines.items():
        box = boxes.get(key)
        for a, b in zip(lines, lines[1:], strict=False):
            if not (a.bottom - 1.0 <= cut.y <= b.top + 1.0):
                continue
            if _broken_number(a, b, box):
                rest = True
            elif _opens_row(b):
                return False  # another column's number (or a key) starts a row there
        first = lines[0] if lines else None
        if (first is not None and box is not None and box[1] < cut.y - 1.0 and abs(first.top - cut.gap_bottom) <= 1.5
                and _opens_row(first)):
            return False  # a cell's text starting at the cut, a number or a key: the next row's
    return rest


def _opens_row(ln: TextLine) -> bool:
    """A line that may open a row: it holds a number, or opens with a row key ("2.", "b)")."""
    first = ln.words[0].text if ln.words else ""
    return any(is_numeric_token(w.text) for w in ln.words) or bool(ROW_KEY.match(first) and first[-1:] in ".)")


def _broken_number(a: TextLine, b: TextLine, box: BBox | None) -> bool:
    """``a`` is one number filling its cell (``box``) and ``b``, set right under it, its rest."""
    if box is None or len(a.words) != 1 or len(b.words) != 1 or b.top - a.bottom > 0.8 * (b.bottom - b.top):
        return False
    above, below = a.words[0].text, b.words[0].text
    char = (b.words[0].x1 - b.words[0].x0) / max(len(below), 1)
    filled = (a.x1 - a.x0) + char > (box[2] - box[0]) - _SIDE_PADDING
    return filled and (number_continues(above, below) or _group_broken(above, below))


#: a grouped amount ("53.478.954", "53.478.954,-"), whole
_GROUPED_WHOLE = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d{2}|,-)?$")
#: its head broken inside a group of three ("53.47")
_SHORT_GROUP_END = re.compile(r"^\d{1,3}(?:\.\d{3})*\.\d{1,2}$")


def _group_broken(above: str, below: str) -> bool:
    """A grouped amount a cell too narrow broke inside a group of three: "53.47" / "8.954" is "53.478.954". Read
    alone, the piece above looks like a decimal and the rest like a whole amount; set together they are one amount
    only (groups of three after the first). Asked only where the piece above fills its cell (:func:`_broken_number`)."""
    return bool(_SHORT_GROUP_END.match(above) and _GROUPED_WHOLE.match(above + below))


def split_unruled_spans(
    cell_lines: dict[tuple[int, int], list[TextLine]],
    spans: dict[tuple[int, int], int],
    boxes: dict[tuple[int, int], BBox],
    cell_atoms: dict[tuple[int, int], list[Atom]],
    to_lines: Callable[[list[Atom]], list[TextLine]],
) -> dict[tuple[int, int], BBox]:
    """Cells spanning columns only because their band draws no inner rules, put back into those columns; returns
    the boxes of the cells the spanning ones were parted into, by (row, column).

    A frame around a header's rest (or around the column numbers "1 2 … 8") on the page a table goes on to may
    rule its sides and nothing between them: the grid gives one cell across the whole width. When each of its
    words lies inside one column (as the other rows' cells give them) and starts or ends where that column's
    text does in the other rows (left- or right-aligned) or is centred in it, and two columns or more get
    words, the text was printed in those columns: each column takes its words. A label spanning columns
    (a word across an edge, a group label over several columns) stays whole."""
    cols: dict[int, tuple[float, float, float, float]] = {}  # column: box left, right, text left, text right
    for (r, k), lines in cell_lines.items():
        box = boxes.get((r, k))
        if box is None or spans.get((r, k), 1) != 1 or not lines:
            continue
        x0, x1 = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
        c = cols.get(k, (box[0], box[2], x0, x1))
        cols[k] = (max(c[0], box[0]), min(c[1], box[2]), min(c[2], x0), max(c[3], x1))
    parted: dict[tuple[int, int], BBox] = {}
    for (r, k), n in list(spans.items()):
        atoms = cell_atoms.get((r, k), [])
        if n < 2 or not atoms or any(j not in cols for j in range(k, k + n)):
            continue
        parts = _column_parts(atoms, cell_lines[(r, k)], cols, range(k, k + n))
        if parts is None:
            continue
        top, bottom = boxes[(r, k)][1], boxes[(r, k)][3]
        for j in range(k, k + n):
            cell_lines[(r, j)] = to_lines(parts[j]) if parts.get(j) else []
            spans[(r, j)] = 1
            parted[(r, j)] = (cols[j][0], top, cols[j][1], bottom)
    return parted


def _column_parts(atoms: Sequence[Atom], lines: Sequence[TextLine],
                  cols: dict[int, tuple[float, float, float, float]], span: range) -> dict[int, list[Atom]] | None:
    """The atoms of a spanning cell parted by the columns it spans, when every word of its ``lines`` lies
    inside one column, aligned there as the column's text is (:func:`split_unruled_spans`); else None."""
    words: dict[int, list[Word]] = {}
    for ln in lines:
        for w in ln.words:
            if not w.text.strip():
                continue
            j = next((j for j in span if cols[j][0] - 0.5 <= w.x0 and w.x1 <= cols[j][1] + 0.5), None)
            if j is None:
                return None  # a word across a column edge: a label spanning columns
            words.setdefault(j, []).append(w)
    if len(words) < 2:
        return None
    if not _padded_alike(words, cols):
        for j, ws in words.items():
            box_left, box_right, text_left, text_right = cols[j]
            x0, x1 = min(w.x0 for w in ws), max(w.x1 for w in ws)
            if not (abs(x0 - text_left) <= 1.5 or abs(x1 - text_right) <= 1.5
                    or abs((x0 + x1) - (box_left + box_right)) <= 3.0):
                return None
    parts: dict[int, list[Atom]] = {}
    for a in atoms:
        mid = (a.x0 + a.x1) / 2
        j = next((j for j in span if cols[j][0] - 0.5 <= mid <= cols[j][1] + 0.5), None)
        if j is not None:
            parts.setdefault(j, []).append(a)
    return parts


#: the most padding a cell keeps between its edge and its text
_CELL_PADDING = 8.0


def _padded_alike(words: dict[int, list[Word]], cols: dict[int, tuple[float, float, float, float]]) -> bool:
    """Each column's words start (or end) the same small distance from that column's edge: the cell padding of
    a row set left- (or right-) aligned however the other rows align their text (a header's rest labelled
    "Uraian | Indikator Kinerja | 2022 | Target" at the left of its cells over right-aligned values)."""
    lefts = [min(w.x0 for w in ws) - cols[j][0] for j, ws in words.items()]
    rights = [cols[j][1] - max(w.x1 for w in ws) for j, ws in words.items()]
    return any(min(offs) >= -0.5 and max(offs) <= _CELL_PADDING and max(offs) - min(offs) <= 2.0
               for offs in (lefts, rights))


#: one printed row before its text is joined: each column's lines and right edge, the row's box, all bold
_Laid = tuple[list[list[TextLine]], list[float | None], BBox, bool]


def word_middles(atoms: Sequence[Atom], edges: Sequence[float], verticals: Sequence[Ruling] = ()) -> list[float]:
    """The x each atom is placed by: its own middle, or, for the glyphs of a word (:func:`glyph_runs`) running
    across one of ``edges`` where no rule of ``verticals`` is drawn, the middle of the whole word."""
    cx = [(a.x0 + a.x1) / 2 for a in atoms]
    if not atoms or not isinstance(atoms[0], Glyph):
        return cx
    for run in glyph_runs(atoms):
        x0, x1 = min(atoms[i].x0 for i in run), max(atoms[i].x1 for i in run)
        top, bottom = min(atoms[i].top for i in run), max(atoms[i].bottom for i in run)
        inside = [e for e in edges if x0 + 0.5 < e < x1 - 0.5]
        if inside and not any(abs((v.x0 + v.x1) / 2 - e) <= 1.5 and v.top <= bottom and v.bottom >= top
                              for e in inside for v in verticals):
            for i in run:
                cx[i] = (x0 + x1) / 2
    return cx


def word_heights(atoms: Sequence[Atom], cx: Sequence[float], cells: Sequence[BBox],
                 horizontals: Sequence[Ruling], tol: float = 1.5) -> list[float]:
    """The y each atom is placed by: its own middle, or, for the text of a cell merged down that runs on across
    a row edge of ``cells`` where no rule of ``horizontals`` is drawn (an edge the grid closed where the frame's
    sides break, :func:`close_open_sides`), just above that edge.

    A cell merged down beside a sub-row runs on at its own leading across the sub-row's top: a line of it
    starts just above that edge and ends below, and the lines after it follow without a blank line. The
    sub-row's own text starts below its top, by its padding."""
    cy = [(a.top + a.bottom) / 2 for a in atoms]
    drawn = lambda y, x: any(abs((h.top + h.bottom) / 2 - y) <= tol and h.x0 - tol <= x <= h.x1 + tol  # noqa: E731
                             for h in horizontals)
    ys = sorted({c[1] for c in cells})
    crossed: dict[float, list[int]] = {}  # row edge -> atoms starting above it and ending below
    for i, a in enumerate(atoms):
        for y in ys[bisect.bisect_right(ys, a.top + 0.5):bisect.bisect_left(ys, a.bottom - 0.5)]:
            crossed.setdefault(y, []).append(i)
    by_y = sorted(range(len(atoms)), key=cy.__getitem__)
    mids = [cy[i] for i in by_y]
    for c in cells:
        y = c[1]
        across = [i for i in crossed.get(y, []) if c[0] <= cx[i] <= c[2]]
        if not across or drawn(y, (c[0] + c[2]) / 2):
            continue
        reach = max(atoms[i].bottom for i in across)
        band = by_y[bisect.bisect_right(mids, y):bisect.bisect_right(mids, c[3])]
        for i in sorted((i for i in band if c[0] <= cx[i] <= c[2]), key=lambda i: atoms[i].top):
            a = atoms[i]
            if a.top > reach + 0.5 * (a.bottom - a.top):
                break  # a blank line: the run across the edge has ended
            cy[i], reach = y - 0.25, max(reach, a.bottom)
    return cy


def placed_blanks(atoms: Sequence[Atom], cx: list[float], cy: list[float]) -> None:
    """A word break a producer draws as a blank glyph with no box (Chromium's "\\n" at (0, 0) between two words
    of a line) is placed where the glyph before it stands, so that the cell holding that word takes it too and
    the two words stay apart (:func:`~.geometry.words_from_glyphs` parts words at blank glyphs)."""
    for i in range(1, len(atoms)):
        a = atoms[i]
        if not a.text.strip() and a.x0 == a.x1 and a.top == a.bottom:
            cx[i], cy[i] = cx[i - 1], cy[i - 1]


def _grid_rows(grid, cell_lines, spans, limits, row_bold) -> list[_Laid]:
    """The grid's own rows (a cell spanning columns reads to its own right edge)."""
    out = []
    for r, row in enumerate(grid):
        present = [c for c in row if c]
        row_bottom = max(c[3] for c in present)
        bbox = (min(c[0] for c in present), min(c[1] for c in present), max(c[2] for c in present), row_bottom)
        lines = [cell_lines.get((r, k), []) for k in range(len(row))]
        rights = [limits.get(k) if spans.get((r, k), 1) == 1 else (c[2] - 1.5 if c else None) for k, c in enumerate(row)]
        out.append((lines, rights, bbox, row_bold[r]))
    return out


def _split_rows(grid, cell_lines, cuts, limits) -> list[_Laid]:
    """The rows a grid prints when it rules only some of them (:mod:`.stacked`)."""
    out = []
    for row in split_rows(grid, cell_lines, cuts):
        words = [w for lines in row.cells for ln in lines for w in ln.words if w.text.strip()]
        out.append((row.cells, [limits.get(k) for k in range(len(row.cells))], row.bbox,
                    bool(words) and all(w.bold for w in words)))
    return out


def column_limits(cell_lines: dict[tuple[int, int], list[TextLine]], spans: dict[tuple[int, int], int],
                  boxes: dict[tuple[int, int], BBox] | None = None) -> dict[int, float]:
    """Per column, the furthest right a line of text of a one-column cell reaches (numbers only where the
    column has no text: right-aligned numbers may reach further than wrapped text can); a line running past its
    cell's box (a label kept whole over an edge no rule draws, :func:`word_middles`) says nothing of it."""
    limits: dict[int, float] = {}
    text_limits: dict[int, float] = {}
    for (_, col), lines in cell_lines.items():
        box = (boxes or {}).get((_, col))
        lines = [ln for ln in lines if box is None or ln.x1 <= box[2] + 1.0]
        if lines and spans.get((_, col), 1) == 1:
            limits[col] = max(limits.get(col, 0.0), max(ln.x1 for ln in lines))
            texts = [ln for ln in lines if not all(is_numeric_token(w.text) for w in ln.words)]
            if texts:
                text_limits[col] = max(text_limits.get(col, 0.0), max(ln.x1 for ln in texts))
    return {k: text_limits.get(k, v) for k, v in limits.items()}


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
