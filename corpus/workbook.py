"""``lkjip.xlsx``: the dataset as a workbook for analysts.

Sheets: ``Ringkasan`` (one row per report: instansi, tahun, status, total
anggaran, realisasi, % serapan, flags by severity), ``Temuan`` (every flag
with its report), then one sheet per table of the dataset contract. Every
sheet has its header row frozen, an autofilter, number formats by the kind
each column declares in :mod:`lkjip.tables` (Rupiah ``#,##0``, other decimals
``0.00``; percent ``0.00%`` on Ringkasan) and column widths from its content.

Every string from a document passes :func:`lkjip.corpus.safety.excel_safe`
and is written as an (inline) string cell, XML-escaped, so nothing a document
says can become a formula or markup. Excel stores numbers as binary floating
point: whole Rupiah amounts (below 2**53) are written as exact integers, other
decimals as floats with 16 significant digits (Excel shows 15) — SQLite and
Parquet hold the exact values.

Written in pieces, so that a rerun redoes only what changed: a sheet's data
rows are made piece by piece — in a batch one *segment* of the store each
(:mod:`lkjip.corpus.segments`: the reports whose id starts alike; Ringkasan
and Temuan by segment too) — as sheet XML, compressed once, and kept with the
segment's fingerprint in a cache (``OUT/.lkjip-cache-xlsx.sqlite``). The rows
carry no cell references (``<row>``/``<c>`` without ``r``: each follows the
one before, an empty cell inside a row is ``<c/>``), so a piece is the same
wherever it lands in the sheet. XlsxWriter writes the rest of the workbook
(styles, sheet headers, widths, frozen panes, filters, names) without rows,
and :mod:`lkjip.corpus.xlsx_parts` joins it with the compressed pieces into
the zip: an unchanged piece is copied, never made or compressed again. A
fresh run and a rerun write the same file.

Excel's limits: a sheet holds at most 1,048,576 rows, a cell 32,767
characters. A table with more rows goes on in sheets ``budget_lines (2)``,
``budget_lines (3)`` … (the same header, frozen and filtered), so that every
row is still in the workbook and a filter on one part finds its rows; a
longer text is cut and ends with :data:`TRUNCATED`. Ringkasan says both, in
its header row to the right of the table. The full text is in Parquet, CSV
and SQLite.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import json
import math
import os
import re
import struct
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

import pandas as pd
import xlsxwriter

from lkjip.corpus.safety import excel_safe
from lkjip.corpus.segments import SegmentCache
from lkjip.corpus.store import StoreSource, TableSource, as_source
from lkjip.corpus.xlsx_parts import FINAL, Deflated, ZipOut, crc32_combine, deflate
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
#: the workbook's piece cache beside the output (deleting it only costs time)
CACHE_NAME = ".lkjip-cache-xlsx.sqlite"
#: bump when a piece's XML changes: every cached piece is made again
PIECE_FORMAT = 1
_KIND = "xlsx"
OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
           "strings_to_urls": False}
#: every number format the workbook uses, in the order their styles are made (their XF indices)
NUMBER_FORMATS = (DATE_FORMAT, RUPIAH, PERCENT, DECIMAL_FORMAT, INTEGER, "General")


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
    """The workbook's cell formats, one object per number format, their XF indices fixed by the order
    they are made in (the rows' pieces name them before the workbook exists)."""

    def __init__(self, wb: xlsxwriter.Workbook):
        self.header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#305496",
                                     "pattern": 1, "valign": "top"})
        self.note = wb.add_format({"bold": True, "font_color": "#C00000"})
        self.numbers = {fmt: wb.add_format({"num_format": fmt}) for fmt in NUMBER_FORMATS}
        for f in (self.header, self.note, *self.numbers.values()):
            f._get_xf_index()  # noqa: SLF001 - XlsxWriter numbers a format when first used: use them in order


@functools.cache
def xf_indices() -> dict[str, int]:
    """The XF index of each number format in the workbook (see :class:`_Styles`)."""
    styles = _Styles(xlsxwriter.Workbook(io.BytesIO()))
    return {fmt: f.xf_index for fmt, f in styles.numbers.items()}


# --- rows as sheet XML ----------------------------------------------------------------------------


_XF_ESCAPE = re.compile("(_x[0-9a-fA-F]{4}_)")  # Excel's own escape, escaped (as XlsxWriter does)
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_EDGE_SPACE = re.compile(r"^\s|\s$")
_EPOCH = dt.datetime(1899, 12, 31)


