"""Exports patched segment by segment, so that a rerun after one changed file does not redo the corpus.

A *segment* is the reports whose ``report_id`` starts with the same two characters (256 segments of
hex ids; :func:`lkjip.corpus.store.segment_of`). Rows are ordered by report_id, so a table is its
segments one after the other, in order. The store stamps a segment of a table each time it writes
there (:meth:`~lkjip.corpus.store.Store.segments`: the stamp, the row count and the last rowid).

``OUT/.lkjip-cache.sqlite`` keeps, per export and table, each segment's piece — its CSV lines, its
Arrow table, its reports' budget totals — with the fingerprint it was made at. An export takes the
pieces whose fingerprint still holds and makes the others from the store, then writes the file by
joining the pieces (bytes for CSV, Arrow tables for Parquet: no Python work per cell). The files
are the same, byte for byte (CSV) or table for table (Parquet), as those written from the whole
tables (:func:`lkjip.corpus.csv_export.write_csv`, :func:`lkjip.corpus.store.write_parquet`).
Deleting the cache file only costs time.
"""

from __future__ import annotations

import csv
import io
import os
import pickle
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from lkjip import __version__
from lkjip.corpus.csv_export import csv_value
from lkjip.corpus.store import CHUNK_ROWS, Store, column_kinds, rows_to_arrow, table_to_arrow
from lkjip.tables import CONTRACT, DECIMAL_KINDS

CACHE_NAME = ".lkjip-cache.sqlite"
#: bump when a piece's format changes: every piece made before is made again
CACHE_VERSION = 2
#: pieces are compressed (the cache is otherwise about twice the size of the store)
_IPC = pa.ipc.IpcWriteOptions(compression="zstd" if pa.Codec.is_available("zstd") else None)


class SegmentCache:
    """Pieces of exports by (export, table, segment), each with the fingerprint it was made at."""

    def __init__(self, path: str | os.PathLike):
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA synchronous=OFF")  # a cache: losing it costs time, not data
        self.conn.execute("CREATE TABLE IF NOT EXISTS piece (kind TEXT, tbl TEXT, seg TEXT, key TEXT, data BLOB, "
                          "PRIMARY KEY (kind, tbl, seg))")

    def pieces(self, kind: str, table: str, segments: dict[str, tuple], make: Callable[[str], bytes],
               extra: str = "") -> Iterator[bytes]:
        """Each segment's piece in order: the cached one when made at the segment's fingerprint, by this
        version of lkjip, with the same ``extra`` (the columns, …), else ``make(seg)``, stored. Pieces of
        segments that are gone are dropped."""
        cached = dict(self.conn.execute("SELECT seg, key FROM piece WHERE kind = ? AND tbl = ?", (kind, table)))
        for gone in cached.keys() - segments.keys():
            self.conn.execute("DELETE FROM piece WHERE kind = ? AND tbl = ? AND seg = ?", (kind, table, gone))
        for seg, fp in segments.items():
            key = self.key(fp, extra)
            if cached.get(seg) == key:  # its bytes read only now: one piece in memory at a time
                yield self.get(kind, table, seg)
                continue
            data = make(seg)
            self.conn.execute("INSERT OR REPLACE INTO piece VALUES (?, ?, ?, ?, ?)", (kind, table, seg, key, data))
            yield data

    @staticmethod
    def key(fp, extra: str = "") -> str:
        """What a piece is made at: the cache's format, this lkjip's version, the fingerprint, ``extra``."""
        return f"{CACHE_VERSION}|{__version__}|{fp}|{extra}"

    def get(self, kind: str, table: str, seg: str, key: str | None = None) -> bytes | None:
        """The piece stored for a segment (only when made at ``key``, when given), or None."""
        row = self.conn.execute("SELECT key, data FROM piece WHERE kind = ? AND tbl = ? AND seg = ?",
                                (kind, table, seg)).fetchone()
        return None if row is None or (key is not None and row[0] != key) else row[1]

    def put(self, kind: str, table: str, seg: str, key: str, data: bytes) -> None:
        self.conn.execute("INSERT OR REPLACE INTO piece VALUES (?, ?, ?, ?, ?)", (kind, table, seg, key, data))

    def keep(self, kind: str, table: str, segs: set[str]) -> None:
        """Drop the pieces of every other segment."""
        gone = [(kind, table, seg) for (seg,) in self.conn.execute("SELECT seg FROM piece WHERE kind = ? AND tbl = ?",
                                                                    (kind, table)) if seg not in segs]
        self.conn.executemany("DELETE FROM piece WHERE kind = ? AND tbl = ? AND seg = ?", gone)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SegmentCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _tmp(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.tmp")


# --- CSV ------------------------------------------------------------------------------------------


def _csv_lines(rows: list[list], kinds: list) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    for row in rows:
        w.writerow([csv_value(v, k) for v, k in zip(row, kinds, strict=True)])
    return zlib.compress(buf.getvalue().encode("utf-8"), 1)


def write_csv(store: Store, cache: SegmentCache, folder: Path) -> None:
    """``csv/<table>.csv`` for every contract table, as :func:`lkjip.corpus.csv_export.write_csv` writes it."""
    folder.mkdir(parents=True, exist_ok=True)
    for table, cols in CONTRACT.items():
        declared = column_kinds(table)
        kinds = [declared.get(c) for c in cols]
        dest = folder / f"{table}.csv"
        with _tmp(dest).open("wb") as f:
            head = io.StringIO(newline="")
            csv.writer(head).writerow([csv_value(c) for c in cols])
            f.write(head.getvalue().encode("utf-8-sig"))
            make = lambda seg, t=table, k=kinds: _csv_lines(store.segment_rows(t, seg)[1], k)  # noqa: E731
            for piece in cache.pieces("csv", table, store.segments(table), make, ",".join(cols)):
                f.write(zlib.decompress(piece))
        os.replace(_tmp(dest), dest)


# --- Parquet --------------------------------------------------------------------------------------


def _arrow_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema, options=_IPC) as w:
        w.write_table(table)
    return sink.getvalue().to_pybytes()


