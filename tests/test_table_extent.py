"""Where a table printed without a closing rule ends (issue #12).

A table with shaded rows, with horizontal rules only between its rows, or with a header rule only shows no edge
at its foot: the region of a borderless table grows while its column channels survive, and a short line at the
page's margin (a place and date, a signature block) narrows a wide channel without closing the last one. The
text after the table is set off by a blank line, wider than any two lines of the table are apart, and stands
where no column of the table is (left of all its text) or in the running text's type size: the table ends
there, and the next table (its centred title, its header) is read as a table of its own.
Built on synthetic lines laid out as a Chromium print of a Perjanjian Kinerja's budget table places them.
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, TextLine, Word, lines_from_words
from lkjip.extract.layout.page import read_page_layout

#: one letter is 5 pt wide at 9 pt (the table's type), 5.5 pt at 10 pt (the running text's)
_W = {9.0: 5.0, 10.0: 5.5}


def _line(top: float, *cells: tuple[float, str], size: float = 9.0, bold: bool = False,
          centre: float | None = None) -> TextLine:
    """Words of a line starting at each cell's x (or centred on ``centre``), 3 pt apart."""
    words: list[Word] = []
    per = _W[size]
    for x, text in cells:
        toks = text.split()
        if centre is not None:
            x = centre - (sum(per * len(t) for t in toks) + 3 * (len(toks) - 1)) / 2
        for tok in toks:
            words.append(Word(tok, x, top, x + per * len(tok), top + 1.17 * size, size=size, bold=bold))
            x += per * len(tok) + 3
    return TextLine(words)


_PROGRAMS = ["Penunjang Urusan Pemerintahan Daerah", "Penyelenggaraan Pemerintahan dan Pelayanan Publik",
             "Pemberdayaan Masyarakat Desa dan Kelurahan", "Koordinasi Ketentraman dan Ketertiban Umum",
             "Pembinaan dan Pengawasan Pemerintahan Desa"]
_AMOUNTS = ["2.307.258.185", "3.355.204", "27.428.479", "1.050.000", "6.421.817"]


def _budget_table(top: float) -> tuple[list[TextLine], float]:
    """The PK budget table: a bold header, five programs, each amount wrapped under its "Rp." in a narrow column."""
    lines = [_line(top, (98, "Program"), (660, "Anggaran"), (726, "Keterangan"), bold=True)]
    y = top + 12.0
    for k, (name, amount) in enumerate(zip(_PROGRAMS, _AMOUNTS, strict=True)):
        lines.append(_line(y, (73, str(k + 1)), (260, name), (676, "Rp."), (726, "APBD/DAU")))
        lines.append(_line(y + 10.5, (662, amount)))
        y += 23.5
    return lines, y


def _after_the_table(top: float) -> list[TextLine]:
    """A signature block at the text margin in the running text's size, a centred bold title, the next table."""
    sign = ["Sampang, 09 Januari 2023", "Pihak Kedua", "BUPATI SAMPANG,", "H. SLAMET JUNAIDI", "Pihak Pertama",
            "CAMAT SOKOBANAH", "ABDUL FATAH, BA", "Pembina", "NIP. 19690311 200312 1 004"]
    lines = [_line(top + 13.0 * k, (57, text), size=10.0) for k, text in enumerate(sign)]
    y = top + 13.0 * len(sign) + 3.0
    lines += [_line(y, (0, "PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2022"), size=10.0, bold=True, centre=420),
              _line(y + 12.0, (0, "KECAMATAN SOKOBANAH KABUPATEN SAMPANG"), size=10.0, bold=True, centre=420)]
    y += 28.0
    lines.append(_line(y, (60, "NO"), (125, "URAIAN"), (282, "ANGGARAN"), (400, "REALISASI"), (500, "%"),
                       bold=True))
    rows = [("1.", "Penyediaan Gaji", "2.525.442.492", "2.371.586.698", "93,91"),
            ("2.", "Penyusunan Dokumen", "10.819.887", "10.818.075", "99,98"),
            ("3.", "Koordinasi Laporan", "1.481.656", "1.481.300", "99,98"),
            ("4.", "Evaluasi Kinerja", "1.721.903", "1.721.750", "99,99")]
    for k, row in enumerate(rows):
        lines.append(_line(y + 12.0 * (k + 1), *zip((62, 125, 282, 400, 500), row, strict=True)))
    return lines


