"""Numbers of a scanned page that Tesseract's page pass cut short, completed from the image.

In small monospaced print a dot or a comma is as wide as a digit, and the page pass reads the blank beside it as the
end of a word: "31.406" for "31.406.125" (the last group dropped, nothing read there), "2.356" "745" for
"2.356.980.745" (a group in the middle lost), "88," "86" for "88,86". The ink of one printed number runs on with
gaps narrower than a space (:func:`ink_extent`); a number word whose ink runs on well past its box is read again
over the whole run with the number model, twice (stacked, then enlarged), and takes that reading only when both
agree, the reading is one well-formed number, it starts with the word as the page pass read it and holds the
digits of any word it covers in their order (:func:`_extends`). Never a digit guessed: a tail only the number model saw marks the word unsure (a table
warning names it). Used by :func:`lkjip.extract.ocr.page_words`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_numbers import WELL_FORMED, digits_of
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE

if TYPE_CHECKING:
    from PIL import Image

#: a number word that may be the head of a longer one: digits and separators ("31.406", "88,", "2.356")
_HEAD = re.compile(r"^\(?\d[\d.,]*$")

#: a word inside the run the completed number covers: a piece of it ("745", "86", ".125")
_PIECE = re.compile(r"^[.,]?\d[\d.,]*%?\)?$")

#: what a completed number must be: an amount grouped in thousands (maybe with cents or ",-") or a short decimal
_COMPLETE = re.compile(r"^\(?\d{1,3}(\.\d{3})+(,\d{1,2}|,-)?\)?$|^\d{1,3},\d{1,2}%?$")

#: a blank this many times the word's height ends the print of one number (a space in monospaced print is a
#: character wide, ~0.85 of the digits' height; the blank beside a dot or a comma is at most ~0.45)
_GAP = 0.6

#: pixels of page kept around a run when it is read again
_MARGIN = 8

#: the readings agreed on are marked unsure below this confidence (see lkjip.extract.ocr_unsure.SURE_DIGITS)
_UNSURE = 89

Reader = Callable[[list["Image.Image"], str, str], list[list[Word]]]


def ink_extent(binary: np.ndarray, w: Word, px: float) -> int:
    """The pixel column where the print that ``w`` starts ends: ink followed rightwards across the word's line
    band until a blank wider than :data:`_GAP` times its height."""
    y0, y1 = int(w.top * px), int(w.bottom * px) + 1
    band = (binary[max(y0, 0) : y1, :] < 128).any(axis=0)
    limit = _GAP * (y1 - y0)
    last = x = int(w.x1 * px)
    blank = 0
    while x + 1 < band.size:
        x += 1
        if band[x]:
            last, blank = x, 0
        else:
            blank += 1
            if blank > limit:
                break
    return last


def complete_cut_numbers(words: list[Word], binary: np.ndarray, lang: str, px: float, read: Reader) -> tuple[list[Word], int]:
    """``words`` with the numbers the page pass cut short completed (see the module), and how many.
    ``read`` is :func:`lkjip.extract.ocr.read_stacked`; ``lang`` the number model."""
    from PIL import Image as PILImage

    cands: list[tuple[Word, int, list[Word]]] = []
    for w in words:
        if not _HEAD.match(w.text):
            continue
        end = ink_extent(binary, w, px)
        if end - w.x1 * px < _GAP * (w.bottom - w.top) * px:
            continue
        mid = (w.top + w.bottom) / 2
        covered = [o for o in words if o is not w and o.top < mid < o.bottom and o.x0 >= w.x1 - 1 and (o.x0 + o.x1) / 2 * px <= end]
        if all(_PIECE.match(o.text) for o in covered):
            cands.append((w, end, covered))
    if not cands:
        return words, 0
    h, wd = binary.shape
    crops = []
    for w, end, _ in cands:
        y0, y1 = max(int(w.top * px) - _MARGIN, 0), min(int(w.bottom * px) + 1 + _MARGIN, h)
        x0, x1 = max(int(w.x0 * px) - _MARGIN, 0), min(end + 1 + _MARGIN, wd)
        crops.append(PILImage.fromarray(binary[y0:y1, x0:x1]))
    second = [_joined(found) for found in read(crops, lang, "--psm 6")]
    zoomed = [c.resize((c.width * 2, c.height * 2), PILImage.Resampling.LANCZOS) for c in crops]
    third = [_joined(found) for found in read(zoomed, lang, "--psm 6")]
    gone: set[int] = set()
    done = 0
    for (w, end, covered), a, b in zip(cands, second, third, strict=True):
        if a is None or a[0] != (b[0] if b else None) or not _extends(w, covered, a[0]):
            continue
        pieces = digits_of(w.text) + "".join(digits_of(o.text) for o in covered)
        conf = min([w.conf, *(o.conf for o in covered)])
        w.text, w.x1 = a[0], max(w.x1, end / px)
        w.conf = conf if digits_of(a[0]) == pieces else min(conf, _UNSURE, a[1], b[1])
        gone.update(id(o) for o in covered)
        done += 1
    return [w for w in words if id(w) not in gone], done


def _joined(found: list[Word]) -> tuple[str, float] | None:
    """One reading of a run as one number: its pieces joined without spaces ("2.638.191" ".964"), or None."""
    if not found:
        return None
    text = "".join(w.text for w in found)
    return (text, min(w.conf for w in found)) if WELL_FORMED.match(text) else None


def _extends(w: Word, covered: list[Word], text: str) -> bool:
    """The reading is the word's number completed: an amount or a decimal (:data:`_COMPLETE`) that starts with the
    word as read, holds the digits of every covered piece read sure in their order after it ("2.356" ... "745" in
    "2.356.980.745"), and has more digits than the word ("2023" "100" are never one number "2023100")."""
    digits, head = digits_of(text), digits_of(w.text)
    if _COMPLETE.match(text) is None or not text.startswith(w.text) or len(digits) <= len(head):
        return False
    at = len(head)
    for piece in (digits_of(o.text) for o in covered if o.conf >= MIN_CONFIDENCE):
        found = digits.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True
