"""A header year and the column number under it, which the OCR layout read as one cell ("20215").

Under a header row of years ("2021 2022 … 2026") many tables print a row of column numbers ("(1) (2) … (11)"). In
small print the two rows stand close, and on a scanned page the layout may read a year and the number under it
as one word of one cell: "20215" for "2021" over "5", the number row's cell left empty. Read so, the table's
target years are no years, and the renstra table loses every target.

:func:`split_year_numbers` puts each number back in its row by the rule text tables share
(:func:`lkjip.extract.header_numbers.years_unglued`), and says so on the page.
"""

from __future__ import annotations

from lkjip.extract.document import Table
from lkjip.extract.header_numbers import years_unglued


def split_year_numbers(table: Table, page_no: int) -> int:
    """Split each header cell holding a year and the column number under it (module doc); a table warning each.
    Returns how many were split."""
    split = years_unglued(table.rows)
    for cell, year, number in split:
        table.warnings.append(f"page {page_no}: OCR header year and column number split {cell!r} -> "
                              f"{year!r} over {number!r}")
    return len(split)
