"""What Tesseract's page pass reads for a mark it is unsure of, as patterns: a lone "%" misread (:data:`PERCENT_SCRAP`),
a header's "(%)" read as a bracketed scrap (:data:`BRACKET_SCRAP`), a short number with its "%" lost or read as
letters or digits (:data:`PERCENT_LOST`, :data:`PERCENT_AS_DIGITS`), and the readings of a blob of ink no word
covered that count as a row key or a lone number (:func:`sure_mark`). The readings again are
:func:`lkjip.extract.ocr.percent_marks`' and :func:`lkjip.extract.ocr.bracket_percents`'.
"""

from __future__ import annotations

import re

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_unsure import SURE_DIGITS

#: what Tesseract's page pass reads for a "%" printed alone (bold 8 pt print read "9", "4", "96", "js" or nothing;
#: 8 pt sans "Io", 7 pt monospace "Xx", "x", "IX"; a header's "%" in small serif print "do" or "ks"): each is read
#: again, a "%" only when the number model says so
PERCENT_SCRAP = re.compile(r"^([49Y]|[49]6|Y[oa]|js|ks|o/o|[Il]o|do|[Xx]x?|I[Xx])$")

#: a lone "8" read barely sure (a percentage's column "99.99 %" read "99.99 8" at 29): read again like a scrap,
#: never when read sure (a row's or a header's numbering "8" read at 79 or more)
UNSURE_EIGHT = 50


#: a bracketed word the page pass may have read for a header's "(%)" ("(26)" at 52 under "KEMAJUAN")
BRACKET_SCRAP = re.compile(r"^\(\w{1,2}\)$")


#: a short number the page pass read unsure, maybe with a "%" lost or misread after it ("79", "76K", "7690", and
#: "7210" for "72%" in condensed print, "Ox" for a lone "0%": its zero read as the letter, taken back as "0")
PERCENT_LOST = re.compile(r"^\d{1,3}([.,]\d{1,2})?[^\d\s%.,]{0,2}$|^\d{1,3}([.,]\d{1,2})?[1479][06]$|^O[^\d\s%.,]$")


#: a percentage as the number model reads it
PERCENT_NUMBER = re.compile(r"^\d{1,3}([.,]\d{1,2})?%$")


#: a row's key the page pass passed over, alone at the left of a row ("A.", "1.", "2)", "1.2.3")
_ROW_KEY_MARK = re.compile(r"^(\d{1,2}(\.\d{1,2}){0,3}[.)]|[A-Za-z][.)]|\d{1,2}(\.\d{1,2}){1,3})$")


#: ... taken only when the number model reads it this sure (0-100)
_SURE_MARK = 70


#: a lone number of a digit or two the page pass passed over: a row key printed without its dot ("1"), a column's
#: number under a header ("6"); a blob this small reads so only when it is the digit
_LONE_DIGITS = re.compile(r"^\d{1,2}$")


def sure_mark(text: str, read: list[Word]) -> bool:
    """A blob's reading that is a row key (:data:`_ROW_KEY_MARK`) read :data:`_SURE_MARK` sure, or a lone digit or
    two (:data:`_LONE_DIGITS`) read :data:`SURE_DIGITS` sure: with no dot or bracket to say it is a key, it must
    read as sure as clean print does."""
    if not read:
        return False
    conf = min(r.conf for r in read)
    if _ROW_KEY_MARK.match(text):
        return conf >= _SURE_MARK
    return bool(_LONE_DIGITS.match(text)) and conf >= SURE_DIGITS


#: a number whose last two digits may be a "%" the Indonesian model read as digits ("10046", "99,9976"), or whose
#: last digit may be ("1006": a percentage of three digits at most, the sign read "6")
PERCENT_AS_DIGITS = re.compile(r"^\d+([.,]\d{1,2})?[479]6$|^\d{1,3}([.,]\d{1,2})?6$")
