"""A capaian table carried onto the next page, read there with its "Target" and "Realisasi" columns (under one
spanning "Tahun" header) run into one ("Tahun 2023 Target Realisasi" over "71 71"): split again, the part continues
the table above instead of reading as a second capaian table (extract/merged_pair.py)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.merged_pair import pair_split
from lkjip.extract.stitch import stitch_document

HEAD = [["No", "Sasaran", "", "Satuan", "Realisasi Tahun 2022", "Tahun 2023", "", "Capaian Tahun 2023"],
        ["", "Uraian", "Indikator Kinerja", "", "", "Target", "Realisasi", ""]]
RUN = [["No", "Sasaran", "", "Satuan", "Realisasi Tahun 2022", "Tahun 2023 Target Realisasi", "Capaian Tahun 2023"],
       ["", "Uraian", "Indikator Kinerja", "", "", "", ""]]
FIRST = [["1", "Meningkatnya mutu layanan", "Indeks Kepuasan Layanan", "Indeks", "78,02", "78,66", "78,66", "100"],
         ["2", "Meningkatnya peran warga", "Persentase peran warga dalam", "%", "72", "80", "78", "97,5"]]
SECOND = [["", "", "musyawarah desa", "", "", "", ""],
          ["3", "Menurunnya gangguan umum", "Persentase gangguan tertangani", "%", "70", "71 71", "100"],
          ["4", "Meningkatnya tata kelola desa", "Persentase desa tertata", "%", "83", "89 91", "102,25"]]


def _table(rows: list[list[str]], page: int) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page, is_header=k < 2) for k, r in enumerate(rows)], page=page)


def test_the_run_together_columns_split_and_the_part_continues_the_table():
    doc = Document(source_file="t.pdf", input_format="pdf", blocks=[
        Paragraph(text="Tabel 3.1 Capaian Kinerja", page=7), _table(HEAD + FIRST, 7), _table(RUN + SECOND, 8)])
    (t,) = stitch_document(doc).tables()
    assert t.n_cols == 8
    assert [r.cells[5:7] for r in t.rows[-2:]] == [["71", "71"], ["89", "91"]]


def test_a_cell_of_one_value_leaves_the_part_as_read():
    second = [list(r) for r in SECOND]
    second[2][5] = "89"  # one value: which column it stands in cannot be told
    assert pair_split(_table(HEAD + FIRST, 7), _table(RUN + second, 8)) is None


def test_a_header_of_other_words_leaves_the_part_as_read():
    run = [list(r) for r in RUN]
    run[0][5] = "Tahun 2024 Target Realisasi"
    assert pair_split(_table(HEAD + FIRST, 7), _table(run + SECOND, 8)) is None
