"""Marks of a number told by their shape in the image, where Tesseract's letters and the print disagree.

Tesseract reads a word as a whole and, in small print, guesses at two marks that the image tells plainly:

- a "%" after a number ("100%" read "1004", "10044", "100Y46", "1090"): its glyph has two small counters, one up
  on the left and one down on the right (:func:`percent_glyph`), which no digit has (an "8" has its two one above
  the other);
- a decimal comma read as a period ("92.15" for "92,15", "24.311.892.-" for "24.311.892,-"): a comma's tail
  hangs below the digits' baseline, a period sits on it (:func:`separator_kind`);
- a monospaced dotted zero read "6", "9" or "8" ("2920" for "2020"): its sides run straight down both edges
  (:mod:`lkjip.extract.ocr_dotted_zero`).

A mark is changed only where its glyph says so beyond doubt, and every change is returned so the caller can name
it in a warning; a glyph that does not tell leaves the word as read (never a guess).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_dotted_zero import fix_dotted_zero
from lkjip.extract.ocr_image import DPI, glyph_runs, grow
from lkjip.extract.ocr_key_pieces import page_pitch

# --------------------------------------------------------------------------- counters of a glyph


def counters(ink: np.ndarray) -> list[tuple[float, float, int, int, int, int]]:
    """The counters of a glyph (``ink``: its pixels, True for ink): the pieces of paper ink closes in, as
    (centre x, centre y, x0, y0, x1, y1) in pixels of ``ink``, top to bottom. Paper is grown in from the
    glyph's edge (a pixel of margin all round); what it never reaches is a counter."""
    h, w = ink.shape
    padded = np.zeros((h + 2, w + 2), dtype=bool)
    padded[1:-1, 1:-1] = ink
    paper = ~padded
    outside = np.zeros_like(paper)
    outside[0, :] = outside[-1, :] = outside[:, 0] = outside[:, -1] = True
    while True:
        more = grow(outside, 1) & paper
        if np.array_equal(more, outside):
            break
        outside = more
    closed = paper & ~outside
    out = []
    while closed.any():
        ys, xs = np.nonzero(closed)
        piece = np.zeros_like(closed)
        piece[ys[0], xs[0]] = True
        while True:
            more = grow(piece, 1) & closed
            if np.array_equal(more, piece):
                break
            piece = more
        closed &= ~piece
        ys, xs = np.nonzero(piece)
        out.append((float(xs.mean()) - 1, float(ys.mean()) - 1, int(xs.min()) - 1, int(ys.min()) - 1,
                    int(xs.max()), int(ys.max())))  # fmt: skip
    return sorted(out, key=lambda c: c[1])


#: a counter smaller than this many pixels is noise inside a stroke, not a counter
_LEAST_COUNTER = 2


def percent_glyph(ink: np.ndarray, cut_left: bool = False) -> bool:
    """Whether a glyph (``ink``, cut to its box) is a "%": a counter in its upper half on the left and one in its
    lower half on the right, the two set apart sideways by a quarter of its width at least and each narrower than
    half of it. A digit never has that: "0", "4", "6", "9" have one counter, "8" has two one above the other.
    ``cut_left``: the box's left edge was cut through the glyph before it, and paper the cut closes in there (a
    sliver of that glyph's bowl) is no counter of this one."""
    h, w = ink.shape
    if h < 10 or w < 5:
        return False
    found = [c for c in counters(ink) if (c[4] - c[2]) * (c[5] - c[3]) >= _LEAST_COUNTER
             and not (cut_left and c[2] <= 2)]
    if len(found) < 2:
        return False
    top, bottom = found[0], found[-1]
    return (
        top[1] < 0.45 * h
        and bottom[1] > 0.55 * h
        and bottom[0] - top[0] >= 0.25 * w
        and max(top[4] - top[2], bottom[4] - bottom[2]) <= 0.5 * w
        and max(top[5] - top[3], bottom[5] - bottom[3]) <= 0.45 * h
    )


