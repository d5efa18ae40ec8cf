"""A justified cell's line whose last word is pushed to the cell's right edge ("publik          di") leaves that
word alone in the white between two columns; it is the cell's word, not the next column's."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 6.0, size=6.5, bold=bold) for t, x0, x1 in words])


# a cascading table set justified in a 6.5 pt monospaced font (pitch 3.9 pt), its columns 10.8 pt apart:
# No | Tujuan | Indikator Tujuan | Sasaran | Indikator Sasaran, a row of column numbers under the header
LINES = [
    _ln(328.1, True, [("No", 42.6, 50.4), ("Tujuan", 65.7, 89.1), ("Indikator", 138.2, 173.3),
                      ("Sasaran", 209.6, 236.9), ("Indikator", 281.7, 316.8)]),
    _ln(336.5, True, [("Tujuan", 138.2, 161.6), ("Sasaran", 281.7, 309.0)]),
    _ln(345.0, True, [("1", 42.6, 46.5), ("2", 65.7, 69.6), ("3", 138.2, 142.1), ("4", 209.6, 213.5),
                      ("5", 281.7, 285.6)]),
    _ln(354.2, False, [("1", 51.0, 54.9), ("Meningkatkan", 65.7, 112.5), ("Indeks", 138.2, 161.6),
                       ("Kepuasan", 167.6, 198.8), ("Meningkatnya", 209.6, 256.4), ("Indeks", 281.7, 305.1),
                       ("Kepuasan", 311.1, 342.3)]),
    _ln(362.6, False, [("kualitas", 65.7, 96.9), ("Masyarakat", 138.2, 177.2), ("kualitas", 209.6, 240.8),
                       ("Masyarakat", 281.7, 320.7)]),
    _ln(371.1, False, [("pelayanan", 65.7, 100.8), ("(IKM)", 138.2, 157.7), ("pelayanan", 209.6, 244.7),
                       ("(IKM)", 281.7, 301.2)]),
    _ln(379.5, False, [("publik", 65.7, 89.1), ("di", 119.6, 127.4), ("publik", 209.6, 233.0)]),
    _ln(388.0, False, [("tingkat", 65.7, 93.0), ("kecamatan", 209.6, 244.7)]),
    _ln(396.4, False, [("kecamatan", 65.7, 100.8)]),
]


def test_a_justified_lines_last_word_alone_in_a_channel_stays_in_its_cell():
    (table,), _ = find_text_tables(LINES, page_no=5)
    rows = [r.cells for r in table.table.rows]
    assert all(len(r) == 5 for r in rows)
    assert rows[-1][1] == "Meningkatkan kualitas pelayanan publik di tingkat kecamatan"
    assert rows[-1][2] == "Indeks Kepuasan Masyarakat (IKM)"


def test_a_currency_sign_alone_in_the_channel_is_no_names_last_word():
    # the same white holding "Rp": the head of an amount in a column of its own, never a name's last word pushed
    # to its cell's edge, so it is not put at the end of the name
    lines = [ln if ln.top != 379.5 else _ln(379.5, False, [("publik", 65.7, 89.1), ("Rp", 119.6, 127.4),
                                                           ("publik", 209.6, 233.0)]) for ln in LINES]
    (table,), _ = find_text_tables(lines, page_no=5)
    names = [r.cells[1] for r in table.table.rows if len(r.cells) > 1]
    assert not any(n.split()[-1:] == ["Rp"] or " Rp " in f" {n} " for n in names if n)
