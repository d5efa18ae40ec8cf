"""Words Tesseract cuts in two on monospaced print ("DPA-" "SKPD", "PENYELENGGA" "RAAN"), joined.

In a monospaced font every glyph takes a whole advance: a hyphen, a slash, an "i" or an "l" has its ink in the
middle of its cell and white on both sides, and Tesseract now and then takes that white for a word space. Its
pieces, joined with a space, make no word: "Koordinasi dan Penyusunan DPA- SKPD", "PROGRAM PENYELENGGA RAAN".
A word space on such a line is a whole advance of white (and the bearings), so white clearly narrower than one
advance (:data:`NO_SPACE`; the page's own advance from :func:`~lkjip.extract.ocr_key_pieces.page_pitch`) is
no space. The white alone is not trusted where two table
cells may stand close: two pieces are joined only when the white says so and the text does too, a piece ending
or opening with a hyphen or slash ("DPA-" "SKPD", "APBD/" "DAU"), or pieces of letters that make a word of the
model's dictionary while one of them is none ("Pemeliharaa" "n"). A ruling between them keeps them apart.
Row keys and amounts cut at their dots are :func:`~lkjip.extract.ocr_key_pieces.join_key_pieces`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from lkjip.extract.layout.geometry import Ruling, Word
from lkjip.extract.ocr_key_pieces import absorb, join_key_pieces, next_on_line, page_pitch
from lkjip.extract.ocr_mono_amounts import count_mono_numbers

#: white narrower than this share of an advance is no word space between letters: a space is a whole advance of
#: white and two bearings; a hyphen's white reads 0.9 of one ("DPA-" "SKPD")
NO_SPACE = 0.97
#: a piece that joins what follows it: one ending with a hyphen or slash ("DPA-", "APBD/")
_JOINS_ON = re.compile(r"^\w[\w.]*[-/]$")
#: a piece joined to what comes before it: one opening with a hyphen or slash ("-SKPD", "/DAU")
_JOINED_TO = re.compile(r"^[-/]\w")
#: a piece of letters, maybe closed by punctuation ("Pemeliharaa", "n,")
_LETTERS = re.compile(r"^([^\W\d_]+)([.,;:]?)$")


def _ruled_apart(w: Word, v: Word, rules: Sequence[Ruling]) -> bool:
    """A vertical ruling stands between ``w`` and ``v`` across their line."""
    mid = (max(w.top, v.top) + min(w.bottom, v.bottom)) / 2
    return any(not r.horizontal and w.x1 - 0.5 <= (r.x0 + r.x1) / 2 <= v.x0 + 0.5 and r.top <= mid <= r.bottom
               for r in rules)


def _one_word(w: Word, v: Word, dictionary: frozenset[str]) -> str | None:
    """The word ``w`` and ``v`` make when the text says they may be one (module doc), else None. A monospaced
    "l" opening the second piece is read "Ll" now and then, its foot taken for an "L" ("Per" "Llengkapan"): that
    "L" is dropped when the word is one of the dictionary only without it."""
    if _JOINS_ON.match(w.text) or _JOINED_TO.match(v.text):
        ok = any(ch.isalnum() for ch in v.text) and not (w.text.endswith(("-", "/")) and v.text.startswith(("-", "/")))
        return w.text + v.text if ok else None
    head, tail = _LETTERS.match(w.text), _LETTERS.match(v.text)
    if not head or not tail or head.group(2):
        return None
    a, b = head.group(1), tail.group(1)
    if a.lower() in dictionary and b.lower() in dictionary:
        return None
    for rest in (b, b[1:] if b.startswith("Ll") else ""):
        if rest and (a + rest).lower() in dictionary:
            return a + rest + tail.group(2)
    return None


def join_mono_words(words: list[Word], rules: Sequence[Ruling], dictionary: frozenset[str],
                    pitch: float | None = None) -> list[tuple[str, str]]:
    """Join in ``words`` (in place) the pieces of words a monospaced page's white cut apart; the ``(pieces, word)``
    pairs joined, for the page's warnings. A page not set in a monospaced font is left as read. ``pitch``: the
    page's advance when already measured."""
    pitch = page_pitch(words) if pitch is None else pitch
    if not pitch or not dictionary:
        return []
    fixes: list[tuple[str, str]] = []
    k = 0
    while k < len(words):
        w = words[k]
        v = next_on_line(w, words)
        whole = None
        if v is not None and v.x0 - w.x1 < NO_SPACE * pitch and not _ruled_apart(w, v, rules):
            whole = _one_word(w, v, dictionary)
        if whole is None:
            k += 1
            continue
        fixes.append((f"{w.text} {v.text}", whole))
        absorb(w, v, whole)
        words.remove(v)
        k = max(k - 1, 0)  # the joined word may go on, or join the word before it
    return fixes


def join_mono_pieces(words: list[Word], rules: Sequence[Ruling], dictionary: frozenset[str], page_no: int,
                     reread: Callable[[Word, int], Word | None] | None = None, pitch: float | None = None) -> list[str]:
    """The page's warnings of reading again, in ``words``, numbers with a glyph too many or too few for their box
    (:func:`~lkjip.extract.ocr_mono_amounts.count_mono_numbers`, with ``reread``), then joining the pieces of row
    keys (:func:`join_key_pieces`), then of words (:func:`join_mono_words`), a monospaced page's white cut apart.
    ``pitch``: the page's advance when already measured (one measure: the steps change numbers and keys, never the
    long words it reads)."""
    pitch = page_pitch(words) if pitch is None else pitch
    counted = count_mono_numbers(words, reread, pitch) if reread is not None else []
    notes = [f"page {page_no}: OCR number read again, its box has room for another count of glyphs {a!r} -> {b!r}"
             for a, b in counted]
    notes += [f"page {page_no}: OCR row key pieces joined {a!r} -> {b!r}" for a, b in join_key_pieces(words, pitch)]
    return notes + [f"page {page_no}: OCR word pieces joined {a!r} -> {b!r}"
                    for a, b in join_mono_words(words, rules, dictionary, pitch)]
