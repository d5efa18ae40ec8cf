"""A table's one-line header cut off from it by a page break, read as a line of text at the foot of the page before.

A reader that sees no table in the last line or two of a page (the header row, maybe with the first line of the
row under it) gives them as paragraphs; the table then opens the next page with no header of its own (or with the
rest of that first row, text only, which reads as a header of no kind). :func:`cut_header` reads the header's
labels back from the line ("No. Sasaran Strategis Indikator Target Kinerja": a word that only qualifies a label
joins the label before it), and :func:`row_from_line` puts the first row's line back in the columns when its
values fall one to a column by their kinds (a row number, words, an amount: "1 Penunjang Rp 2.170.669.028 APBD");
a line that cannot be so placed leaves the table read doubtfully (its first row's values lost). The upper row of
a two-row header cut off so (bold lines of header words) fills the empty leading cells of the lower row opening
the table (:func:`header_top_cut`). :func:`~lkjip.extract.classify.find_tables` takes a header found here only
when it names a kind of table the table's own first rows do not.
"""

from __future__ import annotations

from typing import NamedTuple

import regex as re

from lkjip.extract.captions import furniture
from lkjip.extract.document import Paragraph, TableRow

#: the words of a one-line table header, a two-word label as one
HEADER_UNITS = re.compile(r"sasaran\s+strategis|indikator\s+kinerja|pokok\s+masalah|akar\s+masalah|no\.?|nomor"
                          r"|sasaran|tujuan|indikator|target|program|kegiatan|anggaran|keterangan|masalah|satuan"
                          r"|realisasi|capaian|uraian|biaya", re.I)
#: words that only qualify the label before them in a one-line header ("Target Kinerja", "Anggaran (Rp.)")
HEADER_MODIFIERS = re.compile(r"kinerja|strategis|\(rp\.?\)", re.I)
_HEADER_WORDS = re.compile(f"(?P<unit>{HEADER_UNITS.pattern})|(?P<mod>{HEADER_MODIFIERS.pattern})", re.I)
_KEY = re.compile(r"(\d{1,2}|[a-zA-Z]|[IVX]{1,4})[.)]?")
#: a value of a column of numbers, whole ("Rp 158.567.505", "97,5 %", "12.500.000,-")
_VALUE = re.compile(r"\(?-?\s*(?:rp\s*\.?\s*)?[\d.,]*\d[\d.,]*\s*%?\)?(?:,-)?", re.I)
#: a value inside a line of text
_VALUE_IN = re.compile(r"(?<![\w.,])(?:rp\s*\.?\s*)?\d[\d.,]*(?:,-)?(?:\s*%)?(?![\w])", re.I)


class CutHeader(NamedTuple):
    labels: list[str]
    #: the first line of the first row, left at the page's foot under the header, when there is one
    row_line: Paragraph | None = None


def header_units(text: str) -> list[str] | None:
    """The column labels of a one-line header (header words only, a qualifying word joined to the label before
    it: "Target Kinerja"), else None."""
    units: list[str] = []
    for m in _HEADER_WORDS.finditer(text):
        if m.group("unit"):
            units.append(m.group(0))
        elif units:
            units[-1] = f"{units[-1]} {m.group(0)}"
        else:
            return None
    return units if _HEADER_WORDS.sub("", text).strip() == "" else None


def _candidate(between: list[Paragraph], running: set[str]) -> tuple[str, Paragraph | None] | None:
    """The paragraph that may be the cut header: the last one before the table, or, when that one is a single
    line in plain type under a bold line on the same page (the first row's line left at the foot with the header),
    the bold line, with that row line."""
    text = [p for p in between if not furniture(p, running)]
    if not text:
        return None
    last = text[-1]
    if len(text) >= 2 and not last.bold and text[-2].bold and "\n" not in last.text.strip() \
            and last.page == text[-2].page and header_units(last.text) is None:
        return text[-2].text, last
    return last.text, None


def _keyed(body: list[list[str]]) -> bool:
    """The first column holds nothing but row numbers ("1", "2.", "a)"), one at least."""
    firsts = [r[0].strip() for r in body if r and r[0].strip()]
    return bool(firsts) and all(_KEY.fullmatch(c) for c in firsts)


