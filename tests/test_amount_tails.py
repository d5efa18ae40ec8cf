"""A misread must not look like a contradiction (issue #12 item 5): a row of a kinerja-vs-anggaran table whose name
and amounts wrap in narrow cells (bordered, monospaced, justified) read as two rows, the second holding the rest of
the indicator's name and the tails of the amounts ("Indeks Kepuasan | 53.47 | 50.23" over "Masyarakat (IKM) |
8.954,- | 9.731,-").

- the records stage joins the line to the row above when its tails make whole amounts with the heads cut above
  (:func:`~lkjip.extract.records_amounts.amount_tails_only`), whatever the case of the name's rest;
"""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.classify import TableKind
from lkjip.extract.records import Sink, performance
from lkjip.model import Performance

CAPTION = "Tabel 3.4 Capaian Kinerja dan Anggaran Tahun 2021"
HEAD = ["Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Anggaran (Rp)",
        "Realisasi (Rp)", "% Penyerapan"]
CUT = ["Meningkatnya kualitas pelayanan publik kecamatan", "Indeks Kepuasan", "80,79", "80,79", "100", "53.47",
       "50.23", "93,94"]
TAILS = ["", "Masyarakat (IKM)", "", "", "", "8.954,-", "9.731,-", ""]
NEXT = ["Meningkatnya kualitas tata kelola pemerintahan desa", "Persentase desa dengan tata kelola yang baik", "82",
        "82", "100", "219.509.283,-", "212.134.484,-", "96,64"]


def _records(rows: list[list[str]]) -> list[Performance]:
    ft = found_table([HEAD, *rows], CAPTION)
    assert ft.kind is TableKind.kinerja_anggaran
    return performance(ft, Sink(), 2021)


def test_a_wrapped_line_of_amount_tails_joins_the_row_whose_amounts_it_ends():
    first, second = _records([CUT, TAILS, NEXT])
    assert (first.indikator, first.anggaran, first.realisasi_anggaran) == (
        "Indeks Kepuasan Masyarakat (IKM)", D(53478954), D(50239731))
    assert (second.anggaran, second.realisasi_anggaran) == (D(219509283), D(212134484))


def test_tails_that_make_no_whole_amount_or_leave_a_head_cut_stay_a_row():
    # "53.4" + "8.954,-" is no amount in groups of three: the pieces are not put together by guess
    assert len(_records([[*CUT[:5], "53.4", "50.23", "93,94"], TAILS, NEXT])) == 3
    # one head cut and given no tail: which amount the line ends is not plain
    assert len(_records([CUT, [*TAILS[:6], "", ""], NEXT])) == 3
    # amounts whole above: a second indicator of the same sasaran with small amounts of its own
    assert len(_records([NEXT, ["", "Jumlah dokumen", "", "", "", "8.954,-", "8.731,-", ""]])) == 2