def _utf16_cut(s: str) -> str:
    """At most :data:`MAX_CELL` UTF-16 units (Excel's count), as XlsxWriter cuts."""
    if len(s) <= MAX_CELL // 2 or len(s.encode("utf-16-le")) <= 2 * MAX_CELL:
        return s
    out, units = [], 0
    for ch in s:
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > MAX_CELL:
            break
        out.append(ch)
    return "".join(out)


def _string_cell(s: str) -> str:
    s = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", _XF_ESCAPE.sub(r"_x005F\1", s))
    s = s.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    space = ' xml:space="preserve"' if _EDGE_SPACE.search(s) else ""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<c t="inlineStr"><is><t{space}>{s}</t></is></c>'


def _text_cell(v) -> tuple[str, bool]:
    """:func:`cell_text` as a ``<c>``, and whether it was cut."""
    s = excel_safe(ILLEGAL_CHARACTERS_RE.sub("", str(v)))
    cut = len(s) > MAX_CELL
    if cut:
        s = s[: MAX_CELL - len(TRUNCATED)] + TRUNCATED
    short = _utf16_cut(s)
    return _string_cell(short), cut or len(short) < len(s)


def excel_date(v: dt.date) -> float:
    """A date's Excel serial number (the 1900 system, with its leap day), as XlsxWriter writes it."""
    if not isinstance(v, dt.datetime):
        v = dt.datetime(v.year, v.month, v.day)
    delta = v.replace(tzinfo=None) - _EPOCH
    days = delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400
    return days + 1 if days > 59 else days


@dataclass
class RowsXml:
    """A piece of a sheet: its rows as XML, how many, its cells cut at :data:`MAX_CELL`, and the longest
    value of each column in its first :data:`WIDTH_ROWS` rows."""

    xml: bytes
    rows: int
    cut: int
    longest: list[int]


class RowWriter:
    """Rows of one sheet's columns as ``<row>`` elements without cell references."""

    def __init__(self, columns: list[str], formats: Mapping[str, str]):
        xf, self.columns = xf_indices(), columns
        self.styles = [f' s="{xf[formats[c]]}"' if formats.get(c) else "" for c in columns]
        self.date = f' s="{xf[DATE_FORMAT]}"'

    def _cell(self, v, style: str) -> tuple[str, bool]:
        """A value's ``<c>``, and whether a text was cut."""
        if isinstance(v, str):
            return _text_cell(v)
        if isinstance(v, bool):
            return f'<c t="b"><v>{int(v)}</v></c>', False
        if isinstance(v, Decimal | int | float):
            n = cell_number(v)
            if isinstance(n, float) and not math.isfinite(n):
                return _string_cell(str(n)), False
            return f"<c{style}><v>{n:.16G}</v></c>", False
        if isinstance(v, dt.date):
            return f"<c{self.date}><v>{excel_date(v):.16G}</v></c>", False
        return _text_cell(v)

    def rows(self, df: pd.DataFrame) -> RowsXml:
        out, cut, longest = [], 0, [0] * len(self.columns)
        memo: dict[tuple, tuple[str, bool]] = {}  # ids, names and units repeat on many rows
        values = [df[c].tolist() if c in df.columns else [None] * len(df) for c in self.columns]
        for n, row in enumerate(zip(*values, strict=True)):
            cells, gap = ["<row>"], 0
            for i, (v, style) in enumerate(zip(row, self.styles, strict=True)):
                if v is None or _missing(v):
                    gap += 1
                    continue
                if n < WIDTH_ROWS:
                    longest[i] = max(longest[i], len(str(v)))
                key = (type(v), v, i)
                got = memo.get(key)
                if got is None:
                    if len(memo) > 100_000:
                        memo.clear()
                    got = memo[key] = self._cell(v, style)
                if gap:
                    cells.append("<c/>" * gap)
                    gap = 0
                cells.append(got[0])
                cut += got[1]
            cells.append("</row>")
            out.append("".join(cells))
        return RowsXml("".join(out).encode("utf-8"), len(df), cut, longest)


# --- pieces, their cache, the sheets they make ----------------------------------------------------


