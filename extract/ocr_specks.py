"""Specks of ink inside a letter's counter on a scanned page: the dot of a monospaced zero ("0" with a dot in it,
which Tesseract reads "6" or "9" in small bold print) and scanner noise in an "o", turned to paper before the page
is read (:func:`without_counter_specks`, called by :func:`~lkjip.extract.ocr_image.clean_page`)."""

from __future__ import annotations

import numpy as np

from lkjip.extract.ocr_pixels import grow, line_segments

#: a speck inside a counter is at most this many pixels across at 300 dpi (the dot of a monospaced zero of 12 pt)
_SPECK_WIDE = 10


#: ... with paper between it and the counter's wall, at most this many pixels (one to a few in 7-12 pt print)
_SPECK_GAP = 8


def _bracketed_runs(ink: np.ndarray) -> np.ndarray:
    """Pixels of ``ink`` in a short horizontal run (:data:`_SPECK_WIDE` at most) with paper and then ink again
    close by on both sides (:data:`_SPECK_GAP`): what a speck inside a letter's counter looks like row by row."""
    h, w = ink.shape
    padded = np.zeros((h, w + 2), dtype=bool)
    padded[:, 1:-1] = ink
    flat = padded.reshape(-1)
    edges = np.flatnonzero(flat[1:] != flat[:-1]) + 1
    starts, ends = edges[::2], edges[1::2]  # flat index of each run's first pixel and one past its last
    out = np.zeros(flat.shape, dtype=np.int8)
    if not len(starts):
        return np.zeros_like(ink)
    row = starts // (w + 2)
    left = np.full(len(starts), _SPECK_GAP + 1)
    right = np.full(len(starts), _SPECK_GAP + 1)
    same = row[1:] == row[:-1]
    gaps = starts[1:] - ends[:-1]
    left[1:] = np.where(same, gaps, left[1:])
    right[:-1] = np.where(same, gaps, right[:-1])
    keep = (ends - starts <= _SPECK_WIDE) & (left <= _SPECK_GAP) & (right <= _SPECK_GAP)
    out[starts[keep]] = 1  # runs never share a pixel: a start is never another run's end
    out[ends[keep]] = -1
    return np.cumsum(out, dtype=np.int8).astype(bool).reshape(h, w + 2)[:, 1:-1]


def _enclosed(ink: np.ndarray, seed: np.ndarray) -> bool:
    """Whether the paper around ``seed`` (a speck's pixels in a small window of ink) is closed in by ink: grown
    through the paper of the window, it never reaches the window's edge."""
    paper = ~ink
    reach = grow(seed, 1) & paper
    while True:
        more = grow(reach, 1) & paper
        if more[0].any() or more[-1].any() or more[:, 0].any() or more[:, -1].any():
            return False
        if np.array_equal(more, reach):
            return True
        reach = more


def counter_specks(binary: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels) of the specks of ink standing alone inside a letter's counter on a binarized page (0 ink):
    the dot of a monospaced zero ("0" with a dot in it, which Tesseract reads "6" or "9" in small bold print) or
    scanner noise in an "o". A speck is a blob a few pixels across (:data:`_SPECK_WIDE`) with paper around it
    that ink closes in on every side within :data:`_SPECK_GAP` pixels (:func:`_bracketed_runs` across rows and
    down columns, then :func:`_enclosed`); a stroke of a letter ("e"'s bar, an "i"'s dot, a period) always
    touches or opens onto the paper outside."""
    ink = binary == 0
    cand = _bracketed_runs(ink) & _bracketed_runs(ink.T).T
    if not cand.any():
        return []
    h, w = ink.shape
    reach = _SPECK_WIDE + 2 * _SPECK_GAP
    out = []
    for x0, y0, x1, y1 in line_segments(cand, True, 1):
        if x1 - x0 > _SPECK_WIDE or y1 - y0 > _SPECK_WIDE:
            continue
        if x0 < 1 or y0 < 1 or x1 >= w or y1 >= h:
            continue
        inner = int(np.count_nonzero(ink[y0:y1, x0:x1]))
        if int(np.count_nonzero(ink[y0 - 1 : y1 + 1, x0 - 1 : x1 + 1])) != inner:
            continue  # ink touches it: part of a stroke, not a blob of its own
        wx0, wy0 = max(x0 - reach, 0), max(y0 - reach, 0)
        window = ink[wy0 : min(y1 + reach, h), wx0 : min(x1 + reach, w)]
        speck = np.zeros_like(window)
        speck[y0 - wy0 : y1 - wy0, x0 - wx0 : x1 - wx0] = window[y0 - wy0 : y1 - wy0, x0 - wx0 : x1 - wx0]
        if _enclosed(window, speck):
            out.append((x0, y0, x1, y1))
    return out


def without_counter_specks(binary: np.ndarray) -> np.ndarray:
    """``binary`` with the specks inside letters' counters (:func:`counter_specks`) turned to paper: a dotted
    zero then reads "0", not "6" or "9"."""
    specks = counter_specks(binary)
    if not specks:
        return binary
    out = binary.copy()
    for x0, y0, x1, y1 in specks:
        out[y0:y1, x0:x1] = 255
    return out
