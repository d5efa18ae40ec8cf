"""A narrow cell set right (a cascading table, sans, Chromium): every line ends at the column's edge, so a line's end
says nothing of a word broken for want of room. "ketertiban umum" printed as "ketert" / "iban" / "umu" / "m": "iban"
leaves room for the "u" after it, so the break after it was a space, not a word too wide for its line; "umu" leaves
no room for the "m" (:func:`lkjip.extract.layout.words.lines_text`)."""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.words import Vocabulary, lines_text

RIGHT = 98.0


def _ln(top: float, *words: tuple[str, float, float]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 10.3, size=12.0) for t, x0, x1 in words])


CELL = [_ln(334.5, ("masy", 71.7, 98.0)), _ln(349.0, ("araka", 70.5, 98.0)),
        _ln(363.5, ("t", 73.5, 76.6), ("dan", 79.6, 97.9)), _ln(378.0, ("ketert", 70.5, 97.9)),
        _ln(392.5, ("iban", 77.2, 98.0)), _ln(407.0, ("umu", 76.6, 98.0)), _ln(421.5, ("m", 88.8, 98.0))]
VOCAB = Vocabulary(["gangguan ketentraman masyarakat dan ketertiban umum di wilayah\n"])


def test_a_line_set_right_with_room_for_the_next_letter_ends_a_word():
    assert lines_text(CELL, RIGHT, VOCAB) == "masyarakat dan ketertiban umum"

