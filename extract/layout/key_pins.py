"""A row-key column set in a monospaced font, its keys right against the next column (:func:`key_pinned`).

A table whose number column is set flush right ("1", "2" under "No.") leaves, between a key and its row's first
cell, only the two cells' padding; in a monospaced font that is about one pitch, a word space, so every body line
reads as one phrase ("1 Meningkatnya kualitas …") and the column gap the header shows ("No." | "Sasaran") closes
under it: the key column is glued to its neighbour. The column still shows in its alignment: on two lines or more
a key ends at one x and the next word starts at one x, where a header word starts after a gap wider than a word
space, the header word before it ending where the keys end at the latest. Those next words open segments (:data:`.justified.PINNED`).
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.cues import ROW_KEY
from lkjip.extract.layout.geometry import TextLine, Word, mono_space

#: how far apart two edges of a monospaced text layer may lie and still line up, in pt
_TOL = 0.5
#: how many lines up a header word is looked for above the first key
_HEADER_REACH = 8
#: how many lines must show the same key edge and the same next-word edge
_LEAST = 2


def key_pinned(lines: Sequence[TextLine]) -> frozenset[int]:
    """The words (by ``id``) opening a row's first cell right after a flush-right row key, one word space away,
    in monospaced lines, where a header line above starts a word at the same x after a column gap."""
    groups: dict[tuple[float, float], list[tuple[int, Word, Word]]] = {}
    for i, ln in enumerate(lines):
        space = mono_space(ln)
        if not space or len(ln.words) < 2:
            continue
        key, first = ln.words[0], ln.words[1]
        if not ROW_KEY.match(key.text) or not first.text[:1].isalpha() or first.x0 - key.x1 > 1.5 * space:
            continue
        at = next((at for at in groups if abs(at[0] - first.x0) <= _TOL and abs(at[1] - key.x1) <= _TOL),
                  (first.x0, key.x1))
        groups.setdefault(at, []).append((i, key, first))
    pins: set[int] = set()
    for (x, _), hits in groups.items():
        if len(hits) >= _LEAST and _header_opens(lines, hits[0][0], x, max(k.x1 for _, k, _ in hits)):
            pins.update(id(w) for _, _, w in hits)
    return frozenset(pins)


def _header_opens(lines: Sequence[TextLine], first: int, x: float, keys_x1: float) -> bool:
    """A line among those above line ``first`` (up to a blank) starts a word at ``x`` after a gap wider than a
    word space, the word before it ending where the keys end at the latest ("No." | "Sasaran" over "1" |
    "Meningkatnya"): the header shows the gap the keys close."""
    for j in range(first - 1, max(first - 1 - _HEADER_REACH, -1), -1):
        ln, below = lines[j], lines[j + 1]
        if below.top - ln.bottom > 2.5 * max(ln.height, 4.0):
            return False
        space = mono_space(ln) or 0.6 * ln.size
        for a, b in zip(ln.words, ln.words[1:], strict=False):
            if abs(b.x0 - x) <= _TOL and b.x0 - a.x1 > 1.5 * space and a.x1 <= keys_x1 + _TOL:
                return True
    return False
