"""A row of column numbers with one number OCR misread, over narrow columns (issue #12).

A scanned table ruled across only, its columns narrow and set close (a condensed type in narrow cells), leaves
channels between its columns no wider than a word space: the white down its body does not tell them. Its header's
row of column numbers ("1 2 3 … 10 11") does (:func:`~lkjip.extract.layout.justified_columns.numbered_columns_split`),
also when Tesseract read one of them as look-alike letters ("ll" for 11, "s" for 5): a row of column numbers with
one such misreading among enough true ones is still that row (:func:`~lkjip.extract.layout.col_numbers.line_numbers`).
"""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.layout.col_numbers import line_numbers, numbers_line
from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.half_ruled import half_ruled_tables

#: column left edges; from the second on, each column's widest word (12 letters, 60 pt) ends 5 pt before the next
#: column starts: at 12 pt, less white than a wide word space, though a column gap
_COLS = (60.0, 115.0, 180.0, 245.0, 310.0, 375.0)


def _row(y: float, *texts: str, bold: bool = False) -> TextLine:
    return cells_line(y, *((x, t) for x, t in zip(_COLS, texts, strict=False) if t), bold=bold, size=12.0)


def _lines(last_number: str) -> list[TextLine]:
    return [
        _row(103, "No", "Tujuan", "Sasaran", "Program", "Kegiatan", "Indikator", bold=True),
        _row(121, "1", "2", "3", "4", "5", last_number, bold=True),
        _row(139, "1", "Mewujudkan", "Naiknya", "PROGRAM", "Koordinasi", "Jumlah"),
        _row(151, "", "tata kelola", "kualitas", "PENUNJANG", "dan", "Laporan"),
        _row(163, "", "pemerintahan", "pemberdayaan", "ADMINISTRASI", "Perlindungan", "Kegiatan"),
        _row(181, "2", "Menciptakan", "Menurunnya", "PROGRAM", "Pembinaan", "Jumlah"),
        _row(193, "", "ketenteraman", "ketenteraman", "KETENTERAMAN", "ketenteraman", "Anggota"),
    ]


def test_a_misread_column_number_is_given_the_number_its_neighbours_say():
    assert line_numbers(_row(121, "1", "2", "3", "4", "5", "ll")) == [1, 2, 3, 4, 5, 6]
    assert line_numbers(_row(121, "1", "2", "s", "4")) == [1, 2, 3, 4]
    assert numbers_line(_row(121, "1", "2", "3", "4", "5", "ll"), rising=True)
    # two misreadings, or one among too few true numbers, or a word: no row of column numbers
    assert line_numbers(_row(121, "1", "2", "s", "ll")) is None
    assert line_numbers(_row(121, "1", "ll", "3")) is None
    assert line_numbers(_row(121, "1", "2", "3", "Jumlah")) is None


def test_narrow_columns_are_told_by_a_numbering_row_with_a_misread_number():
    rules = [hrule(y) for y in (100.0, 134.0, 176.0, 206.0)]
    (table,), rest = half_ruled_tables(_lines("ll"), rules, page_no=1, strategy="rules")
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["No", "Tujuan", "Sasaran", "Program", "Kegiatan", "Indikator"]
    assert rows[2] == ["1", "Mewujudkan tata kelola pemerintahan", "Naiknya kualitas pemberdayaan",
                       "PROGRAM PENUNJANG ADMINISTRASI", "Koordinasi dan Perlindungan", "Jumlah Laporan Kegiatan"]
    assert rows[3] == ["2", "Menciptakan ketenteraman", "Menurunnya ketenteraman", "PROGRAM KETENTERAMAN",
                       "Pembinaan ketenteraman", "Jumlah Anggota"]
    assert rest == []
