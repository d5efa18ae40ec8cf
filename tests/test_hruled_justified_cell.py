"""A narrow cell set justified in a table ruled with horizontal lines only (issue #12).

The white of one stretched word space runs down the whole body when the cell's other lines are short
("MASYARAKAT DESA   DAN" over "KELURAHAN"): it reads as a column gap, the line's last word goes into a column of
its own and every column after it shifts. A column opening with nothing but words after a justified line's
stretched space is no column (:func:`lkjip.extract.layout.justified_columns.stretched_channels_dropped`).
"""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.justified_columns import stretched_channels_dropped, unlabelled_columns_dropped


def _bold(line: TextLine) -> TextLine:
    return TextLine([Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, True) for w in line.words])


def _justified(y: float, x0: float, x1: float, text: str) -> list[tuple[float, str]]:
    """A cell line from ``x0`` to ``x1``, its word spaces stretched evenly (5 pt a letter)."""
    words = text.split()
    space = (x1 - x0 - 5.0 * sum(len(w) for w in words)) / (len(words) - 1)
    out, x = [], x0
    for w in words:
        out.append((x, w))
        x += 5.0 * len(w) + space
    return out


def _lines() -> list[TextLine]:
    return [
        _bold(cells_line(103, (60, "No"), (90, "Program"), (260, "Indikator"), (480, "Target"))),
        cells_line(123, (60, "1"), (90, "PROGRAM"), (260, "Persentase partisipasi"), (480, "100")),
        cells_line(135, (90, "PEMBERDAYAAN LEMBAGA"), (260, "masyarakat")),
        cells_line(147, *_justified(147, 90, 250, "MASYARAKAT DESA DAN"), (260, "dalam kegiatan")),
        cells_line(159, (90, "KELURAHAN")),
        cells_line(177, (60, "2"), (90, "PROGRAM"), (260, "Persentase gangguan"), (480, "95")),
        cells_line(189, (90, "PEMBINAAN"), (260, "yang tertangani")),
        cells_line(201, (90, "KETENTERAMAN")),
        cells_line(231, (60, "3"), (90, "PROGRAM PEMBINAAN"), (260, "Persentase desa"), (480, "90")),
    ]


def test_a_stretched_space_running_down_the_body_is_no_column_gap():
    rules = [hrule(y) for y in (100.0, 118.0, 172.0, 226.0, 244.0)]
    (table,), rest = half_ruled_tables(_lines(), rules, page_no=1, strategy="rules")
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["No", "Program", "Indikator", "Target"]
    assert rows[1] == ["1", "PROGRAM PEMBERDAYAAN LEMBAGA MASYARAKAT DESA DAN KELURAHAN",
                       "Persentase partisipasi masyarakat dalam kegiatan", "100"]
    assert rest == []


def test_a_column_whose_text_starts_at_its_edge_keeps_its_channel():
    lines = _lines()
    gaps = [(70.0, 88.0), (200.0, 232.0), (252.0, 258.0)]
    kept = stretched_channels_dropped(lines, gaps)
    assert (200.0, 232.0) not in kept
    assert (70.0, 88.0) in kept and (252.0, 258.0) in kept


def _two_word_lines() -> list[TextLine]:
    # "Persentase   Desa" / "Maju": one stretched space, nothing to tell it by its width from a column gap
    return [
        _bold(cells_line(103, (60, "No"), (90, "Indikator"), (200, "Program"), (330, "Target"))),
        _bold(cells_line(115, (60, "1"), (90, "2"), (200, "3"), (330, "4"))),
        cells_line(133, (60, "1"), (90, "Persentase"), (170, "Desa"), (200, "PROGRAM PEMBERDAYAAN"), (330, "100")),
        cells_line(145, (90, "Maju"), (200, "MASYARAKAT DESA")),
        cells_line(163, (60, "2"), (90, "Indeks Kepuasan"), (200, "PROGRAM PELAYANAN"), (330, "82")),
        cells_line(175, (90, "Masyarakat"), (200, "PUBLIK")),
    ]


def test_a_column_without_label_holding_one_lines_last_word_is_no_column():
    rules = [hrule(y) for y in (100.0, 128.0, 158.0, 188.0)]
    (table,), _ = half_ruled_tables(_two_word_lines(), rules, page_no=1, strategy="rules")
    rows = [r.cells for r in table.table.rows]
    assert rows[0] == ["No", "Indikator", "Program", "Target"]
    assert rows[2] == ["1", "Persentase Desa Maju", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "100"]


def test_a_labelled_column_stays():
    lines = _two_word_lines()
    lines[0] = _bold(cells_line(103, (60, "No"), (90, "Indikator"), (170, "Sat"), (200, "Program"), (330, "Target")))
    gaps = unlabelled_columns_dropped(lines, [(80.0, 88.0), (142.0, 168.0), (192.0, 198.0), (320.0, 328.0)], 130.0)
    assert (142.0, 168.0) in gaps
    assert len(unlabelled_columns_dropped(_two_word_lines(), [(80.0, 88.0), (142.0, 168.0), (192.0, 198.0)],
                                          130.0)) == 2


def test_a_column_labelled_from_inside_the_channel_before_it_stays():
    # "Satuan" set flush left in its cell starts in the white before the units ("%", "-") set flush right
    lines = _two_word_lines()
    lines[0] = _bold(cells_line(103, (60, "No"), (90, "Indikator"), (145, "Sat"), (200, "Program"), (330, "Target")))
    gaps = unlabelled_columns_dropped(lines, [(80.0, 88.0), (142.0, 168.0), (192.0, 198.0), (320.0, 328.0)], 130.0)
    assert (142.0, 168.0) in gaps


def test_the_rest_of_a_cut_row_opening_a_part_is_no_header():
    # a part opening with the rest of the row the page break cut (regular type, no number): no header to leave a
    # column unlabelled; the indicators after the names are a column of their own
    lines = [
        cells_line(63, (90, "ya Tata Kelola")),
        cells_line(75, (90, "Pemerintahan")),
        cells_line(93, (60, "2"), (90, "Meningkatn"), (200, "Indeks Kepuasan"), (330, "82")),
        cells_line(105, (90, "ya Kualitas")),
        cells_line(123, (60, "3"), (90, "Meningkatk"), (200, "Persentase desa"), (330, "100")),
    ]
    gaps = [(80.0, 88.0), (148.0, 198.0), (280.0, 328.0)]
    assert unlabelled_columns_dropped(lines, gaps, 90.0) == gaps
