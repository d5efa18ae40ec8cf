"""``lkjip.xlsx``: the dataset as a workbook for analysts.

Sheets: ``Ringkasan`` (one row per report: instansi, tahun, status, total
anggaran, realisasi, % serapan, flags by severity), ``Temuan`` (every flag
with its report), then one sheet per table of the dataset contract. Every
sheet has its header row frozen, an autofilter, number formats by the kind
each column declares in :mod:`lkjip.tables` (Rupiah ``#,##0``, other decimals
``0.00``; percent ``0.00%`` on Ringkasan) and column widths from its content.

Every string from a document passes :func:`lkjip.corpus.safety.excel_safe`
and is written as a string cell, so nothing a document says can become a
formula. Excel stores numbers as binary floating point: whole Rupiah amounts
(below 2**53) are written as exact integers, other decimals as floats with 16
significant digits (Excel shows 15) — SQLite and Parquet hold the exact values.

The file is streamed with XlsxWriter (``constant_memory``): a few times faster
than openpyxl's write-only mode on a corpus of a hundred reports, and the
workbook is the largest part of a batch's serial end. The tables are read in
pieces (:class:`lkjip.corpus.store.StoreSource`) in a batch, so memory does not
grow with the corpus.

Excel's limits: a sheet holds at most 1,048,576 rows, a cell 32,767
characters. A table with more rows goes on in sheets ``budget_lines (2)``,
``budget_lines (3)`` … (the same header, frozen and filtered), so that every
row is still in the workbook and a filter on one part finds its rows; a
longer text is cut and ends with :data:`TRUNCATED`. Ringkasan says both, in
its header row to the right of the table. The full text is in Parquet, CSV
and SQLite.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path

import pandas as pd
import xlsxwriter

from lkjip.corpus.safety import excel_safe
from lkjip.corpus.store import TableSource, as_source
from lkjip.tables import BOOL, DATE, DECIMAL, INT, MONEY, column_kinds
from lkjip.tables import PERCENT as PERCENT_KIND
from lkjip.validate.corpus_facts import budget_totals

RUPIAH = "#,##0"
PERCENT = "0.00%"
DECIMAL_FORMAT = "0.00"
INTEGER = "0"
DATE_FORMAT = "yyyy-mm-dd"
MAX_ROWS = 1_048_575  # Excel's limit, less the header
MAX_CELL = 32_767  # Excel's limit on the characters of one cell
#: the end of a cell cut at :data:`MAX_CELL` characters
TRUNCATED = " …[dipotong: teks lengkap di Parquet/CSV/SQLite]"
MAX_TITLE = 31  # characters of a sheet name
WIDTH_ROWS = 500  # a column's width is read from its first rows
_MAX_EXACT = 2**53
_SEVERITIES = ("error", "warning", "info")
#: control characters XML 1.0 does not allow (openpyxl's ILLEGAL_CHARACTERS_RE)
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def cell_number(v):
    """A Decimal for a spreadsheet: an exact int when whole and small enough, else a float."""
    if isinstance(v, Decimal):
        if v == v.to_integral_value() and abs(v) < _MAX_EXACT:
            return int(v)
        return float(v)
    return v


def cell_text(s) -> str:
    """A document string made safe for a cell: no formula, no XML-illegal characters, not too long."""
    s = excel_safe(ILLEGAL_CHARACTERS_RE.sub("", str(s)))
    if len(s) > MAX_CELL:
        s = s[: MAX_CELL - len(TRUNCATED)] + TRUNCATED
    return s


def _missing(v) -> bool:
    if v is None:
        return True
    if isinstance(v, str | Decimal | bool | int | dt.date):
        return False
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _width(values, header: str) -> float:
    longest = max([len(header)] + [len(str(v)) for v in values[:WIDTH_ROWS] if not _missing(v)])
    return float(min(max(longest + 2, 8), 60))


class _Sheet:
    """One sheet streamed row by row, with a styled, frozen, filtered header row."""

    def __init__(self, wb: xlsxwriter.Workbook, styles: _Styles, title: str, columns: list[str],
                 formats: dict[str, str], widths: list[float]):
        self.ws = wb.add_worksheet(title)
        self.styles = styles
        self.formats = [styles.number(formats.get(c)) for c in columns]
        for i, w in enumerate(widths):
            self.ws.set_column(i, i, w)
        self.ws.freeze_panes(1, 0)
        self.n_cols = len(columns)
        self.n_rows = 0
        #: cell_text of strings already written (ids, names and units repeat on many rows)
        self.texts: dict[str, str] = {}
        for i, c in enumerate(columns):
            self.ws.write_string(0, i, cell_text(c), styles.header)

    def note(self, notes: list[str]) -> None:
        """Lines for the reader in the header row, right of the table (before any data row)."""
        for i, text in enumerate(notes):
            self.ws.write_string(0, self.n_cols + 1 + i, cell_text(text), self.styles.note)

    def append(self, values: list) -> None:
        self.n_rows += 1
        r, ws, texts = self.n_rows, self.ws, self.texts
        for i, (v, fmt) in enumerate(zip(values, self.formats, strict=True)):
            if v is None or _missing(v):
                continue
            if isinstance(v, str):
                safe = texts.get(v)
                if safe is None:
                    if len(texts) > 100_000:
                        texts.clear()
                    safe = texts[v] = cell_text(v)
                ws.write_string(r, i, safe)  # a string cell, whatever it starts with
            elif isinstance(v, bool):
                ws.write_boolean(r, i, v)
            elif isinstance(v, Decimal | int | float):
                n = cell_number(v)
                if isinstance(n, float) and not math.isfinite(n):
                    ws.write_string(r, i, str(n))
                else:
                    ws.write_number(r, i, n, fmt)
            elif isinstance(v, dt.date):
                ws.write_datetime(r, i, v, self.styles.date)
            else:
                ws.write_string(r, i, cell_text(v))

    def close(self) -> None:
        self.ws.autofilter(0, 0, self.n_rows, max(self.n_cols, 1) - 1)


def part_title(title: str, part: int) -> str:
    """The name of a table's ``part``-th sheet: ``budget_lines``, ``budget_lines (2)``, … (at most 31 characters)."""
    if part == 1:
        return title[:MAX_TITLE]
    suffix = f" ({part})"
    return title[: MAX_TITLE - len(suffix)] + suffix