@dataclass
class SheetPlan:
    """A sheet's rows as pieces: each piece's name and fingerprint (in order), and how to read its rows."""

    title: str
    tbl: str  # the cache's name for these pieces
    columns: list[str]
    formats: dict[str, str]
    segments: dict[str, object]
    frame: Callable[[str], pd.DataFrame]
    table: bool = True  # a contract table (Ringkasan's notes count its rows and cut cells)


@dataclass
class SheetPiece:
    """A piece made or found in the cache: where its bytes are, and what they hold."""

    seg: str
    rows: int
    crc: int
    size: int
    csize: int
    cut: int
    longest: list[int]


def _blob(rows: RowsXml) -> bytes:
    d = deflate(rows.xml)
    meta = json.dumps([rows.rows, d.crc, d.size, rows.cut, rows.longest]).encode()
    return struct.pack("<I", len(meta)) + meta + d.data


def _unblob(seg: str, blob: bytes) -> SheetPiece:
    k = struct.unpack_from("<I", blob)[0]
    rows, crc, size, cut, longest = json.loads(blob[4:4 + k])
    return SheetPiece(seg, rows, crc, size, len(blob) - 4 - k, cut, longest)


def _extra(plan: SheetPlan) -> str:
    return f"{PIECE_FORMAT}|{xf_indices()}|{plan.columns}|{sorted(plan.formats.items())}"


def _collect(plan: SheetPlan, cache: SegmentCache) -> list[SheetPiece]:
    """Every piece of the plan, in order: from the cache when its fingerprint holds, else made and cached."""
    writer = RowWriter(plan.columns, plan.formats)
    make = lambda seg: _blob(writer.rows(plan.frame(seg)))  # noqa: E731
    blobs = cache.pieces(_KIND, plan.tbl, plan.segments, make, _extra(plan))
    return [_unblob(seg, blob) for seg, blob in zip(plan.segments, blobs, strict=True)]


@dataclass
class SheetPart:
    """One sheet: a part of a table's rows (all of them when they fit)."""

    title: str
    plan: SheetPlan
    first: bool  # the table's first sheet (Ringkasan's notes go there)
    rows: int = 0
    chunks: list[SheetPiece | Deflated] = field(default_factory=list)


def _parts(plan: SheetPlan, pieces: list[SheetPiece], max_rows: int) -> list[SheetPart]:
    """The plan's sheets: its pieces in order, a new sheet when one is full; a piece that does not fit whole
    is made again and split (only where a sheet ends)."""
    parts = [SheetPart(part_title(plan.title, 1), plan, True)]
    writer = RowWriter(plan.columns, plan.formats)
    for p in pieces:
        if not p.rows:
            continue
        if parts[-1].rows == max_rows:
            parts.append(SheetPart(part_title(plan.title, len(parts) + 1), plan, False))
        if p.rows <= max_rows - parts[-1].rows:
            parts[-1].chunks.append(p)
            parts[-1].rows += p.rows
            continue
        df, start = plan.frame(p.seg), 0
        while start < len(df):
            if parts[-1].rows == max_rows:
                parts.append(SheetPart(part_title(plan.title, len(parts) + 1), plan, False))
            take = df.iloc[start:start + max_rows - parts[-1].rows]
            parts[-1].chunks.append(deflate(writer.rows(take).xml))
            parts[-1].rows += len(take)
            start += len(take)
    return parts


def _widths(plan: SheetPlan, pieces: list[SheetPiece]) -> list[float]:
    """Each column's width from the longest of its header and its first :data:`WIDTH_ROWS` values."""
    longest, seen = [len(c) for c in plan.columns], 0
    for p in pieces:
        if seen >= WIDTH_ROWS:
            break
        got = p.longest
        if seen + p.rows > WIDTH_ROWS:  # only the first rows of this piece count
            got = RowWriter(plan.columns, plan.formats).rows(plan.frame(p.seg).iloc[:WIDTH_ROWS - seen]).longest
        longest = [max(a, b) for a, b in zip(longest, got, strict=True)]
        seen += p.rows
    widths = [float(min(max(n + 2, 8), 60)) for n in longest]
    return [max(w, 16.0) if plan.formats.get(c) == RUPIAH else w for w, c in zip(widths, plan.columns, strict=True)]


