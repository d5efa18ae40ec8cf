"""A small table shaded cell by cell with its names set flush right against the amounts beside them: the white
between a name and its amount is narrower than a column gap (a word space and a cell's padding), but the two
shaded cells meet there, and a line whose words part where two shaded cells meet shows two cells
(borderless.region_table, channels.cut_at_shade). Read as text lines, the table is lost and every uncaptioned table
after it is numbered one too low."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, Word, lines_from_words

SIZE = 7.0
#: the names' cell ends at 524, the amounts' starts there; a name ends 3 pt left of it, an amount starts 4 pt right
BORDER, LEFT, RIGHT = 524.0, 44.0, 554.0
ROWS = [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "2.525.4", "42.492"),
        ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", "15.279.", "011"),
        ("Program Pemberdayaan Masyarakat Desa dan Kelurahan", "73.593.", "494"),
        ("Program Koordinasi Ketentraman dan Ketertiban Umum", "23.460.", "000"),
        ("Jumlah", "2.662.3", "94.679")]


def _flush_right(y: float, text: str, right: float) -> list[Word]:
    """Words 3.5 pt a letter, 1.8 pt apart, the last ending at ``right``."""
    toks = text.split()
    x = right - sum(3.5 * len(t) for t in toks) - 1.8 * (len(toks) - 1)
    out = []
    for t in toks:
        out.append(Word(t, x, y, x + 3.5 * len(t), y + 7.0, size=SIZE))
        x += 3.5 * len(t) + 1.8
    return out


def _page() -> tuple[list[Word], list[Ruling]]:
    words = [Word("Program", 47.0, 206.0, 71.5, 213.0, size=SIZE, bold=True),
             Word("Anggaran", 528.0, 206.0, 549.0, 213.0, size=SIZE, bold=True)]
    shades = [Ruling(LEFT, 204.0, BORDER, 216.0, shade=True), Ruling(BORDER, 204.0, RIGHT, 216.0, shade=True)]
    y = 220.0
    for name, amount, rest in ROWS:
        words += _flush_right(y, name, BORDER - 3.0) + [Word(amount, 528.0, y, 549.7, y + 7.0, size=SIZE)]
        words += [Word(rest, 549.7 - 3.5 * len(rest), y + 7.5, 549.7, y + 14.5, size=SIZE)]
        shades += [Ruling(LEFT, y - 2, BORDER, y + 16, shade=True), Ruling(BORDER, y - 2, RIGHT, y + 16, shade=True)]
        y += 18.0
    return words, shades


def test_a_name_flush_against_its_amount_in_cells_shaded_apart_is_a_row_of_two_cells():
    words, shades = _page()
    tables, _ = find_text_tables(lines_from_words(words), shades, page_no=10)
    (table,) = tables
    cells = [[c for c in r.cells if c] for r in table.table.rows]
    assert cells[1] == ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "2.525.442.492"]
    assert cells[-1] == ["Jumlah", "2.662.394.679"]


def test_without_the_shading_the_lines_are_text():
    words, _ = _page()
    tables, _ = find_text_tables(lines_from_words(words), [], page_no=10)
    assert tables == []
