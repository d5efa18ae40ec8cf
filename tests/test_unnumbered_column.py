"""A justified cell's first line, two words stretched over a narrow cell ("Meningkatnya   akuntabilitas" over
"kinerja"), sets its last word against the cell's right edge row after row: the white before those
words runs down the body like a column gap, in a borderless table as in one ruled with horizontal rules only
(issue #12). The header's row of column numbers ("1 2 3 …") tells: it skips that column, between two it numbers one
after the other (:func:`lkjip.extract.layout.justified_columns.unnumbered_columns_dropped`).
"""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.justified_columns import numbered_columns_split, unnumbered_columns_dropped


def _bold(line: TextLine) -> TextLine:
    return TextLine([Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, True) for w in line.words])


def _right(end: float, word: str) -> tuple[float, str]:
    return (end - 5.0 * len(word), word)


def _lines() -> list[TextLine]:
    # the Sasaran cell runs from 90 to 240: each row's first line, two words, justified to both edges
    return [
        _bold(cells_line(100, (60, "Misi"), (90, "Sasaran"), (260, "Indikator"), (420, "2021"), (480, "2022"))),
        _bold(cells_line(114, (60, "1"), (90, "2"), (260, "3"), (420, "4"), (480, "5"))),
        cells_line(130, (60, "1"), (90, "Meningkatnya"), _right(240, "akuntabilitas"), (260, "Nilai SAKIP"),
                   (420, "49,46"), (480, "51,02")),
        cells_line(142, (90, "kinerja")),
        cells_line(160, (60, "2"), (90, "Meningkatnya"), _right(240, "kualitas"), (260, "Indeks Kepuasan"),
                   (420, "77,98"), (480, "79,35")),
        cells_line(172, (90, "publik"), (260, "Masyarakat")),
        cells_line(190, (60, "3"), (90, "Menurunnya"), _right(240, "gangguan"), (260, "Persentase penanganan"),
                   (420, "74"), (480, "78")),
        cells_line(202, (90, "umum")),
    ]


def test_a_column_the_numbering_row_skips_is_a_justified_lines_last_word():
    gaps = [(80.0, 88.0), (176.0, 179.0), (241.0, 258.0), (400.0, 418.0), (460.0, 478.0)]
    assert unnumbered_columns_dropped(_lines(), gaps) == [(80.0, 88.0), (241.0, 258.0), (400.0, 418.0),
                                                         (460.0, 478.0)]


def test_a_borderless_table_keeps_the_justified_cell_whole():
    (table,), _ = find_text_tables(_lines(), page_no=1)
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["Misi", "Sasaran", "Indikator", "2021", "2022"]
    assert rows[2] == ["1", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "49,46", "51,02"]


def test_a_numbered_column_stays():
    lines = _lines()
    lines[1] = _bold(cells_line(114, (60, "1"), (90, "2"), (200, "3"), (260, "4"), (420, "5"), (480, "6")))
    gaps = [(80.0, 88.0), (176.0, 179.0), (241.0, 258.0), (400.0, 418.0), (460.0, 478.0)]
    assert unnumbered_columns_dropped(lines, gaps) == gaps


def _mono(y: float, *cells: tuple[float, str], bold: bool = False) -> TextLine:
    """A line set in a monospaced font, 7.2 pt a character."""
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, x, y, x + 7.2 * len(tok), y + 12, size=12, bold=bold))
            x += 7.2 * (len(tok) + 1)
    return TextLine(words)


def test_a_narrow_empty_column_the_numbering_row_numbers_is_split_off():
    # "No" broken letter by letter over a column left empty in the body: no channel of its own, but the numbering
    # row numbers it ("1" apart from "2")
    lines = [
        _mono(100, (60, "N"), (80, "Tuju"), (200, "Indikator"), bold=True),
        _mono(112, (60, "o"), (80, "an"), bold=True),
        _mono(124, (60, "1"), (80, "2"), (200, "3"), bold=True),
        _mono(140, (80, "Meningkatnya"), (200, "Persentase")),
        _mono(152, (80, "kemajuan"), (200, "Desa Maju")),
    ]
    gaps = [(175.0, 198.0)]
    assert numbered_columns_split(lines, gaps) == [(67.2, 80.0), (175.0, 198.0)]
    # a word across the white between the two numbers: one column after all
    lines.append(_mono(164, (66, "desa")))
    assert numbered_columns_split(lines, gaps) == gaps



def test_a_label_wider_than_its_number_leaves_the_white_beside_it():
    # "N" (bold, wider than the "1" under it) covers part of the white between "1" and "2": the rest parts them
    lines = [
        _mono(100, (60, "N"), (80, "Tuju"), (200, "Indikator"), bold=True),
        _mono(124, (60, "1"), (80, "2"), (200, "3"), bold=True),
        _mono(140, (80, "Meningkatnya"), (200, "Persentase")),
    ]
    lines[0].words[0] = Word("N", 60.0, 100.0, 70.0, 112.0, size=12, bold=True)
    assert numbered_columns_split(lines, [(175.0, 198.0)]) == [(70.0, 80.0), (175.0, 198.0)]