def limit_notes(counts: Mapping[str, tuple[int, int]], max_rows: int) -> list[str]:
    """What Ringkasan says about Excel's limits (``counts``: a table's rows and cells cut): tables split over
    several sheets, cells cut."""
    notes = []
    for table, (rows, cut) in counts.items():
        parts = n_parts(rows, max_rows)
        if parts > 1:
            names = ", ".join(part_title(table, k) for k in range(1, parts + 1))
            notes.append(f"{table}: {rows:,} baris, lebih dari batas Excel ({max_rows:,} baris per "
                         f"sheet), dibagi ke {parts} sheet: {names}")
        if cut:
            notes.append(f"{table}: {cut:,} sel teks lebih panjang dari batas Excel ({MAX_CELL:,} karakter) "
                         f"dipotong, ditandai \"{TRUNCATED.strip()}\"")
    if notes:
        notes.append("Data lengkap: parquet/, csv/ dan lkjip.sqlite")
    return notes


# --- the workbook: XlsxWriter's frame, the pieces' rows in it -------------------------------------------


def _skeleton(parts: list[SheetPart], widths: dict[str, list[float]], notes: list[str]) -> bytes:
    """The workbook without data rows: every sheet's header, widths, frozen pane and filter over its rows."""
    bio = io.BytesIO()
    wb = xlsxwriter.Workbook(bio, OPTIONS)
    styles = _Styles(wb)
    for part in parts:
        ws, cols = wb.add_worksheet(part.title), part.plan.columns
        for i, w in enumerate(widths[part.plan.tbl]):
            ws.set_column(i, i, w)
        ws.freeze_panes(1, 0)
        for i, c in enumerate(cols):
            ws.write_string(0, i, cell_text(c), styles.header)
        if part.first and part.plan.title == "Ringkasan":
            for i, text in enumerate(notes):
                ws.write_string(0, len(cols) + 1 + i, cell_text(text), styles.note)
        ws.autofilter(0, 0, part.rows, max(len(cols), 1) - 1)
    wb.close()
    return bio.getvalue()


_DIMENSION = re.compile(rb'<dimension ref="A1(?::([A-Z]+)1)?"/>')


def _split_sheet(xml: bytes, rows: int) -> tuple[bytes, bytes]:
    """A skeleton sheet's XML around where its data rows go; its dimension made to cover them."""
    at = xml.index(b"</sheetData>")
    head, foot = xml[:at], xml[at:]
    if rows:
        m = _DIMENSION.search(head)
        if m:
            head = head[:m.start()] + f'<dimension ref="A1:{(m.group(1) or b"A").decode()}{rows + 1}"/>'.encode() + \
                head[m.end():]
    return head, foot


def _stream(parts: list[Deflated | SheetPiece], cache: SegmentCache, tbl: str) -> Iterator[bytes]:
    for p in parts:
        if isinstance(p, Deflated):
            yield p.data
            continue
        blob = cache.get(_KIND, tbl, p.seg)
        data = blob[4 + struct.unpack_from("<I", blob)[0]:] if blob is not None else b""
        if len(data) != p.csize:
            raise RuntimeError(f"workbook cache: piece {tbl}/{p.seg} changed while the workbook was written")
        yield data


def _assemble(skeleton: bytes, parts: list[SheetPart], cache: SegmentCache, out: BinaryIO) -> None:
    """The skeleton's entries, each sheet's with its rows' pieces where its ``<sheetData>`` ends."""
    zout = ZipOut(out)
    with zipfile.ZipFile(io.BytesIO(skeleton)) as zin:
        for info in zin.infolist():
            raw = zin.read(info)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", info.filename)
            if not m:
                zout.add_bytes(info.filename, info.date_time, raw)
                continue
            part = parts[int(m.group(1)) - 1]
            head, foot = (deflate(x) for x in _split_sheet(raw, part.rows))
            crc, size, csize = head.crc, head.size, len(head.data)
            for p in [*part.chunks, foot]:
                data_len = len(p.data) if isinstance(p, Deflated) else p.csize
                crc, size, csize = crc32_combine(crc, p.crc, p.size), size + p.size, csize + data_len
            chunks = [head.data, *_stream(part.chunks, cache, part.plan.tbl), foot.data, FINAL]
            zout.add(info.filename, info.date_time, crc, size, csize + len(FINAL), chunks)
    zout.close()


