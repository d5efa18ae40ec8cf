"""A second PDF producer: the same :class:`~lkjip.extract.document.Document` in the same
:class:`~lkjip.synth.render.RenderStyle`, written as HTML and printed to PDF by headless Chromium.

Chromium spaces glyphs and draws table rules differently from LibreOffice (rules are filled
rectangles of collapsed CSS borders, text runs split differently), which is the point. Rule sets are CSS
borders per cell; repeating header rows are a ``thead`` (Chromium repeats it on every page); split tables
are separate ``table`` elements with an empty paragraph or a ``break-after: page`` between; a break inside
a row is a ``break-before: page`` block inside the cell (Chromium may move the whole row instead);
orientation is ``@page { size: A4 landscape }``, per section through named pages; running header and
footer are CSS page-margin boxes (``@top-right``, ``@bottom-center`` with ``counter(page)``).
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path

from lkjip.errors import DependencyMissingError
from lkjip.extract.document import Document, Paragraph, Table
from lkjip.synth import layout, rules
from lkjip.synth.render import (
    A4,
    RenderError,
    RenderStyle,
    column_widths,
    header_merges,
    landscape_starts,
    printed_rows,
    run_converter,
)

_RULE = "0.6pt solid #000"

#: CSS per rule set: (cell borders, table borders)
_CSS_RULES: dict[str, tuple[str, str]] = {
    "bordered": (f"border: {_RULE};", ""),
    "horizontal_rules_only": (f"border-top: {_RULE}; border-bottom: {_RULE};", ""),
    "frame_header": ("", f"border: {_RULE};"),
    "header_rule_only": ("", ""),
    "borderless": ("", ""),
    "vertical_rules_only": (f"border-left: {_RULE}; border-right: {_RULE};", ""),
    "shading": ("", ""),
    "banded": (f"border-left: {_RULE}; border-right: {_RULE};", f"border: {_RULE};"),
    "side_bars_shaded": ("", f"border-left: {_RULE}; border-right: {_RULE};"),
}


def _margin_boxes(style: RenderStyle, title: str) -> str:
    quoted = title.replace("\\", "").replace('"', "'")
    boxes = ""
    if style.running in ("header", "both"):
        boxes += f'@top-right {{ content: "{quoted}"; font-size: 8pt; }} '
    if style.running in ("footer", "both"):
        boxes += '@bottom-center { content: "Halaman " counter(page); font-size: 8pt; } '
    return boxes


def _css(style: RenderStyle, title: str) -> str:
    cell, table = _CSS_RULES[style.borders]
    boxes = _margin_boxes(style, title)
    size = style.table_size or max(6.0, style.size - 1)
    portrait = "A4 landscape" if style.landscape == "all" else "A4 portrait"
    head_rule = f"tr.underhead td {{ border-top: {_RULE}; }}" \
        if style.borders in rules.HEADER_RULE else ""
    shade = (f"th, tr.head td {{ background: #{rules.HEADER_FILL}; }} tr.stripe td {{ background: "
             f"#{rules.STRIPE_FILL}; }}") if style.borders == "shading" else \
        (f"td {{ background: #{rules.SIDE_BODY_FILL}; }} th, tr.head td {{ background: #{rules.SIDE_HEADER_FILL}; }}"
         if style.borders == "side_bars_shaded" else "")
    return f"""
