"""Signature material a reader left inside a table: the lines :func:`lkjip.extract.meta.find_signatories`
reads, recovered from table rows.

A signature block printed at the foot of a ruled table (an LRA, a DPA) is often read as one more row of
that table, its lines glued into one cell: ``"Manado, 5 Mei 2023 KEPALA DINAS ANI WIJAYA, S.Sos NIP.
197001011990031001"``. A scanned PK's signature area may come out of OCR as a table of fragments, one row
holding the place and date (``"Sukamaju," | "Januari 2023"``). :func:`signature_row_lines` gives such a
row's text back as the lines of a signature block: place and date, jabatan, name, pangkat, NIP.
"""

from __future__ import annotations

import regex as re

from lkjip.normalize.dates import find_signing_date

#: a NIP closing the text ("NIP. 19700101 199003 1 001")
_NIP_TAIL = re.compile(r"\bNIP\.?\s*[:.]?\s*(\d[\d\s.]{17,29})\s*$", re.I)
_PANGKAT_TAIL = re.compile(r"\b(?:pembina|penata|pengatur|juru)\b[^,]*$", re.I)
_JABATAN_HEAD = re.compile(r"^(camat|kepala|bupati|walikota|wali\s+kota|sekretaris|gubernur|inspektur|direktur)"
                           r"\b\s*", re.I)
#: the unit a jabatan word may take before the name ("KEPALA DINAS", "KEPALA BADAN")
_UNIT = {"dinas", "badan", "kantor", "bagian", "bidang", "seksi", "upt", "daerah", "kecamatan", "kelurahan"}
#: the heads of a region, whose jabatan names the region ("CAMAT SUKAMAJU")
_REGION_HEADS = {"camat", "bupati", "walikota", "gubernur"}
#: the most words a person's name takes before its degrees ("ANI WIJAYA, S.Sos")
NAME_WORDS = 5
#: the most words of one degree ("S.Sos", "Ak. CA")
DEGREE_WORDS = 2


def signature_row_lines(cells: list[str]) -> list[str]:
    """The lines of a signature block a table row holds, or [] when it holds none.

    A row whose one filled cell ends with a NIP is split into place-and-date, jabatan, name, pangkat and NIP
    lines; a row whose text ends with a place and date (the day may be blank) gives that text as one line."""
    filled = [" ".join(c.split()) for c in cells if c.strip()]
    if not filled:
        return []
    text = " ".join(filled)
    nip = _NIP_TAIL.search(text)
    if nip and len(filled) == 1:
        return split_signature(text)
    return [text] if find_signing_date(text) else []


def split_signature(text: str) -> list[str]:
    """``"Manado, 5 Mei 2023 KEPALA DINAS ANI WIJAYA, S.Sos NIP. 1970…"`` → ``["Manado, 5 Mei 2023",
    "KEPALA DINAS", "ANI WIJAYA, S.Sos", "NIP. 1970…"]``. A jabatan and name that cannot be told apart stay
    one line (read as the name)."""
    nip = _NIP_TAIL.search(text)
    if not nip:
        return [text]
    rest, out = text[: nip.start()].strip(), []
    date = find_signing_date(rest, at_end=False)
    if date:
        head_end = rest.find(date.raw) + len(date.raw)
        out.append(rest[:head_end].strip())
        rest = rest[head_end:].strip(" ,")
    pangkat = _PANGKAT_TAIL.search(rest)
    tail = []
    if pangkat and pangkat.start() > 0:
        tail.append(pangkat.group(0).strip())
        rest = rest[: pangkat.start()].strip()
    out += [x for x in split_jabatan(rest) if x]
    return out + tail + [nip.group(0).strip()]


def split_jabatan(text: str) -> list[str]:
    """``"KEPALA DINAS ANI WIJAYA, S.Sos"`` → ``["KEPALA DINAS", "ANI WIJAYA, S.Sos"]``: a jabatan word and
    the one word it takes (a unit: "KEPALA DINAS"; a place after a regional head: "CAMAT SUKAMAJU"), then
    what :func:`looks_like_name`; anything else stays one line."""
    m = _JABATAN_HEAD.match(text)
    if not m:
        return [text]
    words = text[m.end():].split()
    takes_place = m.group(1).casefold().replace(" ", "") in _REGION_HEADS
    if len(words) < 2 or not (takes_place or words[0].casefold().strip(",") in _UNIT):
        return [text]
    jabatan, name = f"{m.group(0).strip()} {words[0]}", " ".join(words[1:])
    return [jabatan, name] if looks_like_name(name) else [text]


def looks_like_name(text: str) -> bool:
    """A person's name and degrees: at most :data:`NAME_WORDS` words, then short comma-separated degrees
    ("ANI WIJAYA, S.Sos, M.Si"); an office's name runs longer between its commas."""
    parts = [p.split() for p in text.split(",")]
    return bool(parts[0]) and len(parts[0]) <= NAME_WORDS and all(len(p) <= DEGREE_WORDS for p in parts[1:])
