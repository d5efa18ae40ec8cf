"""Parts of a table split by its author with no header of their own, joined although a page break left something
odd on them (extract/stitch.py): quantities with their unit under bare numbers, a cut cell's rest of several lines
between the parts."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Uraian", "Anggaran", "Realisasi", "Indikator", "Target", "Capaian"]


def _table(rows: list[list[str]], page: int | None = None, bbox=None) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page) for r in rows], page=page, bbox=bbox)


def _doc(*blocks) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=list(blocks))


def test_quantities_with_their_unit_continue_a_column_of_bare_numbers():
    # the first part's targets are percentages, the next part's are counted things ("2 Dokumen", "1.950 Unit"):
    # both are the column's values, not text under numbers
    first = [HEAD,
             ["1", "Program Penunjang", "2.525.442.492", "2.371.586.698", "Persentase penunjang", "100%", "98,8"],
             ["1.1", "Perencanaan", "10.819.887", "10.818.075", "Persentase dokumen", "100%", "100"],
             ["1.2", "Keuangan", "2.107.151.225", "1.965.137.918", "Persentase laporan", "100%", "100"]]
    part = [["1.2.1", "Penyediaan Gaji", "2.099.836.496", "1.957.824.343", "Jumlah ASN", "22 ASN", "100"],
            ["1.2.2", "Penatausahaan", "1.777.981", "1.777.725", "Jumlah Dokumen", "40 Dokumen", "100"],
            ["1.4.3", "Bahan Bacaan", "19.250.809", "19.247.000", "Jumlah Paket", "1.950 Unit", "100"]]
    (t,) = stitch_document(_doc(_table(first, page=4), _table(part, page=5))).tables()
    assert len(t.rows) == 7


def test_words_under_a_column_of_numbers_still_make_another_table():
    first = [HEAD,
             ["1", "Program Penunjang", "2.525.442.492", "2.371.586.698", "Persentase penunjang", "100%", "98,8"],
             ["2", "Perencanaan", "10.819.887", "10.818.075", "Persentase dokumen", "100%", "100"]]
    other = [["a", "Camat", "Pembina", "Sokobanah", "Kepala", "Penata Tingkat", "ttd"],
             ["b", "Sekretaris", "Penata", "Sokobanah", "Kepala", "Penata Muda", "ttd"]]
    assert len(stitch_document(_doc(_table(first, page=4), _table(other, page=5))).tables()) == 2


def _rows(rows: list[list[str]], page: int, x0: float, x1: float, top: float) -> list[TableRow]:
    return [TableRow(cells=list(r), page=page, bbox=(x0, top + 20 * i, x1, top + 20 * i + 18))
            for i, r in enumerate(rows)]


def test_a_cut_cell_rest_of_several_lines_between_two_parts_does_not_end_the_table():
    # the part above was joined across two pages already (it keeps no box of its own, only its rows do); the
    # page break cut its last row's indicator, whose last three lines open the next page above the next part
    head = ["No", "Uraian", "Anggaran", "Realisasi", "%", "Indikator", "Target"]
    above = [head,
             ["1.1", "Penyusunan Dokumen Perencanaan", "1.101.285", "1.101.050", "99,98", "Jumlah Dokumen", "2 Dokumen"],
             ["1.2", "Penyusunan Laporan Keuangan", "4.423.537", "4.423.275", "99,99", "Jumlah Laporan Keuangan Akhir",
              "1 Dokumen"]]
    first = Table(rows=_rows(above[:2], 35, 100, 780, 400) + _rows(above[2:], 36, 100, 780, 60), page=35)
    rest = Paragraph(text="Tahun SKPD dan Laporan Hasil Koordinasi Penyusunan Dokumen Perencanaan", page=37,
                     bbox=(520, 57, 650, 105),
                     lines=["Tahun SKPD dan Laporan", "Hasil Koordinasi", "Penyusunan Dokumen", "Perencanaan"])
    part = [["1.3", "Administrasi Kepegawaian", "105.943.384", "99.198.370", "93,63", "Persentase penunjang", "100%"],
            ["1.4", "Administrasi Umum", "2.167.489", "2.166.500", "99,95", "Jumlah Paket", "63 Unit"]]
    second = Table(rows=_rows(part, 37, 100, 780, 100), page=37, bbox=(100, 100, 780, 140))
    out = stitch_document(_doc(first, rest, second))
    (t,) = out.tables()
    assert len(t.rows) == 5
    assert t.rows[2].cells[5] == ("Jumlah Laporan Keuangan Akhir Tahun SKPD dan Laporan Hasil Koordinasi "
                                "Penyusunan Dokumen Perencanaan")
    assert out.paragraphs() == []


BUDGET = [["No", "Uraian", "Anggaran", "Realisasi", "%"],
          ["1.4", "Administrasi Umum Perangkat Daerah", "105.943.384", "99.198.370", "93,63"],
          ["1.4.1", "Penyediaan Komponen Instalasi Listrik", "2.167.489", "2.166.500", "99,95"]]
MORE = [["1.4.3", "Penyediaan Bahan Logistik Kantor", "19.250.809", "19.247.000", "99,98"],
        ["1.4.4", "Penyediaan Barang Cetakan dan Penggandaan", "7.224.600", "7.224.350", "100,00"]]
#: a row framed on its own at the page's foot, read as a paragraph (its cells' lines run together)
ROW_AS_TEXT = Paragraph(text="1.4.2 Penyediaan Peralatan dan Perlengkapan Kantor 16.122.336 16.122.000 100,00",
                        lines=["1.4.2 Penyediaan Peralatan dan 16.122.336 16.122.000 100,00", "Perlengkapan Kantor"],
                        page=22)


def test_a_row_read_as_text_between_two_parts_does_not_end_the_table_and_is_put_back():
    # a number, a name and values only: the row's cells are plain to see (extract/text_row.py)
    out = stitch_document(_doc(_table(BUDGET, page=22), ROW_AS_TEXT, _table(MORE, page=23)))
    (t,) = out.tables()
    assert [r.cells[0] for r in t.rows] == ["No", "1.4", "1.4.1", "1.4.2", "1.4.3", "1.4.4"]
    assert t.rows[3].cells == ["1.4.2", "Penyediaan Peralatan dan Perlengkapan Kantor", "16.122.336", "16.122.000",
                               "100,00"]
    assert not t.doubt
    assert out.paragraphs() == []


def test_a_row_read_as_text_of_a_table_of_two_text_columns_makes_it_doubtful():
    # which words are the name's, which the indicator's, the line does not tell: the row stays lost
    head = [["No", "Uraian", "Anggaran", "Realisasi", "Indikator"]]
    above = head + [["1.4", "Administrasi Umum", "105.943.384", "99.198.370", "Jumlah Paket"],
                    ["1.4.1", "Penyediaan Komponen", "2.167.489", "2.166.500", "Jumlah Unit"]]
    below = [["1.4.3", "Penyediaan Bahan Logistik", "19.250.809", "19.247.000", "Jumlah Dokumen"],
             ["1.4.4", "Penyediaan Barang Cetakan", "7.224.600", "7.224.350", "Jumlah Laporan"]]
    row = Paragraph(text="1.4.2 Penyediaan Peralatan 16.122.336 16.122.000 Jumlah Paket", page=22,
                    lines=["1.4.2 Penyediaan Peralatan 16.122.336 16.122.000 Jumlah Paket"])
    out = stitch_document(_doc(_table(above, page=22), row, _table(below, page=23)))
    (t,) = out.tables()
    assert [r.cells[0] for r in t.rows] == ["No", "1.4", "1.4.1", "1.4.3", "1.4.4"]
    assert t.doubt and "1.4.2 Penyediaan" in t.doubt
    assert out.paragraphs() == []


def test_a_row_read_as_text_before_a_table_with_a_header_of_its_own_stays_text():
    pk = [["No", "Program", "Anggaran", "Keterangan"], ["1", "Program Penunjang", "Rp 2.307.258.185", "APBD"]]
    out = stitch_document(_doc(_table(BUDGET, page=22), ROW_AS_TEXT, _table(pk, page=23)))
    assert len(out.tables()) == 2 and [p.text for p in out.paragraphs()] == [ROW_AS_TEXT.text]
    assert not out.tables()[0].doubt


def test_lines_under_the_last_part_of_a_table_joined_across_pages_stay_text():
    # they carry the table on to the page they stand on, where a piece of it with its header repeated may follow
    # (classify._is_piece); only between two parts do they finish a cell
    head = ["No", "Tujuan", "Indikator", "Sasaran"]
    rows = [head, ["1", "Meningkatnya tata kelola", "Persentase desa", "Fasilitasi Tata"]]
    first = Table(rows=_rows(rows[:1], 8, 57, 770, 400) + _rows(rows[1:], 9, 57, 770, 60), page=8)
    rest = Paragraph(text="Pemerintahan Desa", page=10, bbox=(477, 58, 528, 76), lines=["Pemerintahan", "Desa"])
    out = stitch_document(_doc(first, rest))
    assert [p.text for p in out.paragraphs()] == ["Pemerintahan Desa"]
    assert out.tables()[0].rows[-1].cells[-1] == "Fasilitasi Tata"
