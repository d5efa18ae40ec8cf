"""How many digits a cell's ink holds, counted by the width of its marks (:func:`ink_digits`), to tell which of two
readings of a number that disagree on how many digits it has the print backs (:func:`ink_backs_first`).

In small bold print two digits of a number touch and make one mark ("2021" as "20" "2" "1", the "20" one blob):
counted by the gaps in its ink the number has a mark too few, and the number model's reading that drops a digit
("221") looks as good as the page model's whole one. A mark's width tells how many digits it is: a digit's ink is
about two thirds as wide as it is high, two touching about twice that.
"""

from __future__ import annotations

import numpy as np

from lkjip.extract.ocr_pixels import mask_runs

#: a digit's ink is about this share of its height wide (0.55-0.75 in serif and sans print, a "1" less)
_DIGIT_WIDE = 0.66
#: a mark at least this share of the tallest is a digit's (a dot or a comma's tail is less)
_TALL = 0.6
#: digits fewer pixels high than this are too coarse for their widths to tell a count
_MIN_HIGH_PX = 12


def ink_digits(ink: np.ndarray) -> int | None:
    """The digits of a crop of one line of digits (``ink``: True for ink), each tall mark counted as its width in
    digits (one at least); None when the crop shows too little to tell (no tall mark, or marks a few pixels high)."""
    cols = mask_runs(ink.any(axis=0))
    marks = []
    for a, b in cols:
        rows = np.flatnonzero(ink[:, a:b].any(axis=1))
        marks.append((b - a, int(rows[-1]) - int(rows[0]) + 1))
    if not marks:
        return None
    high = max(h for _, h in marks)
    if high < _MIN_HIGH_PX:
        return None
    return sum(max(1, round(w / (_DIGIT_WIDE * high))) for w, h in marks if h >= _TALL * high)


def ink_backs_first(first: str, second: str, ink: np.ndarray) -> bool:
    """Whether two readings of a number of plain digits ("2021", "221") differ in how many digits they have and the
    crop's ink (:func:`ink_digits`) has as many as the first, not the second: the first is kept (unsure)."""
    if not (first.isdigit() and second.isdigit()) or len(first) == len(second):
        return False
    return ink_digits(ink) == len(first)
