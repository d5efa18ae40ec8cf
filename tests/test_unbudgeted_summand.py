"""A sum flag over a row read with a realisasi but no anggaran is an uncertain warning on a text page too (issue #12
§5): no row spends money it was not given, so its anggaran was misread (an amount in a narrow cell cut into the
name beside it), not left out by the report. A realisasi read as nothing beside its anggaran stays an error on a
text page (nothing spent yet is printed so), and a changed amount stays a contradiction."""

from __future__ import annotations

from decimal import Decimal

from lkjip.model import BudgetLine, Provenance, Report, ReportMeta
from lkjip.validate import validate_report


def _line(n: int, level: str, name: str, anggaran: str | None, realisasi: str | None,
          parent: int | None = None) -> BudgetLine:
    def money(s: str | None) -> Decimal | None:
        return None if s is None else Decimal(s.replace(".", ""))

    return BudgetLine(source_table="Tabel 3.7", line_no=n, level=level, parent_line_no=parent, uraian=name,
                      anggaran=money(anggaran), realisasi=money(realisasi),
                      source=Provenance(table="Tabel 3.7", page=18, line_no=None,
                                        raw=[f"{n}.", name, f"Rp. {anggaran or ''}", f"Rp. {realisasi or ''}"]))


def _sum_flags(anggaran: str | None, realisasi: str | None,
               printed: str = "27.300.000") -> list[tuple[str, str, bool]]:
    """The sum flags of a program printing the anggaran ``printed`` over three kegiatan, the second read with
    ``anggaran`` and ``realisasi``."""
    rows = [("program", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", printed, "24.800.000", None),
            ("kegiatan", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", "10.300.000", "9.800.000", 1),
            ("kegiatan", "Administrasi Umum Perangkat Daerah", anggaran, realisasi, 1),
            ("kegiatan", "Penataan Organisasi", "12.000.000", "11.000.000", 1)]
    lines = [_line(n, lv, name, a, r, parent) for n, (lv, name, a, r, parent) in enumerate(rows, 1)]
    rep = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf", meta=ReportMeta(tahun=2022),
                 budget_lines=lines)
    return sorted((f.message.split(" ", 1)[0], f.severity, f.uncertain) for f in validate_report(rep)
                  if f.rule == "budget.children_sum")


def test_a_row_with_a_realisasi_but_no_anggaran_read_makes_the_sum_uncertain():
    assert _sum_flags(None, "4.000.000") == [("Anggaran", "warning", True)]


def test_an_unread_anggaran_that_cannot_close_the_sum_leaves_the_error():
    # the other rows already sum to more than printed: no anggaran of the third row closes it
    assert _sum_flags(None, "4.000.000", printed="20.300.000") == [("Anggaran", "error", False)]
    # short by 1.000.000 while the row spent 4.000.000: given at least that, it would overshoot
    assert _sum_flags(None, "4.000.000", printed="23.300.000") == [("Anggaran", "error", False)]


def test_a_realisasi_read_as_nothing_on_a_text_page_stays_an_error():
    assert _sum_flags("5.000.000", None) == [("Realisasi", "error", False)]


def test_a_changed_anggaran_stays_a_contradiction():
    assert _sum_flags("5.000.000", "4.000.000") == []
    assert _sum_flags("5.500.000", "4.000.000") == [("Anggaran", "error", False)]
