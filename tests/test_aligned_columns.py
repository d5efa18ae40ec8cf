"""Borderless tables whose columns lie closer than a segment gap, read from synthetic lines (issue #12).

Tables printed without rules part their columns by the cells' padding alone: right-aligned cells end at
their column's edge, and the next column may start 6 pt further, less than a column gap (1.2 em) and about two
word spaces. Each test builds the words a PDF page gives (5 pt per letter, 3 pt word spaces, 10 pt type) and
checks one mechanism of extract/layout/channels.py and extract/layout/borderless.py.
"""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.channels import right_edge_channels, spans_in_channels, word_space
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.page_table import PageTable


def _words(y: float, x: float, text: str, *, bold: bool = False, right: bool = False, size: float = 10) -> list[Word]:
    """The words of ``text`` starting at ``x`` (``right``: ending at ``x``)."""
    toks = text.split()
    if right:
        x -= sum(5.0 * len(t) for t in toks) + 3 * (len(toks) - 1)
    out = []
    for tok in toks:
        out.append(Word(tok, x, y, x + 5.0 * len(tok), y + 10, size=size, bold=bold))
        x += 5.0 * len(tok) + 3
    return out


def _line(y: float, *cells: tuple[float, str], bold: bool = False, right: bool = True, size: float = 10) -> TextLine:
    """Cells right-aligned at their x (``right=False``: starting at it)."""
    return TextLine([w for x, text in cells for w in _words(y, x, text, bold=bold, right=right, size=size)])


def _rows(t: Table) -> list[list[str]]:
    return [r.cells for r in t.rows]


# --- right-aligned cells: the text ends at one x ------------------------------------------------------------------

#: right edges of the columns: No, Masalah, Pokok Masalah, Akar Masalah (6 pt of padding between two columns)
_EDGES = (70.0, 180.0, 300.0, 420.0)


def _problems() -> list[TextLine]:
    # Chromium's type sizes read 4/3 of the points (11 pt as 14.7): 6 pt is less than half that em
    head = _line(100, (58, "No"), (76, "Masalah"), (186, "Pokok"), (306, "Akar"), bold=True, right=False, size=14.7)
    body = [
        (("1.", "Partisipasi rendah", "Waktu sering lama", "Jumlah petugas kurang"),),
        (("", "musyawarah", "melebihi standar", "Jaringan aplikasi"),),
        # "Ruang dan tua" ends at 300 and "Anggaran kurang dan naik" starts 6 pt later: one segment
        (("2.", "Sarana kurang", "Ruang dan tua", "Anggaran kurang dan naik"),),
        (("", "", "", "Harga naik"),),
        (("3.", "Tata kelola", "Laporan dana desa", "Pendampingan rutin ya"),),
    ]
    lines = [head]
    for k, ((no, name, pokok, akar),) in enumerate(body):
        cells = [(e, t) for e, t in zip(_EDGES, (no, name, pokok, akar), strict=True) if t]
        lines.append(_line(115 + 13 * k, *cells, size=14.7))
    return lines


def test_right_aligned_cells_a_padding_apart_keep_their_columns():
    lines = _problems()
    # the cells of the second row's last two columns lie 6 pt apart: less than a segment gap
    first = lines[3].words
    assert any(abs(b.x0 - a.x1 - 6.0) < 0.01 for a, b in zip(first, first[1:], strict=False))
    tables, rest = find_text_tables(lines, page_no=1)
    assert len(tables) == 1 and not rest
    assert _rows(tables[0].table) == [
        ["No", "Masalah", "Pokok", "Akar"],
        ["1.", "Partisipasi rendah musyawarah", "Waktu sering lama melebihi standar", "Jumlah petugas kurang Jaringan aplikasi"],
        ["2.", "Sarana kurang", "Ruang dan tua", "Anggaran kurang dan naik Harga naik"],
        ["3.", "Tata kelola", "Laporan dana desa", "Pendampingan rutin ya"],
    ]


def test_one_word_repeated_left_aligned_is_no_right_edge():
    # "Rp" printed left-aligned before each amount ends at one x on every line: no column edge there
    body = [TextLine(_words(100 + 13 * k, 50, "Kegiatan", right=False) + _words(100 + 13 * k, 120, "Rp", right=False)
                     + _words(100 + 13 * k, 200, amount, right=True))
            for k, amount in enumerate(["1.250.000", "310.000", "84.000", "12.500.000"])]
    assert right_edge_channels(body, [(90.0, 120.0)]) == [(90.0, 120.0)]


def test_chance_alignment_of_left_aligned_text_is_no_right_edge():
    # three lines of wrapped left-aligned text end at one x, but a word starts one word space after it
    body = [
        _line(100, (50, "Koordinasi dan Penyusunan"), right=False),  # ends at 175
        _line(113, (50, "Pelaksanaan Kegiatan ya"), right=False),
        _line(126, (50, "Penyusunan Dokumen Ren"), right=False),
        _line(139, (50, "Desa Kecamatan Lembah"), right=False),
    ]
    ends = [ln.x1 for ln in body]
    body[1].words.append(Word("desa", ends[1] + 3, 113, ends[1] + 23, 123, size=10))
    body[1] = TextLine(body[1].words)
    assert right_edge_channels(body, []) == []


