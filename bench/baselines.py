"""What a user gets from general PDF table extractors, and how it is scored.

Baselines (each run with its defaults, as a user would first try it):

* ``pdfplumber`` — ``page.extract_tables()`` on every page;
* ``camelot-lattice`` / ``camelot-stream`` — ``camelot.read_pdf(path, pages="all", flavor=...)``;
* ``pymupdf`` — ``page.find_tables()`` on every page, ``table.extract()``.

Their cells are strings; numbers are read with a *naive Indonesian parse*
(:func:`naive_number`): strip ``Rp``/``Rp.``, ``%``, whitespace and a trailing
``,-``; dots → nothing; comma → decimal point. A cell that still is not a
number is text.

Budget-cell scoring (:func:`score_cells`) is the same for the baselines and
for lkjip: the truth cells are the anggaran / realisasi / % values of every
truth budget line. For each truth line, the candidate rows are the extracted
rows with a text cell whose fuzzy ratio to the line's uraian is ≥ 80 (after
whitespace and case normalization), plus — exact value search — every row
whose numbers contain the line's anggaran. Of the candidates the row giving
the most correct cells is taken (an oracle choice: an upper bound of what a
user could get). A truth cell is right when its value (Decimal, exact) is
among the numbers of the chosen row, wherever it stands in the row. For lkjip
a "row" is one extracted budget line: its uraian and its typed anggaran,
realisasi and persen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rapidfuzz import fuzz

#: one table: rows of cells (None where the tool leaves a merged cell empty)
TableCells = list[list[str | None]]

_RP = re.compile(r"^rp\.?", re.IGNORECASE)
_NAIVE_OK = re.compile(r"^-?\d+(\.\d+)?$")
MIN_TEXT_RATIO = 80


def naive_number(cell: str | None) -> Decimal | None:
    """The naive Indonesian number parse a user would write (see module docstring)."""
    if cell is None:
        return None
    s = "".join(cell.split())
    s = _RP.sub("", s).replace("%", "")
    if s.endswith(",-"):
        s = s[:-2]
    s = s.replace(".", "").replace(",", ".")
    if not _NAIVE_OK.match(s):
        return None
    try:
        return Decimal(s)
    except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
        return None


# --- the extractors -----------------------------------------------------------------------------


def pdfplumber_tables(path: Path) -> list[TableCells]:
    import pdfplumber

    out: list[TableCells] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            out.extend(page.extract_tables())
    return out


def _camelot(path: Path, flavor: str) -> list[TableCells]:
    import warnings

    import camelot

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = camelot.read_pdf(str(path), pages="all", flavor=flavor)
    return [t.df.astype(str).values.tolist() for t in tables]


def camelot_lattice_tables(path: Path) -> list[TableCells]:
    return _camelot(path, "lattice")


def camelot_stream_tables(path: Path) -> list[TableCells]:
    return _camelot(path, "stream")


def pymupdf_tables(path: Path) -> list[TableCells]:
    import pymupdf

    out: list[TableCells] = []
    with pymupdf.open(path) as doc:
        for page in doc:
            out.extend(t.extract() for t in page.find_tables().tables)
    return out


BASELINES: dict[str, tuple[str, Callable[[Path], list[TableCells]]]] = {
    # name: (module that must be importable, extractor)
    "pdfplumber": ("pdfplumber", pdfplumber_tables),
    "camelot-lattice": ("camelot", camelot_lattice_tables),
    "camelot-stream": ("camelot", camelot_stream_tables),
    "pymupdf": ("pymupdf", pymupdf_tables),
}


def available_baselines() -> list[str]:
    """The baselines whose library is installed here."""
    import importlib.util

    return [name for name, (mod, _) in BASELINES.items() if importlib.util.find_spec(mod) is not None]


def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


# --- scoring ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TruthLine:
    group: str
    uraian: str
    values: dict[str, Decimal]  # anggaran / realisasi / persen present in the truth


@dataclass
class CellRow:
    texts: list[str]
    numbers: list[Decimal]


@dataclass
class CellScore:
    truth_cells: int = 0
    right: int = 0
    by_column: dict[str, list[int]] = field(default_factory=dict)  # column: [right, total]
    misses: list[dict] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.right / self.truth_cells if self.truth_cells else 1.0

    def merge(self, other: CellScore) -> None:
        self.truth_cells += other.truth_cells
        self.right += other.right
        for c, (r, t) in other.by_column.items():
            cur = self.by_column.setdefault(c, [0, 0])
            cur[0] += r
            cur[1] += t
        self.misses.extend(other.misses)

    def as_dict(self) -> dict:
        return {"truth_cells": self.truth_cells, "right": self.right, "ratio": round(self.ratio, 5),
                "by_column": {c: {"right": r, "total": t} for c, (r, t) in self.by_column.items()}}


BUDGET_COLUMNS = ("anggaran", "realisasi", "persen")


def truth_budget_lines(truth) -> list[TruthLine]:
    """The truth budget lines of a :class:`bench.metrics.FieldSet`."""
    out = []
    for (table, group), rows in truth.groups.items():
        if table != "budget_lines":
            continue
        for r in rows:
            vals = {c: Decimal(r.values[c]) for c in BUDGET_COLUMNS
                    if isinstance(r.values.get(c), Decimal | int) and not isinstance(r.values.get(c), bool)}
            if vals:
                out.append(TruthLine(group, str(r.values.get("uraian") or ""), vals))
    return out


def rows_from_tables(tables: Iterable[TableCells]) -> list[CellRow]:
    out = []
    for t in tables:
        for row in t:
            texts, nums = [], []
            for cell in row:
                if cell is None or not str(cell).strip():
                    continue
                n = naive_number(str(cell))
                if n is None:
                    texts.append(" ".join(str(cell).split()).casefold())
                else:
                    nums.append(n)
            if texts or nums:
                out.append(CellRow(texts, nums))
    return out


def rows_from_report(report) -> list[CellRow]:
    out = []
    for b in report.budget_lines:
        nums = [v for v in (b.anggaran, b.realisasi, b.persen) if v is not None]
        out.append(CellRow([" ".join(b.uraian.split()).casefold()], nums))
    return out


def _text_score(uraian: str, row: CellRow) -> float:
    u = " ".join(uraian.split()).casefold()
    return max((fuzz.ratio(u, t) for t in row.texts), default=0.0)


def score_cells(truth: list[TruthLine], rows: list[CellRow], *, keep_misses: int = 0) -> CellScore:
    """How many truth budget cells the extracted rows give right (see module docstring)."""
    sc = CellScore(by_column={c: [0, 0] for c in BUDGET_COLUMNS})
    for line in truth:
        anggaran = line.values.get("anggaran")
        best_right, best_text, best = -1, -1.0, None
        for row in rows:
            ts = _text_score(line.uraian, row)
            if ts < MIN_TEXT_RATIO and not (anggaran is not None and anggaran in row.numbers):
                continue
            right = sum(v in row.numbers for v in line.values.values())
            if (right, ts) > (best_right, best_text):
                best_right, best_text, best = right, ts, row
        for col, v in line.values.items():
            ok = best is not None and v in best.numbers
            sc.truth_cells += 1
            sc.by_column[col][1] += 1
            if ok:
                sc.right += 1
                sc.by_column[col][0] += 1
            elif len(sc.misses) < keep_misses:
                sc.misses.append({"group": line.group, "uraian": line.uraian, "column": col,
                                  "expected": str(v), "row_found": best is not None})
    return sc
