"""A word's case and its "i", put right where the glyphs do not tell them and the words do.

Some letters have one shape in both cases and differ in size only: "c", "o", "s", "v", "w", "x", "z" (and in
monospaced print "l", whose foot bar makes it an "L"). Tesseract reads their case from the letter's height, which
in large or monospaced print it gets wrong now and then: "IndekS", "KepuaSan", "tersuSun", "Persentase Lembaga
kemasyarakatan". An "i" ending a word in monospaced print, its dot set apart, is read as a lone "1"
("partisipas 1", "traS1").

Here the words decide, never the glyph alone, and only for a word of the model's dictionary:

- a capital of like shape inside a word otherwise lower case is lower case, and a lower-case letter of like shape
  inside a word otherwise capitals is a capital (:func:`fix_inner_case`), where the word so mended is a dictionary
  word ("IndekS" -> "Indeks");
- a word beginning with a capital of like shape, standing between words in lower case in a sentence ("Persentase
  Lembaga kemasyarakatan", "keaktifan Lembaga kemasyarakatan"), begins lower case (:func:`fix_initial_case`): a
  title capitalizes every word but its little words ("dan", "yang"), so a capital followed by a lower-case word
  that is no such little word is no title's. Only in a document whose print is seen to confuse case (inner
  confusions, :func:`confuses_case`): a sentence may name an office with a capital ("oleh Camat selaku");
- a "1" ending a letter word or standing alone after one is an "i" (:func:`join_ones`) where the word read is no
  dictionary word and the word with its "i" is one ("partisipas 1" -> "partisipasi"); so is an "i" lost whole
  (:func:`restore_last_i`: "partisipas masyarakat").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: letters whose capital has the shape of the small letter, told apart by size only ("l": monospaced print)
LIKE_CASE = frozenset("cosvwxzl")

#: words a title leaves lower case between its capitalized ones
TITLE_SMALL_WORDS = frozenset({
    "dan", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "serta", "atau", "bagi", "oleh", "dalam",
    "terhadap", "melalui", "sesuai", "atas", "antar", "se", "per", "tentang", "menurut", "antara", "tanpa",
    "sebagai", "agar",
})

_LETTERS = re.compile(r"[^\W\d_]+")

#: a run of letters of a word and the words around it
_WORDS = re.compile(r"\S+")


def fix_inner_case(run: str, dictionary: frozenset[str]) -> str:
    """``run`` (letters only) with the case of its inner like-case letters (:data:`LIKE_CASE`) put in line with the
    rest of the word: a capital among small letters made small ("IndekS", "KepuaSan"), a small one among capitals
    made a capital ("PROsES"); only where the word is a dictionary word. Other runs are returned as they are."""
    if len(run) < 4 or run.lower() not in dictionary:
        return run
    body = run[1:]
    upper = [c for c in body if c.isupper()]
    lower = [c for c in body if c.islower()]
    if upper and len(lower) >= 2 * len(upper) and all(c.lower() in LIKE_CASE for c in upper):
        return run[0] + body.lower()
    if lower and run[0].isupper() and len(upper) >= 2 * len(lower) and all(c in LIKE_CASE for c in lower):
        return run.upper()
    return run


def _small(word: str) -> bool:
    """Whether ``word`` begins with a small letter."""
    return bool(word) and word[0].islower()


def fix_initial_case(text: str, dictionary: frozenset[str]) -> str:
    """``text`` with a word beginning with a like-case capital ("Lembaga", "Sarana") made small where it stands in a
    sentence (module doc): it is no first word, the word before it is small or the text's first word, the word after
    it is small and no title's little word (:data:`TITLE_SMALL_WORDS`), the word before it ends no sentence, and the
    word made small is a dictionary word."""
    words = list(_WORDS.finditer(text))
    out, last = [], 0
    for k in range(1, len(words) - 1):
        w, before, after = words[k].group(0), words[k - 1].group(0), words[k + 1].group(0)
        if not (len(w) >= 3 and w.isalpha() and w[0].isupper() and w[0].lower() in LIKE_CASE and w[1:].islower()):
            continue
        if w.lower() not in dictionary or before[-1] in ".:;!?" or not before[-1].isalpha():
            continue
        if not (_small(before) or k == 1) or not _small(after) or after.strip(",.;:").lower() in TITLE_SMALL_WORDS:
            continue
        if not after.strip(",.;:").isalpha():
            continue
        out.append(text[last : words[k].start()] + w[0].lower() + w[1:])
        last = words[k].end()
    return "".join(out) + text[last:]


#: a letter word with a "1" for its last letter, glued ("traS1") or one space apart ("partisipas 1")
_ONE = re.compile(r"(?<![\w.,])([^\W\d_]{3,})( ?)1(?![\w.,%])")


#: a "1" inside a letter word, glued or after a space ("Periz 1inan")
_ONE_INSIDE = re.compile(r"(?<![\w.,])([^\W\d_]{2,})( ?)1([^\W\d_]+)(?![\w.,%])")


def join_ones(text: str, dictionary: frozenset[str]) -> str:
    """``text`` with a "1" after a letter word read for its last "i" (module doc): the word read is no dictionary
    word and the word with an "i" is one; a "1" inside a word ("Periz 1inan") is an "i" or a speck of the "i"
    beside it, where exactly one of the two makes a dictionary word."""

    def sub(m: re.Match[str]) -> str:
        head = m.group(1)
        if head.lower() in dictionary or (head + "i").lower() not in dictionary:
            return m.group(0)
        return head + ("I" if head.isupper() else "i")

    def inner(m: re.Match[str]) -> str:
        head, tail = m.group(1), m.group(3)
        if f"{head}{m.group(2)}1{tail}".lower() in dictionary:
            return m.group(0)
        found = {w for w in (head + tail, head + "i" + tail) if w.lower() in dictionary}
        return found.pop() if len(found) == 1 and head.lower() not in dictionary else m.group(0)

    return _ONE.sub(sub, _ONE_INSIDE.sub(inner, text))


#: a word long enough to be told by the dictionary with an "i" more
_LEAST_FOR_I = 6


def restore_last_i(text: str, dictionary: frozenset[str]) -> str:
    """``text`` with an "i" ending a word put back where Tesseract lost it whole ("partisipas masyarakat",
    "KOORDINAS KETENTERAMAN"): a word of :data:`_LEAST_FOR_I` letters at least, followed by another word of its
    text, that is no dictionary word, and is one with an "i" after it. A word ending its text is left: its "i" may
    stand in the next row ("Kondis" over "i Awal")."""

    def sub(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < _LEAST_FOR_I or w.lower() in dictionary or (w + "i").lower() not in dictionary:
            return w
        return w + ("I" if w.isupper() else "i")

    return _LAST_LETTERS.sub(sub, text)


#: a run of letters ending a word, another word of letters after it in the same text (a word ending its cell may
#: go on in the next row: "Kondis" over "i Awal")
_LAST_LETTERS = re.compile(r"(?<![\w-])[^\W\d_]+(?= [^\W\d_])")


#: inner case confusions (:func:`fix_inner_case`) a document shows at least, for its print to count as one that
#: confuses case: only then are sentence words' initials put right (:func:`fix_initial_case`)
CASE_EVIDENCE = 2


def confuses_case(texts: Iterable[str], dictionary: frozenset[str]) -> bool:
    """Whether the print of ``texts`` confuses the case of like-case letters: :data:`CASE_EVIDENCE` words at least
    have an inner like-case letter of the wrong case ("IndekS")."""
    found = 0
    for text in texts:
        for m in _LETTERS.finditer(text):
            found += fix_inner_case(m.group(0), dictionary) != m.group(0)
            if found >= CASE_EVIDENCE:
                return True
    return False


def mend_case(text: str, dictionary: frozenset[str], *, initials: bool = True) -> str:
    """``text`` with its "i"s read as "1" (:func:`join_ones`), then its words' inner case (:func:`fix_inner_case`)
    and, with ``initials`` (the document's print confuses case: :func:`confuses_case`), sentence words' initials
    (:func:`fix_initial_case`) put right."""
    if not dictionary:
        return text
    text = restore_last_i(join_ones(text, dictionary), dictionary)
    text = _LETTERS.sub(lambda m: fix_inner_case(m.group(0), dictionary), text)
    return fix_initial_case(text, dictionary) if initials else text
