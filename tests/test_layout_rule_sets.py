"""Tables drawn with rule sets other than a full grid, read from synthetic lines (issue #12).

Each test builds the words a PDF page would give and checks one layout mechanism: a narrow key column whose
keys end less than a column gap before the names, rules that do not part rows (a frame with one header rule, a
rule under each header only), a repeated header drawn shorter than its text, and a stitched continuation whose
repeated header was cut into other levels.
"""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.band_rows import rules_part_rows
from lkjip.extract.layout.borderless import find_text_tables, header_pieces_lifted
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import stitch


def _line(y: float, *cells: tuple[float, str], bold: bool = False, right: bool = False) -> TextLine:
    """Words of 5 pt per letter, 3 pt apart; ``right``: the first cell's text ends at its x instead."""
    words = []
    for k, (x, text) in enumerate(cells):
        toks = text.split()
        if right and k == 0:
            x -= sum(5.0 * len(t) for t in toks) + 3 * (len(toks) - 1)
        for tok in toks:
            w = 5.0 * len(tok)
            words.append(Word(tok, x, y, x + w, y + 10, size=10, bold=bold))
            x += w + 3
    return TextLine(words)


def _rows(t: Table) -> list[list[str]]:
    return [r.cells for r in t.rows]


def test_right_aligned_keys_a_word_space_from_the_names_keep_their_column():
    # "1." ends 7 pt before the names: more than a word space, less than a column gap (1.2 em)
    lines = [
        _line(100, (50, "NO"), (86, "URAIAN"), (300, "ANGGARAN")),
        _line(115, (79, "1."), (86, "Administrasi Keuangan"), (300, "1.250.000"), right=True),
        _line(128, (86, "Perangkat Daerah")),
        _line(141, (79, "2."), (86, "Penyediaan Gaji"), (300, "310.000"), right=True),
        _line(154, (79, "3."), (86, "Koordinasi Laporan"), (300, "84.000"), right=True),
        _line(167, (79, "4."), (86, "Pengadaan Pakaian"), (300, "12.500"), right=True),
    ]
    tables, rest = find_text_tables(lines, page_no=1)
    assert len(tables) == 1 and not rest
    assert _rows(tables[0].table) == [
        ["NO", "URAIAN", "ANGGARAN"],
        ["1.", "Administrasi Keuangan Perangkat Daerah", "1.250.000"],
        ["2.", "Penyediaan Gaji", "310.000"],
        ["3.", "Koordinasi Laporan", "84.000"],
        ["4.", "Pengadaan Pakaian", "12.500"],
    ]


def test_a_frame_with_one_header_rule_does_not_part_rows():
    region = [
        _line(100, (50, "No"), (80, "Program"), (300, "Anggaran"), bold=True),
        _line(115, (50, "1"), (80, "Program Pelayanan"), (300, "1.250.000")),
        _line(128, (50, "2"), (80, "Program Trantibum"), (300, "310.000")),
    ]
    assert not rules_part_rows(region, [98.0, 112.0, 140.0])  # frame top, header rule, frame bottom
    assert not rules_part_rows(region, [98.0, 112.0])  # the frame left open by a page break
    assert rules_part_rows(region, [98.0, 112.0, 126.0, 140.0])  # a rule under every row


def test_a_list_of_contents_in_a_frame_is_rows_of_text():
    toc = [
        _line(100, (50, "KATA PENGANTAR"), (400, "i")),
        _line(112, (50, "BAB I PENDAHULUAN"), (400, "7")),
        _line(124, (50, "BAB II PERENCANAAN KINERJA"), (400, "10")),
    ]
    assert not rules_part_rows(toc, [98.0, 140.0])
    appendices = [_line(100 + 12 * i, (50, f"Lampiran {i}"), (150, "Perjanjian Kinerja")) for i in (1, 2, 3)]
    assert not rules_part_rows(appendices, [98.0, 140.0])
    wrapped = [_line(100, (50, "Meningkatnya kualitas"), (200, "Persentase desa")),
               _line(112, (60, "pelayanan publik"), (200, "yang tertib"))]
    assert rules_part_rows(wrapped, [98.0, 126.0])  # one row wrapped inside its band


def test_repeated_header_piece_on_the_first_body_line_goes_back_to_the_header():
    region = [
        _line(56, (50, "No"), (80, "Sasaran"), (400, "Capaian"), bold=True),
        _line(68, (80, "Uraian"), (400, "Tahun"), bold=True),
        TextLine([Word("desa", 80, 80, 100, 90), Word("2024", 400, 80, 420, 90, bold=True)]),
        _line(95, (50, "3"), (80, "Meningkatnya"), (400, "98,80")),
    ]
    out = header_pieces_lifted(region)
    assert [ln.text for ln in out] == ["No Sasaran Capaian", "Uraian Tahun 2024", "desa", "3 Meningkatnya 98,80"]
    # a bold key on every body line is body text, not a header piece
    keyed = [region[0], _line(80, (50, "1"), (80, "Program")), _line(95, (50, "2"), (80, "Program"))]
    keyed[1].words[0].bold = keyed[2].words[0].bold = True
    assert [ln.text for ln in header_pieces_lifted(keyed)] == [ln.text for ln in keyed]


def _page_table(rows: list[TableRow], page: int) -> PageTable:
    t = Table(rows=rows, page=page, strategy="rules")
    return PageTable(t, [50.0, 300.0, 500.0], 50.0, 700.0, 50.0, 500.0)


def test_a_repeated_header_cut_into_other_levels_is_dropped_when_stitched():
    head = [TableRow(cells=["Tahun 2024", ""], is_header=True), TableRow(cells=["Target", "Realisasi"], is_header=True)]
    first = _page_table([*head, TableRow(cells=["72", "70"])], 4)
    cont = _page_table([TableRow(cells=["Tahun 2024 Target", "Realisasi"], is_header=True),
                        TableRow(cells=["83", "82"])], 5)
    stitch(first, cont)
    assert _rows(first.table) == [["Tahun 2024", ""], ["Target", "Realisasi"], ["72", "70"], ["83", "82"]]
    assert first.headers_dropped == 1
