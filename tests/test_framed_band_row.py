"""A borderless table drawn in a frame (two side bars running down beside it) whose rows are shaded band by band
(#12, side bars shaded): a shaded band opening under a row, a little more white above it than between the lines
of one row, is the next row's shading inside the frame, not the header band of a next table. Every blank inside
the frame was left out of the widest gap the table's lines showed, so any band opening looked set off by more
white than the body, and the table ended there: the next rows read as text, a cascading table's sub-activities
lost (:func:`~lkjip.extract.layout.borderless.find_text_tables`)."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, TextLine, Word

#: (top, bold, [(text, x0, x1)]) per line, 8 pt monospaced
LINES = [
    (100.0, True, [("No", 55.0, 65.0), ("Kegiatan", 80.0, 118.0), ("Sub", 200.0, 215.0), ("Kegiatan", 220.0, 258.0),
                   ("Indikator", 300.0, 343.0)]),
    (112.0, True, [("1", 55.0, 60.0), ("2", 80.0, 85.0), ("3", 200.0, 205.0), ("4", 300.0, 305.0)]),
    (124.0, False, [("1", 55.0, 60.0), ("Layanan", 80.0, 113.0), ("umum", 118.0, 137.0), ("Penyediaan", 200.0, 248.0),
                    ("Jumlah", 300.0, 329.0), ("20", 334.0, 343.0)]),
    (135.7, False, [("kecamatan", 80.0, 123.0), ("jasa", 200.0, 219.0), ("berkas", 300.0, 329.0)]),
    (147.4, False, [("kantor", 200.0, 229.0)]),
    (164.5, False, [("Pelaksanaan", 200.0, 253.0), ("Jumlah", 300.0, 329.0)]),
    (176.2, False, [("pelayanan", 200.0, 243.0), ("laporan", 300.0, 334.0)]),
    (187.9, False, [("2", 55.0, 60.0), ("Pembinaan", 80.0, 123.0), ("Fasilitasi", 200.0, 248.0), ("Jumlah", 300.0, 329.0),
                    ("12", 334.0, 343.0)]),
    (199.6, False, [("desa", 80.0, 99.0), ("desa", 200.0, 219.0), ("desa", 300.0, 319.0)]),
]
#: the frame's side bars, and the shaded cells of the second row's band (two side by side)
RULES = [Ruling(50.0, 98.0, 50.8, 215.0), Ruling(349.0, 98.0, 349.8, 215.0),
         Ruling(195.0, 161.0, 295.0, 186.0, shade=True), Ruling(295.0, 161.0, 349.0, 186.0, shade=True)]


def _lines() -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + 8.4, size=8.0, bold=bold) for t, x0, x1 in words])
            for top, bold, words in LINES]


def test_a_shaded_row_band_inside_the_frame_does_not_end_the_table():
    tables, rest = find_text_tables(_lines(), RULES, page_no=1, strategy="text", vocab=None)
    assert len(tables) == 1 and not rest
    cells = [c for r in tables[0].table.rows for c in r.cells]
    assert "Pelaksanaan pelayanan" in cells and any(c.startswith("Pembinaan") for c in cells)


def test_without_the_frame_the_band_still_ends_the_table():
    tables, rest = find_text_tables(_lines(), RULES[2:], page_no=1, strategy="text", vocab=None)
    assert rest and not any("Pelaksanaan" in c for t in tables for r in t.table.rows for c in r.cells)
