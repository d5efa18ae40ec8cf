"""Text lines for layout tests: words 5 pt per letter, 3 pt apart, 10 pt high."""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word


def cells_line(y: float, *cells: tuple[float, str]) -> TextLine:
    """A line at ``y`` holding each cell's words from its x: 5 pt per letter, 3 pt apart."""
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, x, y, x + 5.0 * len(tok), y + 10, size=10))
            x += 5.0 * len(tok) + 3
    return TextLine(words)