# --------------------------------------------------------------------------- the marks of a word


def _marks(binary: np.ndarray, w: Word, px: float) -> list[tuple[int, int, int, int]]:
    """The marks of ``w`` left to right (pixels of the page), specks of a pixel or two left out."""
    box = (int(w.x0 * px) - 2, int(w.top * px) - 3, int(w.x1 * px) + 3, int(w.bottom * px) + 4)
    return [r for r in glyph_runs(binary, box) if (r[2] - r[0]) * (r[3] - r[1]) > 4]


def _digit_line(marks: list[tuple[int, int, int, int]]) -> tuple[float, float] | None:
    """The top and the baseline of a word's digits: the median top and bottom of its tall marks (None when it has
    fewer than two)."""
    tall = [m for m in marks if m[3] - m[1] >= 0.7 * max(r[3] - r[1] for r in marks)]
    if len(tall) < 2:
        return None
    return float(np.median([m[1] for m in tall])), float(np.median([m[3] for m in tall]))


def _is_low(m: tuple[int, int, int, int], line: tuple[float, float]) -> bool:
    """Whether a mark is a separator's: small, its top in the lowest third of the digits' height."""
    top, base = line
    high = base - top
    return m[1] >= top + 0.6 * high and (m[2] - m[0]) <= 0.5 * high


def separator_kind(m: tuple[int, int, int, int], line: tuple[float, float]) -> str | None:
    """"," or "." for a separator's mark by its shape against the digits' line (top, baseline), None when it does not
    tell: a comma's tail hangs below the baseline (a twelfth of the digits' height at least, 1.5 pixels at least)
    and it is taller than wide; a period sits on the baseline and is about as tall as wide."""
    top, base = line
    high = base - top
    wide, tall = m[2] - m[0], m[3] - m[1]
    if m[3] >= base + max(1.5, high / 12) and tall >= 1.4 * wide:
        return ","
    if m[3] <= base + 1 and tall <= wide + 1:
        return "."
    return None


#: a number with separators as read (digits, "." and ",", a "-" or "%" at the end)
_SEPARATED = re.compile(r"^\(?\d[\d.,]*\d(,-|\.-|%)?\)?$|^\(?\d[\d.,]*[.,]-\)?$")


def fix_separators(w: Word, binary: np.ndarray, px: float) -> str | None:
    """``w``'s text with each "." or "," the image shows as the other put right, or None when nothing changes or
    the marks do not match the separators read one for one."""
    if not _SEPARATED.match(w.text):
        return None
    seps = [k for k, ch in enumerate(w.text) if ch in ".,"]
    if not seps:
        return None
    marks = _marks(binary, w, px)
    if len(marks) < 3:
        return None
    line = _digit_line(marks)
    if line is None:
        return None
    low = [m for m in marks if _is_low(m, line)]
    if len(low) != len(seps):
        return None
    text = list(w.text)
    for k, m in zip(seps, low, strict=True):
        kind = separator_kind(m, line)
        if kind is not None:
            text[k] = kind
    fixed = "".join(text)
    return fixed if fixed != w.text else None


#: a number read with something other than a "%" after its digits, where a "%" may stand ("1004", "100Y46", "97,7x")
_PERCENT_TAIL = re.compile(r"^(\d{1,3}(?:[.,]\d{1,2})?)(\S{1,3})$")


#: a digit's glyph is at most this many times as wide as it is high (two that touch are wider)
_DIGIT_WIDE = 0.95


#: a "%" is at most this many times as wide as it is high (1.15 in sans print; a "%" and a digit touching are wider)
_PERCENT_WIDE = 1.25


def _cells(m: tuple[int, int, int, int], pitch_px: float) -> int:
    """How many characters a mark of monospaced print spans (``pitch_px``: the page's advance in pixels): its width
    in advances, one at least (a separator is narrower than one, two digits that touch are about two wide)."""
    return max(1, round((m[2] - m[0]) / pitch_px))


