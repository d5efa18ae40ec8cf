"""A monospaced dotted zero that Tesseract read "6", "9" or "8" on a scanned page (:func:`fix_dotted_zero`, one
of :func:`~lkjip.extract.ocr_glyphs.read_marks`).

Monospaced faces print their zero with a dot (or a short bar) inside it. On a scan the dot often touches the
counter's wall, so it is no free speck :mod:`lkjip.extract.ocr_specks` can take out, and Tesseract reads the ring
with its dot as a "6", a "9" or an "8": "(2920)" for "(2020)", "2028" for "2020", "69,78" for "60,78". Read so, a
header year names no year of the table and a value is wrong by tens.

The outline tells them apart. A zero's sides run straight down its middle on both sides: in every row of its middle
band its ink reaches from its left edge to its right edge. A "6" leaves its upper right open, a "9" its lower left
(each side missing over half the glyph's width); an "8" narrows to a waist between its two loops. So a digit read
"6" or "9" whose two sides both stay at the glyph's edges (:data:`_SIDE`) is a zero, and one read "8" too when its
sides stand straighter still (:data:`_STRAIGHT`, an "8"'s waist is a fifth of its width in from each edge, rarely
less than an eighth on a scan). Blurred enough, a real "6", "9" or "8" fills its counters and stands as straight, so
the zero must also show its dot free inside the ring (:func:`_centre_ink`: a row wall, paper, dot, paper, wall) and
the word its marks in cells of one width (:func:`_monospaced`: proportional faces print no dotted zero); a zero whose
dot ran into its walls stays as read. A digit is only looked at where the word's marks are one per character (mono
print leaves paper between its letters), so each mark is known to be the digit read for it.

Low-resolution print on a shaded band fills a zero's counter at the page's threshold; such a word is looked at again
against its own paper (:func:`half_ink`), only where that shows the page's very marks (:func:`_same_marks`) and with
the stricter measure of straight sides: small serif print breaks apart there and a "9" may close round a speck.
"""

from __future__ import annotations

import re

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import glyph_runs

#: a number a dotted zero may hide in: digits with their separators, brackets and a percent sign, or an amount
#: closed by ",-" ("4.070.069,-" for "4.070.000,-": the dash is a mark of its own, one cell like a digit's)
_NUMBER = re.compile(r"^\(?\d[\d.,]*(,-)?\)?%?$")

#: the digits a dotted zero is read as
_ZERO_READS = "689"

#: a side of a zero stays within this share of the glyph's width from its edge, in every row of the middle band
_SIDE = 0.25

#: ... and, for a digit read "8", within this share, and both sides together within :data:`_BOTH`
_STRAIGHT = 0.08
_BOTH = 0.12

#: the middle band of a glyph: its rows from this share of its height to one minus it
_BAND = 0.2

#: a glyph lower than this many pixels is too coarse to judge
_LEAST_HIGH = 10


def _indents(glyph: np.ndarray) -> tuple[float, float] | None:
    """How far in from the glyph's left and right edges its ink starts at most, over the rows of its middle band
    (shares of its width); None for a glyph too small, or with a row of its band blank."""
    h, w = glyph.shape
    if h < _LEAST_HIGH or w < 4:
        return None
    band = glyph[int(round(_BAND * h)) : int(round((1 - _BAND) * h))]
    if not band.any(axis=1).all():
        return None
    left = int(band.argmax(axis=1).max())
    right = int(band[:, ::-1].argmax(axis=1).max())
    return left / w, right / w


def _runs(row: np.ndarray) -> list[tuple[int, int]]:
    """The runs of ink along one row of a glyph, as (first, last) columns."""
    cols = np.flatnonzero(row)
    if not len(cols):
        return []
    breaks = np.flatnonzero(np.diff(cols) > 1)
    starts = [cols[0], *cols[breaks + 1]]
    ends = [*cols[breaks], cols[-1]]
    return list(zip(starts, ends, strict=True))


