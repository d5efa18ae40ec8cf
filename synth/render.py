"""Render a :class:`~lkjip.extract.document.Document` the way offices print reports.

``render_docx`` writes paragraphs and tables to DOCX with python-docx in a
:class:`RenderStyle` (table borders, font, landscape pages, header rows that
repeat on each page, page breaks forced inside long tables, budget columns in
another order, merged header cells). ``docx_to_pdf`` converts with LibreOffice
(a private profile per call, so parallel calls do not collide) and
``scan_pdf`` makes an image-only copy with a little blur and noise, like a
scanned signed copy.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from pydantic import BaseModel, ConfigDict, Field

from lkjip.errors import DependencyMissingError, LkjipError, ResourceLimitError
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.synth import layout, rules
from lkjip.synth.layout import Align, Running, Widths
from lkjip.synth.rules import RuleSet, Split, SplitGap


class RenderError(LkjipError):
    """A document could not be rendered or converted."""

    category = "render"


class RenderStyle(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = "custom"
    borders: RuleSet = "bordered"  # the rule set (see :mod:`lkjip.synth.rules`)
    font: str = "Liberation Serif"
    size: float = 11  # body text, points
    table_size: float | None = None  # table text; default one point under ``size``
    landscape: Literal["none", "wide_tables", "all"] = "none"
    wide_table_cols: int = 8  # "wide_tables": tables with at least this many columns go on landscape pages
    repeat_header: bool = False  # header rows marked to repeat on every page (w:tblHeader)
    page_break_inside_tables: bool = False  # long tables forced across a page break half way
    page_break_min_rows: int = 10
    #: how long tables are split by their author (see :mod:`lkjip.synth.rules`)
    split: Split = "none"
    split_parts: int = Field(default=2, ge=2, le=6)
    split_gap: SplitGap = "paragraph"
    split_min_rows: int = 8  # tables with fewer body rows stay whole
    #: budget tables: print (anggaran, realisasi, %) in this order, e.g. (1, 0, 2) = Realisasi, Anggaran, %
    column_order: tuple[int, int, int] | None = None
    merge_header_cells: bool = True  # group headers span their columns, "No" spans the header rows
    margin_cm: float = 2.0
    #: cell layout and running text (see :mod:`lkjip.synth.layout`)
    widths: Widths = "fit"
    align: Align = "numbers_right"
    merge_names: bool = False
    running: Running = "none"
    running_title: str = ""  # the running header's text; default the document's file name


STYLES: dict[str, RenderStyle] = {
    s.name: s
    for s in (
        RenderStyle(name="bordered_serif", borders="bordered", font="Liberation Serif", size=11),
        RenderStyle(name="borderless_sans", borders="borderless", font="DejaVu Sans", size=9,
                    merge_header_cells=False),
        RenderStyle(name="landscape_small", borders="bordered", font="Liberation Sans", size=9, table_size=7.5,
                    landscape="all", margin_cm=1.5),
        RenderStyle(name="repeated_header_reordered", borders="horizontal_rules_only", font="Liberation Sans",
                    size=10, table_size=8, landscape="wide_tables", repeat_header=True,
                    page_break_inside_tables=True, column_order=(1, 0, 2)),
    )
}

A4 = (Cm(21.0), Cm(29.7))

# --- table shape helpers (pure) ------------------------------------------------------------------------------

_NUMBERING_CELL = re.compile(r"^\(?\d{1,2}\)?$")


def is_numbering_row(cells: list[str]) -> bool:
    """A row of column numbers: "1 2 3 …" or "(1) (2) …"."""
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) >= 2 and all(_NUMBERING_CELL.match(c) for c in filled)


_MONEYISH = re.compile(r"\d[\d.]*,\d|\d{1,3}(\.\d{3})+")


def header_count(table: Table) -> int:
    """Number of leading header rows: the rows a reader flagged, else a guess from the cells."""
    flagged = 0
    for r in table.rows:
        if not r.is_header:
            break
        flagged += 1
    if flagged:
        return flagged
    n = 1 if table.rows else 0
    while n < len(table.rows):
        cells = table.rows[n].cells
        if is_numbering_row(cells):
            n += 1
            continue
        prev = table.rows[n - 1].cells
        short = len(prev) < table.n_cols  # readers drop trailing empty cells
        continues = (
            n == 1 and (short or any(not c.strip() for c in prev)) and not any(_MONEYISH.search(c) for c in cells)
            and not (cells and cells[0].strip())
        )
        if not continues:
            break
        n += 1
    return n


def _kind(cell: str) -> str | None:
    c = cell.strip().lower()
    if c.startswith(("anggaran", "pagu")):
        return "anggaran"
    if c.startswith("realisasi"):
        return "realisasi"
    if c in ("%", "persen", "(%)"):
        return "persen"
    return None


def budget_triple(rows: list[list[str]], n_header: int) -> int | None:
    """Column where the (anggaran, realisasi, %) group starts, in any order, found in the header rows.

    When a header row holds several such windows (kinerja "Realisasi, %" next to biaya "Anggaran"), the
    one under a group label spanning exactly its three columns wins.
    """
    for ri in range(n_header - 1, -1, -1):
        r = rows[ri]
        wins = [i for i in range(len(r) - 2) if {_kind(c) for c in r[i:i + 3]} == {"anggaran", "realisasi", "persen"}]
        if not wins:
            continue
        above = rows[ri - 1] if ri > 0 else None

        def grouped(i: int, above=above) -> bool:
            return above is not None and bool(above[i].strip()) and not any(c.strip() for c in above[i + 1:i + 3])

        return next((i for i in wins if grouped(i)), wins[0])
    return None


def printed_rows(block: Table, style: RenderStyle) -> tuple[list[list[str]], int]:
    """The rows ``block`` prints, each padded to the table's width and its budget columns in the style's order, and
    how many header rows lead them (both renderers print from these)."""
    n_header = header_count(block)
    ncols = max(1, block.n_cols)
    rows = [list(r.cells) + [""] * (ncols - len(r.cells)) for r in block.rows]
    if style.column_order is not None:
        rows = reorder_budget_columns(rows, n_header, style.column_order)
    return rows, n_header


def reorder_budget_columns(rows: list[list[str]], n_header: int, order: tuple[int, int, int]) -> list[list[str]]:
    """Put the budget triple in ``order`` (indices into anggaran, realisasi, %) in every row."""
    if sorted(order) != [0, 1, 2]:
        raise RenderError(f"column_order must be a permutation of (0, 1, 2), not {order}")
    start = budget_triple(rows, n_header)
    if start is None:
        return [list(r) for r in rows]
    head = next(r for r in reversed(rows[:n_header]) if
                {_kind(c) for c in r[start:start + 3]} == {"anggaran", "realisasi", "persen"})  # the labels
    canon = [next(j for j in range(3) if _kind(head[start + j]) == k) for k in ("anggaran", "realisasi", "persen")]
    out = []
    for ri, r in enumerate(rows):
        r = list(r) + [""] * max(0, start + 3 - len(r))
        triple = r[start:start + 3]
        if ri < n_header and any(not c.strip() for c in triple):
            out.append(r)  # a group label spanning the three columns stays where it is
            continue
        r[start:start + 3] = [triple[canon[k]] for k in order]
        out.append(r)
    return out


def header_merges(rows: list[list[str]], n_header: int) -> list[tuple[int, int, int, int]]:
    """Cell ranges (row0, col0, row1, col1) to merge in the header: group labels over the columns they
    head, and a label over empty cells below it."""
    labels = [i for i in range(n_header) if not is_numbering_row(rows[i])]
    merges: list[tuple[int, int, int, int]] = []
    covered: set[tuple[int, int]] = set()
    for r in labels:
        below = r + 1 if r + 1 in labels else None
        row = rows[r]
        c = 0
        while c < len(row):
            if row[c].strip() and below is not None:
                end = c
                while end + 1 < len(row) and not row[end + 1].strip() and rows[below][end + 1].strip():
                    end += 1
                if end > c:
                    merges.append((r, c, r, end))
                    covered.update((r, k) for k in range(c, end + 1))
                    c = end + 1
                    continue
            c += 1
    for r in labels:
        below = r + 1 if r + 1 in labels else None
        if below is None:
            continue
        for c, text in enumerate(rows[r]):
            if text.strip() and (r, c) not in covered and c < len(rows[below]) and not rows[below][c].strip():
                if any(m[0] <= below <= m[2] and m[1] <= c <= m[3] for m in merges):
                    continue
                merges.append((r, c, below, c))
                covered.update({(r, c), (below, c)})
    return merges


# --- DOCX -------------------------------------------------------------------------------------------------------


def _set_orientation(section, landscape: bool, margin: float) -> None:
    w, h = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (h, w) if landscape else (w, h)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(margin))


def _mark_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _fill(cell, text: str, style_id: str, bold: bool) -> None:
    para = cell.paragraphs[0]
    para._p.style = style_id  # by id: python-docx's lookup by name is slow on big tables
    run = para.add_run(text)
    run.bold = bold or None


def _is_wide(block, style: RenderStyle) -> bool:
    return isinstance(block, Table) and block.n_cols >= style.wide_table_cols


def landscape_starts(blocks: list[Paragraph | Table], style: RenderStyle) -> dict[int, bool]:
    """Block index -> orientation to switch to before it (wide-table mode): captions travel with their table."""
    switches: dict[int, bool] = {}
    current = False
    i = 0
    while i < len(blocks):
        if _is_wide(blocks[i], style):
            start = i
            while start > 0 and i - start < 3 and isinstance(blocks[start - 1], Paragraph) and \
                    len(blocks[start - 1].text) < 140 and start - 1 not in switches:
                start -= 1
            end = i
            while end + 1 < len(blocks) and _is_wide(blocks[end + 1], style):
                end += 1
            if not current:
                switches[start] = True
                current = True
            if end + 1 < len(blocks):
                switches[end + 1] = False
                current = False
            i = end + 1
            continue
        i += 1
    return switches


def render_docx(document: Document, out: Path, style: RenderStyle | str | None = None) -> Path:
    """Write ``document`` as DOCX at ``out`` in ``style`` (a :class:`RenderStyle` or a name in ``STYLES``)."""
    if style is None:
        style = STYLES["bordered_serif"]
    elif isinstance(style, str):
        if style not in STYLES:
            raise RenderError(f"unknown render style {style!r}; known: {', '.join(STYLES)}")
        style = STYLES[style]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = new_docx()
    normal = doc.styles["Normal"]
    normal.font.name = style.font
    normal.font.size = Pt(style.size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), style.font)
    normal.paragraph_format.space_after = Pt(4)
    cell_style = doc.styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    cell_style.base_style = normal
    cell_style.font.size = Pt(style.table_size or max(6.0, style.size - 1))
    cell_style.paragraph_format.space_after = Pt(0)
    props = doc.core_properties
    props.title = Path(document.source_file).stem
    props.author = "lkjip corpus generator"
    _set_orientation(doc.sections[0], style.landscape == "all", style.margin_cm)
    switches = landscape_starts(document.blocks, style) if style.landscape == "wide_tables" else {}
    for i, block in enumerate(document.blocks):
        if i in switches:
            _set_orientation(doc.add_section(WD_SECTION.NEW_PAGE), switches[i], style.margin_cm)
        if isinstance(block, Paragraph):
            _paragraph(doc, block)
        else:
            _table(doc, block, style)
    if style.running != "none":
        layout.docx_running(doc, style.running, style.running_title or Path(document.source_file).stem)
    doc.save(str(out))
    return out


def _paragraph(doc, block: Paragraph) -> None:
    para = doc.add_paragraph()
    for j, line in enumerate(block.text.split("\n")):
        run = para.add_run()
        if j:
            run.add_break()
        run.add_text(line)
        run.bold = block.bold or None
    if block.bold:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER




def column_widths(rows: list[list[str]], n_header: int, ncols: int, usable: int, size_pt: float) -> list[int]:
    """Column widths (EMU) that keep numbers and words unbroken where they fit and give prose the rest."""
    pad = Cm(0.45)

    def width(word: str) -> float:  # in EMU, capitals and digits wider than lower case
        return sum(0.72 if ch.isupper() else 0.58 if ch.isdigit() else 0.52 for ch in word) * Pt(size_pt)

    body = rows[n_header:] or rows
    need, want = [], []
    for c in range(ncols):
        texts = [r[c].strip() for r in body if c < len(r) and r[c].strip()]
        heads = [r[c].strip() for r in rows[:n_header] if c < len(r) and r[c].strip()]
        longest = max([width(w[:18]) for t in texts for w in t.split()]
                      + [width(w[:9]) for t in heads for w in t.split()] + [width("00")])
        mean = sum(width(t) for t in texts) / len(texts) if texts else 0
        need.append(longest + pad)
        want.append(max(longest, min(mean, width("x" * 60))) + pad)
    if sum(need) >= usable:
        return [int(usable * n / sum(need)) for n in need]
    extra = [w - n for w, n in zip(want, need, strict=True)]
    spare = usable - sum(need)
    if sum(extra) <= spare:  # everything fits on one line: widen the prose columns to fill the page
        grow = [max(e, 0) for e in extra] if any(e > 0 for e in extra) else [1] * ncols
        return [int(n + e + (spare - sum(extra)) * g / sum(grow)) for n, e, g in zip(need, extra, grow, strict=True)]
    return [int(n + spare * e / sum(extra)) for n, e in zip(need, extra, strict=True)]


def _table(doc, block: Table, style: RenderStyle) -> None:
    rows, n_header = printed_rows(block, style)
    ncols = max(1, block.n_cols)
    if not rows:
        return
    section = doc.sections[-1]
    usable = section.page_width - section.left_margin - section.right_margin
    size = style.table_size or max(6.0, style.size - 1)
    widths = layout.adjust_widths(rows, n_header, column_widths(rows, n_header, ncols, usable, size), style.widths,
                                  size)
    parts = rules.split_parts(len(rows), n_header, style.split, style.split_parts, style.split_min_rows)
    for k, part in enumerate(parts):
        if k:
            rules.docx_gap(doc, style.split_gap)
        _table_part(doc, rows, part, n_header, widths, style)
    doc.add_paragraph()


def _table_part(doc, rows: list[list[str]], part: list[int], n_header: int, widths: list[int],
                style: RenderStyle) -> None:
    """One docx table of the rows ``part`` (indices into ``rows``)."""
    table = doc.add_table(rows=len(part), cols=len(widths))
    rules.docx_table_rules(table, style.borders)
    table.autofit = False
    for col, w in zip(table.columns, widths, strict=True):
        col.width = w
    heads = [i for i in part if i < n_header]
    body = len(rows) - n_header
    break_at = n_header + body // 2 if style.page_break_inside_tables and body >= style.page_break_min_rows else None
    cut_at = rules.break_row(len(rows), n_header, style.split, style.split_min_rows)
    numeric = rules.numeric_columns(rows, n_header)
    for row, ri in zip(table.rows, part, strict=True):
        first_body = bool(heads) and ri == next((i for i in part if i >= n_header), None)
        _table_row(row, rows[ri], ri, n_header, widths, style, under_header=first_body, numeric=numeric)
        if ri == break_at:
            row.cells[0].paragraphs[0].paragraph_format.page_break_before = True
        if ri == cut_at:
            c = rules.longest_cell(rows[ri])
            rules.docx_break_in_cell(row.cells[c], rows[ri][c])
    if style.merge_header_cells and heads:
        _merge_header(table, rows, len(heads))
    if style.merge_names:
        _merge_names(table, rows, part, n_header)


def _table_row(row, cells: list[str], ri: int, n_header: int, widths: list[int], style: RenderStyle,
               *, under_header: bool, numeric: set[int] = frozenset()) -> None:
    header = ri < n_header
    for c, (cell, text, w) in enumerate(zip(row.cells, cells, widths, strict=True)):
        cell.width = w
        _fill(cell, text, "TableText", header)
        align = layout.cell_alignment(text, style.align, header)
        if align is not None:
            cell.paragraphs[0].alignment = align
        rules.docx_cell_rules(cell, style.borders, under_header=under_header, header=header,
                              body_index=ri - n_header, numeric=c in numeric)
    if header and style.repeat_header:
        _mark_header(row)


def _merge_names(table, rows: list[list[str]], part: list[int], n_header: int) -> None:
    """Merge name cells down over the empty cells below them (within this part)."""
    at = {ri: k for k, ri in enumerate(part)}
    for c, r0, r1 in layout.name_merges(rows, n_header, len(rows[0])):
        if r0 in at and r1 in at and at[r1] - at[r0] == r1 - r0:
            merged = table.cell(at[r0], c).merge(table.cell(at[r1], c))
            for p in merged.paragraphs[1:]:
                p._p.getparent().remove(p._p)


def _merge_header(table, rows: list[list[str]], n_header: int) -> None:
    for r0, c0, r1, c1 in header_merges(rows, n_header):
        a, b = table.cell(r0, c0), table.cell(r1, c1)
        text = rows[r0][c0]
        merged = a.merge(b)
        for p in merged.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        if merged.paragraphs[0].text != text:
            merged.paragraphs[0].text = text


def table_rows_as_rendered(block: Table, style: RenderStyle) -> list[TableRow]:
    """The rows ``render_docx`` writes for ``block`` (after any column reordering), for tests and truth."""
    rows, n_header = printed_rows(block, style)
    return [TableRow(cells=r, is_header=i < n_header) for i, r in enumerate(rows)]


# --- PDF ---------------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def scratch_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="lkjip-render-") as d:
        yield Path(d)


def soffice_path() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if not path:
        raise DependencyMissingError("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer")
    return path


def run_converter(command, target: Path, *, timeout: float, doing: str) -> tuple[int, bytes]:
    """Run a headless converter (LibreOffice, Chromium) with a private profile folder, so parallel calls do
    not collide; ``command(profile)`` gives its argv. A run over ``timeout`` is killed with its process group
    (``doing`` says what took too long). Returns the exit code and stderr."""
    profile = Path(tempfile.mkdtemp(prefix="lkjip-converter-profile-"))
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    try:
        proc = subprocess.Popen(command(profile), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, env={**os.environ, "HOME": str(profile)})
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as e:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise ResourceLimitError(doing) from e
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return proc.returncode, err


def docx_to_pdf(docx: Path, out_dir: Path, *, timeout: float = 180) -> Path:
    """Convert with ``soffice --headless --convert-to pdf`` into ``out_dir``; returns the PDF path."""
    soffice = soffice_path()
    docx, out_dir = Path(docx).resolve(), Path(out_dir).resolve()
    if not docx.exists():
        raise RenderError(f"{docx}: no such file")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{docx.stem}.pdf"
    returncode, err = run_converter(
        lambda profile: [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                         "--nologo", "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)],
        target, timeout=timeout, doing=f"soffice took longer than {timeout:.0f} s converting {docx.name}")
    if returncode != 0 or not target.exists():
        msg = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise RenderError(f"soffice could not convert {docx.name} (exit {returncode}): {msg[0]}")
    return target


def _tilt(img, degrees: float):
    from PIL import Image

    return img.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)


def _degrade(img, rng: random.Random, *, bilevel: bool, skew: float | None = None):
    """Tilt, speckle and blur a page image a little, as a photocopier and scanner do; ``bilevel`` thresholds
    it to black and white like a fax-mode scan."""
    import numpy as np
    from PIL import Image, ImageFilter

    tilt = rng.uniform(-0.6, 0.6)  # drawn even when ``skew`` is given: the noise stays the same
    img = _tilt(img, tilt if skew is None else skew)
    noise = np.random.default_rng(rng.randrange(2**32))
    if bilevel:
        arr = np.asarray(img.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.5, 0.8))), dtype=np.int16)
        arr = arr + noise.normal(0, 18, arr.shape)
        return Image.fromarray(np.where(arr > 150, 255, 0).astype(np.uint8), mode="L").convert(
            "1", dither=Image.Dither.NONE)
    arr = np.asarray(img, dtype=np.int16) * 0.94 + 8 + noise.normal(0, 5, img.size[::-1])
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L")
    return img.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.4, 0.8)))


def scan_pdf(pdf: Path, out: Path, dpi: int = 200, noise: bool = True, *, seed: int = 0, bilevel: bool = False,
             quality: int = 60, skew: float | None = None) -> Path:
    """An image-only copy of ``pdf`` (no text layer): every page rasterised at ``dpi`` and, with ``noise``,
    degraded like a scanned signed copy. Grey JPEG pages by default, black-and-white (small) with ``bilevel``.
    ``skew`` tilts every page by that many degrees (default: a small random tilt with noise, none without).
    The same arguments give the same bytes."""
    import time

    import pypdfium2 as pdfium

    pdf, out = Path(pdf), Path(out)
    rng = random.Random(seed)
    try:
        src = pdfium.PdfDocument(str(pdf))
    except pdfium.PdfiumError as e:
        raise RenderError(f"{pdf.name}: cannot open PDF: {e}") from e
    images = []
    try:
        for i in range(len(src)):
            page = src[i]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page.close()
            if noise:
                img = _degrade(img, rng, bilevel=bilevel, skew=skew)
            elif skew:
                img = _tilt(img, skew)
            images.append(img)
    finally:
        src.close()
    if not images:
        raise RenderError(f"{pdf.name}: no pages")
    out.parent.mkdir(parents=True, exist_ok=True)
    fixed = time.gmtime(946684800)  # 2000-01-01: the same bytes on every run
    extra = {} if bilevel and noise else {"quality": quality}  # bilevel pages are CCITT-coded, not JPEG
    images[0].save(str(out), "PDF", save_all=True, append_images=images[1:], resolution=float(dpi),
                   title="scan", creationDate=fixed, modDate=fixed, **extra)
    return out


def render_report_files(document: Document, out_dir: Path, stem: str, style: RenderStyle | str,
                        *, pdf: bool = True) -> dict[str, Path]:
    """DOCX (and PDF) of ``document`` named ``stem`` in ``out_dir``."""
    out_dir = Path(out_dir)
    docx = render_docx(document, out_dir / f"{stem}.docx", style)
    files = {"docx": docx}
    if pdf:
        files["pdf"] = docx_to_pdf(docx, out_dir)
    return files


__all__ = [
    "RenderError", "RenderStyle", "STYLES", "render_docx", "docx_to_pdf", "scan_pdf", "header_count",
    "budget_triple", "reorder_budget_columns", "header_merges", "table_rows_as_rendered", "render_report_files",
]
