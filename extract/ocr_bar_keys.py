"""Row keys in Roman numerals ("I.", "II.", "VII.") read from their strokes, where Tesseract misreads or drops them.

In small sans print (8 pt and less) a Roman key is bars and a dot: "II." is two plain upright strokes and a period.
Tesseract reads such a key badly in a narrow key column: "III." as "1g." or "1.", "II." as "Li!" or "I.", and a lone
"I." or "II." often not at all (no word, and the free-ink pass, :mod:`lkjip.extract.ocr_free_ink`, gets two readings
that disagree). A whole row then loses its number. The strokes are plain to see: each mark of the key, cut at the
columns without ink, is

* an ``I``: a continuous upright bar, the key's full height, narrow (at most :data:`_BAR_WIDE` of its height), plain:
  no row much wider than the stem (in small serif print the flag of a "1" is a blob at its top, its foot a serif like
  an "I"'s: the two are not told apart), no flag reaching left from its top (a sans
  digit "1", :func:`lkjip.extract.ocr_image.first_glyph_is_bar`'s test); a bar with serifs only on a page whose
  keys read are mostly Roman (:func:`roman_page`);
* a ``V``: the key's full height, about as wide as high, two strokes apart at mid-height meeting at the foot;
* the dot: a small mark on the baseline (:func:`lkjip.extract.ocr_key_dots._is_dot`).

A word (or a blob of ink no word covers) whose marks are exactly such letters spelling a Roman numeral with at least
one bar, then the dot, and nothing else close after it, is that key. A key whose glyphs touch (an "IV" in one mark,
two bars run together into an "H") is left as read; so is a word of letters ("l." may be a letter key). Binarized
page, 300 dpi, ink 0.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import regex as re

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import DPI, free_ink_blobs, uncovered_ink
from lkjip.extract.ocr_key_dots import _is_dot
from lkjip.extract.ocr_pixels import mask_runs

#: the keys read: a Roman numeral of bars and V's with a bar in it
_ROMAN = frozenset({"I", "II", "III", "IV", "VI", "VII", "VIII"})

#: a bar is at most this wide, in the key's heights (sans 5-6 px of 21, a serif I's serifs some 0.4)
_BAR_WIDE = 0.45

#: a letter mark stands at least this share of the key's height
_FULL = 0.85

#: a flag this far left of a bar's stem (in its heights), at its top, makes it a digit "1"
_FLAG = 0.12

#: a word this long at most is looked at (a key and a misread or two: "1g.", "Li!", "VW.")
_MOST_CHARS = 4

#: paper after the key's dot, in its heights, before the next mark (a name column's text)
_CLEAR = 0.5

#: a blob of free ink this high (points) may be a key's letter
_HIGH = (4.0, 14.0)

#: pixels around a word's box counted as covered by it
_COVER = 3


def _marks(ink: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(x0, y0, x1, y1) of the marks of ``ink`` (True ink), cut at the columns without ink, trimmed to their ink."""
    out = []
    for a, b in mask_runs(ink.any(axis=0)):
        rows = np.flatnonzero(ink[:, a:b].any(axis=1))
        out.append((a, int(rows[0]), b, int(rows[-1]) + 1))
    return out


def _continuous(glyph: np.ndarray) -> bool:
    """Every row of the mark has ink (no "!" or "i" with a gap)."""
    return bool(glyph.any(axis=1).all())


