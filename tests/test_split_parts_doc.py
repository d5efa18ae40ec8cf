"""Parts of a table joined by the document (extract/stitch.py) when the next part shows the header again: on the
next page below a line of a cell a reader left out, or with the header cut into finer columns than the first part's
(its columns then the table's)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document


def _rows(rows: list[list[str]], page: int, header: int = 0) -> list[TableRow]:
    return [TableRow(cells=list(r), page=page, is_header=k < header) for k, r in enumerate(rows)]


# --- parts joined by the document ---------------------------------------------------------------------------------

CASCADE_HEAD = ["No", "Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan", "Indikator Sub Kegiatan"]


def _doc(*blocks) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=list(blocks))


def test_a_part_repeating_the_header_on_the_next_page_below_a_line_of_a_cell_continues_the_table():
    first = Table(rows=_rows([CASCADE_HEAD, ["1", "Meningkatnya kemajuan desa", "Meningkatnya kemajuan desa",
                                             "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Koordinasi Kegiatan",
                                             "Peningkatan Partisipasi Masyarakat", "Jumlah Lembaga"],
                              ["2", "Meningkatnya tata kelola", "Meningkatnya tata kelola",
                               "PROGRAM PEMBINAAN DESA", "Fasilitasi Pembinaan Pemerintah", "Fasilitasi Tata",
                               "Jumlah Dokumen"]], 5, header=1), page=5)
    second = Table(rows=_rows([CASCADE_HEAD, ["", "", "", "", "", "Fasilitasi pengelolaan keuangan desa",
                                              "Jumlah Dokumen yang Difasilitasi"]], 6, header=1), page=6)
    out = stitch_document(_doc(first, Paragraph(text="an Desa", page=6), second))
    (t,) = out.tables()
    assert len(t.rows) == 4 and t.rows[-1].page == 6


def test_a_part_repeating_the_header_on_the_same_page_below_a_short_line_is_another_table():
    first = Table(rows=_rows([CASCADE_HEAD, ["1", "a", "b", "PROGRAM A", "Koordinasi", "Fasilitasi", "Jumlah"]], 5,
                             header=1), page=5)
    second = Table(rows=_rows([CASCADE_HEAD, ["1", "c", "d", "PROGRAM B", "Koordinasi", "Fasilitasi", "Jumlah"]], 5,
                              header=1), page=5)
    assert len(stitch_document(_doc(first, Paragraph(text="Kabupaten Lembah Hijau", page=5), second)).tables()) == 2


BUDGET_9 = ["NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN", "", "", ""]
COARSE = ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI %", ""]
FINE = ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI", "%"]
ROW_A = ["1)", "Administrasi Keuangan Perangkat Daerah", "3.454.995.318,-", "3.428.699.833,-", "99,24",
         "Persentase administrasi keuangan", "100%", "100%", "100"]
ROW_B = ["2)", "Pengadaan Mebel", "36.856.517,-", "33.087.862,-", "89,77", "Jumlah Mebel yang disediakan",
         "16 Unit", "16 Unit", "100"]


def test_a_repeated_header_cut_into_finer_columns_gives_the_joined_table_its_columns():
    first = Table(rows=_rows([BUDGET_9, COARSE, ROW_A, ROW_A], 9, header=2), page=9)
    second = Table(rows=_rows([BUDGET_9, FINE, ROW_B, ROW_B], 10, header=2), page=10)
    (t,) = stitch_document(_doc(first, second)).tables()
    assert [r.cells for r in t.rows] == [BUDGET_9, FINE, ROW_A, ROW_A, ROW_B, ROW_B]


def test_a_header_row_with_other_words_is_not_cut_finer():
    first = Table(rows=_rows([BUDGET_9, COARSE, ROW_A, ROW_A], 9, header=2), page=9)
    other = ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "CAPAIAN", "%"]
    second = Table(rows=_rows([BUDGET_9, other, ROW_B], 10, header=2), page=10)
    t = stitch_document(_doc(first, second)).tables()[0]
    assert t.rows[1].cells == COARSE