def n_parts(rows: int, max_rows: int) -> int:
    """Sheets a table of ``rows`` data rows takes (at least one)."""
    return max(1, -(-rows // max_rows))


class _Styles:
    """The workbook's cell formats, one object per number format."""

    def __init__(self, wb: xlsxwriter.Workbook):
        self.wb = wb
        self.header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#305496",
                                     "pattern": 1, "valign": "top"})
        self.note = wb.add_format({"bold": True, "font_color": "#C00000"})
        self._numbers: dict[str, object] = {}
        self.date = self.number(DATE_FORMAT)

    def number(self, fmt: str | None):
        if not fmt:
            return None
        if fmt not in self._numbers:
            self._numbers[fmt] = self.wb.add_format({"num_format": fmt})
        return self._numbers[fmt]


def _write_pieces(wb: xlsxwriter.Workbook, styles: _Styles, title: str, pieces: Iterable[pd.DataFrame],
                  formats: dict[str, str], max_rows: int, notes: list[str] | None = None) -> None:
    """A table's pieces as one sheet, or as ``title (2)``, … when it has more than ``max_rows`` rows;
    column widths from the first piece's first rows."""
    pieces = iter(pieces)
    head = [next(pieces)]  # the pieces that hold the first WIDTH_ROWS rows
    while sum(len(df) for df in head) < WIDTH_ROWS and (more := next(pieces, None)) is not None:
        head.append(more)
    cols = list(head[0].columns)
    widths = [_width([v for df in head for v in df[c].tolist()], c) for c in cols]
    for i, c in enumerate(cols):
        if formats.get(c) in (RUPIAH,):
            widths[i] = max(widths[i], 16.0)
    part = 1
    sheet = _Sheet(wb, styles, part_title(title, part), cols, formats, widths)
    if notes:
        sheet.note(notes)
    for df in itertools.chain(head, pieces):
        for row in zip(*(df[c].tolist() for c in cols), strict=True):
            if sheet.n_rows >= max_rows:
                sheet.close()
                part += 1
                sheet = _Sheet(wb, styles, part_title(title, part), cols, formats, widths)
            sheet.append(list(row))
    sheet.close()


