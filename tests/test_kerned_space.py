"""A word space drawn as a pen move only, narrowed by kerning, still parts two words (geometry.glyph_runs)."""

from lkjip.extract.layout.geometry import Glyph, words_from_glyphs


def _set(text: str, x: float, widths: dict[str, float], *, space: float, tracking: float = 0.0) -> list[Glyph]:
    """Glyphs of ``text`` set from ``x``: each character its advance, a space drawn as a move of ``space`` points
    (no glyph), ``tracking`` points of white after every glyph (letter-spacing)."""
    out: list[Glyph] = []
    for ch in text:
        if ch == " ":
            x += space
            continue
        w = widths.get(ch, 5.0)
        out.append(Glyph(ch, x, 100.0, x + w, 109.0, 8.0))
        x += w + tracking
    return out


def _texts(glyphs: list[Glyph]) -> list[str]:
    return [w.text for w in words_from_glyphs(glyphs)]


def test_kerned_space_between_tight_words_parts_them():
    # a quarter em less two kerns: 1.12 pt at 8 pt, far under the half em that parts words anyway
    assert _texts(_set("LEMBAR ADAT", 10.0, {"A": 5.77}, space=1.12)) == ["LEMBAR", "ADAT"]


def test_tight_word_stays_whole():
    assert _texts(_set("LEMBARADAT", 10.0, {"A": 5.77}, space=1.12)) == ["LEMBARADAT"]


def test_letter_spaced_word_stays_whole():
    # white after every glyph: no gap stands out as a word space
    assert _texts(_set("KECAMATAN", 10.0, {}, space=0.0, tracking=1.2)) == ["KECAMATAN"]
