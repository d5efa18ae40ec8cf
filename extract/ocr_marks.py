"""Small marks of a scanned page that Tesseract's page pass misses or misreads, read from the image itself.

A row number's dots dropped in small print ("144" for "1.4.4": :func:`restore_dots`), a dash standing alone in a
column of numbers (read as nothing: :func:`dash_words`), and the thousands dots of an amount Tesseract cut into
pieces in monospaced print ("3.375" "841" "266": :func:`join_split_amounts`). Each looks at the binarized page
(300 dpi, ink 0) around the words read; no digit is ever changed, only a dot, a dash or a join added where the
image shows it. Used by :func:`lkjip.extract.ocr.ocr_clean`.
"""

from __future__ import annotations

import re

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import DPI, dotted_digits, lone_dashes
from lkjip.extract.ocr_numbers import digits_of
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE

#: a row number as it is printed ("1.4.4", "2.1", "3.") and as Tesseract may read it without its dots ("144")
_ROW_NUMBER = re.compile(r"^\d{1,2}(\.\d{1,2}){1,3}\.?$")
_DIGITS_ONLY = re.compile(r"^[\d.]{2,8}$")


def restore_dots(words: list[Word], binary: np.ndarray, dpi: int = DPI) -> list[tuple[str, str]]:
    """Row numbers whose dots Tesseract dropped ("144" for "1.4.4", "1.13" for "1.1.3" in 7 pt print), the
    dots put back where the image shows them (:func:`~lkjip.extract.ocr_image.dotted_digits`); returns the
    ``(before, after)`` pairs. Only a result shaped like a row number counts: an amount ("1.250") is never
    touched, and a word the image does not settle stays as read."""
    fixes = []
    for w in words:
        if not _DIGITS_ONLY.match(w.text) or not 2 <= sum(c.isdigit() for c in w.text) <= 4:
            continue
        fixed = dotted_digits(binary, pixel_box(w, dpi, margin=1), digits_of(w.text))
        if fixed and fixed != w.text and _ROW_NUMBER.match(fixed):
            fixes.append((w.text, fixed))
            w.text = fixed
    return fixes


