"""A repeated header read into a row of the body (a page break cut a row under a header that repeats on every page,
no rule under the header, and the reader joined the header's lower row to the cut row) leaves the table's reading
doubtful, so the false "not in the PK" or sum it raises is a warning, not an error
(:func:`lkjip.extract.header_in_row.header_read_into_row`)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.header_in_row import header_read_into_row
from lkjip.extract.stitch import stitch_document

UPPER = ["No", "Sasaran", "", "Satuan", "Realisasi", "Tahun T", "", "Capaia"]
LOWER = ["", "Uraian", "Indikator Kinerja", "", "Tahun Lalu", "Target", "Realisasi", "n Tahun Ini"]


def _table(body: list[list[str]]) -> Table:
    return Table(rows=[TableRow(cells=UPPER, is_header=True), TableRow(cells=LOWER, is_header=True)]
                 + [TableRow(cells=c) for c in body], strategy="lines")


def _rows() -> list[list[str]]:
    return [["1", "Meningkatnya mutu layanan", "Indeks kepuasan warga", "Indeks", "76,83", "79,21", "76,86", "97,03"],
            ["2", "Meningkatnya peran serta warga", "Persentase warga yang hadir", "%", "64", "72", "72", "100"]]


def test_a_row_holding_the_header_s_lower_row_words_makes_the_table_doubtful():
    body = [*_rows(), ["3", "Meningkatnya Uraian", "Persentase Indikator Kinerja", "%", "65 Tahun Lalu", "68 Target",
                       "68 Realisasi", "100 n Tahun"],
            ["", "keaktifan lembaga warga", "lembaga warga yang aktif", "", "", "", "", "Ini"]]
    assert "judul kolom" in (header_read_into_row(_table(body)) or "")
    doc = Document(source_file="t", input_format="pdf", blocks=[Paragraph(text="Tabel 3.1 Capaian Kinerja", page=1), _table(body)])
    (t,) = stitch_document(doc).tables()
    assert t.doubt and "judul kolom" in t.doubt


def test_rows_that_only_share_a_word_with_the_header_are_no_doubt():
    body = [*_rows(), ["3", "Meningkatnya realisasi target", "Persentase indikator kinerja yang tercapai", "%",
                       "65", "68", "68", "100"]]
    assert header_read_into_row(_table(body)) is None
    doc = Document(source_file="t", input_format="pdf", blocks=[Paragraph(text="Tabel 3.1 Capaian Kinerja", page=1), _table(body)])
    (t,) = stitch_document(doc).tables()
    assert t.doubt is None
