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


def test_a_sub_row_under_a_blank_line_starts_a_row_before_any_number():
    # a table cut by its author into parts an empty paragraph apart: at a page's top, before any row key or
    # number, the part below the blank is a row of its own, though it fills the same columns
    raw = _raw(ROWS[1:], pad=0.0)
    lower = [(ln, cells) for ln, cells in raw]
    shift = 20.0  # the empty paragraph between the parts, under the first sub-row
    n_first = len(ROWS[1])
    for k in range(n_first, len(lower)):
        ln, cells = lower[k]
        moved = [[Word(w.text, w.x0, w.top + shift, w.x1, w.bottom + shift, w.size) for w in c] for c in cells]
        lower[k] = (TextLine([w for c in moved for w in c]), moved)
    rows = _texts(lower)
    assert [r[1].split()[0] for r in rows] == ["Fasilitasi", "Koordinasi", "Fasilitasi"]


def test_a_cell_going_on_in_lower_case_under_a_blank_is_no_row():
    # the same blank under a line whose cells go on in lower case: the text of one cell (a paragraph break)
    raw = _raw([[("", "Fasilitasi Penyusunan", "Jumlah Rancangan")], [("", "peraturan desa", "yang dievaluasi")]],
               pad=20.0)
    assert len(_texts(raw)) == 1


def _line_of(*cells: tuple[str, float, float]) -> tuple[TextLine, list[list[Word]]]:
    """One line of four columns (key, program, sub kegiatan, indicator) from (text, x, top) per column."""
    out: list[list[Word]] = []
    for text, x, top in cells:
        out.append(_words(text, x, top) if text else [])
    return TextLine([w for c in out for w in c]), out


def test_a_sub_row_beside_a_cell_merged_down_is_measured_in_its_own_columns():
    # the program name merged down runs on beside the sub-row in capitals, its lines 1.5 pt higher than the
    # sub-row's (set by the row's top, not the sub-row's padding); the sub-row's next lines follow at the leading
    # in their own columns: no row starts there, though the line above (the program's) stands 10.5 pt higher
    raw = [
        _line_of(("3", 5, 50.0), ("PROGRAM", 30, 50.0), ("Pembinaan", X_SUB, 50.0), ("Jumlah", X_IND, 50.0)),
        _line_of(("", 5, 0), ("PEMBERDAYAAN", 30, 59.0), ("Lembaga", X_SUB, 59.0), ("Lembaga", X_IND, 59.0)),
        _line_of(("", 5, 0), ("LEMBAGA ADAT", 30, 68.0), ("", 0, 0), ("", 0, 0)),
        _line_of(("", 5, 0), ("MASYARAKAT", 30, 77.0), ("Fasilitasi", X_SUB, 78.5), ("Jumlah", X_IND, 78.5)),
        _line_of(("", 5, 0), ("HUKUM ADAT", 30, 86.0), ("Kegiatan Tim", X_SUB, 87.5), ("Laporan", X_IND, 87.5)),
        _line_of(("", 5, 0), ("", 0, 0), ("Penggerak PKK", X_SUB, 96.5), ("Kegiatan PKK", X_IND, 96.5)),
    ]
    rows = [[" ".join(w.text for _, c in grp for w in c[k]) for k in range(4)] for grp in group_rows(raw)]
    assert rows[-1][2:] == ["Fasilitasi Kegiatan Tim Penggerak PKK", "Jumlah Laporan Kegiatan PKK"]


def test_a_line_opening_on_its_columns_usual_word_beside_capitals_starts_a_row():
    # no padding (an office suite's rows): the indicator's usual first word ("Jumlah") opens a line beside the
    # sub kegiatan's capital, each under a line that filled its cell: the next sub-row, not the same cells wrapped
    raw = _raw([[("1", "Harmonisasi Hubungan", "Jumlah Laporan"), ("", "dengan Tokoh Agama", "Harmonisasi dengan"),
                 ("", "dan Tokoh Masyarakat", "Tokoh Masyarakat")],
                [("", "Pembinaan Satuan", "Jumlah Anggota"), ("", "Perlindungan", "Linmas yang dibina")],
                [("2", "Fasilitasi Administrasi", "Jumlah Dokumen"), ("", "Tata Pemerintahan", "Administrasi Desa")],
                [("3", "Fasilitasi Pengelolaan", "Jumlah Dokumen"), ("", "Keuangan Desa", "Keuangan Desa")]],
               pad=0.0)
    rows = _texts(raw)
    assert [r[1] for r in rows] == ["Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat",
                                    "Pembinaan Satuan Perlindungan", "Fasilitasi Administrasi Tata Pemerintahan",
                                    "Fasilitasi Pengelolaan Keuangan Desa"]


def test_the_usual_word_beside_a_cell_going_on_in_lower_case_wraps_on():
    raw = _raw([[("1", "Harmonisasi Hubungan", "Jumlah Laporan"), ("", "dengan Tokoh Agama", "Harmonisasi dengan"),
                 ("", "dan Tokoh Masyarakat", "Tokoh Masyarakat"), ("", "kecamatan setempat", "Jumlah Anggota")],
                [("2", "Fasilitasi Administrasi", "Jumlah Dokumen"), ("", "Tata Pemerintahan", "Administrasi Desa")],
                [("3", "Fasilitasi Pengelolaan", "Jumlah Dokumen"), ("", "Keuangan Desa", "Keuangan Desa")]],
               pad=0.0)
    assert len(_texts(raw)) == 3
