"""Document facts from running text: who, where, when, and the figures the text claims.

Works on the flat list of text lines of the document model (paragraphs split
at newlines), each with its page / line number, so it behaves the same for
text exports, PDFs and DOCX.
"""

from __future__ import annotations

import difflib
from collections import Counter

import regex as re
from pydantic import BaseModel
from rapidfuzz import fuzz

from lkjip.errors import NormalizeError
from lkjip.extract.captions import list_entries
from lkjip.extract.claims import sentence_around
from lkjip.extract.document import Document, Paragraph, Table
from lkjip.extract.layout.cues import NUMBERED_CAPTION
from lkjip.extract.signing import signature_block_lines
from lkjip.model import (
    ParseWarning,
    PerjanjianKinerja,
    Provenance,
    Reference,
    ReportMeta,
    Signatory,
    YearMention,
)
from lkjip.normalize.dates import MONTHS, SigningDate, find_dates, find_signing_date
from lkjip.normalize.nip import parse_nip


class Line(BaseModel):
    text: str
    page: int | None = None
    line_no: int | None = None
    bold: bool = False

    def prov(self, table: str | None = None) -> Provenance:
        return Provenance(table=table, page=self.page, line_no=self.line_no, raw=[self.text])


class DocumentLines(list[Line]):
    """The paragraph lines of a document; ``with_signatures`` adds, in reading order, the signature
    material a reader left inside tables (:mod:`lkjip.extract.signing`), which is no running text."""

    with_signatures: list[Line]


def document_lines(doc: Document) -> DocumentLines:
    """Paragraph lines in reading order (tables excluded; their signature rows in ``with_signatures``)."""
    out, signed = DocumentLines(), []
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            for k, t in enumerate(b.lines or b.text.split("\n")):
                if t.strip():
                    ln = b.line_no + k if b.line_no is not None else None
                    out.append(Line(text=t.strip(), page=b.page, line_no=ln, bold=b.bold))
                    signed.append(out[-1])
        elif isinstance(b, Table):
            for r, lines in zip(b.rows, signature_block_lines([r.cells for r in b.rows]), strict=True):
                signed += [Line(text=t, page=r.page, line_no=r.line_no) for t in lines]
    out.with_signatures = signed
    return out


def signature_lines(lines: list[Line]) -> list[Line]:
    """The lines signatures are read from: with the tables' signature rows when ``lines`` carries them."""
    return getattr(lines, "with_signatures", lines)


def running_headers(lines: list[Line], min_pages: int = 2) -> list[str]:
    """Lines printed on several pages (a running header or footer), despaced, most pages first."""
    pages: dict[str, set[int]] = {}
    for x in lines:
        if x.page is not None and 8 <= len(x.text) <= 200:
            pages.setdefault(" ".join(despace(x.text).split()), set()).add(x.page)
    ranked = sorted(pages.items(), key=lambda kv: -len(kv[1]))
    return [t for t, ps in ranked if len(ps) >= min_pages]


_SIGNER_CELL = re.compile(r"\bkepala\s*(?=[A-Z])|\bkepala\b", re.I)


def unglue(text: str) -> str:
    """Words a PDF printed without spaces, apart again where the case tells: "KepalaDinasKomunikasi,Informatika"
    → "Kepala Dinas Komunikasi, Informatika" (text in capitals only stays as it is)."""
    return re.sub(r",(?=[^\s\d])", ", ", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text))


def table_text(doc: Document, rows: int = 30) -> list[str]:
    """For a document with no running text: the cells of its first table, then the signature cells of every
    table ("Kepala Dinas …"), with glued words apart."""
    tables = doc.tables()
    if not tables:
        return []
    where = _location_columns(tables[0])
    cells = [c for r in tables[0].rows[:rows] for i, c in enumerate(r.cells) if c.strip() and i not in where]
    cells += [c for t in tables[1:] for r in t.rows for c in r.cells if _SIGNER_CELL.search(unglue(c))]
    return [unglue(c) for c in cells]


def _location_columns(table: Table) -> set[int]:
    """The columns headed "Lokasi": the places where a budget line is spent, not where the office stands."""
    return {i for r in table.rows[:6] for i, c in enumerate(r.cells) if re.match(r"^\s*lokasi\b", c, re.I)}