@page {{ size: {portrait}; margin: {style.margin_cm}cm; {boxes}}}
@page wide {{ size: A4 landscape; {boxes}}}
.wide {{ page: wide; }}
body {{ font-family: "{style.font}"; font-size: {style.size}pt; margin: 0; }}
p {{ margin: 0 0 4pt 0; white-space: pre-wrap; }}
p.bold {{ font-weight: bold; text-align: center; }}
table {{ border-collapse: collapse; table-layout: fixed; width: 100%; font-size: {size}pt; {table} }}
th, td {{ {cell} padding: 1pt 3pt; vertical-align: top; word-wrap: break-word; overflow-wrap: anywhere; }}
th {{ font-weight: bold; text-align: left; }}
tr {{ break-inside: auto; }}
{head_rule}
{shade}
td.band {{ border-top: {_RULE}; }}
{"tr.head > * { border-top: " + _RULE + "; }" if style.borders == "banded" else ""}
.pagebreak {{ break-after: page; }}
.cellbreak {{ break-before: page; }}
"""


def _cell(tag: str, text: str, *, align, attrs: str = "") -> str:
    style = {None: "", "RIGHT": "text-align:right;", "CENTER": "text-align:center;",
             "JUSTIFY": "text-align:justify;"}.get(
        getattr(align, "name", None), "")
    return f"<{tag}{attrs} style=\"{style}\">{html.escape(text)}</{tag}>"


def _spans(rows: list[list[str]], n_header: int, style: RenderStyle, part: list[int]) -> dict:
    """(row, col) -> (rowspan, colspan) of the merged cells in this part; covered cells map to None."""
    spans: dict[tuple[int, int], tuple[int, int] | None] = {}
    merges = [(r0, c0, r1, c1) for r0, c0, r1, c1 in header_merges(rows, n_header)] \
        if style.merge_header_cells and part and part[0] == 0 else []
    if style.merge_names:
        at = set(part)
        merges += [(r0, c, r1, c) for c, r0, r1 in layout.name_merges(rows, n_header, len(rows[0]))
                   if r0 in at and r1 in at and all(r in at for r in range(r0, r1 + 1))]
    for r0, c0, r1, c1 in merges:
        if any((r, c) in spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)):
            continue
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                spans[(r, c)] = None
        spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
    return spans


def _row(rows, ri: int, n_header: int, style: RenderStyle, spans: dict, cut_at: int | None,
         under_head: int | None) -> str:
    header = ri < n_header
    tag = "th" if header and style.repeat_header else "td"
    cls = ["head"] if header else []
    if ri == under_head:
        cls.append("underhead")
    if not header and (ri - n_header) % 2:
        cls.append("stripe")
    cells = []
    numeric = rules.numeric_columns(rows, n_header) if style.borders == "banded" else set()
    for c, text in enumerate(rows[ri]):
        span = spans.get((ri, c), (1, 1))
        if span is None:
            continue
        attrs = (f" rowspan={span[0]}" if span[0] > 1 else "") + (f" colspan={span[1]}" if span[1] > 1 else "")
        align = layout.cell_alignment(text, style.align, header)
        if ri == cut_at and c == rules.longest_cell(rows[ri]) and rules.cut_text(text):
            a, b = rules.cut_text(text)
            body = f"{html.escape(a)}<div class=\"cellbreak\">{html.escape(b)}</div>"
            cells.append(f"<{tag}{attrs}>{body}</{tag}>")
            continue
        if not header and rules.band_rule(style.borders, ri - n_header, c in numeric):
            attrs += " class=\"band\""
        cells.append(_cell(tag, text, align=align, attrs=attrs))
    weight = " style=\"font-weight:bold\"" if header and tag == "td" else ""
    return f"<tr class=\"{' '.join(cls)}\"{weight}>{''.join(cells)}</tr>"


def _colgroup(rows: list[list[str]], n_header: int, style: RenderStyle, wide: bool) -> str:
    """Column widths as the DOCX rendering sets them, in percent of the table."""
    landscape = wide or style.landscape == "all"
    usable = (A4[1] if landscape else A4[0]) - 2 * style.margin_cm * 360000
    size = style.table_size or max(6.0, style.size - 1)
    widths = layout.adjust_widths(rows, n_header, column_widths(rows, n_header, len(rows[0]), usable, size),
                                  style.widths, size)
    total = sum(widths) or 1
    return "<colgroup>" + "".join(f"<col style=\"width:{100 * w / total:.2f}%\">" for w in widths) + "</colgroup>"


def _table(block: Table, style: RenderStyle, wide: bool) -> str:
    rows, n_header = printed_rows(block, style)
    if not rows:
        return ""
    parts = rules.split_parts(len(rows), n_header, style.split, style.split_parts, style.split_min_rows)
    cut_at = rules.break_row(len(rows), n_header, style.split, style.split_min_rows)
    wide_cls = " wide" if wide else ""
    cols = _colgroup(rows, n_header, style, wide)
    gap = f"<p class=\"pagebreak{wide_cls}\"></p>" if style.split_gap == "page_break" else \
        f"<p class=\"{wide_cls}\">&nbsp;</p>"
    out = []
    for part in parts:
        heads = [i for i in part if i < n_header]
        spans = _spans(rows, n_header, style, part)
        first_body = next((i for i in part if i >= n_header), None) if heads else None
        head_html = "".join(_row(rows, i, n_header, style, spans, None, None) for i in heads)
        body_html = "".join(_row(rows, i, n_header, style, spans, cut_at, first_body) for i in part if i >= n_header)
        if style.repeat_header:
            head_html = f"<thead>{head_html}</thead>"
        out.append(f"<table class=\"{'wide' if wide else ''}\">{cols}{head_html}<tbody>{body_html}</tbody></table>")
    return gap.join(out) + f"<p class=\"{wide_cls}\">&nbsp;</p>"


def document_html(document: Document, style: RenderStyle) -> str:
    """The whole document as one HTML page in ``style``."""
    switches = landscape_starts(document.blocks, style) if style.landscape == "wide_tables" else {}
    wide = False
    parts = []
    for i, block in enumerate(document.blocks):
        wide = switches.get(i, wide)
        cls = " class=\"wide\"" if wide else ""
        if isinstance(block, Paragraph):
            bold = " class=\"bold\"" if block.bold else cls
            parts.append(f"<p{bold}>{html.escape(block.text)}</p>")
        else:
            parts.append(_table(block, style, wide))
    title = style.running_title or Path(document.source_file).stem
    return (f"<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            f"<style>{_css(style, title)}</style></head><body>{''.join(parts)}</body></html>")


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not path:
        raise DependencyMissingError("Chromium is not installed: apt-get install chromium")
    return path


def html_to_pdf(page: Path, out: Path, *, timeout: float = 180) -> Path:
    """Print ``page`` to ``out`` with headless Chromium (no header or footer of its own)."""
    chromium = chromium_path()
    page, out = Path(page).resolve(), Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    returncode, err = run_converter(
        lambda profile: [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                         f"--user-data-dir={profile}", f"--print-to-pdf={out}", page.as_uri()],
        out, timeout=timeout, doing=f"chromium took longer than {timeout:.0f} s printing {page.name}")
    if not out.exists() or out.stat().st_size == 0:
        msg = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise RenderError(f"chromium could not print {page.name} (exit {returncode}): {msg[0]}")
    return out


def render_html_pdf(document: Document, out_dir: Path, stem: str, style: RenderStyle) -> dict[str, Path]:
    """HTML and its Chromium PDF of ``document`` named ``stem`` in ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    page = out_dir / f"{stem}.html"
    page.write_text(document_html(document, style), encoding="utf-8")
    return {"html": page, "pdf": html_to_pdf(page, out_dir / f"{stem}.pdf")}
