"""A scanned page as an image, made ready for Tesseract: rendered, its rulings found and erased, binarized.

Ruling lines are long runs of dark, unsaturated pixels (coloured stamps are
ignored), looked for a band of rows at a time (:func:`image_rules`); they
become rulings in PDF points and are erased so Tesseract does not read borders
as ``|`` or ``1``; the page is binarized once (Otsu, :func:`clean_page`).

Scans bend that picture in two ways, both put right here: a page fed in at a
slight angle (a thin line then steps one pixel every few dozen, and a line
1 px thick broke into short pieces no cell could be built from) is turned
straight first, by the row profile of its ink (:func:`deskewed`); and a
thin line the scanner printed grey (130–190 where text is black) is followed
through its light stretches from its dark ones (:func:`image_rules`, the
``faint`` level). Rows of a ruled table that the printer separated by white
space only, not by a line (one sasaran cell beside four indicators), get the
line they lack (:func:`blank_row_rules`). A vertical bar too short for a line on its own (the border between
the sub-header cells of a spanning header in small print) counts when it runs from one horizontal ruling to the
next (:func:`short_bars`). A grey band behind a row (a shaded header) is no line to erase: its grey is
erased and the text printed on it stays (:func:`shaded_bands`); specks inside letters' counters (the dot of a
monospaced zero) are turned to paper (:mod:`lkjip.extract.ocr_specks`). Pixel runs and segments are
:mod:`lkjip.extract.ocr_pixels`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from lkjip.extract.layout.geometry import Ruling, Word
from lkjip.extract.ocr_blank_rows import blank_row_rules as blank_row_rules  # re-exported
from lkjip.extract.ocr_pixels import ROW_BAND, grow, line_segments, long_runs, mask_runs
from lkjip.extract.ocr_specks import without_counter_specks

if TYPE_CHECKING:
    import pypdfium2 as pdfium
    from PIL import Image

#: pages are rendered at this resolution: Tesseract's sweet spot for 10–12 pt print
DPI = 300


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


#: grey level under which a pixel is ink
DARK = 150


#: grey level under which a pixel may be part of a faint ruling line (followed only from its dark pieces)
FAINT = 200


def dark_mask(img: Image.Image, level: int = DARK) -> np.ndarray:
    """Dark, unsaturated pixels (ink of text and rules; coloured stamps are not), a band of rows at a time."""
    if img.mode == "L":
        return np.asarray(img) < level
    if img.mode != "RGB":
        img = img.convert("RGB")
    dark = np.empty((img.height, img.width), dtype=bool)
    for y in range(0, img.height, ROW_BAND):
        rgb = np.asarray(img.crop((0, y, img.width, min(y + ROW_BAND, img.height))))
        r, g, b = rgb[:, :, 0], rgb[:, :, 1], rgb[:, :, 2]
        saturation = np.maximum(np.maximum(r, g), b) - np.minimum(np.minimum(r, g), b)
        total = r.astype(np.int16) + g + b
        dark[y : y + ROW_BAND] = (total < 3 * level) & (saturation < 70)
    return dark


def _line_mask(dark: np.ndarray, faint: np.ndarray, length: int, runs: np.ndarray | None = None) -> np.ndarray:
    """Pixels of horizontal lines: long runs of ``faint`` pixels (``runs``, when already found) kept where their
    segment holds a long run of ``dark`` ones, so a grey stretch of a real line counts and grey shading or a
    scanner's shadow alone does not."""
    seeds = long_runs(dark, length)
    runs = long_runs(faint, length) if runs is None else runs
    other = dark & ~runs  # ink that is no long run: a second line of a double rule is not text beside it
    out = np.zeros_like(runs)
    for x0, y0, x1, y1 in line_segments(runs, True, length):
        if seeds[y0:y1, x0:x1].any() and not _through_text(other, x0, y0, x1, y1):
            out[y0:y1, x0:x1] |= runs[y0:y1, x0:x1]
    return out


#: a run is text, not a line, when this share of its length has ink a few pixels above it or below it
_CROSSED = 0.3


