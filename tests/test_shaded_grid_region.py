"""A table shaded cell by cell whose page holds only its header and its first row (no number but the row's key,
too few lines to count as a grid of text): its rows of shaded cells side by side say it is a table, as rules
across would (:func:`lkjip.extract.layout.shade_borders.shaded_bands`, :func:`~lkjip.extract.layout.borderless.region_table`)."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling

COLS = (51.0, 117.5, 377.3, 650.0, 780.0)


def _shades(bands):
    return [Ruling(a, top, b, bottom, shade=True) for top, bottom in bands for a, b in zip(COLS, COLS[1:])]


def _lines():
    return [
        cells_line(379.0, (57, "No"), (123, "Masalah"), (383, "Pokok Masalah"), (655, "Akar Masalah"), bold=True),
        cells_line(394.0, (99, "1."), (123, "Pelayanan administrasi kepada"), (383, "Waktu layanan sering"),
                   (655, "Faktor Internal:")),
        cells_line(408.0, (123, "masyarakat belum optimal"), (383, "melebihi standar"), (655, "Jumlah petugas")),
        cells_line(422.0, (655, "loket belum")),
        cells_line(436.0, (655, "sebanding dengan")),
        cells_line(450.0, (655, "jumlah pemohon")),
    ]


def test_header_and_one_row_in_shaded_cells_are_a_table():
    tables, _ = find_text_tables(_lines(), _shades([(377.9, 392.15), (392.2, 535.15)]), page_no=6)
    assert len(tables) == 1
    rows = [r.cells for r in tables[0].table.rows]
    assert any(r[-1].startswith("Faktor Internal: Jumlah petugas") for r in rows)


def test_without_shaded_cells_the_lines_stay_text():
    tables, _ = find_text_tables(_lines(), [], page_no=6)
    assert not tables
