"""A table split across pages whose next part shows its header again: a page opening with the header repeated above
the rest of the last row and a total (read as lines, a ruled table below), a repeated header with the rest of the cut
row read into its last line."""

from __future__ import annotations

from line_builders import pitch4_line as _line
from line_builders import table_rows as _rows

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.carry import ruled_run_on
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.stitch import column_openers, continues_row, laid_over, stitch, usual_openers
from lkjip.extract.layout.words import Tail
from lkjip.extract.stitch import values_fit

# --- a page opening with the header again, the rest of the last row and a total, above a ruled table ------------

BUDGET_HEAD = ["Program", "Anggaran (Rp.)"]


def _program_budget_part() -> PageTable:
    """A two-column borderless table ending page 5, its last name cut ("Program Pemberdayaa")."""
    rows = _rows([BUDGET_HEAD, ["Program Penunjang Urusan Pemerintahan Daerah", "1.981.016.335,00"],
                  ["Program Koordinasi Ketenteraman dan Ketertiban Umum", "17.033.528,00"],
                  ["Program Pemberdayaa", "17.944.039,00"]], 5, header=1)
    table = Table(rows=rows, page=5, strategy="text")
    return PageTable(table, [56.8, 116.8, 200.8], 610.0, 774.0, 56.8, 200.8, channels=[(109.6, 124.0)])


def _page_opening_with_the_header_again() -> PageResult:
    lines = [_line([("Program", 57), ("Anggaran (Rp.)", 126)], 58, bold=True),
             *[_line([(w, 57)], 69 + 10.5 * k) for k, w in enumerate(
                 ["n Lembaga", "Kemasyaraka", "tan,", "Lembaga", "Adat dan", "Masyarakat", "Hukum Adat"])],
             _line([("Jumlah", 57), ("2.015.993.902,00", 126)], 146),
             _line([("Tabel 2.3 Program dan Anggaran Tahun 2022", 57)], 168)]
    ruled = PageTable(Table(rows=_rows([["No", "Sasaran", "Target", "Realisasi"], ["1", "Menurunnya gangguan", "84",
                                                                                    "84"]], 6, header=1),
                            page=6, strategy="lines"), [50, 90, 300, 400, 500], 302, 456, 50, 500)
    return PageResult(6, 842, lines=lines, tables=[ruled], free_lines=list(lines))


def test_a_page_opening_with_the_tables_header_again_is_read_as_its_rest_above_a_ruled_table():
    prev, res = _program_budget_part(), _page_opening_with_the_header_again()
    run_on = ruled_run_on(prev, res)
    assert run_on is not None
    assert [r.cells for r in run_on.table.rows][-1] == ["Jumlah", "2.015.993.902,00"]
    assert not any("Jumlah" in ln.text for ln in res.lines)
    assert any(ln.text.startswith("Tabel 2.3") for ln in res.lines)  # the caption below stays text


def test_lines_under_no_repeated_header_with_one_number_are_not_the_tables_rest():
    prev, res = _program_budget_part(), _page_opening_with_the_header_again()
    res.lines, res.free_lines = res.lines[1:], res.free_lines[1:]  # no header: one amount is too little to tell
    assert ruled_run_on(prev, res) is None


def test_an_amount_with_a_spaced_currency_dot_is_a_number_of_the_column():
    prev = Table(rows=_rows([["No", "Program", "Anggaran", "Keterangan"],
                             ["1", "Penunjang Urusan Pemerintahan", "Rp. 3.496.510.977", "APBD"],
                             ["2", "Penyelenggaraan Pemerintahan", "Rp. 149.046.936", "APBD"]], 15, header=1))
    rest = _rows([["", "n dan Ketertiban Umum", "", ""],
                  ["4", "Pembinaan dan Pengawasan Pemerintahan Desa", "Rp . 100.803.799", "APBD"]], 16)
    assert values_fit(prev, rest)


# --- a repeated header with the rest of the cut row read into its line ------------------------------------------

TARGET_HEAD = ["No.", "Sasaran", "Indikator", "Target"]


def test_the_rest_of_a_cut_row_read_into_the_repeated_header_finishes_that_row():
    first = PageTable(Table(rows=_rows([TARGET_HEAD,
                                        ["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat",
                                         "83,83"],
                                        ["3", "Meningkatnya kualitas tata kelola pemerintahan desa",
                                         "Persentase desa dengan tata kelola pemerintahan", "90 %"]], 7, header=1),
                            page=7, strategy="lines"), [40, 120, 400, 600, 700], 362, 545, 40, 700)
    cont = PageTable(Table(rows=_rows([["No.", "Sasaran", "Indikator yang baik", "Target"]], 8), page=8,
                           strategy="lines"), [40, 120, 400, 600, 700], 45, 76, 40, 700)
    stitch(first, cont)
    rows = [r.cells for r in first.table.rows]
    assert len(rows) == 3
    assert rows[-1][2] == "Persentase desa dengan tata kelola pemerintahan yang baik"
    assert first.headers_dropped == 1


