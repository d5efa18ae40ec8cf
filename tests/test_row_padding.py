"""A row told by its cells' padding alone (issue #12).

A borderless cascading table's sub-rows under cells merged down fill the same columns, one under the other. At
the top of a page (a header repeated over them, or none), with no row key, no number and too few rows for the
columns' usual first word to show, the only mark of the second sub-row is where its first line stands: lower
than the leading by the padding of its cells (the rows of a table printed by a browser or an office suite
stand 2-3 pt further apart than the lines of one cell)."""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.line_steps import padded_start
from lkjip.extract.layout.rows import group_rows

#: a sub kegiatan column (x 100-200, 20 letters) and its indicator (x 205-305)
X_SUB, X_IND = 100.0, 205.0


def _words(text: str, x0: float, top: float) -> list[Word]:
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, x, top, x + 5 * len(t), top + 8.0, size=9.0))
        x += 5 * len(t) + 3
    return words


def _raw(rows: list[list[tuple[str, str, str]]], pad: float) -> list[tuple[TextLine, list[list[Word]]]]:
    """The rows' lines 9 pt apart (a 9 pt font's leading), each row after the first set ``pad`` pt lower: a key
    column at x 5 and the two text columns."""
    out, top = [], 50.0
    for k, row in enumerate(rows):
        top += pad if k else 0.0
        for key, sub, ind in row:
            cells = [_words(key, 5, top) if key else [], _words(sub, X_SUB, top) if sub else [],
                     _words(ind, X_IND, top) if ind else []]
            out.append((TextLine([w for c in cells for w in c]), cells))
            top += 9.0
    return out


#: the rest of a row the page break cut, two sub-rows filling the same columns (the cells wrapped full), and
#: the next goal's row with its key
ROWS = [
    [("", "dan Pendayagunaan", "Desa yang"), ("", "Aset Desa", "difasilitasi")],
    [("", "Fasilitasi Penyusunan", "Jumlah Rancangan"), ("", "Peraturan Desa dan", "Peraturan Desa yang"),
     ("", "Peraturan Kepala", "dievaluasi oleh"), ("", "Desa tahun berjalan", "Kecamatan setempat")],
    [("", "Koordinasi Pelaksanaan", "Persentase Desa"), ("", "Pemilihan Kepala", "penyelenggara"),
     ("", "Desa", "Pilkades")],
    [("4", "Fasilitasi Kegiatan", "Jumlah Laporan"), ("", "Tim Penggerak PKK", "Kegiatan PKK")],
]


def _texts(raw):
    return [[" ".join(w.text for _, c in grp for w in c[k]) for k in range(3)] for grp in group_rows(raw)]


def test_a_sub_row_set_lower_by_its_padding_starts_a_row():
    rows = _texts(_raw(ROWS, pad=2.3))
    assert rows == [
        ["", "dan Pendayagunaan Aset Desa", "Desa yang difasilitasi"],
        ["", "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa tahun berjalan",
         "Jumlah Rancangan Peraturan Desa yang dievaluasi oleh Kecamatan setempat"],
        ["", "Koordinasi Pelaksanaan Pemilihan Kepala Desa", "Persentase Desa penyelenggara Pilkades"],
        ["4", "Fasilitasi Kegiatan Tim Penggerak PKK", "Jumlah Laporan Kegiatan PKK"],
    ]


def test_without_the_padding_the_sub_rows_are_one():
    # rows set at the leading like a cell's lines: nothing parts the two sub-rows (no rule, key or gap)
    rows = _texts(_raw(ROWS, pad=0.0))
    assert len(rows) == 2
    assert rows[0][1].endswith("tahun berjalan Koordinasi Pelaksanaan Pemilihan Kepala Desa")


def test_a_line_set_lower_opening_in_lower_case_goes_on():
    # the padding of a row is no cue where a cell's line goes on in lower case
    line = [_words("penyelenggaraan", X_SUB, 0.0), _words("Jumlah", X_IND, 0.0)]
    assert not padded_start([[], *line], 11.3, 9.0, {0, 1, 2})
    assert padded_start([[], _words("Fasilitasi", X_SUB, 0.0), line[1]], 11.3, 9.0, {0, 1, 2})


def test_a_step_as_wide_as_half_a_line_or_a_number_column_is_no_padding():
    cells = [[], _words("Fasilitasi", X_SUB, 0.0), _words("Jumlah", X_IND, 0.0)]
    assert not padded_start(cells, 9.5, 9.0, {0, 1, 2})  # within a point of the leading: one cell's next line
    assert not padded_start(cells, 13.5, 9.0, {0, 1, 2})  # a blank line's worth: the gap rule's, not this one's
    assert not padded_start(cells, 11.3, 9.0, {0, 1})  # a column of numbers
