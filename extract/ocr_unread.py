"""Text on a scanned page that Tesseract read as nothing: a table read so is a doubtful reading.

The page pass now and then passes over a whole amount in small print ("Rp 63.910.508" in a narrow column of 7 pt
print, nothing read where it stands): its cell is read empty, and a sum over the column then fails on the amount
never read, a false contradiction. Ink that no word covers, as wide as a few characters and as high as a line
of text (:func:`unread_text`), inside a table's box makes the table a doubtful reading (:func:`unread_doubt`):
its flags become uncertain warnings. Used by :func:`lkjip.extract.ocr.ocr_words_page` and
:func:`lkjip.extract.ocr.finish_ocr_tables`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import DPI, free_ink_blobs, uncovered_ink

#: pixels around a word's box that count as covered by it (a glyph's edge the box leaves out)
_MARGIN = 3


#: unread ink at least this wide (points) is text: some four characters of 7 pt print (a "%" or a "p" a word box
#: left out is narrower)
LEAST_WIDE = 16.0


#: ... and as high as a line of text, in points (specks and rules' leftovers are lower, pictures higher)
_HIGH = (3.0, 16.0)


#: ... with at least this many pixels of ink (a dotted leader or scanner dust is fainter)
_LEAST_INK = 150


def unread_text(binary: np.ndarray, words: Sequence[Word], dpi: int = DPI) -> list[tuple[float, float, float, float]]:
    """Boxes (points) of the ink on a binarized page (0 ink) that no word covers and that looks like text: at
    least :data:`LEAST_WIDE` points wide, :data:`_HIGH` points high, :data:`_LEAST_INK` pixels of ink."""
    px = dpi / 72.0
    out = []
    for x0, y0, x1, y1, ink in free_ink_blobs(uncovered_ink(binary, words, px, _MARGIN)):
        left, top, right, bottom = x0 / px, y0 / px, x1 / px, y1 / px
        if ink >= _LEAST_INK and right - left >= LEAST_WIDE and _HIGH[0] <= bottom - top <= _HIGH[1]:
            out.append((left, top, right, bottom))
    return out


def unread_doubt(unread: Sequence[tuple[float, float, float, float]], box: tuple[float, float, float, float],
                 page_no: int) -> str | None:
    """Why a table (``box``: x0, top, x1, bottom in points) is a doubtful reading: text inside it that OCR read as
    nothing (:func:`unread_text`), or None."""
    x0, top, x1, bottom = box
    inside = [u for u in unread if x0 <= (u[0] + u[2]) / 2 <= x1 and top <= (u[1] + u[3]) / 2 <= bottom]
    if not inside:
        return None
    return f"OCR tidak membaca {len(inside)} teks di dalam tabel di hal. {page_no} (sel terbaca kosong)"
