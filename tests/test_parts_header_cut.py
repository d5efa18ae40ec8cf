"""A long table's header cut by a page break at one of its rows (issue #12, nineteenth session).

A table whose two-level header starts at a page's foot prints the header's first row there alone ("NO | URAIAN |
ANGGARAN | OUTPUT"), read as a table of its own, and the header's lower level (" |  | ANGGARAN | REALISASI | %")
opens the body on the next page, read with the body's columns. The first row is laid over the body's columns and
the two are one table, so a later part repeating the whole header is recognised as its continuation
(lkjip.extract.layout.stitch.header_adopted).
"""

from __future__ import annotations

from test_casc_stitch_rows import _page, _text_part  # parts of a table read by their text

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.page_table import PageTable

_EDGES = [57.0, 90.0, 300.0, 420.0, 540.0, 600.0]
_LOWER = ["", "", "ANGGARAN", "REALISASI", "%"]


def _body(first: list[str]) -> PageTable:
    rows = [first, ["", "BELANJA LANGSUNG", "Rp. 2.783.229.624", "Rp. 2.729.087.816", "98,05"],
            ["I.", "PROGRAM PENUNJANG URUSAN", "Rp. 2.659.251.692", "Rp. 2.618.260.695", "98,46"]]
    return PageTable(Table(rows=[TableRow(cells=c, page=12, is_header=k == 0,
                                          bbox=(57.0, 60.0 + 12 * k, 600.0, 70.0 + 12 * k))
                                 for k, c in enumerate(rows)], page=12, strategy="lines"),
                     _EDGES, 60.0, 96.0, 57.0, 600.0)


def _head() -> PageTable:
    # the header's first row read on its own: its label over the three amount columns leaves one column unseen
    head = _text_part([["NO", "URAIAN", "ANGGARAN", ""]], 11, [57.0, 90.0, 300.0, 480.0, 600.0],
                      [(80.0, 92.0), (290.0, 302.0), (470.0, 482.0)], top=740.0)
    head.table.rows[0].is_header = True
    return head


def test_a_headers_first_row_alone_at_a_pages_foot_takes_the_body_opening_with_the_headers_lower_level():
    blocks = assemble([_page(11, _head()), _page(12, _body(_LOWER))])
    assert [type(b).__name__ for b in blocks] == ["Table"]
    table = blocks[0]
    assert [r.cells for r in table.rows[:2]] == [["NO", "URAIAN", "ANGGARAN", "", ""], _LOWER]
    assert [r.is_header for r in table.rows] == [True, True, False, False]


def test_a_header_alone_before_another_tables_full_header_stays_apart():
    # the next page opens with a header filling every cell: another table (or the header repeated), not a lower level
    other = ["No", "Program", "Anggaran", "Realisasi", "%"]
    blocks = assemble([_page(11, _head()), _page(12, _body(other))])
    assert [type(b).__name__ for b in blocks] == ["Table", "Table"]
