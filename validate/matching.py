"""Matching the same indicator / program / kegiatan across tables.

Names differ between tables (``Persentase desa dengan tata kelola pemerintahan
yang baik`` vs ``Persentase kualitas tata kelola penataan desa``), so matching
is fuzzy, one-to-one, best pair first:

* indicators: the similarity of their names (:func:`lkjip.normalize.names.similarity`);
  when both rows are the only indicator of their sasaran in their table, the
  mean of indicator and sasaran similarity may lift the score. A pair is
  accepted at :data:`ACCEPT` or more, with an indicator similarity of at least
  :data:`MIN_INDICATOR`;
* budget lines: same level, name similarity (``program_key`` for programs),
  within matched parents; the same position among siblings breaks ties.

A pair is *uncertain* when the keys differ and the name similarity is below
0.95, or another candidate scored within 0.03: flags resting on it say so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lkjip.normalize.names import acronym, name_key, program_key, similarity

ACCEPT = 0.80
MIN_INDICATOR = 0.55
CERTAIN = 0.95
RUNNER_UP = 0.03
POSITION_BONUS = 0.02
#: below ACCEPT but at least this: a plausible candidate worth naming in a "missing" flag
PLAUSIBLE = 0.65


@dataclass
class Pair:
    left: int
    right: int
    score: float
    uncertain: bool


def greedy_pairs(n_left: int, n_right: int, score: Callable[[int, int], tuple[float, bool] | None]) -> list[Pair]:
    """One-to-one pairs, best score first. ``score(i, j)`` returns (score, exact) or None (no pair)."""
    cand: list[tuple[float, int, int, bool]] = []
    per_left: dict[int, list[float]] = {}
    for i in range(n_left):
        for j in range(n_right):
            s = score(i, j)
            if s is None:
                continue
            cand.append((s[0], i, j, s[1]))
            per_left.setdefault(i, []).append(s[0])
    cand.sort(key=lambda c: (-c[0], abs(c[1] - c[2]), c[1], c[2]))
    used_l: set[int] = set()
    used_r: set[int] = set()
    out: list[Pair] = []
    for s, i, j, exact in cand:
        if i in used_l or j in used_r:
            continue
        used_l.add(i)
        used_r.add(j)
        others = sorted(per_left[i], reverse=True)[1:]
        close = bool(others) and s - others[0] <= RUNNER_UP
        out.append(Pair(i, j, s, uncertain=not exact and (s < CERTAIN or close)))
    return out


# --- indicators -------------------------------------------------------------------------


@dataclass
class IndicatorItem:
    indikator: str
    sasaran: str | None
    #: the sasaran has only this indicator in its table
    sole: bool = True


def sole_flags(items: Sequence[tuple[str, str | None]]) -> list[bool]:
    counts: dict[str, int] = {}
    for _, sas in items:
        if sas:
            counts[name_key(sas)] = counts.get(name_key(sas), 0) + 1
    return [bool(sas) and counts.get(name_key(sas), 0) == 1 for _, sas in items]


def indicator_similarity(a: str, b: str) -> float:
    s = similarity(a, b)
    ka, kb = acronym(a), acronym(b)
    if (ka and ka.casefold() == name_key(b)) or (kb and kb.casefold() == name_key(a)):
        s = max(s, 0.9)
    return s


def names_uncertain(a: str, b: str, *, key: Callable[[str], str] = name_key) -> bool:
    """Two names of one matched item that differ beyond spelling (flags resting on them say so)."""
    if key(a) == key(b):
        return False
    sim = similarity(a, b, key=key)
    if key is name_key:
        sim = max(sim, indicator_similarity(a, b))
    return sim < CERTAIN


def indicator_score(a: IndicatorItem, b: IndicatorItem) -> tuple[float, bool] | None:
    """(score, exact) for two indicator rows, or None when they are not a plausible pair."""
    s_ind = indicator_similarity(a.indikator, b.indikator)
    exact = name_key(a.indikator) == name_key(b.indikator)
    score = s_ind
    if a.sole and b.sole and a.sasaran and b.sasaran:
        score = max(s_ind, (s_ind + similarity(a.sasaran, b.sasaran)) / 2)
    if score < ACCEPT or s_ind < MIN_INDICATOR:
        return None
    return score, exact


def plausible_score(a: IndicatorItem, b: IndicatorItem) -> float:
    """The score without thresholds (to name a near miss)."""
    s_ind = indicator_similarity(a.indikator, b.indikator)
    if a.sole and b.sole and a.sasaran and b.sasaran:
        return max(s_ind, (s_ind + similarity(a.sasaran, b.sasaran)) / 2)
    return s_ind


# --- budget lines -----------------------------------------------------------------------


def budget_key(level: str | None):
    return program_key if level == "program" else name_key


def budget_score(a: str, b: str, level: str | None, same_position: bool) -> tuple[float, bool] | None:
    key = budget_key(level)
    s = similarity(a, b, key=key)
    if s < ACCEPT:
        return None
    return s + (POSITION_BONUS if same_position else 0.0), key(a) == key(b)
