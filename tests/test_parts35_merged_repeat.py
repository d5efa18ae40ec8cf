"""The rest of a row a page break cut, alone under the table's header repeated on the next page and read there
with columns run together ("Satuan Indikator Kinerja" over "Indikator Kinerja" | "Satuan"): the part is laid over
the table's columns by the runs its header cells cover, each word of the rest in the column of its run where the
cut row holds words, and joined on (lkjip.extract.merged_repeat, called by lkjip.extract.stitch)."""

from __future__ import annotations

from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.merged_repeat import header_runs
from lkjip.extract.stitch import stitch_document

HEAD = [["No", "Sasaran", "", "Satuan", "Realisasi Tahun 2022", "Tahun 2023", "", "Capaian Tahun 2023"],
        ["", "Uraian", "Indikator Kinerja", "", "", "Target", "Realisasi", ""]]
MERGED = ["No", "Sasaran Uraian", "Satuan Indikator Kinerja", "Realisasi Tahun 2022", "Tahun 2023 Target Realisasi",
          "Capaian Tahun 2023"]
ROWS = [["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "Indeks", "77,49",
         "77,89", "77,89", "100"],
        ["2", "Meningkatnya keaktifan lembaga", "Persentase lembaga kemasyarakatan desa", "%", "70", "75", "76",
         "101,33"]]


def _doc(rest: list[str]) -> Document:
    first = Table(rows=[*(TableRow(cells=c, page=9, is_header=True) for c in HEAD),
                        *(TableRow(cells=c, page=9) for c in ROWS)], page=9)
    part = Table(rows=[TableRow(cells=MERGED, page=10, is_header=True), TableRow(cells=rest, page=10)], page=10)
    return Document(source_file="t.pdf", input_format="pdf", blocks=[first, part])


def test_the_runs_of_a_merged_header():
    head_b = [TableRow(cells=MERGED, page=10)]
    runs = header_runs([TableRow(cells=c, page=9) for c in HEAD], 8, head_b, 6)
    assert runs == [range(0, 1), range(1, 2), range(2, 4), range(4, 5), range(5, 7), range(7, 8)]


def test_a_cut_rows_rest_under_a_merged_repeat_is_laid_over_and_joined():
    doc = stitch_document(_doc(["", "kemasyarakatan desa", "yang aktif", "", "", ""]))
    (table,) = doc.tables()
    body = [r.cells for r in table.rows if not r.is_header]
    assert body[-1] == ["", "kemasyarakatan desa", "yang aktif", "", "", "", "", ""]
    assert len(table.rows) == 5


def test_a_rest_with_a_number_stays_apart():
    doc = stitch_document(_doc(["", "kemasyarakatan desa", "yang aktif", "", "12", ""]))
    assert len(doc.tables()) == 2
