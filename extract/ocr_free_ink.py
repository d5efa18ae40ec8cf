"""Text the page pass of a scan passed over, read again from the ink no word covers.

Tesseract's page pass (``--psm 11``) now and then reads nothing where small print stands alone: the two-digit
targets of a borderless Renstra table in 7 pt print ("69", "73", "77" of a row, each alone in its column), a row's
number "1", a column number "5", the last word of a wrapped cell ("kualitas"). Their cells are read empty and a
whole row of values is lost. The ink is there: every blob of ink as high as a line of text that no word covers
(:func:`free_text_blobs`) is cut out alone (the words around it painted out), enlarged, and read again by two models
(the page's and the number model, each on stacked canvases: two Tesseract calls a page); a reading both agree on is
kept, with the lower of their confidences. When they disagree a third reading of the blob alone (one line) decides:
a text two readings of three agree on is kept, marked unsure (a number of it is named in its table's warnings, so a
flag built on it is an uncertain warning). No two agreeing: the ink stays unread (never a guess), and a table
holding it stays doubtful (:mod:`lkjip.extract.ocr_unread`). Only well-formed readings count: a number, a word of
letters, a row key ("1.", "a)").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import regex as re

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import DPI, free_ink_blobs, uncovered_ink
from lkjip.extract.ocr_numbers import WELL_FORMED
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE, data_words, image_to_data
from lkjip.extract.ocr_unsure import SURE_DIGITS

if TYPE_CHECKING:
    from PIL import Image

#: pixels around a word's box that count as covered by it (a glyph's edge the box leaves out)
_COVER = 3

#: a blob as high as a line of text, in points (a dash or a speck is lower, a picture or a stamp higher) ...
_HIGH = (3.0, 16.0)

#: ... with at least this many pixels of ink at 300 dpi (a digit "1" of 7 pt print has some 150; dust less)
_LEAST_INK = 60

#: ... at most this wide, in points (a whole line of text the page pass skipped is read by its own pass)
_MOST_WIDE = 160.0

#: pixels of paper kept around a blob's ink, and how much it is enlarged (7 pt digits read far better twice as large)
_MARGIN, _ZOOM = 8, 2

#: a well-formed reading: a number, a word of letters (maybe hyphenated), a row key ("1.", "a)", "IV.")
_TOKEN = re.compile(r"^(?:[^\W\d_]+(?:-[^\W\d_]+)*[.,]?|\d{1,2}[.)]|[a-zA-Z][.)]|\(\d{4}\))$")

ReadStacked = Callable[[list["Image.Image"], str, str], list[list[Word]]]


def free_text_blobs(binary: np.ndarray, words: Sequence[Word], dpi: int = DPI) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """The ink of a binarized page (0 ink) no word covers (True where free), and the boxes (pixels) of its blobs
    that may be text: :data:`_HIGH` points high, at most :data:`_MOST_WIDE` wide, :data:`_LEAST_INK` pixels of ink."""
    px = dpi / 72.0
    free = uncovered_ink(binary, words, px, _COVER)
    boxes = [(x0, y0, x1, y1) for x0, y0, x1, y1, ink in free_ink_blobs(free)
             if ink >= _LEAST_INK and _HIGH[0] * px <= y1 - y0 <= _HIGH[1] * px and x1 - x0 <= _MOST_WIDE * px]
    return free, [b for b in boxes if not _touches_word(b, words, px)]


#: pixels between a blob and a word's box (beyond :data:`_COVER`) within which the blob is a piece of that word's
#: glyphs its box left out (the descender of the "p" of "Rp" read "p" on its own), not a word of its own
_TOUCH = 4


def _touches_word(box: tuple[int, int, int, int], words: Sequence[Word], px: float) -> bool:
    x0, y0, x1, y1 = box
    reach = _COVER + _TOUCH
    return any(w.x0 * px - reach < x1 and w.x1 * px + reach > x0 and w.top * px - reach < y1
               and w.bottom * px + reach > y0 for w in words)


def _crop(free: np.ndarray, box: tuple[int, int, int, int]) -> Image.Image:
    """The blob's free ink alone on white paper (words beside it painted out), enlarged :data:`_ZOOM` times."""
    from PIL import Image as PILImage

    x0, y0, x1, y1 = box
    h, w = free.shape
    a, b, c, d = max(x0 - _MARGIN, 0), max(y0 - _MARGIN, 0), min(x1 + _MARGIN, w), min(y1 + _MARGIN, h)
    sub = np.where(free[b:d, a:c], 0, 255).astype(np.uint8)
    img = PILImage.fromarray(sub)
    return img.resize((img.width * _ZOOM, img.height * _ZOOM), PILImage.Resampling.LANCZOS)