def _centre_ink(glyph: np.ndarray) -> bool:
    """A dot free inside the ring: on some row of the glyph's middle third its ink runs wall, paper, dot, paper,
    wall, the dot in the centre third of its width. A "6" or "9" crosses its middle with its bowl's two walls only,
    an "8" with its loops' two walls or its waist's one, so only a zero's dot (or bar) gives three runs."""
    h, w = glyph.shape
    for row in glyph[h // 3 : h - h // 3]:
        runs = _runs(row)
        if len(runs) >= 3 and any(w // 3 <= a and b < w - w // 3 for a, b in runs[1:-1]):
            return True
    return False


def zero_like(glyph: np.ndarray, read: str, strict: bool = False) -> bool:
    """Whether a glyph (ink True) that Tesseract read ``read`` ("6", "9" or "8") is a dotted zero (module doc).
    ``strict``: the glyph was taken at half its paper's contrast (:func:`half_ink`), where a blurred "6" or "9"
    may show a speck in its bowl; whatever it was read, both its sides must stay within :data:`_HALF_STRAIGHT`."""
    sides = _indents(glyph)
    if sides is None or not _centre_ink(glyph):
        return False
    left, right = sides
    if strict:
        return left <= _HALF_STRAIGHT and right <= _HALF_STRAIGHT
    if read == "8":
        return left <= _STRAIGHT and right <= _STRAIGHT and left + right <= _BOTH
    return left <= _SIDE and right <= _SIDE


#: a side of a dotted zero taken at half contrast stays within this share of its width from the edge (an eighth:
#: an "8"'s waist is rarely less on a scan; a zero's sides measure a tenth at most, an "8"'s a sixth or more)
_HALF_STRAIGHT = 0.125


def half_ink(grey: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray | None:
    """The print of ``box`` (pixels) of the grey page, binarized (0 ink) at half way between its paper (the 90th
    percentile of its grey) and its darkest ink: a pixel is ink when it is nearer the ink's grey than the paper's.

    The page is binarized at one threshold, set by its white paper and its ink. Small print scanned at a low
    resolution blurs, and a letter's counter, a pixel or two of paper between strokes, comes out mid grey; on a
    shaded band (paper 195 where the page's paper is 248) such a counter falls under the page's threshold and the
    dotted zero's ring, dot and counter become one blot (a "2019" of a shaded header read "2819", no zero's outline
    left to tell). Taken against its own paper, the counter is paper again and the dot stands free in it. None for
    a box with no contrast in it (no print)."""
    x0, y0, x1, y1 = box
    crop = grey[max(y0, 0) : y1, max(x0, 0) : x1]
    if not crop.size:
        return None
    paper, dark = float(np.percentile(crop, 90)), float(crop.min())
    if paper - dark < _LEAST_CONTRAST:
        return None
    return np.where(crop < (paper + dark) / 2, np.uint8(0), np.uint8(255))


#: a box whose darkest pixel is not this many grey levels under its paper holds no print
_LEAST_CONTRAST = 60


#: a monospaced digit is about this share of its height wide (Liberation Mono, DejaVu Sans Mono: 0.6-0.7)
_DIGIT_WIDE = 0.68


#: two digits run together are parted only where the ink between them is a bridge this thin (share of their height)
_BRIDGE = 0.15


def _parted(binary: np.ndarray, marks: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """``marks`` with each mark as wide as two digits or more cut into as many, each cut at the column of least ink
    round where an even cut would fall: small monospaced print on a scan runs neighbouring digits into each other
    ("69" one mark), each digit still in a cell of the same width, joined by a thin bridge of ink
    (:data:`_BRIDGE`); ``marks`` unchanged where a cut would go through more."""
    out = []
    for x0, y0, x1, y1 in marks:
        n = int(round((x1 - x0) / max(_DIGIT_WIDE * (y1 - y0), 1.0)))
        if n < 2:
            out.append((x0, y0, x1, y1))
            continue
        ink = np.count_nonzero(binary[y0:y1, x0:x1] == 0, axis=0)
        step = (x1 - x0) / n
        cuts = [x0]
        for k in range(1, n):
            lo, hi = int(k * step - step / 4), int(k * step + step / 4) + 1
            cut = lo + int(np.argmin(ink[lo:hi]))
            if ink[cut] > _BRIDGE * (y1 - y0):
                return marks  # not a thin bridge of ink but glyphs run into each other: no telling them apart
            cuts.append(x0 + cut)
        cuts.append(x1)
        out.extend((a, y0, b, y1) for a, b in zip(cuts, cuts[1:], strict=False))
    return out


#: monospaced marks stand in cells of one width: their centres step evenly, within this share of the step
_PITCH = 0.2


def _monospaced(marks: list[tuple[int, int, int, int]]) -> bool:
    """Whether the marks of a word stand one per cell of one width (monospaced print): every step between
    neighbouring centres within :data:`_PITCH` of their mean, "1" as wide a cell as "0" or "."; a word of fewer
    than three marks does not tell."""
    if len(marks) < 3:
        return False
    centres = [(x0 + x1) / 2 for x0, _, x1, _ in marks]
    steps = [b - a for a, b in zip(centres, centres[1:], strict=False)]
    mean = sum(steps) / len(steps)
    return mean > 0 and all(abs(s - mean) <= _PITCH * mean for s in steps)


def _one_cell_each(marks: list[tuple[int, int, int, int]], pitch_px: float) -> bool:
    """Whether a word of one or two marks stands on a monospaced page (``pitch_px``: the page's advance in pixels,
    0 when its print is proportional) with each mark no wider than one advance: a number's last digits wrapped
    to the next line of a narrow column ("6.298.89" over "0") are too few marks to show their cells' width, the
    page's long words show it for them."""
    return 0 < len(marks) < 3 and pitch_px > 0 and all(x1 - x0 <= pitch_px for x0, _, x1, _ in marks)


#: what Tesseract reads one dotted zero as, when it reads it as more than one glyph ("47.315.090" for "47.315.0")
_ZERO_AS_MORE = frozenset({"90", "09", "090", "60", "06", "060"})


def _zero_read_as_more(text: str, marks: list[tuple[int, int, int, int]], binary: np.ndarray) -> str | None:
    """``text`` with the one run of characters that a single mark was read as ("090" for the last mark of
    "47.315.0", :data:`_ZERO_AS_MORE`) put back as the "0" that mark is, or None. The run is placed where every
    other character meets a mark of its kind in order (a separator a low small mark, a digit a tall one), and only
    a placement that alone fits, on a mark with a zero's outline (:func:`zero_like`), is taken."""
    extra = len(text) - len(marks)
    tall = max(y1 - y0 for _, y0, _, y1 in marks)
    small = [y1 - y0 <= 0.5 * tall for _, y0, _, y1 in marks]
    fits = []
    for k in range(len(marks)):
        if text[k : k + extra + 1] not in _ZERO_AS_MORE:
            continue
        put = text[:k] + "0" + text[k + extra + 1 :]
        if all((ch in ".,") == small[i] for i, ch in enumerate(put)):
            fits.append((k, put))
    if len(fits) != 1:
        return None
    k, put = fits[0]
    x0, y0, x1, y1 = marks[k]
    return put if zero_like(binary[y0:y1, x0:x1] == 0, "9") else None


def fix_dotted_zero(w: Word, binary: np.ndarray, px: float, pitch: float = 0.0,
                    grey: np.ndarray | None = None) -> str | None:
    """``w``'s text with the dotted zeros it read as "6", "9" or "8" put back (module doc), or the one it read as
    two or three glyphs (:func:`_zero_read_as_more`), on a binarized page (0 ink) at ``px`` pixels per point; None
    when it is no number, or no digit of it is a zero read so. ``pitch``:
    the page's advance (points) when its print is monospaced
    (:func:`~lkjip.extract.ocr_key_pieces.page_pitch`), which tells for a word of too few marks to tell. ``grey``:
    the page in grey levels; a word whose glyphs show no zero on the binarized page is looked at again taken
    against its own paper (:func:`_half_put_back`: low-resolution print on a shaded band)."""
    if not _NUMBER.match(w.text) or not any(ch in _ZERO_READS for ch in w.text):
        return None
    box = (max(int(w.x0 * px) - 1, 0), max(int(w.top * px) - 1, 0), int(w.x1 * px) + 1, int(w.bottom * px) + 1)
    marks = glyph_runs(binary, box)
    if len(marks) < len(w.text):
        marks = _parted(binary, marks)
    fixed = None
    if _monospaced(marks) or _one_cell_each(marks, pitch * px):  # proportional print has no dotted zero
        if 0 < len(w.text) - len(marks) <= 2:
            fixed = _zero_read_as_more(w.text, marks, binary)
        elif len(marks) == len(w.text):  # else a mark split, or touching marks not parted: not known which is which
            fixed = _put_back(w.text, marks, binary)
    if fixed is None and grey is not None and marks:
        fixed = _half_put_back(w.text, marks, grey, box, pitch * px)
    return fixed


def _put_back(text: str, marks: list[tuple[int, int, int, int]], binary: np.ndarray,
              strict: bool = False) -> str | None:
    """``text`` with each "6", "9" or "8" whose mark (one per character) of ``binary`` is a zero's glyph read as
    "0", or None when none is; ``strict``: as :func:`zero_like`."""
    chars = list(text)
    for k, (x0, y0, x1, y1) in enumerate(marks):
        if chars[k] in _ZERO_READS and zero_like(binary[y0:y1, x0:x1] == 0, chars[k], strict):
            chars[k] = "0"
    fixed = "".join(chars)
    return fixed if fixed != text else None


#: a mark taken at half contrast is the page's same mark when each of its edges lies within this share of the
#: word's height of the page mark's (thinner strokes take a pixel or two off each side, no more)
_SAME_MARK = 0.15


def _half_put_back(text: str, marks: list[tuple[int, int, int, int]], grey: np.ndarray,
                   box: tuple[int, int, int, int], pitch_px: float) -> str | None:
    """:func:`_put_back` on the word's print taken against its own paper (:func:`half_ink`), only where it shows
    the marks of the binarized page (:func:`_same_marks`), one per character and monospaced (``pitch_px``: as
    :func:`_one_cell_each`), and a zero's glyph there is as straight as :func:`zero_like`'s strict measure asks.
    Small proportional serif print breaks apart at half contrast (a "9"'s thin hairline gone, a comma lost): its
    marks are no longer the page's, and it is left as read."""
    ink = half_ink(grey, box)
    if ink is None:
        return None
    half = glyph_runs(ink, (0, 0, ink.shape[1], ink.shape[0]))
    page = [(x0 - box[0], y0 - box[1], x1 - box[0], y1 - box[1]) for x0, y0, x1, y1 in marks]
    if len(half) != len(text) or not _same_marks(page, half):
        return None
    if not _monospaced(half) and not _one_cell_each(half, pitch_px):
        return None
    return _put_back(text, half, ink, strict=True)


def _same_marks(page: list[tuple[int, int, int, int]], half: list[tuple[int, int, int, int]]) -> bool:
    """Whether the marks ``half`` took at half contrast are the marks ``page`` of the binarized page: each page
    mark holds one half mark or more, side by side, spanning it to within :data:`_SAME_MARK` (digits the page's
    threshold ran together with a blurred bridge stand apart at half contrast), and no half mark lies outside."""
    tol = _SAME_MARK * max(y1 - y0 for _, y0, _, y1 in page)
    k = 0
    for x0, y0, x1, y1 in page:
        inside = []
        while k < len(half) and (half[k][0] + half[k][2]) / 2 < x1:
            inside.append(half[k])
            k += 1
        if not inside or any(hx0 < x0 - tol or hx1 > x1 + tol for hx0, _, hx1, _ in inside):
            return False
        top, bottom = min(m[1] for m in inside), max(m[3] for m in inside)
        edges = (inside[0][0], top, inside[-1][2], bottom)
        if any(abs(a - b) > tol for a, b in zip(edges, (x0, y0, x1, y1), strict=True)):
            return False
    return k == len(half)
