"""A table's first body row whose values the OCR layout read into the header row above it.

Where a table's header and its first body row are both shaded (or stand close), a scanned page's layout may read
the values of the first body row ("BELANJA LANGSUNG  Rp 2.774.810.736  Rp 2.420.208.738  87,22") into the cells
of the header's last row ("ANGGARAN Rp 2.774.810.736", "REALISASI Rp 2.420.208.738"), leaving the body row with
its name only. Read so, the header names no column a reader knows, and the columns' values are lost.

:func:`values_out_of_header` moves them back: in a header row, two cells or more that are a label followed by a
number, over a row holding words but no number at all, whose cells under those labels are empty.
"""

from __future__ import annotations

import re

from lkjip.extract.document import Table
from lkjip.extract.ocr_header_words import TOP_ROWS

#: a header label followed by a value read into its cell ("REALISASI Rp 2.420.208.738", "% 87,22"): an amount or
#: a decimal, never a bare number (a header names years: "TARGET 2024")
_LABEL_VALUE = re.compile(r"^(?P<label>[^\d]*?[^\W\d_][^\d]*?|%)\s+(?P<value>(?:Rp\.?\s*)?\d[\d.,]*[.,]\d+\s*%?)$")


#: at least this many cells must hold a label and a value (one alone may be a header naming a year or a unit)
MIN_VALUES = 2


def values_out_of_header(table: Table, page_no: int) -> int:
    """Move the values of a body row read into the header row above it back down (module doc); a table warning
    each. Returns how many cells were moved."""
    rows = table.rows[: TOP_ROWS + 1]
    for upper, lower in zip(rows, rows[1:], strict=False):
        if len(upper.cells) != len(lower.cells) or any(ch.isdigit() for c in lower.cells for ch in c):
            continue
        if not any(re.search(r"[^\W\d_]", c) for c in lower.cells):
            continue
        found = {k: m for k, c in enumerate(upper.cells) if (m := _LABEL_VALUE.match(c.strip()))}
        if len(found) < MIN_VALUES or any(lower.cells[k].strip() for k in found):
            continue
        for k, m in found.items():
            table.warnings.append(f"page {page_no}: OCR value read into the header moved down {upper.cells[k]!r} "
                                  f"-> {m.group('label')!r} over {m.group('value')!r}")
            upper.cells[k], lower.cells[k] = m.group("label"), m.group("value")
        return len(found)
    return 0
