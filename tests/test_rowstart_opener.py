"""A row that starts in one column alone, under a cell that ended short (issue #12).

A cascading table's sub kegiatan merged down beside two indicators leaves every other cell empty beside the
second: the indicator cell holds both rows' text, "… di Desa" then "Jumlah usulan …" with no blank line. The
second row starts where a line opens, with a capital, on the word the column's rows open with, below a line
that left room for that word (the text did not wrap there)."""

from __future__ import annotations

from test_band_rows import _stack, _texts, line  # the band builders: 10 pt lines 13 pt apart

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.rows import centred, group_rows
from lkjip.extract.layout.stacked import split_rows, stacked_cuts

GRID = [[(0.0, 0.0, 100.0, 250.0), (100.0, 0.0, 200.0, 250.0), (200.0, 0.0, 300.0, 250.0)]]
BOXES = {(0, k): GRID[0][k] for k in range(3)}


def _band(end_of_first: str) -> dict[tuple[int, int], list[TextLine]]:
    return {
        (0, 0): _stack(5, 5, "Koordinasi", "Kegiatan", "Pemberdayaan", "Desa"),
        # the sub kegiatan merged down beside two indicators, then a second one after a blank line
        (0, 1): _stack(105, 5, "Peningkatan", "Partisipasi", "Masyarakat", "dalam Forum", "", "", "", "", "",
                       "Peningkatan", "Efektifitas", "Kegiatan"),
        # the indicators run on without a blank: the second opens right under the first's short last line
        (0, 2): _stack(205, 5, "Jumlah Lembaga", "Kemasyarakatan yang", "Berpartisipasi", end_of_first,
                       "Jumlah usulan", "program", "kegiatan", "difasilitasi", "", "Jumlah Laporan", "Kegiatan"),
    }


def test_a_line_opening_on_the_columns_word_below_a_short_line_starts_a_row():
    cells = _band("di Desa")
    rows = _texts(split_rows(GRID, cells, stacked_cuts(cells, BOXES)))
    assert rows == [
        ["Koordinasi Kegiatan Pemberdayaan Desa", "Peningkatan Partisipasi Masyarakat dalam Forum",
         "Jumlah Lembaga Kemasyarakatan yang Berpartisipasi di Desa"],
        ["", "", "Jumlah usulan program kegiatan difasilitasi"],
        ["", "Peningkatan Efektifitas Kegiatan", "Jumlah Laporan Kegiatan"],
    ]


def test_the_same_word_after_a_line_that_filled_the_cell_wraps_on():
    # "Jumlah" could not have been set after "Perencanaan Desa": the text wrapped there, one indicator
    cells = _band("Perencanaan Desa")
    rows = _texts(split_rows(GRID, cells, stacked_cuts(cells, BOXES)))
    assert len(rows) == 2
    assert rows[0][2].endswith("Perencanaan Desa Jumlah usulan program kegiatan difasilitasi")


def _centred(text: str, mid: float, top: float) -> list[Word]:
    width = 5 * len(text.replace(" ", "")) + 3 * text.count(" ")
    return line(text, mid - width / 2, top).words


def _raw(rows: list[tuple[str, str, str]]) -> list[tuple[TextLine, list[list[Word]]]]:
    """Borderless lines, 13 pt apart: a key column set left, two text columns centred on 150 and 250."""
    out = []
    for i, (key, sub, ind) in enumerate(rows):
        top = 5 + 13 * i
        cells = [line(key, 5, top).words if key else [], _centred(sub, 150, top) if sub else [],
                 _centred(ind, 250, top) if ind else []]
        out.append((TextLine([w for c in cells for w in c]), cells))
    return out


def test_a_centred_cell_that_ended_short_lets_a_capital_start_a_row():
    # "Persentase" is no word the column's rows usually open with: the room left above is the only cue
    raw = _raw([("1", "Peningkatan", "Jumlah Lembaga"), ("", "Partisipasi", "Kemasyarakatan yang"),
                ("", "", "di Desa"), ("", "", "Persentase usulan"), ("", "", "program kegiatan"),
                ("2", "Fasilitasi", "Jumlah Dokumen"), ("", "Penyusunan", "Keuangan Desa")])
    assert centred(raw, 2) is not None
    rows = [[" ".join(w.text for _, c in grp for w in c[k]) for k in range(3)] for grp in group_rows(raw)]
    assert rows == [["1", "Peningkatan Partisipasi", "Jumlah Lembaga Kemasyarakatan yang di Desa"],
                    ["", "", "Persentase usulan program kegiatan"],
                    ["2", "Fasilitasi Penyusunan", "Jumlah Dokumen Keuangan Desa"]]


def test_a_centred_cell_wrapped_full_runs_on():
    raw = _raw([("1", "Peningkatan", "Jumlah Lembaga"), ("", "Partisipasi", "Kemasyarakatan yang"),
                ("", "", "Berpartisipasi Desa"), ("", "", "Persentase usulan"), ("", "", "program kegiatan"),
                ("2", "Fasilitasi", "Jumlah Dokumen"), ("", "Penyusunan", "Keuangan Desa")])
    rows = [[" ".join(w.text for _, c in grp for w in c[k]) for k in range(3)] for grp in group_rows(raw)]
    assert len(rows) == 2
