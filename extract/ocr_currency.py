"""A currency sign printed alone above its amount, in a narrow column of small print, misread by Tesseract.

"Rp 1.867.488.967" in a column too narrow for it wraps: "Rp" alone on the cell's first line, the amount below. In
7 pt print Tesseract reads that lone "Rp" as "R", "Ri", "RI" or "Rl" (the "p" clipped or taken for a bar), and the
layout, which joins a lone "Rp" to the amount below it, then takes the amount for a row of its own. A word read
so, ending its line, with the head of an amount right below it in its column, is the sign: it reads "Rp" again
(:func:`restore_lone_signs`); one read unsure is kept as the sign (:func:`unsure_lone_sign`), and one the page pass
read as nothing is read again from the image (:func:`unread_signs`). No digit is touched. Used by :func:`lkjip.extract.ocr.ocr_words_page`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
from PIL import Image

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import DPI, unread_blobs

#: what Tesseract reads for a lone "Rp" in small print
_SIGN_MISREAD = re.compile(r"^R[iIl|]?$")


#: ... or as printed, at a confidence the page pass drops
_SIGN = re.compile(r"^(?:R[iIl|p]?|Rp\.?)$")


#: the head of an amount in groups of three, maybe cut short by the column ("1.867.488.9", "45.313.936")
_AMOUNT_HEAD = re.compile(r"^\d{1,3}(\.\d{1,3})+[.,]?$|^\d{1,3}(\.\d{3})+(,\d{1,2}|,-)?$")


#: the amount's line starts within this many of the sign's line heights below the sign's top
_NEXT_LINE = 2.2


#: nothing else on the sign's line within this many line heights right of it (the sign ends its cell's line)
_ALONE = 1.5


def _line_height(w: Word) -> float:
    return max(w.bottom - w.top, 1.0)


def _amount_below(w: Word, words: Sequence[Word]) -> bool:
    h = _line_height(w)
    return any(
        _AMOUNT_HEAD.match(u.text) and w.top + 0.6 * h < u.top < w.top + _NEXT_LINE * h and u.x0 < w.x1 and w.x0 < u.x1
        for u in words
    )


def _ends_line(w: Word, words: Sequence[Word]) -> bool:
    h = _line_height(w)
    return not any(
        u is not w and abs(u.top - w.top) < 0.6 * h and w.x1 - 0.5 < u.x0 < w.x1 + _ALONE * h for u in words
    )


def unsure_lone_sign(w: Word, sure: Sequence[Word]) -> Word | None:
    """A word Tesseract read unsure (below the confidence the page pass keeps) that is a lone currency sign, its
    amount below it (as in :func:`restore_lone_signs`, the amount among the ``sure`` words): kept, as "Rp"; None
    for any other word. The sign carries no digit: keeping it only lets the layout join it to its amount."""
    if not _SIGN.match(w.text) or not _ends_line(w, sure) or not _amount_below(w, sure):
        return None
    return Word(text="Rp", x0=w.x0, top=w.top, x1=w.x1, bottom=w.bottom, size=w.size, bold=w.bold, conf=w.conf)


def restore_lone_signs(words: list[Word]) -> list[tuple[str, str]]:
    """Lone currency signs misread ("R", "Ri", "RI", "Rl") that end their line over the head of an amount in
    their column, read "Rp" again; returns the ``(before, after)`` pairs."""
    fixes = []
    for w in words:
        if _SIGN_MISREAD.match(w.text) and _ends_line(w, words) and _amount_below(w, words):
            fixes.append((w.text, "Rp"))
            w.text = "Rp"
    return fixes


#: reads crops of a page stacked on one canvas: :func:`lkjip.extract.ocr.read_stacked`
Reader = Callable[[list[Image.Image], str, str], list[list[Word]]]


def unread_signs(binary: np.ndarray, words: list[Word], lang: str, read: Reader, dpi: int = DPI) -> list[Word]:
    """"Rp" words for the lone currency signs the page pass read as nothing: a blob of ink no word covers
    (:func:`~lkjip.extract.ocr_image.unread_blobs`) that ends its line over the head of an amount in its column,
    read alone again (all such blobs of the page on one canvas); it becomes "Rp" only when that reading is a sign."""
    px = dpi / 72.0
    boxes = [(int(w.x0 * px), int(w.top * px), int(w.x1 * px) + 1, int(w.bottom * px) + 1) for w in words]
    size = sorted(w.size for w in words)[len(words) // 2] if words else 10.0
    found = []
    for x0, y0, x1, y1 in unread_blobs(binary, boxes):
        blob = Word(text="", x0=x0 / px, top=y0 / px, x1=x1 / px, bottom=y1 / px, size=size, conf=0.0)
        if _ends_line(blob, words) and _amount_below(blob, words):
            found.append(blob)
    if not found:
        return []
    h, w = binary.shape
    crops = [Image.fromarray(binary[max(int(b.top * px) - 4, 0): min(int(b.bottom * px) + 5, h),
                                    max(int(b.x0 * px) - 4, 0): min(int(b.x1 * px) + 5, w)]) for b in found]
    out = []
    for blob, reading in zip(found, read(crops, lang, "--psm 6"), strict=True):
        if len(reading) == 1 and _SIGN.match(reading[0].text):
            blob.text, blob.conf = "Rp", reading[0].conf
            out.append(blob)
    return out
