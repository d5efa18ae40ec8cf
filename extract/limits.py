"""Per-file resource limits, and the cheap checks that enforce them before a file is parsed.

A hostile or broken input must cost bounded time and memory. Two layers do it:

1. **Preflight** (:func:`preflight`, called by ``extract_report`` before any reader runs): checks
   that cost a small fraction of a parse and refuse a file with a clear reason
   (:class:`~lkjip.errors.ResourceLimitError`, category ``limit``):

   * the file size (``max_bytes``; ``lkjip batch --max-mb``);
   * text exports: the size (``max_text_bytes``), since the whole file is read and split into lines;
   * PDF: every zlib (FlateDecode) stream in the file is inflated into a counter, never into
     memory, and a stream that inflates past ``max_stream_bytes`` is refused — a few kilobytes
     of nested FlateDecode can inflate to gigabytes, which pdfium would hold in memory while
     loading the page; then the page count through pdfium (``max_pages``; ``--max-pages``),
     then the characters of each page through pdfium's text page (``max_chars_per_page``: a
     page of 100,000 tiny text objects);
   * DOCX: the uncompressed size of each zip member and of all of them, from the zip directory
     (``max_stream_bytes``; :mod:`zipfile` never reads past a member's declared size).

   A file that is broken in a way preflight cannot judge (not a PDF after all, a PDF pdfium cannot
   open) passes: the reader reports it with its own message.

2. **The batch worker** (:mod:`lkjip.corpus.batch`): every file runs in its own child process under
   an address-space limit (``RLIMIT_AS``, ``--memory-mb``) and a wall-clock limit (``--timeout``,
   SIGKILL), whatever preflight let through — a pathological layout, a C library stuck in a loop.

The defaults are sized for real LKjIPs (up to about 150 pages and 20 MB, text exports well under
1 MB, at most a few thousand characters on a dense page) with a wide margin.
"""

from __future__ import annotations

import mmap
import re
import zipfile
import zlib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from lkjip.errors import ResourceLimitError

MB = 1024 * 1024

#: ``stream`` keyword that opens a PDF stream's data (the spec requires an end of line after it)
_STREAM = re.compile(rb"stream\r?\n")
_IN_CHUNK = 64 * 1024  # compressed bytes fed at a time
_OUT_CHUNK = 1 * MB  # inflated bytes produced at a time (memory per layer)
_MAX_LAYERS = 4  # nested FlateDecode layers followed


