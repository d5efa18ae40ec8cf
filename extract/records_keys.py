"""A row's key read into its name (:func:`key_out_of_name`), put back into the number column.

A budget table whose keys are set flush right in a narrow "No" column ("a." ending where the column ends) and
whose names are set flush right too leaves the key nearer the name than the header's "NO"; a part of the table
read on another page and laid over the first part's columns may then put the key at the front of the name
("a. PROGRAM PENUNJANG …"), the number column left empty. The row then has no level, and the budget's sums
come out wrong: a false contradiction.
"""

from __future__ import annotations

import regex as re

#: a list marker closed by "." or ")" ("a.", "IV.", "1)", "1.2.") or a dotted number ("1.2") before a capitalised word
_KEY_IN_NAME = re.compile(
    r"^\s*((?:[A-Za-z]|[IVXivx]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3})[.)]|\d{1,2}(?:\.\d{1,2}){1,3})\s+(?=\p{Lu})")


def key_out_of_name(nomor: str | None, uraian: str | None) -> tuple[str | None, str | None]:
    """``nomor`` and ``uraian`` with a list marker opening the name moved to the empty number cell (a name never
    opens with "a. "); as given otherwise."""
    if nomor or not uraian:
        return nomor, uraian
    m = _KEY_IN_NAME.match(uraian)
    if m is None:
        return nomor, uraian
    return m.group(1), uraian[m.end():]
