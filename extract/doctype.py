"""What a document is, by its content across the whole document: its type and, for a file holding one
part of a larger document, which part.

The evidence, strongest first:

1. the title on the cover (the first lines; for a table-only document the first rows of its first table);
2. titles elsewhere: running headers (a line printed on several pages) and title phrases on any page —
   a full LKjIP whose cover is an image still says "Laporan Kinerja Instansi Pemerintah" in its
   Ikhtisar Eksekutif and its header;
3. the kinds of table found: capaian and realisasi tables make an LKjIP (or a chapter of one), quarterly
   columns an Evaluasi Renja or Rencana Aksi;
4. chapters: a document of several BAB is an LKjIP.

A chapter file ("BAB III" alone) or a lampiran file of an LKjIP is an LKjIP part: type ``lkjip`` with
the part in ``Report.document_part``. "other" is left only for a document that is none of :data:`FAMILY`.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from lkjip.extract.classify import PERFORMANCE_KINDS, QUARTER, TableKind, find_tables
from lkjip.extract.document import Document
from lkjip.extract.meta import Line, despace, running_headers

#: the SAKIP family: every document type lkjip reads
FAMILY = ("lkjip", "pk", "renstra", "rkt", "iku", "renja", "rencana_aksi", "dpa", "dpa_perubahan", "lra",
          "evaluasi_renja")

_W = r"\s*"  # between the words of a title: a PDF may glue them ("DOKUMENPELAKSANAAN…")
#: title phrases per type; on a tie of position the earlier rule wins (the more specific one)
TITLES: list[tuple[str, re.Pattern]] = [(kind, re.compile(rx, re.I)) for kind, rx in (
    ("evaluasi_renja", rf"evaluasi\b.{{0,60}}\b(renja|rencana{_W}kerja)"),
    ("lra", rf"laporan{_W}realisasi{_W}anggaran|\blra\b"),
    ("dpa_perubahan", rf"dokumen{_W}pelaksanaan{_W}perubahan{_W}anggaran|\bdppa\b|\bdpa[\s-]*perubahan"),
    ("dpa", rf"dokumen{_W}pelaksanaan{_W}anggaran|\bdpa\b"),
    ("rencana_aksi", rf"rencana{_W}aksi\b"),
    ("rkt", rf"rencana{_W}kinerja{_W}tahunan|\brkt\b"),
    ("lkjip", r"laporan\s+(akuntabilitas\s+)?kinerja|\blkj?ip\b|\blakip\b|\blkip\b"),
    ("renstra", r"rencana\s+strategis|\brenstra\b"),
    ("iku", rf"indikator{_W}kinerja{_W}utama|\biku\b"),
    ("renja", rf"rencana{_W}kerja\b|\brenja\b"),
)]
PK_TITLE = re.compile(r"(perjanjian|penetapan)\s+kinerja", re.I)
CHAPTER = re.compile(r"^\s*bab\s+([ivx]+|\d+)\b", re.I)
_LAMPIRAN = re.compile(r"^\s*lampiran\s*[-–]?\s*([ivx]+|\d+)\b\.?", re.I)
#: table kinds only an LKjIP holds (measured performance against its targets)
LKJIP_KINDS = PERFORMANCE_KINDS - {TableKind.sasaran_indikator}


def title_type(text: str) -> str | None:
    """The type a title names: the earliest title phrase in ``text`` (a Renstra may list "LKjIP" further on)."""
    hits = [(m.start(), i, kind) for i, (kind, rx) in enumerate(TITLES) if (m := rx.search(text))]
    return min(hits)[2] if hits else None


def cover_text(doc: Document, lines: list[Line], n: int = 8) -> str:
    """The first lines, despaced; a document with (almost) no running text adds its first table's first rows."""
    text = " ".join(despace(x.text) for x in lines[:n])
    if len(lines) < 3 and doc.tables():
        text += " " + " ".join(c for r in doc.tables()[0].rows[:6] for c in r.cells if c.strip())
    return text.casefold()


def detect_document_type(doc: Document, lines: list[Line]) -> str:
    """One of :data:`FAMILY`, or "other": the cover's title, else titles anywhere, table kinds, chapters."""
    first = cover_text(doc, lines)
    chapters = sum(1 for x in lines if CHAPTER.match(x.text))
    pk = PK_TITLE.search(first) is not None
    if pk and (doc.pages or 0) <= 6 and chapters < 2:
        return "pk"  # a PK on its own is short and has no chapters; an LKjIP carrying its PK is still an LKjIP
    kind = title_type(first) or ("pk" if pk else None) or _heading_type(lines) or _table_type(doc)
    return kind or ("lkjip" if chapters >= 2 else "other")


def _heading_type(lines: list[Line]) -> str | None:
    """A title in a running header, else the type whose title phrase the document's lines print most."""
    for t in running_headers(lines):
        if kind := title_type(t.casefold()):
            return kind
    counts = Counter(kind for x in lines if len(x.text) <= 300 and (kind := _full_title(x.text)))
    return counts.most_common(1)[0][0] if counts else None


_FULL_TITLE = {
    "lkjip": re.compile(r"laporan\s+(akuntabilitas\s+)?kinerja\s+instansi\s+pemerintah|\blkj?ip\b|\blakip\b", re.I),
    "renstra": re.compile(r"\brencana\s+strategis\s+(perangkat|satuan|organisasi|dinas|badan|kecamatan)", re.I),
}


def _full_title(text: str) -> str | None:
    """A document's own full title in running text ("Laporan Kinerja Instansi Pemerintah (LKjIP) … 2021")."""
    return next((kind for kind, rx in _FULL_TITLE.items() if rx.search(text)), None)


def _table_type(doc: Document) -> str | None:
    """The type the document's tables make: capaian / realisasi tables an LKjIP, quarterly columns an evaluasi."""
    heads = " ".join(c for t in doc.tables() for r in t.rows[:6] for c in r.cells)
    if QUARTER.search(heads):
        return "evaluasi_renja" if re.search(r"realisasi|capaian|\bk\b", heads, re.I) else "rencana_aksi"
    kinds = {ft.kind for ft in find_tables(doc)}
    return "lkjip" if kinds & LKJIP_KINDS else None


def chapter_numbers(lines: list[Line]) -> list[str]:
    """The chapters the document's headings open ("I", "III", "3"), in order, once each."""
    out: list[str] = []
    for x in lines:
        m = CHAPTER.match(x.text)
        if m and m.group(1).upper() not in out:
            out.append(m.group(1).upper())
    return out


def document_part(doc_type: str, lines: list[Line], head: int = 5) -> str | None:
    """Which part of a larger document a file holds: "BAB III" for a chapter file of an LKjIP,
    "Lampiran 2" for a file opening with its lampiran heading; None for a whole document."""
    if doc_type == "lkjip":
        chapters = chapter_numbers(lines)
        if chapters and chapters[0] not in ("I", "1") and any(CHAPTER.match(x.text) for x in lines[:head]):
            return f"BAB {chapters[0]}" if len(chapters) == 1 else f"BAB {chapters[0]}–{chapters[-1]}"
    for x in lines[:2]:
        if m := _LAMPIRAN.match(despace(x.text)):
            return f"Lampiran {m.group(1).upper()}"
    return None
