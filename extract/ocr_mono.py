"""Words of a scanned page printed in a monospaced font, boxed as a text layer boxes them (:func:`advance_boxes`).

Tesseract boxes a word by its ink: from the left edge of its first letter's ink to the right edge of its last.
A text layer boxes it by its letters' advances. In a proportional font the two differ by a sliver; in a
monospaced one every letter sits in a cell of one width (0.6 em), and a narrow letter ("i", "l", ".", ",")
leaves a wide margin of paper in its cell. The white between two words of a phrase, one space apart, is then
a space's cell *and* the margins of the letters either side: 0.7-0.9 em of ink gap, wider than a word space
(:data:`~lkjip.extract.layout.geometry.WORD_SPACE_EM`). The layout reads every line of running text, every
heading and caption as a line of several cells (a table row): a paragraph between two tables ruled alike is
taken for a row of theirs, the two tables for one.

On a page whose words fit one pitch (each word as wide as its letters' count of cells, less its end margins,
:func:`page_pitches`), each word's box is widened to its letters' cells (``letters × pitch``, centred on its
ink): two words one space apart then lie one cell apart, as in a text layer. Pages set in a proportional font
are left as read.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from lkjip.extract.layout.geometry import Word, lines_from_words

#: the ink of a word of n letters spans about n - this many cells (the margins of its first and last letter)
END_MARGINS = 0.3


#: a word fits the pitch when its ink width is within this share of a cell of the width ``n`` letters give
FIT_CELL = 0.45


#: words of at least this many letters tell a line's pitch (a short word's margins weigh too much)
MIN_LETTERS = 4


#: a page is monospaced when this share of its measured words fit their line's pitch (a proportional font:
#: about half, "illi" and "mamam" of one length far apart) ...
MONO_SHARE = 0.9


#: ... measured on at least this many words
MIN_WORDS = 12


def _measured(words: Sequence[Word]) -> list[Word]:
    return [w for w in words if len(w.text) >= MIN_LETTERS and w.text.isalpha()]


def line_pitch(words: Sequence[Word], least: int = 1) -> float | None:
    """The cell width the words of one line are printed at (the median of their ink width per cell), None for a
    line of fewer than ``least`` measurable words."""
    ws = _measured(words)
    if not ws or len(ws) < least:
        return None
    return statistics.median((w.x1 - w.x0) / (len(w.text) - END_MARGINS) for w in ws)


def _fits(w: Word, pitch: float) -> bool:
    return abs((w.x1 - w.x0) - (len(w.text) - END_MARGINS) * pitch) <= FIT_CELL * pitch


def page_pitches(words: Sequence[Word]) -> list[tuple[list[Word], float]] | None:
    """The page's lines with the pitch of each (a line too short to tell takes the nearest line's above or
    below), when the page is set in a monospaced font: nearly every word of four letters or more as wide as
    its letters' cells (:data:`MONO_SHARE`), told on lines of two such words or more. None for a page in a
    proportional font."""
    lines = lines_from_words(words)
    pitches = [line_pitch(ln.words) for ln in lines]
    fit = total = 0
    for ln in lines:  # a line of one measurable word fits its own pitch: it tells nothing of the font
        if (pitch := line_pitch(ln.words, least=2)) is None:
            continue
        ws = _measured(ln.words)
        fit += sum(_fits(w, pitch) for w in ws)
        total += len(ws)
    if total < MIN_WORDS or fit < MONO_SHARE * total:
        return None
    known = [(k, p) for k, p in enumerate(pitches) if p is not None]
    out = []
    for k, ln in enumerate(lines):
        pitch = pitches[k]
        if pitch is None:  # the nearest line that tells its pitch (a row of numbers under a row of names)
            pitch = min(known, key=lambda kp: abs(lines[kp[0]].top - ln.top))[1]
        out.append((ln.words, pitch))
    return out


def advance_boxes(words: Sequence[Word]) -> int:
    """On a monospaced page (:func:`page_pitches`), every word's box widened to its letters' cells, centred on
    its ink, in place; how many words were widened (0 on a page in a proportional font)."""
    lines = page_pitches(words)
    if lines is None:
        return 0
    widened = 0
    for ws, pitch in lines:
        for w in ws:
            extra = len(w.text) * pitch - (w.x1 - w.x0)
            if extra <= 0:
                continue
            w.x0 -= extra / 2
            w.x1 += extra / 2
            widened += 1
    return widened
