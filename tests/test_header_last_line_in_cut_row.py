"""A row cut by a page break whose rest the next page prints on the line of the repeated header's last line (a tall
header cell "Realisasi / Tahun / 2020" whose last line stands level with the first line of the body): the header's
pieces ("2020", "2021") are dropped from that row and its words end the row above (:func:`header_lines_out`)."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.records import Sink, performance

HEAD = [["No", "Sasaran", "", "Satuan", "Realisasi Tahun 2020", "Tahun 2021", "", "Capaian Tahun 2021"],
        ["", "Uraian", "Indikator Kinerja", "", "", "Target", "Realisasi", ""]]


def _found(rows: list[tuple[int, list[str], bool]]):
    table = Table(rows=[TableRow(cells=c, page=p, is_header=h) for p, c, h in rows], page=rows[0][0])
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[table]))
    return ft


def test_the_rest_of_a_cut_row_on_the_line_of_the_header_s_last_line_ends_the_row_above():
    ft = _found([(5, HEAD[0], True), (5, HEAD[1], True),
                 (5, ["1", "Meningkatnya mutu layanan", "Indeks kepuasan warga", "Indeks", "77,45", "82,53", "82,58",
                      "100,06"], False),
                 (5, ["2", "Meningkatnya mutu arsip", "Persentase arsip yang", "%", "72", "82", "80", "97,56"], False),
                 (6, ["No", "Sasaran", "", "Satua", "Realisasi", "Tahun 2021", "", "Capaian"], False),
                 (6, ["", "Uraian", "Indikator Kinerja", "n", "Tahun", "Target", "Realisasi", "Tahun"], False),
                 (6, ["", "kelola desa", "tertata baik", "", "2020", "", "", "2021"], False),
                 (6, ["3", "Meningkatnya peran lembaga", "Persentase lembaga aktif", "%", "56", "65", "65", "100"],
                  False)])
    assert ft.kind is TableKind.capaian
    recs = performance(ft, Sink(), 2021)
    assert sorted({r.indikator for r in recs}) == ["Indeks kepuasan warga", "Persentase arsip yang tertata baik",
                                                  "Persentase lembaga aktif"]
    second = [r for r in recs if r.indikator == "Persentase arsip yang tertata baik"]
    assert {r.sasaran for r in second} == {"Meningkatnya mutu arsip kelola desa"}
    assert D(2020) not in {r.realisasi for r in recs} and D(2021) not in {r.capaian for r in recs}


def test_a_row_under_the_repeated_header_whose_values_are_its_own_is_kept():
    ft = _found([(5, HEAD[0], True), (5, HEAD[1], True),
                 (5, ["1", "Meningkatnya mutu layanan", "Indeks kepuasan warga", "Indeks", "77,45", "82,53", "82,58",
                      "100,06"], False),
                 (6, ["No", "Sasaran", "", "Satua", "Realisasi", "Tahun 2021", "", "Capaian"], False),
                 (6, ["", "Uraian", "Indikator Kinerja", "n", "Tahun", "Target", "Realisasi", "Tahun"], False),
                 (6, ["2", "Meningkatnya peran lembaga", "Persentase lembaga aktif", "%", "56", "65", "65", "100"],
                  False)])
    recs = performance(ft, Sink(), 2021)
    assert sorted({r.indikator for r in recs}) == ["Indeks kepuasan warga", "Persentase lembaga aktif"]


def test_a_value_equal_to_a_column_number_under_the_repeated_header_is_kept():
    ft = _found([(5, HEAD[0], True), (5, HEAD[1], True), (5, ["1", "2", "3", "4", "5", "6", "7", "8"], True),
                 (5, ["1", "Meningkatnya mutu layanan", "Indeks kepuasan warga", "Indeks", "77,45", "82,53", "82,58",
                      "100,06"], False),
                 (6, ["No", "Sasaran", "", "Satua", "Realisasi", "Tahun 2021", "", "Capaian"], False),
                 (6, ["", "Uraian", "Indikator Kinerja", "n", "Tahun", "Target", "Realisasi", "Tahun"], False),
                 (6, ["", "", "Jumlah arsip", "Dokumen", "5", "6", "6", "100"], False)])
    recs = performance(ft, Sink(), 2021)
    assert D(6) in {r.target for r in recs}
