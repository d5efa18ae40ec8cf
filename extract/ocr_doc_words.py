"""A word misread once, put right from the words the scanned document prints again and again.

A report repeats its names: "Peralatan", "Pembinaan", "Kemasyarakatan" stand on many pages, in the Renstra, the
budget tables and the PK. Tesseract misreads one copy of a word now and then by one letter of like shape
("Perajatan", "Pembinsan", "Efekrifitas", "kernasyarakatan"); :func:`~lkjip.extract.ocr_words.correct_word` mends a
word against the model's dictionary only, which lacks most of a report's names and their affixed forms. Here a word
that is no dictionary word and stands in the document once is put right when exactly one word the document prints
:data:`REPEATED` times or more is one letter of like shape away (:data:`LIKE_SHAPES`; "rn" read for "m" too). Two
spellings a report itself mixes ("Efektifitas" / "Efektivitas", "ketentraman" / "ketenteraman") differ by letters of
unlike shape or by a letter more, so they stay. Only pages read through OCR are touched.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from lkjip.extract.document import Block, Paragraph, Table

#: a word of letters long enough to be told apart from others by one letter
_WORD = re.compile(r"[^\W\d_]{5,}")

#: a word printed this many times in the document is its spelling of that word
REPEATED = 3

#: groups of lower-case letters Tesseract reads for one another in print (like shapes)
LIKE_SHAPES = ("aeosc", "iljtf", "rt", "nhu", "bh", "gq", "vy", "mn")

_LIKE = {a: {b for g in LIKE_SHAPES if a in g for b in g if b != a} for g in LIKE_SHAPES for a in g}


def _texts(blocks: Iterable[Block], pages: set[int]) -> Iterable[str]:
    for b in blocks:
        if isinstance(b, Table):
            yield from (c for r in b.rows if (r.page or b.page) in pages for c in r.cells)
        elif isinstance(b, Paragraph) and b.page in pages:
            yield b.text


def _variants(low: str) -> Iterable[tuple[int, int, str]]:
    """Spans of ``low`` and what may have been printed there: one letter for one of like shape, "m" for "rn"."""
    for i, ch in enumerate(low):
        for alt in _LIKE.get(ch, ()):
            yield i, i + 1, alt
    for m in re.finditer("rn", low):
        yield m.start(), m.end(), "m"


def mend(word: str, counts: Counter[str], dictionary: frozenset[str]) -> str:
    """``word`` put right (its case kept) when it is a misread copy of a word the document repeats, else as is."""
    low = word.lower()
    if low in dictionary or counts[low] > 1:
        return word
    found = {(i, j, alt) for i, j, alt in _variants(low) if counts[low[:i] + alt + low[j:]] >= REPEATED}
    if len({low[:i] + alt + low[j:] for i, j, alt in found}) != 1:
        return word
    i, j, alt = min(found)
    return word[:i] + (alt.upper() if word[i].isupper() else alt) + word[j:]


def mend_document_words(blocks: list[Block], ocr_pages: Iterable[int], dictionary: frozenset[str]) -> int:
    """Words misread once on the OCR pages of ``blocks`` put right in place (:func:`mend`); how many."""
    pages = set(ocr_pages)
    if not pages or not dictionary:
        return 0
    counts = Counter(w.lower() for t in _texts(blocks, pages) for w in _WORD.findall(t))
    fixed = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal fixed
        out = mend(m.group(0), counts, dictionary)
        fixed += out != m.group(0)
        return out

    for b in blocks:
        if isinstance(b, Table):
            for r in b.rows:
                if (r.page or b.page) in pages:
                    r.cells[:] = [_WORD.sub(sub, c) for c in r.cells]
        elif isinstance(b, Paragraph) and b.page in pages:
            b.text = _WORD.sub(sub, b.text)
            b.lines[:] = [_WORD.sub(sub, ln) for ln in b.lines]
    return fixed