def test_header_label_left_aligned_in_a_right_aligned_column_opens_it():
    # "%" starts 6 pt right of the amounts' edge (its column's left padding): it heads the last column
    lines = [
        # "Anggaran" ends 6 pt before "%": one segment of the header line
        _line(100, (50, "Program"), (200, "Anggaran"), (246, "%"), bold=True, right=False, size=14.7),
        _line(115, (160, "Penunjang"), (240, "1.250.000"), (290, "91,2"), size=14.7),
        _line(128, (160, "Pemberdayaan"), (240, "310.000"), (290, "88,0"), size=14.7),
        _line(141, (160, "Pembinaan Desa"), (240, "84.000"), (290, "100,0"), size=14.7),
        _line(154, (160, "Lembaga"), (240, "12.500"), (290, "75,5"), size=14.7),
    ]
    tables, _ = find_text_tables(lines, page_no=1)
    assert _rows(tables[0].table)[0] == ["Program", "Anggaran", "%"]


def test_header_label_short_of_the_longest_right_aligned_name_is_no_column():
    # "URAIAN" ends before the longest name below it starts: the white between is no column gap
    lines = [
        _line(100, (50, "NO"), (86, "URAIAN"), (260, "ANGGARAN"), bold=True, right=False),
        _line(115, (70, "1."), (250, "Program Penunjang"), (330, "1.250.000")),
        _line(128, (70, "2."), (250, "Koordinasi dan Penyusunan Laporan"), (330, "310.000")),
        _line(141, (70, "3."), (250, "Administrasi"), (330, "84.000")),
        _line(154, (70, "4."), (250, "Pengadaan Barang"), (330, "12.500")),
    ]
    tables, _ = find_text_tables(lines, page_no=1)
    assert _rows(tables[0].table) == [
        ["NO", "URAIAN", "ANGGARAN"],
        ["1.", "Program Penunjang", "1.250.000"],
        ["2.", "Koordinasi dan Penyusunan Laporan", "310.000"],
        ["3.", "Administrasi", "84.000"],
        ["4.", "Pengadaan Barang", "12.500"],
    ]


# --- left-aligned numbers: pieces of amounts of different widths start at one x ---------------------------------


def test_left_aligned_amount_pieces_a_padding_apart_keep_their_columns():
    # amounts wrapped in narrow columns, each piece left-aligned, the next column 8 pt after the widest piece
    lines = [_line(100, (50, "Program"), (210, "Anggaran"), (260, "Realisasi"), bold=True, right=False)]
    rows = [("Penunjang", "3.127.38", "3.332,-", "2.902.64", "3.044,-"),
            ("Pemberdayaan", "129.932.", "237,-", "119.982.", "162,-"),
            ("Koordinasi", "73.353.5", "91,-", "73.353.5", "91,-")]
    y = 115.0
    for name, a1, a2, r1, r2 in rows:
        lines.append(_line(y, (50, name), (210, a1), (260, r1), right=False))
        lines.append(_line(y + 10, (210, a2), (260, r2), right=False))
        y += 22
    # the widest piece ("3.127.38", 40 pt) ends 10 pt before the next column: less than a segment gap
    tables, _ = find_text_tables(lines, page_no=1)
    assert _rows(tables[0].table) == [
        ["Program", "Anggaran", "Realisasi"],
        ["Penunjang", "3.127.383.332,-", "2.902.643.044,-"],
        ["Pemberdayaan", "129.932.237,-", "119.982.162,-"],
        ["Koordinasi", "73.353.591,-", "73.353.591,-"],
    ]


# --- a table carried to the next page ------------------------------------------------------------------------------


def _carried(channels: list[tuple[float, float]], x0: float, x1: float) -> PageTable:
    rows = [TableRow(cells=["No", "Kegiatan", "Indikator", "Satuan"], is_header=True),
            TableRow(cells=["1", "Fasilitasi Desa", "Jumlah Desa", "Desa"])]
    return PageTable(Table(rows=rows, page=1), [], 50, 200, x0, x1, channels=channels)


def test_cells_a_padding_apart_continue_a_carried_table():
    # the page before showed the gap between "Kegiatan" and "Indikator" at 180-186; here the right-aligned
    # cells of those columns lie 9 and 12 pt apart, less than a segment gap
    carry = _carried([(70.0, 80.0), (180.0, 186.0), (260.0, 266.0)], 50.0, 380.0)
    lines = [
        _line(60, (180, "dan Aset Desa"), size=14.7),
        _line(73, (180, "Fasilitasi Pemilihan"), (260, "Jumlah Desa ini"), size=14.7),
        _line(86, (180, "Kepala Desa"), (260, "difasilitasi"), size=14.7),
        _line(99, (70, "2"), (180, "Pembinaan Lembaga"), (260, "Jumlah Lembaga"), (380, "Lembaga"), size=14.7),
    ]
    tables, rest = find_text_tables(lines, page_no=2, carry=carry)
    assert len(tables) == 1 and tables[0].carried and not rest
    assert [r.cells[1:3] for r in tables[0].table.rows][-1] == ["Pembinaan Lembaga", "Jumlah Lembaga"]


