"""Pixel runs of a binarized page: runs of ink along a row, long runs (ruling lines), their connected segments, a
mask grown by a few pixels. The ground the page cleaning (:mod:`lkjip.extract.ocr_image`) and the glyph checks
(:mod:`lkjip.extract.ocr_specks`) stand on."""

from __future__ import annotations

import numpy as np


def mask_runs(mask_row: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of True runs in a 1-D boolean array (end exclusive)."""
    padded = np.concatenate(([False], mask_row, [False]))
    diff = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(diff[::2].tolist(), diff[1::2].tolist(), strict=True))


#: rows (columns) handled at once when looking for ruling lines: bounds the memory of the cumulative sums
ROW_BAND = 256


def long_runs(dark: np.ndarray, length: int) -> np.ndarray:
    """Pixels of ``dark`` that belong to a horizontal run of at least ``length`` (~90 % dark).

    Only rows with enough dark pixels to hold such a run are looked at, a
    band of rows at a time, so a 300 dpi page needs a few MB, not hundreds.
    """
    h, w = dark.shape
    out = np.zeros((h, w), dtype=bool)
    if w <= length:
        return out
    need = int(0.9 * length)
    rows = np.flatnonzero(np.count_nonzero(dark, axis=1) >= need)
    for start in range(0, len(rows), ROW_BAND):
        idx = rows[start : start + ROW_BAND]
        out[idx] = _cover(dark[idx], length, need)
    return out


def _cover(block: np.ndarray, length: int, need: int) -> np.ndarray:
    """:func:`long_runs` on a few rows: dark pixels covered by a window of ``length`` with ``need`` dark."""
    n, w = block.shape
    cs = np.zeros((n, w + 1), dtype=np.int32)
    np.cumsum(block, axis=1, out=cs[:, 1:])
    window = (cs[:, length:] - cs[:, :-length]) >= need  # the window starting at x qualifies
    wn = window.shape[1]
    cw = np.zeros((n, wn + 1), dtype=np.int32)
    np.cumsum(window, axis=1, out=cw[:, 1:])
    # pixel x is covered if a window starting in [x - length + 1, x] qualifies
    hi = np.empty((n, w), dtype=np.int32)
    hi[:, :wn] = cw[:, 1:]
    hi[:, wn:] = cw[:, wn : wn + 1]
    lo = np.zeros((n, w), dtype=np.int32)
    lo[:, length - 1 :] = cw[:, :wn]
    return (hi > lo) & block


def line_segments(line_mask: np.ndarray, horizontal: bool, min_len: int) -> list[tuple[int, int, int, int]]:
    """Connected line pixels as segments (x0, y0, x1, y1) in pixels.

    Runs of each row (column, for vertical lines) are joined to runs of the
    previous two rows that overlap them (union-find), so a slightly skewed or
    broken line stays one segment. Blobs thicker than 12 px are not lines.
    """
    mask = line_mask if horizontal else line_mask.T
    parent: list[int] = []
    boxes: list[list[int]] = []  # per run: a, b, row, row

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    prev_rows: list[list[int]] = [[], []]  # run ids of rows y-1 and y-2
    for y in np.flatnonzero(mask.any(axis=1)).tolist() if mask.size else []:
        ids = []
        for a, b in mask_runs(mask[y]):
            rid = len(parent)
            parent.append(rid)
            boxes.append([a, b, y, y])
            for other in prev_rows[0] + prev_rows[1]:
                oa, ob, _, oy = boxes[other]
                if y - oy <= 2 and a < ob + 3 and b > oa - 3:
                    ra, rb = find(rid), find(other)
                    if ra != rb:
                        parent[rb] = ra
            ids.append(rid)
        prev_rows = [ids, prev_rows[0]] if prev_rows[0] and boxes[prev_rows[0][0]][2] == y - 1 else [ids, []]
    merged: dict[int, list[int]] = {}
    for rid, (a, b, y0, y1) in enumerate(boxes):
        root = find(rid)
        box = merged.setdefault(root, [a, b, y0, y1])
        box[0], box[1], box[2], box[3] = min(box[0], a), max(box[1], b), min(box[2], y0), max(box[3], y1)
    out = []
    for a, b, r0, r1 in merged.values():
        if b - a < min_len or (r1 - r0 + 1) > 12 + (b - a) * 0.035:  # allow ~2 degrees of skew
            continue
        out.append((a, r0, b, r1 + 1) if horizontal else (r0, a, r1 + 1, b))
    return out


def grow(mask: np.ndarray, by: int = 2) -> np.ndarray:
    """``mask`` grown by ``by`` pixels up, down, left and right."""
    out = mask.copy()
    for d in range(1, by + 1):
        out[d:] |= mask[:-d]
        out[:-d] |= mask[d:]
        out[:, d:] |= mask[:, :-d]
        out[:, :-d] |= mask[:, d:]
    return out
