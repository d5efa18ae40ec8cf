"""The table's total read as one more row under the last program (its label lost or broken in a narrow cell): the
program's sum fails by the table's total. That is a misread, never a contradiction: the flag is an uncertain
warning naming the line (validate.budget.total_as_kid). A row of its own that breaks its parent's sum stays an
error."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.model import BudgetLine, Provenance, Report
from lkjip.validate import validate_report

TABLE = "Tabel 9.9"


def _line(no: int, level: str, uraian: str, a: int, r: int, parent: int | None, nomor: str | None) -> BudgetLine:
    cells = [nomor or "", uraian, f"{a:,}".replace(",", "."), f"{r:,}".replace(",", "."), ""]
    return BudgetLine(source_table=TABLE, line_no=no, level=level, parent_line_no=parent, nomor=nomor, uraian=uraian,
                      anggaran=D(a), realisasi=D(r), source=Provenance(table=TABLE, line_no=100 + no, raw=cells))


def _lines(last: int) -> list[BudgetLine]:
    return [
        _line(1, "program", "PROGRAM PERTAMA", 300_000, 290_000, None, "1"),
        _line(2, "kegiatan", "Kegiatan Satu", 300_000, 290_000, 1, "1.1"),
        _line(3, "program", "PROGRAM KEDUA", 50_000, 50_000, None, "2"),
        _line(4, "kegiatan", "Kegiatan Dua", 50_000, 50_000, 3, "2.1"),
        _line(5, "kegiatan", "JUML AH", last, last - 10_000, 3, None),
    ]


def _flags(lines):
    return [f for f in validate_report(Report(report_id="t", source_file="t.txt", sha256="", input_format="text",
                                              budget_lines=lines)) if f.rule == "budget.children_sum"]


def test_the_tables_total_under_the_last_program_is_a_misread():
    flags = _flags(_lines(350_000))
    assert flags and all(f.severity == "warning" and f.uncertain for f in flags)
    assert "JUML AH" in flags[0].message


def test_a_row_that_is_no_total_still_breaks_the_sum():
    flags = _flags(_lines(70_000))
    assert flags and any(f.severity == "error" and not f.uncertain for f in flags)
