"""Right-aligned column edges one word space before the next column, in a monospaced font (12 pt, as printed)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word

SIZE = 11.0


def _ln(top: float, bold: bool, words: list[tuple[str, float, float]]) -> TextLine:
    return TextLine([Word(t, x0, top, x1, top + 12.4, size=SIZE, bold=bold) for t, x0, x1 in words])


# keys "1" set flush right one pitch (6.6 pt) before the programme names, amounts flush right one pitch before
# the sources of funds; only the names' wrapped lines and the header label show where the next column opens
PK_BUDGET = [
    _ln(213.6, True, [("Program", 144.9, 191.0), ("Anggaran", 237.3, 290.1), ("Keterangan", 408.9, 474.9)]),
    _ln(228.6, False, [("1", 132.3, 138.9), ("Penunjang", 144.9, 204.2), ("2.503.940.069,00", 297.4, 402.9),
                       ("APBD/DAU", 408.9, 461.7)]),
    _ln(240.6, False, [("Urusan", 144.9, 184.4)]),
    _ln(252.6, False, [("Pemerintahan", 144.9, 224.0)]),
    _ln(264.6, False, [("Daerah", 144.9, 184.4)]),
    _ln(276.6, False, [("Kabupaten/Kot", 144.9, 230.6)]),
    _ln(288.6, False, [("a", 144.9, 151.5)]),
    _ln(302.1, False, [("2", 132.3, 138.9), ("Penyelenggara", 144.9, 230.6), ("6.964.161,00", 323.8, 402.9),
                       ("APBD/DAU", 408.9, 461.7)]),
    _ln(314.1, False, [("an", 144.9, 158.1)]),
    _ln(326.1, False, [("Pemerintahan", 144.9, 224.0)]),
    _ln(338.1, False, [("dan", 144.9, 164.7), ("Pelayanan", 171.3, 230.6)]),
    _ln(350.1, False, [("Publik", 144.9, 184.4)]),
    _ln(364.4, False, [("3", 132.3, 138.9), ("Pemberdayaan", 144.9, 224.0), ("67.197.194,00", 317.2, 402.9),
                       ("APBD/DAU", 408.9, 461.7)]),
    _ln(376.4, False, [("Masyarakat", 144.9, 210.8)]),
]


def test_keys_and_amounts_flush_right_one_pitch_before_the_next_column_end_their_columns():
    (table,), _ = find_text_tables(PK_BUDGET, page_no=1)
    rows = [[c for c in r.cells if c] for r in table.table.rows]
    assert rows == [["Program", "Anggaran", "Keterangan"],
                    ["1", "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "2.503.940.069,00", "APBD/DAU"],
                    ["2", "Penyelenggaraan Pemerintahan dan Pelayanan Publik", "6.964.161,00", "APBD/DAU"],
                    ["3", "Pemberdayaan Masyarakat", "67.197.194,00", "APBD/DAU"]]
    header = table.table.rows[0].cells
    assert table.table.rows[1].cells[header.index("Keterangan")] == "APBD/DAU"


def test_words_one_pitch_apart_in_wrapped_text_open_no_column():
    # names set flush left in a monospaced font: words of three widths end at one x by chance and the next word
    # starts one pitch later on every line, but no line of the column opens there
    lines = [_ln(100.0, False, [("Kegiatan", 60.0, 112.8), ("ini", 119.4, 139.2), ("1.250.000", 300.0, 359.4)]),
             _ln(114.0, False, [("Ke", 60.0, 73.2), ("Dusun", 79.8, 112.8), ("Baru", 119.4, 145.8),
                                ("310.000", 313.2, 359.4)]),
             _ln(128.0, False, [("Di", 60.0, 73.2), ("Pasar", 79.8, 112.8), ("Lama", 119.4, 145.8),
                                ("845.000", 313.2, 359.4)]),
             _ln(142.0, False, [("Rapat", 60.0, 93.0), ("12.000", 319.8, 359.4)])]
    (table,), _ = find_text_tables(lines, page_no=1)
    assert [r.cells for r in table.table.rows] == [["Kegiatan ini", "1.250.000"], ["Ke Dusun Baru", "310.000"],
                                                  ["Di Pasar Lama", "845.000"], ["Rapat", "12.000"]]
