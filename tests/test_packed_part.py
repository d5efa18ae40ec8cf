"""A part with no header read with one column too many (extract/packed_part.py): a run of columns where every row
leaves a cell empty, its values at different places row by row ("0% | 0% | 0" / "0 Unit | 0 Unit | | 0"). Packed
left over the table's columns, the part continues the table above."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = [["NO", "URAIAN", "ANGGARAN", "", "", "OUTPUT/KELUARAN", "", "", ""],
        ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI", "%"]]
TOP = [["I.", "Penyediaan Jasa Komunikasi", "15.263.217", "15.252.661", "99,93", "Jumlah Laporan Jasa", "12 Laporan",
        "12 Laporan", "100"],
       ["II.", "Penyediaan Jasa Peralatan", "48.374.004", "45.224.837", "93,49", "Jumlah Laporan Jasa", "12 Laporan",
        "11 Laporan", "91,67"]]
PART = [["V.", "Pemeliharaan Barang Milik Daerah", "-", "-", "0,00", "Persentase barang milik daerah", "", "0%", "0%",
         "0"],
        ["I.", "Penyediaan Jasa Pemeliharaan", "-", "-", "0,00", "Jumlah Kendaraan Dinas", "0 Unit", "0 Unit", "", "0"],
        ["II.", "PROGRAM PENYELENGGARAAN", "238.254.434", "226.654.584", "95,13", "Persentase layanan", "", "100%",
         "100%", "100"]]


def _doc(part: list[list[str]]) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2021", page=18, bold=True),
        Table(rows=[TableRow(cells=r, page=18, is_header=k < 2) for k, r in enumerate([*HEAD, *TOP])], page=18),
        Table(rows=[TableRow(cells=r, page=18) for r in part], page=18)])


def test_a_part_with_a_column_too_many_is_packed_over_the_tables_columns():
    (table,) = stitch_document(_doc(PART)).tables()
    assert [r.cells[5:] for r in table.rows[4:]] == [
        ["Persentase barang milik daerah", "0%", "0%", "0"], ["Jumlah Kendaraan Dinas", "0 Unit", "0 Unit", "0"],
        ["Persentase layanan", "100%", "100%", "100"]]
    assert table.rows[6].cells[:5] == PART[2][:5]


def test_a_part_whose_rows_fill_every_column_is_another_table():
    full = [[*r[:6], "1", "2", "3", "4"] for r in PART]
    assert len(stitch_document(_doc(full)).tables()) == 2
