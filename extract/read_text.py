"""Reader for text exports: tables are tab-separated lines, headings ``**bold**``.

Consecutive lines holding a tab form a table; any other non-blank lines form
a paragraph (blank lines separate paragraphs). A table interrupted only by
blank lines (a page break in the original) comes out as two tables; the
pipeline joins them, as it does for every reader (:mod:`lkjip.extract.stitch`).
"""

from __future__ import annotations

from pathlib import Path

import regex as re

from lkjip.errors import InputError
from lkjip.extract.document import Document, Paragraph, Table, TableRow

_TAG = re.compile(r"</?\s*(p|br|b|i|strong|em|span|div)\b[^>]*>", re.IGNORECASE)


def clean_cell(text: str) -> str:
    """Strip inline HTML the exporter leaves in cells and collapse spaces."""
    text = _TAG.sub(" ", text)
    return " ".join(text.split())


def read_text(path: str | Path, *, max_bytes: int | None = None) -> Document:
    p = Path(path)
    data = p.read_bytes()
    if max_bytes is not None and len(data) > max_bytes:
        from lkjip.errors import ResourceLimitError

        raise ResourceLimitError(f"text file is {len(data):,} bytes, over the limit of {max_bytes:,}")
    for enc in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - latin-1 always decodes
        raise InputError(f"{p.name}: cannot decode text")
    return read_text_string(text, source_file=str(path))


def read_text_string(text: str, source_file: str = "<string>") -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Paragraph | Table] = []
    para: list[tuple[int, str]] = []
    rows: list[TableRow] = []
    bold = False

    def flush_para() -> None:
        nonlocal para
        if para:
            body = "\n".join(t for _, t in para)
            is_bold = "**" in body
            body = body.replace("**", "")
            blocks.append(Paragraph(text=body.strip(), line_no=para[0][0], bold=is_bold or bold))
            para = []

    def flush_table() -> None:
        nonlocal rows
        if rows:
            blocks.append(Table(rows=rows, line_no=rows[0].line_no, strategy="tabs"))
            rows = []

    for i, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if "\t" in line:
            flush_para()
            rows.append(TableRow(cells=[clean_cell(c) for c in line.split("\t")], line_no=i))
        elif not line.strip():
            flush_para()
            flush_table()
        else:
            flush_table()
            para.append((i, line.strip()))
    flush_para()
    flush_table()
    blocks = [b for b in blocks if not (isinstance(b, Paragraph) and not b.text)]
    return Document(source_file=source_file, input_format="text", blocks=blocks)
