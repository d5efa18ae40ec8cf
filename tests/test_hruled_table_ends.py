"""Tables ruled with horizontal lines only (issue #12): where a stack of rules ends, and where it goes on.

- The stack's last band holding lines set off from the rule above by more than a cell's padding, each of one
  segment (a signature block, a title), is no row: its bottom rule is the top of the next table, whose other rules
  are drawn in pieces or shorter (a header cut by the page break, cells merged down) and so make no stack of
  their own (:func:`lkjip.extract.layout.half_ruled.split_stack`).
- A page opening with the rest of the row the page before cut, over a stack of only two rules (one more row):
  both are the rest of the table the page before ended with (:func:`half_ruled_tables`).
"""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.page_table import PageTable


def _bold(line: TextLine) -> TextLine:
    return TextLine([Word(w.text, w.x0, w.top, w.x1, w.bottom, w.size, True) for w in line.words])


def _row(y: float, no: str, program: str, amount: str) -> TextLine:
    return cells_line(y, (60, no), (90, program), (400, amount), (480, "APBD"))


def test_a_signature_block_under_the_last_rule_is_no_row_of_the_table():
    lines = [
        _bold(cells_line(103, (90, "Program"), (400, "Anggaran"), (480, "Keterangan"))),
        _row(123, "1", "Penunjang Urusan Pemerintahan", "2.647.903.539"),
        _row(143, "2", "Penyelenggaraan Pemerintahan", "119.428.384"),
        _row(163, "3", "Pemberdayaan Masyarakat Desa", "60.538.356"),
        # the signature block and the next table's title, then its header (rules at 300 and, in part, 315)
        cells_line(200, (57, "Lembah Hijau, 08 Januari 2025")),
        cells_line(215, (57, "Pihak Kedua")),
        cells_line(230, (57, "BUPATI LEMBAH HIJAU,")),
        cells_line(245, (57, "NIP. 19790221 200501 1 006")),
        _bold(cells_line(270, (150, "PELAKSANAAN PROGRAM DAN KEGIATAN"))),
        _bold(cells_line(302, (60, "NO"), (90, "URAIAN"), (200, "ANGGARAN"), (400, "OUTPUT"))),
    ]
    rules = [hrule(y) for y in (100.0, 120.0, 140.0, 160.0, 180.0, 300.0)] + [hrule(315.0, 195.0, 540.0)]
    tables, rest = half_ruled_tables(lines, rules, page_no=1, strategy="rules")
    first = tables[0].table.rows
    assert [r.cells[0] for r in first] == ["", "1", "2", "3"]
    assert first[-1].cells[1] == "Pemberdayaan Masyarakat Desa"
    assert any(ln.text.startswith("Lembah Hijau") for ln in rest)
    assert any(ln.text.startswith("NIP.") for ln in rest)


def test_a_cut_rows_rest_over_a_last_row_between_two_rules_continues_the_table():
    channels = [(84.5, 85.5), (394.5, 395.5), (474.5, 475.5)]
    carry = PageTable(Table(rows=[TableRow(cells=["No", "Program", "Anggaran", "Keterangan"], is_header=True),
                                  TableRow(cells=["5", "Pembinaan dan Pengawasan", "47.555.182", "APBD"])]),
                      [55.0, 85.0, 395.0, 475.0, 540.0], 100.0, 780.0, 55.0, 540.0, channels=channels)
    lines = [
        cells_line(67, (90, "Pemerintahan Desa")),                     # the cut row's rest, no rule over it
        _row(83, "6", "Pemberdayaan Lembaga Kemasyarakatan", "79.498.465"),
        cells_line(95, (90, "dan Masyarakat Hukum Adat")),
        cells_line(150, (57, "Tabel 2.3 Program dan Anggaran")),
    ]
    rules = [hrule(80.0), hrule(110.0)]
    tables, rest = half_ruled_tables(lines, rules, page_no=2, strategy="rules", carry=carry)
    assert len(tables) == 1
    rows = [r.cells for r in tables[0].table.rows]
    assert rows[0] == ["", "Pemerintahan Desa", "", ""]
    assert rows[1] == ["6", "Pemberdayaan Lembaga Kemasyarakatan dan Masyarakat Hukum Adat", "79.498.465", "APBD"]
    assert tables[0].carried
    assert [ln.text for ln in rest] == ["Tabel 2.3 Program dan Anggaran"]


def test_a_part_without_header_under_a_table_as_wide_keeps_its_columns():
    # a table its author split: the second part, an empty paragraph under the first, fills only its last two
    # columns; it is read with the first part's four columns, not two of its own
    lines = [
        _bold(cells_line(103, (60, "No"), (90, "Program"), (300, "Kegiatan"), (420, "Indikator"))),
        cells_line(123, (60, "1"), (90, "PROGRAM PENUNJANG"), (300, "Administrasi"), (420, "Persentase")),
        cells_line(143, (60, "2"), (90, "PROGRAM PEMBINAAN"), (300, "Fasilitasi"), (420, "Jumlah Dokumen")),
        cells_line(183, (300, "Fasilitasi pengelolaan"), (420, "Jumlah Dokumen")),
        cells_line(203, (300, "Fasilitasi Penyusunan"), (420, "Jumlah Laporan")),
    ]
    rules = [hrule(y) for y in (100.0, 120.0, 140.0, 160.0, 180.0, 200.0, 220.0)]
    tables, _ = half_ruled_tables(lines, rules, page_no=1, strategy="rules")
    assert len(tables) == 2
    rows = [r.cells for r in tables[1].table.rows]
    assert rows[0] == ["", "", "Fasilitasi pengelolaan", "Jumlah Dokumen"]
    assert rows[-1] == ["", "", "Fasilitasi Penyusunan", "Jumlah Laporan"]
