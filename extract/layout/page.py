"""One page laid out: furniture removed, ruled tables, tables ruled one way only, borderless ones, the lines left.

:func:`read_page_layout` works on atoms (pdfium glyphs or OCR words) and
rulings; ``carry`` and ``lead`` bring what the previous page left open (see
:mod:`.carry`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.furniture import drop_furniture
from lkjip.extract.layout.geometry import Atom, Ruling, TextLine, Word, bbox_of, lines_only, outside
from lkjip.extract.layout.glued_numbers import unglued_lines
from lkjip.extract.layout.grid import grid_tables, ruled_tables
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.short_parts import short_parts
from lkjip.extract.layout.words import Vocabulary


@dataclass
class PageResult:
    """One page read: lines outside tables and the tables, or ready-made blocks (OCR)."""

    number: int
    height: float
    lines: list[TextLine] = field(default_factory=list)
    tables: list[PageTable] = field(default_factory=list)
    blocks: list[Paragraph | Table] | None = None
    #: every line outside bordered tables (what borderless tables were looked for in)
    free_lines: list[TextLine] = field(default_factory=list)
    #: lines of the previous page's end taken into a table here (a header cut off by the page break)
    lead_used: list[TextLine] = field(default_factory=list)


def read_page_layout(
    number: int,
    height: float,
    atoms: Sequence[Atom],
    rules: Sequence[Ruling],
    to_lines: Callable[[list[Atom]], list[TextLine]],
    *,
    ruled: bool,
    furniture: set[str] | None = None,
    strategy_suffix: str = "",
    vocab: Vocabulary | None = None,
    carry: PageTable | None = None,
    lead: Sequence[TextLine] = (),
) -> PageResult:
    """Tables (bordered, then borderless) and leftover lines of one page, furniture removed.

    ``lead`` are the last lines of the previous page, the start of a borderless
    table (its header) cut off by the page break: they are set just above this
    page's first line and looked at together with it; if no table takes them in,
    the page is read without them (``res.lead_used`` stays empty).
    """
    res = PageResult(number, height)
    grids = grid_tables(rules) if ruled else []
    atoms = drop_furniture(atoms, to_lines, height, furniture or set(), [bbox_of(g) for g in grids], rules)
    if grids:
        res.tables = ruled_tables(grids, atoms, to_lines, number, "lines" + strategy_suffix, vocab,
                                  verticals=[r for r in lines_only(rules) if not r.horizontal],
                                  horizontals=[r for r in lines_only(rules) if r.horizontal])
    boxes = [(t.x0, t.top, t.x1, t.bottom) for t in res.tables]
    lines = unglued_lines(outside(atoms, boxes), to_lines)  # "12 3 4 …": a narrow column's number glued on
    res.free_lines = list(lines)
    half, rest_lines = half_ruled_tables(lines, rules, page_no=number, strategy="rules" + strategy_suffix,
                                         vocab=vocab, carry=carry if not res.tables else None)
    if lead and half and lines and not res.tables:
        led = _led_half_ruled(lead, lines, rules, number, strategy_suffix, vocab)
        if led is not None:
            half, rest_lines = led
            res.lead_used = list(lead)
    lines = rest_lines
    res.tables.extend(half)
    moved: list[TextLine] = shift_above(lead, lines) if lead and lines and _opens_page(lines[0], res.tables) else []
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
            starts_page_before(t.table, boundary, number)
            t.cont_pages.append(number)
        res.lead_used = list(lead)
    res.tables.extend(text_tables)
    parts, rest = short_parts(res.tables, rest, rules, number, "text" + strategy_suffix, vocab)
    res.tables.extend(parts)
    res.lines = rest
    return res


def _opens_page(first: TextLine, tables: Sequence[PageTable]) -> bool:
    """Whether ``first``, the page's first line outside its tables, opens the page: no table stands above it
    (the previous page's cut-off header can only go over what comes first)."""
    return all(t.top >= first.bottom for t in tables)


def _led_half_ruled(lead: Sequence[TextLine], lines: list[TextLine], rules: Sequence[Ruling], number: int,
                    strategy_suffix: str, vocab: Vocabulary | None) -> tuple[list[PageTable], list[TextLine]] | None:
    """The page's tables ruled one way only read with ``lead`` (a header's start the page before left, set above
    the page's first line) over the first one, when that table takes every line of the lead in: its header was
    cut by the page break, its rest over the table's first rule here. None when no table takes the lead."""
    moved = shift_above(lead, lines)
    boundary = lines[0].top - 0.1
    half, rest = half_ruled_tables(moved + lines, rules, page_no=number, strategy="rules" + strategy_suffix,
                                   vocab=vocab, lead=(moved[0].top, moved[-1].bottom))
    if any(any(ln is m for m in moved) for ln in rest):
        return None
    for t in half:
        if t.top < boundary:  # the table starts on the previous page
            starts_page_before(t.table, boundary, number)
            t.cont_pages.append(number)
    return half, rest


def starts_page_before(table: Table, boundary: float, number: int) -> None:
    """``table``, read on page ``number`` with the previous page's last lines set above ``boundary``
    (:func:`shift_above`), starts on that page: it and its rows above the boundary are that page's."""
    table.page, table.bbox = number - 1, None
    for r in table.rows:
        if r.bbox is not None and r.bbox[1] < boundary:
            r.page, r.bbox = number - 1, None


def shift_above(lead: Sequence[TextLine], lines: Sequence[TextLine]) -> list[TextLine]:
    """Copies of ``lead`` (lines from the previous page) moved to sit just above ``lines[0]``."""
    spacing = [b.top - a.bottom for a, b in zip(lead, lead[1:], strict=False)]
    gap = min(spacing) if spacing else 0.4 * lead[-1].height
    dy = lines[0].top - max(gap, 0.5) - lead[-1].bottom
    return [
        TextLine([Word(w.text, w.x0, w.top + dy, w.x1, w.bottom + dy, w.size, w.bold, w.conf) for w in ln.words])
        for ln in lead
    ]
