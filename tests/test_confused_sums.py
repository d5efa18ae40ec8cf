"""A scanned budget table whose sum fails by exactly what one digit OCR confuses makes ("7" read "1" in one row's
anggaran: the total 600.000.000 over its rows): the sum and the checks built on the misread amount (a realisasi
"over" it) are uncertain warnings naming the other reading (``validate.confused_sums``). A gap no single confused
digit closes, or the same table in a text PDF, stays an error."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.model import BudgetLine, Flag, Provenance, Report
from lkjip.validate.engine import Wording, doubtful_as_warnings

ROWS = [("Program Penunjang Urusan", "2.108.534.619", "2.628.586.988"),
        ("Program Pemberdayaan Masyarakat", "49.139.307", "45.177.756"),
        ("Program Pemberdayaan Lembaga", "87.118.200", "82.486.629")]


def _money(text: str) -> D:
    return D(text.replace(".", ""))


def _report(total: str, *, ocr: bool = True) -> Report:
    lines = [BudgetLine(source_table="Tabel 3.6", line_no=k + 1, level="program", uraian=name, anggaran=_money(a),
                        realisasi=_money(r), source=Provenance(table="Tabel 3.6", page=11, raw=[name, a, r]))
             for k, (name, a, r) in enumerate(ROWS)]
    lines.append(BudgetLine(source_table="Tabel 3.6", line_no=4, level="total", uraian="Total", anggaran=_money(total),
                            source=Provenance(table="Tabel 3.6", page=11, raw=["Total", total])))
    return Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf", budget_lines=lines,
                  ocr_pages=[11] if ocr else [])


def _flags(total: str) -> list[Flag]:
    got = sum(_money(a) for _, a, _ in ROWS)
    got_text = f"{got:,}".replace(",", ".")
    return [Flag(rule="budget.total_sum", severity="error", source_table="Tabel 3.6", page=11, found=total,
                 expected=got_text, message=f"Anggaran Total tercetak {total}, jumlah rinciannya {got_text}",
                 evidence="Tabel 3.6 hal. 11 (Total) vs jumlah 3 program"),
            Flag(rule="budget.over_realisasi", severity="error", source_table="Tabel 3.6", page=11,
                 found=ROWS[0][2], expected=ROWS[0][1],
                 message=f"Realisasi Program Penunjang Urusan ({ROWS[0][2]}) melebihi anggarannya ({ROWS[0][1]})",
                 evidence="Tabel 3.6 hal. 11 (Program Penunjang Urusan)")]


def _judged(total: str, *, ocr: bool = True) -> list[Flag]:
    return doubtful_as_warnings(_report(total, ocr=ocr), _flags(total), Wording("id"))


def test_a_sum_one_confused_digit_closes_and_the_checks_on_that_amount_are_uncertain():
    out = _judged("2.844.792.126")
    assert [(f.severity, f.uncertain) for f in out] == [("warning", True)] * 2
    assert all("2.708.534.619" in f.message for f in out)


def test_a_gap_no_confused_digit_closes_stays_an_error():
    assert [f.severity for f in _judged("2.544.792.126")] == ["error", "error"]


def test_the_same_table_in_a_text_pdf_stays_an_error():
    assert [f.severity for f in _judged("2.844.792.126", ocr=False)] == ["error", "error"]
