"""Tell what an input file is by its content, and dispatch it to the right reader.

The extension is never trusted: reports arrive as ``laporan.pdf`` that is a Word
file, or ``.txt`` exports with no extension at all. :func:`detect_format` looks
at the first bytes:

* ``%PDF-`` within the first 1024 bytes (the PDF spec allows leading junk) → ``"pdf"``;
* a zip archive holding ``word/document.xml`` → ``"docx"`` (any other zip is refused);
* bytes that decode as UTF-8, or as latin-1 with almost no control characters → ``"text"``.

Everything else raises :class:`~lkjip.errors.InputError` (missing, empty,
directory, unreadable) or :class:`~lkjip.errors.UnsupportedFormatError` (a zip
that is not DOCX, a legacy ``.doc``, binary junk), each with a message that says
what to do.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Literal

from lkjip.errors import InputError, UnsupportedFormatError
from lkjip.extract.document import Document

Format = Literal["pdf", "docx", "text"]

#: how many bytes are sniffed for text detection
_SNIFF_BYTES = 64 * 1024
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
#: control characters allowed in text files (tab, newline, vertical tab, form feed, carriage return)
_TEXT_CONTROLS = {9, 10, 11, 12, 13}
# control characters other than _TEXT_CONTROLS, and the C1 range
_BAD_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in range(32) if c not in _TEXT_CONTROLS) + "\x7f-\x9f]")


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError(f"file not found: {path}")
    if path.is_dir():
        raise InputError(f"is a directory, not a file: {path}")
    if not path.is_file():
        raise InputError(f"not a regular file: {path}")
    if path.stat().st_size == 0:
        raise InputError(f"file is empty (0 bytes): {path}")


def _read_head(path: Path, n: int) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(n)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _zip_kind(path: Path) -> Format:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile as exc:
        raise InputError(f"corrupt zip/DOCX archive: {path} ({exc})") from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise UnsupportedFormatError(f"{path} is an Excel workbook (XLSX); export it to PDF first")
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormatError(f"{path} is a PowerPoint file (PPTX); export it to PDF first")
    if "content.xml" in names:
        raise UnsupportedFormatError(f"{path} is an OpenDocument file; save it as DOCX or PDF")
    raise UnsupportedFormatError(f"{path} is a zip archive but not a DOCX (no word/document.xml)")


def looks_like_text(data: bytes) -> bool:
    """True if ``data`` is plausibly a text file (UTF-8, or latin-1 with few control characters)."""
    if not data:
        return False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16: read_text reads UTF-8/latin-1 only
    if b"\x00" in data:
        return False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut at the end of the sniffed window is still UTF-8
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            text = data[: exc.start].decode("utf-8")
        else:
            text = data.decode("latin-1")
    bad = len(_BAD_CHARS.findall(text))
    return bad <= max(2, len(text) // 200)


def detect_format(path: str | Path) -> Format:
    """Return ``"pdf"``, ``"docx"`` or ``"text"`` from the file's content.

    Raises ``InputError`` for a missing, empty or unreadable file or a directory,
    and ``UnsupportedFormatError`` for content lkjip does not read.
    """
    path = Path(path)
    _check_file(path)
    head = _read_head(path, _SNIFF_BYTES)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_ZIP_MAGICS):
        return _zip_kind(path)
    if head.startswith(_OLE2_MAGIC):
        raise UnsupportedFormatError(f"{path} is a legacy Word/Excel file (.doc/.xls); save it as DOCX or PDF")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnsupportedFormatError(f"{path} is UTF-16 text; save it as UTF-8")
    if head.lstrip().startswith((b"{\\rtf",)):
        raise UnsupportedFormatError(f"{path} is an RTF file; save it as DOCX or PDF")
    if looks_like_text(head):
        return "text"
    raise UnsupportedFormatError(
        f"{path} is not a PDF, DOCX or text file (binary content, starts with {head[:8]!r})"
    )


def read_document(path: str | Path, *, ocr: bool = True, max_pages: int | None = None) -> Document:
    """Read any supported input into a :class:`Document`, choosing the reader by content.

    ``ocr`` lets PDF pages without a text layer go through Tesseract (otherwise
    they are skipped with a warning); ``max_pages`` makes longer PDFs raise
    :class:`~lkjip.errors.ResourceLimitError`.
    """
    path = Path(path)
    fmt = detect_format(path)
    if fmt == "pdf":
        from lkjip.extract.read_pdf import read_pdf

        return read_pdf(path, ocr=ocr, max_pages=max_pages)
    if fmt == "docx":
        from lkjip.extract.read_docx import read_docx

        return read_docx(path)
    from lkjip.extract.read_text import read_text

    return read_text(path)
