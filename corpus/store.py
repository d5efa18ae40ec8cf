"""The consolidated dataset on disk: SQLite (the store of record) and Parquet.

Every table of the dataset contract (``lkjip.tables.CONTRACT``) becomes one
SQLite table with the contract's columns in order, an index on ``report_id``
and ``report_id REFERENCES reports`` (Datasette shows the links). Columns the
contract adds later are added with ``ALTER TABLE … ADD COLUMN`` on the next
run: names are only ever extended.

Storage follows the kind every column declares in :data:`lkjip.tables.SCHEMA` — exact, never float:

* every ``Decimal`` column (money such as ``anggaran``/``realisasi``, percents
  such as ``capaian`` and indicator values such as ``target``) is SQLite
  ``TEXT`` holding the Decimal's plain string, e.g. ``'1234567890.00'`` or
  ``'82.47'``, exactly as extracted (``CAST(anggaran AS REAL)`` sorts it in
  Datasette; sum exactly with Python's ``Decimal``);
* in Parquet, money columns are ``decimal128(20, 2)`` and the other Decimal
  columns ``decimal128(38, 10)``; a column holding a value that would not fit
  exactly is written as a string column instead (never rounded);
* integers are ``INTEGER``, booleans ``INTEGER`` 0/1, dates ISO ``TEXT``.

Besides the contract tables the SQLite file holds ``files`` (every input
file: relative path, sha256, report_id, size), the map from the folder to the
reports; several paths with the same content share one report.

Writes are atomic per report: one transaction deletes every row of the
report_id from every table, then inserts the new rows.

Large corpora are read in pieces (:meth:`Store.iter_table`, :class:`StoreSource`: no report split
over two pieces) or one report at a time (:meth:`Store.rows_of`), never whole. Every write also
stamps the *segments* it touched (the reports whose report_id starts with the same two characters)
in the store's own table ``_segments``, so that an export can redo only what changed
(:mod:`lkjip.corpus.segments`); a write that bypasses :class:`Store` is not seen there. Likewise every
write notes the kabupaten of the reports it replaces or deletes in ``_corpus_dirty`` until the corpus
checks have run (:meth:`Store.dirty_kabupaten`, :meth:`Store.corpus_checked`), so that a batch re-checks
only those kabupaten.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from lkjip.tables import (
    BOOL,
    CONTRACT,
    DATE,
    DECIMAL,
    DECIMAL_KINDS,
    INT,
    MONEY,
    PERCENT,
    TEXT,
    ColumnSpec,
)
from lkjip.tables import column_kinds as contract_kinds

#: the non-contract table of input files
FILES_TABLE = "files"
FILES_SCHEMA = (ColumnSpec("path", TEXT), ColumnSpec("sha256", TEXT), ColumnSpec("report_id", TEXT), ColumnSpec("size", INT))
FILES_COLUMNS = [c.name for c in FILES_SCHEMA]

#: a column outside the contract (a DataFrame's extra column): stored as it comes
ANY = "any"
_SQL_TYPE = {TEXT: "TEXT", INT: "INTEGER", BOOL: "INTEGER", MONEY: "TEXT", PERCENT: "TEXT", DECIMAL: "TEXT",
             DATE: "TEXT", ANY: ""}

#: the store's own table of segment stamps (see :meth:`Store.segments`)
SEGMENTS_TABLE = "_segments"
#: a segment is the reports whose report_id starts alike in this many characters (256 of hex ids)
SEGMENT_CHARS = 2
#: the store's own table of the kabupaten whose reports changed since the corpus checks last ran
#: (see :meth:`Store.dirty_kabupaten`), and its row meaning "every kabupaten"
DIRTY_TABLE = "_corpus_dirty"
ALL_DIRTY = "\x00all"
#: the store's own key → value notes (e.g. which corpus rules last ran)
META_TABLE = "_meta"


def segment_of(report_id: str) -> str:
    return report_id[:SEGMENT_CHARS]


#: rows per piece when a table is read from the store in pieces (:meth:`Store.iter_table`)
CHUNK_ROWS = 20_000

PARQUET_MONEY = pa.decimal128(20, 2)
PARQUET_DECIMAL = pa.decimal128(38, 10)


def column_kinds(table: str) -> dict[str, str]:
    """Kind of every column of a contract table (declared in :mod:`lkjip.tables`) or of ``files``."""
    return {c.name: c.kind for c in FILES_SCHEMA} if table == FILES_TABLE else contract_kinds(table)


def decimal_text(d: Decimal) -> str:
    """The plain (non-exponent) string of a Decimal, trailing zeros kept: ``Decimal('1E+3')`` → ``'1000'``."""
    return format(d, "f")


def _is_missing(v) -> bool:
    if v is None:
        return True
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def to_sql(kind: str, v):
    """A Python value as stored in SQLite."""
    # fast paths for the commonest values (same results as the general rules below)
    if v is None:
        return None
    t = type(v)
    if t is str:
        return v
    if t is bool:
        return int(v)
    if t is int and kind not in DECIMAL_KINDS and kind != TEXT:
        return v
    if _is_missing(v):
        return None
    if isinstance(v, Decimal):
        return decimal_text(v)
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if kind == DATE else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if kind in DECIMAL_KINDS and isinstance(v, int | float):
        return decimal_text(Decimal(str(v)))
    if isinstance(v, list | tuple):
        return "\t".join(str(x) for x in v)
    if kind == TEXT and not isinstance(v, str):
        return str(v)
    return v


def from_sql(kind: str, v):
    """A stored SQLite value back as the model's Python type."""
    if v is None:
        return None
    if kind in DECIMAL_KINDS:
        try:
            return Decimal(v)
        except (InvalidOperation, TypeError):
            return v
    if kind == BOOL:
        return bool(v)
    if kind == DATE and isinstance(v, str):
        try:
            return dt.date.fromisoformat(v)
        except ValueError:
            return v
    return v


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _values(table: str, cols: list[str], rows: list) -> list[list]:
    """Stored rows as the model's Python values (:func:`from_sql`)."""
    kinds = column_kinds(table)
    conv = [kinds.get(c, ANY) for c in cols]
    return [[from_sql(k, v) for k, v in zip(conv, r, strict=True)] for r in rows]


