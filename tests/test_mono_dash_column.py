"""A column of one-letter cells under a wider label, in a monospaced font, keeps its label (issue #12).

In a monospaced font a column of dashes ("-") or digits ("4") ends on one edge whether it is set left or right,
so its channel looks like one opening at a right-aligned column's edge; but the column's label, set flush left
over it and wrapped letter by letter in the narrow column ("Kondis" / "i Awal" / "Renstr" / "a" / "(2018)"),
runs on past that edge into the channel. Those words are the column's own: the cut goes after them, before the
next column's label ("Target" / "2019"), not right after the dashes. Word positions as a renstra table printed
in an 11 pt monospaced font shows them."""

from __future__ import annotations

from lkjip.extract.layout.columns_cut import aligned_seps
from lkjip.extract.layout.geometry import TextLine, Word

CH = 6.6  # one character of an 11 pt monospaced font


def _line(y: float, *words: tuple[str, float]) -> TextLine:
    return TextLine([Word(t, x, y, x + CH * len(t), y + 9, size=11) for t, x in words])


YEARS = [("2019", 269.3), ("2020", 310.7), ("2021", 347.7), ("2022", 384.7), ("2023", 421.6), ("2024", 458.6)]
COLS = [60.8, 92.2, 162.4, 223.1, 269.3, 310.7, 347.7, 384.7, 421.6, 458.6, 495.6]


def _row(y: float, *cells: str) -> TextLine:
    return _line(y, *[(c, x) for c, x in zip(cells, COLS, strict=True) if c])


LINES = [
    _line(100, ("Mis", 60.8), ("Tujuan", 92.2), ("/", 138.4), ("Indikato", 162.4), ("Kondis", 223.1),
          ("Target", 269.3), ("Kondis", 495.6)),
    _line(112, ("i", 60.8), ("Sasaran", 92.2), ("r", 162.4), ("i", 223.1), ("Awal", 236.3), ("i", 495.6)),
    _line(124, ("Renstr", 223.1), ("Akhir", 495.6)),
    _line(136, ("a", 223.1), *YEARS, ("Renstr", 495.6)),
    _line(148, ("(2018)", 223.1), ("a", 495.6)),
    _line(160, ("(2024)", 495.6)),
    _row(172, *[str(k) for k in range(1, 12)]),
    _row(184, "1", "Meningkat", "Nilai", "-", "-", "-", "30", "61", "70", "72", "72"),
    _line(196, ("nya", 92.2), ("Tata", 118.6), ("SAKIP", 162.4)),
    _row(208, "2", "Meningkat", "Indeks", "-", "82", "81", "81", "82", "82", "83", "83"),
    _line(220, ("nya", 92.2), ("Kepuasan", 162.4)),
    _row(232, "3", "meningkat", "Persenta", "-", "100", "100", "100", "100", "100", "100", "100"),
    _line(244, ("kan", 92.2), ("tata", 118.6), ("se", 162.4)),
]


def test_a_wrapped_label_over_a_column_of_dashes_stays_over_it():
    # the channel the body shows right of the dashes: (229.7, 269.3)
    (sep,) = aligned_seps(LINES, [(229.7, 269.3)])
    assert 262.7 <= sep <= 269.3  # after "Kondis" / "Awal" / "Renstr" / "(2018)", before "Target" / "2019"


def test_a_label_of_the_next_column_inside_the_channel_still_opens_it():
    # dashes set flush right, the next column's label "%" flush left inside the channel: the cut goes before it
    lines = [_line(100, ("Nilai", 60.8), ("%", 240.0), ("Target", 269.3)),
             *[_line(112 + 12 * k, ("Indeks", 60.8), ("-", 223.1), ("100", 269.3)) for k in range(3)]]
    (sep,) = aligned_seps(lines, [(229.7, 269.3)])
    assert 229.7 <= sep <= 240.0


def _word_line(y: float, *words: tuple[str, float, float]) -> TextLine:
    return TextLine([Word(t, x0, y, x1, y + 9, size=9) for t, x0, x1 in words])


def test_a_label_spanning_columns_says_nothing_of_the_channel_it_ends_in():
    # "OUTPUT/KELUARAN" spans "URAIAN", "TARGET" and "REALISASI" and ends inside the channel before the last;
    # "REALIS" / "ASI" wrapped in that narrow column start inside it: the cut goes before them
    lines = [_word_line(100, ("OUTPUT/KELUARAN", 355.2, 467.0)),
             _word_line(112, ("URAIAN", 355.2, 399.1), ("TAR", 418.3, 441.6), ("REALIS", 456.8, 497.7)),
             _word_line(124, ("GET", 418.3, 441.5), ("ASI", 456.8, 475.1)),
             *[_word_line(136 + 12 * k, ("Jumlah", 355.2, 390.0), ("2", 440.6, 446.1), ("2", 466.0, 471.5))
               for k in range(3)]]
    _, sep = aligned_seps(lines, [(404.6, 418.3), (446.1, 471.4)])
    assert sep < (456.8 + 475.1) / 2  # "ASI" falls right of the cut
