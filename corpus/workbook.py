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
workbook is the largest part of a batch's serial end.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
from decimal import Decimal
from pathlib import Path

import pandas as pd
import xlsxwriter

from lkjip.corpus.safety import excel_safe
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
    s = ILLEGAL_CHARACTERS_RE.sub("", str(s))
    if len(s) > MAX_CELL:
        s = s[: MAX_CELL - 1] + "…"
    return excel_safe(s)


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
    longest = max([len(header)] + [len(str(v)) for v in values[:500] if not _missing(v)])
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

    def append(self, values: list) -> None:
        if self.n_rows >= MAX_ROWS:
            return
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


class _Styles:
    """The workbook's cell formats, one object per number format."""

    def __init__(self, wb: xlsxwriter.Workbook):
        self.wb = wb
        self.header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#305496",
                                     "pattern": 1, "valign": "top"})
        self._numbers: dict[str, object] = {}
        self.date = self.number(DATE_FORMAT)

    def number(self, fmt: str | None):
        if not fmt:
            return None
        if fmt not in self._numbers:
            self._numbers[fmt] = self.wb.add_format({"num_format": fmt})
        return self._numbers[fmt]


def _write_frame(wb: xlsxwriter.Workbook, styles: _Styles, title: str, df: pd.DataFrame,
                 formats: dict[str, str]) -> None:
    cols = list(df.columns)
    widths = [_width(df[c].tolist(), c) for c in cols]
    for i, c in enumerate(cols):
        if formats.get(c) in (RUPIAH,):
            widths[i] = max(widths[i], 16.0)
    sheet = _Sheet(wb, styles, title, cols, formats, widths)
    for row in zip(*(df[c].tolist() for c in cols), strict=True):
        sheet.append(list(row))
    sheet.close()


#: the number format of each column kind (text and the kinds not listed: none)
KIND_FORMATS = {MONEY: RUPIAH, PERCENT_KIND: DECIMAL_FORMAT, DECIMAL: DECIMAL_FORMAT, INT: INTEGER, DATE: DATE_FORMAT,
                BOOL: "General"}


def _table_formats(table: str) -> dict[str, str]:
    """A contract table's number formats, from the kinds :mod:`lkjip.tables` declares."""
    return {c: KIND_FORMATS[kind] for c, kind in column_kinds(table).items() if kind in KIND_FORMATS}


def summary_frame(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Ringkasan: one row per report with its budget total, absorption and flag counts."""
    reports, flags = tables["reports"], tables["flags"]
    totals = budget_totals(tables["budget_lines"])
    counts: dict[tuple[str, str], int] = {}
    for rid, sev in zip(flags["report_id"], flags["severity"], strict=True):
        counts[(rid, sev)] = counts.get((rid, sev), 0) + 1
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
    cols = ["report_id", "file", "instansi", "kabupaten", "tahun", "status", "total anggaran", "realisasi",
            "% serapan", "dasar total", "flag error", "flag warning", "flag info", "alasan gagal"]
    return pd.DataFrame(rows, columns=cols, dtype=object)


def findings_frame(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Temuan: every flag, with the report's file, instansi and year, errors first."""
    reports = tables["reports"].set_index("report_id")
    flags = tables["flags"]
    rank = {s: i for i, s in enumerate(_SEVERITIES)}
    rows = []
    for f in flags.to_dict("records"):
        rid = f["report_id"]
        rep = reports.loc[rid] if rid in reports.index else None
        rows.append({
            "severity": f["severity"], "rule": f["rule"], "report_id": rid,
            "file": None if rep is None else rep["source_file"],
            "instansi": None if rep is None else rep["instansi"], "tahun": None if rep is None else rep["tahun"],
            "message": f["message"], "expected": f["expected"], "found": f["found"],
            "source_table": f["source_table"], "page": f["page"], "line_no": f["line_no"],
            "evidence": f["evidence"], "uncertain": f["uncertain"],
        })
    rows.sort(key=lambda r: rank.get(r["severity"], 9))  # stable: keeps report order within a severity
    cols = ["severity", "rule", "report_id", "file", "instansi", "tahun", "message", "expected", "found",
            "source_table", "page", "line_no", "evidence", "uncertain"]
    return pd.DataFrame(rows, columns=cols, dtype=object)


def _build_workbook(tables: dict[str, pd.DataFrame], target) -> None:
    # constant_memory: rows go to disk as they are written; no string is ever read as a formula or number
    wb = xlsxwriter.Workbook(target, {"constant_memory": True, "strings_to_formulas": False,
                                      "strings_to_numbers": False, "strings_to_urls": False})
    styles = _Styles(wb)
    _write_frame(wb, styles, "Ringkasan", summary_frame(tables),
                 {"total anggaran": RUPIAH, "realisasi": RUPIAH, "% serapan": PERCENT, "tahun": INTEGER,
                  "flag error": INTEGER, "flag warning": INTEGER, "flag info": INTEGER})
    _write_frame(wb, styles, "Temuan", findings_frame(tables),
                 {"tahun": INTEGER, "page": INTEGER, "line_no": INTEGER})
    for table, df in tables.items():
        _write_frame(wb, styles, table[:31], df, _table_formats(table))
    wb.close()


def write_workbook(tables: dict[str, pd.DataFrame], path: str | os.PathLike) -> Path:
    """Write the workbook to a temporary name, then rename it into place."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    _build_workbook(tables, str(tmp))
    os.replace(tmp, path)
    return path
