"""A scanned table's header words read with a "g" misread (:func:`header_glyphs_fixed`).

At small sizes OCR reads the descender letter "g" as "a", "o", "q", "9" or "y": a header "Program | Anggaran
(Rp.) | Keterangan" comes out "Proaram | Anoaaran (Ro.) | Keteranaan", which names no kind of table, and the
table is lost. A word of a header row that is one of the few words table headers are made of with its "g"s
misread (the letters differ only where the header word has a "g") is put right; nothing else is touched.
"""

from __future__ import annotations

import regex as re

from lkjip.extract.document import Table
from lkjip.extract.ocr_header_words import HEAD_TERMS, TOP_ROWS

#: the header words holding a "g" that name columns: the head terms with one (Program, Anggaran, Target,
#: Kegiatan ...) and a few more that name a budget table's columns (Keterangan, Tingkat, Penggunaan, Pagu)
HEADER_G_WORDS = tuple(sorted({t for t in HEAD_TERMS if "g" in t} | {"keterangan", "tingkat", "penggunaan", "pagu"}))
#: what OCR makes of a "g"
_G_READ = frozenset("aoq9y")
_WORD = re.compile(r"[^\W_]+")
#: an amount or a decimal number, which header rows do not hold ("3.215.604", "76,35")
_AMOUNT = re.compile(r"\d[.,]\d")


def header_glyphs_fixed(table: Table) -> None:
    """Put right, in the first rows of ``table`` (an OCR reading), the header words whose "g" was misread."""
    if table.strategy != "ocr":
        return
    for row in table.rows[:TOP_ROWS]:
        if not row.is_header and any(_AMOUNT.search(c) for c in row.cells if c):
            continue  # a data row (a part without header starts with one): its words are no header's
        fixed = [_WORD.sub(lambda m: g_word(m.group()), c) if c else c for c in row.cells]
        for was, now in zip(row.cells, fixed, strict=True):
            if was != now:
                table.warnings.append(f"page {row.page}: OCR header word fix {was!r} -> {now!r}")
        row.cells = fixed


def g_word(word: str) -> str:
    """``word`` as the header word it is with its "g"s misread ("Proaram" → "Program"), else as it is."""
    low = word.casefold()
    for known in HEADER_G_WORDS:
        if len(known) != len(low) or len(word) != len(low) or low == known:
            continue
        if all(a == b or (b == "g" and a in _G_READ) for a, b in zip(low, known, strict=True)):
            g = "G" if word.isupper() else "g"  # "ANO9ARAN": a digit read for a capital G
            return "".join(g if b == "g" and ch.casefold() != "g" else ch for ch, b in zip(word, known, strict=True))
    return word
