"""``csv/<table>.csv``: every table of the dataset as CSV, for tools that read neither Parquet nor SQLite.

One file per table of the dataset contract (the file names are the contract's table names, never a
name from a document), a header row, UTF-8 with a byte-order mark so that Excel opens it as UTF-8.
Values: exact decimals as written by ``str`` (``1234567890.00``), dates ``yyyy-mm-dd``, booleans
``true``/``false``, missing values empty.

A CSV is opened by spreadsheets, where a field starting with ``=``, ``+``, ``-``, ``@`` is a
formula: every string passes :func:`lkjip.corpus.safety.excel_safe`, like the cells of
``lkjip.xlsx``.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pandas as pd

from lkjip.corpus.safety import excel_safe


def csv_value(v) -> str:
    """One field: strings made formula-safe, numbers exact, missing empty."""
    if v is None:
        return ""
    if isinstance(v, str):
        return excel_safe(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Decimal):
        return f"{v:f}"
    if isinstance(v, dt.date):
        return v.isoformat()
    try:
        if pd.isna(v):
            return ""
    except (TypeError, ValueError):
        pass
    return excel_safe(str(v))


def write_csv(tables: dict[str, pd.DataFrame], folder: str | os.PathLike) -> Path:
    """Write ``<folder>/<table>.csv`` for every table, each to a temporary name and renamed into place."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, df in tables.items():
        tmp = folder / f".{name}.csv.tmp"
        with tmp.open("w", newline="", encoding="utf-8-sig") as f:
            w = csv.writer(f)
            w.writerow([csv_value(c) for c in df.columns])
            for row in df.itertuples(index=False, name=None):
                w.writerow([csv_value(v) for v in row])
        os.replace(tmp, folder / f"{name}.csv")
    return folder
