"""A table framed round its header only, read over three pages (issue #12): the header's page cut at the frame's
rules, the next pages read by their text. A part read by its text that joins the ruled part by its inner column
edges is laid over the ruled part's columns (:func:`lkjip.extract.layout.stitch.laid_over`), so the table keeps
the ruled part's columns: the few bare lines opening the page after are read with them as its rest
(:func:`lkjip.extract.layout.carry.ruled_run_on`), not left as paragraphs for want of column gaps.
"""

from __future__ import annotations

from test_pdf_joins import EDGES, HEAD, _page, _ruled, _text, _words

from lkjip.extract.layout.assemble import assemble


def test_the_bare_lines_after_a_text_read_part_of_a_framed_table_are_its_rest():
    above = _ruled([HEAD, ["1", "Program Penunjang", "1.250.000", "1.187.500"],
                    ["2", "Program Koordinasi", "2.000.000", "1.900.000"]], 3, EDGES, header=1)
    middle = _text([["3", "Program Pembinaan", "3.000.000", "2.900.000"],
                    ["4", "Program Pemberdayaan", "4.000.000", "3.800.000"]], 4, 55.0, 445.0,
                   [(79.5, 80.5), (249.5, 250.5), (349.5, 350.5)])
    middle.col_edges = [55.0, 80.0, 250.0, 350.0, 445.0]  # its outer edges where its text stops, inside the frame
    page = _page(5)
    page.lines = [_words(60.0, (55, "5"), (85, "Program Ketertiban"), (290, "5.000.000"), (390, "4.900.000")),
                  _words(72.0, (55, "6"), (85, "Program Kelurahan"), (290, "6.000.000"), (390, "5.800.000")),
                  _words(110.0, (55, "Penyerapan anggaran tinggi pada semua program kecamatan tahun ini."))]
    blocks = assemble([_page(3, above), _page(4, middle), page])
    assert [type(b).__name__ for b in blocks] == ["Table", "Paragraph"]
    assert [r.cells for r in blocks[0].rows[-2:]] == [["5", "Program Ketertiban", "5.000.000", "4.900.000"],
                                                      ["6", "Program Kelurahan", "6.000.000", "5.800.000"]]
    assert [r.page for r in blocks[0].rows] == [3, 3, 3, 4, 4, 5, 5]
