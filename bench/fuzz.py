"""``make fuzz``: hostile and broken input — normalizers, table readers, mutated PDFs, limits.

    python -m bench.fuzz [--quick] [--seed N] [--normalizer-cases N] [--table-cases N] [--pdfs N]
                         [--workers N] [--out bench/results/fuzz.md]

Four parts, each a question with a countable answer:

1. **Normalizers and output escaping** (hypothesis): random text, Indonesian numbers, dates and NIPs
   as printed and mutated character by character. Only the project's own errors
   (:class:`lkjip.errors.LkjipError` subclasses) may escape; round trips hold (a value formatted the
   Indonesian way parses back to itself; a NIP or a date likewise); spreadsheet and HTML escaping
   hold for any string.
2. **Table readers** (hypothesis): generated text exports whose tab tables are mutated (cells
   missing, extra, merged, split, emptied, junk numbers, rows shuffled, duplicated, dropped, tables
   split by blank lines…) through ``read_text_string`` → ``extract_document`` → validation →
   ``Report.to_tables``. Only ``LkjipError`` may escape; an error caught inside the report with
   category ``internal`` (a bug the per-table guard hid) is counted apart.
3. **Mutated PDFs**: the PDFs of the test corpus truncated, bit-flipped, with objects dropped, the
   xref or page tree damaged, content streams rewritten, each through the real batch worker
   (:func:`lkjip.corpus.batch.process_file`: own process, memory and time limit). Every case must
   end as a report — success, partial, or failed with a category; crashes, timeouts and
   ``internal`` errors are counted apart.
4. **Limits**: the hostile files of :mod:`tests/test_limits.py` (2,000 pages, a decompression bomb,
   100,000 text objects on a page, a 50 MB text file, a zip bomb) through the same worker, with the
   reason each is refused and the time it took; and the worker's own backstops with preflight off.

The hostile-file builders and the strategies live here and are imported by the tests, which run a
small fixed-seed subset. The summary goes to ``bench/results/fuzz.md``; ``make bench`` copies it
into ``BENCHMARKS.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import random
import re
import statistics
import struct
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st

from lkjip.errors import LkjipError, NormalizeError, ResourceLimitError

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "bench" / "results" / "fuzz.md"
PDF_SOURCES = sorted((REPO / "tests" / "data" / "readers").glob("*.pdf")) + sorted(
    (REPO / "tests" / "data" / "generated").glob("*.pdf"))
TEXT_SOURCES = sorted((REPO / "tests" / "data" / "generated").glob("*.txt"))
MB = 1024 * 1024


# =============================================================================================== hostile files


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from object bodies (``objects[i]`` is object ``i + 1``) with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return bytes(out)


def pdf_stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_RESOURCES = b"/Resources << /Font << /F1 5 0 R >> >>"


def _one_content_pdf(kids: list[bytes], content: bytes, filters: bytes = b"") -> bytes:
    """Catalog, page tree, pages (objects 6…), one shared content stream (4), Helvetica (5)."""
    n = len(kids)
    refs = b" ".join(b"%d 0 R" % (6 + i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, n),
            b"<< >>", pdf_stream(content, filters), _FONT, *kids]
    return raw_pdf(objs)


def text_pdf(pages: int, line: bytes = b"Laporan Kinerja") -> bytes:
    """A PDF of ``pages`` pages, each showing one line of Helvetica (all share one content stream)."""
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + _RESOURCES + b" /Contents 4 0 R >>")
    content = b"BT /F1 12 Tf 72 770 Td (" + line + b") Tj ET"
    return _one_content_pdf([page] * pages, content)


def zeros_zlib(n_mb: int) -> bytes:
    """A zlib stream of ``n_mb`` MiB of zeros, built in milliseconds.

    After a full flush deflate forgets its window, so every further MiB of zeros compresses to the
    same bytes: one block is compressed and repeated; the Adler-32 of n zeros is ``n mod 65521 << 16 | 1``.
    """
    chunk = bytes(MB)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    end = c.flush(zlib.Z_FINISH)
    n = n_mb * MB
    return b"\x78\xda" + first + block * (n_mb - 1) + end + struct.pack(">I", ((n % 65521) << 16) | 1)


def bomb_pdf(inflated_mb: int = 4096) -> bytes:
    """A one-page PDF of about 10 KB whose content stream inflates to ``inflated_mb`` MiB of zeros.

    Two FlateDecode layers: zeros compress about 1000:1, and the compressed zeros again about 400:1.
    """
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + _RESOURCES + b" /Contents 4 0 R >>"
    inner = zeros_zlib(inflated_mb)
    return _one_content_pdf([page], zlib.compress(inner, 9), b"/Filter [/FlateDecode /FlateDecode] ")


def many_objects_pdf(n: int = 100_000) -> bytes:
    """One page holding ``n`` text objects of one tiny character each (about 400 KB compressed)."""
    parts = []
    for i in range(n):
        x, y = 20 + (i % 280) * 2, 820 - (i // 280) * 2.2
        parts.append(b"BT /F1 2 Tf %d %.1f Td (%c) Tj ET\n" % (x, y, 97 + i % 26))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + _RESOURCES + b" /Contents 4 0 R >>"
    return _one_content_pdf([page], zlib.compress(b"".join(parts)), b"/Filter /FlateDecode ")


def write_big_text(path: Path, size: int = 50 * MB) -> Path:
    """A text export of ``size`` bytes: tab rows of numbers (written in 1 MiB pieces)."""
    row = b"1\tProgram Penyelenggaraan Pemerintahan\t1.234.567.890,00\t1.200.000.000,00\t97,19\n"
    piece = row * (MB // len(row) + 1)
    with path.open("wb") as f:
        left = size
        while left > 0:
            f.write(piece[: min(left, len(piece))])
            left -= min(left, len(piece))
    return path


def zip_bomb_docx(path: Path, inflated_mb: int = 2048) -> Path:
    """A DOCX whose ``word/document.xml`` inflates to ``inflated_mb`` MiB (zeros; about 1/1000 on disk).

    Written by hand (local headers, central directory) so the compressed member costs no compression
    time; sizes stay below 4 GiB, so no ZIP64 is needed.
    """
    n = inflated_mb * MB
    assert n < 2**32
    raw = zeros_zlib(inflated_mb)[2:-4]  # the deflate data without zlib header and Adler-32
    crc = 0
    chunk = bytes(MB)
    for _ in range(inflated_mb):
        crc = zlib.crc32(chunk, crc)
    members = [("[Content_Types].xml", b'<?xml version="1.0"?><Types/>', 0, None),
               ("word/document.xml", raw, 8, (crc, n))]
    out, central = bytearray(), bytearray()
    for name, data, method, big in members:
        crc_i, size = big if big else (zlib.crc32(data), len(data))
        fname = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, crc_i, len(data), size, len(fname), 0)
        out += fname + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0, crc_i, len(data), size,
                               len(fname), 0, 0, 0, 0, 0, offset) + fname
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), cd_offset, 0)
    path.write_bytes(bytes(out))
    return path


# =============================================================================================== normalizers

_NOISE = "0123456789.,-\u2013\u2014\u2212()% RpIDRrp\u00a0\t/+=@:;eE'\"*xX"


@st.composite
def mutated(draw, base: st.SearchStrategy[str], max_edits: int = 4) -> str:
    """``base`` with up to ``max_edits`` character edits (insert, delete, replace, duplicate, swap)."""
    s = draw(base)
    for _ in range(draw(st.integers(0, max_edits))):
        op = draw(st.sampled_from(("insert", "delete", "replace", "dup", "swap")))
        i = draw(st.integers(0, max(len(s) - 1, 0)))
        c = draw(st.sampled_from(_NOISE) | st.characters())
        if op == "insert" or not s:
            s = s[:i] + c + s[i:]
        elif op == "delete":
            s = s[:i] + s[i + 1:]
        elif op == "replace":
            s = s[:i] + c + s[i + 1:]
        elif op == "dup":
            s = s[:i] + s[i] + s[i:]
        elif i + 1 < len(s):
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def _money_text(whole: int, cents: int | None, style: str) -> str:
    from lkjip.normalize.numbers import format_number as fmt_id
    from lkjip.synth.text import money

    if cents is None:
        if style in ("plain", "dec", "dash", "rp", "rp_space", "rp_dot_space"):
            return money(Decimal(whole), style)  # type: ignore[arg-type]
        return fmt_id(Decimal(whole), 0)
    return fmt_id(Decimal(whole) + Decimal(cents) / 100, 2)


_MONEY_STYLES = ("plain", "dec", "dash", "rp", "rp_space", "rp_dot_space", "fmt")


@st.composite
def money_case(draw) -> tuple[Decimal, str]:
    """(value, the value as an Indonesian report prints it): ``Rp. 15.279.011,-``, ``(1.000,50)``…"""
    whole = draw(st.integers(0, 10**15))
    cents = draw(st.none() | st.integers(0, 99))
    text = _money_text(whole, cents, draw(st.sampled_from(_MONEY_STYLES)))
    value = Decimal(whole) + (Decimal(cents) / 100 if cents is not None else 0)
    if value and draw(st.booleans()):
        wrap = draw(st.sampled_from(("-{}", "({})", "\u2212{}", "- {}")))
        text, value = wrap.format(text), -value
    pad = draw(st.sampled_from(("", " ", "\u00a0", "\t")))
    return value, pad + text + pad


@st.composite
def percent_case(draw) -> tuple[Decimal, str]:
    from lkjip.synth.text import persen_text

    # below 1000: "1.250 %" is 1.25 by the percent rule (a lone dot is a decimal point)
    d = draw(st.decimals(min_value=0, max_value=Decimal("999.99"), places=2))
    style = draw(st.sampled_from(("comma2", "sign", "short", "dot", "persen")))
    if style == "dot":
        return d, f"{d:f}%"
    if style == "persen":
        return d, persen_text(d) + " persen"
    return d, persen_text(d, style)


@st.composite
def decimal_case(draw) -> tuple[Decimal, str]:
    from lkjip.synth.text import decimal_text

    places = draw(st.integers(0, 4))
    d = draw(st.decimals(min_value=-10**12, max_value=10**12, places=places))
    return d, decimal_text(d, places)


#: units of count columns (not "%": "1.950 %" is a percent, 1.95, by design)
_UNITS = ("Unit", "Dokumen", "Laporan", "Orang", "Kegiatan", "Desa", "Lap", "Keg", "km", "Jam", "poin")


@st.composite
def quantity_case(draw) -> tuple[Decimal, str, str]:
    from lkjip.synth.text import thousands

    n = draw(st.integers(0, 10**12))
    unit = draw(st.sampled_from(_UNITS))
    return Decimal(n), unit, f"{thousands(n)}{draw(st.sampled_from(('', ' ', '  ')))}{unit}"


@st.composite
def target_case(draw) -> tuple[Decimal, str | None, str]:
    from lkjip.synth.text import decimal_text

    d = draw(st.decimals(min_value=0, max_value=10**6, places=2))
    unit = draw(st.sampled_from(("%", "Unit", "Dokumen", "Nilai", "Indeks")))
    note = draw(st.none() | st.sampled_from(("Hijau", "Kuning", "Merah", "tercapai", "baik")))
    text = f"{decimal_text(d, 2)} {unit}" + (f" ({note})" if note else "")
    return d, note, text


_digits = st.text("0123456789", min_size=18, max_size=18)


@st.composite
def nip_case(draw) -> tuple[str, str]:
    """(18 digits, a spelling of them as printed: ``NIP. 19690311 200312 1 004``, dotted, run together…)."""
    d = draw(_digits)
    groups = [d[:8], d[8:14], d[14], d[15:]]
    sep = draw(st.sampled_from((" ", "  ", ".", "-", "", " . ", "\u00a0")))
    body = sep.join(groups)
    prefix = draw(st.sampled_from(("", "NIP. ", "NIP ", "NIP: ", "nip.", "NIP.")))
    return d, prefix + body


@st.composite
def plausible_nip(draw) -> tuple[dt.date, int, int, str, str]:
    """A NIP made of possible parts: (birth, TMT year, TMT month, gender digit, the 18 digits)."""
    birth = draw(st.dates(dt.date(1950, 1, 1), dt.date(2000, 12, 31)))
    tmt_year = birth.year + draw(st.integers(19, min(59, 2024 - birth.year)))
    tmt_month = draw(st.integers(1, 12))
    gender = draw(st.sampled_from("12"))
    seq = draw(st.integers(1, 999))
    return birth, tmt_year, tmt_month, gender, f"{birth:%Y%m%d}{tmt_year:04d}{tmt_month:02d}{gender}{seq:03d}"


_MONTH_SPELLINGS = {1: ("Januari", "Jan"), 2: ("Februari", "Pebruari", "Feb"), 3: ("Maret", "Mar"),
                    4: ("April", "Apr"), 5: ("Mei",), 6: ("Juni", "Jun"), 7: ("Juli", "Jul"),
                    8: ("Agustus", "Agt", "Agu"), 9: ("September", "Sep", "Sept"), 10: ("Oktober", "Okt"),
                    11: ("November", "Nopember", "Nop"), 12: ("Desember", "Des")}


@st.composite
def date_case(draw) -> tuple[dt.date, str]:
    """(date, as printed: ``Sampang, 03 Januari 2022``, ``5 Nopember 2019``, ``05-03-2023``…)."""
    from lkjip.normalize.dates import format_indonesian_date

    d = draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
    style = draw(st.sampled_from(("format", "spelling", "numeric")))
    if style == "format":
        text = format_indonesian_date(d, pad=draw(st.booleans()))
    elif style == "spelling":
        name = draw(st.sampled_from(_MONTH_SPELLINGS[d.month]))
        name = draw(st.sampled_from((name, name.upper(), name.lower())))
        text = f"{d.day:02d} {name} {d.year}" if draw(st.booleans()) else f"{d.day} {name} {d.year}"
    else:
        sep = draw(st.sampled_from("-/."))
        text = f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
    place = draw(st.sampled_from(("", "Sampang, ", "Garut, ", "Senin, ", "Ditetapkan di Bandung, ")))
    return d, place + text + draw(st.sampled_from(("", ".")))


any_text = st.text(max_size=60)
numberish = mutated(st.one_of(money_case().map(lambda c: c[1]), percent_case().map(lambda c: c[1]),
                              quantity_case().map(lambda c: c[2]), target_case().map(lambda c: c[2])))
cell_text = st.one_of(any_text, numberish, st.text(_NOISE, max_size=30))


def _label(fn: Callable[[], object]) -> str:
    """Run ``fn``: "ok", or the name of the LkjipError it raised; anything else propagates."""
    try:
        fn()
    except LkjipError as e:
        return type(e).__name__
    return "ok"


def check_strict_parsers(s: str) -> list[str]:
    """The strict parsers on any text: a typed value or a NormalizeError, nothing else."""
    from lkjip.normalize import numbers as n

    out = []
    for name, fn in (("money", n.parse_money), ("money_en", lambda x: n.parse_money(x, allow_english=True)),
                     ("decimal", n.parse_decimal), ("decimal_dot", lambda x: n.parse_decimal(x, dot_decimal=True)),
                     ("percent", n.parse_percent), ("quantity", n.parse_quantity), ("target", n.parse_target)):
        try:
            v = fn(s)
        except n.MalformedNumberError as e:
            assert all(isinstance(c, Decimal) and c.is_finite() for c in e.candidates), e.candidates
            out.append(f"{name}:Malformed")
            continue
        except NormalizeError as e:
            assert e.raw == s or e.raw is None
            out.append(f"{name}:NormalizeError")
            continue
        value = v if isinstance(v, Decimal) else v.value
        assert value is None or (isinstance(value, Decimal) and value.is_finite()), value
        out.append(f"{name}:ok")
    assert isinstance(n.is_dash(s), bool)
    return out


def check_parse_number(s: str) -> list[str]:
    """``parse_number`` never raises on text, agrees with the strict parser of its kind, and gives no
    value and no warning only for a blank or a dash."""
    from lkjip.normalize import numbers as n
    from lkjip.normalize.numbers import ParsedValue, _clean, is_dash, parse_number

    strict = {"money": n.parse_money, "percent": n.parse_percent, "decimal": n.parse_decimal,
              "quantity": lambda x: n.parse_quantity(x).value, "target": lambda x: n.parse_target(x).value}
    out = []
    for kind in ("money", "percent", "decimal", "quantity", "target"):
        pv = parse_number(s, kind)  # type: ignore[arg-type]
        try:
            want = strict[kind](s)
        except NormalizeError:
            want = None
        if pv.value is not None or kind == "money":
            assert pv.value == want, (kind, s, pv.value, want)
        assert isinstance(pv, ParsedValue) and pv.raw == s
        assert pv.value is None or (isinstance(pv.value, Decimal) and pv.value.is_finite())
        assert pv.warning_code in (None, "number.unparseable", "number.malformed")
        assert (pv.warning is None) == (pv.warning_code is None)
        if kind != "target" and pv.value is None and pv.warning is None:
            assert not _clean(s) or is_dash(s), (kind, s)
        out.append(f"{kind}:{pv.warning_code or ('value' if pv.value is not None else 'none')}")
    return out


def check_money_roundtrip(case: tuple[Decimal, str]) -> str:
    from lkjip.normalize.numbers import parse_money, parse_number

    value, text = case
    assert parse_money(text) == value, (text, parse_money(text), value)
    assert parse_number(text, "money").value == value
    return "ok"


def check_percent_roundtrip(case: tuple[Decimal, str]) -> str:
    from lkjip.normalize.numbers import parse_number, parse_percent

    value, text = case
    assert parse_percent(text) == value, (text, value)
    assert parse_number(text, "percent").value == value
    return "ok"


def check_decimal_roundtrip(case: tuple[Decimal, str]) -> str:
    from lkjip.normalize.numbers import parse_decimal

    value, text = case
    assert parse_decimal(text) == value, (text, value)
    return "ok"


def check_quantity_roundtrip(case: tuple[Decimal, str, str]) -> str:
    from lkjip.normalize.numbers import parse_quantity

    value, unit, text = case
    q = parse_quantity(text)
    assert (q.value, q.satuan) == (value, unit), (text, q)
    return "ok"


def check_target_roundtrip(case: tuple[Decimal, str | None, str]) -> str:
    from lkjip.normalize.numbers import parse_target

    value, note, text = case
    t = parse_target(text)
    assert (t.value, t.note) == (value, note), (text, t)
    return "ok"


def check_nip_roundtrip(case: tuple[str, str]) -> str:
    from lkjip.normalize.nip import format_nip, nip_digits, parse_nip

    digits, text = case
    assert nip_digits(text) == digits, text
    formatted = format_nip(text)
    assert formatted == f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    assert format_nip(formatted) == formatted
    nip = parse_nip(text, today=dt.date(2025, 1, 1))
    assert nip.digits == digits and nip.seq == digits[15:]
    return "valid" if nip.valid else "problems"


def check_plausible_nip(case) -> str:
    from lkjip.normalize.nip import parse_nip

    birth, tmt_year, tmt_month, gender, digits = case
    nip = parse_nip(digits, today=dt.date(2025, 1, 1))
    assert nip.problems == [], (digits, nip.problems)
    assert (nip.birth_date, nip.tmt_year, nip.tmt_month, nip.gender) == (
        birth, tmt_year, tmt_month, {"1": "L", "2": "P"}[gender])
    return "ok"


def check_nip_text(s: str) -> str:
    from lkjip.normalize.nip import parse_nip

    return _label(lambda: parse_nip(s, today=dt.date(2025, 1, 1)))


def check_date_roundtrip(case: tuple[dt.date, str]) -> str:
    from lkjip.normalize.dates import find_dates, parse_indonesian_date

    d, text = case
    assert parse_indonesian_date(text) == d, text
    found = find_dates(f"Demikian laporan ini dibuat. {text} Kepala,")
    assert d in [x for x, _ in found], (text, found)
    return "ok"


def check_date_text(s: str) -> str:
    from lkjip.normalize.dates import find_dates, parse_indonesian_date

    for d, sub in find_dates(s):
        assert isinstance(d, dt.date) and sub in s
    return _label(lambda: parse_indonesian_date(s))


def check_names(pair: tuple[str, str]) -> str:
    from lkjip.normalize.names import acronym, best_match, name_key, program_key, similarity

    a, b = pair
    for s in (a, b):
        assert isinstance(name_key(s), str) and isinstance(program_key(s), str)
        assert acronym(s) is None or isinstance(acronym(s), str)
    sim = similarity(a, b)
    assert 0.0 <= sim <= 1.0 and sim == similarity(b, a)
    assert similarity(a, a) == 1.0
    m = best_match(a, [b, a])
    assert m is not None and m.score == 1.0
    return "ok"


def check_excel_safe(s: str) -> str:
    from lkjip.corpus.safety import FORMULA_TRIGGERS, excel_safe, is_formula_like

    r = excel_safe(s)
    assert r in (s, "'" + s)
    assert not is_formula_like(r)
    if r != s:
        assert s[:1] in FORMULA_TRIGGERS
        return "escaped"
    return "kept"


def check_html_escape(s: str) -> str:
    import html

    from lkjip.corpus.html_report import e

    r = e(s)
    assert not set("<>\"'") & set(r), r
    assert html.unescape(r) == s
    return "ok"


@st.composite
def zlib_stream_case(draw) -> tuple[bytes, int, int]:
    """(bytes holding ``stream`` + one- or two-layer zlib data, where the data starts, the largest layer's size)."""
    data = draw(st.binary(max_size=4096) | st.text(max_size=2000).map(str.encode))
    layers = draw(st.integers(1, 2))
    c1 = zlib.compress(data)
    body = c1 if layers == 1 else zlib.compress(c1)
    largest = len(data) if layers == 1 else max(len(c1), len(data))
    junk = draw(st.binary(max_size=64))
    head = junk + b"<< /Length 1 >>\nstream\n"
    return head + body + b"\nendstream" + junk, len(head), largest


def check_stream_scan(case: tuple[bytes, int, int]) -> str:
    from lkjip.extract.limits import Limits, check_pdf_streams, inflated_size

    data, start, largest = case
    assert inflated_size(data, start, 10 * MB) == largest
    check_pdf_streams(data, Limits())
    if largest > 1:
        try:
            check_pdf_streams(data, Limits(max_stream_bytes=max(largest - 1, 1)))
        except ResourceLimitError:
            return "refused"
        raise AssertionError("a stream over the cap passed")
    return "ok"


def check_stream_scan_junk(data: bytes) -> str:
    from lkjip.extract.limits import Limits, check_pdf_streams

    return _label(lambda: check_pdf_streams(data, Limits(max_stream_bytes=4096)))


#: (name, strategy, check) — the normalizer and escaping properties
NORMALIZER_PROPERTIES: list[tuple[str, st.SearchStrategy, Callable]] = [
    ("strict number parsers: any text", any_text, check_strict_parsers),
    ("strict number parsers: mutated numbers", numberish, check_strict_parsers),
    ("parse_number: any cell", cell_text, check_parse_number),
    ("money: format → parse", money_case(), check_money_roundtrip),
    ("percent: format → parse", percent_case(), check_percent_roundtrip),
    ("decimal: format → parse", decimal_case(), check_decimal_roundtrip),
    ("quantity: format → parse", quantity_case(), check_quantity_roundtrip),
    ("target: format → parse", target_case(), check_target_roundtrip),
    ("NIP: spellings → digits → format", nip_case(), check_nip_roundtrip),
    ("NIP: plausible parts decode", plausible_nip(), check_plausible_nip),
    ("NIP: any / mutated text", any_text | mutated(nip_case().map(lambda c: c[1])), check_nip_text),
    ("date: format → parse, find", date_case(), check_date_roundtrip),
    ("date: any / mutated text", any_text | mutated(date_case().map(lambda c: c[1])), check_date_text),
    ("names: key, similarity, match", st.tuples(any_text, any_text), check_names),
    ("excel_safe: any text", any_text | st.text(_NOISE, max_size=20), check_excel_safe),
    ("html escape: any text", any_text, check_html_escape),
    ("PDF stream scan: zlib layers", zlib_stream_case(), check_stream_scan),
    ("PDF stream scan: junk", st.binary(max_size=2048).map(lambda b: b"stream\n" + b + b"stream\r\nx\x9c" + b),
     check_stream_scan_junk),
]


# =============================================================================================== table readers

TABLE_OPS = ("drop_cell", "extra_cell", "merge_cells", "split_cell", "empty_cell", "junk_number", "swap_cells",
             "shuffle_rows", "dup_row", "drop_row", "blank_in_table", "untab_row", "html_cell", "bold_cell",
             "huge_cell", "tabs_only", "drop_line", "insert_line", "dup_block")

_BASES: list[str] = []


def table_bases() -> list[str]:
    """Realistic text exports: the committed generated reports and two fresh ones."""
    if not _BASES:
        from lkjip.synth.generate import generate_report

        _BASES.extend(p.read_text(encoding="utf-8") for p in TEXT_SOURCES)
        _BASES.append(generate_report(7, instansi="Kecamatan Cibeureum", kabupaten="Kabupaten Kuningan",
                                      tahun=2023).text)
        _BASES.append(generate_report(11, instansi="Kecamatan Sukaraja", kabupaten="Kabupaten Bogor", tahun=2021,
                                      contradictions=["budget.children_sum"]).text)
    return _BASES


def _junk(rng: random.Random, cell: str) -> str:
    chars = list(cell or "0")
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(chars) + 1)
        op = rng.random()
        c = rng.choice(_NOISE) if rng.random() < 0.8 else chr(rng.randrange(32, 0x2FFF))
        if op < 0.4:
            chars.insert(i, c)
        elif chars and op < 0.7:
            del chars[min(i, len(chars) - 1)]
        elif chars:
            chars[min(i, len(chars) - 1)] = c
    return "".join(chars)


