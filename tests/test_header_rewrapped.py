"""A table's header repeated atop a later page with its labels wrapped otherwise than on the first page (issue #12).

The repeated lines ("No | Sasaran | Satuan | Realisasi | Tahun | 2023 | Capaia" over "Uraian | Indikator Kinerja |
Tahun 2022 | Target | Realisasi | n Tahun") are no indicator: read as one, the report would hold an indicator named
"Indikator Kinerja" with the target "Target", which no Perjanjian Kinerja holds (a false `pk.missing_indicator`).
"""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink, performance

HEAD = [["No", "Sasaran", "", "Satuan", "Realisasi Tahun 2022", "Tahun Target", "2023 Realisasi", "Capaian Tahun 2023"],
        ["", "Uraian", "Indikator Kinerja", "", "", "", "", ""]]


def _performance(body: list[tuple[int, list[str]]]):
    rows = [TableRow(cells=c, page=7, is_header=True) for c in HEAD] + [TableRow(cells=c, page=p) for p, c in body]
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[
        Paragraph(text="Tabel 3.1 Capaian Kinerja Sasaran Tahun 2023", page=7), Table(rows=rows, page=7)]))
    return performance(ft, Sink(), 2023)


def test_a_header_repeated_with_its_labels_wrapped_otherwise_is_no_indicator():
    recs = _performance([
        (7, ["1", "Meningkatnya partisipasi masyarakat", "Persentase partisipasi", "%", "70", "79", "80", "101,27"]),
        (8, ["No", "Sasaran", "", "Satuan", "Realisasi", "Tahun", "2023", "Capaia"]),
        (8, ["", "Uraian", "Indikator Kinerja", "", "Tahun 2022", "Target", "Realisasi", "n Tahun"]),
        (8, ["2", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", "80", "82", "83",
             "101,22"])])
    assert {r.indikator for r in recs} == {"Persentase partisipasi", "Indeks Kepuasan Masyarakat"}
    ikm = next(r for r in recs if r.indikator == "Indeks Kepuasan Masyarakat" and r.tahun == 2023)
    assert (ikm.target, ikm.realisasi, ikm.capaian) == (D("82"), D("83"), D("101.22"))


def test_a_row_printing_a_figure_or_a_word_no_header_prints_stays_a_row():
    """Two cells as the header prints them are not enough: a body row holding anything else stays."""
    recs = _performance([
        (8, ["", "Uraian", "Indikator Kinerja", "", "Tahun 2022", "Target", "Realisasi", "n Tahun"]),
        (8, ["No", "Sasaran", "Persentase desa maju", "Satuan", "75", "Tahun", "2023", "Capaia"])])
    assert [r.indikator for r in recs if r.tahun == 2022] == ["Persentase desa maju"]
