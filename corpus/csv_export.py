"""``csv/<table>.csv``: every table of the dataset as CSV, for tools that read neither Parquet nor SQLite.

One file per table of the dataset contract (the file names are the contract's table names, never a
name from a document), a header row, UTF-8 with a byte-order mark so that Excel opens it as UTF-8.
Values are written by the kind each column declares in :mod:`lkjip.tables`: money, percent and
decimal exact as plain digits (``1234567890.00``), dates ``yyyy-mm-dd``, booleans ``true``/``false``,
missing values empty; text and integers as text; a value not of its column's kind (an unreadable
number kept raw) is written by its type.

A CSV is opened by spreadsheets, where a field starting with ``=``, ``+``, ``-``, ``@`` is a
formula: every string passes :func:`lkjip.corpus.safety.excel_safe`, like the cells of
``lkjip.xlsx``.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

import pandas as pd

from lkjip.corpus.safety import excel_safe
from lkjip.corpus.store import TableSource, as_source
from lkjip.tables import BOOL, CONTRACT, DATE, DECIMAL, DECIMAL_KINDS, column_kinds


def _bool(v) -> str:
    return "true" if v else "false"


#: kind → (the Python type of its values, how a value is written)
_BY_KIND = {BOOL: (bool, _bool), DATE: (dt.date, lambda v: v.isoformat()),
            **{k: (Decimal, lambda v: f"{v:f}") for k in DECIMAL_KINDS}}


#: outside a declared column (or a value not of its column's kind): the writer by the value's type
_BY_TYPE = [_BY_KIND[BOOL], _BY_KIND[DECIMAL], _BY_KIND[DATE]]


def csv_value(v, kind: str | None = None) -> str:
    """One field of a column of ``kind``: strings made formula-safe, numbers exact, missing empty."""
    if v is None:
        return ""
    how = _BY_KIND.get(kind)
    if how is not None and isinstance(v, how[0]):
        return how[1](v)
    if isinstance(v, str):
        return excel_safe(v)
    for typ, write in _BY_TYPE:
        if isinstance(v, typ):
            return write(v)
    try:
        if pd.isna(v):
            return ""
    except (TypeError, ValueError):
        pass
    return excel_safe(str(v))


def write_csv(tables: Mapping[str, pd.DataFrame] | TableSource, folder: str | os.PathLike) -> Path:
    """Write ``<folder>/<table>.csv`` for every table, each to a temporary name and renamed into place.

    ``tables`` are frames, or a :class:`~lkjip.corpus.store.StoreSource`: then each file is appended
    piece by piece and memory does not grow with the corpus."""
    source = as_source(tables)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name in source.names:
        tmp = folder / f".{name}.csv.tmp"
        declared = column_kinds(name) if name in CONTRACT else {}
        with tmp.open("w", newline="", encoding="utf-8-sig") as f:
            w = csv.writer(f)
            for i, df in enumerate(source.chunks(name)):
                kinds = [declared.get(c) for c in df.columns]
                if i == 0:
                    w.writerow([csv_value(c) for c in df.columns])
                for row in df.itertuples(index=False, name=None):
                    w.writerow([csv_value(v, k) for v, k in zip(row, kinds, strict=True)])
        os.replace(tmp, folder / f"{name}.csv")
    return folder
