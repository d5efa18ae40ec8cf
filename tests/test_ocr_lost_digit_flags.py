"""A value Tesseract read with one digit lost ("3" for "73": a narrow "7" dropped in small print) makes the same
indicator print two values in two tables of a scan; that is a misread more likely than a contradiction, so the flag
is an uncertain warning naming the lost digit. In a text PDF, or with values that differ otherwise, it stays an
error."""

from __future__ import annotations

from lkjip.model import Flag, Report
from lkjip.validate.engine import Wording, doubtful_as_warnings


def _flag(found: str, expected: str, rule: str = "cross.indicator_mismatch") -> Flag:
    return Flag(rule=rule, severity="error", source_table="Tabel 3.2", page=3, found=found, expected=expected,
                message=f"Target 2022 Persentase lembaga di Tabel 3.2 tercetak {found}, tetapi {expected} di Tabel 3.1",
                evidence="Tabel 3.2 hal. 3 vs Tabel 3.1 hal. 3")


def _report(ocr: bool) -> Report:
    return Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf", ocr_pages=[3] if ocr else [])


def _judged(found: str, expected: str, *, ocr: bool = True) -> Flag:
    [out] = doubtful_as_warnings(_report(ocr), [_flag(found, expected)], Wording("id"))
    return out


def test_a_value_that_lost_one_digit_on_a_scan_is_an_uncertain_warning():
    f = _judged("73", "3")
    assert f.severity == "warning" and f.uncertain
    assert "digit yang hilang" in f.message


def test_a_lost_digit_inside_a_decimal_is_a_misread_too():
    assert _judged("80,40", "8,40").severity == "warning"


def test_values_that_differ_otherwise_stay_an_error():
    assert _judged("73", "75").severity == "error"
    assert _judged("73", "4").severity == "error"


def test_the_same_values_in_a_text_pdf_stay_an_error():
    assert _judged("73", "3", ocr=False).severity == "error"
