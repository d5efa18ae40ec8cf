"""A header a page break cuts, its rest standing loose over the next page's first rule (issue #12).

A browser splitting a header row across a page break (the row's cells top-aligned, "Kondisi Awal (2020)" in
one band beside the years of a spanned "Target" in another) sets the row's rest at the next page's top higher
over the table's first rule than a body row's last line stands over its rule: more white than a band's padding,
less than half a line. The rest is still the header's (:func:`~lkjip.extract.layout.half_ruled.open_ends`), read
with the page before's start of it; before, both became paragraphs and the table lost its kind.
"""

from __future__ import annotations

from line_builders import read_pages

# the same table as test_header_cut_ruled, its header cut the same way
from test_header_cut_ruled import _ROWS, _page_one, _page_two

from lkjip.extract.document import Paragraph, Table


def test_a_split_header_rows_rest_standing_loose_over_the_rule_still_heads_the_table():
    # the header's rest 4.25 pt over the rule; a body row's line stands 1.75 pt over its rule
    blocks = read_pages([_page_one(), _page_two(74.5, pad=2.0, below=12.0, row=14.0)])
    (table,) = [b for b in blocks if isinstance(b, Table)]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert not any(t.startswith(("No Sasaran", "Uraian")) for t in texts)
    (head,) = [r for r in table.rows if r.is_header]
    assert head.cells[:2] == ["No Uraian", "Sasaran Indikator"] and head.cells[-1] == "Capaian Kinerja"
    assert [r.cells for r in table.rows if not r.is_header] == [list(r) for r in _ROWS]
    assert table.page == 1