def _text(read: Sequence[Word]) -> str:
    return " ".join(w.text for w in sorted(read, key=lambda w: w.x0))


def _well_formed(read: Sequence[Word]) -> bool:
    return bool(read) and all(WELL_FORMED.match(w.text) or _TOKEN.match(w.text) for w in read) \
        and min(w.conf for w in read) >= MIN_CONFIDENCE


def _read_alone(crop: Image.Image, lang: str) -> list[Word]:
    """One blob read alone as one line of text."""
    from PIL import Image as PILImage

    pad = PILImage.new("L", (crop.width + 2 * _MARGIN, crop.height + 2 * _MARGIN), 255)
    pad.paste(crop, (_MARGIN, _MARGIN))
    found = data_words(image_to_data(pad, lang, "--psm 7"), 1.0, min_conf=0, keep_marks=True)
    return [Word(w.text, w.x0 - _MARGIN, w.top - _MARGIN, w.x1 - _MARGIN, w.bottom - _MARGIN, w.size, conf=w.conf)
            for w in found]


def _agreed(first: list[Word], second: list[Word], crop: Image.Image, lang: str) -> list[Word]:
    """The reading of a blob two readings agree on (the first two, else a third of the blob alone), or none."""
    if _text(first) == _text(second) and _well_formed(first) and _well_formed(second):
        return [_with_conf(w, min(w.conf, min(x.conf for x in second))) for w in first]
    third = _read_alone(crop, lang)
    for other in (first, second):
        if _text(third) and _text(third) == _text(other) and _well_formed(third) and _well_formed(other):
            return [_with_conf(w, min(w.conf, SURE_DIGITS - 1)) for w in other]
    return []


def _with_conf(w: Word, conf: float) -> Word:
    return Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, conf=conf)


def read_free_ink(binary: np.ndarray, words: Sequence[Word], lang: str, number_lang: str, read_stacked: ReadStacked,
                  dpi: int = DPI) -> list[Word]:
    """Words read from the ink of a page no word of ``words`` covers (see the module's docstring), boxes in
    points."""
    free, boxes = free_text_blobs(binary, words, dpi)
    if not boxes:
        return []
    crops = [_crop(free, b) for b in boxes]
    firsts = read_stacked(crops, lang, "--psm 6")
    seconds = read_stacked(crops, number_lang, "--psm 6") if number_lang != lang else [_read_alone(c, lang) for c in crops]
    scale = 72.0 / dpi
    out: list[Word] = []
    for (x0, y0, _, _), crop, first, second in zip(boxes, crops, firsts, seconds, strict=True):
        a, b = max(x0 - _MARGIN, 0), max(y0 - _MARGIN, 0)
        for w in _agreed(first, second, crop, lang):
            left, top = (a + w.x0 / _ZOOM) * scale, (b + w.top / _ZOOM) * scale
            right, bottom = (a + w.x1 / _ZOOM) * scale, (b + w.bottom / _ZOOM) * scale
            out.append(Word(w.text, left, top, right, bottom, size=w.size * scale / _ZOOM, conf=w.conf))
    return out
