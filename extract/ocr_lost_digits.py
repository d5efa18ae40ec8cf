"""A short number Tesseract read with a digit lost, read again where its ink shows more glyphs than it read.

In a cell of its own a two-digit target or realisation is now and then read with its first digit dropped or the two
merged into a letter: "73" read "3", "71" read "n", "77" read "TT" (sans print at 150-200 dpi, a "7" leading). The
word's box still spans the whole number, and the image tells what the text lost: the box holds more tall marks (a
digit each) than the text has digits, and no other word overlaps the box. Such a word is read again alone, enlarged, with the number model
(``reread``: :func:`lkjip.extract.ocr.reread_number`), and that reading is taken only when it is a number with a
digit for every tall mark and, the first reading being digits, it keeps them in order at its end or start ("3" ->
"73", never "3" -> "78"). The word is then marked unsure of its digits (a table warning names it). Amounts are left
to :func:`lkjip.extract.ocr.confirm_amounts`: only numbers of one or two digits, and scraps of one or two letters,
are looked at here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_glyphs import _marks
from lkjip.extract.ocr_image import DPI
from lkjip.extract.ocr_numbers import digits_of
from lkjip.extract.ocr_unsure import SURE_DIGITS

#: a short number as read (one or two digits, a "%" after them maybe), or a scrap of one or two letters
_SHORT = re.compile(r"^(\d{1,2})(%?)$|^([A-Za-z]{1,2})$")

#: a second reading taken: a number of two or three digits, a "%" after it maybe
_NUMBER = re.compile(r"^\d{2,3}%?$")

#: a mark at least this share of the word's tallest is a glyph of it (a "%"'s rings and an "i"'s dot are less)
_TALL = 0.6


def tall_marks(binary: np.ndarray, w: Word, px: float) -> int:
    """How many marks of ``w``'s box stand :data:`_TALL` of its tallest mark high at least (a digit each)."""
    marks = _marks(binary, w, px)
    if not marks:
        return 0
    high = max(m[3] - m[1] for m in marks)
    return sum(m[3] - m[1] >= _TALL * high for m in marks)


def _overlap(a: Word, b: Word) -> bool:
    return a.x0 < b.x1 and a.x1 > b.x0 and a.top < b.bottom and a.bottom > b.top


def reread_lost_digits(
    words: list[Word], binary: np.ndarray, reread: Callable[[Word], Word | None], dpi: int = DPI
) -> list[tuple[str, str]]:
    """Short numbers and scraps whose box shows more digits than their text (module doc) read again; each change
    as (before, after)."""
    px = dpi / 72.0
    out = []
    for w in words:
        m = _SHORT.match(w.text)
        if not m:
            continue
        read = len(m.group(1) or "") + len(m.group(2) or "") if m.group(1) else len(m.group(3))
        glyphs = tall_marks(binary, w, px)
        if glyphs <= read or glyphs > 4 or any(o is not w and _overlap(o, w) for o in words):
            continue  # a word overlapping its box: the marks it has more may be that word's
        again = reread(w)
        if again is None or not _NUMBER.match(again.text):
            continue
        digits = digits_of(again.text)
        if len(digits) + again.text.count("%") != glyphs:
            continue
        if m.group(1) and not (digits.endswith(m.group(1)) or digits.startswith(m.group(1))):
            continue
        if m.group(2) and not again.text.endswith("%"):
            continue
        out.append((w.text, again.text))
        w.text, w.conf = again.text, min(w.conf, SURE_DIGITS - 1)
    return out
