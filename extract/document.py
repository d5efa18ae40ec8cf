"""The intermediate document model every reader produces.

Whatever the input (text export, PDF, DOCX, scanned PDF through OCR), a reader
returns one :class:`Document`: an ordered list of blocks, each a
:class:`Paragraph` or a :class:`Table`, with page (PDF/DOCX) or line number
(text) and, where the format has one, a bounding box. The extractors only ever
see this model, so they work unchanged on every format.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

InputFormat = Literal["text", "pdf", "docx", "pdf_ocr"]
BBox = tuple[float, float, float, float]


class Paragraph(BaseModel):
    """A run of text: a heading, a caption, a line of narrative.

    ``text`` is the paragraph as one string (wrapped lines rejoined, newlines kept only where the
    source has them); ``lines`` keeps the visual lines when the reader knows them (PDF, OCR), so
    line-based facts (a signature block: jabatan / name / pangkat / NIP) survive a rejoin.
    """

    kind: Literal["paragraph"] = "paragraph"
    text: str
    lines: list[str] = Field(default_factory=list)
    page: int | None = None
    line_no: int | None = None
    bbox: BBox | None = None
    bold: bool = False


class TableRow(BaseModel):
    """One row of cells as printed, with where it stands."""

    cells: list[str]
    page: int | None = None
    line_no: int | None = None
    bbox: BBox | None = None
    #: True for rows a reader knows are headers (e.g. DOCX header rows, repeated PDF headers)
    is_header: bool = False


class Table(BaseModel):
    """A table as printed; a table continued across pages is one table."""

    kind: Literal["table"] = "table"
    rows: list[TableRow]
    page: int | None = None
    line_no: int | None = None
    bbox: BBox | None = None
    #: how the reader found it, for debugging: "tabs", "lines", "text", "docx", "ocr"
    strategy: str = ""
    warnings: list[str] = Field(default_factory=list)
    #: why this reading of the table may be wrong (a continuation that fits no table, a value column left
    #: empty); flags coming from a doubtful table are warnings, never errors
    doubt: str | None = None

    @property
    def n_cols(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


Block = Paragraph | Table


class Document(BaseModel):
    """Pages → paragraphs and tables, in reading order."""

    source_file: str
    input_format: InputFormat
    pages: int | None = None
    blocks: list[Paragraph | Table] = Field(default_factory=list, discriminator=None)
    #: reader-level warnings (e.g. "page 4 had no text layer; OCR used")
    warnings: list[str] = Field(default_factory=list)
    #: per-page OCR flag, so extractors can check digits harder
    ocr_pages: list[int] = Field(default_factory=list)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def full_text(self) -> str:
        """All paragraph text, one block per line (tables excluded)."""
        return "\n".join(p.text for p in self.paragraphs())
