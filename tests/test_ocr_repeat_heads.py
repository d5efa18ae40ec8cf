"""A long table's header repeated on a later scanned page, its narrow "No" head read "N ke)" there: mended back to
the table's own header, so the table is not cut in two (and the uncaptioned tables after it keep their numbers)."""

from __future__ import annotations

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.ocr_repeat_heads import mend_repeated_heads

HEAD = [["No", "Tujuan", "Indikator Tujuan", "Sasaran"], ["1", "2", "3", "4"]]


def _table(repeat: list[list[str]]) -> Table:
    rows = [TableRow(cells=list(c), page=11, is_header=True) for c in HEAD]
    rows.append(TableRow(cells=["1", "Meningkatnya kemajuan desa", "Persentase Desa Maju", "Meningkatnya"], page=11))
    rows += [TableRow(cells=list(c), page=12, is_header=True) for c in repeat]
    rows.append(TableRow(cells=["2", "Penurunan gangguan", "Persentase Penurunan", "Penurunan"], page=12))
    return Table(rows=rows, page=11)


def test_a_repeated_header_with_one_short_head_misread_is_mended():
    table = _table([["N ke)", "Tujuan", "Indikator Tujuan", "Sasaran"], ["1", "2", "3", "4"]])
    mend_repeated_heads([Paragraph(text="x", lines=["x"], page=11), table], [11, 12])
    assert table.rows[3].cells == HEAD[0]
    assert any("repeated header mended" in w for w in table.warnings)


def test_a_header_that_differs_in_a_long_head_is_left_alone():
    """Another header (a long head differs): the header of another table, not a misread repeat."""
    repeat = [["N ke)", "Tujuan", "Indikator Program Prioritas", "Sasaran"], ["1", "2", "3", "4"]]
    table = _table(repeat)
    mend_repeated_heads([table], [11, 12])
    assert table.rows[3].cells == repeat[0]


def test_a_table_of_a_text_page_is_not_touched():
    table = _table([["N ke)", "Tujuan", "Indikator Tujuan", "Sasaran"], ["1", "2", "3", "4"]])
    mend_repeated_heads([table], [])
    assert table.rows[3].cells[0] == "N ke)"
