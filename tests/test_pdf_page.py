"""The fast page primitives (``lkjip.extract.layout.geometry``, ``lkjip.extract.pdf_page``) give what their plain versions gave.

The references below are the straightforward implementations the fast ones replaced (generator
min/max per word, ``any(inside(...))``, ``votes.total()``); hypothesis feeds both the same glyphs.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from lkjip.extract.layout.geometry import Glyph, Word, inside, outside, words_from_glyphs
from lkjip.extract.pdf_page import text_direction


def _reference_words(glyphs: list[Glyph]) -> list[Word]:
    words: list[Word] = []
    cur: list[Glyph] = []

    def flush() -> None:
        if cur:
            words.append(Word(text="".join(g.text for g in cur), x0=min(g.x0 for g in cur),
                              top=min(g.top for g in cur), x1=max(g.x1 for g in cur),
                              bottom=max(g.bottom for g in cur), size=cur[len(cur) // 2].size,
                              bold=sum(g.bold for g in cur) * 2 > len(cur)))
            cur.clear()

    for g in glyphs:
        if not g.text.strip():
            flush()
            continue
        if cur:
            prev = cur[-1]
            mid = (g.top + g.bottom) / 2
            same_line = prev.top - 1 <= mid <= prev.bottom + 1
            gap = g.x0 - prev.x1
            em = max(g.size, prev.size, 1.0)
            ligature = abs(g.x0 - prev.x0) < 0.05 * em and abs(g.x1 - prev.x1) < 0.05 * em
            if not same_line or gap > 0.5 * em or (gap < -0.6 * em and not ligature):
                flush()
        cur.append(g)
    flush()
    return words


def _reference_direction(glyphs: list[Glyph]) -> str:
    votes: Counter[str] = Counter()
    for a, b in zip(glyphs, glyphs[1:], strict=False):
        if not (a.text.strip() and b.text.strip()):
            continue
        if votes.total() >= 400:
            break
        dx = (b.x0 + b.x1 - a.x0 - a.x1) / 2
        dy = (b.top + b.bottom - a.top - a.bottom) / 2
        if abs(dx) + abs(dy) > 2 * max(a.size, 1.0) or abs(dx) + abs(dy) < 0.1:
            continue
        if abs(dx) >= abs(dy):
            votes["right" if dx > 0 else "left"] += 1
        else:
            votes["down" if dy > 0 else "up"] += 1
    return votes.most_common(1)[0][0] if votes else "right"


_coord = st.floats(min_value=0, max_value=60, allow_nan=False).map(lambda v: round(v, 1))


@st.composite
def _glyph(draw) -> Glyph:
    x0, top = draw(_coord), draw(_coord)
    return Glyph(draw(st.sampled_from(["a", "b", "1", ".", " ", "\n", "fi"])), x0, top,
                 x0 + draw(st.floats(0, 8).map(lambda v: round(v, 1))),
                 top + draw(st.floats(0, 12).map(lambda v: round(v, 1))),
                 draw(st.sampled_from([0.0, 6.0, 10.0])), draw(st.booleans()))


_glyphs = st.lists(_glyph(), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_glyphs)
def test_words_from_glyphs_matches_the_plain_grouping(glyphs):
    assert words_from_glyphs(glyphs) == _reference_words(glyphs)


@settings(max_examples=200, deadline=None)
@given(_glyphs, st.lists(st.tuples(_coord, _coord, _coord, _coord), max_size=3))
def test_outside_keeps_what_no_box_holds(glyphs, boxes):
    assert outside(glyphs, boxes) == [g for g in glyphs if not any(inside(g, b) for b in boxes)]


@settings(max_examples=200, deadline=None)
@given(_glyphs)
def test_text_direction_matches_the_plain_vote(glyphs):
    assert text_direction(glyphs) == _reference_direction(glyphs)


def test_text_direction_stops_at_400_votes():
    down = [Glyph("a", 10, 5.0 * i, 15, 5.0 * i + 5, 10.0) for i in range(401)]
    right = [Glyph("b", 5.0 * i, 0, 5.0 * i + 5, 10, 10.0) for i in range(500)]
    assert text_direction(down + right) == "down"
    assert text_direction(right) == "right"


def test_a_ligature_stays_one_word_and_a_jump_back_splits():
    g = [Glyph("E", 101.5, 377.6, 107.2, 385.8, 9.0), Glyph("f", 107.2, 377.4, 112.9, 385.8, 9.0),
         Glyph("i", 107.2, 377.4, 112.9, 385.8, 9.0), Glyph("s", 112.8, 377.6, 117.5, 385.8, 9.0)]
    assert [w.text for w in words_from_glyphs(g)] == ["Efis"]
    assert [w.text for w in words_from_glyphs([Glyph("a", 200, 0, 205, 10), Glyph("b", 100, 0, 105, 10)])] == [
        "a", "b"]
