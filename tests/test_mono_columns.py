"""Monospaced tables: columns printed less than an em apart, amounts and keys broken in narrow columns (issue #12).

A table set in a monospaced font (Courier, Liberation Mono) puts the words of one cell's line exactly one pitch
apart (its space is as wide as a letter); two cells are placed each by its own alignment, so the white between
them is off the pitch. Read from synthetic lines: 6 pt per letter at 10 pt (a pitch of 0.6 em), words of one
cell one pitch apart.
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.channels import off_pitch_channels
from lkjip.extract.layout.geometry import TextLine, Word

PITCH = 6.0


def _mono(y: float, *cells: tuple[float, str], right: bool = False, bold: bool = False) -> list[Word]:
    """The words of each cell (x, text) at ``y``, a pitch per letter and per space; ``right``: x is where the
    cell's text ends (set flush right)."""
    out = []
    for x, text in cells:
        if right:
            x -= PITCH * len(text)
        for tok in text.split():
            out.append(Word(tok, x, y, x + PITCH * len(tok), y + 10.0, size=10.0, bold=bold))
            x += PITCH * (len(tok) + 1)
    return out


def _line(y: float, name: str, target: str, real: str, pct: str, *, bold: bool = False, pct_end: float = 325
          ) -> TextLine:
    """A row of an output table: a name from x 50, target, realisasi and percentage set flush right at 230, 300
    and 325 (a percentage column three letters wide, 7 pt after the realisasi column: more than a pitch, less
    than an em; its label set flush left: ``pct_end`` 313)."""
    words = _mono(y, (50, name), bold=bold)
    for x, text in ((230, target), (300, real), (pct_end, pct)):
        words += _mono(y, (x, text), right=True, bold=bold) if text else []
    return TextLine(words)


def _table_lines() -> list[TextLine]:
    # the narrow percentage column breaks "98.8" after three letters, as it does "91.6"
    return [
        _line(100, "Uraian Output", "Target", "Realisasi", "%", bold=True, pct_end=313),
        _line(115, "Persentase Penunjang", "100%", "98.8%", "98."),
        _line(127, "Urusan Pemerintahan", "", "", "8"),
        _line(142, "Jumlah Dokumen", "2 Dokumen", "2 Dokumen", "100"),
        _line(157, "Jumlah Laporan", "12 Lap", "11 Lap", "91."),
        _line(169, "Keuangan", "", "", "6"),
        _line(184, "Jumlah Orang Dilatih", "40 ASN", "38 ASN", "95"),
    ]


def test_a_column_printed_a_little_more_than_a_pitch_after_the_next_is_its_own():
    tables, _ = find_text_tables(_table_lines(), page_no=1)
    assert len(tables) == 1
    rows = [r.cells for r in tables[0].table.rows]
    assert rows[0] == ["Uraian Output", "Target", "Realisasi", "%"]
    assert rows[1][1:] == ["100%", "98.8%", "98.8"]
    assert rows[2][2:] == ["2 Dokumen", "100"]
    assert rows[4][2:] == ["38 ASN", "95"]


def test_words_a_whole_number_of_pitches_apart_make_no_column_gap():
    body = [
        TextLine(_mono(100, (50, "Jumlah Dokumen Perencanaan yang Disusun"))),
        TextLine(_mono(112, (50, "Jumlah Laporan Keuangan yang Disusun"))),
        TextLine(_mono(124, (50, "Jumlah Orang yang Mengikuti Bimbingan"))),
    ]
    assert off_pitch_channels(body, []) == []


def test_a_key_less_than_a_pitch_before_its_name_is_cut_off_it():
    # "No" keys set flush right at 62, names from 68: 6 pt after a one-letter key, but 6 pt = one pitch only
    # when the key ends on the pitch of the name; keys "1." end at 62, names start at 67.5 (off the pitch)
    body = [TextLine(_mono(y, (62, key), right=True) + _mono(y, (67.5, name), (230, amount), right=False))
            for y, key, name, amount in [(100, "1.", "Penunjang Urusan", "2.503.940.069"),
                                         (112, "2.", "Penyelenggaraan Pemerintahan", "6.964.161"),
                                         (124, "3.", "Pemberdayaan Desa", "67.197.194")]]
    gaps = off_pitch_channels(body, [])
    assert gaps == [(62.0, 67.5)]


def test_columns_one_pitch_apart_start_where_their_header_labels_start():
    # a PK budget: keys set flush right one pitch before the names, amounts set flush right one pitch before
    # the source of funds, each column's label starting where its body starts; two rows only (a page holding
    # the table's first rows): too few for an edge the body alone shows
    def row(y: float, key: str, name: str, amount: str) -> TextLine:
        return TextLine(_mono(y, (74, key), right=True) + _mono(y, (80, name))
                        + _mono(y, (314, amount), right=True) + _mono(y, (320, "APBD/DAU")))

    lines = [
        TextLine(_mono(100, (80, "Program"), (200, "Anggaran"), (320, "Keterangan"), bold=True)),
        row(115, "1", "Penunjang", "Rp. 2.503.940.069"),
        TextLine(_mono(127, (80, "Urusan"))),
        row(142, "2", "Penyelenggaraan", "Rp. 6.964.161"),
        TextLine(_mono(154, (80, "Pemerintahan"))),
    ]
    tables, _ = find_text_tables(lines, page_no=1)
    rows = [r.cells for r in tables[0].table.rows]
    assert rows[1] == ["1", "Penunjang Urusan", "Rp. 2.503.940.069", "APBD/DAU"]
    assert rows[2] == ["2", "Penyelenggaraan Pemerintahan", "Rp. 6.964.161", "APBD/DAU"]
