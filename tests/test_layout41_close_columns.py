"""Tables ruled across only whose columns are set close, and a wrapped cell's line OCR missed (issue #12).

Condensed type in narrow cells leaves no more white between two columns than the cells' padding: less than a wide
word space, so the white down the body does not tell a column gap by its width. The header does: a label starts
where the body's words start right of the narrow white, and no label crosses it
(:func:`~lkjip.extract.layout.ruled_columns.labelled_narrow_channels`).

A band between two rules whose cell lost a line to OCR shows a gap before the cell's rest; that rest, opening in
lower case, is no heading set between two tables (:func:`~lkjip.extract.layout.half_ruled._heading_inside`).
"""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.layout.geometry import TextLine
from lkjip.extract.layout.half_ruled import half_ruled_tables, split_stack

_HEAD = ("No", "Masalah", "Pokok Masalah", "Akar Masalah")
_BODY = [
    ("1.", "Tata kelola", "Laporan dana", "Faktor Internal"),
    ("", "pemerintahan belum", "pertanggungjawaban", "Pendampingan"),
    ("2.", "Pelayanan", "Waktu", "Faktor Eksternal"),
    ("", "kepada masyarakat", "penyelesaian lambat", "Jaringan"),
]


def _width(text: str) -> float:
    return 5.0 * len(text.replace(" ", "")) + 3.0 * text.count(" ")


def _cols() -> list[float]:
    """Column left edges: each column's widest line (a cell's last) ends 5 pt before the next column starts, less
    white than a wide word space at 12 pt (the "No" column is wider than its label)."""
    xs = [60.0, 90.0]
    for k in range(1, len(_HEAD) - 1):
        xs.append(xs[-1] + max(_width(r[k]) for r in [_HEAD, *_BODY]) + 5.0)
    return xs


def _row(y: float, *texts: str, bold: bool = False, size: float = 12.0) -> TextLine:
    return cells_line(y, *((x, t) for x, t in zip(_cols(), texts, strict=False) if t), bold=bold, size=size)


def _lines() -> list[TextLine]:
    return [_row(103, *_HEAD, bold=True), _row(121, *_BODY[0]), _row(133, *_BODY[1]),
            _row(151, *_BODY[2]), _row(163, *_BODY[3])]


def test_columns_set_closer_than_a_word_space_are_told_by_the_labels_over_them():
    rules = [hrule(y) for y in (100.0, 116.0, 146.0, 176.0)]
    (table,), rest = half_ruled_tables(_lines(), rules, page_no=1, strategy="rules")
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["No", "Masalah", "Pokok Masalah", "Akar Masalah"]
    assert rows[1] == ["1.", "Tata kelola pemerintahan belum", "Laporan dana pertanggungjawaban",
                       "Faktor Internal Pendampingan"]
    assert rows[2] == ["2.", "Pelayanan kepada masyarakat", "Waktu penyelesaian lambat", "Faktor Eksternal Jaringan"]
    assert rest == []


def test_a_cells_rest_under_a_line_ocr_missed_is_no_heading_between_tables():
    lines = [
        _row(103, "IV", "Koordinasi dan", "40.645.273", "Jumlah Laporan"),
        _row(115, "", "Penyusunan", "", "Keuangan"),
        _row(127, "", "Laporan Keuangan"),
        # "Bulanan/Triwula" not read; its rest, in a size of its own to OCR
        _row(153, "", "nan/Semestera", size=13.5),
        _row(165, "", "SKPD", size=13.5),
        _row(183, "V.", "Koordinasi", "41.346.458", "Persentase"),
    ]
    box = (55.0, 100.0, 540.0, 196.0)
    runs = split_stack(lines, box, [100.0, 178.0, 196.0])
    assert [ys for _, ys in runs] == [[100.0, 178.0, 196.0]]
