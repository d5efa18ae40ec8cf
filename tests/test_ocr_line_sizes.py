"""OCR guesses each word's size from its ink (a monospaced comma hanging below the digits made "2.525.442.492," of
10 pt print 12.4 pt); a text layer gives a line's glyphs their font's size. The words of a scanned line take the
line's median size, as a text PDF's would, so the layout measures a row's gaps in one em; a heading's words among
smaller print keep their own."""

from __future__ import annotations

from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_page_flow import same_line_sizes


def _w(text: str, x0: float, top: float, size: float) -> Word:
    return Word(text, x0, top, x0 + 6 * len(text), top + 7.5, size=size, conf=90)


def test_a_rows_words_take_the_lines_median_size():
    row = [_w("Program", 360, 503, 10.0), _w("Penunjang", 406, 503, 10.3), _w("Urusan", 460, 503.8, 9.8),
           _w("Kota", 665, 503.5, 10.2), _w("2.525.442.492,", 700, 503.3, 12.4)]
    same_line_sizes(row)
    assert {w.size for w in row} == {10.2}


def test_a_word_far_from_its_lines_size_keeps_its_own():
    line = [_w("BAB", 100, 100, 18.0), _w("III", 130, 100.5, 10.0), _w("AKUNTABILITAS", 160, 100, 10.2),
            _w("KINERJA", 260, 100, 10.4)]
    same_line_sizes(line)
    assert line[0].size == 18.0
    assert {w.size for w in line[1:]} == {10.3}


def test_lines_are_sized_apart():
    words = [_w("Program", 360, 100, 10.0), _w("2.525.442.492,", 700, 100.3, 12.4), _w("Target", 360, 130, 8.0),
             _w("82,47", 500, 130, 9.5), _w("100", 600, 130.2, 8.2)]
    same_line_sizes(words)
    assert [w.size for w in words] == [11.2, 11.2, 8.2, 8.2, 8.2]