def _frame(table: str, cols: list[str], rows: list) -> pd.DataFrame:
    """Stored rows as a DataFrame of Python values (object columns), as :meth:`Store.load_table` gives them."""
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    return pd.DataFrame(_values(table, cols, rows), columns=cols, dtype=object)


@dataclass
class SqlRows:
    """A report's rows as SQLite stores them: per contract table, its columns and row values."""

    tables: dict[str, tuple[list[str], list[list]]]


def table_rows(table: str, df: pd.DataFrame | None) -> tuple[list[str], list[list]] | None:
    """One table's columns (contract order) and rows converted by :func:`to_sql`; None when empty."""
    if df is None or df.empty:
        return None
    cols = [c for c in CONTRACT[table] if c in df.columns] if table in CONTRACT else list(df.columns)
    # column by column (``tolist``), not ``itertuples``: the same Python values, many times faster
    return cols, converted(table, cols, zip(*(df[c].tolist() for c in cols), strict=True))


def converted(table: str, cols: list[str], rows: Iterable[Sequence]) -> list[list]:
    """Rows of values in ``cols`` order, each value converted by :func:`to_sql` for its column's kind."""
    kinds = column_kinds(table)
    col_kinds = [kinds.get(c, ANY) for c in cols]
    return [[to_sql(k, v) for k, v in zip(col_kinds, r, strict=True)] for r in rows]


def report_sql_rows(report) -> SqlRows:
    """Every contract table of one report made ready for :meth:`Store.replace_report`, straight from its
    records (:func:`lkjip.tables.report_to_rows`): what ``sql_rows(report.to_tables())`` gives, without
    building a DataFrame per table (a batch worker's largest cost after reading)."""
    from lkjip.tables import report_to_rows

    out = {}
    for table, dict_rows in report_to_rows(report).items():
        if not dict_rows:
            continue
        cols = list(CONTRACT[table])
        out[table] = (cols, converted(table, cols, ([r.get(c) for c in cols] for r in dict_rows)))
    return SqlRows(out)