def _build(plans: list[SheetPlan], cache: SegmentCache, out: BinaryIO, max_rows: int) -> None:
    collected = [(plan, _collect(plan, cache)) for plan in plans]
    counts = {plan.title: (sum(p.rows for p in got), sum(p.cut for p in got)) for plan, got in collected
              if plan.table}
    parts = [part for plan, got in collected for part in _parts(plan, got, max_rows)]
    widths = {plan.tbl: _widths(plan, got) for plan, got in collected}
    _assemble(_skeleton(parts, widths, limit_notes(counts, max_rows)), parts, cache, out)


# --- Ringkasan and Temuan -----------------------------------------------------------------------------


#: the number formats of every column of a contract table, by the kinds :mod:`lkjip.tables` declares
KIND_FORMATS = {MONEY: RUPIAH, PERCENT_KIND: DECIMAL_FORMAT, DECIMAL: DECIMAL_FORMAT, INT: INTEGER, DATE: DATE_FORMAT,
                BOOL: "General"}


def _table_formats(table: str) -> dict[str, str]:
    """A contract table's number formats, from the kinds :mod:`lkjip.tables` declares."""
    return {c: KIND_FORMATS[kind] for c, kind in column_kinds(table).items() if kind in KIND_FORMATS}


SUMMARY_COLUMNS = ["report_id", "file", "instansi", "kabupaten", "tahun", "status", "total anggaran", "realisasi",
                   "% serapan", "dasar total", "flag error", "flag warning", "flag info", "alasan gagal"]
SUMMARY_FORMATS = {"total anggaran": RUPIAH, "realisasi": RUPIAH, "% serapan": PERCENT, "tahun": INTEGER,
                   "flag error": INTEGER, "flag warning": INTEGER, "flag info": INTEGER}
FINDINGS_COLUMNS = ["severity", "rule", "report_id", "file", "instansi", "tahun", "message", "expected", "found",
                    "source_table", "page", "line_no", "evidence", "uncertain"]
FINDINGS_FORMATS = {"tahun": INTEGER, "page": INTEGER, "line_no": INTEGER}


def _totals(source: TableSource) -> dict:
    totals: dict = {}
    for df in source.chunks("budget_lines"):  # a piece never splits a report
        totals.update(budget_totals(df))
    return totals


def _flag_counts(flags: pd.DataFrame, counts: dict | None = None) -> dict[tuple[str, str], int]:
    counts = {} if counts is None else counts
    for rid, sev in zip(flags["report_id"], flags["severity"], strict=True):
        counts[(rid, sev)] = counts.get((rid, sev), 0) + 1
    return counts


def _summary_frame(reports: pd.DataFrame, totals: Mapping, counts: Mapping) -> pd.DataFrame:
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
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS, dtype=object)


def summary_pieces(source: TableSource, totals: dict | None = None) -> Iterator[pd.DataFrame]:
    """Ringkasan: one row per report with its budget total (``totals``, else read from ``budget_lines``),
    absorption and flag counts, in pieces."""
    totals, counts = _totals(source) if totals is None else totals, {}
    for df in source.chunks("flags", ["report_id", "severity"]):
        _flag_counts(df, counts)
    for reports in source.chunks("reports"):
        yield _summary_frame(reports, totals, counts)


def summary_frame(tables: Mapping[str, pd.DataFrame] | TableSource) -> pd.DataFrame:
    """Ringkasan as one frame (see :func:`summary_pieces`)."""
    return pd.concat(list(summary_pieces(as_source(tables))), ignore_index=True)


def _findings_frame(flags: pd.DataFrame, sev: str | None, reports: Mapping[str, tuple]) -> pd.DataFrame:
    chosen = ~flags["severity"].isin(_SEVERITIES) if sev is None else flags["severity"] == sev
    rows = []
    for f in flags[chosen].to_dict("records"):
        rep = reports.get(f["report_id"], (None, None, None))
        rows.append({**{c: f.get(c) for c in FINDINGS_COLUMNS}, "file": rep[0], "instansi": rep[1], "tahun": rep[2]})
    return pd.DataFrame(rows, columns=FINDINGS_COLUMNS, dtype=object)


def _report_info(reports: pd.DataFrame) -> dict[str, tuple]:
    cols = ["report_id", "source_file", "instansi", "tahun"]
    return {rid: tuple(info) for rid, *info in reports[cols].itertuples(index=False, name=None)}


