"""The leading dot of an amount's wrapped piece, which Tesseract drops.

A narrow amount column wraps an amount where the line is full, often right before a thousands dot: "56.134" over
".316" in a monospaced cell six characters wide. Tesseract reads the lone dot that opens the lower line as nothing
("316", and unsure of it), and the layout then takes the two lines for two complete values: "56.134" and "316"
stacked in one cell are two rows (:mod:`lkjip.extract.layout.stacked`), the row loses its amount and a row of
pieces is invented under it. With its dot, ".316" can only go on with the number above it, and the layout joins
the two lines back ("56.134.316").

:func:`restore_wrap_dots` gives such a piece its dot back where the image shows one: the first mark of the word (or
just left of it) is a small blob of ink on the baseline with nothing above it. Only a word of digits right under a
number word of the same column that may go on (a grouped or cut amount) is looked at, so a row's own short number
("316" under a row key, a target under a name) is never touched; no digit is ever changed.
"""

from __future__ import annotations

import re

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import DPI, glyph_runs
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE

#: the upper line: an amount cut where its column was full ("56.134", "366.79", "2.706.", "Rp 1.234"): digits with
#: a dot among them, no cents that would close it
_GOES_ON = re.compile(r"^(?:Rp\.?)?\(?\d{1,3}(?:\.\d{1,3})+\.?$")

#: the lower line as read without its dot: a piece of digits, maybe with the next groups and the cents, or going on
#: itself (a middle piece of an amount wrapped over three lines: "625." for ".625." between "4.597" and "127")
_PIECE = re.compile(r"^\d{1,3}(?:[.,]\d{1,3})*(?:,-|,\d{2}|[.,])?\)?$")


def under(upper: Word, lower: Word) -> bool:
    """``lower`` is on the line right under ``upper``, in the same narrow column."""
    height = upper.bottom - upper.top
    gap = lower.top - upper.bottom
    if not -0.3 * height <= gap <= height:
        return False
    overlap = min(upper.x1, lower.x1) - max(upper.x0, lower.x0)
    return overlap >= 0.5 * (lower.x1 - lower.x0) and lower.x1 <= upper.x1 + upper.size


def _opens_with_dot(binary: np.ndarray, w: Word, words: list[Word], px: float) -> bool:
    """The image shows a dot as the first mark of ``w`` (inside its box or within a character left of it): a
    mark at most half a digit's height wide whose ink lies in the lowest third of the line, nothing above it, and
    no other word's (a comma ending the word before in running text: "Lembah Hijau, 05 Maret")."""
    char = (w.x1 - w.x0) / max(len(w.text), 1)
    box = (int((w.x0 - char) * px), int(w.top * px) - 1, int(w.x1 * px) + 1, int(w.bottom * px) + 2)
    runs = glyph_runs(binary, box)
    if len(runs) < 2:
        return False
    digits = runs[1:]
    top = min(r[1] for r in digits)
    bottom = max(r[3] for r in digits)
    high = bottom - top
    x0, y0, x1, y1 = runs[0]
    if high < 8:
        return False
    if not (y0 - top >= 0.65 * high and y1 <= bottom + 2 and x1 - x0 <= 0.45 * high and y1 - y0 <= 0.4 * high):
        return False
    mid = (w.top + w.bottom) / 2
    return not any(o is not w and o.top < mid < o.bottom and o.x0 * px <= x0 and x1 <= o.x1 * px + 1 for o in words)


def restore_wrap_dots(words: list[Word], binary: np.ndarray, dpi: int = DPI,
                      pieces: list[Word] | None = None) -> list[tuple[str, str]]:
    """Pieces of wrapped amounts whose opening dot Tesseract dropped ("316" under "56.134" for ".316") given their
    dot where the image shows it; returns the ``(before, after)`` pairs. ``pieces``: only these words are looked
    at (words a later pass read from ink the page pass left, ".157,-" read "157,-"), against all of ``words``."""
    px = dpi / 72.0
    uppers = [w for w in words if _GOES_ON.match(w.text)]
    fixes = []
    for w in words if pieces is None else pieces:
        if not _PIECE.match(w.text):
            continue
        if w.conf >= MIN_CONFIDENCE and not any(under(u, w) for u in uppers if u is not w):
            continue  # a piece alone (its amount's head on the page before) only when Tesseract doubted it
        if _opens_with_dot(binary, w, words, px):
            fixes.append((w.text, "." + w.text))
            w.text = "." + w.text
    return fixes