def dash_words(binary: np.ndarray, words: list[Word], dpi: int = DPI) -> list[Word]:
    """A "-" word for every dash standing alone on the page (:func:`~lkjip.extract.ocr_image.lone_dashes`) that
    no word read covers: the page pass reads a lone "-" in a column of numbers as nothing, and the table then
    has an empty cell where the report printed "none"."""
    scale = 72.0 / dpi
    sizes = sorted(w.size for w in words)
    size = sizes[len(sizes) // 2] if sizes else 10.0
    high = digit_height(words, size)
    out = []
    for x0, y0, x1, y1 in lone_dashes(binary):
        box = (x0 * scale, y0 * scale, x1 * scale, y1 * scale)
        if any(w.x0 - 1 <= box[2] and box[0] <= w.x1 + 1 and w.top - 1 <= box[3] and box[1] <= w.bottom + 1 for w in words):
            continue
        mid = (box[1] + box[3]) / 2
        top, bottom = min(box[1], mid - _DASH_ABOVE * high), max(box[3], mid + (1 - _DASH_ABOVE) * high)
        out.append(Word(text="-", x0=box[0], top=top, x1=box[2], bottom=bottom, size=size, conf=MIN_CONFIDENCE))
    return out


#: where a dash stands in a line of digits: this share of a digit's height above its middle, the rest below
_DASH_ABOVE = 0.55


#: a word of digits and separators only: its box is a digit's height (no ascender, no descender)
_DIGIT_WORD = re.compile(r"^[\d.,]*\d[\d.,]*$")


def digit_height(words: list[Word], size: float) -> float:
    """The height (points) of the page's printed digits: the median box of its words of digits (0.7 of ``size``, the
    print's size, when it has none).

    A lone "-" is given a box of that height around its bar (:func:`dash_words`), as a text layer gives a glyph the
    height of its line: a bar a point high, 6 points under the amount whose ",-" a narrow column wrapped, stood apart
    from it as a line of its own, and the layout made it a row of its own (the rows under it then took the
    signature and the next table in)."""
    highs = sorted(w.bottom - w.top for w in words if _DIGIT_WORD.match(w.text))
    return highs[len(highs) // 2] if highs else 0.7 * size


#: the piece of an amount left of a separator Tesseract took for a space ("Rp 3.375 841 266" in monospaced print)
_AMOUNT_HEAD = re.compile(r"^\(?\d{1,3}(\.\d{3})*\.?$")


#: ... and a thousands group right of it, maybe with more groups and the cents or ",-"
_AMOUNT_TAIL = re.compile(r"^\.?\d{3}(\.\d{3})*(\.|,\d{2}|,-)?\)?$")


def join_split_amounts(words: list[Word], binary: np.ndarray, dpi: int = DPI) -> tuple[list[Word], int]:
    """Amounts Tesseract cut at their thousands dots ("3.375" "841" "266" for "3.375.841.266": in monospaced
    print a dot is as wide as a digit, and the gap reads as a space) joined again; and how many joins.

    Two number words of a line join only when the gap between them is at most a character wide and the
    image holds a dot in it: a small blob of ink on the baseline and nothing higher up. A space printed
    between two numbers is blank there, so two numbers of a row stay two. No digit is changed.
    """
    px = dpi / 72.0
    order = sorted(range(len(words)), key=lambda k: (words[k].x0, words[k].top))
    taken: set[int] = set()
    joined = 0
    out = list(words)
    for k in order:
        if k in taken or not _AMOUNT_HEAD.match(out[k].text):
            continue
        a = out[k]
        while True:
            mid = (a.top + a.bottom) / 2
            nxt = [j for j in order if j != k and j not in taken and out[j].x0 > a.x1 - 0.5
                   and out[j].top < mid < out[j].bottom and out[j].x0 - a.x1 <= a.size]
            if not nxt:
                break
            j = min(nxt, key=lambda j: out[j].x0)
            b = out[j]
            dots = a.text.endswith(".") + b.text.startswith(".")
            if not _AMOUNT_TAIL.match(b.text) or dots > 1 or (not dots and not _dot_between(a, b, binary, px)):
                break  # a dot Tesseract read ("2.703" ".589") needs no look at the image
            a = Word(text=a.text + ("" if dots else ".") + b.text, x0=a.x0, top=min(a.top, b.top), x1=b.x1, bottom=max(a.bottom, b.bottom),
                     size=a.size, bold=a.bold, conf=min(a.conf, b.conf))  # fmt: skip
            out[k] = a
            taken.add(j)
            joined += 1
            if not _AMOUNT_HEAD.match(b.text.lstrip(".")):
                break  # the cents or ",-" end the amount
    return [w for j, w in enumerate(out) if j not in taken], joined


def pixel_box(w: Word, dpi: int, margin: int = 2) -> tuple[int, int, int, int]:
    px = dpi / 72.0
    return int(w.x0 * px) - margin, int(w.top * px) - margin, int(w.x1 * px) + margin, int(w.bottom * px) + margin


def _dot_between(a: Word, b: Word, binary: np.ndarray, px: float) -> bool:
    """The gap between two words of a line holds a dot: ink in its lower part (the baseline), none above."""
    x0, x1 = int(a.x1 * px) + 1, int(b.x0 * px) - 1
    top, bottom = int(max(a.top, b.top) * px), int(min(a.bottom, b.bottom) * px)
    if x1 - x0 < 2 or bottom - top < 6:
        return False
    split = top + (bottom - top) * 6 // 10
    low = binary[split : bottom + 2, x0:x1] < 128
    high = binary[top:split, x0:x1] < 128
    ink = int(low.sum())
    return 2 <= ink <= 0.5 * low.size and not high.any()
