"""A part with no header of its own (a table split by its author without repeating the header) whose page a PDF
reader cut into fewer columns than the part above (two narrow columns with no white channel between read as one)
is laid over the part above by the words its columns share with that part's columns (extract.part_words), and
joined: one table, its rows under the right columns, the merged column in one of those it merged."""

from __future__ import annotations

from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.part_words import word_mapping
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Tujuan", "Indikator Tujuan", "Program", "Indikator Program", "Kegiatan", "Indikator Kegiatan"]
BODY = [
    ["1", "Meningkatnya kemandirian desa", "Persentase desa mandiri", "PROGRAM PEMBERDAYAAN DESA",
     "Persentase lembaga desa aktif", "Fasilitasi Musyawarah Desa", "Jumlah musyawarah yang difasilitasi"],
    ["", "", "", "", "", "Pembinaan Lembaga Desa", "Jumlah lembaga yang dibina"],
    ["2", "Meningkatnya pelayanan publik", "Indeks kepuasan masyarakat", "PROGRAM PELAYANAN PUBLIK",
     "Persentase layanan tepat waktu", "Fasilitasi Pelayanan Terpadu", "Jumlah layanan yang diberikan"],
]
# the next page: the number column empty, "Indikator Tujuan" and "Program" read as one column
PART = [
    ["Menurunnya gangguan ketertiban", "Persentase gangguan PROGRAM KETERTIBAN UMUM", "Persentase desa aman",
     "Fasilitasi Ketertiban Desa", "Jumlah laporan yang diterima"],
    ["", "", "", "Pembinaan Satuan Desa", "Jumlah satuan yang dibina"],
]


def _table(rows, page, header=0):
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < header) for k, r in enumerate(rows)],
                 page=page)


def test_a_part_with_two_columns_read_as_one_joins_its_table():
    doc = Document(source_file="t", input_format="pdf", blocks=[_table([HEAD, *BODY], 3, 1), _table(PART, 4)])
    (table,) = stitch_document(doc).tables()
    assert len(table.rows) == 1 + len(BODY) + len(PART)
    first = table.rows[len(BODY) + 1].cells
    assert first[1] == "Menurunnya gangguan ketertiban"
    assert first[4:] == ["Persentase desa aman", "Fasilitasi Ketertiban Desa", "Jumlah laporan yang diterima"]
    assert table.rows[-1].cells[5:] == ["Pembinaan Satuan Desa", "Jumlah satuan yang dibina"]


def test_columns_that_share_no_words_are_not_laid():
    body = [TableRow(cells=r) for r in BODY]
    other = [TableRow(cells=["Gedung", "Rusak berat", "Rehabilitasi", "Tahun depan", "Dinas teknis"])]
    assert word_mapping(body, 7, other, 5) is None
