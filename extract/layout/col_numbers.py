"""A header line of column numbers ("1 2 3 …", "(1) (2) …"), one of them possibly misread by OCR.

Tesseract reads a small "5" as "s" or "S", a "1" as "l" or "I", a "0" as "O" or "o": a line of column numbers with
one such misreading ("1 2 3 4 s 6 7 …") is still a row of its own, not the lower half of the labels above it (the
misread "s" would stay glued to its column's "2021").
"""

from __future__ import annotations

import re

from lkjip.extract.layout.cues import COLUMN_NO
from lkjip.extract.layout.geometry import TextLine, Word

#: a column number with one or two of its digits read as a look-alike letter ("s" for 5, "l" for 1, "O" for 0)
MISREAD_NO = re.compile(r"^\(?[\dsSlIOoZzB]{1,2}\)?$")
#: a misreading is forgiven only among this many true column numbers at least
SURE_NUMBERS = 3


def _numbers(cell: list[Word]) -> bool:
    return all(COLUMN_NO.match(w.text) for w in cell)


def is_numbering(cells: list[list[Word]]) -> bool:
    """Cells of one header line (one list of words per column) are a line of column numbers over at least half the
    columns: every filled cell a number, or all but one, that one a single token a look-alike letter away from one
    ("s" for "5") among at least :data:`SURE_NUMBERS` true ones."""
    filled = [c for c in cells if c]
    if len(filled) < max(2, len(cells) // 2):
        return False
    odd = [c for c in filled if not _numbers(c)]
    if not odd:
        return True
    return len(odd) == 1 and len(odd[0]) == 1 and misread_forgiven(odd[0][0].text, len(filled) - 1)


def misread_forgiven(token: str, sure: int) -> bool:
    """One token of a line of column numbers that is no number is forgiven as a look-alike misreading of one ("s"
    for 5, "ll" for 11) when it is one and the line holds :data:`SURE_NUMBERS` true numbers (``sure``) at least."""
    return sure >= SURE_NUMBERS and bool(MISREAD_NO.match(token))


def _misread_value(texts: list[str], k: int) -> int | None:
    """The number the look-alike token ``texts[k]`` stands for, from its neighbours (one more than the number before
    it, one less than the number after it); None when they disagree or say nothing."""
    before = int(texts[k - 1].strip("()")) + 1 if k and COLUMN_NO.match(texts[k - 1]) else None
    after = int(texts[k + 1].strip("()")) - 1 if k + 1 < len(texts) and COLUMN_NO.match(texts[k + 1]) else None
    if before is not None and after is not None and before != after:
        return None
    return before if before is not None else after


def line_numbers(ln: TextLine) -> list[int] | None:
    """The numbers of a text line of three column numbers or more and nothing else ("1 2 3", "(1) (2) (3)"), one of
    them possibly a look-alike misreading ("ll" for 11, "s" for 5) among :data:`SURE_NUMBERS` true ones at least,
    given the number its neighbours say; None for any other line."""
    texts = [w.text for w in ln.words]
    odd = [k for k, t in enumerate(texts) if not COLUMN_NO.match(t)]
    if len(texts) < 3 or len(odd) > 1:
        return None
    if odd and not misread_forgiven(texts[odd[0]], len(texts) - 1):
        return None
    values = [None if k in odd else int(t.strip("()")) for k, t in enumerate(texts)]
    for k in odd:
        values[k] = _misread_value(texts, k)
    return None if None in values else values  # type: ignore[return-value]


def numbers_line(ln: TextLine, *, rising: bool = False) -> bool:
    """A text line of column numbers and nothing else (:func:`line_numbers`); ``rising``: each one more than the
    one before."""
    nums = line_numbers(ln)
    if nums is None:
        return False
    return not rising or all(b == a + 1 for a, b in zip(nums, nums[1:], strict=False))
