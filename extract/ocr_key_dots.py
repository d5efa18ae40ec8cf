"""The dot after a row key ("1.", "IV.", "a."), which Tesseract drops in the page pass, read from the image.

A list or a table numbers its rows "1.", "2." or "I.", "II."; in a scan Tesseract reads the key's glyphs and leaves
the dot out of the word ("IV" for "IV."), about a hundred and fifty keys over a few dozen scanned reports. The dot
is there in the image, just right of the word's last glyph: a small round mark sitting on the baseline. This module
looks at those pixels (300 dpi binarized page, ink 0) and puts the dot back; no glyph of the key is changed, and a
key the image does not show a dot after stays as read. Row keys with inner dots read without them ("144" for
"1.4.4") are :func:`lkjip.extract.ocr_marks.restore_dots`.
"""

from __future__ import annotations

import re

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import DPI, glyph_runs

#: a row key as Tesseract reads it without its last dot: one to three digits ("111" for a Roman "III"), a Roman
#: numeral (its I's bar maybe read "T", "i" or "l": "TI", "Ti"), a single letter, or a key with inner dots ("1.1.2")
KEY_WITHOUT_DOT = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2}){0,3}|[IVXT][IVXTil]{0,3}|[A-Za-z])$")


#: a key's last glyph narrower than this many times the word's height (an "I", a "1", serifs and all) ...
_NARROW = 0.7
#: ... may have its dot this far right of it (in the word's heights): in monospaced print a narrow glyph and its dot
#: each stand in the middle of a character's cell ("I." with some 0.5 of a height between them)
_NARROW_REACH = 0.65


def _key_glyph(runs: list[tuple[int, int, int, int]], right: int, high: int) -> int | None:
    """Index of the key's last glyph among ``runs``: the last mark standing at least half the word's height that
    starts left of the word box's right edge ``right`` (pixels)."""
    last = None
    for k, (x0, y0, _x1, y1) in enumerate(runs):
        if x0 < right and y1 - y0 >= 0.5 * high:
            last = k
    return last


def _is_dot(mark: tuple[int, int, int, int], glyph: tuple[int, int, int, int], high: int, reach: float = 0.45) -> bool:
    """Whether ``mark`` is a period after ``glyph``: close to it, small and about as wide as tall, its foot on the
    glyph's baseline (a comma hangs below it, a speck of noise is smaller, a hyphen stands at mid-height), at most
    ``reach`` of the glyph's height right of it."""
    x0, y0, x1, y1 = mark
    w, h = x1 - x0, y1 - y0
    if not (0.1 * high <= w <= 0.4 * high and 0.1 * high <= h <= 0.4 * high):
        return False
    if not 0.5 <= w / h <= 2.0:
        return False
    base = glyph[3]
    return abs(y1 - base) <= max(2, 0.12 * high) and x0 - glyph[2] <= reach * high


def key_dot(binary: np.ndarray, w: Word, dpi: int = DPI, reach: float = 0.45) -> tuple[int, int] | None:
    """The pixel columns (x0, x1) of the dot printed right after the key ``w``, when the image shows one and
    nothing else stands right after it, else None. ``reach``: how far right of the last glyph (in the word's
    heights) the dot may start (a monospaced amount prints it mid-cell, further off than a key's)."""
    px = dpi / 72.0
    top, bottom = int(w.top * px), int(round(w.bottom * px))
    high = bottom - top
    if high < 8:
        return None
    left, right = int(w.x0 * px), int(round(w.x1 * px))
    runs = glyph_runs(binary, (left - 1, top - 1, right + int(max(0.6, reach + 0.3 if reach > 0.45 else 0.0) * high), bottom + int(0.2 * high)))
    k = _key_glyph(runs, right + 1, high)
    if k is None or runs[k][2] < right - 0.25 * high:
        return None
    if runs[k][2] - runs[k][0] < _NARROW * high and reach < _NARROW_REACH:
        # a narrow last glyph ("I" of "I.") in monospaced print stands mid-cell: its dot is further off
        reach = _NARROW_REACH
        runs = glyph_runs(binary, (left - 1, top - 1, right + int((reach + 0.4) * high), bottom + int(0.2 * high)))
        k = _key_glyph(runs, right + 1, high)
        if k is None:
            return None
    if k + 1 >= len(runs):
        return None
    mark = runs[k + 1]
    if not _is_dot(mark, runs[k], high, reach):
        return None
    if k + 2 < len(runs) and runs[k + 2][0] - mark[2] < 0.15 * high:
        return None  # another mark right after it: a glyph of some other word, not a period ending the key
    return mark[0], mark[2]