def test_a_first_row_merely_opening_with_header_words_is_not_the_header():
    first = PageTable(Table(rows=_rows([TARGET_HEAD, ["1", "Meningkatnya kualitas", "Indeks Kepuasan", "83,83"]], 7,
                                       header=1), page=7, strategy="lines"), [40, 120, 400, 600, 700], 0, 1, 40, 700)
    cont = PageTable(Table(rows=_rows([["2", "Sasaran lain", "Indikator baru", "85 %"]], 8), page=8,
                           strategy="lines"), [40, 120, 400, 600, 700], 0, 1, 40, 700)
    stitch(first, cont)
    assert [r.cells[0] for r in first.table.rows] == ["No.", "1", "2"]


# --- a part read with fewer columns, ruled across the page, laid over the columns above ---------------------------

CASCADE = ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan"]


def test_a_part_ruled_across_the_page_is_laid_over_the_columns_its_text_stands_in():
    # horizontal rules run across the page (x0 50): the part's text stands in the last two columns only
    first = PageTable(Table(rows=_rows([CASCADE, ["Meningkatnya tata kelola pemerintahan desa",
                                                  "PROGRAM PEMBINAAN DAN PENGAWASAN PEMERINTAHAN DESA",
                                                  "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan",
                                                  "Fasilitasi Tata Pemerintahan Desa"],
                                        ["", "", "", "Fasilitasi pengelolaan keuangan desa"],
                                        ["", "", "", "Fasilitasi pelaksanaan Pemilihan Kepala Desa"],
                                        ["Penurunan gangguan ketentraman masyarakat",
                                         "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
                                         "Koordinasi upaya penyelenggaraan ketentraman",
                                         "Sinergitas dengan Kepolisian Negara Republik Indonesia"]], 12, header=1), page=12,
                            strategy="rules"), [80, 200, 300, 400, 500], 100, 700, 50, 510,
                      channels=[(190, 205), (290, 305), (390, 405)])
    cont = PageTable(Table(rows=_rows([["Koordinasi penerapan", "Koordinasi dengan perangkat daerah"]], 13),
                           page=13, strategy="rules"), [300, 400, 500], 40, 200, 50, 510, channels=[(390, 405)])
    laid = laid_over(first, cont)
    assert laid is not None
    assert laid.table.rows[0].cells == ["", "", "Koordinasi penerapan", "Koordinasi dengan perangkat daerah"]


def test_a_number_finishing_a_word_cut_at_its_hyphen_finishes_the_cut_row():
    last = TableRow(cells=["", "Sinergitas dengan Kepolisian", "Jumlah monev pengendalian penyebaran COVID-"])
    assert continues_row(last, TableRow(cells=["", "", "19"]))
    assert not continues_row(TableRow(cells=["", "Sinergitas", "Jumlah laporan"]), TableRow(cells=["", "", "19"]))


# --- a cell whose last line stood a line above the page break -----------------------------------------------------

def _cascade_rows() -> list[TableRow]:
    """Sub-rows of a cascading table: each indicator of a sub-activity opens with "Jumlah"."""
    cells = [("Fasilitasi Tata Pemerintahan Desa", "Jumlah Dokumen yang Difasilitasi"),
             ("Peningkatan Partisipasi Masyarakat", "Jumlah Lembaga Kemasyarakatan yang Berpartisipasi"),
             ("Fasilitasi pengelolaan keuangan desa dan pendayagunaan aset desa",
              "Jumlah Dokumen yang Difasilitasi dalam rangka")]
    return [TableRow(cells=["", "", sub, ind]) for sub, ind in cells]


def test_a_cells_rest_unlike_its_columns_cells_finishes_it_though_its_last_line_stood_above_the_break():
    rows = _cascade_rows()
    # the indicator's last line "dalam rangka" stood a line above the row's bottom (its paragraph's last lines kept
    # together on the next page): it reads as not running
    tails = [Tail("", False, False), Tail("", False, False), Tail("aset desa", True, True),
             Tail("dalam rangka", False, False)]
    rest = TableRow(cells=["", "", "", "Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa"])
    assert continues_row(rows[-1], rest, tails, column_openers(rows), usual_openers(rows))
    # a cell opening as its column's cells do is a row of its own
    own = TableRow(cells=["", "", "", "Jumlah monev pengendalian penyebaran"])
    assert not continues_row(rows[-1], own, tails, column_openers(rows), usual_openers(rows))


def test_a_cell_below_one_that_ended_above_the_break_in_a_column_of_mixed_openers_is_a_row_of_its_own():
    rows = [*_cascade_rows(), TableRow(cells=["", "", "Pelaksanaan Pemeliharaan Prasarana", "Jumlah Prasarana"])]
    tails = [Tail("", False, False), Tail("", False, False), Tail("aset desa", False, False),
             Tail("dalam rangka", True, True)]
    rest = TableRow(cells=["", "", "Koordinasi Pemilihan Kepala Desa", ""])
    assert not continues_row(rows[-1], rest, tails, column_openers(rows), usual_openers(rows))


def test_a_cell_running_on_mid_phrase_finishes_the_cell_above_though_its_last_line_stood_above_the_break():
    rows = _cascade_rows()
    rows[-1].cells[2] = "Fasilitasi pengelolaan keuangan desa dan"
    tails = [Tail("", False, False), Tail("", False, False), Tail("desa dan", False, False),
             Tail("dalam rangka", True, True)]
    rest = TableRow(cells=["", "", "pendayagunaan aset desa", "Keuangan Desa dan Pendayagunaan Aset Desa"])
    assert continues_row(rows[-1], rest, tails, column_openers(rows), usual_openers(rows))
