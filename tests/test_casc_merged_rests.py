"""Cells merged over the rows of their sub kegiatan, cut by a reader at the rule between two sub kegiatan: the
row below names a sub kegiatan of its own and holds, under the merged cells, their last words opening in lower
case ("aan pembangunan desa"). Those words finish the cells above (the broken word glued back); the row keeps its
sub kegiatan under the same parents (extract/records_front)."""

from __future__ import annotations

from conftest import CASCADING_HEAD

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Table, TableRow
from lkjip.extract.records_front import cascading, ended

FIRST = ["2", "Meningkatkan keberdayaan masyarakat desa", "Persentase partisipasi masyarakat dalam musyawarah perencan",
         "Meningkatnya partisipasi masyarakat", "Persentase partisipasi masyarakat dalam musyawarah perencan",
         "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Persentase partisipasi masyarakat", "Koordinasi Kegiatan",
         "Persentase usulan program", "Peningkatan Partisipasi Masyarakat", "Jumlah Lembaga peserta"]
CUT = ["", "", "aan pembangunan desa", "", "aan pembangunan desa", "", "", "", "",
       "Peningkatan Efektivitas Kegiatan", "Jumlah Desa yang didampingi"]


def _rows(*rows: list[str]):
    table = Table(rows=[TableRow(cells=CASCADING_HEAD, page=2, is_header=True),
                        *(TableRow(cells=c, page=2) for c in rows)], page=2)
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[table]))
    return cascading(ft)


def test_merged_cells_ends_under_a_sub_kegiatan_of_its_own_go_up():
    rows = _rows(FIRST, CUT)
    whole = "Persentase partisipasi masyarakat dalam musyawarah perencanaan pembangunan desa"
    assert [(r.indikator_tujuan, r.indikator_sasaran, r.sub_kegiatan) for r in rows] == [
        (whole, whole, "Peningkatan Partisipasi Masyarakat"), (whole, whole, "Peningkatan Efektivitas Kegiatan")]


def test_an_indicator_of_its_own_in_lower_case_stays():
    own = ["", "", "", "", "", "", "", "", "jumlah usulan desa", "Peningkatan Efektivitas Kegiatan", "Jumlah Desa"]
    rows = _rows(FIRST, own)
    assert rows[1].indikator_kegiatan == "jumlah usulan desa"
    assert rows[0].indikator_kegiatan == "Persentase usulan program"


def test_words_both_whole_are_joined_with_a_space():
    assert ended("Persentase desa", "dengan tata kelola") == "Persentase desa dengan tata kelola"


def test_an_end_in_capitals_opening_with_a_joining_word_goes_up():
    first = list(FIRST)
    first[5] = "PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT"
    cut = [""] * 5 + ["DAN MASYARAKAT HUKUM ADAT", "", "", "", "Fasilitasi Kegiatan PKK", "Jumlah Laporan"]
    rows = _rows(first, cut)
    assert [r.program for r in rows] == ["PROGRAM PEMBERDAYAAN LEMBAGA KEMASYARAKATAN, LEMBAGA ADAT DAN MASYARAKAT "
                                         "HUKUM ADAT"] * 2