def restore_key_dots(words: list[Word], binary: np.ndarray, dpi: int = DPI,
                     among: list[Word] | None = None) -> list[tuple[str, str]]:
    """Row keys read without the dot that ends them ("IV" for "IV.", "1" for "1."), the dot put back (and the
    word's box stretched over it) where the image shows one (:func:`key_dot`); returns the ``(before, after)``
    pairs. A dot another word already covers (of ``words``, and of ``among``: the page's other words when ``words``
    are a few read late) is that word's."""
    fixes = []
    px = dpi / 72.0
    others = words if among is None else [*words, *among]
    for w in words:
        if not KEY_WITHOUT_DOT.match(w.text):
            continue
        dot = key_dot(binary, w, dpi)
        if dot is None:
            continue
        x1 = dot[1] / px
        if any(o is not w and o.x0 < x1 and o.x1 > w.x1 and o.top < w.bottom and o.bottom > w.top for o in others):
            continue
        fixes.append((w.text, w.text + "."))
        w.text += "."
        w.x1 = max(w.x1, x1)
    return fixes


def printed_sure_elsewhere(w: Word, sure: list[Word]) -> bool:
    """An unsure word (below the page pass's floor, dropped as stamp noise) whose very text the page prints
    elsewhere read sure, beside a sure word of its own line: a word of the text read unsure once (a bracketed
    acronym "(IKM)" ending a name, read sure in the cell above), not noise, which copies no word of the page. Kept,
    still marked unsure."""
    core = w.text.strip(".,;:")
    if len(core) < 3 or not any(ch.isalpha() for ch in core) or not any(o.text == w.text for o in sure):
        return False
    mid = (w.top + w.bottom) / 2
    gap = 2 * max(w.size, 4.0)
    return any(o.top < mid < o.bottom and (0 <= w.x0 - o.x1 <= gap or 0 <= o.x0 - w.x1 <= gap) for o in sure)


#: a row key as printed: digits with inner dots ("1.", "1.2.1"), a Roman numeral ("IV."), a letter ("a.")
_KEY = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4}|[A-Za-z])\.?$")


#: a key whose last dot was read as a comma, or as a dot and a comma ("II,", "I.,", "3,")
_COMMA_KEY = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4})\.?,$")


#: a key of digits with a space read after an inner dot ("1. 5. 1")
_SPACED_KEY = re.compile(r"^\d{1,2}(?:\. ?\d{1,2}){1,3}\.?$")


#: a key "1." as Tesseract may read it in a column of digit keys
_ONE_KEYS = frozenset({"l.", "i.", "|."})


def fix_key_marks(table, page_no: int) -> int:
    """Row keys of a key column with their marks misread, put right with a table warning each: a last dot read as a
    comma ("II," -> "II."), spaces read after inner dots ("1. 5. 1" -> "1.5.1"), and a "1." read "l." or "i." in a
column keyed by digits only. Only in a column where two cells
    at least are keys as printed (:data:`_KEY`, ending in a dot): there a key is what is expected, and no key ends
    in a comma. Returns how many were put right."""
    n_cols = max((len(r.cells) for r in table.rows), default=0)
    fixed = 0
    for k in range(n_cols):
        cells = [r.cells[k].strip() for r in table.rows if k < len(r.cells)]
        if sum(bool(_KEY.match(c)) and c.endswith(".") for c in cells) < 2:
            continue
        # a column of digit keys only: an "l." or "i." in it is a "1." (a column keyed by letters keeps its "i.")
        digits_only = all(c[0].isdigit() for c in cells if _KEY.match(c) and c.endswith(".") and c not in _ONE_KEYS)
        for row in table.rows:
            cell = row.cells[k].strip() if k < len(row.cells) else ""
            if m := _COMMA_KEY.match(cell):
                new = m.group(1) + "."
            elif cell in _ONE_KEYS and digits_only:
                new = "1."
            elif " " in cell and _SPACED_KEY.match(cell):
                new = cell.replace(" ", "")
            else:
                continue
            row.cells[k] = new
            table.warnings.append(f"page {page_no}: OCR row key mark fix {cell!r} -> {new!r}")
            fixed += 1
    return fixed