def test_pieces_of_one_word_drawn_apart_are_no_word_space():
    # a text layer giving letters as words ("P e n y e dia a n") that touch: the word space is the real one
    pieces = [Word(t, x, 100, x + 4, 110, size=10) for t, x in zip("Penyediaan", range(50, 90, 4), strict=True)]
    line = TextLine([*pieces, *_words(100, 93, "Jasa Surat", right=False)])
    assert abs(word_space([line]) - 3.0) < 0.01
    # the justified line's stretched spaces stay word spaces: no cut inside the channel at 120-128
    justified = TextLine(_words(100, 50, "Fasilitasi", right=False) + _words(100, 106, "pelaksanaan", right=False)
                         + _words(100, 167, "kegiatan", right=False))
    assert spans_in_channels(justified, [(100.0, 108.0)], 3.0) == [(50.0, 207.0)]


def test_a_letter_a_narrow_header_cell_wrapped_is_a_piece_of_the_carried_header():
    from lkjip.extract.layout.carried_region import in_header as _in_header

    # "ANGGARA" / "N" of a header repeated on the next page: the lone "N" ends a header word
    assert _in_header("n", {"anggaran", "realisasi"}) and _in_header("anggara", {"anggaran"})
    assert not _in_header("x", {"anggaran", "realisasi"}) and not _in_header("a", {"anggaran"})


def test_a_header_repeated_in_cells_narrower_still_continues_the_carried_table():
    # a repeated header whose cells break "Indikator" over three lines ("Indi" / "kato" / "r"): the middle piece
    # is a header word's too, so the header stays with the table the page before carried on
    carry = _carried([(62.0, 70.0), (110.0, 118.0), (160.0, 168.0)], 50.0, 220.0)
    lines = [
        _line(60, (50, "N"), (70, "Kegi"), (118, "Indi"), (168, "Satu"), bold=True, right=False),
        _line(73, (50, "o"), (70, "atan"), (118, "kato"), (168, "an"), bold=True, right=False),
        _line(86, (118, "r"), bold=True, right=False),
        _line(99, (70, "Fasi"), (118, "Juml"), (168, "Desa"), right=False),
        _line(112, (70, "lita"), (118, "ah"), right=False),
    ]
    tables, rest = find_text_tables(lines, page_no=2, carry=carry)
    assert len(tables) == 1 and tables[0].carried and not rest
    # and a bold word no header word holds still starts the next table
    from lkjip.extract.layout.carried_region import in_header as _in_header

    assert _in_header("kato", {"indikator"}) and not _in_header("kat", {"anggaran"})


# --- a narrow column's label set beside the label of the column before ---------------------------------------------


def test_a_narrow_columns_label_set_beside_the_one_before_goes_back_to_its_column():
    # "%" printed 8 pt right of "Realisasi" (one segment with it), its percents 20 pt further right
    head = TextLine(_words(100, 50, "Program", bold=True) + _words(100, 200, "Anggaran", bold=True)
                    + _words(100, 260, "Realisasi", bold=True) + _words(100, 313, "%", bold=True))
    body = [_line(112, (50, "Program Penunjang"), (200, "3.361.282"), (260, "3.023.499"), (340, "89,95"), right=False),
            _line(124, (50, "Program Koordinasi"), (200, "104.938.011"), (260, "91.348.039"), (340, "87,05"),
                  right=False)]
    tables, _ = find_text_tables([head, *body], page_no=5)
    (table,) = tables
    assert _rows(table.table)[0] == ["Program", "Anggaran", "Realisasi", "%"]
    assert _rows(table.table)[1][2:] == ["3.023.499", "89,95"]


def test_a_header_cell_of_two_labels_over_its_own_words_stays_whole():
    # "Target Kinerja" over a column whose text reaches under "Kinerja": one label, not two
    head = TextLine(_words(100, 50, "Program", bold=True) + _words(100, 200, "Target", bold=True)
                    + _words(100, 240, "Kinerja", bold=True))
    body = [_line(112, (50, "Program Penunjang"), (200, "Jumlah dokumen rencana"), (340, "89,95"), right=False),
            _line(124, (50, "Program Koordinasi"), (200, "Jumlah laporan desa"), (340, "87,05"), right=False),
            _line(136, (50, "Program Pembinaan"), (200, "Jumlah desa"), (340, "17,05"), right=False)]
    tables, _ = find_text_tables([head, *body], page_no=5)
    (table,) = tables
    assert _rows(table.table)[0][:2] == ["Program", "Target Kinerja"]