def apply_table_op(lines: list[str], op: str, where: float, param: int) -> list[str]:
    """One mutation of a text export's lines; ``where`` (0..1) picks a table line, ``param`` seeds the rest."""
    rng = random.Random(param)
    rows = [i for i, x in enumerate(lines) if "\t" in x] or list(range(len(lines)))
    if not rows:
        return lines
    i = rows[int(where * len(rows))]
    cells = lines[i].split("\t")
    j = rng.randrange(len(cells))
    out = list(lines)
    if op == "drop_cell":
        del cells[j]
    elif op == "extra_cell":
        cells.insert(j, rng.choice(("", "x", "-", "0", "100,00", "Rp. 1.000,-", "Jumlah", "TOTAL", "%")))
    elif op == "merge_cells" and j + 1 < len(cells):
        cells[j: j + 2] = [f"{cells[j]} {cells[j + 1]}"]
    elif op == "split_cell" and " " in cells[j]:
        a, _, b = cells[j].partition(" ")
        cells[j: j + 1] = [a, b]
    elif op == "empty_cell":
        cells[j] = ""
    elif op == "junk_number":
        cells[j] = _junk(rng, cells[j])
    elif op == "swap_cells" and len(cells) > 1:
        k = rng.randrange(len(cells))
        cells[j], cells[k] = cells[k], cells[j]
    elif op == "html_cell":
        cells[j] = rng.choice(("<b>{}</b>", "{}<br>", "<p>{}</p>", "<span style='x'>{}", "{}</i>")).format(cells[j])
    elif op == "bold_cell":
        cells[j] = f"**{cells[j]}**"
    elif op == "huge_cell":
        cells[j] = (cells[j][:40] + " ") * 2000  # at most 82 KB, however often it is applied
    if op in ("drop_cell", "extra_cell", "merge_cells", "split_cell", "empty_cell", "junk_number", "swap_cells",
              "html_cell", "bold_cell", "huge_cell"):
        out[i] = "\t".join(cells)
    elif op == "shuffle_rows":
        k = rng.randint(2, 8)
        block = out[i: i + k]
        rng.shuffle(block)
        out[i: i + k] = block
    elif op == "dup_row":
        out.insert(i, out[i])
    elif op == "drop_row":
        del out[i]
    elif op == "blank_in_table":
        out.insert(i, "")
    elif op == "untab_row":
        out[i] = out[i].replace("\t", "  ")
    elif op == "tabs_only":
        out.insert(i, "\t" * rng.randint(1, 12))
    elif op == "drop_line":
        del out[rng.randrange(len(out))]
    elif op == "insert_line":
        out.insert(rng.randrange(len(out) + 1),
                   rng.choice(("**BAB III**", "Tabel 3.1", "Jumlah", "Sampang, 03 Januari 2022", "NIP. 1969",
                               "LAPORAN KINERJA", "Lampiran", "\u200b", "**", "<script>alert(1)</script>")))
    elif op == "dup_block":
        k = rng.randint(1, 20)
        out[i:i] = out[i: i + k]
    return out


