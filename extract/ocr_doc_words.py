"""A word misread once, put right from the words the scanned document prints again and again.

A report repeats its names: "Peralatan", "Pembinaan", "Kemasyarakatan" stand on many pages, in the Renstra, the
budget tables and the PK. Tesseract misreads one copy of a word now and then by one letter of like shape
("Perajatan", "Pembinsan", "Efekrifitas", "kernasyarakatan"); :func:`~lkjip.extract.ocr_words.correct_word` mends a
word against the model's dictionary only, which lacks most of a report's names and their affixed forms. Here a word
that is no dictionary word and stands in the document once is put right when exactly one word the document prints
:data:`REPEATED` times or more is one letter of like shape away (:data:`LIKE_SHAPES`; "rn" read for "m" and "m"
for "rn" too). Two spellings a report itself mixes ("Efektifitas" / "Efektivitas", "ketentraman" / "ketenteraman")
differ by letters of unlike shape or by a letter more, so they stay. A word misread the same way wherever it stands
("keaktitan" on every page of a coarse scan) is no misread copy: it is put right by the dictionary alone, when it
is long enough and exactly one dictionary word is one letter of like shape away (:data:`DICTIONARY_LEAST`). A word
read in pieces one space apart ("pemban sunan") is joined when the pieces run together are such a word
(:func:`join_pieces`). A word's case and an "i" read as "1" are put right first
(:func:`~lkjip.extract.ocr_word_case.mend_case`). Only pages read through OCR are touched.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from lkjip.extract.document import Block, Paragraph, Table
from lkjip.extract.ocr_word_case import confuses_case, mend_case

#: a word of letters long enough to be told apart from others by one letter
_WORD = re.compile(r"[^\W\d_]{5,}")

#: a word printed this many times in the document is its spelling of that word
REPEATED = 3

#: groups of lower-case letters Tesseract reads for one another in print (like shapes)
LIKE_SHAPES = ("aeosc", "iljtf", "rt", "nhu", "bh", "gqs", "vy", "mn")

_LIKE = {a: {b for g in LIKE_SHAPES if a in g for b in g if b != a} for g in LIKE_SHAPES for a in g}


def _texts(blocks: Iterable[Block], pages: set[int]) -> Iterable[str]:
    for b in blocks:
        if isinstance(b, Table):
            yield from (c for r in b.rows if (r.page or b.page) in pages for c in r.cells)
        elif isinstance(b, Paragraph) and b.page in pages:
            yield b.text


def _variants(low: str) -> Iterable[tuple[int, int, str]]:
    """Spans of ``low`` and what may have been printed there: one letter for one of like shape, "m" for "rn" and
    "rn" for "m"."""
    for i, ch in enumerate(low):
        for alt in _LIKE.get(ch, ()):
            yield i, i + 1, alt
    for m in re.finditer("rn", low):
        yield m.start(), m.end(), "m"
    for m in re.finditer("m", low):
        yield m.start(), m.end(), "rn"


def _repeated_variants(low: str, counts: Counter[str]) -> set[tuple[int, int, str]]:
    """The like-shape spans of ``low`` (see :func:`_variants`) whose mended word the document prints
    :data:`REPEATED` times or more."""
    return {(i, j, alt) for i, j, alt in _variants(low) if counts[low[:i] + alt + low[j:]] >= REPEATED}


#: a word this long that no dictionary holds is put right by the dictionary alone (shorter ones are too often one
#: like-shaped letter away from some other word: "sever" / "saver")
DICTIONARY_LEAST = 6


def mend(word: str, counts: Counter[str], dictionary: frozenset[str], *, last: bool = False) -> str:
    """``word`` put right (its case kept) when it is a misread copy of a word the document repeats, or, being no
    dictionary word of :data:`DICTIONARY_LEAST` letters at least, one like-shaped letter away from exactly one
    dictionary word (a word misread the same way on every page: "keaktitan"), or, of :data:`INSERT_LEAST` letters
    at least, one letter short of exactly one ("Meningkatna"); else as is. The dictionary alone does not mend the
    ``last`` word of a text: a cell's last word may be a piece whose rest stands in the next row ("Kondis" over "i
    Awal" is no "Kandis")."""
    low = word.lower()
    if low in dictionary:
        return word
    found = _repeated_variants(low, counts) if counts[low] <= 1 else set()
    if len({low[:i] + alt + low[j:] for i, j, alt in found}) != 1:
        if last or len(low) < DICTIONARY_LEAST:
            return word  # its text's last word may go on in the next row ("Kondis" over "i Awal"): no guess alone
        found = {(i, j, alt) for i, j, alt in _variants(low) if low[:i] + alt + low[j:] in dictionary}
        if len(low) >= INSERT_LEAST and not found:
            found = {(i, i, ch) for i in range(1, len(low)) for ch in _LOWER if low[:i] + ch + low[i:] in dictionary}
        if len({low[:i] + alt + low[j:] for i, j, alt in found}) != 1:
            return word
    i, j, alt = min(found)
    upper = word[i].isupper() if j > i else word.isupper()
    return word[:i] + (alt.upper() if upper else alt) + word[j:]


