"""A cascading row that is the rest of the row above: on the same page its indicator's last letters ("dayaan", a
word the narrow column broke) beside a name cell in capitals ("Wilayah Kecamatan"); at the top of the next page
its cells' last words in capitals with no indicator of its own ("Swasta" | "Melibatkan Pihak Swasta"). Both go
back to the row above, so the rows after it keep their numbers (extract/records_front)."""

from __future__ import annotations

from conftest import CASCADING_HEAD

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.records_front import cascading

HEAD = CASCADING_HEAD
FIRST = ["1", "Meningkatkan keberdayaan masyarakat", "Persentase partisipasi masyarakat",
         "Meningkatnya partisipasi masyarakat", "Persentase partisipasi masyarakat",
         "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Persentase partisipasi masyarakat", "Koordinasi Kegiatan",
         "Persentase usulan program", "Peningkatan Efektivitas Kegiatan di", "Jumlah Desa yang didampingi pember"]
NEXT = ["", "", "", "", "", "", "", "", "", "Fasilitasi Penyusunan Profil Desa", "Jumlah Profil Desa"]


def _rows(*cells: tuple[list[str], int]):
    table = Table(rows=[TableRow(cells=HEAD, page=2, is_header=True), *(TableRow(cells=c, page=p) for c, p in cells)],
                  page=2)
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[table]))
    return cascading(ft)


def test_an_indicator_rest_in_lower_case_beside_a_name_in_capitals_goes_back():
    rest = [""] * 9 + ["Wilayah Kecamatan", "dayaan"]
    rows = _rows((FIRST, 2), (rest, 2), (NEXT, 2))
    assert [r.row_no for r in rows] == [1, 2]
    assert rows[0].indikator_sub_kegiatan == "Jumlah Desa yang didampingi pemberdayaan"  # the broken word glued


def test_last_words_in_capitals_at_a_page_top_without_an_indicator_of_their_own_go_back():
    rest = [""] * 9 + ["Swasta", "Melibatkan Pihak Swasta"]
    rows = _rows((FIRST, 2), (rest, 3), (NEXT, 3))
    assert [r.row_no for r in rows] == [1, 2]
    assert rows[0].sub_kegiatan.endswith("Swasta")


def test_a_row_of_its_own_at_a_page_top_stays():
    rows = _rows((FIRST, 2), (NEXT, 3))
    assert [r.row_no for r in rows] == [1, 2] and rows[1].sub_kegiatan == NEXT[9]