@st.composite
def table_case(draw) -> tuple[int, list[tuple[str, float, int]]]:
    """(index of a base export, mutations) — shrinkable; :func:`table_text` applies them."""
    base = draw(st.integers(0, len(table_bases()) - 1))
    ops = draw(st.lists(st.tuples(st.sampled_from(TABLE_OPS), st.floats(0, 1, exclude_max=True),
                                  st.integers(0, 2**32)), min_size=1, max_size=10))
    return base, ops


def table_text(case: tuple[int, list[tuple[str, float, int]]]) -> str:
    base, ops = case
    lines = table_bases()[base].split("\n")
    for op, where, param in ops:
        lines = apply_table_op(lines, op, where, param)
    return "\n".join(lines)


def check_table_text(text: str) -> str:
    """read → extract → validate → flatten on one export: only LkjipError may escape.

    Returns "success" / "partial" / the LkjipError's name, or "internal" when the report holds an
    error the per-table guard caught (a bug that did not escape).
    """
    from lkjip.extract.read_text import read_text_string
    from lkjip.pipeline import extract_document
    from lkjip.validate import validate_report

    doc = read_text_string(text, source_file="fuzz.txt")
    try:
        report = extract_document(doc, sha256="f" * 64, source_file="fuzz.txt")
    except LkjipError as e:
        return type(e).__name__
    validate_report(report)
    report.to_tables()
    if any(e.category == "internal" for e in report.errors):
        return "internal"
    return report.status


