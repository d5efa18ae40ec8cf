"""A number OCR read as letters: "77" as "TT", "79" as "Tg", "50" as "SO".

In small sans print Tesseract's Indonesian model now and then reads a short number as the letters its digits look
like. A target so read is no number: it is compared as text with the same target in another table, where it was
read right or misread otherwise ("Tg" against "TT"), and the difference looks like the report printing two
targets for one indicator.

:func:`digit_letters` reads a short value made only of letters that stand for digits (T 7, g/q 9, S/s 5, O/o 0,
l/I 1, Z/z 2, G/b 6) as those digits. The grades a report prints as text targets (AA, A, BB, B, CC, C, D, WTP)
use none of these letters, so a grade is never taken for a number. A flag comparing two values on a scanned page
where one of them is such a misread number is an uncertain reading (:func:`misread_as_letters`).
"""

from __future__ import annotations

from lkjip.model import Flag

#: letters Tesseract reads for a digit in print
LETTER_DIGITS = {"T": "7", "g": "9", "q": "9", "S": "5", "s": "5", "O": "0", "o": "0", "l": "1", "I": "1", "Z": "2",
                 "z": "2", "G": "6", "b": "6"}
#: a value this long at most (a target of a few digits)
MAX_LETTERS = 4


def digit_letters(text: str | None) -> str | None:
    """The digits a short value of digit-like letters stands for ("Tg" → "79"), else None. A value holding a digit
    already or any other letter is no misread number."""
    t = (text or "").strip().rstrip("%").strip()
    if not 1 <= len(t) <= MAX_LETTERS or not all(c in LETTER_DIGITS for c in t):
        return None
    return "".join(LETTER_DIGITS[c] for c in t)


def misread_as_letters(f: Flag, ocr: set[int]) -> tuple[str, str] | None:
    """(value, the digits it stands for) of a flag on an OCR page comparing a value read as digit-like letters."""
    if f.page not in ocr:
        return None
    for value in (f.found, f.expected):
        if (digits := digit_letters(value)) is not None:
            return (value or "").strip(), digits
    return None
