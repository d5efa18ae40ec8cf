"""A header cut from its body by a page break whose lower line ("Tahun 2023 Tahun 2024") a reader read as text: its
year labels go back under the value labels that name no year ("Realisasi", "Capaian"), so the values keep their
year (:func:`lkjip.extract.header_years.years_put_back`)."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.header_years import years_put_back
from lkjip.extract.records import Sink, performance
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Sasaran", "", "Satuan", "Realisasi", "Tahun 2024", "", "Capaian"]


def test_the_year_line_between_a_header_and_its_body_names_the_years_of_its_columns():
    head = Table(rows=[TableRow(cells=list(HEAD), page=7)], page=7)
    body = Table(rows=[TableRow(cells=["", "Uraian", "Indikator Kinerja", "", "", "Target", "Realisasi", ""], page=8,
                                is_header=True),
                       TableRow(cells=["1", "Meningkatnya mutu layanan", "Indeks kepuasan", "Indeks", "75,95", "78,38",
                                       "75,57", "96,41"], page=8),
                       TableRow(cells=["2", "Meningkatnya peran warga", "Persentase warga hadir", "%", "69", "73", "73",
                                       "100"], page=8)], page=8)
    doc = Document(source_file="t.pdf", input_format="pdf",
                   blocks=[Paragraph(text="Capaian kinerja sasaran disajikan pada tabel berikut:", page=7), head,
                           Paragraph(text="Tahun 2023 Tahun 2024", page=7), body])
    (ft,) = find_tables(stitch_document(doc))
    recs = performance(ft, Sink(), 2024)
    assert {(r.tahun, r.realisasi) for r in recs if r.indikator == "Indeks kepuasan"} == {(2023, D("75.95")),
                                                                                         (2024, D("75.57"))}


def test_a_line_of_other_words_or_of_as_many_years_as_no_labels_is_not_put_back():
    t = Table(rows=[TableRow(cells=list(HEAD))])
    assert not years_put_back(t, "Kinerja Tahun 2023")
    assert not years_put_back(t, "2022 2023 2024")
    assert t.rows[0].cells == HEAD
    assert years_put_back(t, "Tahun 2023 Tahun 2024")
    assert t.rows[0].cells[4] == "Realisasi Tahun 2023" and t.rows[0].cells[7] == "Capaian Tahun 2024"
