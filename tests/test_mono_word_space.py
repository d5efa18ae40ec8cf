"""A cell's last line in a monospaced font ("Pihak Swasta" under "Melibatkan", an indicator justified in a column
15 letters wide): its first word would not fit on the line above with a monospaced space (one pitch, 0.6 em, not
half an em), so it goes on the cell — it opens no row of its own (a cascading table's sub-rows are counted)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word

PITCH = 4.8  # 8 pt monospaced: 0.6 em a letter


def _ln(top: float, *cells: tuple[float, str], bold: bool = False) -> TextLine:
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, x, top, x + PITCH * len(tok), top + 9.0, size=8.0, bold=bold))
            x += PITCH * (len(tok) + 1)
    return TextLine(words)


def _justified(top: float, x0: float, left: str, right: str, x1: float) -> TextLine:
    """A line set justified: its first word at the column's left, its last ending at the right (``x1``)."""
    return TextLine([Word(left, x0, top, x0 + PITCH * len(left), top + 9.0, size=8.0),
                     Word(right, x1 - PITCH * len(right), top, x1, top + 9.0, size=8.0)])


EDGE = 200.0 + 15.9 * PITCH  # the indicator column holds 15 letters and a hair: "Melibatkan Pihak" (16) does not fit

LINES = [
    _ln(100.0, (60.0, "No"), (100.0, "Sub Kegiatan"), (200.0, "Indikator"), bold=True),
    _ln(112.0, (60.0, "1"), (100.0, "Pelaksanaan"), (200.0, "Jumlah")),
    TextLine([*_ln(121.0, (100.0, "Pemeliharaan")).words, *_justified(121.0, 200.0, "Prasarana", "dan", EDGE).words]),
    _ln(130.0, (100.0, "Prasarana"), (200.0, "yang Dipelihara")),
    _ln(139.0, (100.0, "Umum"), (200.0, "dengan")),
    _ln(148.0, (200.0, "Melibatkan")),
    _ln(157.0, (200.0, "Pihak Swasta")),
    _ln(166.0, (60.0, "2"), (100.0, "Fasilitasi"), (200.0, "Jumlah")),
    _ln(175.0, (100.0, "Desa"), (200.0, "Dokumen")),
]


def test_a_monospaced_cell_line_without_room_for_the_next_word_goes_on():
    (table,), rest = find_text_tables(LINES, page_no=7)
    assert not rest
    body = [r.cells for r in table.table.rows if not r.is_header]
    assert [r[0] for r in body] == ["1", "2"]
    assert body[0][2] == "Jumlah Prasarana dan yang Dipelihara dengan Melibatkan Pihak Swasta"
