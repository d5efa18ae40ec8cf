"""A misread must not look like a contradiction (issue #12 item 5): flags a reading explains are uncertain
warnings with the reason, never errors, while one wrong number in a sound table stays an error.

- a budget table ending on a program whose rows are on a page not joined to it (the program heads no row
  while the other programs do): its total falls short by a cut;
- a printed % that fits once an amount gets back its last thousands group ("96.630" for "96.630.038"), and
  two tables whose amounts differ by just such a group.
"""

from __future__ import annotations

from decimal import Decimal as D

from budget_text import budget_rows, text_report

from lkjip.model import BudgetLine, Performance, Provenance, Report
from lkjip.validate import validate_report


def _rows() -> list[list[str]]:
    return budget_rows("BELANJA LANGSUNG", ("I.", "II."))


def _report(rows: list[list[str]]):
    return text_report(rows)


def _budget_flags(report):
    return [f for f in report.flags if f.rule.startswith("budget.")]


# --- a table ending on a program whose rows were not joined to it ------------------------------------------------


def test_a_table_ending_on_a_program_with_no_rows_is_a_cut_not_a_contradiction():
    rows = _rows()
    rows[0][2:4] = ["2.400.000", "2.160.000"]  # a third program of 800.000 / 720.000 follows program II
    head = rows[:9]  # program I whole, then program II's own line: its rows and program III on a page read apart
    assert head[-1][1].startswith("PROGRAM PEMBERDAYAAN")
    flags = _budget_flags(_report(head))
    assert {f.rule for f in flags} == {"budget.total_sum"}  # the total's rows end with program II's line
    assert len(flags) == 2 and all(f.severity == "warning" and f.uncertain for f in flags)
    assert all("tabel tampak tidak terbaca utuh" in f.message for f in flags)


def test_a_wrong_total_over_a_last_program_that_heads_its_rows_stays_an_error():
    rows = _rows()
    rows[0][2] = "1.700.000"  # complete table, every program heads its rows: the total alone is wrong
    flags = [f for f in _budget_flags(_report(rows)) if f.rule == "budget.total_sum"]
    assert len(flags) == 1 and flags[0].severity == "error" and not flags[0].uncertain


def test_a_wrong_total_over_a_flat_table_of_programs_stays_an_error():
    rows = [r for r in _rows() if r[0] in ("", "I.", "II.")]  # no program heads rows: nothing is left open
    rows[0][3] = "1.400.000"
    flags = [f for f in _budget_flags(_report(rows)) if f.rule == "budget.total_sum"]
    assert len(flags) == 1 and flags[0].severity == "error" and not flags[0].uncertain


# --- an amount read without its last thousands group, beside the numbers that check it ------------------------------


def _kinerja_row(realisasi: str, serapan: str) -> Performance:
    raw = ["Menurunnya gangguan ketenteraman", "Persentase penanganan gangguan", "87", "87", "100",
           "104.227.366,-", f"{realisasi},-", serapan]
    return Performance(source_table="Tabel 3.4", indikator="Persentase penanganan gangguan", tahun=2024,
                       anggaran=D(104227366), realisasi_anggaran=D(realisasi.replace(".", "")),
                       serapan=D(serapan.replace(",", ".")), source=Provenance(table="Tabel 3.4", line_no=7, raw=raw))


def _program(no: int, realisasi: str, table: str) -> BudgetLine:
    raw = ["Program Koordinasi Ketenteraman dan Ketertiban Umum", "104.227.366,-", f"{realisasi},-", "92,71"]
    return BudgetLine(source_table=table, line_no=no, uraian=raw[0], level="program", anggaran=D(104227366),
                      realisasi=D(realisasi.replace(".", "")), persen=D("92.71"),
                      source=Provenance(table=table, line_no=no, raw=raw))


def _report_of(**kw) -> Report:
    return Report(report_id="t", source_file="t.pdf", sha256="", input_format="pdf", **kw)


def test_a_percent_that_fits_an_amount_read_without_its_last_group_is_a_misread():
    flags = [f for f in validate_report(_report_of(performance=[_kinerja_row("96.630", "92,71")]))
             if f.rule == "budget.persen"]
    assert len(flags) == 1 and flags[0].severity == "warning" and flags[0].uncertain
    assert "kelompok tiga angka terakhirnya" in flags[0].message


def test_a_wrong_percent_beside_whole_amounts_stays_an_error():
    flags = [f for f in validate_report(_report_of(performance=[_kinerja_row("96.630.038", "95,71")]))
             if f.rule == "budget.persen"]
    assert len(flags) == 1 and flags[0].severity == "error" and not flags[0].uncertain


def test_tables_differing_by_a_lost_thousands_group_are_a_misread_not_a_contradiction():
    lines = [_program(1, "96.630.038", "Tabel 3.6"), _program(1, "96.630.038", "Lampiran 3"),
             _program(1, "96.630", "Tabel 3.7")]
    flags = [f for f in validate_report(_report_of(budget_lines=lines)) if f.rule == "cross.budget_mismatch"]
    assert flags and all(f.severity == "warning" and f.uncertain for f in flags)
    assert all("satu kelompok tiga angka" in f.message for f in flags)


def test_tables_differing_by_a_real_amount_stay_a_contradiction():
    lines = [_program(1, "96.630.038", "Tabel 3.6"), _program(1, "96.630.038", "Lampiran 3"),
             _program(1, "93.630.038", "Tabel 3.7")]
    flags = [f for f in validate_report(_report_of(budget_lines=lines)) if f.rule == "cross.budget_mismatch"]
    assert len(flags) == 1 and flags[0].severity == "error" and not flags[0].uncertain
