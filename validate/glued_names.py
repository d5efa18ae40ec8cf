"""Names of two rows read into one cell of a scanned table, told by the word the table's names open with.

A wrapped name's last line at a row's top on a scanned page, or a row lost between two others, leaves the row
names shifted: "Daerah Kabupaten/Kota Program Penyelenggaraan …" (the tail of the name above, then the row's
own), "Indeks Kepuasan Masyarakat (IKM) Persentase partisipasi …" (two indicators in one cell, the second row's
values lost). The amounts and values beside such names belong to other rows: every sum and comparison over the
table is a misread, not the report's contradiction.

The engine already tells a name holding, past its start, the word *most* names open with ("Program …" in a table
of programs). When the names are shifted, fewer of them still open with it: :func:`glued_names` takes, in a table
read through OCR, the word that opens at least two names and that at least half of the names (three at least)
hold somewhere; a name holding it past its start holds the names of two rows. Budget lines are judged by their
uraian, performance rows by their indikator.

A table of two or three rows gives no word to count. There a name is told by the names other tables of the report
print (:func:`_two_known`): it opens with the whole of one of them ("Indeks Kepuasan Masyarakat (IKM)") and goes on
with the opening words of another ("Persentase partisipasi …").
"""

from __future__ import annotations

from collections.abc import Iterable

#: on a scan, the opening word opens this many names at least; and this many names hold it somewhere, and this
#: share of them
SCAN_OPENERS, SCAN_HOLDERS = (2, 0.0), (3, 0.5)
#: a name holding words shorter than this, opening most names, is not judged on a scan ("di", "dan")
SCAN_WORD = 4


def opening_word(names: list[str], *, openers: tuple[int, float], holders: tuple[int, float] = (0, 0.0),
                 shortest: int = 1) -> str | None:
    """The word (casefolded) most of ``names`` open with, if it is alphabetic, ``shortest`` letters long at least,
    opens ``max(least, share * n)`` names (rounded down) by ``openers`` = (least, share) and is held somewhere by
    ``max(least, share * n)`` names by ``holders``, ``n`` the names not blank; else None."""
    words = [[w.casefold() for w in n.split()] for n in names if n.strip()]
    firsts = [ws[0] for ws in words]
    if not firsts:
        return None
    opening = max(set(firsts), key=firsts.count)
    if not opening.isalpha() or len(opening) < shortest or firsts.count(opening) < max(openers[0], int(openers[1] * len(words))):
        return None
    if sum(opening in ws for ws in words) < max(holders[0], holders[1] * len(words)):
        return None
    return opening


def holds_past_start(name: str, word: str) -> bool:
    """``name`` holds ``word`` (casefolded) past its first word: the names of two rows read together."""
    return word in [w.casefold() for w in name.split()][1:]


def _glued(names: list[str]) -> str | None:
    """The first name of ``names`` holding the names of two rows (module doc), or None."""
    opening = opening_word(names, openers=SCAN_OPENERS, holders=SCAN_HOLDERS, shortest=SCAN_WORD)
    return next((n for n in names if holds_past_start(n, opening)), None) if opening else None


#: the names of two rows: the first at least this many words, and this many words of the second at least
KNOWN_WORDS = 2


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in name.split())


def _two_known(names: list[str], known: set[tuple[str, ...]]) -> str | None:
    """The first of ``names`` that is the whole of one ``known`` name followed by the opening words (the whole
    rest of the name, :data:`KNOWN_WORDS` at least) of another, or None."""
    for name in names:
        words = _words(name)
        for first in known:
            rest = words[len(first):]
            if len(first) < KNOWN_WORDS or len(rest) < KNOWN_WORDS or words[:len(first)] != first:
                continue
            if any(other != first and other[:len(rest)] == rest[:len(other)] and min(len(rest), len(other))
                   >= KNOWN_WORDS for other in known):
                return name
    return None


def glued_names(rows: Iterable[tuple[str, int | None, str]], ocr: set[int]) -> dict[str, str]:
    """Label → a name holding the names of two rows, among ``rows`` given as (table label, page, name); only
    tables read through OCR (all their rows on ``ocr`` pages) are judged."""
    tables: dict[str, list[str]] = {}
    scanned: dict[str, bool] = {}
    for label, page, name in rows:
        tables.setdefault(label, []).append(name)
        scanned[label] = scanned.get(label, True) and page in ocr
    out: dict[str, str] = {}
    for label, names in tables.items():
        if not scanned[label]:
            continue
        known = {w for other, ns in tables.items() if other != label for n in ns if (w := _words(n))}
        if (name := _glued(names) or _two_known(names, known)) is not None:
            out[label] = name
    return out
