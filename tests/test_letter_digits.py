"""A target OCR read as the letters its digits look like ("77" as "TT", "79" as "Tg") compared with another table's
reading on a scan is an uncertain warning; grades printed as text targets (BB, A, WTP) are never taken for a
misread number (``validate.letter_digits``)."""

from __future__ import annotations

from lkjip.model import Flag, Report
from lkjip.validate.engine import Wording, doubtful_as_warnings
from lkjip.validate.letter_digits import digit_letters


def _flag(found: str, expected: str) -> Flag:
    return Flag(rule="pk.target_mismatch", severity="error", source_table="Tabel III.1", page=8, found=found,
                expected=expected, message=f"Target 2024 Persentase penanganan di Tabel III.1 tercetak {found}, tetapi "
                                           f"PK 2024 menetapkan {expected}",
                evidence="Tabel III.1 hal. 8 (Persentase penanganan) vs Lampiran PK 2024 hal. 15 (Persentase penanganan)")


def _judged(found: str, expected: str, *, ocr: bool = True) -> Flag:
    report = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf", ocr_pages=[8, 15] if ocr else [])
    [out] = doubtful_as_warnings(report, [_flag(found, expected)], Wording("id"))
    return out


def test_digit_letters():
    assert digit_letters("Tg") == "79" and digit_letters("TT") == "77" and digit_letters("SO%") == "50"
    assert digit_letters("BB") is None and digit_letters("WTP") is None and digit_letters("A") is None
    assert digit_letters("77") is None and digit_letters("Tahun") is None


def test_a_target_read_as_letters_on_a_scan_is_an_uncertain_warning():
    f = _judged("Tg", "TT")
    assert f.severity == "warning" and f.uncertain and "79" in f.message


def test_grades_and_text_pdfs_stay_errors():
    assert _judged("BB", "A").severity == "error"
    assert _judged("Tg", "TT", ocr=False).severity == "error"
