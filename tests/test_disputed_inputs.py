"""A scanned row's arithmetic computed from a value the comparison with the other tables already found an uncertain
reading ("realisasi 1" where three tables print 77) is an uncertain warning too, not a contradiction
(``validate.disputed``); without such a comparison, or in a text PDF, it stays an error."""

from __future__ import annotations

from lkjip.model import Flag, Report
from lkjip.validate.engine import Wording, doubtful_as_warnings

ROW = "Tabel 3.3 hal. 8 (Persentase lembaga kemasyarakatan)"


def _cross(found: str, *, uncertain: bool = True) -> Flag:
    return Flag(rule="cross.indicator_mismatch", severity="warning" if uncertain else "error", uncertain=uncertain,
                source_table="Tabel 3.3", page=8, found=found, expected="77",
                message=f"Realisasi 2022 Persentase lembaga kemasyarakatan di Tabel 3.3 tercetak {found}, tetapi 77 di "
                        "Tabel 3.1 (pembacaan tabel tidak pasti: OCR tidak yakin pada 1 angka di hal. 8)",
                evidence=f"{ROW} vs Tabel 3.1 hal. 7 (Persentase lembaga kemasyarakatan); sama dengan Tabel 3.2")


def _capaian(real: str = "1") -> Flag:
    return Flag(rule="performance.capaian", severity="error", source_table="Tabel 3.3", page=8, found="7",
                expected="1,00", message="Tingkat kemajuan Persentase lembaga kemasyarakatan tercetak 7, padahal "
                                         "realisasi / target = 1,00",
                evidence=f"{ROW}: target akhir 2026 100, realisasi {real}, tercetak 7")


def _report(ocr: bool = True) -> Report:
    return Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf", ocr_pages=[8] if ocr else [])


def _judged(flags: list[Flag], *, ocr: bool = True) -> Flag:
    return doubtful_as_warnings(_report(ocr), flags, Wording("id"))[-1]


def test_arithmetic_on_a_value_other_tables_dispute_as_misread_is_an_uncertain_warning():
    f = _judged([_cross("1"), _capaian("1")])
    assert f.severity == "warning" and f.uncertain
    assert "realisasi 1" in f.message and "tidak pasti" in f.message


def test_arithmetic_on_other_values_or_under_an_error_comparison_stays_an_error():
    assert _judged([_cross("1"), _capaian("61")]).severity == "error"  # its realisasi is not the disputed one
    assert _judged([_cross("1", uncertain=False), _capaian("1")]).severity == "error"
    assert _judged([_capaian("1")]).severity == "error"


def test_the_same_flags_in_a_text_pdf_stay_as_they_are():
    assert _judged([_cross("1"), _capaian("1")], ocr=False).severity == "error"