def _mono_percent(marks: list[tuple[int, int, int, int]], pitch_px: float) -> tuple[int, tuple[int, int, int, int]] | None:
    """On a monospaced page: the characters before a "%" and the "%"'s box, the marks counted by their width in
    advances (:func:`_cells`), or None. A "%" is wider than a digit's ink and may touch the digit before it (a last
    mark two advances wide: the "%" is its right advance and a little more, its rings closed there)."""
    last = marks[-1]
    head = sum(_cells(m, pitch_px) for m in marks[:-1])
    cells = _cells(last, pitch_px)
    if cells == 1:
        return head, last
    if cells == 2:
        return head + 1, (last[2] - round(1.1 * pitch_px), last[1], last[2], last[3])
    return None


def fix_percent(w: Word, binary: np.ndarray, px: float, pitch: float = 0.0) -> str | None:
    """``w``'s text with a "%" where its last glyph is one (:func:`percent_glyph`) but was read as something else
    ("1004", "10044", "100Y46" for "100%"), or None. The glyphs before the last must be as many as the characters
    kept (a mark per digit or separator), and a tail read as two digits or more is taken only when its glyph is
    too narrow for two digits (two digits that touch, "96", may look like a "%"). ``pitch``: the page's advance
    (points) when it is monospaced, else 0; there the marks are counted by their width in advances
    (:func:`_mono_percent`), which two touching glyphs do not defeat ("97.3%" with "97" one mark, read "97.34")."""
    if w.text.endswith("%") or not _PERCENT_TAIL.match(w.text.strip("()")):
        return None
    marks = _marks(binary, w, px)
    if len(marks) < 2 and not (pitch and marks):
        return None
    mono = _mono_percent(marks, pitch * px) if pitch else None
    if pitch and mono is None:
        return None
    x0, y0, x1, y1 = marks[-1] if mono is None else mono[1]
    ink = binary[y0:y1, x0:x1] == 0
    if not percent_glyph(ink, cut_left=mono is not None and mono[1] != marks[-1]):
        return None
    text = w.text.strip("()")
    head = len(marks) - 1 if mono is None else mono[0]
    if head >= len(text):
        return None
    kept, tail = text[:head], text[head:]
    if not re.fullmatch(r"\d{1,3}(?:[.,]\d{1,2})?", kept):
        return None
    high = y1 - y0
    if x1 - x0 > _PERCENT_WIDE * high:
        return None  # a "%" touching the digit before it ("0%" one mark): the marks do not count the characters
    digits = [m for m in marks[:-1] if m[3] - m[1] >= 0.7 * high]
    if mono is None and any(m[2] - m[0] > _DIGIT_WIDE * high for m in digits):
        return None  # two digits that touch make one mark: the marks do not count the characters
    if tail.isdigit() and len(tail) >= 2:
        widths = sorted(m[2] - m[0] for m in digits)
        if not widths or (x1 - x0) >= 1.75 * widths[len(widths) // 2]:
            return None
    return w.text.replace(text, kept + "%")


#: digits and how many counters each closes in print ("4" left out: open in some faces, closed in others)
_DIGIT_COUNTERS = {"0": 1, "1": 0, "2": 0, "3": 0, "5": 0, "6": 1, "7": 0, "8": 2, "9": 1}


def fix_touching_percent(w: Word, binary: np.ndarray, px: float) -> str | None:
    """``w``'s text with a "%" where the image shows one touching the digits before it ("100%" as one or two marks in
    small sans print, read "1004", "10046", "1009"), or None. :func:`fix_percent` counts marks, which touching glyphs
    defeat; here the word's counters tell: the digits kept close in as many tall counters as they have
    (:data:`_DIGIT_COUNTERS`: two for "100"), and right of them stand two small ones, the upper on the left and the
    lower on the right, a "%" and no digit (an "8" sets its two one above the other)."""
    m = _PERCENT_TAIL.match(w.text.strip("()"))
    if w.text.endswith("%") or not m:
        return None
    kept = m.group(1)
    if any(ch not in _DIGIT_COUNTERS for ch in kept if ch.isdigit()):
        return None
    marks = _marks(binary, w, px)
    if not marks:
        return None
    x0, y0 = min(r[0] for r in marks), min(r[1] for r in marks)
    x1, y1 = max(r[2] for r in marks), max(r[3] for r in marks)
    high = y1 - y0
    if high < 10:
        return None
    found = [c for c in counters(binary[y0:y1, x0:x1] == 0) if (c[4] - c[2]) * (c[5] - c[3]) >= _LEAST_COUNTER]
    small = [c for c in found if c[5] - c[3] <= 0.45 * high]
    tall = [c for c in found if c[5] - c[3] > 0.45 * high]
    if len(small) != 2 or len(tall) != sum(_DIGIT_COUNTERS[ch] for ch in kept if ch.isdigit()):
        return None
    top, bottom = sorted(small, key=lambda c: c[1])
    if not (top[1] < 0.45 * high < 0.55 * high < bottom[1] and bottom[0] - top[0] >= 0.2 * high):
        return None
    if tall and min(top[0], bottom[0]) <= max(c[0] for c in tall):
        return None  # the small counters stand among the digits, not after them
    return w.text.replace(m.group(0), kept + "%")


def fix_lone_percent(w: Word, binary: np.ndarray, px: float) -> str | None:
    """"%" for a word of one digit whose ink is one glyph with a "%"'s counters (:func:`percent_glyph`), or None.

    A header's "%" printed alone in its column is read now and then as a lone digit ("1" at 29 for the bold
    monospaced "%" over a budget table's percentages): the column lost its name and every percentage under it went
    with it. A digit never closes two counters side by side (an "8" sets its two one above the other, a "1" has
    none), so the glyph tells; a word of two characters or more is left to :func:`fix_percent`."""
    if len(w.text) != 1 or not w.text.isdigit():
        return None
    marks = _marks(binary, w, px)
    if len(marks) != 1:
        return None
    x0, y0, x1, y1 = marks[0]
    return "%" if percent_glyph(binary[y0:y1, x0:x1] == 0) else None


def read_marks(words: list[Word], binary: np.ndarray, dpi: int = DPI, page: Sequence[Word] | None = None,
               paper: tuple[np.ndarray, int] | None = None, pitch: float | None = None) -> list[tuple[str, str]]:
    """Put right the marks of number words their glyphs show were misread: a "%" read as digits or letters
    (:func:`fix_percent`) or as a lone digit (:func:`fix_lone_percent`), a decimal comma read as a period or a period
    as a comma (:func:`fix_separators`) and a monospaced dotted zero read as "6", "9" or "8" (:func:`~lkjip.extract.ocr_dotted_zero.fix_dotted_zero`).
    Returns each change as (before, after), for the page's warnings; a changed word is marked unsure of its digits
    no further (its digits are as read). ``page``: the page's words, when ``words`` are only some of them, to
    measure its advance on (a monospaced page's dotted zeros are told in words of one or two marks too). ``paper``:
    the page in grey levels and its threshold (:func:`~lkjip.extract.ocr_image.clean_page_paper`), a zero's glyph
    looked at against its own paper too (:func:`~lkjip.extract.ocr_dotted_zero.half_ink`). ``pitch``: the page's
    advance when already measured (:func:`~lkjip.extract.ocr_key_pieces.page_pitch`; then ``page`` is not needed)."""
    px = dpi / 72.0
    pitch = page_pitch(words if page is None else page) if pitch is None else pitch
    grey = paper[0] if paper is not None else None
    zero, percent = partial(fix_dotted_zero, pitch=pitch, grey=grey), partial(fix_percent, pitch=pitch)
    out = []
    for w in words:
        if not any(ch.isdigit() for ch in w.text):
            continue
        for fix in (fix_lone_percent, percent, fix_touching_percent, fix_separators, zero):
            fixed = fix(w, binary, px)
            if fixed is not None:
                out.append((w.text, fixed))
                w.text = fixed
    return out
