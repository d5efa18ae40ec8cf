"""Column heads that Tesseract misread by one glyph, put right in a scanned table's header rows.

A table is told by the words of its column heads: the Renstra table by "Kondisi Awal (2020)" and "Kondisi Akhir
(2026)", whose columns only count with both the words and the year. One glyph misread there loses a whole column of
every row: "Kondisi Amal" ("w" read "m", and "amal" is a word of the dictionary, so the spelling pass keeps it),
"Kondis 1 Awal" (the last "i" read apart as a "1"), "(20268)" (a speck read as one more digit).

:func:`mend_header_words` works on the header rows only, and on nothing but the words the classifiers look for
(:data:`HEAD_TERMS`): a token one typical confusion away from one of them (:data:`_SWAPS`), a token whose last
letter was read apart, and a year in brackets with one digit too many when exactly one of its one-digit-shorter
readings is a year the same header prints, and a head word broken by a space with its "I" read as a bar ("REAL!
SASI"). A narrow monospaced header cell breaks a long head word at its line's end, letter by letter; where its last
"i" went to the head of the cell's next line, Tesseract read it as a digit ("Tingkat Efisiens" over "1", "Realisas"
over "1 Tahun 2021"), the header names no column a reader knows and the row under it may hold a number: the "i" goes
back up (:func:`_letter_below`).
Each fix is named in the table's warnings.
"""

from __future__ import annotations

import re

from lkjip.extract.document import Table

#: the words that name the report's columns, as the classifiers look for them
HEAD_TERMS = frozenset({"kondisi", "awal", "akhir", "target", "realisasi", "capaian", "anggaran", "indikator",
                        "sasaran", "satuan", "tahun", "kinerja", "renstra", "program", "kegiatan", "uraian",
                        "efisiensi", "penyerapan"})

#: glyphs Tesseract reads one for another in print (either way)
_SWAPS = {"m": "w", "w": "m", "1": "i", "l": "i", "i": "l", "0": "o", "o": "0a", "c": "e", "e": "c", "n": "u", "u": "n",
          "a": "o"}  # "a" for "o" and back: small serif print ("Kandisi")

#: a letter read apart from its word as a digit or a bar ("Kondis 1")
_APART = {"1": "i", "l": "i", "I": "i", "i": "i", "|": "i"}

#: a year in brackets with one digit too many ("(20268)")
_LONG_YEAR = re.compile(r"^\((\d{5})\)$")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _core(token: str) -> tuple[str, str, str]:
    """(leading punctuation, the word, trailing punctuation) of a token."""
    m = re.match(r"^(\W*)(.*?)(\W*)$", token)
    return (m.group(1), m.group(2), m.group(3)) if m else ("", token, "")


def _swapped(word: str) -> str | None:
    """The head term ``word`` is one glyph confusion away from, its case kept; None when none or when it is one."""
    low = word.lower()
    if not low or low in HEAD_TERMS:
        return None
    found = set()
    for k, ch in enumerate(low):
        for alt in _SWAPS.get(ch, ""):
            if (cand := low[:k] + alt + low[k + 1:]) in HEAD_TERMS:
                found.add(cand)
    if len(found) != 1:
        return None
    cand = found.pop()
    return cand.upper() if word.isupper() and len(word) > 1 else cand.capitalize() if word[0].isupper() else cand


#: a bar read in a broken head word ("REAL! SASI"): an "i"
_BAR_I = str.maketrans({"!": "i", "1": "i", "|": "i"})


def _joined(word: str, trail: str, nxt: str) -> str | None:
    """A head term broken in two by a space with its "I" read as a bar ("REAL! SASI" -> "REALISASI"), its case kept;
    None when the two pieces are no head term so."""
    _nlead, rest, ntrail = _core(nxt)
    if not word or not rest or _nlead or len(trail) > 1 or (trail and trail not in "!|"):
        return None
    low = (word + trail + rest).lower().translate(_BAR_I)
    if low not in HEAD_TERMS or (word + trail + rest).lower() == low:
        return None
    return (low.upper() if word.isupper() else low.capitalize() if word[0].isupper() else low) + ntrail


def _mend_cell(cell: str, years: set[str]) -> str:
    tokens = cell.split(" ")
    out: list[str] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        lead, word, trail = _core(tok)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if word and not trail and nxt in _APART and (word + "i").lower() in HEAD_TERMS:
            out.append(lead + word + "i")
            k += 2
            continue
        if (joined := _joined(word, trail, nxt)) is not None:
            out.append(lead + joined)
            k += 2
            continue
        if (fixed := _swapped(word)) is not None:
            tok = lead + fixed + trail
        elif (m := _LONG_YEAR.match(tok)) is not None:
            digits = m.group(1)
            shorter = {digits[:j] + digits[j + 1:] for j in range(len(digits))} & years
            if len(shorter) == 1:
                tok = f"({shorter.pop()})"
        out.append(tok)
        k += 1
    return " ".join(out)


def mend_header_words(table: Table, page_no: int) -> None:
    """Put right, in the header rows of ``table``, the head words and years one glyph misread (module doc)."""
    heads = [r for r in table.rows if r.is_header]
    years = {y for r in heads for c in r.cells for y in _YEAR.findall(c)}
    for row in heads:
        for j, cell in enumerate(row.cells):
            fixed = _mend_cell(cell, years)
            if fixed != cell:
                table.warnings.append(f"page {page_no}: OCR header word fix {cell!r} -> {fixed!r}")
                row.cells[j] = fixed
    _letter_below(table, page_no)
    # a header's second row is not marked yet when its cells are split from a first row of spans ("ANGGARAN" over
    # "ANGGARAN | REAL! SASI | %"): in the top rows holding no number, a head word broken at a bar is joined too
    for row in table.rows[:TOP_ROWS]:
        if row.is_header or any(ch.isdigit() for c in row.cells for ch in c):
            continue
        for j, cell in enumerate(row.cells):
            tokens = cell.split(" ")
            if len(tokens) == 2 and (joined := _joined(*_core(tokens[0])[1:], tokens[1])) is not None:
                fixed = _core(tokens[0])[0] + joined
                table.warnings.append(f"page {page_no}: OCR header word fix {cell!r} -> {fixed!r}")
                row.cells[j] = fixed


#: the rows at a table's top a header may span
TOP_ROWS = 3


def _letter_below(table: Table, page_no: int) -> None:
    """A head word's last "i" that a narrow header cell broke onto its next line, read there as a digit or a bar
    ("Tingkat Efisiens" over "1", "Realisas" over "1 Tahun 2021"): put back at the word's end, in the header row,
    and taken from the cell below."""
    rows = table.rows[: TOP_ROWS + 1]
    for upper, lower in zip(rows, rows[1:], strict=False):
        if not upper.is_header or len(lower.cells) != len(upper.cells):
            continue
        for j, cell in enumerate(upper.cells):
            below = lower.cells[j].split()
            words = cell.split()
            if not below or below[0] not in _APART or not words or not words[-1].isalpha():
                continue
            if (words[-1] + "i").lower() not in HEAD_TERMS or words[-1].lower() in HEAD_TERMS:
                continue
            fixed = cell.rstrip() + ("I" if words[-1].isupper() else "i")
            table.warnings.append(f"page {page_no}: OCR header word fix {cell!r} over {lower.cells[j]!r} -> {fixed!r}")
            upper.cells[j], lower.cells[j] = fixed, " ".join(below[1:])
