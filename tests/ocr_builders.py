"""Builders shared by the OCR tests: Tesseract's TSV columns from words, and an OCR page holding one table."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable

TSV_KEYS = ("text", "conf", "left", "top", "width", "height")


def tsv(*words: tuple[str, float, tuple[int, int, int, int]]) -> dict:
    """Tesseract's ``image_to_data`` columns for words given as (text, confidence, (left, top, width, height))."""
    data: dict[str, list] = {k: [] for k in TSV_KEYS}
    for text, conf, (left, top, width, height) in words:
        for k, v in zip(TSV_KEYS, (text, conf, left, top, width, height), strict=True):
            data[k].append(v)
    return data


def page_with_table(rows: list[list[str]]) -> PageResult:
    """An OCR page result holding one table of the given cell rows."""
    table = Table(rows=[TableRow(cells=list(r)) for r in rows], page=1)
    res = PageResult(1, 842.0)
    res.tables = [PageTable(table=table, col_edges=[], x0=0, top=0, x1=500, bottom=300)]
    return res
