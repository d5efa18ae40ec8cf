"""Issue #12 item 5, a header cut into one column more than its body: "REALISASI TAHUN" and "2023" read as two
columns, the values printed right-aligned under them now stand one column right of their header, so each is read
as the next column's (a target read as the realisasi). The header's own row of column numbers ("(1) (2) (3) …")
tells: a numbered column is empty in every row while a column the numbers skip holds the values. The table is
read doubtfully, and a cross-table flag built on it is an uncertain warning, never an error."""

from __future__ import annotations

from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.stitch import stitch_document
from lkjip.extract.value_columns import numbered_column_unfilled

HEAD = ["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET AKHIR RENSTRA (TAHUN 2026)", "REALISASI TAHUN", "2023",
        "TINGKAT KEMAJUAN"]
NUMBERS = ["(1)", "(2)", "(3)", "(4)", "", "(5)"]


def _table(rows, numbers=NUMBERS) -> Table:
    return Table(page=10, rows=[TableRow(cells=HEAD, page=10, is_header=True), TableRow(cells=numbers, page=10),
                                *(TableRow(cells=r, page=10) for r in rows)])


SHIFTED = [["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "", "83,32", "78,93", "94,73"],
           # a cell cut by the page break: its rest read into the page's repeated row of column numbers
           ["(1) publik kecamatan", "(2)", "(3)", "(4)", "", "(5)"],
           ["Menurunnya gangguan ketertiban", "Persentase penanganan gangguan", "", "78", "72", "92,31"]]


def test_values_under_a_column_the_numbers_skip_make_the_reading_doubtful():
    assert "kolom bernomor '(3)' tanpa nilai" in (numbered_column_unfilled(_table(SHIFTED)) or "")
    (read,) = stitch_document(Document(source_file="t", input_format="pdf", blocks=[_table(SHIFTED)])).tables()
    assert read.doubt and "(3)" in read.doubt


def test_values_under_their_numbers_are_no_doubt():
    sound = [r if r[1] == "(2)" else [r[0], r[1], r[3], r[4], "", r[5]] for r in SHIFTED]
    assert numbered_column_unfilled(_table(sound)) is None
    # a numbered column left empty (nothing printed there yet) with no values elsewhere is no doubt either
    empty = [r if r[1] == "(2)" else [r[0], r[1], r[3], "", "", r[5]] for r in SHIFTED]
    assert numbered_column_unfilled(_table(empty)) is None
    # no row of column numbers: nothing to tell by
    assert numbered_column_unfilled(_table(SHIFTED, numbers=["", "", "", "", "", ""])) is None


def _headed(head, numbers, rows) -> Table:
    return Table(page=10, rows=[*(TableRow(cells=h, page=10, is_header=True) for h in head),
                                TableRow(cells=numbers, page=10), *(TableRow(cells=r, page=10) for r in rows)])


def test_an_empty_keterangan_beside_a_span_numbered_once_is_no_doubt():
    """A Keterangan left empty right of the values, with "Realisasi" spanning two year sub-columns under one
    number: that is how the table is printed, no shift of the values."""
    head = [["NO", "INDIKATOR", "TARGET", "REALISASI", "", "CAPAIAN (%)", "KETERANGAN"],
            ["", "", "", "2022", "2023", "", ""]]
    numbers = ["(1)", "(2)", "(3)", "(4)", "", "(5)", "(6)"]
    rows = [["1", "Indeks Kepuasan Masyarakat", "80", "78,10", "82,50", "103,13", ""],
            ["2", "Persentase penanganan gangguan", "90", "85", "91", "101,11", ""]]
    assert numbered_column_unfilled(_headed(head, numbers, rows)) is None


def test_sign_columns_read_apart_with_an_empty_keterangan_are_no_doubt():
    head = [["NO", "URAIAN", "ANGGARAN", "", "REALISASI", "", "%", "KET"]]
    numbers = ["(1)", "(2)", "(3)", "", "(4)", "", "(5)", "(6)"]
    rows = [["1", "Belanja Pegawai", "Rp", "1.000.000", "Rp", "900.000", "90,00", ""],
            ["2", "Belanja Barang", "Rp", "2.000.000", "Rp", "1.500.000", "75,00", ""]]
    assert numbered_column_unfilled(_headed(head, numbers, rows)) is None