def check_table_case(case) -> str:
    return check_table_text(table_text(case))


def internal_messages(text: str) -> list[str]:
    """The ``internal`` errors of one export's report (for the summary)."""
    from lkjip.extract.read_text import read_text_string
    from lkjip.pipeline import extract_document

    try:
        report = extract_document(read_text_string(text), sha256="f" * 64)
    except LkjipError:
        return []
    return [e.message for e in report.errors if e.category == "internal"]


# =============================================================================================== mutated PDFs

PDF_OPS = ("truncate", "flip", "zero", "drop_object", "blank_object", "startxref", "drop_xref", "xref_entries",
           "splice", "dup_chunk", "content", "page_count", "kids_loop", "shift")

_OBJ = re.compile(rb"\d+ \d+ obj\b.*?endobj", re.DOTALL)
_OPERATORS = (b" q ", b" Q ", b" BT ", b" ET ", b" 1 0 0 1 0 0 cm ", b" /F1 9999 Tf ", b" (x) Tj ",
              b" [(a) -99999 (b)] TJ ", b" 0 0 1e30 1e30 re f ", b" 1e308 0 m ", b" /Im0 Do ", b" 99999999 Tz ",
              b" -1 -1 -1 -1 re W n ", b" ] ", b" << ", b" ( ", b" 0 g ", b" 100000 w ")