def test_a_signature_block_after_a_table_without_a_closing_rule_is_not_its_rows():
    table_lines, y = _budget_table(120.0)
    after = _after_the_table(y + 14.0)
    tables, rest = find_text_tables(table_lines + after, page_no=24)
    first = tables[0].table
    assert [r.cells for r in first.rows[1:]] == [
        [str(k + 1), name, f"Rp. {amount}", "APBD/DAU"] for k, (name, amount) in enumerate(zip(_PROGRAMS, _AMOUNTS,
                                                                                              strict=True))]
    texts = [ln.text for ln in rest]
    assert texts[:2] == ["Sampang, 09 Januari 2023", "Pihak Kedua"]
    assert "PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2022" in texts
    # the next table is a table of its own, its header its first row
    assert len(tables) == 2
    assert tables[1].table.rows[0].cells == ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]
    assert len(tables[1].table.rows) == 5


def test_a_cell_line_below_a_rows_padding_stays_in_the_table():
    # the last line of a tall row's name cell, in the table's type and inside its column, after more white than
    # the rows above had (the row's padding): a line of the table, not its end
    lines = [_line(100, (60, "No"), (120, "Kegiatan"), (300, "Anggaran"), bold=True)]
    for k, (name, amount) in enumerate(zip(_PROGRAMS[:2], _AMOUNTS[:2], strict=True)):
        lines.append(_line(112 + 12 * k, (60, f"{k + 1}."), (120, name), (300, amount)))
    lines.append(_line(151, (120, "dan Kelurahan")))
    for k, (name, amount) in enumerate(zip(_PROGRAMS[2:], _AMOUNTS[2:], strict=True)):
        lines.append(_line(163 + 12 * k, (60, f"{k + 3}."), (120, name), (300, amount)))
    tables, rest = find_text_tables(lines, page_no=3)
    assert len(tables) == 1 and not rest


def test_tables_ruled_under_their_header_only_one_under_another_are_separate_tables():
    # three tables of one width, each with one rule under its header: the rules make a stack of one extent, but
    # the band between two of them ends with the next table's bold header, not a row of one table
    def words(top: float, *cells: tuple[float, str], bold: bool = False) -> list[Word]:
        return _line(top, *cells, bold=bold).words

    heads = [("No.", "Tujuan", "Indikator Kinerja", "Target"), ("No.", "Sasaran Strategis", "Indikator Kinerja",
                                                                 "Target"), ("No", "Program", "Anggaran", "Keterangan")]
    bodies = [[("1.", "Meningkatnya tata kelola", "Nilai SAKIP Kecamatan", "BB (70)")],
              [("1.", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "82,99"),
               ("2.", "Meningkatnya tata kelola desa", "Persentase desa tertib", "100%")],
              [("1", "Penunjang Urusan", "2.307.258.185", "APBD/DAU"), ("2", "Penyelenggaraan", "3.355.204",
                                                                           "APBD/DAU")]]
    xs = (57, 130, 330, 470)
    atoms: list[Word] = []
    rules: list[Ruling] = []
    y = 60.0
    for head, body in zip(heads, bodies, strict=True):
        atoms += words(y, *zip(xs, head, strict=True), bold=True)
        atoms += words(y + 12, *zip(xs, ("(1)", "(2)", "(3)", "(4)"), strict=True), bold=True)
        rules.append(Ruling(51, y + 25, 560, y + 25.5))
        y += 28
        for row in body:
            atoms += words(y, *zip(xs, row, strict=True))
            y += 13
        y += 25
    res = read_page_layout(32, 842.0, atoms, rules, lines_from_words, ruled=False)
    tables = sorted(res.tables, key=lambda t: t.top)
    assert [t.table.rows[0].cells for t in tables] == [list(h) for h in heads]
    assert [len(t.table.rows) for t in tables] == [3, 4, 4]
