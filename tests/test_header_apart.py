"""A table's upper header rows read as a table of their own right above it (extract/header_apart.py): put back on
top, each label over its columns, so the table is one table (the uncaptioned tables after it keep their numbers)
read under its whole header."""

from __future__ import annotations

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink, performance
from lkjip.extract.stitch import stitch_document

UPPER = [["No", "Sasaran", "Satuan", "Realisasi", "Tahun", "Capaian"],
         ["", "", "", "Tahun 2021", "2022", "Tahun 2022"]]
LOWER = [["", "Uraian", "Indikator Kinerja", "", "", "Target", "Realisasi", ""],
         ["1", "Meningkatnya kualitas pelayanan publik", "Indeks kepuasan masyarakat (IKM)", "-", "81,81", "82,47",
          "82,46", "100"],
         ["2", "Meningkatnya tata kelola pemerintahan desa", "Persentase desa dengan tata kelola baik", "%", "100",
          "100", "100", "100"]]


def _table(rows: list[list[str]], page: int = 24) -> Table:
    return Table(rows=[TableRow(cells=list(r), page=page) for r in rows], page=page)


def _doc(*tables: Table) -> Document:
    return Document(source_file="t", input_format="pdf", blocks=[
        Paragraph(text="Sasaran yang telah ditetapkan dan diukur tingkat pencapaiannya adalah sebagai berikut:", page=24),
        *tables, Paragraph(text="Target IKM pada tahun 2022 hampir tercapai.", page=24),
        _table([["No", "Program", "Anggaran", "Realisasi"], ["1", "Program Penunjang", "1.000.000", "900.000"]], 25)])


def test_upper_header_rows_read_apart_go_back_over_their_columns():
    out = stitch_document(_doc(_table(UPPER), _table(LOWER)))
    table = out.tables()[0]
    assert len(out.tables()) == 2
    assert [r.cells for r in table.rows[:3]] == [
        ["No", "Sasaran", "", "Satuan", "Realisasi", "Tahun", "", "Capaian"],
        ["", "", "", "", "Tahun 2021", "2022", "", "Tahun 2022"],
        LOWER[0]]
    found = find_tables(out)
    assert found[0].kind is not TableKind.unknown and [ft.label for ft in found] == [
        "Tabel tanpa judul 1", "Tabel tanpa judul 2"]
    recs = performance(found[0], Sink(), 2022)
    assert {(r.tahun, str(r.realisasi)) for r in recs if r.indikator.startswith("Indeks")} >= {(2021, "81.81"), (2022, "82.46")}


def test_labels_that_do_not_fall_one_a_place_stay_a_table_of_their_own():
    upper = [["No", "Sasaran", "Satuan", "Realisasi Tahun 2021", "Capaian"]]
    assert len(stitch_document(_doc(_table(upper), _table(LOWER))).tables()) == 3


def test_a_header_table_on_another_page_stays_apart():
    assert len(stitch_document(_doc(_table(UPPER, page=23), _table(LOWER))).tables()) == 3
