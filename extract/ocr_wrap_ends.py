"""The marks that end the pieces of an amount a narrow column wrapped, which Tesseract drops.

A narrow monospaced amount column prints "3.614.207.385,-" over three lines: "3.614." / "207.38" / "5,-". Tesseract
reads the upper line without the dot that ends it ("3.614": it looks like a whole amount, so the layout takes the
next line for another value) and the lower one without its dash ("5,": no amount ends so, so the pieces never add
up to a well-formed one); a dash it does see may come as a word of its own ("011," then "-"). Each time the row
loses its amount and rows of pieces are invented under it (the sums then fail).

:func:`restore_end_dots` gives an upper piece its dot back where the image shows one right after its last digit
(and only above a piece of digits in the same column: a row's own amount has no piece under it);
:func:`restore_end_dashes` closes an amount ending in a bare comma with the dash printed right after it, whether
read as a word of its own or seen in the image. No digit is ever changed or added.
"""

from __future__ import annotations

import re

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import DPI, glyph_runs, level_bar
from lkjip.extract.ocr_key_dots import key_dot
from lkjip.extract.ocr_wrap_dots import under

#: the upper line of a wrapped amount as read without its last dot: thousands groups, nothing closing it
_HEAD = re.compile(r"^\d{1,3}(?:\.\d{3})+$")

#: the line under it: the amount's next digits (no dot opening them: then the dot was printed there)
_NEXT_PIECE = re.compile(r"^\d{1,3}(?:[.,]\d{1,3})*(?:,-|,\d{2}|,)?$")

#: how far right of an amount's last digit its dot may start, in the digits' heights: a monospaced face prints it in
#: the middle of a cell as wide as a digit's (a row key's dot, in a proportional face, comes closer)
_DOT_REACH = 0.7

#: an amount (or the last piece of one) ending in a bare comma: its "-" or cents not read
_COMMA_END = re.compile(r"^[.,]?\d[\d.,]*,$")


def _free(words: list[Word], w: Word, x1: float) -> bool:
    """No other word of ``w``'s line covers the span right of it up to ``x1`` (points)."""
    return not any(o is not w and o.x0 < x1 and o.x1 > w.x1 and o.top < w.bottom and o.bottom > w.top for o in words)


def restore_end_dots(words: list[Word], binary: np.ndarray, dpi: int = DPI) -> list[tuple[str, str]]:
    """Upper pieces of wrapped amounts read without the dot that ends them ("3.614" over "207.38" for "3.614." /
    "207.38"), the dot put back (the box stretched over it) where the image shows one; ``(before, after)`` pairs."""
    px = dpi / 72.0
    pieces = [w for w in words if _NEXT_PIECE.match(w.text)]
    fixes = []
    for w in words:
        if not _HEAD.match(w.text) or not any(under(w, p) for p in pieces if p is not w):
            continue
        dot = key_dot(binary, w, dpi, reach=_DOT_REACH)
        if dot is None or not _free(words, w, dot[1] / px):
            continue
        fixes.append((w.text, w.text + "."))
        w.text += "."
        w.x1 = max(w.x1, dot[1] / px)
    return fixes


def _dash_after(binary: np.ndarray, w: Word, px: float) -> float | None:
    """The right edge (points) of a dash printed right after the comma ending ``w`` (inside its box or within a
    character right of it): the word's last mark, a level bar (:func:`~lkjip.extract.ocr_image.level_bar`), thin,
    at the digits' mid-height; None when the image shows no such mark."""
    top, bottom = int(w.top * px), int(round(w.bottom * px))
    high = bottom - top
    if high < 8:
        return None
    runs = glyph_runs(binary, (int(w.x0 * px) - 1, top - 1, int(round(w.x1 * px)) + int(1.8 * high), bottom + 2))
    tall = [k for k, r in enumerate(runs) if r[3] - r[1] >= 0.5 * high]
    if not tall:
        return None
    rest = runs[tall[-1] + 1 :]
    if len(rest) != 2:  # the comma, then the dash: nothing else
        return None
    x0, y0, x1, y1 = rest[1]
    wide, thick = x1 - x0, y1 - y0
    mid = (y0 + y1) / 2
    if not (level_bar(wide, thick, thin=2) and thick <= 0.25 * high and 0.2 * high <= wide <= 0.8 * high):
        return None
    if not top + 0.3 * high <= mid <= top + 0.75 * high or x0 - rest[0][2] > 0.9 * high:
        return None
    return x1 / px


def restore_end_dashes(words: list[Word], binary: np.ndarray, dpi: int = DPI) -> tuple[list[Word], list[tuple[str, str]]]:
    """Amounts read ending in a bare comma ("5,", "011,") closed with the dash printed after it: a "-" word right
    after it on its line (joined into it), or a dash the image shows there; the words left and the fixes."""
    px = dpi / 72.0
    fixes = []
    gone: set[int] = set()
    for w in words:
        if not _COMMA_END.match(w.text):
            continue
        high = w.bottom - w.top
        dash = next((o for o in words if o.text == "-" and id(o) not in gone and w.top < (o.top + o.bottom) / 2 < w.bottom
                     and 0 <= o.x0 - w.x1 <= 1.5 * high), None)
        if dash is not None and _free([o for o in words if o is not dash], w, dash.x1):
            gone.add(id(dash))
            x1 = dash.x1
        else:
            seen = _dash_after(binary, w, px)
            if seen is None or not _free(words, w, seen):
                continue
            x1 = seen
        fixes.append((w.text, w.text + "-"))
        w.text += "-"
        w.x1 = max(w.x1, x1)
    return [o for o in words if id(o) not in gone], fixes