#: the number format of each column kind (text and the kinds not listed: none)
KIND_FORMATS = {MONEY: RUPIAH, PERCENT_KIND: DECIMAL_FORMAT, DECIMAL: DECIMAL_FORMAT, INT: INTEGER, DATE: DATE_FORMAT,
                BOOL: "General"}


def _table_formats(table: str) -> dict[str, str]:
    """A contract table's number formats, from the kinds :mod:`lkjip.tables` declares."""
    return {c: KIND_FORMATS[kind] for c, kind in column_kinds(table).items() if kind in KIND_FORMATS}


SUMMARY_COLUMNS = ["report_id", "file", "instansi", "kabupaten", "tahun", "status", "total anggaran", "realisasi",
                   "% serapan", "dasar total", "flag error", "flag warning", "flag info", "alasan gagal"]
FINDINGS_COLUMNS = ["severity", "rule", "report_id", "file", "instansi", "tahun", "message", "expected", "found",
                    "source_table", "page", "line_no", "evidence", "uncertain"]


def _totals(source: TableSource) -> dict:
    totals: dict = {}
    for df in source.chunks("budget_lines"):  # a piece never splits a report
        totals.update(budget_totals(df))
    return totals


def _flag_counts(source: TableSource) -> dict[tuple[str, str], int]:
    counts: dict[tuple[str, str], int] = {}
    for df in source.chunks("flags", ["report_id", "severity"]):
        for rid, sev in zip(df["report_id"], df["severity"], strict=True):
            counts[(rid, sev)] = counts.get((rid, sev), 0) + 1
    return counts


def summary_pieces(source: TableSource, totals: dict | None = None) -> Iterator[pd.DataFrame]:
    """Ringkasan: one row per report with its budget total (``totals``, else read from ``budget_lines``),
    absorption and flag counts, in pieces."""
    totals, counts = _totals(source) if totals is None else totals, _flag_counts(source)
    for reports in source.chunks("reports"):
        rows = []
        for r in reports.to_dict("records"):
            rid = r["report_id"]
            t = totals.get(rid)
            serapan = t.serapan / 100 if t is not None and t.serapan is not None else None
            rows.append({
                "report_id": rid, "file": r["source_file"], "instansi": r["instansi"], "kabupaten": r["kabupaten"],
                "tahun": r["tahun"], "status": r["status"],
                "total anggaran": t.anggaran if t else None, "realisasi": t.realisasi if t else None,
                "% serapan": serapan, "dasar total": (f"{t.source_table} ({t.basis})" if t else None),
                "flag error": counts.get((rid, "error"), 0), "flag warning": counts.get((rid, "warning"), 0),
                "flag info": counts.get((rid, "info"), 0), "alasan gagal": r["error"],
            })
        yield pd.DataFrame(rows, columns=SUMMARY_COLUMNS, dtype=object)


def summary_frame(tables: Mapping[str, pd.DataFrame] | TableSource) -> pd.DataFrame:
    """Ringkasan as one frame (see :func:`summary_pieces`)."""
    return pd.concat(list(summary_pieces(as_source(tables))), ignore_index=True)


