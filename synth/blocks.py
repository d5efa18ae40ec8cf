"""The printer's output before serialization: paragraphs and tables whose rows carry the truth records
they print, and :func:`serialize`, which writes them as a text export and a
:class:`~lkjip.extract.document.Document` and fills in each record's line number."""

from __future__ import annotations

from dataclasses import dataclass, field

from lkjip.extract.document import Document, Paragraph, Table, TableRow


@dataclass
class Para:
    text: str
    bold: bool = False
    key: str | None = None
    recs: list = field(default_factory=list)
    rec_offset: int = 0  # records stand on this line of the paragraph (0 = first)


@dataclass
class Row:
    cells: list[str]
    header: bool = False
    key: tuple | None = None
    recs: list = field(default_factory=list)


@dataclass
class Block:
    """A table: its label (caption) and rows; ``repeat_every`` data rows the header repeats after a blank line."""

    label: str | None
    rows: list[Row]
    repeat_every: int = 0


def serialize(blocks: list[Para | Block], source_file: str) -> tuple[str, Document, dict]:
    lines: list[str] = []
    where: dict = {}
    doc_blocks: list[Paragraph | Table] = []

    def emit(s: str) -> int:
        lines.append(s)
        return len(lines)

    for _ in range(3):
        emit("")
    for i, b in enumerate(blocks):
        if i:
            emit("")
        if isinstance(b, Para):
            parts = b.text.split("\n")
            first = None
            for j, part in enumerate(parts):
                shown = part
                if b.bold:
                    shown = ("**" if j == 0 else "") + part + ("**" if j == len(parts) - 1 else "")
                n = emit(shown)
                first = first or n
                doc_blocks.append(Paragraph(text=part, line_no=n, bold=b.bold))
            if b.key:
                where[("text", b.key)] = first
            for rec in b.recs:
                rec.source.line_no = first + b.rec_offset
            continue
        head = [r for r in b.rows if r.header]
        body = [r for r in b.rows if not r.header]
        trows: list[TableRow] = []
        for r in head:
            trows.append(TableRow(cells=list(r.cells), line_no=emit("\t".join(r.cells)), is_header=True))
        for k, r in enumerate(body):
            if b.repeat_every and k and k % b.repeat_every == 0:
                emit("")
                for h in head:
                    emit("\t".join(h.cells))
            n = emit("\t".join(r.cells))
            trows.append(TableRow(cells=list(r.cells), line_no=n))
            if r.key:
                where[r.key] = n
            for rec in r.recs:
                rec.source.line_no = n
                rec.source.raw = list(r.cells)
        doc_blocks.append(Table(rows=trows, line_no=trows[0].line_no, strategy="generated"))
    text = "\n".join(lines) + "\n"
    doc = Document(source_file=source_file, input_format="text", blocks=doc_blocks)
    return text, doc, where


