"""A scanned table whose narrow first column ("No", its header stacked "N" over "o") is empty in the body: on its
line of column numbers OCR read that column's "1" and the next one's "2" as one word "12". Cut back into its numbers
(:mod:`lkjip.extract.layout.glued_numbers`), the line keeps the white channel between the two columns, so the table
keeps its narrow column instead of piling its header words into the next one."""

from __future__ import annotations

from line_builders import cell_words

from lkjip.extract.layout.geometry import TextLine, Word, lines_from_words
from lkjip.extract.layout.glued_numbers import glued_run
from lkjip.extract.layout.page import read_page_layout

COLUMNS = (50, 64, 150, 250, 350)


def _page(glued: bool):
    words = cell_words(100, (50, "N"), (64, "Tujuan"), (150, "Indikator"), (250, "Target"), (350, "Realisasi"),
                       bold=True)
    words += cell_words(114, (50, "o"), bold=True)
    if glued:  # "1 2" printed one space apart, read as one word
        words += [Word("12", 50, 128, 69, 138, bold=True)]
        words += cell_words(128, (150, "3"), (250, "4"), (350, "5"), bold=True)
    else:
        words += cell_words(128, *zip(COLUMNS, ("1", "2", "3", "4", "5"), strict=True), bold=True)
    for k, (a, b) in enumerate((("82,47", "83,10"), ("100", "98"), ("75,5", "80"))):
        words += cell_words(146 + 14 * k, (64, f"Sasaran{k}"), (150, f"Indikator{k}"), (250, a), (350, b))
    return read_page_layout(1, 800.0, words, [], lines_from_words, ruled=False)


def _header(glued: bool) -> list[list[str]]:
    (pt,) = _page(glued).tables
    return [r.cells for r in pt.table.rows if r.is_header]


def test_glued_numbers_keep_the_narrow_column():
    assert _header(glued=True) == _header(glued=False) == [
        ["No", "Tujuan", "Indikator", "Target", "Realisasi"], ["1", "2", "3", "4", "5"]]


def test_only_a_rising_run_is_cut():
    def line(*texts: str) -> TextLine:
        return TextLine([Word(t, 50 + 40 * k, 0, 60 + 40 * k, 10) for k, t in enumerate(texts)])

    assert glued_run(line("12", "3", "4", "5")) == [["1", "2"], ["3"], ["4"], ["5"]]
    assert glued_run(line("7", "8", "9", "1011")) == [["7"], ["8"], ["9"], ["10", "11"]]
    assert glued_run(line("1", "2", "3", "4")) is None  # nothing glued
    assert glued_run(line("12", "13", "14", "15")) is None  # columns 12-15 as printed
    assert glued_run(line("12", "4", "5", "6")) is None  # not the numbers the run misses
    assert glued_run(line("2019", "2020", "2021")) is None  # years
