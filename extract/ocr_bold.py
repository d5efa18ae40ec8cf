"""Bold print told on a scanned page: Tesseract's output says nothing of weight, and a bold header right above the
first row is how the layout engine tells a table's header from its body (a line is bold only when every word of it
is). Words are weighed by their strokes (:func:`~lkjip.extract.ocr_image.stroke_width`) for their line's size
against the page's median; a word between the weights takes its line's (:func:`mark_bold`)."""

from __future__ import annotations

import numpy as np

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_image import DPI, LIGHT_SHADE, stroke_width

#: a word whose strokes are this many times as thick (for its size) as the page's usual ones is bold
_BOLD = 1.3


#: words of a page needed to know its usual stroke
_BOLD_SAMPLE = 10


def mark_bold(words: list[Word], binary: np.ndarray, dpi: int = DPI, paper: tuple[np.ndarray, int] | None = None) -> None:
    """Set ``bold`` on the words printed bold, told by their strokes' thickness for their line's size against the
    page's median (:func:`~lkjip.extract.ocr_image.stroke_width`); Tesseract's output says nothing of
    weight, and a bold header right above the first row is how the layout engine tells the two apart (a line is
    bold only when every word of it is).

    A word's size is taken from its line (:func:`_line_size`), not its own box: brackets or a descender make a box
    taller than its letters ("(2020)"), and a size read too large made a bold word regular. A word whose strokes
    are only somewhat thicker than usual (:data:`_BOLD_MAYBE`; small bold monospaced print is barely heavier) takes
    the weight of the clearly weighed words of its line: bold on a line of bold words, regular on a line of regular
    ones.

    A word on a shaded band is clearly bold only when it is against the band's grey (``paper``: the grey page and
    the level it was binarized at, :func:`_on_paper`), not white paper: the anti-aliased edges of its letters, ink
    blended with grey, fell under the page's threshold and made its strokes look heavy (body rows of a table shaded
    in bands, read as bold, were taken for header lines and the table broke off). Shading only ever makes print
    look heavier, so a word is clearly regular by its strokes at the page's threshold, as before (weighed against
    its band, a small "%" of a dark shaded bold header came out regular and broke the header line)."""
    px = dpi / 72.0
    ratios: list[float] = []
    shaded: list[float] = []  # the ratios weighed against each word's own paper
    for w in words:
        box = (int(w.x0 * px), int(w.top * px), int(w.x1 * px) + 1, int(w.bottom * px) + 1)
        size = max(_line_size(w, words) * px, 1.0)
        ratios.append(stroke_width(binary, box) / size)
        ink, own = _on_paper(binary, box, paper) if paper is not None else (binary, box)
        shaded.append(stroke_width(ink, own) / size if own != box else ratios[-1])
    sample = [r for w, r in zip(words, ratios, strict=True) if sum(ch.isalpha() for ch in w.text) >= 3 and r]
    if len(sample) < _BOLD_SAMPLE:
        return
    usual = float(np.median(sample))
    weighed = [sum(ch.isalnum() for ch in w.text) >= 2 for w in words]
    for w, r, ok in zip(words, shaded, weighed, strict=True):
        w.bold = ok and r >= _BOLD * usual
    clear = {id(w): w.bold for w, r, s, ok in zip(words, ratios, shaded, weighed, strict=True)
             if ok and (s >= _BOLD * usual or r < _BOLD_MAYBE * usual)}  # fmt: skip
    ratio = {id(w): r for w, r in zip(words, ratios, strict=True)}
    middle = _middle_weight(words, ratio, clear, usual)
    for w, ok in zip(words, weighed, strict=True):
        if ok and id(w) not in clear:
            w.bold = _line_majority_bold(w, words, clear, ratio, middle)
    for w in words:
        if sum(ch.isalnum() for ch in w.text) < 2:
            w.bold = _line_neighbours_bold(w, words) or _wrapped_tail_bold(w, words)


#: a word's paper (the 90th percentile of the grey of its box) under this grey level is a shaded band's
_SHADED = 245


def _on_paper(binary: np.ndarray, box: tuple[int, int, int, int],
              paper: tuple[np.ndarray, int]) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """``binary`` with the ink of ``box`` on a light shaded band (its paper darker than :data:`_SHADED`) taken at
    the page's threshold scaled to the band's grey (``paper``: the grey page and its threshold): a pixel is ink when
    it covers as much of its paper as a pixel on white needs to. The ink and its box to weigh (``binary`` and
    ``box`` themselves on white paper, and on a band darker than
    :data:`~lkjip.extract.ocr_image.LIGHT_SHADE`: such a band's grey is erased before binarizing, its letters'
    grey edges with it, and weighed again against the band a bold header's "Halaman" or "%" came out regular)."""
    grey, level = paper
    x0, y0, x1, y1 = box
    crop = grey[y0:y1, x0:x1]
    if not crop.size:
        return binary, box
    shade = float(np.percentile(crop, 90))
    if not LIGHT_SHADE <= shade < _SHADED:
        return binary, box
    ink = (binary[y0:y1, x0:x1] == 0) & (crop[: y1 - y0, : x1 - x0] < level * shade / 255.0)
    return np.where(ink, np.uint8(0), np.uint8(255)), (0, 0, ink.shape[1], ink.shape[0])