def _arrow_table(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()


class _Text(Exception):
    def __init__(self, column: str):
        self.column = column


def _parquet_once(store: Store, cache: SegmentCache, table: str, tmp: Path, as_text: set[str]) -> None:
    extra = ",".join(CONTRACT[table]) + "|" + ",".join(sorted(as_text))
    make = lambda seg: _arrow_bytes(rows_to_arrow(table, *store.segment_rows(table, seg), as_text))  # noqa: E731
    empty = table_to_arrow(table, store.load_table(table, "WHERE 0"), as_text)
    decimal = {c for c, k in column_kinds(table).items() if k in DECIMAL_KINDS}
    batch, rows, wrote = [], 0, False
    with pq.ParquetWriter(tmp, empty.schema) as writer:
        for data in cache.pieces("parquet", table, store.segments(table), make, extra):
            at = _arrow_table(data)
            if at.schema != empty.schema:
                changed = [f.name for f in at.schema if f.type != empty.schema.field(f.name).type]
                text = [c for c in changed if c in decimal and c not in as_text]
                if text:
                    raise _Text(text[0])
                at = at.cast(empty.schema)
            batch.append(at)
            rows += at.num_rows
            if rows >= CHUNK_ROWS:
                writer.write_table(pa.concat_tables(batch))
                batch, rows, wrote = [], 0, True
        if batch or not wrote:
            writer.write_table(pa.concat_tables(batch) if batch else empty)


def write_parquet(store: Store, cache: SegmentCache, folder: Path) -> None:
    """``parquet/<table>.parquet`` for every contract table, the same tables as
    :func:`lkjip.corpus.store.write_parquet` writes: a Decimal column holding a value its decimal type
    cannot is text in the whole file (its pieces are then made again as text)."""
    folder.mkdir(parents=True, exist_ok=True)
    for table in CONTRACT:
        dest = folder / f"{table}.parquet"
        as_text: set[str] = set()
        while True:
            try:
                _parquet_once(store, cache, table, _tmp(dest), as_text)
                break
            except _Text as e:
                as_text.add(e.column)
        os.replace(_tmp(dest), dest)


# --- budget totals ------------------------------------------------------------------------------------


def budget_totals(store: Store, cache: SegmentCache) -> dict:
    """Every report's budget total (:func:`lkjip.validate.corpus_facts.budget_totals`), segment by segment."""
    from lkjip.validate.corpus_facts import group_rows, totals_by_report

    def make(seg: str) -> bytes:
        return zlib.compress(pickle.dumps(totals_by_report(group_rows(*store.segment_rows("budget_lines", seg)))), 1)

    out: dict = {}
    extra = ",".join(CONTRACT["budget_lines"])
    for data in cache.pieces("totals", "budget_lines", store.segments("budget_lines"), make, extra):
        out.update(pickle.loads(zlib.decompress(data)))  # noqa: S301 - our own cache, written by this module
    return out