def _content_op(data: bytes, rng: random.Random) -> bytes:
    """Inflate one content stream, damage its operators, deflate it back (the /Length is left as it was)."""
    starts = [m.end() for m in re.finditer(rb"stream\r?\n", data) if data[m.end(): m.end() + 1] == b"\x78"]
    rng.shuffle(starts)
    for start in starts:
        d = zlib.decompressobj()
        try:
            body = d.decompress(data[start:], 8 * MB)
        except zlib.error:
            continue
        if not d.eof or not body:
            continue
        end = len(data) - len(d.unused_data)
        b = bytearray(body)
        for _ in range(rng.randint(1, 6)):
            i = rng.randrange(len(b) + 1)
            r = rng.random()
            if r < 0.4:
                b[i:i] = rng.choice(_OPERATORS)
            elif r < 0.7:
                del b[i: i + rng.randint(1, 40)]
            else:
                b[i: i + 1] = bytes([rng.randrange(256)])
        return data[:start] + zlib.compress(bytes(b)) + data[end:]
    return data


def apply_pdf_op(data: bytes, op: str, rng: random.Random) -> bytes:
    """One mutation of a PDF's bytes."""
    n = len(data)
    if n < 16:
        return data + bytes(rng.randrange(256) for _ in range(16))
    if op == "truncate":
        return data[: rng.randint(n // 20, n - 1)]
    if op == "flip":
        b = bytearray(data)
        for _ in range(rng.randint(1, 64)):
            b[rng.randrange(n)] ^= 1 << rng.randrange(8)
        return bytes(b)
    if op == "zero":
        i = rng.randrange(n)
        k = rng.randint(1, 4096)
        return data[:i] + bytes(min(k, n - i)) + data[i + k:]
    if op in ("drop_object", "blank_object"):
        spans = [m.span() for m in _OBJ.finditer(data)]
        if not spans:
            return data
        a, b = rng.choice(spans)
        return data[:a] + (b" " * (b - a) if op == "blank_object" else b"") + data[b:]
    if op == "startxref":
        return re.sub(rb"startxref\s+\d+", b"startxref\n%d" % rng.choice((0, 1, n // 2, n + 100, 2**40)), data)
    if op == "drop_xref":
        i = data.rfind(b"xref")
        j = data.find(b"trailer", i)
        return data[:i] + data[j:] if i >= 0 and j > i else data[: n // 2]
    if op == "xref_entries":
        b = bytearray(data)
        i = data.rfind(b"xref")
        for _ in range(rng.randint(1, 30)):
            k = i + rng.randrange(max(n - i, 1))
            if 0 <= k < n and chr(b[k]).isdigit():
                b[k] = ord(rng.choice("0123456789"))
        return bytes(b)
    if op == "splice":
        i = rng.randrange(n)
        return data[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 1000))) + data[i:]
    if op == "dup_chunk":
        i, k = rng.randrange(n), rng.randint(1, 8192)
        return data[: rng.randrange(n)] + data[i: i + k] + data[rng.randrange(n):]
    if op == "content":
        return _content_op(data, rng)
    if op == "page_count":
        return re.sub(rb"/Count\s+\d+", b"/Count %d" % rng.choice((0, 1, 2**31 - 1, 10**9, 99999)), data, count=1)
    if op == "kids_loop":
        m = re.search(rb"(\d+) 0 obj\s*<<[^>]*/Type\s*/Pages", data)
        if not m:
            return data
        return re.sub(rb"/Kids\s*\[[^\]]*\]", b"/Kids [" + m.group(1) + b" 0 R " + m.group(1) + b" 0 R]", data,
                      count=1)
    if op == "shift":
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 900))) + data
    raise ValueError(op)


#: byte-level mutations that make sense for any file (a DOCX is a zip: its structure is in the bytes)
BYTE_OPS = ("truncate", "flip", "zero", "splice", "dup_chunk", "shift")
DOCX_SOURCES = sorted((REPO / "tests" / "data" / "generated").glob("*.docx"))


def mutate_pdf(data: bytes, rng: random.Random, ops_pool: tuple[str, ...] = PDF_OPS) -> tuple[bytes, list[str]]:
    ops = [rng.choice(ops_pool) for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
    for op in ops:
        data = apply_pdf_op(data, op, rng)
    return data, ops


@dataclass
class PdfCase:
    name: str
    source: str
    ops: list[str]
    outcome: str
    detail: str
    seconds: float


def classify(report) -> tuple[str, str]:
    """(outcome, detail) of one worker result.

    Outcomes: ``success`` / ``partial`` / ``failed:<category>`` (clean), ``internal`` (an unexpected
    exception the pipeline caught), ``timeout`` / ``memory`` (the worker's limits), ``crash`` (the
    child died).
    """
    if report.status == "failed":
        e = report.errors[0]
        if e.component == "worker":
            if e.category == "limit":
                return ("timeout" if "timed out" in e.message else "memory"), e.message
            return "crash", e.message
        if e.category == "internal":
            return "internal", e.message
        return f"failed:{e.category}", e.message
    internal = [e.message for e in report.errors if e.category == "internal"]
    if internal:
        return "internal", internal[0]
    return report.status, ""


def run_file(path: Path, *, timeout: float, memory_mb: int, limits=None) -> tuple[str, str, float]:
    """One file through the real batch worker (own process, limits): (outcome, detail, seconds)."""
    from lkjip.corpus.batch import FileTask, process_file, sha256_file
    from lkjip.extract.limits import Limits
    from lkjip.model import Report

    task = FileTask(path=str(path), source_file=path.name, sha256=sha256_file(path), timeout=timeout,
                    memory_mb=memory_mb, limits=Limits.resolve(limits))
    t0 = time.monotonic()
    report = Report.model_validate_json(process_file(task))
    outcome, detail = classify(report)
    return outcome, detail, time.monotonic() - t0


def pdf_cases(n: int, seed: int, workdir: Path, sources: list[Path] | None = None, *,
              ops_pool: tuple[str, ...] = PDF_OPS) -> list[tuple[str, Path, list]]:
    """Write ``n`` mutated copies of ``sources`` (default: the test PDFs) into ``workdir``:
    [(source name, path, ops)], the same for the same seed."""
    sources = sources or PDF_SOURCES
    blobs = {p: p.read_bytes() for p in sources}
    out = []
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        src = rng.choice(sources)
        data, ops = mutate_pdf(blobs[src], rng, ops_pool)
        path = workdir / f"mut-{i:04d}{src.suffix}"
        path.write_bytes(data)
        out.append((src.name, path, ops))
    return out


def run_pdf_fuzz(n: int, seed: int, workdir: Path, *, workers: int = 2, timeout: float = 60,
                 memory_mb: int = 2048, progress: bool = False, docx: bool = False) -> list[PdfCase]:
    """``n`` mutated test PDFs (or DOCX files, with byte-level mutations) through the batch worker."""
    cases = (pdf_cases(n, seed, workdir, DOCX_SOURCES, ops_pool=BYTE_OPS) if docx
             else pdf_cases(n, seed, workdir))

    def one(c):
        outcome, detail, secs = run_file(c[1], timeout=timeout, memory_mb=memory_mb)
        return PdfCase(c[1].name, c[0], c[2], outcome, detail, secs)

    results = []
    with ThreadPoolExecutor(max_workers=workers) as ex:
        for k, r in enumerate(ex.map(one, cases), start=1):
            results.append(r)
            if progress and k % 50 == 0:
                print(f"  mutated {'DOCX' if docx else 'PDF'}s: {k}/{n}", file=sys.stderr)
    return results


# =============================================================================================== limits


@dataclass
class LimitCase:
    name: str
    size: int
    outcome: str
    detail: str
    seconds: float


def hostile_files(workdir: Path) -> dict[str, Path]:
    """Build the hostile inputs into ``workdir``."""
    files = {
        "PDF of 2,000 pages": ("pages2000.pdf", lambda p: p.write_bytes(text_pdf(2000))),
        "PDF bomb: 10 KB inflating to 4 GiB (nested FlateDecode)": ("bomb.pdf", lambda p: p.write_bytes(bomb_pdf())),
        "PDF page with 100,000 text objects": ("objects.pdf", lambda p: p.write_bytes(many_objects_pdf())),
        "text export of 50 MB": ("big.txt", write_big_text),
        "DOCX zip bomb: 2 GiB document.xml": ("bomb.docx", zip_bomb_docx),
    }
    out = {}
    for label, (name, build) in files.items():
        path = workdir / name
        build(path)
        out[label] = path
    return out


def run_limits(workdir: Path, *, timeout: float, memory_mb: int) -> list[LimitCase]:
    from lkjip.extract.limits import Limits

    out = []
    files = hostile_files(workdir)
    for label, path in files.items():
        o, d, s = run_file(path, timeout=timeout, memory_mb=memory_mb)
        out.append(LimitCase(label, path.stat().st_size, o, d, s))
    # the worker's own limits, with preflight out of the way
    off = Limits(max_stream_bytes=2**62, max_chars_per_page=2**62)
    o, d, s = run_file(files["PDF bomb: 10 KB inflating to 4 GiB (nested FlateDecode)"], timeout=timeout,
                       memory_mb=1024, limits=off)
    out.append(LimitCase("same bomb, stream check off, --memory-mb 1024", 0, o, d, s))
    o, d, s = run_file(files["PDF page with 100,000 text objects"], timeout=2, memory_mb=memory_mb, limits=off)
    out.append(LimitCase("same 100,000 objects, character check off, --timeout 2", 0, o, d, s))
    return out


def preflight_cost(paths: list[Path]) -> list[tuple[str, int, float, float]]:
    """(file, pages, preflight seconds, extraction seconds) for normal reports, in this process."""
    from lkjip.extract.limits import preflight
    from lkjip.pipeline import extract_report

    out = []
    for p in paths:
        t0 = time.perf_counter()
        preflight(p)
        t1 = time.perf_counter()
        report = extract_report(p, validate=False)
        out.append((p.name, report.pages or 0, t1 - t0, time.perf_counter() - t1))
    return out


# =============================================================================================== runner


@dataclass
class PropResult:
    name: str
    cases: int = 0
    outcomes: Counter = field(default_factory=Counter)
    failure: str | None = None
    seconds: float = 0.0


def run_property(name: str, strategy: st.SearchStrategy, check: Callable, n: int, seed: int,
                 on_case: Callable | None = None) -> PropResult:
    """Run ``check`` on ``n`` hypothesis examples; a failure is shrunk and recorded, not raised."""
    res = PropResult(name)
    last: dict = {}

    @settings(max_examples=n, deadline=None, database=None, suppress_health_check=list(HealthCheck),
              print_blob=False)
    @hypothesis_seed(seed)
    @given(strategy)
    def prop(x):
        res.cases += 1
        try:
            got = check(x)
        except Exception as e:
            last["x"], last["e"] = x, e
            raise
        res.outcomes.update([got] if isinstance(got, str) else got)
        if on_case:
            on_case(x, got)

    t0 = time.monotonic()
    try:
        prop()
    except Exception as e:  # noqa: BLE001 - the failure is the result
        res.failure = f"{type(e).__name__}: {str(e)[:300]} — minimal input: {last.get('x')!r}"[:800]
    res.seconds = time.monotonic() - t0
    return res


def machine() -> dict:
    cpu = None
    with contextlib.suppress(OSError):
        cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                    if ln.startswith("model name")), None)
    from importlib.metadata import version

    return {"cpu": cpu, "nproc": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
            "hypothesis": version("hypothesis"), "pypdfium2": version("pypdfium2"),
            "load": os.getloadavg() if hasattr(os, "getloadavg") else None}


