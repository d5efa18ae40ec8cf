"""A cascading row whose wrapped cells' last lines a reader cut off as a row of their own on the same page
("pembangunan desa" under "… dalam musyawarah perencanaan", nothing else in the row): the lines go back to the row
above (extract/records_front.wrapped_rest); a row of its own, opening in capitals, stays one."""

from __future__ import annotations

from conftest import CASCADING_HEAD

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.records_front import cascading

HEAD = CASCADING_HEAD
FIRST = ["1", "Meningkatkan keberdayaan masyarakat", "Persentase partisipasi masyarakat dalam musyawarah perencanaan",
         "Meningkatnya partisipasi masyarakat", "Persentase partisipasi masyarakat dalam musyawarah perencanaan",
         "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Persentase partisipasi masyarakat", "Koordinasi Kegiatan",
         "Persentase usulan program", "Peningkatan Partisipasi Masyarakat", "Jumlah Lembaga Kemasyarakatan"]
REST = ["", "", "pembangunan desa", "", "pembangunan desa", "", "", "", "", "", ""]
NEXT = ["", "", "", "", "", "", "", "", "", "Peningkatan Efektivitas Kegiatan", "Jumlah Desa yang Dibina"]


def _rows(*cells: list[str]):
    table = Table(rows=[TableRow(cells=HEAD, page=2, is_header=True), *(TableRow(cells=c, page=2) for c in cells)],
                  page=2)
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[table]))
    return cascading(ft)


def test_the_cut_off_lines_go_back_to_the_row_above():
    rows = _rows(FIRST, REST, NEXT)
    assert [r.row_no for r in rows] == [1, 2]
    assert rows[0].indikator_tujuan == "Persentase partisipasi masyarakat dalam musyawarah perencanaan pembangunan desa"
    assert rows[1].indikator_sasaran == rows[0].indikator_sasaran
    assert rows[1].sub_kegiatan == "Peningkatan Efektivitas Kegiatan"


def test_a_row_opening_in_capitals_stays_a_row_of_its_own():
    rows = _rows(FIRST, NEXT)
    assert len(rows) == 2