# --- instansi, kabupaten, tahun ---------------------------------------------------

_UNIT = (
    r"kecamatan|kelurahan|dinas|badan|inspektorat|sekretariat(?:\s+daerah|\s+dprd)?|satuan\s+polisi"
    r"|kantor|rumah\s+sakit|rsud|bagian|biro|camat"
)
_INSTANSI = re.compile(rf"\b({_UNIT})\b\s*([^\n():]*)", re.I)
#: units that are a whole instansi on their own ("Inspektorat Provinsi X", "Sekretariat Daerah")
_STANDALONE = {"inspektorat", "sekretariat daerah", "sekretariat dprd"}
_REGION = re.compile(r"(?<![/\w])(kabupaten|kota|provinsi)\s+([^\n,();:/]+)", re.I)
_YEAR_IN_TITLE = re.compile(r"\b(?:tahun|t\.?\s?a\.?)\s*(?:anggaran\s*)?[:.]?\s*((?:19|20)\d\d)\b", re.I)
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
_TITLE = re.compile(
    r"laporan\s+(?:akuntabilitas\s+)?kinerja|\blkj?ip\b|\blakip\b|\blkip\b|perjanjian\s+kinerja|penetapan\s+kinerja"
    r"|rencana\s+strategis|renstra|evaluasi|rencana\s+kerja|rencana\s+kinerja|rencana\s+aksi"
    r"|indikator\s+kinerja\s+utama|laporan\s+realisasi\s+anggaran|dokumen\s*pelaksanaan", re.I)
#: words that end a place name
_STOP_WORDS = {
    "tahun", "kabupaten", "kota", "provinsi", "dan", "yang", "kecamatan", "kelurahan", "desa", "nomor", "no",
    "ta", "t.a", "periode", "lamp", "lampiran", "di", "pada", "untuk", "sebagai", "dengan", "dalam", "rp", "rp.",
}
PROVINCES = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Sumatera Selatan",
    "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah",
    "DI Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat",
    "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara",
    "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara", "Maluku",
    "Maluku Utara", "Papua", "Papua Barat", "Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya",
]
_KEYWORDS = ("PROVINSI", "KABUPATEN", "KECAMATAN", "KOTA", "TAHUN", "DINAS", "BADAN", "INSPEKTORAT")


