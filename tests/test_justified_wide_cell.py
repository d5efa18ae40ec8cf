"""A wide name cell set justified in a monospaced font pushes each line's last word to the cell's right edge; where
the cell's other words stop short, the white before those last words runs down the body like a column gap. The
column it would open has no header label and its words, each right after one of the labelled column's, end at one
edge on three lines in four: it is the justified cell's, not a column
(:func:`lkjip.extract.layout.justified_columns.unlabelled_columns_dropped`, now also for borderless tables)."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.justified_columns import unlabelled_columns_dropped


def _region(last_label: str = ""):
    return [
        cells_line(100, (57, "NO"), (117, "URAIAN"), *([(254, last_label)] if last_label else []), (300, "ANGGARAN"),
                   bold=True),
        cells_line(115, (57, "1)"), (117, "PROGRAM"), (180, "PENUNJANG"), (254, "URUSAN"), (300, "1.000.000")),
        cells_line(127, (117, "PEMERINTAHAN"), (254, "DAERAH")),
        cells_line(139, (117, "KABUPATEN/KOTA")),
        cells_line(151, (57, "2)"), (117, "Perencanaan,"), (269, "dan"), (300, "2.000.000")),
        cells_line(163, (117, "Evaluasi"), (182, "Kinerja"), (264, "Aset")),
        cells_line(175, (57, "3)"), (117, "Penyusunan"), (184, "Dokumen"), (254, "Daerah"), (300, "3.000.000")),
        cells_line(187, (117, "Koordinasi"), (184, "RKA-SKPD"), (264, "SKPD")),
        cells_line(199, (117, "Dokumen"), (160, "Perubahan"), (254, "RKA")),  # a cell's last line, flush left
    ]


GAPS = [(68.0, 117.0), (232.0, 249.0), (294.0, 300.0)]


def test_words_justified_to_a_cell_edge_open_no_column():
    assert unlabelled_columns_dropped(_region(), GAPS, 100.0) == [(68.0, 117.0), (294.0, 300.0)]


def test_a_labelled_column_stays():
    assert unlabelled_columns_dropped(_region("Kode"), GAPS, 100.0) == GAPS


def test_a_borderless_table_keeps_the_justified_cell_whole():
    from lkjip.extract.layout.borderless import find_text_tables

    tables, _ = find_text_tables(_region(), [], page_no=1, strategy="text")
    assert tables
    rows = [r.cells for r in tables[0].table.rows]
    assert rows[0][:2] == ["NO", "URAIAN"]
    assert rows[1][1] == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
