"""A budget sum that a row's amount lost by the reader cannot close is an uncertain warning, not an error
(issue #12): the row prints the other money field (realisasi read, anggaran not), so it surely has one."""

from __future__ import annotations

from decimal import Decimal

from lkjip.model import BudgetLine, Provenance, Report
from lkjip.validate import validate_report

TABLE = "Lampiran 3"


def _line(no: int, level: str, nomor: str | None, uraian: str, a: str | None, r: str | None,
          parent: int | None) -> BudgetLine:
    cells = [nomor or "", uraian, a or "", r or ""]
    return BudgetLine(source_table=TABLE, line_no=no, level=level, parent_line_no=parent, nomor=nomor, uraian=uraian,
                      anggaran=Decimal(a.replace(".", "")) if a else None,
                      realisasi=Decimal(r.replace(".", "")) if r else None,
                      source=Provenance(table=TABLE, line_no=10 + no, raw=cells))


def _report(lost_anggaran: bool) -> Report:
    lines = [_line(1, "program", "1.", "Program Penunjang Urusan", "3.500.000", "2.900.000", None),
             _line(2, "kegiatan", "1.1", "Administrasi Keuangan", "1.200.000", "1.000.000", 1),
             _line(3, "kegiatan", "1.2", "Administrasi Umum", None if lost_anggaran else "2.000.000", "1.900.000", 1)]
    return Report(report_id="t", source_file="t.pdf", sha256="", input_format="pdf", budget_lines=lines)


def _sum_flags(report: Report) -> list:
    validate_report(report)
    return [f for f in report.flags if f.rule == "budget.children_sum"]


def test_a_row_whose_anggaran_was_lost_makes_the_sum_an_uncertain_warning():
    flags = _sum_flags(_report(lost_anggaran=True))
    assert flags and all(f.severity == "warning" and f.uncertain for f in flags)
    assert all("pembacaan tabel tidak pasti" in f.message and "Administrasi Umum" in f.message for f in flags)


def test_a_sum_that_does_not_close_with_every_amount_read_stays_an_error():
    flags = _sum_flags(_report(lost_anggaran=False))
    assert flags and all(f.severity == "error" and not f.uncertain for f in flags)