def _through_text(ink: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> bool:
    """A horizontal run along a line of bold print (the feet of "REALISASI" in a wide bold face make one
    long dark row): the letters go on a few pixels above it (or below), where a ruling line has paper.
    Erased as a line, it cut the word ("REAI TCACT"). The letters grow out of the run, so only ink that also
    touches it counts: a ruling with a row of bold print just under it, parted from it by a thin strip of paper
    (a sub-header's rule over its years in monospaced bold, "2021 2022 … 2026" filling their cells), is a ruling."""
    above = ink[max(y0 - 8, 0) : max(y0 - 3, 0), x0:x1].any(axis=0) & ink[max(y0 - 2, 0) : y0, x0:x1].any(axis=0)
    below = ink[y1 + 3 : y1 + 8, x0:x1].any(axis=0) & ink[y1 : y1 + 2, x0:x1].any(axis=0)
    return any(side.size and float(side.mean()) >= _CROSSED for side in (above, below))


def _line_masks(img: Image.Image, dpi: int) -> tuple[np.ndarray, np.ndarray, int]:
    """The horizontal and the vertical line pixels of a page, and the least length of a line (pixels)."""
    hmask, vmask, length, _, _ = _page_masks(img, dpi)
    return hmask, vmask, length


#: a horizontal "line" thicker than this (pixels at 300 dpi, 4.8 pt) is a shaded band (a header row filled grey,
#: a banded row), not a ruling: a rule of 2 pt, skewed a little, stays well under it
_SHADE_THICK = 20


#: ... and at most this thick (pixels at 300 dpi, 1.2 inch: a header of four lines of 12 pt): a page scanned grey
#: all over, or a scanner's shadow down its edge, is no band (nor is a shadow along its top or bottom edge)
_SHADE_HIGH = 360


def _page_masks(img: Image.Image, dpi: int) -> tuple[np.ndarray, np.ndarray, int, list[tuple[int, int, int, int]], np.ndarray]:
    """:func:`_line_masks`, the shaded bands (boxes in pixels, :func:`shaded_bands`; taken out of the horizontal
    lines) and their grey (the pixels of the bands that are no text printed on them)."""
    dark, faint = dark_mask(img), dark_mask(img, FAINT)
    length = max(20, int(dpi * 0.3))  # 0.3 inch: longer than any stroke of 10-14 pt text
    runs = long_runs(faint, length)
    bands = shaded_bands(runs, length)
    grey = np.zeros_like(runs)
    for x0, y0, x1, y1 in bands:
        grey[y0:y1, x0:x1] = runs[y0:y1, x0:x1] & ~dark[y0:y1, x0:x1]
    light_runs = long_runs(dark_mask(img, LIGHT_SHADE), length)
    for x0, y0, x1, y1 in light_bands(light_runs, length, bands, np.asarray(img.convert("L"))):
        grey[y0:y1, x0:x1] = light_runs[y0:y1, x0:x1] & ~dark[y0:y1, x0:x1]
        bands.append((x0, y0, x1, y1))
    del light_runs
    hmask = _line_mask(dark, faint, length, runs)
    del runs
    for x0, y0, x1, y1 in bands:
        hmask[y0:y1, x0:x1] = False
    vmask = _line_mask(dark.T, faint.T, length).T
    vmask |= short_bars(dark, hmask, vmask, _short_bar(dpi))
    return hmask, vmask, length, bands, grey


def shaded_bands(runs: np.ndarray, length: int) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels) of the pieces of ``runs`` (long runs of grey or darker pixels) thicker than a ruling
    (:data:`_SHADE_THICK`): grey shading behind a row of a table, every row of its pixels one long grey run
    through the text printed on it. Left grey, binarizing turned the band and its text into one black bar; erased
    as a line, the text went with it (a shaded header band read as nothing at all)."""
    h = runs.shape[0]
    return [s for s in _segments_any(runs, length) if _SHADE_THICK < s[3] - s[1] <= _SHADE_HIGH and s[1] > 0 and s[3] < h]


#: grey level under which a pixel may be part of a light shaded band (:func:`light_bands`): lighter than a faint
#: ruling's grey, darker than the lighter grey a scanner gives a table's shaded body
LIGHT_SHADE = 215


def light_bands(light_runs: np.ndarray, length: int, bands: list[tuple[int, int, int, int]],
                gray: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Shaded bands (:func:`shaded_bands`) of a lighter grey than :data:`FAINT` (``light_runs``: long runs of
    pixels under :data:`LIGHT_SHADE`), where no band of the :data:`FAINT` grey lies (``bands``). A header band
    the scanner printed a little lighter (grey 201 where another scan gives 195) was no band: left in the page,
    a landscape table's shaded body lifted the page's Otsu threshold above the band's grey, and binarizing
    turned the band and its text into one black bar (the whole header of a Renstra table read as nothing).

    A band is grey with some print on it: its median grey (``gray``) is no darker than :data:`_BAND_GREY`. A line
    of dense print (bold figures) whose anti-aliased letters touch at this lighter level is mostly ink, no band
    (taken for one, it was erased as grey and laid out as a ruling that parted its table's rows)."""
    return [b for b in shaded_bands(light_runs, length)
            if not any(_overlaps(b, o) for o in bands) and np.median(gray[b[1] : b[3], b[0] : b[2]]) >= _BAND_GREY]


