"""How a rendered table is ruled and how a long table is split: the pure plans and their DOCX markup.

Rule sets (``RenderStyle.borders``), as Word users draw tables:

- ``bordered``: the full grid ("Table Grid");
- ``horizontal_rules_only``: top, bottom and a rule between rows, no vertical rule (Word's common style);
- ``frame_header``: an outer frame and one rule under the header rows;
- ``header_rule_only``: one rule under the header rows, nothing else;
- ``borderless``: no rule at all;
- ``vertical_rules_only``: rules between and beside the columns, no horizontal rule;
- ``shading``: no line; the header rows are shaded and every other body row lightly shaded.
- ``banded``: as report generators print financial statements (an LRA from SIPD or SIMDA): a frame, the
  column rules and a rule under the header, then row rules only across the amount columns and only between
  groups of ``BAND`` rows; the text columns run unruled from the header to the bottom.

Splits (``RenderStyle.split``) of a table with at least ``split_min_rows`` body rows:

- ``none``: one table (its header rows repeat on each page when ``repeat_header``);
- ``parts_with_header``: ``split_parts`` separate tables, each starting with the header rows;
- ``parts_without_header``: the same, only the first part has the header rows;
- ``break_in_row``: one table, with a page break inside the first column of a body row half way.

Between parts (``split_gap``): an empty paragraph, or a paragraph holding a page break.
"""

from __future__ import annotations

import re
from typing import Literal

from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

RuleSet = Literal["bordered", "horizontal_rules_only", "frame_header", "header_rule_only", "borderless",
                  "vertical_rules_only", "shading", "banded", "side_bars_shaded"]
Split = Literal["none", "parts_with_header", "parts_without_header", "break_in_row"]
SplitGap = Literal["paragraph", "page_break"]

RULE_SETS: tuple[str, ...] = RuleSet.__args__  # type: ignore[attr-defined]
SPLITS: tuple[str, ...] = Split.__args__  # type: ignore[attr-defined]

#: table edges (tblBorders) drawn by each rule set; the header rule is drawn per cell
TABLE_EDGES: dict[str, tuple[str, ...]] = {
    "bordered": ("top", "left", "bottom", "right", "insideH", "insideV"),
    "horizontal_rules_only": ("top", "bottom", "insideH"),
    "frame_header": ("top", "left", "bottom", "right"),
    "header_rule_only": (),
    "borderless": (),
    "vertical_rules_only": ("left", "right", "insideV"),
    "shading": (),
    "banded": ("top", "left", "bottom", "right", "insideV"),
    "side_bars_shaded": ("left", "right"),
}
HEADER_RULE = frozenset({"frame_header", "header_rule_only", "banded"})
#: body rows per ruled group of ``banded`` tables
BAND = 3
_NUMBER_CELL = re.compile(r"^(rp\.?\s*)?[-(]?[\d.,]*\d[\d.,]*\)?\s*%?[,.-]*$", re.IGNORECASE)
HEADER_FILL, STRIPE_FILL = "BFBFBF", "E7E6E6"
#: ``side_bars_shaded``: the header cells' and the body cells' fill (a light olive, as the real report's)
SIDE_HEADER_FILL, SIDE_BODY_FILL = "C2D69B", "EAF1DD"


# --- plans (pure) ----------------------------------------------------------------------------------------------


