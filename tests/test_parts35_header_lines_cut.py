"""A header cut between its lines by a page break: its upper line alone at a page's foot ("SASARAN | INDIKATOR |
TARGET | REALISASI"), its lower line opening the next page ("STRATEGIS | KINERJA | 2021 | 2018 | 2019 | 2020 |
2021") over the column numbers and the body, read there with more columns. The upper line is laid over the
body's columns and the two are one table (lkjip.extract.layout.stitch.header_adopted); a body opening with a
header of its own that repeats the upper line is no lower line of it."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import header_adopted

LOWER = ["STRATEGIS", "KINERJA", "2021", "2018", "2019", "2020", "2021"]


def _head() -> PageTable:
    row = TableRow(cells=["SASARAN", "INDIKATOR", "TARGET", "REALISASI"], page=13, is_header=True)
    return PageTable(Table(rows=[row], page=13), [70, 180, 270, 350, 420], 700.0, 712.0, 70.0, 420.0,
                     channels=[(150, 180), (240, 270), (320, 350)])


def _body(first: list[str]) -> PageTable:
    rows = [TableRow(cells=first, page=14, is_header=True),
            TableRow(cells=[f"({k})" for k in range(1, 8)], page=14, is_header=True),
            TableRow(cells=["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "80,39", "78,95",
                            "78,88", "79,38", "80,39"], page=14),
            TableRow(cells=["Meningkatnya partisipasi", "Persentase partisipasi", "64", "52", "55", "58", "63"],
                     page=14)]
    return PageTable(Table(rows=rows, page=14), [70, 180, 270, 350, 380, 410, 440, 470], 60.0, 300.0, 70.0,
                     470.0, channels=[(150, 180), (240, 270), (320, 350), (365, 380), (395, 410), (425, 440)])


def test_the_upper_line_of_a_cut_header_is_laid_over_its_lower_line_and_body():
    head, body = _head(), _body(LOWER)
    assert header_adopted(head, body)
    rows = head.table.rows
    assert [r.is_header for r in rows] == [True, True, True, False, False]
    assert rows[0].cells[:4] == ["SASARAN", "INDIKATOR", "TARGET", "REALISASI"] and rows[1].cells == LOWER
    assert rows[3].cells[3] == "78,95" and head.cont_pages == [14]


def test_a_body_repeating_the_upper_line_is_no_lower_line_of_it():
    head, body = _head(), _body(["SASARAN", "INDIKATOR", "TARGET", "2018", "2019", "2020", "2021"])
    assert not header_adopted(head, body)
    assert len(head.table.rows) == 1


def test_a_body_repeating_the_whole_header_is_no_lower_line_of_it():
    # review: its two-line cells open with the upper line's ("SASARAN STRATEGIS" under "SASARAN"): the header
    # repeated, not its lower line
    head = _head()
    body = _body(["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET 2021", "REALISASI 2018", "2019", "2020", "2021"])
    assert not header_adopted(head, body)