#: a word whose strokes are between this many times and :data:`_BOLD` times the page's usual ones (for its size)
#: is weighed by its line (:func:`_line_majority_bold`)
_BOLD_MAYBE = 1.0


def _line_of(w: Word, words: list[Word]) -> list[Word]:
    """The words of ``words`` on the line of ``w`` (their middles within its box, or its middle within theirs)."""
    mid = (w.top + w.bottom) / 2
    return [o for o in words if w.top < (o.top + o.bottom) / 2 < w.bottom or o.top < mid < o.bottom]


def _line_size(w: Word, words: list[Word]) -> float:
    """The median size of the words on the line of ``w`` with three letters or digits at least (``w``'s own
    size when there are none)."""
    sizes = sorted(o.size for o in _line_of(w, words) if sum(ch.isalnum() for ch in o.text) >= 3)
    return sizes[len(sizes) // 2] if sizes else w.size


def _middle_weight(words: list[Word], ratio: dict[int, float], clear: dict[int, bool], usual: float) -> float | None:
    """The stroke ratio halfway (geometric mean) between the median of the page's clearly bold words and its usual
    print (``usual``, the median of all); None when the page has no word clearly bold."""
    bold = [ratio[id(w)] for w in words if clear.get(id(w)) is True]
    return float(np.sqrt(np.median(bold) * usual)) if bold else None


def _line_majority_bold(w: Word, words: list[Word], clear: dict[int, bool], ratio: dict[int, float] | None = None,
                        middle: float | None = None) -> bool:
    """Whether most of the clearly weighed words (``clear``: bold or regular by their strokes) on the line of ``w``
    are bold; on a line without any (a header cell's second line "Awal ... Akhir"), most of those on the lines
    right above and below it (a line's height away at most); False when there are none.

    A line told by its neighbours is bold only when its own words' median stroke is nearer the page's bold
    than its regular print (``middle``, :func:`_middle_weight`): the first body row right under a shaded bold
    header, its strokes a little heavier than the page's prose (smaller print on grey) but far from bold, took the
    header's weight and was read as a second header line.

    So is a line where the clearly weighed words are fewer than half its words: a body row in small serif print,
    its words a little heavy, of which only the words without ascenders ("perencanaan", "warga": their boxes all
    x-height strokes) weighed clearly bold, went bold whole and was read as a second header line."""
    line = _line_of(w, words)
    own = sorted(ratio[id(o)] for o in line if sum(ch.isalnum() for ch in o.text) >= 2 and ratio.get(id(o))) if ratio else []
    votes = [clear[id(o)] for o in line if o is not w and id(o) in clear]
    if votes:
        if sum(votes) <= len(votes) / 2:
            return False
        # a few clearly bold words on a line of words between the weights decide it only when the line's own
        # median stroke agrees
        return 2 * len(votes) >= len(own) or middle is None or own[len(own) // 2] >= middle
    reach = 1.5 * (w.bottom - w.top)
    votes = [clear[id(o)] for o in words if id(o) in clear and w.top - reach < (o.top + o.bottom) / 2 < w.bottom + reach]
    if sum(votes) <= len(votes) / 2:
        return False
    if ratio is None or middle is None:
        return True
    return not own or own[len(own) // 2] >= middle


def _line_neighbours_bold(w: Word, words: list[Word]) -> bool:
    """A mark too short to weigh by its strokes ("%", "(%)", "-") is bold when the nearest words left and right of
    it on its line are (a header line "KEMAJUAN (%)"); one with a single neighbour takes that one's weight, one
    alone on its line stays regular (a row of column numbers "(1) (2) (3)" is no bold header)."""
    mid = (w.top + w.bottom) / 2
    line = [o for o in words if o is not w and o.top < mid < o.bottom and sum(ch.isalnum() for ch in o.text) >= 2]
    left = [o for o in line if o.x1 <= w.x0 + 1]
    right = [o for o in line if o.x0 >= w.x1 - 1]
    near = [max(left, key=lambda o: o.x1)] if left else []
    near += [min(right, key=lambda o: o.x0)] if right else []
    return bool(near) and all(o.bold for o in near)


def _wrapped_tail_bold(w: Word, words: list[Word]) -> bool:
    """A lone letter alone on its line, right under a bold word it starts level with, is that word's tail a
    narrow header cell wrapped ("OUTPUT/KELUARA" over "N"): bold like it. Too short to weigh by its strokes, and
    with no neighbour on its line to take a weight from, it stayed regular and its line broke the bold header in
    two (the table lost its header)."""
    if not (len(w.text) == 1 and w.text.isalpha()):
        return False
    mid = (w.top + w.bottom) / 2
    if any(o is not w and o.top < mid < o.bottom for o in words):
        return False
    height = w.bottom - w.top
    above = [o for o in words if o is not w and o.bottom <= w.top + 1 and w.top - o.bottom < height
             and abs(o.x0 - w.x0) <= 0.5 * height and len(o.text) >= 3]
    return bool(above) and max(above, key=lambda o: o.bottom).bold
