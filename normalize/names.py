"""Keys and fuzzy matching for program / kegiatan / indicator names across tables.

The same name is printed differently from table to table: ``PROGRAM
PENUNJANG ... KABUPATEN/KOTA`` vs ``Program Penunjang ... Kabupaten/ Kota``,
``Presentase`` vs ``Persentase``, ``Indeks Kepuasan Masyarakat (IKM)`` vs
``Indeks kepuasan masyarakat``. :func:`name_key` maps such spellings to one key;
:func:`similarity` and :func:`best_match` compare keys when they still differ.
:func:`instansi_keys` gives the spellings of one office's name that should match
(``Dinas Koperasi dan Usaha Mikro Kecil dan Menengah`` = ``Dinas KUMKM``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from pydantic import BaseModel
from rapidfuzz import fuzz

__all__ = ["Match", "acronym", "best_match", "instansi_keys", "name_key", "program_key", "similarity"]

#: spelling variants → one form (applied to whole casefolded words)
_SPELLING = {
    "presentase": "persentase",
    "prosentase": "persentase",
    "prosentasi": "persentase",
    "persentasi": "persentase",
    "ketenteraman": "ketentraman",
    "kwalitas": "kualitas",
    "propinsi": "provinsi",
    "pebruari": "februari",
    "nopember": "november",
    "masy": "masyarakat",
    "kab": "kabupaten",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "yg": "yang",
    "dg": "dengan",
    "dgn": "dengan",
    "thd": "terhadap",
    "&": "dan",
}

#: "1.", "1.1", "1.01.02.", "A.", "IV.", "a)", "(1)", "1)" at the start of a name
_NUMBERING = re.compile(
    r"^\s*(?:\(?(?:\d{1,3}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[a-z][.)]|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})[.)])\)?"
    r"(?:\s+|(?=[^\W\d_])))+",
    re.IGNORECASE,
)
#: an all-capitals parenthetical: "(IKM)", "(SKM)", "(PKK)"
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9\-/]{1,11})\s*\)")
_WORD = re.compile(r"[^\W_]+|&", re.UNICODE)


def acronym(s: str) -> str | None:
    """The last all-capitals parenthetical of a name: ``"Indeks ... (IKM)"`` → ``"IKM"``."""
    found = _ACRONYM.findall(s)
    return found[-1] if found else None


@functools.lru_cache(maxsize=65536)  # validators match every name against every other
def name_key(s: str) -> str:
    """A normalized key: casefolded, numbering and acronyms removed, spelling unified.

    Punctuation other than ``/`` is dropped and ``/`` is written without spaces
    (``"Kabupaten/ Kota"`` and ``"desa /kelurahan"`` give ``kabupaten/kota``,
    ``desa/kelurahan``). Words are kept: ``Program`` stays (see :func:`program_key`).
    """
    s = unicodedata.normalize("NFKC", s)
    s = _ACRONYM.sub(" ", s)
    s = _NUMBERING.sub("", s)
    s = s.casefold()
    parts = []
    for segment in re.split(r"\s*/\s*", s):
        words = [_SPELLING.get(w, w) for w in _WORD.findall(segment)]
        parts.append(" ".join(words))
    return "/".join(p for p in parts if p)


@functools.lru_cache(maxsize=65536)
def program_key(s: str) -> str:
    """:func:`name_key` without a leading ``program``."""
    return re.sub(r"^program\b\s*", "", name_key(s))


def similarity(a: str, b: str, *, key: Callable[[str], str] = name_key) -> float:
    """0..1 similarity of two names, compared on their keys.

    1.0 for equal keys. Otherwise the mean of rapidfuzz ``token_set_ratio``
    (word overlap; 100 when one name's words are a subset of the other's) and
    ``ratio`` (whole-string edit similarity), so a shortened name scores high
    but below an exact one, and a spelling slip scores close to 1.
    """
    ka, kb = key(a), key(b)
    if ka == kb:
        return 1.0
    if not ka or not kb:
        return 0.0
    return (fuzz.token_set_ratio(ka, kb) + fuzz.ratio(ka, kb)) / 200.0


class Match(BaseModel):
    index: int
    candidate: str
    score: float
    exact: bool  # the keys are equal
    uncertain: bool  # not exact and (score < 0.95 or a runner-up is within 0.03)


def best_match(
    name: str,
    candidates: list[str],
    threshold: float = 0.85,
    *,
    key: Callable[[str], str] = name_key,
) -> Match | None:
    """The candidate most similar to ``name`` scoring at least ``threshold``, or None.

    Ties go to the earliest candidate. A match is ``uncertain`` when the keys
    differ and either the score is below 0.95 or another candidate scores within
    0.03 of it (two names the key cannot tell apart).
    """
    if not candidates:
        return None
    scores = [similarity(name, c, key=key) for c in candidates]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    score = scores[best]
    if score < threshold:
        return None
    exact = key(name) == key(candidates[best])
    close_runner_up = any(i != best and score - s <= 0.03 for i, s in enumerate(scores))
    return Match(
        index=best,
        candidate=candidates[best],
        score=score,
        exact=exact,
        uncertain=not exact and (score < 0.95 or close_runner_up),
    )


#: words an office's acronym skips ("Dinas Koperasi dan UKM": no "d"), and the kinds of office it starts with
_ACRONYM_SKIPS = frozenset({"dan", "dari", "serta", "kabupaten", "kota", "provinsi"})
_OFFICE_UNITS = frozenset({"dinas", "badan", "kecamatan", "kelurahan", "inspektorat", "sekretariat", "kantor",
                           "satuan", "rsud"})


def instansi_keys(name: str | None) -> set[str]:
    """Keys of one office's name that should match: its :func:`name_key`, and its unit + acronym.

    ``"Dinas Koperasi dan Usaha Mikro Kecil dan Menengah"`` → ``{"dinas koperasi dan usaha …",
    "dinas kumkm", "dinas koperasiumkm"}``: unit word, then the initials of the other words (or the
    first word whole and the initials of the rest); two offices are one when their keys meet.
    """
    key = name_key(name) if name else ""
    words = key.split()
    if not words:
        return set()
    keys = {key}
    if words[0] in _OFFICE_UNITS and len(words) > 2:
        rest = [w for w in words[1:] if w not in _ACRONYM_SKIPS]
        if rest:
            keys.add(f"{words[0]} {''.join(w[0] for w in rest)}")
            keys.add(f"{words[0]} {rest[0]}{''.join(w[0] for w in rest[1:])}")  # "Koperasi" + "UMKM"
    return keys