def _bar(glyph: np.ndarray, high: int, serifs: bool = False) -> bool:
    h, w = glyph.shape
    if h < _FULL * high or w > _BAR_WIDE * high or not _continuous(glyph):
        return False
    extent = np.array([np.flatnonzero(r)[-1] - np.flatnonzero(r)[0] + 1 for r in glyph])
    if not serifs and extent.max() > np.median(extent) + max(2, 0.4 * np.median(extent)):
        return False  # serifs or a flag: at this size a serif "1" and a serif "I" are not told apart
    stem = np.flatnonzero(glyph.sum(axis=0) >= 0.7 * h)
    if not len(stem):
        return False
    top = np.flatnonzero(glyph[: max(h // 4, 2)].any(axis=0))
    left, right = int(stem[0] - top[0]), int(top[-1] - stem[-1])
    if left >= _FLAG * h and left >= 2 * right + 1:
        return False  # a flag to the left: a "1"
    foot = np.flatnonzero(glyph[h - max(h // 6, 2):].any(axis=0))
    return not (foot[-1] - stem[-1] >= 0.25 * h)  # a foot reaching right: an "L"


def _vee(glyph: np.ndarray, high: int) -> bool:
    h, w = glyph.shape
    if h < _FULL * high or not 0.55 * high <= w <= 1.4 * high or not _continuous(glyph):
        return False
    q = max(h // 4, 2)
    top = np.flatnonzero(glyph[:q].any(axis=0))
    foot = np.flatnonzero(glyph[h - q:].any(axis=0))
    if top[-1] - top[0] + 1 < 0.75 * w or foot[-1] - foot[0] + 1 > 0.5 * w:
        return False
    middle = glyph[int(0.4 * h)]
    return len(mask_runs(middle)) == 2  # two strokes apart at mid-height (a "Y" has one stem there)


def read_key(ink: np.ndarray, serifs: bool = False) -> str | None:
    """The Roman key ``ink`` (True ink; a word's or a blob's box with paper after it) shows, or None: see the
    module's docstring (``serifs``: bars with serifs count too, on a page keyed by Roman numerals)."""
    marks = _marks(ink)
    if len(marks) < 2:
        return None
    high = max(y1 - y0 for x0, y0, x1, y1 in marks)
    if high < 8:
        return None
    letters = ""
    for k, (x0, y0, x1, y1) in enumerate(marks):
        glyph = ink[y0:y1, x0:x1]
        if _bar(glyph, high, serifs):
            letters += "I"
        elif _vee(glyph, high):
            letters += "V"
        elif k and _is_dot((x0, y0, x1, y1), marks[k - 1], high, 0.65):
            rest = marks[k + 1:]
            if letters not in _ROMAN or (rest and rest[0][0] - x1 < _CLEAR * high):
                return None
            return letters + "."
        else:
            return None
    return None


#: a Roman key of more than one letter as Tesseract reads it right, and an arabic key other than "1."
_ROMAN_WORD = re.compile(r"^(?:II|III|IV|VI|VII|VIII)\.$")
_ARABIC_WORD = re.compile(r"^(?:[2-9]|1\d)[.)]?$")


def roman_page(words: Sequence[Word]) -> bool:
    """Whether the page keys its rows by Roman numerals: two such keys at least, more than arabic ones ("2.", "3.").
    Only there a bar with serifs is an "I" (small serif print: an "I" and a "1" look alike)."""
    roman = sum(bool(_ROMAN_WORD.match(w.text)) for w in words)
    return roman >= 2 and roman > sum(bool(_ARABIC_WORD.match(w.text)) for w in words)


def _box_ink(binary: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> np.ndarray:
    h, w = binary.shape
    return binary[max(y0, 0): min(y1, h), max(x0, 0): min(x1, w)] == 0


def fix_bar_keys(words: Sequence[Word], binary: np.ndarray, dpi: int = DPI) -> list[tuple[str, str]]:
    """Short words that are Roman keys in the image but read otherwise ("1g." for "III."), rewritten in place;
    returns the ``(before, after)`` pairs."""
    px = dpi / 72.0
    fixes = []
    serifs = roman_page(words)
    for w in words:
        text = w.text
        if len(text) > _MOST_CHARS or (len(text) == 2 and text[0].islower() and text[1] in ".)"):
            continue  # a letter key ("l.", "i.") stays as read
        top, bottom = int(w.top * px), int(round(w.bottom * px))
        high = bottom - top
        if high < 8:
            continue
        x0, x1 = int(w.x0 * px) - 2, int(round(w.x1 * px)) + int(0.8 * high)
        others = [o for o in words if o is not w and o.x0 * px < x1 and o.x1 * px > x0
                  and o.top * px < bottom and o.bottom * px > top]
        if others:
            continue
        key = read_key(_box_ink(binary, x0, top - 2, x1, bottom + int(0.2 * high)), serifs)
        if key and key != text:
            fixes.append((text, key))
            w.text = key
            w.x1 = max(w.x1, w.x0 + len(key) * 0.3 * high / px)
    return fixes


def bar_key_words(binary: np.ndarray, words: Sequence[Word], dpi: int = DPI) -> list[Word]:
    """Roman keys standing in ink no word of ``words`` covers, as new words (boxes in points)."""
    px = dpi / 72.0
    free = uncovered_ink(binary, words, px, _COVER)
    out: list[Word] = []
    serifs = roman_page(words)
    taken: list[tuple[int, int, int, int]] = []
    blobs = sorted(free_ink_blobs(free), key=lambda b: (b[1], b[0]))
    for x0, y0, _x1, y1, _ink in blobs:
        high = y1 - y0
        if not _HIGH[0] * px <= high <= _HIGH[1] * px:
            continue
        if any(a <= x0 < c and b <= (y0 + y1) / 2 <= d for a, b, c, d in taken):
            continue
        top, bottom = y0 - 2, y1 + int(0.2 * high) + 1
        left = free[max(top, 0): bottom, max(x0 - int(_CLEAR * high), 0): x0]
        if left.any():
            continue  # ink just before it: a piece of something larger
        right = x0 + int(3.5 * high)
        ink = free[max(top, 0): bottom, x0: right]
        key = read_key(ink, serifs)
        if not key:
            continue
        marks = _marks(ink)
        end = x0 + marks[len(key) - 1][2]  # the dot's right edge: letters and dot are one mark each
        rows = np.flatnonzero(ink[:, : end - x0].any(axis=1))
        t, b = max(top, 0) + int(rows[0]), max(top, 0) + int(rows[-1]) + 1
        taken.append((x0, t, end, b))
        out.append(Word(key, x0 / px, t / px, end / px, b / px, size=(b - t) / px, conf=90.0))
    return out


def stroke_keys(words: list[Word], binary: np.ndarray, page_no: int, dpi: int = DPI) -> list[str]:
    """Both passes of this module on a page's words (new keys appended to ``words``); their warnings."""
    warnings = [f"page {page_no}: OCR Roman row key read from its strokes {a!r} -> {b!r}"
                for a, b in fix_bar_keys(words, binary, dpi)]
    if found := bar_key_words(binary, words, dpi):
        warnings.append(f"page {page_no}: OCR read {len(found)} Roman row key(s) from their strokes: "
                        + ", ".join(repr(w.text) for w in found))
        words += found
    return warnings
