"""A box of a scanned page given back to the page as lines of text (a table, or its rows, that were none).

Shared by the passes that find a table the OCR layout read from what is no table (rows under a caption printed
beneath it, :mod:`lkjip.extract.ocr_caption_cut`; a list of contents read with its entries merged,
:mod:`lkjip.extract.ocr_contents_lists`): the words in the box are laid out as lines again, with the pieces of
those lines the layout had already read beside the box (a line running past the box is read whole).
"""

from __future__ import annotations

from collections.abc import Sequence

from lkjip.extract.layout.geometry import Word, lines_from_words
from lkjip.extract.layout.page import PageResult

#: how far (points) a word may stand out of the box and still be read with it
SLACK = 1.0


def in_box(w: Word, x0: float, top: float, x1: float, bottom: float) -> bool:
    """Whether the middle of ``w`` lies in the box (:data:`SLACK` around it)."""
    mid = (w.top + w.bottom) / 2
    return x0 - SLACK <= (w.x0 + w.x1) / 2 <= x1 + SLACK and top - SLACK <= mid <= bottom + SLACK


def give_back_lines(res: PageResult, words: Sequence[Word], x0: float, top: float, x1: float, bottom: float) -> None:
    """The words of ``words`` in the box, with the lines of ``res`` standing within the box's height, laid out
    as lines of ``res`` again (its lines kept in reading order)."""
    taken = [w for w in words if in_box(w, x0, top, x1, bottom)]
    kept, beside = [], []
    for ln in res.lines:
        (beside if ln.top >= top - SLACK and ln.bottom <= bottom + SLACK else kept).append(ln)
    kept.extend(lines_from_words(taken + [w for ln in beside for w in ln.words]))
    kept.sort(key=lambda ln: ln.top)
    res.lines = kept
