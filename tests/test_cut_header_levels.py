"""A header standing alone at a page's foot (the page break cut its frame right under it), its body opening the
next page with more columns: the header is read again from the words of its page into the body's columns
(:func:`~lkjip.extract.layout.header_words.header_from_words`) a row per level it was read in ("NO | URAIAN |
ANGGARAN | OUTPUT/KELUARAN" over "ANGGARAN | REALISASI | % | URAIAN | TARGET | REALISASI | %"), as a header read
whole keeps them, not both levels merged into one row ("OUTPUT/KELUARAN URAIAN" in one cell: every output column
of the budget lost, #12). Word boxes as LibreOffice prints such a header (condensed 8 pt, narrow columns)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.header_words import header_from_words
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import header_adopted

LINES = [
    (58.96, 7.34, 8.0, True, [('NO', 56.80, 68.91), ('URAIAN', 104.30, 135.49), ('ANGGARAN', 195.00, 241.08), ('OUTPUT/KELUARAN', 323.20, 402.26)]),
    (69.66, 7.34, 8.0, True, [('ANGGA', 195.00, 223.95), ('REALIS', 238.40, 266.85), ('%', 281.80, 289.01), ('URAIAN', 323.20, 354.39), ('TARGET', 391.80, 423.48), ('REALISASI', 439.20, 481.02), ('%', 501.20, 508.41)]),
    (80.26, 7.34, 8.0, True, [('RAN', 195.00, 212.10), ('ASI', 238.40, 251.76)]),
]
#: the body's columns on the next page (between its white channels)
SPANS = [(70.0, 80.0), (105.0, 184.0), (195.0, 227.0), (239.0, 271.0), (284.0, 310.0), (323.0, 381.0),
         (392.0, 428.0), (442.0, 488.0), (504.0, 525.0)]


def _lines() -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=size, bold=bold) for t, x0, x1 in words])
            for top, h, size, bold, words in LINES]


def _head(bboxes: bool = True) -> PageTable:
    rows = [TableRow(cells=["NO", "URAIAN", "ANGGARAN", "", "OUTPUT/KELUARAN", "", ""], page=11,
                     bbox=(56.8, 58.96, 508.4, 66.3) if bboxes else None),
            TableRow(cells=["", "", "ANGGA REALIS RAN ASI", "%", "URAIAN TARGET", "REALISASI", "%"], page=11,
                     bbox=(56.8, 69.66, 508.4, 87.6) if bboxes else None)]
    return PageTable(Table(rows=rows, page=11), [57, 87, 188, 274, 316, 431, 491, 508], 58.96, 87.6, 51.0, 533.6,
                     channels=[(69, 104), (135, 195), (267, 282), (289, 323), (423, 439), (481, 501)])


def test_each_level_of_a_cut_off_header_is_a_row_of_its_own():
    rows = header_from_words(_head(), SPANS, _lines(), None)
    assert rows is not None and [r.is_header for r in rows] == [True, True]
    assert rows[0].cells == ["NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN", "", "", ""]
    assert rows[1].cells[3:] == ["REALISASI", "%", "URAIAN", "TARGET", "REALISASI", "%"]
    assert rows[1].cells[:2] == ["", ""] and rows[1].cells[2].replace(" ", "") == "ANGGARAN"


def test_a_header_whose_rows_are_not_placed_is_one_row():
    rows = header_from_words(_head(bboxes=False), SPANS, _lines(), None)
    assert rows is not None and len(rows) == 1 and rows[0].cells[5] == "OUTPUT/KELUARAN URAIAN"


def test_the_body_takes_both_levels():
    body_rows = [TableRow(cells=["", "BELANJA LANGSUNG", "4.100.000,00", "3.900.000,00", "95,12", "", "", "", ""],
                          page=12),
                 TableRow(cells=["I.", "PROGRAM", "3.900.000,00", "3.700.000,00", "94,87", "Persentase layanan",
                                 "100%", "93,5%", "93,5"], page=12)]
    body = PageTable(Table(rows=body_rows, page=12), [70, 92, 190, 233, 278, 316, 386, 435, 496, 525], 59.0, 780.0,
                     51.0, 533.6, channels=[(80, 105), (184, 195), (227, 239), (271, 284), (310, 323), (381, 392),
                                            (428, 442), (488, 504)])
    head = _head()
    assert header_adopted(head, body, _lines())
    rows = head.table.rows
    assert [r.is_header for r in rows[:3]] == [True, True, False]
    assert rows[0].cells[5] == "OUTPUT/KELUARAN" and rows[1].cells[5] == "URAIAN"
