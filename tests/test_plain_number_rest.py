"""A plain number broken in a narrow column of a table without row rules ("10" / "0" for 100, the output % of a
budget table in 11 pt serif): the piece above fills its column, the line below opens no key, so the "0" is the
number's rest, not the first line of a row of its own (which shifted every later cell of the row: its name's
wrapped lines read as a row without amounts)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.rows import numbers_continue


def _w(t: str, x0: float, x1: float, top: float, bold: bool = False) -> Word:
    return Word(t, x0, top, x1, top + 9.0, size=8.0, bold=bold)


def _ln(top: float, words: list[tuple[str, float, float]], bold: bool = False) -> TextLine:
    return TextLine([_w(t, x0, x1, top, bold) for t, x0, x1 in words])


LINES = [
    _ln(100.0, [("No", 60.0, 70.0), ("Uraian", 100.0, 125.0), ("Anggaran", 250.0, 290.0), ("%", 412.0, 418.0)],
        bold=True),
    _ln(112.0, [("1)", 60.0, 67.0), ("Perencanaan,", 100.0, 150.0), ("161.733.845", 250.0, 300.0),
                ("10", 410.5, 420.0)]),
    _ln(121.0, [("Penganggaran,", 100.0, 155.0), ("dan", 158.0, 172.0), ("0", 415.25, 420.0)]),
    _ln(130.0, [("2)", 60.0, 67.0), ("Koordinasi", 100.0, 142.0), ("dan", 145.0, 159.0), ("89.528.254", 254.5, 300.0),
                ("93,", 412.0, 420.0)]),
    _ln(139.0, [("Penyusunan", 100.0, 148.0), ("5", 415.25, 420.0)]),
    _ln(148.0, [("3)", 60.0, 67.0), ("Evaluasi", 100.0, 133.0), ("1.004.743", 259.0, 300.0), ("98", 410.5, 420.0)]),
]


def test_a_piece_filling_its_column_goes_on_below():
    above = [[], [], [], [_w("10", 410.5, 420.0, 0.0)]]
    below = [[], [_w("Penganggaran,", 100.0, 155.0, 9.0)], [], [_w("0", 415.25, 420.0, 9.0)]]
    assert numbers_continue(above, below, {3: (410.5, 420.0)})
    assert not numbers_continue(above, below)  # no column width known: "10" may be whole
    keyed = [[_w("2)", 60.0, 67.0, 9.0)], *below[1:]]
    assert not numbers_continue(above, keyed, {3: (410.5, 420.0)})  # a key opens a row: its own "0"


def test_the_rest_of_a_broken_plain_number_stays_in_its_row():
    (table,), rest = find_text_tables(LINES, page_no=20)
    assert not rest
    body = [r.cells for r in table.table.rows if not r.is_header]
    assert [r[0] for r in body] == ["1)", "2)", "3)"]
    assert body[0][1] == "Perencanaan, Penganggaran, dan"
    assert [r[-1] for r in body] == ["100", "93,5", "98"]
