"""A long table's header repeated at the top of a later scanned page, its narrow "No" head read "N" there, and the
layout, no longer seeing the table's header letter for letter, took the repeat for body rows: it is mended back to
the header all the same (it opens the table's part on that page), so the stitcher drops it and the table is one."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.ocr_repeat_heads import mend_repeated_heads
from lkjip.extract.stitch import header_repeats_dropped

HEAD = [["No", "Tujuan", "Indikator Tujuan", "Sasaran"], ["1", "2", "3", "4"]]
BODY_11 = ["1", "Meningkatnya kemajuan desa", "Persentase Desa Maju", "72,5"]
BODY_12 = ["2", "Penurunan gangguan", "Persentase Penurunan", "80"]


def _table(repeat: list[list[str]], page: int = 12) -> Table:
    rows = [TableRow(cells=list(c), page=11, is_header=True) for c in HEAD]
    rows.append(TableRow(cells=list(BODY_11), page=11))
    rows += [TableRow(cells=list(c), page=page) for c in repeat]  # taken for body rows: no header flag
    rows.append(TableRow(cells=list(BODY_12), page=page))
    return Table(rows=rows, page=11)


def test_a_repeat_read_as_body_rows_opening_a_page_is_mended_and_dropped():
    table = _table([["N", "Tujuan", "Indikator Tujuan", "Sasaran"], ["1", "2", "3", "4"]])
    mend_repeated_heads([table], [11, 12])
    assert table.rows[3].cells == HEAD[0]
    header_repeats_dropped(table)
    assert [r.cells for r in table.rows] == [*HEAD, BODY_11, BODY_12]


def test_the_same_rows_inside_a_page_part_are_left_alone():
    """Not at the top of a page's part (no header flag either): nothing tells them a header."""
    repeat = [["N", "Tujuan", "Indikator Tujuan", "Sasaran"], ["1", "2", "3", "4"]]
    table = _table(repeat, page=11)
    mend_repeated_heads([table], [11, 12])
    assert table.rows[3].cells == repeat[0]


def test_body_rows_opening_a_page_are_left_alone():
    table = _table([["2", "Penurunan gangguan", "Persentase Penurunan", "Penurunan"], ["", "", "", "x"]])
    mend_repeated_heads([table], [11, 12])
    assert table.rows[3].cells[0] == "2" and not table.warnings


def test_a_repeat_with_heads_read_in_another_letter_case_is_mended():
    """"IndikatOr Tujuan": an "o" read as "O" in a long head is the same head; the short "No" read "NOo"."""
    table = _table([["NOo", "Tujuan", "IndikatOr Tujuan", "SasarAn"], ["1", "2", "3", "4"]])
    mend_repeated_heads([table], [11, 12])
    assert table.rows[3].cells == HEAD[0]