def cut_header(between: list[Paragraph], running: set[str], body: list[list[str]], n_cols: int) -> CutHeader | None:
    """The header cut off above a table (see the module's docstring) whose labels are one a column, or one a
    column after a first column of row numbers ("Program Anggaran Keterangan"); else None."""
    found = _candidate(between, running)
    if found is None or "\n" in found[0].strip():
        return None
    units = header_units(found[0])
    if units is None or len(units) < 2:
        return None
    if len(units) == n_cols:
        return CutHeader(units, found[1])
    if len(units) == n_cols - 1 and _keyed(body) and not re.fullmatch(r"no\.?|nomor", units[0], re.I):
        return CutHeader(["", *units], found[1])
    return None


def _column_kinds(body: list[list[str]], n_cols: int) -> list[str]:
    """Per column: "key" (row numbers), "num" (values), "text", or "" (empty in every row)."""
    kinds = []
    for k in range(n_cols):
        cells = [r[k].strip() for r in body if k < len(r) and r[k].strip() not in ("", "-")]
        if not cells:
            kinds.append("")
        elif k == 0 and all(_KEY.fullmatch(c) for c in cells):
            kinds.append("key")
        elif sum(1 for c in cells if _VALUE.fullmatch(c)) >= 0.7 * len(cells):
            kinds.append("num")
        else:
            kinds.append("text")
    return kinds


def row_from_line(line: Paragraph, body: list[list[str]], n_cols: int) -> TableRow | None:
    """The first line of a row read as text, put back in the table's columns: a row number in a column of row
    numbers, then runs of words and values, one run a column, in the order of the columns' kinds (words under
    words, values under values); None when the runs do not fall so."""
    kinds = _column_kinds(body, n_cols)
    text = " ".join(line.text.split())
    cells = [""] * n_cols
    if kinds and kinds[0] == "key":
        first, _, rest = text.partition(" ")
        if not _KEY.fullmatch(first):
            return None
        cells[0], text = first, rest
    runs: list[tuple[str, str]] = []
    at = 0
    for m in _VALUE_IN.finditer(text):
        if words := text[at:m.start()].strip():
            runs.append(("text", words))
        runs.append(("num", m.group(0).strip()))
        at = m.end()
    if words := text[at:].strip():
        runs.append(("text", words))
    columns = [k for k, kind in enumerate(kinds) if kind in ("text", "num")]
    if [kinds[k] for k in columns] != [kind for kind, _ in runs]:
        return None
    for k, (_, value) in zip(columns, runs, strict=True):
        cells[k] = value
    return TableRow(cells=cells, page=line.page, line_no=line.line_no, bbox=line.bbox)


def cut_row_joined(row: TableRow, below: list[TableRow]) -> list[TableRow]:
    """``row`` (put back from its line) with the first row of the table under it (``below``: none or one) when
    that row is the rest of it, cut by the page break: no row number, no value, words only under words of
    ``row`` ("Program" over "Penunjang Urusan Pemerintahan …"); the rows as they stand otherwise."""
    if not below:
        return [row]
    rest = below[0]
    filled = [k for k, c in enumerate(rest.cells) if c.strip()]
    if not filled or any(k >= len(row.cells) or not row.cells[k].strip() or _VALUE.fullmatch(rest.cells[k].strip())
                         or _VALUE.fullmatch(row.cells[k].strip()) or _KEY.fullmatch(row.cells[k].strip())
                         for k in filled):
        return [row, rest]
    cells = [f"{c.strip()} {rest.cells[k].strip()}" if k in filled else c for k, c in enumerate(row.cells)]
    return [row.model_copy(update={"cells": cells})]


def header_top_cut(between: list[Paragraph], running: set[str], first: list[str], page: int | None) -> list[str] | None:
    """The upper row of a two-row header cut off at the foot of the page before (bold lines of header words
    there, the table opening its page with the lower row, whose leading cells stand empty under labels spanning
    both rows: "Sasaran Strategis | Indikator Kinerja" over "| | Target | Realisasi …"): the labels, one a leading
    empty cell, as the header's upper row; else None."""
    empty = next((k for k, c in enumerate(first) if c.strip()), 0)
    lines: list[Paragraph] = []
    for p in reversed(between):
        if furniture(p, running):
            continue
        if not p.bold or page is None or p.page != page - 1:
            break
        lines.insert(0, p)
    units = header_units(" ".join(p.text for p in lines)) if lines and empty else None
    if units is None or len(units) < empty:
        return None
    return [*units[:empty], *([""] * (len(first) - empty))]
