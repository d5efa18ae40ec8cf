"""The last lines of a name wrapped in a narrow column, which the OCR layout left under the table as text (and at
the next page's top, above the rest of the table)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.ocr_name_tails import lift_name_tails

EDGES = [46.0, 98.0, 211.0, 338.0, 464.0, 550.0]


def line(text: str, x0: float, top: float, height: float = 5.0) -> TextLine:
    """One line of words 6 points apart per letter, from ``x0``."""
    words, x = [], x0
    for w in text.split():
        words.append(Word(w, x, top, x + 4.5 * len(w), top + height, size=7.0))
        x += 4.5 * len(w) + 3
    return TextLine(words)


def page(number: int, rows: list[list[str]], top: float, bottom: float, lines: list[TextLine]) -> PageResult:
    """A scanned page holding one table of ``rows`` between ``top`` and ``bottom``, and ``lines`` outside it."""
    table = Table(rows=[TableRow(cells=list(r), page=number) for r in rows], page=number)
    res = PageResult(number, 842.0, lines=lines)
    res.tables = [PageTable(table=table, col_edges=EDGES, top=top, bottom=bottom, x0=EDGES[0], x1=EDGES[-1])]
    return res


def test_name_lines_under_the_table_and_at_the_next_page_top_go_back_into_its_last_row():
    p7 = page(7, [
        ["", "BELANJA LANGSUNG", "3.809.755.301,00", "3.768.169.191,00", "98,91"],
        ["1)", "PROGRAM", "3.557.732.478,00", "3.539.356.515,00", "99,48"],
    ], 741.0, 776.0, [line("PENUNJANG", 142, 778), line("URUSAN", 142, 785.5), line("PEMERINTAHAN", 142, 793)])  # fmt: skip
    p8 = page(8, [
        ["1)", "Perencanaan, Penganggaran, dan Evaluasi", "100.794.042,00", "99.667.181,00", "98,88"],
    ], 61.0, 120.0, [line("DAERAH", 142, 44), line("KABUPATEN/KOTA", 142, 51.5)])  # fmt: skip
    assert lift_name_tails([p7, p8], {7, 8}) == 5
    assert p7.tables[0].table.rows[-1].cells[1] == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    assert p7.lines == [] and p8.lines == []


def test_text_under_a_table_stays_text():
    rows = [["1)", "PROGRAM PENUNJANG", "3.557.732.478,00", "3.539.356.515,00", "99,48"]]
    notes = page(7, rows, 700.0, 740.0, [line("Sumber: Kecamatan", 142, 742)])  # a label under the table
    para = page(7, rows, 700.0, 740.0, [line("Penyerapan anggaran yang tidak mencapai seratus persen", 46, 742)])
    far = page(7, rows, 700.0, 740.0, [line("DAERAH", 142, 760)])  # far below: not a line of the cell
    mixed = page(7, rows, 700.0, 740.0, [line("Desa", 142, 742)])  # not in capitals under capitals
    assert lift_name_tails([notes], {7}) == lift_name_tails([para], {7}) == 0
    assert lift_name_tails([far], {7}) == lift_name_tails([mixed], {7}) == 0
    assert lift_name_tails([page(7, rows, 700.0, 740.0, [line("DAERAH", 142, 742)])], set()) == 0  # not scanned


def test_no_lift_before_a_part_that_repeats_the_header():
    """The text between keeps the parts apart: joined without it, a repeated header OCR read with other letters
    ("OUTPUTIKELUARAN") would become a body row of the part above."""
    p20 = page(20, [
        ["3)", "Administrasi Barang", "112.643.122,00", "111.928.448,00", "99,37"],
    ], 272.0, 530.0, [line("Milik Daerah pada", 142, 532), line("Perangkat Daerah", 142, 539.5)])  # fmt: skip
    p21 = page(21, [
        ["NO", "URAIAN", "ANGGARAN", "", "OUTPUTIKELUARAN"],
        ["1)", "Penatausahaan Barang Milik Daerah", "55.605.856,00", "54.891.182,00", "98,71"],
    ], 45.0, 300.0, [])  # fmt: skip
    assert lift_name_tails([p20, p21], {20, 21}) == 0
    assert p20.tables[0].table.rows[-1].cells[1] == "Administrasi Barang"


def test_no_lift_under_a_list_of_contents():
    """The wrapped title of a list's entry is no cell's rest: the list of contents keeps its own reading."""
    toc = page(1, [
        ["Tabel 3.2 Perbandingan Realisasi Kinerja", "", "", "", "9"],
        ["Tabel 3.3 Perbandin gan Realisasi", "", "", "", "10"],
    ], 280.0, 320.0, [line("Renstra", 50, 322)])  # fmt: skip
    assert lift_name_tails([toc], {1}) == 0
