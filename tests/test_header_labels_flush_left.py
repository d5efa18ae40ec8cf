"""Header labels set flush left over amounts set flush right stand in the channel before their column and are
put back into it (extract/layout/borderless.py ``header_labels_lent``): a budget table's header framed by rules,
its labels read with the columns of the next page's part, where the cut in each channel's middle gave
"REALISASI" to the budget's column and "%" to the spending's."""

from __future__ import annotations

from lkjip.extract.layout.borderless import header_labels_lent
from lkjip.extract.layout.geometry import TextLine, Word


def _w(text: str, x0: float, x1: float, top: float, bold: bool = False) -> Word:
    return Word(text, x0, top, x1, top + 9.0, size=12.0, bold=bold)


def _rows() -> list[tuple[TextLine, list[list[Word]]]]:
    """NO | URAIAN | ANGGARAN | REALISASI | %, cut at the middles of the body's channels (548.2 between the
    amounts, 707.3 before the percentages)."""
    group = [[_w("NO", 56.8, 73.2, 486.3, True)], [_w("URAIAN", 173.7, 216.4, 486.3, True)],
             [_w("ANGGARAN", 354.8, 419.5, 486.3, True)], [], []]
    labels = [[], [], [_w("ANGGARAN", 354.8, 419.5, 500.8, True), _w("REALISASI", 516.6, 575.2, 500.8, True)],
              [_w("%", 678.3, 688.1, 500.8, True)], []]
    body = [[_w("1", 156.9, 163.0, 520.0)], [_w("PROGRAM", 173.7, 230.4, 520.0)],
            [_w("2.525.442.492,-", 428.8, 505.9, 520.0)], [_w("2.371.586.698,-", 590.5, 667.6, 520.0)],
            [_w("93,91", 747.0, 774.5, 520.0)]]
    body2 = [[_w("1.1", 147.7, 163.0, 535.0)], [_w("Perencanaan,", 173.7, 242.2, 535.0)],
             [_w("10.819.887,-", 444.0, 505.8, 535.0)], [_w("10.818.075,-", 605.7, 667.5, 535.0)],
             [_w("99,98", 747.0, 774.5, 535.0)]]
    return [(TextLine([w for c in cells for w in c]), cells) for cells in (group, labels, body, body2)]


def test_flush_left_labels_go_to_the_column_they_head():
    rows = _rows()
    header_labels_lent(rows, 3.3)
    labels = [" ".join(w.text for w in c) for c in rows[1][1]]
    assert labels == ["", "", "ANGGARAN", "REALISASI", "%"]
    assert [" ".join(w.text for w in c) for c in rows[0][1]] == ["NO", "URAIAN", "ANGGARAN", "", ""]


def test_a_label_reaching_past_the_next_column_stays():
    rows = _rows()
    # right of the spending's amounts, but wider than the column after them: no label of that column alone
    rows[1][1][3] = [_w("%", 678.3, 688.1, 500.8, True), _w("capaian", 691.4, 740.0, 500.8, True),
                     _w("sampai", 743.3, 780.0, 500.8, True), _w("akhir", 783.3, 810.0, 500.8, True)]
    header_labels_lent(rows, 3.3)
    assert [" ".join(w.text for w in c) for c in rows[1][1]] == [
        "", "", "ANGGARAN REALISASI", "% capaian sampai akhir", ""]
