"""Page and cell layout choices of a rendering beside its rules and splits: column widths, cell alignment,
vertical merges of names, running headers and footers. Pure plans first, then their DOCX markup.

- ``widths``: ``fit`` (numbers and words unbroken where they fit, prose gets the rest), ``narrow_names``
  (the widest prose column squeezed so its names wrap over 4–8 lines), ``narrow_amounts`` (amount
  columns narrower than their amounts, which wrap);
- ``align``: ``numbers_right`` (numbers right, text left), ``left``, ``center``, ``right`` (every body cell),
  ``justify`` (numbers right, text set justified: a wrapped name's lines stretched to the cell's width);
- ``merge_names``: a name cell left empty in the rows below it (the rows it heads) is merged down over them;
- ``running``: ``none``, ``header`` (a running title on every page), ``footer`` (page numbers), ``both``.
"""

from __future__ import annotations

import re
from typing import Literal

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

Widths = Literal["fit", "narrow_names", "narrow_amounts"]
Align = Literal["numbers_right", "left", "center", "right", "justify"]
Running = Literal["none", "header", "footer", "both"]

NUMBER_CELL = re.compile(r"^(Rp\.?\s*\.?\s*)?-?[\d.]+(,\d+|,-)?\s*%?$|^-$")
_AMOUNT = re.compile(r"^(Rp\.?\s*\.?\s*)?\d{1,3}(\.\d{3})+(,\d+|,-)?$")


def text_width(word: str, size_pt: float) -> float:
    """Printed width of ``word`` in EMU at ``size_pt``: capitals and digits wider than lower case."""
    return sum(0.72 if ch.isupper() else 0.58 if ch.isdigit() else 0.52 for ch in word) * Pt(size_pt)


def _column(rows: list[list[str]], n_header: int, c: int) -> list[str]:
    return [r[c].strip() for r in rows[n_header:] if c < len(r) and r[c].strip()]


def prose_column(rows: list[list[str]], n_header: int, ncols: int) -> int | None:
    """The column with the longest mean text of several words (names), or None."""
    best, best_len = None, 0.0
    for c in range(ncols):
        texts = [t for t in _column(rows, n_header, c) if len(t.split()) >= 2]
        mean = sum(map(len, texts)) / len(texts) if texts else 0
        if mean > best_len:
            best, best_len = c, mean
    return best if best_len >= 20 else None


def amount_columns(rows: list[list[str]], n_header: int, ncols: int) -> list[int]:
    """Columns where most filled body cells are amounts with thousands separators."""
    out = []
    for c in range(ncols):
        texts = _column(rows, n_header, c)
        if texts and sum(bool(_AMOUNT.match(t)) for t in texts) >= 0.6 * len(texts):
            out.append(c)
    return out


def adjust_widths(rows: list[list[str]], n_header: int, widths: list[int], mode: str, size_pt: float,
                  lines: int = 6) -> list[int]:
    """``widths`` changed by ``mode``; what one column gives up goes to the others, the total stays."""
    ncols = len(widths)
    out = list(widths)
    if mode == "narrow_names":
        c = prose_column(rows, n_header, ncols)
        if c is None:
            return out
        texts = _column(rows, n_header, c)
        longest_word = max(text_width(w, size_pt) for t in texts for w in t.split())
        mean = sum(text_width(t, size_pt) for t in texts) / len(texts)
        out[c] = int(min(out[c], max(longest_word * 1.05, mean / lines)))
        receivers = [i for i in range(ncols) if i != c]
    elif mode == "narrow_amounts":
        cols = amount_columns(rows, n_header, ncols)
        for c in cols:
            widest = max(text_width(t, size_pt) for t in _column(rows, n_header, c))
            out[c] = int(min(out[c], widest * 0.6))
        receivers = [i for i in range(ncols) if i not in cols]
    else:
        return out
    spare = sum(widths) - sum(out)
    for i in receivers or range(ncols):
        out[i] += spare // max(1, len(receivers or range(ncols)))
    return out


def cell_alignment(text: str, align: str, header: bool):
    """The paragraph alignment of a cell, or None for the default (left)."""
    if header:
        return None
    if align in ("numbers_right", "justify"):
        number = NUMBER_CELL.match(text.strip())
        return WD_ALIGN_PARAGRAPH.RIGHT if number else WD_ALIGN_PARAGRAPH.JUSTIFY if align == "justify" else None
    return {"left": None, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]


def name_merges(rows: list[list[str]], n_header: int, ncols: int) -> list[tuple[int, int, int]]:
    """(column, first row, last row) of name cells to merge down: a name of several words over the
    empty cells below it, while the rows below carry other values; in the first half of the columns."""
    merges = []
    for c in range(max(1, (ncols + 1) // 2)):
        r = n_header
        while r < len(rows):
            end = r
            if len(rows[r][c].split()) >= 2:
                while end + 1 < len(rows) and not rows[end + 1][c].strip() and \
                        any(x.strip() for x in rows[end + 1][c + 1:]):
                    end += 1
            if end > r:
                merges.append((c, r, end))
            r = end + 1
    return merges


# --- DOCX markup -----------------------------------------------------------------------------------------------


def _page_field(run) -> None:
    """A PAGE field in ``run`` (the page number)."""
    begin, instr, end = OxmlElement("w:fldChar"), OxmlElement("w:instrText"), OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, end):
        run._r.append(el)


def docx_running(doc, running: str, title: str) -> None:
    """Running header (``title``) and footer ("Halaman N") on every section of ``doc``."""
    for section in doc.sections:
        if running in ("header", "both"):
            para = section.header.paragraphs[0]
            para.text = title
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if running in ("footer", "both"):
            para = section.footer.paragraphs[0]
            para.text = ""
            para.add_run("Halaman ")
            _page_field(para.add_run())
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