def split_parts(n_rows: int, n_header: int, split: str, parts: int, min_rows: int) -> list[list[int]]:
    """Row indices of each separate table: header rows first in every part that repeats them."""
    body = list(range(n_header, n_rows))
    if split not in ("parts_with_header", "parts_without_header") or len(body) < max(min_rows, parts):
        return [list(range(n_rows))]
    size = -(-len(body) // parts)
    chunks = [body[i:i + size] for i in range(0, len(body), size)]
    head = list(range(n_header))
    return [head + c if i == 0 or split == "parts_with_header" else c for i, c in enumerate(chunks)]


def break_row(n_rows: int, n_header: int, split: str, min_rows: int) -> int | None:
    """The body row whose first-column text a page break cuts (``break_in_row``), half way down."""
    body = n_rows - n_header
    if split != "break_in_row" or body < min_rows:
        return None
    return n_header + body // 2


def cut_text(text: str) -> tuple[str, str] | None:
    """``text`` cut at the word boundary nearest its middle, or None when it has a single word."""
    words = text.split(" ")
    if len(words) < 2:
        return None
    k = max(1, len(words) // 2)
    return " ".join(words[:k]), " ".join(words[k:])


def longest_cell(cells: list[str]) -> int:
    """Index of the cell with the most words (where a page break inside a row falls)."""
    return max(range(len(cells)), key=lambda i: (len(cells[i].split()), -i))


def cell_fill(rules: str, header: bool, body_index: int) -> str | None:
    """Background colour of a cell under ``rules``: ``shading`` fills the header rows, then every other body
    row; ``side_bars_shaded`` fills every cell (the header darker)."""
    if rules == "side_bars_shaded":
        return SIDE_HEADER_FILL if header else SIDE_BODY_FILL
    if rules != "shading":
        return None
    if header:
        return HEADER_FILL
    return STRIPE_FILL if body_index % 2 else None


def numeric_columns(rows: list[list[str]], n_header: int) -> set[int]:
    """Columns whose filled body cells are mostly numbers (where ``banded`` rules its row groups)."""
    out = set()
    for c in range(max((len(r) for r in rows), default=0)):
        cells = [r[c].strip() for r in rows[n_header:] if c < len(r) and r[c].strip()]
        if cells and 2 * sum(bool(_NUMBER_CELL.match(t)) for t in cells) >= len(cells):
            out.add(c)
    return out


def band_rule(rules: str, body_index: int, numeric: bool) -> bool:
    """A ``banded`` table rules the top of an amount cell opening a group of :data:`BAND` body rows."""
    return rules == "banded" and numeric and body_index > 0 and body_index % BAND == 0


# --- DOCX markup -----------------------------------------------------------------------------------------------


def _edge(tag: str, on: bool):
    el = OxmlElement(f"w:{tag}")
    el.set(qn("w:val"), "single" if on else "nil")
    if on:
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
    return el


def docx_table_rules(table, rules: str) -> None:
    """The table-level edges of ``rules`` on a python-docx table."""
    if rules == "bordered":
        table.style = "Table Grid"
        return
    borders = OxmlElement("w:tblBorders")
    drawn = TABLE_EDGES[rules]
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_edge(edge, edge in drawn))
    table._tbl.tblPr.append(borders)


def docx_cell_rules(cell, rules: str, *, under_header: bool, header: bool, body_index: int,
                    numeric: bool = False) -> None:
    """Per-cell markup of ``rules``: the header rule (on top of the first body row under a header, so it
    also runs under header cells merged down), a ``banded`` group's rule, and shading."""
    fill = cell_fill(rules, header, body_index)
    top = ((under_header and rules in HEADER_RULE) or (not header and band_rule(rules, body_index, numeric))
           or (header and rules == "banded"))  # a banded table rules its header rows apart
    if not (fill or top):
        return
    tc_pr = cell._tc.get_or_add_tcPr()
    if top:
        borders = OxmlElement("w:tcBorders")
        borders.append(_edge("top", True))
        tc_pr.append(borders)
    if fill:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)


def docx_gap(doc, gap: str) -> None:
    """What a Word user leaves between two parts of a split table."""
    para = doc.add_paragraph()
    if gap == "page_break":
        para.add_run().add_break(WD_BREAK.PAGE)


def docx_break_in_cell(cell, text: str) -> None:
    """Rewrite ``cell`` so a page break falls inside its text (a row split across two pages)."""
    cut = cut_text(text)
    para = cell.paragraphs[0]
    if cut is None:
        para.paragraph_format.page_break_before = True
        return
    for run in list(para.runs):
        run._r.getparent().remove(run._r)
    para.add_run(cut[0])
    second = cell.add_paragraph(cut[1], style=para.style)
    second.paragraph_format.page_break_before = True
