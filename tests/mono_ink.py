"""Words of a scanned monospaced page as OCR boxes them, for table-structure tests: each word's box round its ink
(a pitch per glyph, less the side bearings), and full-width rules."""

from __future__ import annotations

from lkjip.extract.layout.geometry import Ruling, Word

SIZE = 12.3  # OCR's size of a 10 pt monospaced font
PITCH = 7.4  # its advance, 0.6 em
BEARING = 1.0  # the white a glyph leaves beside its ink, both sides


def ink_words(y: float, *cells: tuple[float, str], bold: bool = False) -> list[Word]:
    """The words of a scanned monospaced line: each cell's words from its x, a box round each word's ink."""
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, x + BEARING / 2, y, x + PITCH * len(tok) - BEARING / 2, y + 9.0, size=SIZE,
                              bold=bold, conf=90))
            x += PITCH * (len(tok) + 1)
    return words


def rule(y: float) -> Ruling:
    return Ruling(51.0, y - 0.6, 534.0, y + 0.6)
