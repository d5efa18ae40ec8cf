"""A bare number in a band of a table ruled across, in the page's top band (the last digit of an amount the page
break cut, under the header repeated atop the page) is a cell, not a page number
(:func:`lkjip.extract.layout.furniture.drop_furniture`)."""

from __future__ import annotations

from lkjip.extract.layout.furniture import drop_furniture
from lkjip.extract.layout.geometry import Ruling, TextLine, Word

HEIGHT = 842.0


def _to_lines(ws):
    return [TextLine([w for w in ws if w.top == y]) for y in sorted({w.top for w in ws})]


def _words():
    return [Word("Program", 42.6, 45.8, 69.9, 51.5, size=7), Word("Anggaran", 515.3, 45.8, 547.0, 51.5, size=7),
            Word("2", 538.3, 71.5, 542.2, 76.2, size=7),
            Word("Program", 42.6, 80.7, 69.9, 86.7, size=7), Word("Rp.", 530.5, 80.7, 542.2, 86.7, size=7)]


def test_a_bare_number_between_two_rules_stays():
    rules = [Ruling(37.0, y, 547.0, y + 0.8) for y in (44.0, 70.1, 79.3, 105.4)]
    kept = [w.text for w in drop_furniture(_words(), _to_lines, HEIGHT, set(), [], rules)]
    assert "2" in kept


def test_a_bare_number_without_rules_round_it_goes():
    kept = [w.text for w in drop_furniture(_words(), _to_lines, HEIGHT, set(), [])]
    assert "2" not in kept
