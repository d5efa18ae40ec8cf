"""An ``.xlsx`` (a zip of XML parts) written from pieces of sheet XML each compressed once.

A sheet's rows are made in pieces (:mod:`lkjip.corpus.workbook`: a segment of a table each), and each piece
is compressed on its own as raw deflate ended by a sync flush (:func:`deflate`). Such pieces written one
after the other and closed by an empty final block (:data:`FINAL`) are one valid deflate stream, and the
entry's CRC-32 is combined from the pieces' own (:func:`crc32_combine`, zlib's method). So a piece that did
not change is never made or compressed again: a rerun copies its bytes from the cache into the file.

:class:`ZipOut` writes the zip itself (local headers, central directory, ZIP64 records when an entry or
the file passes 4 GiB), since :mod:`zipfile` compresses what it is given.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

#: zlib's level (as :mod:`zipfile` and XlsxWriter use by default)
LEVEL = 6
#: an empty final deflate block: ends a stream of sync-flushed pieces
FINAL = zlib.compressobj(LEVEL, zlib.DEFLATED, -15).flush()
_POLY = 0xEDB88320
_U32 = 0xFFFFFFFF


@dataclass(frozen=True)
class Deflated:
    """Raw deflate bytes that end on a sync flush (not final), their data's CRC-32 and length."""

    data: bytes
    crc: int
    size: int


def deflate(raw: bytes, level: int = LEVEL) -> Deflated:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return Deflated(c.compress(raw) + c.flush(zlib.Z_SYNC_FLUSH), zlib.crc32(raw), len(raw))


def _times(mat: list[int], vec: int) -> int:
    out, i = 0, 0
    while vec:
        if vec & 1:
            out ^= mat[i]
        vec >>= 1
        i += 1
    return out


def _square(mat: list[int]) -> list[int]:
    return [_times(mat, mat[n]) for n in range(32)]


def _zero_operators() -> list[list[int]]:
    """The CRC operator of 2**k zero bytes, for k = 0…63."""
    bit = [_POLY] + [1 << n for n in range(31)]  # one zero bit
    op = _square(_square(_square(bit)))  # one zero byte
    ops = [op]
    for _ in range(63):
        op = _square(op)
        ops.append(op)
    return ops


_OPS: list[list[int]] = []


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """The CRC-32 of ``a + b`` from ``crc32(a)``, ``crc32(b)`` and ``len(b)``."""
    if not _OPS:
        _OPS.extend(_zero_operators())
    k = 0
    while len2:
        if len2 & 1:
            crc1 = _times(_OPS[k], crc1)
        len2 >>= 1
        k += 1
    return crc1 ^ crc2


def joined(parts: Iterable[Deflated]) -> tuple[int, int, int]:
    """(crc, size, compressed size) of the stream ``parts`` + :data:`FINAL` make."""
    crc = size = csize = 0
    for p in parts:
        crc = crc32_combine(crc, p.crc, p.size)
        size += p.size
        csize += len(p.data)
    return crc, size, csize + len(FINAL)


def _dos(date_time: tuple) -> tuple[int, int]:
    y, mo, d, h, mi, s = date_time[:6]
    return ((max(y, 1980) - 1980) << 9) | (mo << 5) | d, (h << 11) | (mi << 5) | (s // 2)


class ZipOut:
    """A zip file written entry by entry, each entry deflated (see the module docstring)."""

    def __init__(self, f: BinaryIO):
        self.f, self.pos, self.entries = f, 0, []

    def _write(self, b: bytes) -> None:
        self.f.write(b)
        self.pos += len(b)

    def add(self, name: str, date_time: tuple, crc: int, size: int, csize: int, chunks: Iterable[bytes]) -> None:
        """An entry whose deflate stream is ``chunks`` (``csize`` bytes in all) of ``size`` bytes of data."""
        offset, raw_name = self.pos, name.encode("utf-8")
        zip64 = size >= _U32 or csize >= _U32
        extra = struct.pack("<HHQQ", 1, 16, size, csize) if zip64 else b""
        date, time = _dos(date_time)
        self._write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 45 if zip64 else 20, 0x800, 8, time, date, crc,
                                _U32 if zip64 else csize, _U32 if zip64 else size, len(raw_name), len(extra))
                    + raw_name + extra)
        wrote = 0
        for c in chunks:
            self._write(c)
            wrote += len(c)
        if wrote != csize:
            raise ValueError(f"{name}: {wrote} compressed bytes written, {csize} announced")
        self.entries.append((raw_name, date, time, crc, size, csize, offset))

    def add_bytes(self, name: str, date_time: tuple, raw: bytes) -> None:
        c = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
        data = c.compress(raw) + c.flush()
        self.add(name, date_time, zlib.crc32(raw), len(raw), len(data), [data])

    def close(self) -> None:
        """The central directory and the end records (ZIP64 ones when needed)."""
        start = self.pos
        for raw_name, date, time, crc, size, csize, offset in self.entries:
            big = [v for v in (size, csize, offset) if v >= _U32]
            extra = struct.pack(f"<HH{len(big)}Q", 1, 8 * len(big), *big) if big else b""
            ver = 45 if big else 20
            self._write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, ver, ver, 0x800, 8, time, date, crc,
                                    min(csize, _U32), min(size, _U32), len(raw_name), len(extra), 0, 0, 0, 0,
                                    min(offset, _U32)) + raw_name + extra)
        n, cd_size = len(self.entries), self.pos - start
        if n >= 0xFFFF or start >= _U32 or cd_size >= _U32:
            at = self.pos
            self._write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, n, n, cd_size, start))
            self._write(struct.pack("<IIQI", 0x07064B50, 0, at, 1))
        self._write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, min(n, 0xFFFF), min(n, 0xFFFF),
                                min(cd_size, _U32), min(start, _U32), 0))