#: a word this long that no dictionary holds is put right by a letter Tesseract lost inside it ("Meningkatna" for
#: "Meningkatnya"), where exactly one dictionary word has it
INSERT_LEAST = 9

_LOWER = "abcdefghijklmnopqrstuvwxyz"


#: a run of letters
_LETTERS = re.compile(r"[^\W\d_]+")


def _whole(low: str, counts: Counter[str]) -> str | None:
    """``low`` (pieces joined) as the word the document repeats: as it is, or one like-shaped letter away (a single
    such word), else None."""
    if counts[low] >= REPEATED:
        return low
    found = {low[:i] + alt + low[j:] for i, j, alt in _repeated_variants(low, counts)}
    return found.pop() if len(found) == 1 else None


def join_pieces(text: str, counts: Counter[str], dictionary: frozenset[str]) -> str:
    """``text`` with a word Tesseract read in two or three pieces one space apart ("pemban sunan", "Per Lindun gan",
    "Wi layah") joined, where the pieces run together are a word the document repeats (:func:`_whole`, its letters
    put right) and one piece at least is no dictionary word: two words of the dictionary side by side stay."""
    runs = list(_LETTERS.finditer(text))
    out, last, k = [], 0, 0
    while k < len(runs):
        for n in (3, 2):
            group = runs[k : k + n]
            if len(group) < n or any(text[a.end() : b.start()] != " " for a, b in zip(group, group[1:], strict=False)):
                continue
            pieces = [g.group(0) for g in group]
            low = "".join(pieces).lower()
            if len(low) < 6 or all(p.lower() in dictionary for p in pieces):
                continue
            whole = _whole(low, counts)
            if whole is None or len(whole) != len(low):
                continue
            joined = "".join(pieces)
            fixed = whole.upper() if joined.isupper() else whole.capitalize() if joined[0].isupper() else whole
            out.append(text[last : group[0].start()] + fixed)
            last, k = group[-1].end(), k + n
            break
        else:
            k += 1
    return "".join(out) + text[last:]


def mend_document_words(blocks: list[Block], ocr_pages: Iterable[int], dictionary: frozenset[str]) -> int:
    """Words misread once on the OCR pages of ``blocks`` put right in place (:func:`mend`); how many."""
    pages = set(ocr_pages)
    if not pages or not dictionary:
        return 0
    counts = Counter(w.lower() for t in _texts(blocks, pages) for w in _WORD.findall(t))
    initials = confuses_case(_texts(blocks, pages), dictionary)
    fixed = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal fixed
        out = mend(m.group(0), counts, dictionary, last=not m.string[m.end() :].strip())
        fixed += out != m.group(0)
        return out

    def mended(text: str) -> str:
        nonlocal fixed
        joined = mend_case(join_pieces(text, counts, dictionary), dictionary, initials=initials)
        fixed += joined != text
        return _WORD.sub(sub, joined)

    for b in blocks:
        if isinstance(b, Table):
            for r in b.rows:
                if (r.page or b.page) in pages:
                    r.cells[:] = [mended(c) for c in r.cells]
        elif isinstance(b, Paragraph) and b.page in pages:
            b.text = mended(b.text)
            b.lines[:] = [mended(ln) for ln in b.lines]
    return fixed
