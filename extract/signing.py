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


#: a NIP with more text after it, a heading read onto the same line ("NIP. 1967… PERJANJIAN KINERJA TAHUN 2024")
_NIP_THEN = re.compile(r"^(NIP\.?\s*[:.]?\s*\d{8}\s*\d{6}\s*\d\s*\d{3})\s+(\S.*)$", re.I)


def signature_block_lines(rows: list[list[str]]) -> list[list[str]]:
    """The signature lines of each of a table's rows (:func:`signature_row_lines`), and of the rows after one
    giving a place and date while each holds text in one cell only: a signature block read as the table's last
    rows, one printed line a row ("Lembah Hijau, 10 Januari 2023 Pihak Kedua" / "BUPATI LEMBAH HIJAU, H. …" /
    "Pihak Pertama CAMAT …" / "NIP. …"). A NIP is told from a heading read onto its line."""
    out: list[list[str]] = []
    block = False
    for cells in rows:
        filled = [" ".join(c.split()) for c in cells if c.strip()]
        lines = signature_row_lines(cells)
        if len(filled) != 1:
            block = False
        elif block and not lines:
            m = _NIP_THEN.match(filled[0])
            lines = [m.group(1), m.group(2)] if m else block_line(filled[0])
        elif _opens_block(filled[0]):
            block = True
            lines = lines if _NIP_TAIL.search(filled[0]) else block_line(filled[0])
        out.append(lines)
    if rows and not out[-1]:
        out[-1] = _jabatan_row(rows[-1])
    return out


def _jabatan_row(cells: list[str]) -> list[str]:
    """A table's last row holding a signer's jabatan, its words spread over cells ("CAMAT" | "MEKARWANGI"): the
    first line of the signature block printed below the table."""
    text = " ".join(" ".join(c.split()) for c in cells if c.strip())
    if _JABATAN_HEAD.match(text) and not re.search(r"\d", text) and len(text.split()) <= 6 and text.isupper():
        return [text]
    return []


def _opens_block(text: str) -> bool:
    """A line opening a signature block: a place and date, maybe a party's label after it ("Lembah Hijau, 10
    Januari 2023 Pihak Kedua")."""
    date = find_signing_date(text, at_end=False)
    return date is not None and text.startswith(date.raw)


#: a title a person's name opens with
_NAME_TITLE = re.compile(r"(?:drs?|dra|hj?|ir|prof|dr)\.", re.I)
_PIHAK_HEAD = re.compile(r"^(pihak\s+(?:pertama|kedua))\s+(\S.*)$", re.I)
#: a party's label closing the text: the line after a name glued onto it ("H. CAHYO RAHMAN Pihak Pertama")
_PIHAK_TAIL = re.compile(r"^(\S.*?)\s+(pihak\s+(?:pertama|kedua))$", re.I)


def block_line(text: str) -> list[str]:
    """One row of a signature block read as a table row, as the printed lines it glued: a place and date and
    a party's label ("Lembah Hijau, 10 Januari 2023" / "Pihak Kedua"), a label and a jabatan ("Pihak Pertama" /
    "CAMAT SUKAMAJU"), a jabatan and a name ("BUPATI LEMBAH HIJAU," / "H. CAHYO RAHMAN"), a name and a pangkat
    ("ANI WIJAYA, S.Sos" / "Penata Tk. I"). A block whose lines are spaced unevenly glues them in other pairs:
    a name and the next party's label ("H. CAHYO RAHMAN" / "Pihak Pertama"), a jabatan, a name and a pangkat
    ("CAMAT SUKAMAJU" / "ANI WIJAYA, S.Sos" / "Pembina")."""
    date = find_signing_date(text, at_end=False)
    if date is not None and text.startswith(date.raw) and text[len(date.raw):].strip(" ,"):
        return [date.raw, *block_line(text[len(date.raw):].strip(" ,"))]
    m = _PIHAK_HEAD.match(text)
    if m:
        return [m.group(1), *block_line(m.group(2))]
    m = _PIHAK_TAIL.match(text)
    if m:
        return [*block_line(m.group(1)), m.group(2)]
    pangkat = _PANGKAT_TAIL.search(text)
    if pangkat and pangkat.start() > 0:
        return [*block_line(text[: pangkat.start()].strip()), pangkat.group(0).strip()]
    if not _JABATAN_HEAD.match(text):
        return [text]
    words = text.split()
    titled = next((k for k in range(2, len(words)) if _NAME_TITLE.fullmatch(words[k])), None)
    if titled is not None:  # "CAMAT TANJUNG LESTARI DRS. HENDRA WIBOWO, M.AP": the name starts at its title
        return [" ".join(words[:titled]), " ".join(words[titled:])]
    head, comma, name = text.partition(",")
    if comma and len(head.split()) >= 2 and looks_like_name(name.strip()) and \
            len(name.split(",")[0].split()) >= 2:  # "BUPATI LEMBAH HIJAU, H. CAHYO RAHMAN"
        return [f"{head},", name.strip()]
    return _region_head_and_name(text)


def _region_head_and_name(text: str) -> list[str]:
    """``"CAMAT SUKAMAJU ANI WIJAYA, S.Sos"`` → ``["CAMAT SUKAMAJU", "ANI WIJAYA, S.Sos"]``: a region's head, its
    one-word place, then a name with its degrees. Only with a degree: without one, "BUPATI LEMBAH HIJAU" (a
    two-word place) could not be told from a head and a name, and stays one line."""
    head = _JABATAN_HEAD.match(text)
    lines = split_jabatan(text)
    if len(lines) == 2 and "," in lines[1] and head.group(1).casefold().replace(" ", "") in _REGION_HEADS:
        return lines
    return [text]


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