def findings_pieces(source: TableSource) -> Iterator[pd.DataFrame]:
    """Temuan: every flag, with the report's file, instansi and year, errors first (then warnings, info,
    any other severity), each severity in the order of the flags table; in pieces."""
    reports: dict[str, tuple] = {}
    for df in source.chunks("reports", ["report_id", "source_file", "instansi", "tahun"]):
        for rid, *info in df.itertuples(index=False, name=None):
            reports[rid] = tuple(info)
    for sev in (*_SEVERITIES, None):
        for flags in source.chunks("flags"):
            chosen = ~flags["severity"].isin(_SEVERITIES) if sev is None else flags["severity"] == sev
            rows = []
            for f in flags[chosen].to_dict("records"):
                rep = reports.get(f["report_id"], (None, None, None))
                rows.append({**{c: f.get(c) for c in FINDINGS_COLUMNS}, "file": rep[0], "instansi": rep[1],
                             "tahun": rep[2]})
            yield pd.DataFrame(rows, columns=FINDINGS_COLUMNS, dtype=object)


def findings_frame(tables: Mapping[str, pd.DataFrame] | TableSource) -> pd.DataFrame:
    """Temuan as one frame (see :func:`findings_pieces`)."""
    return pd.concat(list(findings_pieces(as_source(tables))), ignore_index=True)


def limit_notes(source: TableSource, max_rows: int) -> list[str]:
    """What Ringkasan says about Excel's limits: tables split over several sheets, cells cut."""
    notes = []
    for table in source.names:
        parts = n_parts(source.count(table), max_rows)
        if parts > 1:
            names = ", ".join(part_title(table, k) for k in range(1, parts + 1))
            notes.append(f"{table}: {source.count(table):,} baris, lebih dari batas Excel ({max_rows:,} baris per "
                         f"sheet), dibagi ke {parts} sheet: {names}")
        cut = source.long_texts(table, MAX_CELL - 1)
        if cut:
            notes.append(f"{table}: {cut:,} sel teks lebih panjang dari batas Excel ({MAX_CELL:,} karakter) "
                         f"dipotong, ditandai \"{TRUNCATED.strip()}\"")
    if notes:
        notes.append("Data lengkap: parquet/, csv/ dan lkjip.sqlite")
    return notes


def _build_workbook(source: TableSource, target, max_rows: int, totals: dict | None) -> None:
    # constant_memory: rows go to disk as they are written; no string is ever read as a formula or number
    wb = xlsxwriter.Workbook(target, {"constant_memory": True, "strings_to_formulas": False,
                                      "strings_to_numbers": False, "strings_to_urls": False})
    styles = _Styles(wb)
    _write_pieces(wb, styles, "Ringkasan", summary_pieces(source, totals),
                  {"total anggaran": RUPIAH, "realisasi": RUPIAH, "% serapan": PERCENT, "tahun": INTEGER,
                   "flag error": INTEGER, "flag warning": INTEGER, "flag info": INTEGER}, max_rows,
                  limit_notes(source, max_rows))
    _write_pieces(wb, styles, "Temuan", findings_pieces(source), {"tahun": INTEGER, "page": INTEGER,
                                                                  "line_no": INTEGER}, max_rows)
    for table in source.names:
        _write_pieces(wb, styles, table, source.chunks(table), _table_formats(table), max_rows)
    wb.close()


def write_workbook(tables: Mapping[str, pd.DataFrame] | TableSource, path: str | os.PathLike, *,
                   max_rows: int = MAX_ROWS, totals: dict | None = None) -> Path:
    """Write the workbook to a temporary name, then rename it into place. ``tables`` are frames, or a
    :class:`~lkjip.corpus.store.StoreSource` read piece by piece; ``max_rows`` data rows per sheet;
    ``totals`` the reports' budget totals when already known (else read from ``budget_lines``)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    _build_workbook(as_source(tables), str(tmp), max_rows, totals)
    os.replace(tmp, path)
    return path
