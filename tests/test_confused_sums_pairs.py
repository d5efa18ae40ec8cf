"""Two sum flags on one scanned page, each closed by another misread amount (the anggaran of one row, the realisasi
of another): each flag's message names the amount that closes its own sum, as read (its cents kept) and mended,
not the first misread amount of the table and page (``validate.confused_sums``, ``validate.engine``)."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.model import BudgetLine, Flag, Provenance, Report
from lkjip.validate.engine import Wording, doubtful_as_warnings

ROWS = [("Program Penunjang Urusan", "2.108.534.619", "2.628.586.988"),
        ("Program Pemberdayaan Masyarakat", "49.139.307", "45.177.756,50"),
        ("Program Pemberdayaan Lembaga", "87.118.200", "82.486.629")]
TOTAL_A, TOTAL_R = "2.844.792.126", "2.756.851.373,50"  # each one confused digit over its rows' sum


def _money(text: str) -> D:
    return D(text.replace(".", "").replace(",", "."))


def _text(value: D) -> str:
    whole, _, cents = f"{value:,.2f}".partition(".")
    return whole.replace(",", ".") + ("" if cents == "00" else f",{cents}")


def _report() -> Report:
    lines = [BudgetLine(source_table="Tabel 3.6", line_no=k + 1, level="program", uraian=name, anggaran=_money(a),
                        realisasi=_money(r), source=Provenance(table="Tabel 3.6", page=11, raw=[name, a, r]))
             for k, (name, a, r) in enumerate(ROWS)]
    lines.append(BudgetLine(source_table="Tabel 3.6", line_no=4, level="total", uraian="Total",
                            anggaran=_money(TOTAL_A), realisasi=_money(TOTAL_R),
                            source=Provenance(table="Tabel 3.6", page=11, raw=["Total", TOTAL_A, TOTAL_R])))
    return Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf", budget_lines=lines,
                  ocr_pages=[11])


def _flag(field: str, k: int, total: str) -> Flag:
    got = _text(sum(_money(r[k]) for r in ROWS))
    return Flag(rule="budget.total_sum", severity="error", source_table="Tabel 3.6", page=11, found=total,
                expected=got, message=f"{field} Total tercetak {total}, jumlah rinciannya {got}",
                evidence="Tabel 3.6 hal. 11 (Total) vs jumlah 3 program")


def test_each_sum_flag_names_the_misread_amount_that_closes_its_own_sum():
    out = doubtful_as_warnings(_report(), [_flag("Anggaran", 1, TOTAL_A), _flag("Realisasi", 2, TOTAL_R)],
                               Wording("id"))
    assert [(f.severity, f.uncertain) for f in out] == [("warning", True)] * 2
    assert "(2.108.534.619 → 2.708.534.619)" in out[0].message
    assert "(45.177.756,50 → 45.777.756,50)" in out[1].message
