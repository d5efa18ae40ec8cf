"""Spreadsheet-injection guard for strings that come from documents.

A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is read as a formula by Excel and LibreOffice (in an ``.xlsx`` written
by a naive writer, and in any CSV). A document is untrusted input: a program
name ``=HYPERLINK("http://…")`` must arrive in the workbook as text.
:func:`excel_safe` prefixes such strings with a single quote ``'``. A string
that is only a number (``-5``, ``-1.234,50``, ``+12%``) is left alone, and
numbers (int, Decimal, float) are never touched, so a negative amount stays a
negative amount.
"""

from __future__ import annotations

import re

#: first characters that make a spreadsheet treat a cell as a formula (ASCII and fullwidth forms)
FORMULA_TRIGGERS = frozenset("=+-@\t\r＝＋－＠")

#: a plain number as printed: optional sign, digits with optional . or , grouping, decimals, percent
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d+)?\s?%?")


def is_formula_like(value: object) -> bool:
    """True if ``value`` is a string a spreadsheet would evaluate as a formula."""
    if not isinstance(value, str) or not value or value[0] not in FORMULA_TRIGGERS:
        return False
    return not _PLAIN_NUMBER.fullmatch(value)


def excel_safe(value):
    """Return ``value`` made safe for a spreadsheet cell or a CSV field.

    Strings starting with a formula trigger get a leading ``'``; everything
    else (other strings, plain signed numbers as text, non-strings) is
    returned unchanged.
    """
    if is_formula_like(value):
        return "'" + value
    return value
