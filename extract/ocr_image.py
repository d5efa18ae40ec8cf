"""A scanned page as an image, made ready for Tesseract: rendered, its rulings found and erased, binarized.

Ruling lines are long runs of dark, unsaturated pixels (coloured stamps are
ignored), looked for a band of rows at a time (:func:`image_rules`); they
become rulings in PDF points and are erased so Tesseract does not read borders
as ``|`` or ``1``; the page is binarized once (Otsu, :func:`clean_page`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from lkjip.extract.layout.geometry import Ruling

if TYPE_CHECKING:
    import pypdfium2 as pdfium
    from PIL import Image

#: pages are rendered at this resolution: Tesseract's sweet spot for 10–12 pt print
DPI = 300


def _runs(mask_row: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of True runs in a 1-D boolean array (end exclusive)."""
    padded = np.concatenate(([False], mask_row, [False]))
    diff = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(diff[::2].tolist(), diff[1::2].tolist(), strict=True))


#: rows (columns) handled at once when looking for ruling lines: bounds the memory of the cumulative sums
_BAND = 256


def _long_runs(dark: np.ndarray, length: int) -> np.ndarray:
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
    for start in range(0, len(rows), _BAND):
        idx = rows[start : start + _BAND]
        out[idx] = _cover(dark[idx], length, need)
    return out


def _cover(block: np.ndarray, length: int, need: int) -> np.ndarray:
    """:func:`_long_runs` on a few rows: dark pixels covered by a window of ``length`` with ``need`` dark."""
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


def _segments(line_mask: np.ndarray, horizontal: bool, min_len: int) -> list[tuple[int, int, int, int]]:
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
        for a, b in _runs(mask[y]):
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


def otsu_threshold(gray: np.ndarray) -> int:
    """The grey level that best splits ink from paper (Otsu's method)."""
    hist = np.zeros(256, dtype=np.float64)
    flat = gray.reshape(-1)
    for start in range(0, flat.size, 1 << 20):  # bincount widens to int64: a band at a time
        hist += np.bincount(flat[start : start + (1 << 20)], minlength=256)
    total = hist.sum()
    if not total:
        return 128
    levels = np.arange(256)
    w0 = np.cumsum(hist)
    w1 = total - w0
    m0 = np.cumsum(hist * levels)
    mean_all = m0[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_all * w0 / total - m0) ** 2 / (w0 * w1 / total)
    between[~np.isfinite(between)] = 0
    return int(np.argmax(between)) + 1


def dark_mask(img: Image.Image) -> np.ndarray:
    """Dark, unsaturated pixels (ink of text and rules; coloured stamps are not), a band of rows at a time."""
    if img.mode == "L":
        return np.asarray(img) < 150
    if img.mode != "RGB":
        img = img.convert("RGB")
    dark = np.empty((img.height, img.width), dtype=bool)
    for y in range(0, img.height, _BAND):
        rgb = np.asarray(img.crop((0, y, img.width, min(y + _BAND, img.height))))
        r, g, b = rgb[:, :, 0], rgb[:, :, 1], rgb[:, :, 2]
        saturation = np.maximum(np.maximum(r, g), b) - np.minimum(np.minimum(r, g), b)
        total = r.astype(np.int16) + g + b
        dark[y : y + _BAND] = (total < 3 * 150) & (saturation < 70)
    return dark


def grow(mask: np.ndarray, by: int = 2) -> np.ndarray:
    """``mask`` grown by ``by`` pixels up, down, left and right."""
    out = mask.copy()
    for d in range(1, by + 1):
        out[d:] |= mask[:-d]
        out[:-d] |= mask[d:]
        out[:, d:] |= mask[:, :-d]
        out[:, :-d] |= mask[:, d:]
    return out


def image_rules(img: Image.Image, dpi: int = DPI) -> tuple[list[Ruling], np.ndarray]:
    """Ruling lines of a rendered page (in points) and the mask of their pixels."""
    dark = dark_mask(img)
    length = max(20, int(dpi * 0.3))  # 0.3 inch: longer than any stroke of 10-14 pt text
    hmask = _long_runs(dark, length)
    vmask = _long_runs(dark.T, length).T
    del dark
    scale = 72.0 / dpi
    rules: list[Ruling] = []
    for x0, y0, x1, y1 in _segments(hmask, True, length):
        rules.append(Ruling(x0 * scale, y0 * scale, x1 * scale, y1 * scale))
    for x0, y0, x1, y1 in _segments(vmask, False, length):
        rules.append(Ruling(x0 * scale, y0 * scale, x1 * scale, y1 * scale))
    hmask |= vmask
    return rules, grow(hmask)  # grown by 2 px so anti-aliased edges go too


def clean_page(img: Image.Image, dpi: int = DPI) -> tuple[list[Ruling], np.ndarray]:
    """The page's ruling lines and the page binarized (0 ink, 255 paper) with the lines erased.

    Binarized once for the whole page (Otsu), as Tesseract would: blanked-out
    areas and cell crops then keep the page's threshold instead of one that
    turns scanner noise into letters.
    """
    rules, mask = image_rules(img, dpi)
    gray = np.array(img.convert("L"))
    gray[mask] = 255
    del mask
    return rules, np.where(gray < otsu_threshold(gray), np.uint8(0), np.uint8(255))


def render_page(page: pdfium.PdfPage, dpi: int = DPI) -> Image.Image:
    return page.render(scale=dpi / 72.0).to_pil()
