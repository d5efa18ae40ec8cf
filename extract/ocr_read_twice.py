"""A number's tail the page pass read twice: once in the number's box, once as a word of its own.

Tesseract's page pass now and then gives an amount's head a box over the whole printed number while reading only
part of it ("89.850.000," boxed over "89.850.000,00"), and reads the rest as a word of its own inside that box
("00"). Read again over its box (an unsure amount, :func:`lkjip.extract.ocr.page_words`; every amount,
:func:`lkjip.extract.ocr.confirm_amounts`), the head becomes the whole number, and the tail is then there twice:
the cell reads "89.850.000,00 00", which is no number, and the row loses its amount.

:func:`drop_read_twice` drops such a tail: a word of digits whose box lies within a number word's box, at its
right end, when that number's digits end with the tail's. A word beside the number (its own box) is never
touched, and no digit is ever changed: the number is the reading of the whole print.
"""

from __future__ import annotations

import re

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_numbers import WELL_FORMED, digits_of

#: a piece of a number read as a word of its own: "00", ",00", "125", ".000"
_PIECE = re.compile(r"^[.,]?\d[\d.,]*$")

#: points a tail's box may stand out of the number's box and still lie within it
_SLACK = 1.5


def _within(piece: Word, host: Word) -> bool:
    """``piece``'s box lies within ``host``'s, at its right end, on its line."""
    height = piece.bottom - piece.top
    overlap = min(piece.bottom, host.bottom) - max(piece.top, host.top)
    return (piece.x0 >= host.x0 + _SLACK and piece.x1 <= host.x1 + _SLACK and host.x1 - piece.x1 <= _SLACK + height
            and overlap >= 0.5 * height)


def drop_read_twice(words: list[Word]) -> list[tuple[str, str]]:
    """The tails of ``words`` read twice (module doc) dropped, in place; (tail, number) for each."""
    hosts = [w for w in words if WELL_FORMED.match(w.text) and len(digits_of(w.text)) >= 4]
    dropped: list[tuple[str, str]] = []
    gone: set[int] = set()
    for p in words:
        if not _PIECE.match(p.text):
            continue
        tail = digits_of(p.text)
        for h in hosts:
            if h is p or id(h) in gone:
                continue
            digits = digits_of(h.text)
            if len(digits) > len(tail) and digits.endswith(tail) and _within(p, h):
                gone.add(id(p))
                dropped.append((p.text, h.text))
                break
    if gone:
        words[:] = [w for w in words if id(w) not in gone]
    return dropped
