"""A tall header cut into three rows by a reader, its last row only the wrapped ends of the cells above it
("Indikator" / "Kinerja", "Capaian Tahun" / "2023"; extract/headers.py ``rest_row_folded``): the ends join their
cells, so the columns keep their names and the table is read as the performance table it is."""

from __future__ import annotations

from table_builders import found_table

from lkjip.extract.headers import rest_row_folded
from lkjip.extract.records import Sink, performance

HEAD = [["No", "Sasaran", "", "Satuan", "Realisasi Tahun 2022", "Tahun 2023", "", "Capaian Tahun"],
        ["", "Uraian", "Indikator", "", "", "Target", "Realisasi", ""],
        ["", "", "Kinerja", "", "", "", "", "2023"]]
BODY = [["1", "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "Indeks", "80,58",
         "81,52", "80,27", "98,47"],
        ["2", "Meningkatnya partisipasi masyarakat", "Persentase partisipasi masyarakat", "%", "61", "65", "63",
         "96,92"]]


def test_a_last_header_row_of_wrapped_ends_joins_the_cells_above():
    assert rest_row_folded(HEAD) == [
        ["No", "Sasaran", "", "Satuan", "Realisasi Tahun 2022", "Tahun 2023", "", "Capaian Tahun 2023"],
        ["", "Uraian", "Indikator Kinerja", "", "", "Target", "Realisasi", ""]]


def test_the_table_is_read_under_its_whole_column_names():
    ft = found_table([*HEAD, *BODY], "Tabel 3.1 Capaian Kinerja Sasaran")
    recs = [r for r in performance(ft, Sink(), 2023) if r.tahun == 2023]
    assert [(r.indikator, str(r.target), str(r.realisasi), str(r.capaian)) for r in recs] == [
        ("Indeks Kepuasan Masyarakat (IKM)", "81.52", "80.27", "98.47"),
        ("Persentase partisipasi masyarakat", "65", "63", "96.92")]


def test_a_third_row_of_labels_under_empty_cells_is_a_level_of_its_own():
    head = [["Misi", "Tujuan / Sasaran", "Indikator", "Target", "", ""],
            ["", "", "", "Tahun", "", ""],
            ["", "", "", "2021", "2022", "2023"]]
    assert rest_row_folded(head) == head