_LETTER_DIGIT = re.compile(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_SPACED_LETTERS = re.compile(r"(?<![\w.])(?:\w ){2,}\w(?![\w.])")


def despace(text: str) -> str:
    """Undo letter-spaced titles: "T A H U N 2 0 1 6" → "TAHUN 2016", "P R O V I N S I X" → "PROVINSI X"."""
    def join(m: re.Match) -> str:
        word = m.group(0).replace(" ", "")
        word = _LETTER_DIGIT.sub(" ", word)
        for kw in _KEYWORDS:
            if word.upper().startswith(kw) and len(word) > len(kw) and word[len(kw)] != " ":
                word = word[: len(kw)] + " " + word[len(kw):]
        return word

    return _SPACED_LETTERS.sub(join, text)


def _title_case(s: str) -> str:
    small = {"dan", "di", "ke", "dari", "yang", "untuk"}
    out = []
    for i, w in enumerate(s.split()):
        lw = w.lower()
        if i and lw in small:
            out.append(lw)
        elif w.isupper() and 2 <= len(w) <= 5 and lw in {"dprd", "rsud", "umkm", "kumkm", "bpbd", "dki", "di"}:
            out.append(w)
        else:
            out.append(lw[:1].upper() + lw[1:])
    return " ".join(out)


_NAME_STOP = {"tahun", "kabupaten", "kota", "provinsi", "kecamatan", "ta", "t.a", "periode", "lamp", "lampiran",
              "nomor", "pada", "untuk", "sebagai", "dengan", "dalam", "yang"}


def _place(words: str, limit: int = 3, stop: set[str] = _STOP_WORDS) -> str | None:
    """The first words of a place (or office) name, up to a stop word."""
    out = []
    for w in words.split():
        wc = w.casefold().strip(".")
        if wc in stop or not w[:1].isalpha() or len(out) >= limit:
            break
        out.append(w)
    return _title_case(" ".join(out)) if out else None


def _province(words: str) -> str | None:
    squeezed = words.replace(" ", "").casefold()
    best = [p for p in PROVINCES if squeezed.startswith(p.replace(" ", "").casefold())]
    return max(best, key=len) if best else None


def _listed_name(rest: str) -> str:
    """A name that lists its parts with commas, closed by "dan" ("KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN
    STATISTIK"), keeps them; any other comma ends the name ("Kesehatan, Kabupaten X")."""
    parts = rest.split(",")
    for k, part in enumerate(parts[1:], start=1):
        words = part.split()
        if not words or not words[0][:1].isupper() or words[0].casefold().strip(".") in _STOP_WORDS:
            break
        if any(w.casefold() == "dan" for w in words[1:]):
            return ",".join(parts[: k + 1])
    return parts[0]


def _capitals_run(rest: str) -> str:
    """A name ends where its letter case ends: one in capitals at the first word that is not ("NGADIROJO
    Halaman 1", "DAERAH Sub Unit"), one in title case at a long word in capitals (the signer's name below it;
    an acronym such as "UMKM" is short)."""
    words = rest.split()
    if not words:
        return rest
    caps = _is_caps(words[0])
    out = []
    for w in words:
        if (caps and not (_is_caps(w) or w.casefold() in ("dan", "&"))) or (not caps and _is_caps(w) and len(w) >= 7):
            break
        out.append(w)
    return " ".join(out)


def _is_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _instansi(text: str) -> str | None:
    for m in _INSTANSI.finditer(text):
        unit = " ".join(m.group(1).split()).casefold()
        short = unit in {"kecamatan", "kelurahan", "camat"}
        rest = _capitals_run(m.group(2).split(",")[0] if short else _listed_name(m.group(2))).strip()
        first = rest.split()[0].casefold().strip(".") if rest else ""
        if unit in _STANDALONE or unit.startswith("inspektorat"):
            suffix = " Daerah" if first == "daerah" else ""
            return _title_case(unit) + suffix
        if not rest or first in _STOP_WORDS:
            continue
        name = _place(rest, 3) if short else _place(rest, 12, _NAME_STOP)
        if name:
            label = "Kecamatan" if unit == "camat" else _title_case(unit)
            return f"{label} {name}"
    return None


def find_meta(lines: list[Line], head: int = 40, extra: list[str] | None = None, ocr: bool = False) -> ReportMeta:
    """Instansi, kabupaten/provinsi and year from the cover (the first lines), then further in.

    ``extra`` is text to fall back on when the document has no running text
    (a table-only export): the first cells of its first table. With ``ocr`` (pages read by OCR) a word of
    the instansi printed nowhere else is checked against the name's other printings (:func:`agreed_name`).
    """
    cover = _join_continuations([despace(x.text) for x in lines[:head]]) + list(extra or [])
    meta = ReportMeta()
    title_idx = next((i for i, t in enumerate(cover) if _TITLE.search(t)), None)
    meta.title = cover[title_idx] if title_idx is not None else None
    order = _title_block_first(cover, title_idx)
    meta.instansi = next((i for t in order if (i := _instansi(t))), None)
    if ocr and meta.instansi:
        meta.instansi = agreed_name(meta.instansi, [x.text for x in lines])
    further = cover + [despace(x.text) for x in lines[head:400]]
    # a provincial office's report names many kabupaten in its body: only its cover counts then
    provincial = any(m.group(1).casefold() == "provinsi" for t in cover for m in _REGION.finditer(t))
    for t in cover if provincial else further:
        for m in _REGION.finditer(t):
            kind, rest = m.group(1).casefold(), m.group(2)
            if not (m.group(1)[0].isupper() and rest[:1].isupper()):
                continue  # "kota Rp …" in running text is no place name
            if kind == "provinsi" and meta.provinsi is None:
                meta.provinsi = _province(rest)
            elif kind in ("kabupaten", "kota") and meta.kabupaten is None and (name := _place(_capitalized(rest))):
                meta.kabupaten = name if kind == "kabupaten" else f"Kota {name}"
        if meta.kabupaten and meta.provinsi:
            break
    if meta.kabupaten is None:  # "Bupati Wonosari" / "Walikota X" signing as pihak kedua
        for t in further:
            m = re.search(r"\b((?i:bupati|wali\s?kota))\s+([A-Z][^\n,;:]*)", t)
            if m and (name := _place(m.group(2))) and name.casefold() not in {"dan", "selaku"}:
                meta.kabupaten = name if m.group(1).casefold() == "bupati" else f"Kota {name}"
                break
    meta.tahun = _year(order, captions_and_headers(lines))
    meta.tahun_akhir = period_end(order, meta.tahun)
    return meta


def captions_and_headers(lines: list[Line]) -> list[str]:
    """Running headers, then table captions: where a file without a cover (a chapter of an LKjIP) states its year."""
    return running_headers(lines) + [despace(x.text) for x in lines if NUMBERED_CAPTION.match(x.text)]


def _capitalized(words: str) -> str:
    """The leading capitalized words: a place name ends before running text ("Sukamaju pemerintahan umum")."""
    out = []
    for w in words.split():
        if w[:1].islower():
            break
        out.append(w)
    return " ".join(out)


def _title_block_first(cover: list[str], title_idx: int | None, size: int = 3) -> list[str]:
    """The cover's lines, the title block first: the title and the lines just below it, then the lines just above
    it (an office printed as a heading over its PK title), then the rest."""
    if title_idx is None:
        return cover
    block = list(range(title_idx, min(title_idx + size + 1, len(cover)))) + list(range(max(title_idx - size, 0),
                                                                                       title_idx))
    return [cover[i] for i in block] + [t for i, t in enumerate(cover) if i not in set(block)]


def _wrapped(texts: list[str]) -> list[str]:
    """Lines joined where a name wraps: after a comma or a closing "dan" ("KEPALA DINAS KOMUNIKASI," /
    "INFORMATIKA, PERSANDIAN DAN" / "STATISTIK DAERAH")."""
    out: list[str] = []
    for t in texts:
        if out and re.search(r"(,|\bdan)\s*$", out[-1], re.I):
            out[-1] = f"{out[-1]} {t.strip()}"
        else:
            out.append(t)
    return out


def agreed_name(name: str, texts: list[str]) -> str:
    """An OCR-read name, each of its words that looks misread (:func:`_misread`) and is printed nowhere else in
    the document replaced by the reading its other printings agree on most (the medoid of the readings in its place): "… Persandian dan Ik Daerah",
    printed elsewhere "… dan Statistik Daerah" and "… dan Statisiiw Daerah" → "… dan Statistik Daerah"."""
    words = name.split()
    counts = Counter(w.casefold().strip(",.") for t in texts for w in despace(t).split())
    others = [c.split() for t in _wrapped([despace(t) for t in texts]) if (c := _instansi(t)) and c != name]
    out = []
    for k, w in enumerate(words):
        readings = [r for o in others if (r := _aligned(words, o, k))]
        if counts[w.casefold().strip(",.")] > 1 or not _misread(w) or not readings:
            out.append(w)
            continue
        votes = [w, *readings]
        out.append(max(votes, key=lambda v: (sum(fuzz.ratio(v.casefold(), x.casefold()) for x in votes), v == w)))
    return " ".join(out)


def _misread(word: str) -> bool:
    """A word as OCR damages it: two letters or fewer, a digit among letters, "ii", four consonants in a row."""
    w = word.strip(",.").casefold()
    if w in ("dan", "&"):
        return False
    letters = [c for c in w if c.isalpha()]
    return len(letters) <= 2 or any(c.isdigit() for c in w) or bool(re.search(r"ii|[^aeiou\W\d]{4,}", w))


def _aligned(words: list[str], other: list[str], k: int) -> str | None:
    """The word of ``other`` standing where ``words[k]`` stands (a one-word replacement between equal words)."""
    sm = difflib.SequenceMatcher(a=[w.casefold() for w in words], b=[w.casefold() for w in other], autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "replace" and i1 <= k < i2 and i2 - i1 == j2 - j1:
            return other[j1 + k - i1]
    return None


def _join_continuations(texts: list[str]) -> list[str]:
    """A title wrapped over lines ("BADAN PEMBERDAYAAN MASYARAKAT" / "DAN PEMERINTAHAN DESA") is one line."""
    out: list[str] = []
    for t in texts:
        if out and re.match(r"^\s*(dan|serta|&)\b", t, re.I) and len(out[-1]) < 120:
            out[-1] = f"{out[-1]} {t.strip()}"
        else:
            out.append(t)
    return out


def _year(order: list[str], later: list[str] = ()) -> int | None:
    """The year a title states ("Tahun 2021", "Tahun Anggaran 2021": on the cover, else in a running header
    or caption), else the first of a period, else the year the cover prints most."""
    for t in [*order, *later]:
        m = _YEAR_IN_TITLE.search(t)
        if m:
            return int(m.group(1))
    for t in order:
        m = _PERIOD.search(t)
        if m:
            return int(m.group(1))
    years = [int(y) for t in order for y in re.findall(r"\b((?:19|20)\d\d)\b", t)]
    return max(set(years), key=years.count) if years else None


#: the longest period a plan spans (an RPJMD / Renstra: 5 or 6 years, a long-term plan 20)
MAX_PERIOD = 20


def period_end(order: list[str], tahun: int | None) -> int | None:
    """The last year of the period the cover states starting at ``tahun`` ("Renstra 2025-2029" → 2029)."""
    if tahun is None:
        return None
    for t in order:
        for m in _PERIOD.finditer(t):
            start, end = int(m.group(1)), int(m.group(2))
            if start == tahun and 0 < end - start <= MAX_PERIOD:
                return end
    return None


# --- signatories --------------------------------------------------------------

_NIP = re.compile(r"^\s*nip\.?\s*[:.]?\s*([\d\s.]{18,30})\s*$", re.I)
#: a pangkat's "Tk. I" as OCR may leave it: the "I" lost ("Penata Tk."), or read as "l", "1" or "|"
_TK = r"(\s+tk\.?\s*[il1|]*)?"
#: the "Tk." of a pangkat ending it (a golongan "(III/d)" may follow), its "I" as OCR may leave it
_TK_TAIL = re.compile(r"\b(tk)\.?(?:\s*([Il1|]))?(?=\s*(?:\(?\s*[iv]+\s*/\s*[a-e]\s*\)?)?\s*$)", re.I)


def pangkat_text(text: str) -> str:
    """A pangkat as printed, its "Tk. I" whole again where OCR lost the "I" or read it as "l", "1" or "|"
    ("Penata Tk." -> "Penata Tk. I"): every rank of the civil service that has a "Tingkat" has only the first
    ("Penata Muda Tk. I", "Pembina Tk. I"), so the tail can be only that; an "I" read right is left as printed."""
    m = _TK_TAIL.search(text)
    if m is None or m.group(2) == "I":
        return text
    return f"{text[: m.start()]}{m.group(1)}. I{text[m.end():]}"


_PANGKAT = re.compile(
    rf"^\s*(pembina(\s+utama)?(\s+(muda|madya))?{_TK}|penata(\s+muda)?{_TK}|pengatur(\s+muda)?"
    rf"{_TK}|juru(\s+muda)?{_TK})\s*(\(?\s*[iv]+\s*/\s*[a-e]\s*\)?)?\s*$",
    re.I,
)
_NAMA = re.compile(r"^\s*nama\s*:\s*(.+)$", re.I)
_JABATAN = re.compile(r"^\s*jabatan\s*:\s*(.+)$", re.I)
_NAMA_BARE = re.compile(r"^\s*nama\b\s*:?\s*(\S.*)$", re.I)
_JABATAN_BARE = re.compile(r"^\s*jabatan\b\s*:?\s*(\S.*)$", re.I)
_JABATAN_LINE = re.compile(r"^\s*(camat|kepala|bupati|walikota|wali\s+kota|sekretaris|gubernur|inspektur|direktur)\b", re.I)
#: an office or a heading, never a person's name ("KECAMATAN … KABUPATEN …", "CAMAT …", "LAMPIRAN …")
_NOT_A_NAME = re.compile(r"^\s*(kecamatan|kabupaten|kota|provinsi|pemerintah|dinas|badan|sekretariat|kantor|lampiran"
                         r"|perjanjian|pihak|nip\b|no\b)", re.I)
#: how many lines above a NIP (its pangkat aside) the name may stand, past fragments and headings
NAME_REACH = 3


def _could_be_name(text: str) -> bool:
    """A line that can be a signer's name: three letters at least and no digit (a running header's year, a
    page number, a NIP), not an office, jabatan or heading."""
    t = text.strip()
    return (sum(c.isalpha() for c in t) >= 3 and not any(c.isdigit() for c in t) and not _NOT_A_NAME.match(t)
            and not _JABATAN_LINE.match(t) and not _PANGKAT.match(t))


_PIHAK = re.compile(r"^\s*pihak\s+(pertama|kedua)\b", re.I)
#: the label "Pihak Pertama" printed as a heading, read onto the end of the line before ("H. CAHYO RAHMAN Pihak Pertama")
_PIHAK_LABEL_END = re.compile(r"\s(?:Pihak Pertama|PIHAK PERTAMA)\s*$")
_SECTION = [
    (re.compile(r"^\s*kata\s+pengantar\b", re.I), "Kata Pengantar"),
    (re.compile(r"^\s*(lampiran\s+)?perjanjian\s+kinerja\s*(?:tahun\s*)?((?:19|20)\d\d)", re.I), "PK"),
    (re.compile(r"pelaksanaan\s+program\b.{0,40}\bkegiatan|rincian\s+anggaran", re.I), "Lampiran Rincian Anggaran"),
    (re.compile(r"^\s*bab\b", re.I), "Isi"),
]


def _section_of(lines: list[Line], rincian: str) -> list[str]:
    current, out = "Sampul", []
    for x in lines:
        for rx, name in _SECTION:
            m = rx.search(x.text)
            if m:
                current = f"PK {m.group(2)}" if name == "PK" else rincian if name.startswith("Lampiran") else name
                break
        out.append(current)
    return out


def find_signatories(lines: list[Line], sink: list[ParseWarning],
                     rincian: str = "Lampiran Rincian Anggaran") -> list[Signatory]:
    """Every signature (name above a NIP line) and every PK party, with the section it stands in.

    ``rincian`` names the budget-detail lampiran as the list of lampiran does ("Lampiran 3"). Signature
    blocks a reader left inside a table count too (:func:`signature_lines`). A date printed without its
    day ("Sukamaju, Januari 2022") is kept to the month (``date_precision`` ``month``) with a warning.
    """
    lines = signature_lines(lines)
    sections = _section_of(lines, rincian)
    out: list[Signatory] = []
    for i, x in enumerate(lines):
        m = _NIP.match(x.text)
        if not m:
            continue
        sig = _signature_block(lines, i, m.group(1), sections[i])
        if sig:
            try:
                sig.nip = parse_nip(m.group(1)).digits
            except NormalizeError as e:
                sink.append(ParseWarning(code="nip.unparseable", message=str(e), raw=m.group(1),
                                         page=x.page, line_no=x.line_no))
            out.append(sig)
    out.extend(_named_parties(lines, sections, out))
    _warn_month_dates(lines, sections, out, sink)
    return out


def _warn_month_dates(lines: list[Line], sections: list[str], sigs: list[Signatory],
                      sink: list[ParseWarning]) -> None:
    """One warning per section and date kept to the month, its raw the "place, month year" as printed."""
    seen: set[tuple] = set()
    for s in sigs:
        if s.date_precision != "month" or s.date is None or (s.date, s.context) in seen:
            continue
        seen.add((s.date, s.context))
        raw = next((d.raw for x, sec in zip(lines, sections, strict=True) if sec == s.context
                    and (d := find_signing_date(x.text)) and d.precision == "month" and d.date == s.date),
                   f"{MONTHS[s.date.month]} {s.date.year}")
        sink.append(ParseWarning(
            code="date.day_missing", raw=raw, page=s.source.page, line_no=s.source.line_no,
            message=f"{s.context}: signed '{raw}', the day left blank; kept to the month "
                    f"({s.date:%Y-%m}: date {s.date.isoformat()} with date_precision 'month')"))


def _signature_block(lines: list[Line], i: int, nip_raw: str, context: str) -> Signatory | None:
    k, pangkat = i - 1, None
    while k >= 0 and not lines[k].text.strip():
        k -= 1
    if k >= 0 and _PANGKAT.match(lines[k].text):
        pangkat, k = pangkat_text(lines[k].text.strip()), k - 1
    # the name is the nearest line above that can be one: a reader may leave a stray fragment ("t" of a header
    # "Targe|t" cut by a narrow column) or an office heading between the name and its NIP
    top = k - NAME_REACH
    while k >= 0 and k > top and not _could_be_name(lines[k].text):
        k -= 1
    if k < 0 or k <= top:
        return None
    name = lines[k].text.strip()
    jabatan = None
    for j in range(k - 1, max(k - 3, -1), -1):
        if _JABATAN_LINE.match(lines[j].text):
            jabatan = lines[j].text.strip().rstrip(",")
            break
    role = "pihak_pertama" if any((_PIHAK.match(lines[j].text) and "pertama" in lines[j].text.lower())
                                  or _PIHAK_LABEL_END.search(lines[j].text)
                                  for j in range(max(k - 3, 0), k)) else "penandatangan"
    date = _date_near(lines, k)
    return Signatory(context=context, role=role, name=name, jabatan=jabatan, pangkat=pangkat, nip_raw=nip_raw,
                     date=date.date if date else None, date_precision=date.precision if date else None,
                     source=lines[i].prov())


def _line_date(text: str) -> SigningDate | None:
    """The last full date of a line, else a "place, month year" it ends with (the day left blank)."""
    found = find_dates(text)
    if found:
        return SigningDate(found[-1][0], "day", found[-1][1])
    return find_signing_date(text)


def _date_near(lines: list[Line], k: int, back: int = 12) -> SigningDate | None:
    for j in range(k, max(k - back, -1), -1):
        date = _line_date(lines[j].text)
        if date:
            return date
    return None


def _date_after(lines: list[Line], sections: list[str], i: int) -> SigningDate | None:
    """The first "place, date" line after line ``i`` in its section: the date a party named there signs."""
    for j in range(i + 1, len(lines)):
        if sections[j] != sections[i]:
            return None
        date = find_signing_date(lines[j].text)
        if date:
            return date
    return None


def _named_parties(lines: list[Line], sections: list[str], signed: list[Signatory]) -> list[Signatory]:
    """"Nama : … / Jabatan : …" pairs of a PK: pihak pertama then pihak kedua (when not already signed)."""
    out: list[Signatory] = []
    count: dict[str, int] = {}
    for i, x in enumerate(lines):
        jab = _JABATAN_BARE.match(lines[i + 1].text) if i + 1 < len(lines) else None
        m = _NAMA.match(x.text) or (_NAMA_BARE.match(x.text) if jab else None)  # OCR may drop the colons
        if not m:
            continue
        ctx = sections[i]
        n = count.get(ctx, 0)
        count[ctx] = n + 1
        role = "pihak_pertama" if n == 0 else "pihak_kedua"
        name = m.group(1).strip()
        # pihak pertama signs with a NIP: named here only when the section has no such signature
        if (role == "pihak_pertama" and any(s.context == ctx for s in signed)) or \
                any(s.name == name and s.context == ctx for s in signed):
            continue
        date = _date_after(lines, sections, i)
        out.append(Signatory(context=ctx, role=role, name=name, jabatan=jab.group(1).strip() if jab else None,
                             date=date.date if date else None, date_precision=date.precision if date else None,
                             source=x.prov()))
    return out


# --- claims, references, years ------------------------------------------------

#: "Tabel 3.7", "Lampiran-3", "Gambar 2"; not a year ("tabel 2021" is a table of that year or an OCR's "2.1")
_REF = re.compile(r"\b(tabel|lampiran|gambar)\s*[-–]?\s*(?!(?:19|20)\d\d\b)(\d+(?:\.\d+)?)", re.I)


_PAGE_NUMBER = re.compile(r"\s*\d*\s*")


#: a cell ending with an entry's kind and no number ("Lampiran"): the number stands in the next cell
_KIND_ALONE = re.compile(r"\b(?:tabel|lampiran|gambar)\s*[-–]?\s*$", re.I)


def entry_text(cells: list[str]) -> str:
    """A row of a list of contents as one line: its page-number cells dropped, but not the entry's number a reader
    cut into a cell of its own after the kind, a title after it ("Lampiran | 2 | Perjanjian Kinerja …"; a list of
    contents' "LAMPIRAN | 18" is a section on page 18)."""
    kept = [cells[0]] if cells else []
    for k, c in enumerate(cells[1:], start=1):
        if not _PAGE_NUMBER.fullmatch(c) or (c.strip() and _KIND_ALONE.search(kept[-1])
                                             and any(re.search(r"[^\W\d_]{3}", t) for t in cells[k + 1:])):
            kept.append(c)
    return " ".join(kept)


def find_references(doc: Document) -> list[Reference]:
    out: list[Reference] = []
    for b in doc.blocks:
        if isinstance(b, Table):
            for r in b.rows:
                # a row of a list of contents: its page-number cells aside, one entry or (merged by a reader) more
                for kind, number, title in list_entries(entry_text(r.cells)):
                    out.append(Reference(kind=kind, label=f"{kind.title()} {number}", context="daftar",
                                         title=title or None, raw="\t".join(r.cells),
                                         source=Provenance(page=r.page, line_no=r.line_no, raw=r.cells)))
        elif isinstance(b, Paragraph):
            text = " ".join(b.text.split())
            for m in _REF.finditer(text):
                out.append(Reference(kind=m.group(1).lower(), label=f"{m.group(1).title()} {m.group(2)}",
                                     context="text", raw=sentence_around(text, m.start(), m.end()),
                                     source=Provenance(page=b.page, line_no=b.line_no, raw=[m.group(0)])))
    return out


_LAMPIRAN_COVER = re.compile(r"lampiran(\s*[-–]?\s*[\divx]+)?", re.I)
_PK_HEADING_YEAR = re.compile(r"^\s*perjanjian\s+kinerja\s*(?:tahun\s*)?((?:19|20)\d\d)", re.I)
_COVER_YEAR = re.compile(r"\btahun\s+((?:19|20)\d\d)\s*$", re.I)


def find_year_mentions(lines: list[Line]) -> list[YearMention]:
    """Years on lampiran covers and PK headings, which should fit the report year."""
    out: list[YearMention] = []
    after_lampiran = False
    for x in lines:
        t = x.text.strip()
        if _LAMPIRAN_COVER.fullmatch(t):
            after_lampiran = True
            continue
        m = _COVER_YEAR.search(t)
        if after_lampiran and m and x.bold:
            out.append(YearMention(context="Sampul lampiran", tahun=int(m.group(1)), raw=t, source=x.prov()))
            after_lampiran = False
        m = _PK_HEADING_YEAR.match(t)
        if m:
            out.append(YearMention(context="Perjanjian Kinerja", tahun=int(m.group(1)), raw=t, source=x.prov()))
            after_lampiran = False
    return out


def attach_pk_parties(pks: list[PerjanjianKinerja], signatories: list[Signatory], lines: list[Line]) -> None:
    """Give each PK its signatories and signing date (from its section); a date kept to the month only
    (the day left blank) dates its parties, not the PK."""
    for pk in pks:
        ctx = f"PK {pk.tahun}"
        pk.signatories = [s for s in signatories if s.context == ctx]
        dated = [s for s in pk.signatories if s.date]
        first = next((s for s in dated if s.date_precision != "month"), dated[0] if dated else None)
        pk.date = first.date if first and first.date_precision != "month" else None
        for s in pk.signatories:  # both parties sign the PK on its date
            if s.date is None and first is not None:
                s.date, s.date_precision = first.date, first.date_precision