def findings_pieces(source: TableSource) -> Iterator[pd.DataFrame]:
    """Temuan: every flag, with the report's file, instansi and year, errors first (then warnings, info,
    any other severity), each severity in the order of the flags table; in pieces."""
    reports: dict[str, tuple] = {}
    for df in source.chunks("reports", ["report_id", "source_file", "instansi", "tahun"]):
        reports.update(_report_info(df))
    for sev in (*_SEVERITIES, None):
        for flags in source.chunks("flags"):
            yield _findings_frame(flags, sev, reports)


def findings_frame(tables: Mapping[str, pd.DataFrame] | TableSource) -> pd.DataFrame:
    """Temuan as one frame (see :func:`findings_pieces`)."""
    return pd.concat(list(findings_pieces(as_source(tables))), ignore_index=True)


# --- where the pieces come from ---------------------------------------------------------------------


def _frame_plan(title: str, frames: list[pd.DataFrame], formats: dict[str, str], table: bool) -> SheetPlan:
    """Frames already made, a piece each (not cached across runs)."""
    return SheetPlan(title, title, list(frames[0].columns), formats, {f"{k:08d}": k for k in range(len(frames))},
                lambda seg: frames[int(seg)], table)


def _frame_plans(source: TableSource, totals: dict | None) -> list[SheetPlan]:
    return [_frame_plan("Ringkasan", list(summary_pieces(source, totals)), SUMMARY_FORMATS, False),
            _frame_plan("Temuan", list(findings_pieces(source)), FINDINGS_FORMATS, False),
            *(_frame_plan(t, list(source.chunks(t)), _table_formats(t), True) for t in source.names)]


def _store_plans(source: StoreSource, totals: dict | None) -> list[SheetPlan]:
    """Pieces by segment of the store, each with the fingerprints of the segments it reads."""
    store = source.store
    fp = {t: store.segments(t) for t in {"reports", "budget_lines", "flags", *source.names}}

    def summary(seg: str) -> pd.DataFrame:
        tot = totals if totals is not None else budget_totals(store.load_segment("budget_lines", seg))
        counts = _flag_counts(store.load_segment("flags", seg, ["report_id", "severity"]))
        return _summary_frame(store.load_segment("reports", seg), tot, counts)

    def findings(key: str) -> pd.DataFrame:
        sev, seg = (*_SEVERITIES, None)[int(key[0])], key[1:]
        reports = _report_info(store.load_segment("reports", seg, ["report_id", "source_file", "instansi", "tahun"]))
        return _findings_frame(store.load_segment("flags", seg), sev, reports)

    ring = {seg: (f, fp["budget_lines"].get(seg), fp["flags"].get(seg)) for seg, f in fp["reports"].items()}
    found = {f"{k}{seg}": (f, fp["reports"].get(seg)) for k in range(len(_SEVERITIES) + 1)
             for seg, f in fp["flags"].items()}
    plans = [SheetPlan("Ringkasan", "Ringkasan", SUMMARY_COLUMNS, SUMMARY_FORMATS, ring, summary, False),
             SheetPlan("Temuan", "Temuan", FINDINGS_COLUMNS, FINDINGS_FORMATS, found, findings, False)]
    for t in source.names:
        plans.append(SheetPlan(t, t, list(source.columns(t)), _table_formats(t), fp[t],
                          lambda seg, t=t: store.load_segment(t, seg)))
    return plans


def write_workbook(tables: Mapping[str, pd.DataFrame] | TableSource, path: str | os.PathLike, *,
                   max_rows: int = MAX_ROWS, totals: dict | None = None, cache: SegmentCache | None = None) -> Path:
    """Write the workbook to a temporary name, then rename it into place. ``tables`` are frames, or a
    :class:`~lkjip.corpus.store.StoreSource` read segment by segment; ``max_rows`` data rows per sheet;
    ``totals`` the reports' budget totals when already known (else read from ``budget_lines``); ``cache``
    keeps a store's pieces for the next run (else they live in a temporary file)."""
    path, source = Path(path), as_source(tables)
    tmp = path.with_name(f".{path.name}.tmp")
    with contextlib.ExitStack() as stack:
        if cache is None or not isinstance(source, StoreSource):
            scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="lkjip-xlsx-"))
            cache = stack.enter_context(SegmentCache(Path(scratch) / CACHE_NAME))
        plans = _store_plans(source, totals) if isinstance(source, StoreSource) else _frame_plans(source, totals)
        try:
            with tmp.open("wb") as out:
                _build(plans, cache, out, max_rows)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    return path
