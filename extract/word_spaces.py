"""A word space OCR set one glyph off, or missed, in small proportional print ("Pemerintaha nyang" for
"Pemerintahan yang", "Persentasedesa" for "Persentase desa").

Small print scanned at a low resolution leaves the gap between two words hardly wider than the gap between two
letters, so Tesseract may put the space one glyph early or late, or not at all. The document tells: the two words
it should have read are printed elsewhere in it (another row, another table, the text), while the words it read
are printed nowhere else. :func:`spaces_moved` moves such a space (or puts a missing one in) in the body cells of
tables read by OCR. A token holding anything but letters (a digit, a sign inside) is never touched: a number is
kept as read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex as re

from lkjip.extract.document import Table

#: a word of letters only, a comma or stop after it allowed
_WORD = re.compile(r"^(\p{L}+)([,.;:)]?)$")
#: a space set at most this many glyphs off
MAX_SHIFT = 2
#: the shortest word a moved or put-in space may leave (before it, after it)
MIN_HEAD, MIN_TAIL = 3, 2
#: a word's own prefix or suffix, printed alone only where a word was broken ("per lindungan", "kegiatan nya"):
#: never one of the two words a missing space is put between
_AFFIXES = frozenset(["per", "ber", "ter", "pen", "pem", "men", "mem", "peng", "meng", "an", "nya", "kan", "lah",
                      "kah"])


def _case_of(piece: str, neighbour: str) -> str:
    """``piece`` in the case of the word it joins: a capital read for a small letter ("Itepat") joins in small."""
    return piece.lower() if neighbour.islower() else piece


def _shifted(a: str, b: str, known: Counter[str]) -> tuple[str, str] | None:
    """The two words ``a`` ``b`` read with their space set one or two glyphs off, as the document prints them
    (both words known), else None. Only one way may fit."""
    fits = []
    for k in range(1, MAX_SHIFT + 1):
        later = (a + _case_of(b[:k], a), b[k:])  # the space read early: the head's last glyphs read with the tail
        earlier = (a[:-k], _case_of(a[-k:], b) + b)  # the space read late
        for x, y in (later, earlier):
            if len(x) >= MIN_HEAD and len(y) >= MIN_TAIL and known[x.lower()] and known[y.lower()]:
                fits.append((x, y))
    return fits[0] if len(fits) == 1 else None


def _split(t: str, known: Counter[str]) -> tuple[str, str] | None:
    """``t`` as two words the document prints, the space between them not read ("Persentasedesa"), else None: the
    second in small letters (or the whole in capitals), and only one way to cut it."""
    fits = [(t[:p], t[p:]) for p in range(MIN_HEAD, len(t) - MIN_TAIL + 1)
            if known[t[:p].lower()] and known[t[p:].lower()] and (t[p:].islower() or t.isupper())
            and t[:p].lower() not in _AFFIXES and t[p:].lower() not in _AFFIXES]
    return fits[0] if len(fits) == 1 else None


def spaces_moved(tables: Sequence[Table], known: Counter[str]) -> None:
    """In the body cells of ``tables`` (read by OCR), a space set a glyph or two off moved, a missing one put in:
    where the words read are printed nowhere else in the document (``known``: every word it prints, lower case,
    with how often) while the words so made are."""
    sites: list[tuple[list[str], int, int, int, list[str]]] = []
    read: Counter[str] = Counter()
    for t in tables:
        for r in t.rows:
            for k, cell in enumerate([] if r.is_header else r.cells):
                tokens, i = cell.split(" "), 0
                while i < len(tokens):
                    m = _WORD.match(tokens[i])
                    n = _WORD.match(tokens[i + 1]) if m and i + 1 < len(tokens) and not m.group(2) else None
                    pair = _shifted(m.group(1), n.group(1), known) if n else None
                    one = _split(m.group(1), known) if m and pair is None else None
                    if pair is not None:
                        sites.append((r.cells, k, i, 2, [pair[0], pair[1] + n.group(2)]))
                        read.update((m.group(1).lower(), n.group(1).lower()))
                        i += 2
                        continue
                    if one is not None:
                        sites.append((r.cells, k, i, 1, [one[0], one[1] + m.group(2)]))
                        read[m.group(1).lower()] += 1
                    i += 1
    for cells, k, i, n, words in reversed(sites):  # right to left: a cell's earlier sites keep their place
        tokens = cells[k].split(" ")
        if any(known[_WORD.match(w).group(1).lower()] > read[_WORD.match(w).group(1).lower()] for w in tokens[i:i + n]):
            continue  # a word read here is printed elsewhere too: the space stands where it was printed
        cells[k] = " ".join([*tokens[:i], *words, *tokens[i + n:]])