def sql_rows(tables: dict[str, pd.DataFrame]) -> SqlRows:
    """Every contract table of one report made ready for :meth:`Store.replace_report`."""
    out = {}
    for table in CONTRACT:
        got = table_rows(table, tables.get(table))
        if got is not None:
            out[table] = got
    return SqlRows(out)


class Store:
    """The SQLite store of record: ``lkjip.sqlite`` in the output folder."""

    def __init__(self, path: str | os.PathLike, *, readonly: bool = False):
        """``readonly``: a reader beside the batch (an export): it never writes, not even the schema."""
        self.path = Path(path)
        if readonly:
            self.conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                        timeout=60)
            return
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.conn.execute("PRAGMA synchronous=FULL")
        self.ensure_schema()

    # --- schema -----------------------------------------------------------------

    def _columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute(f"PRAGMA table_info({_q(table)})")]

    def _ensure_table(self, table: str, cols: Sequence[str], kinds: dict[str, str], *, primary: str | None,
                      ref: bool) -> None:
        have = self._columns(table)
        if not have:
            defs = []
            for c in cols:
                d = f"{_q(c)} {_SQL_TYPE[kinds[c]]}".rstrip()
                if c == primary:
                    d += " PRIMARY KEY"
                elif c == "report_id" and ref:
                    d += " REFERENCES reports(report_id)"
                defs.append(d)
            self.conn.execute(f"CREATE TABLE {_q(table)} ({', '.join(defs)})")
        else:
            for c in cols:
                if c not in have:  # the contract was extended since this file was written
                    self.conn.execute(f"ALTER TABLE {_q(table)} ADD COLUMN {_q(c)} {_SQL_TYPE[kinds[c]]}")
        if "report_id" in cols and primary != "report_id":
            self.conn.execute(f"CREATE INDEX IF NOT EXISTS {_q('idx_' + table + '_report_id')} "
                              f"ON {_q(table)}(report_id)")

    def ensure_schema(self) -> None:
        self.conn.execute("BEGIN")
        for table, cols in CONTRACT.items():
            self._ensure_table(table, cols, column_kinds(table), primary="report_id" if table == "reports"
                               else None, ref=table != "reports")
        self._ensure_table(FILES_TABLE, FILES_COLUMNS, column_kinds(FILES_TABLE), primary="path", ref=True)
        self.conn.execute("CREATE INDEX IF NOT EXISTS idx_reports_sha256 ON reports(sha256)")
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS {SEGMENTS_TABLE} (tbl TEXT, seg TEXT, stamp INTEGER, "
                          "PRIMARY KEY (tbl, seg))")
        if not self._columns(DIRTY_TABLE):  # a new store, or one written before it was kept: all unchecked
            self.conn.execute(f"CREATE TABLE {DIRTY_TABLE} (kab TEXT PRIMARY KEY)")
            self.conn.execute(f"INSERT INTO {DIRTY_TABLE} VALUES (?)", (ALL_DIRTY,))
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT)")
        self.conn.execute("COMMIT")

    # --- reading ----------------------------------------------------------------

    def done(self) -> dict[str, tuple[str, str, str | None]]:
        """sha256 → (report_id, status, error) of every report already stored."""
        rows = self.conn.execute("SELECT sha256, report_id, status, error FROM reports")
        return {sha: (rid, status, err) for sha, rid, status, err in rows}

    def report_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT report_id FROM reports")}

    def _select(self, table: str, columns: Sequence[str] | None, where: str) -> tuple[list[str], str]:
        cols = list(columns) if columns is not None else (FILES_COLUMNS if table == FILES_TABLE else CONTRACT[table])
        order = "path" if table == FILES_TABLE else "report_id, rowid"
        return cols, f"SELECT {', '.join(_q(c) for c in cols)} FROM {_q(table)} {where} ORDER BY {order}"

    def load_table(self, table: str, where: str = "", params: Sequence = (), *,
                   columns: Sequence[str] | None = None) -> pd.DataFrame:
        """One table (only ``columns`` when given) as a DataFrame of Python values (Decimal, int, bool,
        date), in a stable order.

        Rows are ordered by report_id, then by insertion (a report's rows keep the order of the report).
        """
        cols, sql = self._select(table, columns, where)
        return _frame(table, cols, self.conn.execute(sql, params).fetchall())

    def iter_table(self, table: str, *, columns: Sequence[str] | None = None, chunk_rows: int = CHUNK_ROWS,
                   by_report: bool = False) -> Iterator[pd.DataFrame]:
        """:meth:`load_table` in pieces of about ``chunk_rows`` rows, same order and values, at least one
        (empty) piece; only ``columns`` when given. With ``by_report`` a report's rows are never split
        over two pieces (a piece is longer by the rows of its last report)."""
        cols, sql = self._select(table, columns, "")
        cur = self.conn.execute(sql)
        held: list = []
        k = cols.index("report_id") if by_report else -1
        sent = False
        while True:
            rows = cur.fetchmany(chunk_rows)
            if not rows:
                break
            rows = held + rows
            held = []
            if k >= 0:
                last = rows[-1][k]
                cut = len(rows)
                while cut and rows[cut - 1][k] == last:
                    cut -= 1
                if cut:  # else the piece is one report so far: read on
                    rows, held = rows[:cut], rows[cut:]
                else:
                    held, rows = rows, []
            if rows:
                sent = True
                yield _frame(table, cols, rows)
        if held or not sent:
            yield _frame(table, cols, held)

    def rows_of(self, table: str, report_id: str) -> list[dict]:
        """One report's rows of a table as dicts of Python values, in the report's order."""
        cols, sql = self._select(table, None, "WHERE report_id = ?")
        kinds = column_kinds(table)
        conv = [kinds[c] for c in cols]
        return [{c: from_sql(kd, v) for c, kd, v in zip(cols, conv, r, strict=True)}
                for r in self.conn.execute(sql, (report_id,))]

    def count(self, table: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {_q(table)}").fetchone()[0]

    def load_tables(self, tables: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
        """Whole tables in memory (tests and small corpora; a batch reads :meth:`iter_table` pieces)."""
        return {t: self.load_table(t) for t in (tables if tables is not None else CONTRACT)}

    # --- writing ----------------------------------------------------------------

    def _dirty(self, report_ids: Sequence[str]) -> None:
        """Note the kabupaten of these reports (as stored now; not failed ones, which no corpus rule reads)."""
        self.conn.executemany(f"INSERT OR IGNORE INTO {DIRTY_TABLE} SELECT coalesce(kabupaten, '') FROM reports "
                              "WHERE report_id = ? AND status IS NOT 'failed'", [(r,) for r in report_ids])

    def dirty_kabupaten(self) -> set[str] | None:
        """The kabupaten (as stored; '' for none) of every report written or deleted since
        :meth:`corpus_checked`, or None when that is every kabupaten (a new store)."""
        kabs = {k for (k,) in self.conn.execute(f"SELECT kab FROM {DIRTY_TABLE}")}
        return None if ALL_DIRTY in kabs else kabs

    def meta(self, key: str) -> str | None:
        row = self.conn.execute(f"SELECT value FROM {META_TABLE} WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def corpus_checked(self, rules: str) -> None:
        """The corpus checks ``rules`` (their signature) have run over the store as it is: nothing is dirty."""
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute(f"DELETE FROM {DIRTY_TABLE}")
        self.conn.execute(f"INSERT OR REPLACE INTO {META_TABLE} VALUES ('corpus_rules', ?)", (rules,))
        self.conn.execute("COMMIT")

    def _delete_reports(self, report_ids: Sequence[str]) -> None:
        self._dirty(report_ids)
        for table in CONTRACT:
            self.conn.executemany(f"DELETE FROM {_q(table)} WHERE report_id = ?", [(r,) for r in report_ids])
        self._touch(CONTRACT, report_ids)

    def _touch(self, tables: Iterable[str], report_ids: Iterable[str]) -> None:
        """Mark the segments of these reports changed in these tables (inside the writing transaction)."""
        segs = {segment_of(r) for r in report_ids}
        stamp = time.time_ns()
        self.conn.executemany(f"INSERT OR REPLACE INTO {SEGMENTS_TABLE} VALUES (?, ?, ?)",
                              [(t, seg, stamp) for t in tables for seg in segs])

    def segments(self, table: str) -> dict[str, tuple]:
        """Segment → its fingerprint in ``table``: the stamp of its last write, its row count and last rowid.
        An export whose piece of a segment was made at the same fingerprint can use that piece again."""
        stamps = dict(self.conn.execute(f"SELECT seg, stamp FROM {SEGMENTS_TABLE} WHERE tbl = ?", (table,)))
        rows = self.conn.execute(f"SELECT substr(report_id, 1, {SEGMENT_CHARS}) AS seg, count(*), max(rowid) "
                                 f"FROM {_q(table)} GROUP BY seg ORDER BY seg")
        return {seg: (stamps.get(seg, 0), n, last) for seg, n, last in rows}

    def load_segment(self, table: str, seg: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """The rows of one segment of a table, as :meth:`load_table` orders them."""
        cols, rows = self._segment_raw(table, seg, columns)
        return _frame(table, cols, rows)

    def segment_rows(self, table: str, seg: str, columns: Sequence[str] | None = None) -> tuple[list[str], list[list]]:
        """:meth:`load_segment` as its columns and rows of Python values, without a DataFrame (the exports
        write a segment row by row or column by column: building the frame cost more than the writing)."""
        cols, rows = self._segment_raw(table, seg, columns)
        return cols, _values(table, cols, rows)

    def _segment_raw(self, table: str, seg: str, columns: Sequence[str] | None) -> tuple[list[str], list]:
        cols, sql = self._select(table, columns, f"WHERE report_id >= ? AND report_id < ? "
                                                 f"AND substr(report_id, 1, {SEGMENT_CHARS}) = ?")
        return cols, self.conn.execute(sql, (seg, seg + "\U0010ffff", seg)).fetchall()

    def _insert_rows(self, table: str, cols: list[str], rows: list[list]) -> None:
        sql = f"INSERT INTO {_q(table)} ({', '.join(_q(c) for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
        self.conn.executemany(sql, rows)

    def _insert(self, table: str, df: pd.DataFrame) -> None:
        got = table_rows(table, df)
        if got is not None:
            self._insert_rows(table, *got)

    def replace_report(self, report_id: str, tables: dict[str, pd.DataFrame] | SqlRows) -> None:
        """Atomically replace every row of one report (a transaction: delete, then insert).

        ``tables`` is the report's :meth:`~lkjip.model.Report.to_tables`, or those tables already made
        :func:`sql_rows` (a batch worker does that in its own process).
        """
        prepared = tables if isinstance(tables, SqlRows) else sql_rows(tables)
        for table, (cols, rows) in prepared.tables.items():
            if "report_id" in cols:
                k = cols.index("report_id")
                if any(r[k] != report_id for r in rows):
                    raise ValueError(f"{table}: rows of another report than {report_id}")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._delete_reports([report_id])
            for table, (cols, rows) in prepared.tables.items():
                self._insert_rows(table, cols, rows)
            self._dirty([report_id])
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def delete_reports(self, report_ids: Sequence[str]) -> None:
        if not report_ids:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._delete_reports(report_ids)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def replace_files(self, rows: Sequence[dict]) -> None:
        """Replace the ``files`` table with the current listing of the input folder."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute(f"DELETE FROM {FILES_TABLE}")
            self._insert(FILES_TABLE, pd.DataFrame(rows, columns=FILES_COLUMNS))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def replace_rule_flags(self, prefix: str, flags: pd.DataFrame, only: set[str] | None = None) -> None:
        """Atomically replace every flag whose rule starts with ``prefix`` (the corpus-level checks), or only
        those of the reports ``only`` (``flags`` then holds flags of those reports alone).

        Only the reports whose flags of that kind changed are rewritten (their segments marked changed):
        the rows, and their order within each report, are those of deleting all and inserting ``flags``."""
        got = table_rows("flags", flags)
        cols = got[0] if got else list(CONTRACT["flags"])
        new: dict[str, list[list]] = {}
        if got:
            k = cols.index("report_id")
            for r in got[1]:
                new.setdefault(r[k], []).append(list(r))
        where = "WHERE substr(rule, 1, ?) = ?"
        old: dict[str, list[list]] = {}
        for r in self.conn.execute(f"SELECT {', '.join(_q(c) for c in cols)} FROM flags {where} "
                                   "ORDER BY report_id, rowid", (len(prefix), prefix)):
            old.setdefault(r[cols.index("report_id")], []).append(list(r))
        if only is not None:
            if new.keys() - only:
                raise ValueError("flags of reports outside the ones replaced")
            old = {rid: rows for rid, rows in old.items() if rid in only}
        changed = sorted(rid for rid in old.keys() | new.keys() if old.get(rid) != new.get(rid))
        if not changed:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.executemany(f"DELETE FROM flags {where} AND report_id = ?",
                                  [(len(prefix), prefix, rid) for rid in changed])
            self._insert_rows("flags", cols, [r for rid in changed for r in new.get(rid, [])])
            self._touch(["flags"], changed)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --- Parquet ------------------------------------------------------------------------


def _arrow_column(kind: str, values: list) -> pa.Array:
    if kind in DECIMAL_KINDS:
        typ = PARQUET_MONEY if kind == MONEY else PARQUET_DECIMAL
        try:
            return pa.array(values, type=typ)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
            # a value that does not fit exactly: keep the exact text rather than round
            return pa.array([None if v is None else decimal_text(Decimal(v)) for v in values], type=pa.string())
    if kind == INT:
        return pa.array(values, type=pa.int64())
    if kind == BOOL:
        return pa.array(values, type=pa.bool_())
    if kind == DATE:
        return pa.array(values, type=pa.date32())
    if kind == TEXT:
        return pa.array([None if v is None else str(v) for v in values], type=pa.string())
    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([None if v is None else str(v) for v in values], type=pa.string())


def table_to_arrow(table: str, df: pd.DataFrame, as_text: Iterable[str] = ()) -> pa.Table:
    """A table's rows in Arrow types by the kinds it declares; the Decimal columns in ``as_text`` (and any
    holding a value that does not fit its decimal type) as exact text."""
    columns = {c: [None if _is_missing(v) else v for v in df[c].tolist()] for c in df.columns}
    return _columns_to_arrow(table, columns, as_text)


def rows_to_arrow(table: str, cols: list[str], rows: list[list], as_text: Iterable[str] = ()) -> pa.Table:
    """:func:`table_to_arrow` of rows as :meth:`Store.segment_rows` gives them (missing values are None)."""
    columns = dict(zip(cols, map(list, zip(*rows, strict=True)), strict=True)) if rows else {c: [] for c in cols}
    return _columns_to_arrow(table, columns, as_text)


def _columns_to_arrow(table: str, columns: dict[str, list], as_text: Iterable[str]) -> pa.Table:
    kinds, as_text = column_kinds(table), set(as_text)
    arrays, names = [], []
    for c, values in columns.items():
        kind = kinds.get(c, ANY)
        if c in as_text and kind in DECIMAL_KINDS:
            arrays.append(pa.array([None if v is None else decimal_text(Decimal(v)) for v in values], type=pa.string()))
        else:
            arrays.append(_arrow_column(kind, values))
        names.append(c)
    return pa.Table.from_arrays(arrays, names=names)


class _TextColumn(Exception):
    """A Decimal column of a later piece holds a value its decimal type cannot: rewrite with it as text."""

    def __init__(self, column: str):
        self.column = column


def _write_pieces(table: str, pieces: Iterable[pd.DataFrame], tmp: Path, as_text: set[str]) -> None:
    writer = None
    try:
        for df in pieces:
            at = table_to_arrow(table, df, as_text)
            if writer is None:
                # a Decimal column the first piece had to write as text is text in every piece
                as_text |= {f.name for f in at.schema if pa.types.is_string(f.type)
                            and column_kinds(table).get(f.name) in DECIMAL_KINDS}
                writer = pq.ParquetWriter(tmp, at.schema)
            elif at.schema != writer.schema:
                changed = [f.name for f in at.schema if f.type != writer.schema.field(f.name).type]
                decimal = [c for c in changed if column_kinds(table).get(c) in DECIMAL_KINDS]
                if decimal:
                    raise _TextColumn(decimal[0])
                at = at.cast(writer.schema)  # a column outside the contract, typed by its values
            writer.write_table(at)
    finally:
        if writer is not None:
            writer.close()


def write_parquet_table(table: str, pieces: Callable[[], Iterable[pd.DataFrame]], dest: Path) -> Path:
    """``dest`` from a table's pieces (``pieces()`` gives them, in order, at least one), one row group a
    piece, written to a temporary name then renamed. A Decimal column holding a value that does not
    fit its decimal type is text in the whole file, as :func:`table_to_arrow` does for one piece: found
    in a later piece, the file is written again with that column as text."""
    tmp = dest.with_name(f".{dest.name}.tmp")
    as_text: set[str] = set()
    while True:
        try:
            _write_pieces(table, pieces(), tmp, as_text)
            break
        except _TextColumn as e:
            as_text.add(e.column)
    os.replace(tmp, dest)
    return dest


def write_parquet(tables: Mapping[str, pd.DataFrame] | TableSource, folder: str | os.PathLike) -> list[Path]:
    """``<folder>/<table>.parquet`` for every table (frames, or a :class:`StoreSource` read in pieces)."""
    source = as_source(tables)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [write_parquet_table(t, lambda t=t: source.chunks(t), folder / f"{t}.parquet") for t in source.names]


# --- where an export reads the dataset from ------------------------------------------------------


class TableSource:
    """The dataset's tables as an export reads them: in pieces that never split a report."""

    names: list[str]

    def chunks(self, table: str, columns: Sequence[str] | None = None) -> Iterator[pd.DataFrame]:
        raise NotImplementedError

    def count(self, table: str) -> int:
        raise NotImplementedError

    def long_texts(self, table: str, limit: int) -> int:
        """How many text cells of ``table`` hold more than ``limit`` characters."""
        raise NotImplementedError


class FrameSource(TableSource):
    """Tables already in memory (tests, one report): each is one piece."""

    def __init__(self, tables: Mapping[str, pd.DataFrame]):
        self.tables = tables
        self.names = list(tables)

    def chunks(self, table: str, columns: Sequence[str] | None = None) -> Iterator[pd.DataFrame]:
        df = self.tables[table]
        yield df if columns is None else df[list(columns)]

    def count(self, table: str) -> int:
        return len(self.tables[table])

    def long_texts(self, table: str, limit: int) -> int:
        df = self.tables[table]
        return sum(isinstance(v, str) and len(v) > limit for c in df.columns for v in df[c].tolist())


class StoreSource(TableSource):
    """The store's tables, read in pieces of about ``chunk_rows`` rows: memory does not grow with the corpus."""

    def __init__(self, store: Store, names: Iterable[str] | None = None, chunk_rows: int = CHUNK_ROWS):
        self.store, self.chunk_rows = store, chunk_rows
        self.names = list(names if names is not None else CONTRACT)

    def chunks(self, table: str, columns: Sequence[str] | None = None) -> Iterator[pd.DataFrame]:
        cols = columns if columns is not None else CONTRACT.get(table, FILES_COLUMNS)
        return self.store.iter_table(table, columns=columns, chunk_rows=self.chunk_rows,
                                     by_report="report_id" in cols)

    def columns(self, table: str) -> list[str]:
        """The columns a piece of ``table`` has."""
        return list(CONTRACT.get(table, FILES_COLUMNS))

    def count(self, table: str) -> int:
        return self.store.count(table)

    def long_texts(self, table: str, limit: int) -> int:
        texts = [c for c, k in column_kinds(table).items() if k == TEXT]
        if not texts:
            return 0
        total = " + ".join(f"coalesce(sum(length({_q(c)}) > {int(limit)}), 0)" for c in texts)
        return self.store.conn.execute(f"SELECT {total} FROM {_q(table)}").fetchone()[0]


def as_source(tables: Mapping[str, pd.DataFrame] | TableSource) -> TableSource:
    return tables if isinstance(tables, TableSource) else FrameSource(tables)
