"""Words whose box Tesseract drew over two printed lines, read again alone.

In a narrow cell a broken word's end sits right under its head ("penangan" / "an"); Tesseract now and then
gives the head a box reaching down over the line below (and drops that line's letters). One such box is taller
than two lines: the layout, which groups words into lines by their vertical overlap, then takes the words of
both lines across the whole page for one line and sorts them left to right, so every cell of that table row
reads its two lines shuffled ("Jumlah Anggota Linmas" / "yang dibina" as "Jumlah Anggota yang Linmas dibina",
"Penyelenggar" / "aan" as "aan Penyelenggar").

:func:`split_tall_words` reads the page under such a box again alone (``--psm 6``, a block of lines): when the
reading gives the word itself on a line of normal height, its words replace the tall one (with the line below
it, when that reading found it and no word of the page stands there already). Otherwise the word stays as it
was read.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_tesseract import data_words, image_to_data

if TYPE_CHECKING:
    from PIL import Image

#: a word's box this many times the page's typical word height reaches over another printed line ...
TALL = 1.8
#: ... and a word read again alone counts as one line's when no taller than this many times it
LINE_HIGH = 1.4
#: pixels of page kept around a tall word when it is read again
_MARGIN = 3
#: white pixels around the crop read again (Tesseract reads a crop touching its edges badly)
_PAD = 30


def typical_height(words: Sequence[Word]) -> float:
    """The median height of the page's words holding a letter (0 without any)."""
    heights = [w.bottom - w.top for w in words if any(c.isalpha() for c in w.text)]
    return statistics.median(heights) if heights else 0.0


def tall(w: Word, height: float) -> bool:
    return height > 0 and w.bottom - w.top > TALL * height and len(w.text) >= 2


def _overlaps(a: Word, b: Word) -> bool:
    """``a`` and ``b`` share half of the smaller one's box."""
    dx = min(a.x1, b.x1) - max(a.x0, b.x0)
    dy = min(a.bottom, b.bottom) - max(a.top, b.top)
    if dx <= 0 or dy <= 0:
        return False
    smaller = min((a.x1 - a.x0) * (a.bottom - a.top), (b.x1 - b.x0) * (b.bottom - b.top))
    return dx * dy >= 0.5 * smaller


def read_alone(w: Word, clean: Image.Image, lang: str, px: float) -> list[Word]:
    """The words Tesseract reads in the page under ``w``'s box (``clean`` at ``px`` pixels per point), alone on a
    white canvas, placed back on the page (boxes in points)."""
    from PIL import Image as PILImage

    x0, y0 = max(int(w.x0 * px) - _MARGIN, 0), max(int(w.top * px) - _MARGIN, 0)
    x1, y1 = min(int(w.x1 * px) + _MARGIN, clean.width), min(int(w.bottom * px) + _MARGIN, clean.height)
    crop = clean.crop((x0, y0, x1, y1))
    canvas = PILImage.new("L", (crop.width + 2 * _PAD, crop.height + 2 * _PAD), 255)
    canvas.paste(crop, (_PAD, _PAD))
    found = data_words(image_to_data(canvas, lang, "--psm 6"), 1.0 / px, min_conf=0, keep_marks=True)
    dx, dy = x0 / px - _PAD / px, y0 / px - _PAD / px
    return [Word(text=f.text, x0=f.x0 + dx, top=f.top + dy, x1=f.x1 + dx, bottom=f.bottom + dy, size=f.size,
                 conf=f.conf) for f in found]


def split_tall_words(words: list[Word], clean: Image.Image, lang: str, px: float) -> list[tuple[str, str]]:
    """Each word of ``words`` taller than :data:`TALL` lines read again alone (:func:`read_alone`) and replaced,
    in place, by that reading when it gives the word's own text on a line of normal height; words of it standing
    where the page has a word already are left out. Returns (what was read, what replaced it) per word put right."""
    height = typical_height(words)
    fixes: list[tuple[str, str]] = []
    for w in [w for w in words if tall(w, height)]:
        again = read_alone(w, clean, lang, px)
        if not again or any(a.bottom - a.top > LINE_HIGH * height for a in again):
            continue
        if not any(a.text == w.text for a in again):
            continue  # another reading of the word: which is right is not known, the first stays
        others = [o for o in words if o is not w]
        new = [a for a in again if a.text == w.text or not any(_overlaps(a, o) for o in others)]
        k = next(i for i, o in enumerate(words) if o is w)
        words[k : k + 1] = new
        fixes.append((w.text, " / ".join(a.text for a in new)))
    return fixes
