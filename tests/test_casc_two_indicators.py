"""A cascading table's rows around a sub kegiatan measured by two indicators (issue #12):

* the second indicator's row prints nothing but the indicator; where no rule or gap sets the rows apart, a reader
  runs it into the first indicator's cell ("… di Wilayah Kecamatan Jumlah monev pengendalian …"). A measure word
  in capitals followed by a word in lower case, inside the cell past three words, opens the second indicator: the
  row is read as two (lkjip.extract.two_indicators). A measure word after a joining word ("terhadap Jumlah") or
  followed by a capitalised word goes on the same indicator.
* at a page break, the first row of the next page holding the rest of a sub kegiatan in lower case and the rest of
  its indicator in title case ("pendayagunaan aset desa" | "Pengelolaan Keuangan Desa") carries the cut row on
  whole (lkjip.extract.records_front._page_carried); a second indicator opening the page stays a row of its own.
"""

from __future__ import annotations

from conftest import CASCADING_HEAD

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.records_front import cascading
from lkjip.extract.two_indicators import second_indicator

HEAD = CASCADING_HEAD
CASCADE = ["1", "Penurunan gangguan ketentraman", "Persentase Penurunan Gangguan Kamtibmas",
           "Penurunan gangguan ketentraman", "Persentase Penurunan Gangguan Kamtibmas", "PROGRAM KOORDINASI",
           "Persentase Penurunan Gangguan Kamtibmas", "Koordinasi upaya penyelenggaraan",
           "Persentase desa dengan Satuan Perlindungan Masyarakat", "Sinergitas dengan Kepolisian"]
GLUED = ("Jumlah Laporan Hasil Sinergitas dengan Instansi Vertikal di Wilayah Kecamatan Jumlah monev pengendalian "
         "penyebaran COVID-19")


def _rows(*rows: tuple[list[str], int]):
    table = Table(rows=[TableRow(cells=HEAD, page=rows[0][1], is_header=True),
                        *(TableRow(cells=c, page=p) for c, p in rows)], page=rows[0][1])
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[table]))
    return cascading(ft)


def test_two_indicators_run_into_one_cell_are_two_rows():
    rows = _rows(([*CASCADE, GLUED], 8), (["", "", "", "", "", "", "", "Koordinasi penerapan", "", "Harmonisasi",
                                           "Jumlah Laporan Harmonisasi"], 8))
    assert [(r.row_no, r.sub_kegiatan, r.indikator_sub_kegiatan) for r in rows] == [
        (1, "Sinergitas dengan Kepolisian",
         "Jumlah Laporan Hasil Sinergitas dengan Instansi Vertikal di Wilayah Kecamatan"),
        (2, "Sinergitas dengan Kepolisian", "Jumlah monev pengendalian penyebaran COVID-19"),
        (3, "Harmonisasi", "Jumlah Laporan Harmonisasi")]
    assert rows[1].kegiatan == "Koordinasi upaya penyelenggaraan"


def test_one_indicator_naming_a_measure_inside_stays_one():
    assert second_indicator("Rasio tenaga kesehatan terhadap Jumlah penduduk kecamatan") is None
    assert second_indicator("Jumlah Laporan Pelaksanaan Harmonisasi Jumlah Penduduk Desa") is None
    assert second_indicator("Persentase Jumlah pelanggaran yang ditangani") is None


def test_an_indicators_rest_opening_the_next_page_in_title_case_goes_on_with_its_row():
    rows = _rows(([*CASCADE[:9], "Fasilitasi pengelolaan keuangan desa dan",
                   "Jumlah Dokumen yang Difasilitasi dalam rangka"], 10),
                 (["", "", "", "", "", "", "", "", "", "pendayagunaan aset desa",
                   "Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa"], 11))
    assert len(rows) == 1
    assert rows[0].indikator_sub_kegiatan == ("Jumlah Dokumen yang Difasilitasi dalam rangka Pengelolaan Keuangan "
                                              "Desa dan Pendayagunaan Aset Desa")


def test_a_second_indicator_opening_the_next_page_is_a_row_of_its_own():
    rows = _rows(([*CASCADE[:9], "Fasilitasi pengelolaan keuangan desa dan",
                   "Jumlah Dokumen yang Difasilitasi dalam rangka"], 10),
                 (["", "", "", "", "", "", "", "", "", "pendayagunaan aset desa", "Jumlah Desa yang difasilitasi"], 11))
    assert [r.indikator_sub_kegiatan for r in rows] == ["Jumlah Dokumen yang Difasilitasi dalam rangka",
                                                        "Jumlah Desa yang difasilitasi"]


def test_a_sub_kegiatans_rest_alone_in_title_case_opening_the_next_page_goes_on_with_its_row():
    # "Harmonisasi Hubungan dengan Tokoh" / page break / "Agama dan Tokoh Masyarakat": a name with no indicator
    # beside it is no row of its own
    rows = _rows(([*CASCADE[:9], "Harmonisasi Hubungan dengan Tokoh", "Jumlah Laporan Harmonisasi"], 6),
                 (["", "", "", "", "", "", "", "", "", "Agama dan Tokoh Masyarakat", ""], 7),
                 (["", "", "", "", "", "", "", "", "", "Pembinaan Linmas", "Jumlah Linmas yang dibina"], 7))
    assert [(r.row_no, r.sub_kegiatan) for r in rows] == [
        (1, "Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat"), (2, "Pembinaan Linmas")]