def _outcomes(c: Counter, limit: int = 6) -> str:
    items = c.most_common()
    shown = ", ".join(f"{k} {v}" for k, v in items[:limit])
    return shown + (f", … ({len(items) - limit} more)" if len(items) > limit else "")


def _exc_types(results: list[PropResult]) -> Counter:
    """Exception types raised out of the functions under test (by name), over all properties."""
    out: Counter = Counter()
    for r in results:
        for k, v in r.outcomes.items():
            label = k.split(":", 1)[-1]
            if label.endswith("Error") or label == "Malformed":
                out["MalformedNumberError" if label == "Malformed" else label] += v
    return out


def _mutation_section(what: str, cases: list[PdfCase], args, sources: str) -> list[str]:
    oc = Counter(c.outcome for c in cases)
    secs = [c.seconds for c in cases]
    ops = Counter(op for c in cases for op in c.ops)
    lines = [f"### Mutated {what}", "",
             f"{len(cases)} {what} mutated from {len({c.source for c in cases})} {sources}, 1–3 mutations each "
             f"({', '.join(f'{k} {v}' for k, v in sorted(ops.items()))}), each through the batch worker "
             f"(own process, --timeout {args.pdf_timeout:g} s, --memory-mb {args.memory_mb}). "
             f"Time per file: median {statistics.median(secs):.2f} s, max {max(secs):.1f} s.", "",
             "| outcome | files | share |", "|---|---:|---:|"]
    for k, v in sorted(oc.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {k} | {v} | {v / len(cases):.1%} |")
    bad = [c for c in cases if c.outcome in ("internal", "crash", "timeout", "memory")]
    lines += ["", f"Clean outcomes (success, partial, failed with a category): {len(cases) - len(bad)} of "
              f"{len(cases)}; internal errors {oc['internal']}, crashes {oc['crash']}, timeouts {oc['timeout']}, "
              f"memory {oc['memory']}."]
    limited = Counter(re.sub(r"\d[\d,]*", "N", c.detail) for c in cases if c.outcome == "failed:limit")
    if limited:
        lines.append("Refused by a limit: " + "; ".join(f"{v}× “{k}”" for k, v in limited.most_common()) + ".")
    if bad:
        lines += ["", "Not clean (first 10):", ""]
        lines += [f"* `{c.name}` from {c.source} ({'+'.join(c.ops)}): {c.outcome}: {c.detail[:160]}"
                  for c in bad[:10]]
    return lines + [""]


def write_summary(path: Path, *, args, normal: list[PropResult], tables: list[PropResult],
                  table_internal: Counter, pdfs: list[PdfCase], limits: list[LimitCase], elapsed: float,
                  cost: list[tuple[str, int, float, float]] = (), docx: list[PdfCase] = ()) -> None:
    m = machine()
    n_norm = sum(r.cases for r in normal)
    n_tab = sum(r.cases for r in tables)
    fails = [r for r in normal + tables if r.failure]
    lines = [
        f"`make fuzz` ({'quick' if args.quick else 'full'} run, seed {args.seed}) on "
        f"{dt.date.today().isoformat()}: {n_norm:,} normalizer and escaping cases, {n_tab:,} mutated text "
        f"exports, {len(pdfs):,} mutated PDFs, {len(docx):,} mutated DOCX files and {len(limits)} hostile files "
        f"in {elapsed / 60:.1f} min. "
        f"Machine: {m['cpu'] or 'unknown CPU'}, {m['nproc']} cores, Python {m['python']}, hypothesis "
        f"{m['hypothesis']}, pypdfium2 {m['pypdfium2']}"
        + (f", load average {m['load'][0]:.1f} at the end" if m["load"] else "") + ".",
        "",
        f"**Unexpected exceptions: {len(fails)}** (anything escaping other than an `LkjipError` subclass, "
        "or a broken round trip; listed below with the minimal input hypothesis found). "
        f"**Internal errors** (an unexpected exception the pipeline caught and recorded with category "
        f"`internal`): text exports {sum(r.outcomes['internal'] for r in tables)}, PDFs "
        f"{sum(c.outcome == 'internal' for c in pdfs)}, DOCX {sum(c.outcome == 'internal' for c in docx)}; "
        f"crashes {sum(c.outcome == 'crash' for c in [*pdfs, *docx])}, timeouts "
        f"{sum(c.outcome == 'timeout' for c in [*pdfs, *docx])}.",
        "",
        "### Normalizers and output escaping (hypothesis)",
        "",
        "| property | cases | outcomes | result | time |",
        "|---|---:|---|---|---:|",
    ]
    for r in normal:
        lines.append(f"| {r.name} | {r.cases:,} | {_outcomes(r.outcomes, 4)} | "
                     f"{'**FAIL**' if r.failure else 'pass'} | {r.seconds:.1f} s |")
    exc = _exc_types(normal)
    lines += ["", "Exceptions raised by the functions under test, by type (all are documented `LkjipError` "
              "subclasses): " + (", ".join(f"`{k}` {v:,}" for k, v in exc.most_common()) or "none") + ".", ""]
    lines += ["### Table readers (mutated text exports)", "",
              f"Bases: {len(table_bases())} generated text exports (4 committed test documents, 2 fresh); "
              f"{len(TABLE_OPS)} mutation kinds ({', '.join(TABLE_OPS)}), 1–10 per case.", "",
              "| property | cases | outcomes | result | time |", "|---|---:|---|---|---:|"]
    for r in tables:
        lines.append(f"| {r.name} | {r.cases:,} | {_outcomes(r.outcomes)} | "
                     f"{'**FAIL**' if r.failure else 'pass'} | {r.seconds:.1f} s |")
    if table_internal:
        lines += ["", "Errors caught inside reports with category `internal` (bugs the per-table guard hid; "
                  "the report is `partial`):", ""]
        lines += [f"* {v}× `{k}`" for k, v in table_internal.most_common(10)]
    lines.append("")
    if pdfs:
        lines += _mutation_section("PDFs", pdfs, args, "test-corpus PDFs (tests/data/readers, tests/data/generated)")
    if docx:
        lines += _mutation_section("DOCX files", docx, args, "generated DOCX test documents (byte-level mutations)")
    if limits:
        lines += ["### Limits", "",
                  "Hostile files built at run time, each through the batch worker with the default limits "
                  f"(--timeout {args.pdf_timeout:g} s, --memory-mb {args.memory_mb}); the last two rows switch "
                  "the preflight check off to show the worker's own limits stop the same file.", "",
                  "| input | size | outcome | reason | time |", "|---|---:|---|---|---:|"]
        for c in limits:
            size = f"{c.size / MB:,.2f} MB" if c.size else "–"
            lines.append(f"| {c.name} | {size} | {c.outcome} | {c.detail.replace('|', '/')} | {c.seconds:.2f} s |")
        lines.append("")
    if cost:
        pre, ext = sum(c[2] for c in cost), sum(c[3] for c in cost)
        lines += ["### Cost of the preflight checks", "",
                  f"Preflight on {len(cost)} normal PDFs (test documents and the real reports) took {pre:.2f} s "
                  f"of the {ext:.1f} s of `extract_report` without validation, which runs it ({pre / ext:.1%}); "
                  "the page walk (characters per page through pdfium) is most of it.", "",
                  "| file | pages | preflight | extract_report |", "|---|---:|---:|---:|"]
        lines += [f"| {n} | {pg} | {a * 1000:.0f} ms | {b:.2f} s |" for n, pg, a, b in cost]
        lines.append("")
    if fails:
        lines += ["### Failures", ""] + [f"* **{r.name}**: `{r.failure}`" for r in fails] + [""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a small run (about a minute)")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--normalizer-cases", type=int, default=None, help="examples per normalizer property")
    ap.add_argument("--table-cases", type=int, default=None, help="mutated text exports")
    ap.add_argument("--pdfs", type=int, default=None, help="mutated PDFs")
    ap.add_argument("--docx", type=int, default=None, help="mutated DOCX files")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pdf-timeout", type=float, default=60.0)
    ap.add_argument("--memory-mb", type=int, default=2048)
    ap.add_argument("--skip-limits", action="store_true")
    ap.add_argument("--out", type=Path, default=None, help=f"summary file (default {DEFAULT_OUT.relative_to(REPO)}; "
                    "a --quick run writes bench/results/tmp/fuzz-quick.md)")
    args = ap.parse_args(argv)
    per_prop = args.normalizer_cases or (40 if args.quick else 700)
    n_tables = args.table_cases or (40 if args.quick else 600)
    n_pdfs = args.pdfs if args.pdfs is not None else (30 if args.quick else 500)
    n_docx = args.docx if args.docx is not None else (10 if args.quick else 100)
    out = args.out or (REPO / "bench" / "results" / "tmp" / "fuzz-quick.md" if args.quick else DEFAULT_OUT)
    t0 = time.monotonic()

    def say(msg: str) -> None:
        print(f"[{time.monotonic() - t0:6.0f} s] {msg}", file=sys.stderr)

    normal = []
    for i, (name, strat, check) in enumerate(NORMALIZER_PROPERTIES):
        r = run_property(name, strat, check, per_prop, args.seed + i)
        say(f"{name}: {r.cases} cases{' FAIL ' + r.failure if r.failure else ''}")
        normal.append(r)

    internal: Counter = Counter()

    def note_internal(case, got):
        if got == "internal":
            for msg in internal_messages(table_text(case)):
                internal[re.sub(r"\d+", "N", msg)[:140]] += 1

    tables = [run_property("read → extract → validate → flatten", table_case(), check_table_case, n_tables,
                           args.seed + 100, on_case=note_internal)]
    say(f"tables: {tables[0].cases} cases {tables[0].outcomes}")

    with tempfile.TemporaryDirectory(prefix="lkjip-fuzz-") as tmp:
        pdf_dir = Path(tmp) / "pdf"
        pdf_dir.mkdir()
        pdfs = run_pdf_fuzz(n_pdfs, args.seed, pdf_dir, workers=args.workers, timeout=args.pdf_timeout,
                            memory_mb=args.memory_mb, progress=True) if n_pdfs else []
        say(f"PDFs: {Counter(c.outcome for c in pdfs)}")
        docx_dir = Path(tmp) / "docx"
        docx_dir.mkdir()
        docx = run_pdf_fuzz(n_docx, args.seed, docx_dir, workers=args.workers, timeout=args.pdf_timeout,
                            memory_mb=args.memory_mb, progress=True, docx=True) if n_docx else []
        say(f"DOCX: {Counter(c.outcome for c in docx)}")
        limits = []
        if not args.skip_limits:
            lim_dir = Path(tmp) / "limits"
            lim_dir.mkdir()
            limits = run_limits(lim_dir, timeout=args.pdf_timeout, memory_mb=args.memory_mb)
            for c in limits:
                say(f"limit {c.name}: {c.outcome} {c.detail} {c.seconds:.1f} s")
    real = Path(os.environ.get("LKJIP_SHARED", REPO.parent / "shared")) / "real"
    cost = preflight_cost(sorted((REPO / "tests" / "data" / "generated").glob("*.pdf"))
                          + sorted(p for p in real.glob("*.pdf") if "scan" not in p.name))
    write_summary(out, args=args, normal=normal, tables=tables, table_internal=internal, pdfs=pdfs, limits=limits,
                  elapsed=time.monotonic() - t0, cost=cost, docx=docx)
    raw = REPO / "bench" / "results" / "tmp" / (out.stem + ".json")
    raw.parent.mkdir(parents=True, exist_ok=True)
    raw.write_text(json.dumps({"pdfs": [c.__dict__ for c in pdfs], "docx": [c.__dict__ for c in docx],
                               "limits": [c.__dict__ for c in limits],
                               "properties": [{"name": r.name, "cases": r.cases, "outcomes": dict(r.outcomes),
                                               "failure": r.failure} for r in normal + tables]},
                              indent=1, default=str), encoding="utf-8")
    say(f"summary written to {out}")
    failed = [r for r in normal + tables if r.failure]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
