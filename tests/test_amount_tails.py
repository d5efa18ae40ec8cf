"""A misread must not look like a contradiction (issue #12 item 5): a row of a kinerja-vs-anggaran table whose name
and amounts wrap in narrow cells (bordered, monospaced, justified) read as two rows, the second holding the rest of
the indicator's name and the tails of the amounts ("Indeks Kepuasan | 53.47 | 50.23" over "Masyarakat (IKM) |
8.954,- | 9.731,-").

- the records stage joins the line to the row above when its tails make whole amounts with the heads cut above
  (:func:`~lkjip.extract.records_amounts.amount_tails_only`), whatever the case of the name's rest;
- where a row of such tails is still read as a row of its own, its table's reading is doubtful
  (:mod:`lkjip.validate.amount_tails`): Rp 9.731 spent of Rp 8.954 is an uncertain warning, never an error.
"""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.classify import TableKind
from lkjip.extract.records import Sink, performance
from lkjip.model import BudgetLine, Performance, Provenance, Report
from lkjip.validate import validate_report

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


def _perf(indikator: str, raw: list[str], anggaran: D | None, realisasi: D | None) -> Performance:
    return Performance(source_table="Tabel 3.4", indikator=indikator, tahun=2021, anggaran=anggaran,
                       realisasi_anggaran=realisasi, source=Provenance(table="Tabel 3.4", page=6, raw=raw))


def _over(records: list[Performance] = (), lines: list[BudgetLine] = ()) -> list:
    report = Report(report_id="t", source_file="t.pdf", sha256="", input_format="pdf", performance=list(records),
                    budget_lines=list(lines))
    return [f for f in validate_report(report) if f.rule == "budget.over_realisasi"]


def test_a_row_of_amount_tails_under_cut_heads_makes_the_reading_doubtful():
    cut = _perf("Indeks Kepuasan", CUT[1:], None, None)
    tails = _perf("Masyarakat (IKM)", TAILS[1:], D(8954), D(9731))
    (f,) = _over([cut, tails])
    assert f.severity == "warning" and f.uncertain
    assert "ekor angka" in f.message and "'53.47' / '8.954,-'" in f.message
    # the same amounts under whole amounts are a row of their own: its overspend is the report's
    whole = _perf("Indeks Kepuasan", NEXT[1:], D(219509283), D(212134484))
    (f,) = _over([whole, tails])
    assert f.severity == "error" and not f.uncertain


def test_a_budget_line_of_amount_tails_under_cut_heads_makes_the_reading_doubtful():
    def line(n: int, nomor: str | None, uraian: str, raw: list[str], a: D | None, r: D | None) -> BudgetLine:
        return BudgetLine(source_table="Tabel 3.6", line_no=n, nomor=nomor, uraian=uraian, anggaran=a, realisasi=r,
                          source=Provenance(table="Tabel 3.6", page=9, raw=raw))

    cut = line(1, "1.", "Program Penunjang Urusan", ["1.", "Program Penunjang Urusan", "127.", "113.", ""], None, None)
    tails = line(2, None, "Pemerintahan", ["", "Pemerintahan", "652,-", "952,-", ""], D(652), D(952))
    (f,) = _over(lines=[cut, tails])
    assert f.severity == "warning" and f.uncertain
    # a numbered row is a row of its own
    numbered = tails.model_copy(update={"nomor": "2."})
    (f,) = _over(lines=[cut, numbered])
    assert f.severity == "error"
