"""A table as a reader gives it (rows on one page, the first the header) under its caption, found and classified."""

from __future__ import annotations

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow


def found_table(rows: list[list[str]], caption: str, page: int = 10, header_rows: int = 1):
    """The one table :func:`find_tables` finds in a PDF page holding ``caption`` over a table of ``rows``, the first
    ``header_rows`` of them the header."""
    table = Table(rows=[TableRow(cells=r, page=page, is_header=i < header_rows) for i, r in enumerate(rows)],
                  page=page)
    fts = find_tables(Document(source_file="t.pdf", input_format="pdf",
                               blocks=[Paragraph(text=caption, page=page), table]))
    assert len(fts) == 1
    return fts[0]
