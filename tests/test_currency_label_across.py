"""A header phrase set across a sign column and its amounts ("Anggaran (Rp.)", one word space apart) labels one
column: the "Rp" signs, each set four spaces before its amount in one right-aligned cell (monospaced, LibreOffice),
stay in the amount's cell instead of standing as a column of their own."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.columns_cut import currency_columns_joined
from lkjip.extract.layout.geometry import TextLine, Word

SIZE = 11.0
PITCH = 6.6


def _ln(top: float, words: list[tuple[str, int]], bold: bool = False) -> TextLine:
    """Words at character positions of a 12 pt monospaced line."""
    x = 72.0
    return TextLine([Word(t, x + c * PITCH, top, x + (c + len(t)) * PITCH, top + 10.0, size=SIZE, bold=bold)
                     for t, c in words])


def _amount(text: str, end: int = 71) -> list[tuple[str, int]]:
    """ "Rp    <amount>" right-aligned to character ``end``."""
    return [("Rp", end - len(text) - 6), (text, end - len(text))]


HEAD = [_ln(100.0, [("Program", 0), ("Anggaran", 51), ("(Rp.)", 60)], bold=True)]
BODY = [
    _ln(115.0, [("Program", 0), ("Penunjang", 10), ("Urusan", 21), *_amount("3.623.538.040")]),
    _ln(129.0, [("Kabupaten/Kota", 0)]),
    _ln(143.0, [("Program", 0), ("Penyelenggaraan", 8), ("Pemerintahan", 24), *_amount("211.273.010")]),
    _ln(157.0, [("Publik", 0)]),
    _ln(171.0, [("Jumlah", 0), *_amount("3.960.342.998")]),
]
# the white down the body: names end before 51, the millions' "Rp" ends at 56, the billions start at 58
NAMES = (72.0 + 36 * PITCH, 72.0 + 51 * PITCH)
SIGNS = (72.0 + 56 * PITCH, 72.0 + 58 * PITCH)


def test_the_channel_between_signs_and_amounts_under_one_label_is_dropped():
    assert currency_columns_joined(HEAD + BODY, [NAMES, SIGNS]) == [NAMES]


def test_the_signs_stay_with_their_amounts():
    (table,), _ = find_text_tables(HEAD + BODY, page_no=7)
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["Program", "Anggaran (Rp.)"]
    assert ["Jumlah", "Rp 3.960.342.998"] in rows
    assert all("Rp" not in r for r in rows)


def test_labels_apart_over_signs_and_amounts_keep_the_sign_column():
    head = [_ln(100.0, [("Program", 0), ("Satuan", 49), ("Jumlah", 62)], bold=True)]
    sign_end = 72.0 + 53 * PITCH
    gaps = [(72.0 + 37 * PITCH, 72.0 + 49 * PITCH), (sign_end, 72.0 + 55 * PITCH)]
    assert currency_columns_joined(head + BODY, gaps) == gaps
