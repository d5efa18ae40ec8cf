"""Row keys Tesseract reads in pieces on monospaced print ("1." "2." "1" for "1.2.1").

In a monospaced font a dot takes a whole letter's advance with its ink in the middle, and a "1" leaves white on
both sides of its stem: the white between the ink of "1." and of the "2" after it is half a letter or so, and
Tesseract cuts the key there. Its pieces, joined with spaces, make "1. 2. 1": no key. A word space on such a line
is a whole advance (and the bearings) wide, so white clearly narrower than one advance is no space: the pieces
are one key (:func:`join_key_pieces`). The advance is the page's own (:func:`page_pitch`), measured on its long
words; a page not set in a monospaced font has none, and its keys are left as read.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence

from lkjip.extract.layout.geometry import INK_ADVANCE_EM, INK_BEARING_EM, Word

#: a key's piece that goes on: numbers each closed by a dot ("1.", "1.2.")
_GOES_ON = re.compile(r"^(\d{1,3}\.)+$")
#: the piece after it: a number, maybe going on itself ("1", "2.", "2.1")
_REST = re.compile(r"^\d{1,3}(\.\d{1,3})*\.?$")
#: white between two pieces narrower than this share of an advance is no word space
_NO_SPACE = 0.8
#: words measured for the page's advance: this many letters at least, read this sure at least
_LONG, _SURE = 5, 90
#: a monospaced page's measured advances lie within this share of their median (between the quartiles)
_SPREAD = 0.06


def page_pitch(words: Sequence[Word]) -> float:
    """The advance (points) of the page's print when it is monospaced: its long, surely read words of letters all
    as wide as their letters times one advance (less the side bearings, :data:`INK_BEARING_EM`), within a few
    percent of each other; else 0 (a page printing two sizes of print among them too: taking the smaller advance
    there joined a budget table's row keys wrongly on a monospaced 11 pt scan)."""
    sure = [w for w in words if len(w.text) >= _LONG and w.text.isalpha() and w.conf >= _SURE]
    pitches = sorted((w.x1 - w.x0 + INK_BEARING_EM * w.size) / len(w.text) for w in sure)
    if len(pitches) < 10:
        return 0.0
    mid = statistics.median(pitches)
    size = statistics.median(w.size for w in sure)
    q1, q3 = pitches[len(pitches) // 4], pitches[3 * len(pitches) // 4]
    lo, hi = INK_ADVANCE_EM
    if q3 - q1 > _SPREAD * mid or not lo * size <= mid <= hi * size:
        return 0.0
    return mid


def next_on_line(w: Word, words: Sequence[Word]) -> Word | None:
    """The word right after ``w`` on its line (its middle within ``w``'s height), or None."""
    mid = (w.top + w.bottom) / 2
    after = [v for v in words if v is not w and v.x0 >= w.x1 - 0.5 and v.top <= mid <= v.bottom]
    return min(after, key=lambda v: v.x0, default=None)


def absorb(w: Word, v: Word, text: str) -> None:
    """Make ``w`` (in place) the one word ``text`` that it and ``v`` after it on its line are: its box spans both,
    its confidence is the lower of the two. The caller takes ``v`` out of its words."""
    w.text, w.x1 = text, v.x1
    w.top, w.bottom, w.conf = min(w.top, v.top), max(w.bottom, v.bottom), min(w.conf, v.conf)


def join_key_pieces(words: list[Word], pitch: float | None = None) -> list[tuple[str, str]]:
    """Join in ``words`` (in place) the pieces of row keys a monospaced page's white cut apart; the ``(pieces,
    key)`` pairs joined, for the page's warnings. ``pitch``: the page's advance when already measured."""
    pitch = page_pitch(words) if pitch is None else pitch
    if not pitch:
        return []
    fixes: list[tuple[str, str]] = []
    k = 0
    while k < len(words):
        w = words[k]
        v = next_on_line(w, words) if _GOES_ON.match(w.text) else None
        if v is None or not _REST.match(v.text) or v.x0 - w.x1 >= _NO_SPACE * pitch:
            k += 1
            continue
        fixes.append((f"{w.text} {v.text}", w.text + v.text))
        absorb(w, v, w.text + v.text)
        words.remove(v)
        k = 0  # the joined key may go on: look again
    return fixes