#: the least median grey level of a light shaded band (:func:`light_bands`): a band is grey, not ink
_BAND_GREY = 180


def _overlaps(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _segments_any(mask: np.ndarray, length: int) -> list[tuple[int, int, int, int]]:
    """The connected pieces of ``mask`` as boxes (pixels), however thick (:func:`line_segments` leaves out the thick)."""
    rows = np.flatnonzero(mask.any(axis=1))
    out = []
    for a, b in mask_runs(np.isin(np.arange(mask.shape[0]), rows)):
        cols = np.flatnonzero(mask[a:b].any(axis=0))
        for c0, c1 in mask_runs(np.isin(np.arange(mask.shape[1]), cols)):
            if c1 - c0 >= length:
                out.append((c0, a, c1, b))
    return out


#: the least height of a short vertical ruling between two horizontal ones (inches): a sub-header cell of 7 pt print
_SHORT_BAR = 0.06


def _short_bar(dpi: int) -> int:
    return max(8, int(dpi * _SHORT_BAR))


#: a short bar is at most this many pixels wide (a ruling 1-2 pt thick at 300 dpi, not a letter's stem of bold print)
_BAR_WIDTH = 7


def short_bars(dark: np.ndarray, hmask: np.ndarray, vmask: np.ndarray, least: int) -> np.ndarray:
    """Pixels of vertical rulings too short for a line on their own (0.3 inch), found where a thin run of ink
    goes from one horizontal ruling down to the next: the borders between the sub-header cells of a spanning
    header ("ANGGARAN" over "ANGGARAN | REALISASI | %") in small print. Left in the image, Tesseract read them
    as "|" glued to a word ("|(REALIS") and a "%" beside one as "js"; as rulings they also part the cells.

    A letter's stem never runs from one ruling to the next touching both, so only such runs count.
    """
    out = np.zeros_like(vmask)
    if not hmask.any():
        return out
    cand = long_runs(dark.T, least).T & ~grow(vmask, 3)
    cols = np.flatnonzero(cand.any(axis=0))
    if not len(cols):
        return out
    h = dark.shape[0]
    for x0, y0, x1, y1 in line_segments(cand, False, least):
        if x1 - x0 > _BAR_WIDTH:
            continue
        lo, hi = max(x0 - 1, 0), x1 + 1
        top = hmask[max(y0 - 2, 0) : min(y0 + 3, h), lo:hi].any()
        bottom = hmask[max(y1 - 3, 0) : min(y1 + 2, h), lo:hi].any()
        if top and bottom:
            out[y0:y1, x0:x1] |= cand[y0:y1, x0:x1]
    return out


def image_rules(img: Image.Image, dpi: int = DPI) -> tuple[list[Ruling], np.ndarray]:
    """Ruling lines of a rendered page (in points) and the mask of their pixels. A shaded band is a ruling as
    thick as the band (what a wide band has always been for the layout; given as a shaded cell's box,
    ``Ruling.shade``, a scanned Renstra table under a shaded header was no longer told: 80.2 -> 68.3 % F1 on the
    shaded scan draw), but only its grey is in the mask, not the text printed on it."""
    hmask, vmask, length, bands, grey = _page_masks(img, dpi)
    rules, mask = _rules_of(hmask, vmask, length, dpi)
    scale = 72.0 / dpi
    for x0, y0, x1, y1 in bands:
        rules.append(Ruling(x0 * scale, y0 * scale, x1 * scale, y1 * scale, ))
    mask |= grey
    return rules, mask


def _rules_of(hmask: np.ndarray, vmask: np.ndarray, length: int, dpi: int) -> tuple[list[Ruling], np.ndarray]:
    scale = 72.0 / dpi
    rules: list[Ruling] = []
    for x0, y0, x1, y1 in line_segments(hmask, True, length):
        rules.append(Ruling(x0 * scale, y0 * scale, x1 * scale, y1 * scale))
    # every piece of ``vmask`` is a run of ``length`` or a short bar between two rulings (:func:`short_bars`)
    for x0, y0, x1, y1 in line_segments(vmask, False, min(length, _short_bar(dpi))):
        rules.append(Ruling(x0 * scale, y0 * scale, x1 * scale, y1 * scale))
    hmask |= vmask
    return rules, grow(hmask)  # grown by 2 px so anti-aliased edges go too


#: a page turned less than this (degrees) is left as it is: its lines stay within the tolerance of the grid
_LEAST_SKEW = 0.1


#: nor is one turned more than this: a steeper "slope" is a drawing, not a page fed in askew
_MOST_SKEW = 3.0


#: the steps (degrees) of :func:`profile_angle`'s coarse and fine search; at most this many ink pixels counted
_COARSE_STEP, _FINE_STEP, _PROFILE_PIXELS = 0.1, 0.02, 200_000


def _profile_score(ys: np.ndarray, xs: np.ndarray, angle: float) -> float:
    rows = np.round(ys - xs * np.tan(np.radians(angle))).astype(np.int64)
    counts = np.bincount(rows - rows.min()).astype(np.float64)
    return float((counts * counts).sum())


def profile_angle(ink: np.ndarray, most: float = _MOST_SKEW) -> float:
    """How far a page is turned (degrees, positive when its lines descend to the right), from its ink.

    Counting the ink pixels per row, sheared by a candidate angle, the right angle lays every ruling line and
    every line of text onto the fewest rows: the row counts are then the most uneven (largest sum of squares);
    searched in steps of 0.1 up to ``most``, then of 0.02 around the best. (A slope fitted to the level pieces
    of the ruling lines fell a fifth short on a page turned a degree or more, and found no piece of a 1 px line.)
    """
    ys, xs = np.nonzero(ink)
    if len(ys) < 100:
        return 0.0
    if len(ys) > _PROFILE_PIXELS:  # an even sample: every k-th pixel
        k = len(ys) // _PROFILE_PIXELS + 1
        ys, xs = ys[::k], xs[::k]
    coarse = np.arange(-most, most + _COARSE_STEP / 2, _COARSE_STEP)
    best = max(coarse, key=lambda a: _profile_score(ys, xs, float(a)))
    fine = np.arange(best - _COARSE_STEP, best + _COARSE_STEP + _FINE_STEP / 2, _FINE_STEP)
    return float(max(fine, key=lambda a: _profile_score(ys, xs, float(a))))


def deskewed(img: Image.Image, dpi: int = DPI) -> Image.Image:
    """``img`` turned straight when its ink shows it was scanned askew (else ``img`` itself); ``dpi`` is
    unused (the turn is found in pixels) and kept for the callers' one signature."""
    from PIL import Image as PILImage

    angle = profile_angle(dark_mask(img))
    if not _LEAST_SKEW <= abs(angle) < _MOST_SKEW:
        return img
    white = 255 if img.mode == "L" else (255,) * len(img.getbands())
    return img.rotate(angle, resample=PILImage.Resampling.BICUBIC, fillcolor=white)


def clean_page(img: Image.Image, dpi: int = DPI) -> tuple[list[Ruling], np.ndarray]:
    """The page's ruling lines and the page binarized (0 ink, 255 paper) with the lines erased.

    Binarized once for the whole page (Otsu), as Tesseract would: blanked-out
    areas and cell crops then keep the page's threshold instead of one that
    turns scanner noise into letters. Specks inside letters' counters (the dot of a monospaced zero) are
    turned to paper (:func:`without_counter_specks`).
    """
    rules, gray = erased_page(img, dpi)
    return rules, without_counter_specks(binarized(gray))


def clean_page_paper(img: Image.Image, dpi: int = DPI) -> tuple[list[Ruling], np.ndarray, tuple[np.ndarray, int]]:
    """:func:`clean_page`, and the page in grey levels turned straight, its shading kept, with the threshold it was
    binarized at: the paper a word is printed on, white or a shaded band's grey (:func:`~lkjip.extract.ocr_bold.mark_bold`)."""
    rules, gray, paper = _erased_and_paper(img, dpi)
    level = otsu_threshold(gray)
    return rules, without_counter_specks(np.where(gray < level, np.uint8(0), np.uint8(255))), (paper, level)


def erased_page(img: Image.Image, dpi: int = DPI) -> tuple[list[Ruling], np.ndarray]:
    """The page's ruling lines and the page in grey levels, turned straight (:func:`deskewed`), lines erased."""
    rules, gray, _ = _erased_and_paper(img, dpi)
    return rules, gray


def _erased_and_paper(img: Image.Image, dpi: int) -> tuple[list[Ruling], np.ndarray, np.ndarray]:
    img = deskewed(img, dpi)
    rules, mask = image_rules(img, dpi)
    gray = np.array(img.convert("L"))
    paper = gray.copy()
    gray[mask] = 255
    return rules, gray, paper


def binarized(gray: np.ndarray) -> np.ndarray:
    """``gray`` as ink (0) and paper (255), split at the page's Otsu threshold."""
    return np.where(gray < otsu_threshold(gray), np.uint8(0), np.uint8(255))


def render_page(page: pdfium.PdfPage, dpi: int = DPI) -> Image.Image:
    return page.render(scale=dpi / 72.0).to_pil()


# --------------------------------------------------------------------------- bold print

def stroke_width(binary: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """How thick the strokes of the print in a box of a binarized page (0 ink) are: its ink pixels per
    horizontal run of ink (pixels; 0 for an empty box)."""
    x0, y0, x1, y1 = box
    ink = binary[y0:y1, x0:x1] == 0
    if not ink.any():
        return 0.0
    starts = int(np.count_nonzero(ink[:, 0])) + int(np.count_nonzero(ink[:, 1:] & ~ink[:, :-1]))
    return float(np.count_nonzero(ink)) / starts


def first_glyph_is_bar(binary: np.ndarray, box: tuple[int, int, int, int]) -> bool | None:
    """Whether the first character in ``box`` (pixels) is a Roman "I" rather than a digit "1", by its
    top: a "1" has a flag reaching left from its stem's top (in sans, serif and monospaced faces alike),
    an "I" has nothing there or serifs to both sides. None when no glyph stands there.
    """
    x0, y0, x1, y1 = box
    ink = binary[max(y0, 0) : y1, max(x0, 0) : x1] < 128
    cols = ink.any(axis=0)
    if not cols.any():
        return None
    start = int(np.argmax(cols))
    blank = np.flatnonzero(~cols[start:])
    end = start + (int(blank[0]) if len(blank) else len(cols) - start)
    glyph = ink[:, start:end]
    rows = np.flatnonzero(glyph.any(axis=1))
    glyph = glyph[rows[0] : rows[-1] + 1]
    h = glyph.shape[0]
    if h < 8:
        return None
    stem = np.flatnonzero(glyph.sum(axis=0) >= 0.7 * h)
    if not len(stem):
        return None
    top = np.flatnonzero(glyph[: max(h // 4, 2)].any(axis=0))
    left, right = int(stem[0] - top[0]), int(top[-1] - stem[-1])
    return not (left >= 0.12 * h and left >= 2 * right + 1)


# --------------------------------------------------------------------------- dashes Tesseract does not read

#: a dash is a bar at most this thick (pixels at 300 dpi: 1.5 pt, the stroke of 14 pt bold print)
_DASH_THICK = 6


#: ... between these lengths (pixels at 300 dpi: the hyphen of 6 pt print to the em dash of 14 pt)
_DASH_LONG = (7, 60)


#: ... with paper this far (pixels) above and below it and beside it: a mark standing alone, not part of a
#: letter ("e", "t", "=") nor of a word ("e-Gov")
_DASH_CLEAR = 10


#: a dash is at least this many times as long as it is thick ...
THIN_BAR = 2.5


#: ... and a thick one (:data:`THICK_BAR` pixels or more) this many. A monospaced face prints a short hyphen, and a scan
#: thickens it: the "-" of 10 pt monospaced print scans 10 x 5 px, 11 x 6 px with its rounded ends (a ratio of 2.5 took
#: it for no dash: the "-" a narrow column wrapped under an amount's ",", or printed alone for "none", went unread);
#: a dot, however the scan smears it, is about as high as wide. A thin bar keeps the stricter ratio (the 7 x 3 px
#: "-" of small sans print wrapped under its amount is left to the layout as before)
LEVEL_BAR = 1.75


#: a bar this thick (pixels at 300 dpi) or more is a thickened one (:data:`LEVEL_BAR`), its ragged one-pixel fringe its own
THICK_BAR = 4


def level_bar(wide: int, thick: int, thin: float = THIN_BAR) -> bool:
    """A bar ``wide`` by ``thick`` pixels is long enough for a dash: ``thin`` times as long as thick (:data:`THIN_BAR`),
    :data:`LEVEL_BAR` times when it is a thick bar."""
    return wide >= (LEVEL_BAR if thick >= THICK_BAR else thin) * thick


def lone_dashes(binary: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels) of the dashes standing alone on a binarized page (0 ink): a short, thin, level bar of
    ink with paper all around it, the "-" a table prints for "none" or zero. Tesseract's page pass reads a lone
    "-" in a column of numbers as nothing at all (three "-" of a Renstra row were read as three empty cells).
    """
    ink = binary == 0
    h, w = ink.shape
    # ink with no ink a few pixels above and below it (in its column): the parts of level, thin marks only
    near = np.zeros_like(ink)
    for d in range(_DASH_THICK, _DASH_THICK + _DASH_CLEAR):
        near[d:] |= ink[:-d]
        near[:-d] |= ink[d:]
    clear = long_runs(ink & ~near, _DASH_LONG[0])
    del near
    out = []
    for x0, y0, x1, y1 in line_segments(clear, True, _DASH_LONG[0]):
        if x1 - x0 > _DASH_LONG[1] or y1 - y0 > _DASH_THICK or not level_bar(x1 - x0, y1 - y0):
            continue
        bar = ink[y0:y1, x0:x1]
        if bar.mean() < 0.8:
            continue  # a level bar is solid ink, a row of dots is not
        around = ink[max(y0 - _DASH_CLEAR, 0) : y1 + _DASH_CLEAR, max(x0 - _DASH_CLEAR, 0) : x1 + _DASH_CLEAR]
        # a thick bar's own fringe (a pixel round it: the ragged edge a scan gives it) is no ink beside it
        f = 1 if y1 - y0 >= THICK_BAR else 0
        fringe = ink[max(y0 - f, 0) : y1 + f, max(x0 - f, 0) : x1 + f]
        if int(around.sum()) - int(fringe.sum()) > 2:
            continue  # a stroke of a letter or a hyphen in a word: more ink beside it
        out.append((x0, y0, x1, y1))
    return out


# --------------------------------------------------------------------------- marks no word covers

#: pixels per side of the cells an ink mask is pooled into before its blobs are found (nearby glyphs join)
_POOL = 4


#: a blob that may be a character or two: pixels high and wide at 300 dpi (6-14 pt print)
_GLYPH_HIGH, _GLYPH_WIDE = (14, 64), (10, 120)


def uncovered_ink(binary: np.ndarray, words: Sequence[Word], px: float, margin: int) -> np.ndarray:
    """The ink of a binarized page (0 ink) that no word covers (True where free): each word's box (points, ``px``
    pixels a point) painted out with ``margin`` pixels around it (a glyph's edge the box leaves out)."""
    free = binary == 0
    for w in words:
        x0, y0 = max(int(w.x0 * px) - margin, 0), max(int(w.top * px) - margin, 0)
        free[y0 : int(w.bottom * px) + 1 + margin, x0 : int(w.x1 * px) + 1 + margin] = False
    return free


def free_ink_blobs(free: np.ndarray) -> Iterator[tuple[int, int, int, int, int]]:
    """The blobs of ``free`` (True: ink no word covers), found on the mask pooled into cells of :data:`_POOL`
    pixels (nearby glyphs join) and cut into line segments: each one's box in pixels trimmed to its ink (x0, y0, x1,
    y1) and its ink in pixels."""
    h, w = free.shape
    ph, pw = h // _POOL, w // _POOL
    pooled = free[: ph * _POOL, : pw * _POOL].reshape(ph, _POOL, pw, _POOL).any(axis=(1, 3))
    for px0, py0, px1, py1 in line_segments(pooled, True, 1):
        x0, y0, x1, y1 = px0 * _POOL, py0 * _POOL, px1 * _POOL, py1 * _POOL
        sub = free[y0:y1, x0:x1]
        rows, cols = np.flatnonzero(sub.any(axis=1)), np.flatnonzero(sub.any(axis=0))
        if len(rows):
            yield x0 + int(cols[0]), y0 + int(rows[0]), x0 + int(cols[-1]) + 1, y0 + int(rows[-1]) + 1, int(sub.sum())


def unread_blobs(binary: np.ndarray, covered: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels) of the small blobs of ink on a binarized page (0 ink) that no box of ``covered`` (the
    words read, in pixels) touches: a character or two Tesseract passed over (a "%" alone in a header cell,
    where the page pass read nothing). Larger ink (stamps, signatures, pictures) and specks are left out."""
    free = binary == 0
    for x0, y0, x1, y1 in covered:
        free[max(y0 - 3, 0) : y1 + 3, max(x0 - 3, 0) : x1 + 3] = False
    out = []
    for x0, y0, x1, y1, ink in free_ink_blobs(free):
        if not (_GLYPH_HIGH[0] <= y1 - y0 <= _GLYPH_HIGH[1] and _GLYPH_WIDE[0] <= x1 - x0 <= _GLYPH_WIDE[1]):
            continue
        if ink < 40:
            continue  # specks
        out.append((x0, y0, x1, y1))
    return out


# --------------------------------------------------------------------------- dots of a row number

def glyph_runs(binary: np.ndarray, box: tuple[int, int, int, int]) -> list[tuple[int, int, int, int]]:
    """The marks of a word left to right, as (x0, top, x1, bottom) in pixels of the page: its box (pixels) cut at
    the columns without ink."""
    x0, y0, x1, y1 = box
    ink = binary[max(y0, 0) : y1, max(x0, 0) : x1] == 0
    out = []
    for a, b in mask_runs(ink.any(axis=0)):
        rows = np.flatnonzero(ink[:, a:b].any(axis=1))
        out.append((max(x0, 0) + a, max(y0, 0) + int(rows[0]), max(x0, 0) + b, max(y0, 0) + int(rows[-1]) + 1))
    return out


def dotted_digits(binary: np.ndarray, box: tuple[int, int, int, int], digits: str) -> str | None:
    """``digits`` with the dots the image shows between them, when the word's marks are one per digit plus small
    marks on the baseline between them (a row number "1.4.4" Tesseract read "144"); None when the marks do not
    tell (two digits touching, a mark that hangs below the line like a comma's tail)."""
    runs = glyph_runs(binary, box)
    if not runs:
        return None
    bottom = max(r[3] for r in runs)
    top = min(r[1] for r in runs)
    high = bottom - top
    if high < 8:
        return None
    out, k = [], 0
    for x0, y0, x1, y1 in runs:
        low = y0 - top >= 0.6 * high
        if low and x1 - x0 <= 0.45 * high:  # a dot: small, on the line
            if y1 > bottom + 2 or k == 0 or (out and out[-1] == "."):
                return None
            out.append(".")
            continue
        if low or k >= len(digits):
            return None  # a low mark too wide for a dot, or more marks than digits
        out.append(digits[k])
        k += 1
    return "".join(out) if k == len(digits) else None