class Limits(BaseModel):
    """What one input file may cost; every field is a positive integer.

    ``Limits()`` holds the defaults; ``Limits(max_pages=200)`` changes one.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: size of any input file (real reports: up to about 20 MB)
    max_bytes: int = Field(100 * MB, gt=0)
    #: pages of a PDF (real reports: up to about 150)
    max_pages: int = Field(1000, gt=0)
    #: size of a text export (real ones: well under 1 MB; the seed report is 63 KB)
    max_text_bytes: int = Field(4 * MB, gt=0)
    #: characters on one PDF page as pdfium counts them (a dense real page: about 3,500)
    max_chars_per_page: int = Field(50_000, gt=0)
    #: inflated size of one compressed PDF stream or DOCX part, and of all DOCX parts together
    #: (a full-page 300 dpi colour scan stored with FlateDecode: about 26 MB)
    max_stream_bytes: int = Field(256 * MB, gt=0)

    @classmethod
    def resolve(cls, value: Limits | dict | None) -> Limits:
        """``None`` → the defaults; a dict → validated; a Limits → itself."""
        if value is None:
            return cls()
        if isinstance(value, cls):
            return value
        return cls.model_validate(value)


def _mb(n: int) -> str:
    if n < MB:
        return f"{n / 1024:,.1f} KB"
    return f"{n / MB:,.1f} MB" if n % MB else f"{n // MB:,} MB"


def preflight(path: str | Path, limits: Limits | dict | None = None) -> None:
    """Refuse a file over a limit before it is parsed; see the module docstring.

    Raises :class:`~lkjip.errors.ResourceLimitError`; returns None when the file is within the
    limits or broken in a way the reader will report.
    """
    limits = Limits.resolve(limits)
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size > limits.max_bytes:
        raise ResourceLimitError(f"file is {_mb(size)}, over the limit of {_mb(limits.max_bytes)} per file "
                                 "(--max-mb)")
    from lkjip.extract.detect import detect_format

    try:
        fmt = detect_format(path)
    except Exception:  # noqa: BLE001 - not a file preflight can judge: the reader reports it
        return
    if fmt == "text":
        check_text_size(size, limits)
    elif fmt == "pdf":
        check_pdf(path, limits)
    elif fmt == "docx":
        check_docx(path, limits)


def check_text_size(size: int, limits: Limits) -> None:
    if size > limits.max_text_bytes:
        raise ResourceLimitError(f"text file is {_mb(size)}, over the limit of {_mb(limits.max_text_bytes)} "
                                 "for a text export (max_text_bytes)")


# --- PDF -------------------------------------------------------------------------------------------------


def check_pdf(path: Path, limits: Limits) -> None:
    """Streams (decompression bombs), then page count, then characters per page."""
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        check_pdf_streams(data, limits)  # mapped, not read: a 100 MB PDF costs no 100 MB here
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return  # encrypted or corrupt: the reader says so
    try:
        n_pages = len(pdf)
        if n_pages > limits.max_pages:
            raise ResourceLimitError(f"{n_pages} pages is over the limit of {limits.max_pages} pages per report "
                                     "(--max-pages)")
        for i in range(n_pages):
            n_chars = _page_chars(pdf, i)
            if n_chars > limits.max_chars_per_page:
                raise ResourceLimitError(
                    f"page {i + 1} holds {n_chars:,} characters, over the limit of "
                    f"{limits.max_chars_per_page:,} per page (max_chars_per_page)")
    finally:
        pdf.close()


def _page_chars(pdf, index: int) -> int:
    import pypdfium2 as pdfium

    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return 0  # a page pdfium cannot load: the reader decides
    try:
        textpage = page.get_textpage()
        try:
            return max(textpage.count_chars(), 0)
        finally:
            textpage.close()
    except pdfium.PdfiumError:
        return 0
    finally:
        page.close()


def _zlib_header(b: bytes) -> bool:
    """Do these bytes start a zlib stream (deflate method, window ≤ 32 KB, header checksum)?"""
    return len(b) >= 2 and (b[0] & 0x0F) == 8 and (b[0] >> 4) <= 7 and ((b[0] << 8) | b[1]) % 31 == 0


class _Over(Exception):
    """An inflated layer went past the cap (internal to :class:`_Inflater`)."""


class _Inflater:
    """Inflate a zlib stream and any zlib streams nested in it, counting each layer's output.

    Output is counted and dropped, never kept: memory is one output chunk per layer whatever the
    stream inflates to. Counting stops as soon as one layer passes ``cap``.
    """

    def __init__(self, cap: int):
        self.cap = cap
        self.decs = [zlib.decompressobj()]
        self.sizes = [0]
        self.dead = [False]

    def feed(self, data: bytes) -> bool:
        """Push compressed bytes in; False once the outer stream has ended or is broken."""
        self._push(0, data)
        return not (self.dead[0] or self.decs[0].eof)

    def _push(self, level: int, buf: bytes) -> None:
        d = self.decs[level]
        while buf and not d.eof and not self.dead[level]:
            try:
                out = d.decompress(buf, _OUT_CHUNK)
            except zlib.error:
                self.dead[level] = True
                return
            buf = d.unconsumed_tail
            if not out:
                continue
            first = self.sizes[level] == 0
            self.sizes[level] += len(out)
            if self.sizes[level] > self.cap:
                raise _Over
            if level + 1 < len(self.decs):
                self._push(level + 1, out)
            elif first and level + 1 < _MAX_LAYERS and _zlib_header(out):
                self.decs.append(zlib.decompressobj())
                self.sizes.append(0)
                self.dead.append(False)
                self._push(level + 1, out)

    @property
    def largest(self) -> int:
        return max(self.sizes)


def inflated_size(data: bytes | mmap.mmap, start: int, cap: int) -> int:
    """The largest layer of the (possibly nested) zlib stream at ``data[start:]``; > cap means over."""
    inf = _Inflater(cap)
    with memoryview(data) as view:
        try:
            for pos in range(start, len(view), _IN_CHUNK):
                if not inf.feed(bytes(view[pos: pos + _IN_CHUNK])):
                    break
        except _Over:
            return cap + 1
    return inf.largest


def check_pdf_streams(data: bytes | mmap.mmap, limits: Limits) -> None:
    """Refuse a PDF holding a compressed stream that inflates past ``max_stream_bytes``."""
    cap = limits.max_stream_bytes
    for m in _STREAM.finditer(data):
        start = m.end()
        if not _zlib_header(data[start: start + 2]):
            continue
        if inflated_size(data, start, cap) > cap:
            raise ResourceLimitError(
                f"a compressed stream (at byte {start:,}) inflates to more than {_mb(cap)}, the limit per "
                "stream (max_stream_bytes): a decompression bomb?")


# --- DOCX ------------------------------------------------------------------------------------------------


def check_docx(path: Path, limits: Limits) -> None:
    """Refuse a DOCX whose parts inflate past ``max_stream_bytes``, one or all together."""
    cap = limits.max_stream_bytes
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except Exception:  # noqa: BLE001 - a zip too broken to list is the reader's to report
        return
    total = 0
    for info in infos:
        if info.file_size > cap:
            raise ResourceLimitError(f"DOCX part {info.filename!r} inflates to {_mb(info.file_size)}, over the "
                                     f"limit of {_mb(cap)} per part (max_stream_bytes): a zip bomb?")
        total += info.file_size
    if total > cap:
        raise ResourceLimitError(f"DOCX parts inflate to {_mb(total)} together, over the limit of {_mb(cap)} "
                                 "(max_stream_bytes): a zip bomb?")
