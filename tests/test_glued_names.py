"""Scanned tables whose row names are shifted (a wrapped name's tail glued to the next row's name, two indicators in
one cell): the word the names open with, found past a name's start while most names still hold it, makes the table
a doubtful reading, so its sums and comparisons are uncertain warnings (``validate.glued_names``). The same names
in a text PDF are judged as before."""

from __future__ import annotations

from decimal import Decimal

from lkjip.model import BudgetLine, Flag, Provenance, Report
from lkjip.validate.engine import Wording, doubtful_as_warnings, table_doubts
from lkjip.validate.glued_names import glued_names

SHIFTED = ["Program Penunjang Urusan Pemerintahan", "Daerah Kabupaten/Kota Program Penyelenggaraan Pemerintahan",
           "", "Program Koordinasi Ketenteraman dan", "Ketertiban Umum Program Pembinaan dan Pengawasan",
           "Pemerintahan Desa Program Pemberdayaan Lembaga", "Total"]


def _report(names: list[str], *, ocr: bool = True) -> Report:
    lines = [BudgetLine(source_table="Tabel 3.6", line_no=k + 1, uraian=n, anggaran=Decimal(1000 * (k + 1)),
                        level="total" if n == "Total" else "program", source=Provenance(table="Tabel 3.6", page=12))
             for k, n in enumerate(names)]
    return Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf", budget_lines=lines,
                  ocr_pages=[12] if ocr else [])


def _flag() -> Flag:
    return Flag(rule="budget.total_sum", severity="error", source_table="Tabel 3.6", page=12, found="28.000",
                expected="21.000", message="Anggaran Total tercetak 28.000, jumlah rinciannya 21.000 (selisih 7.000)",
                evidence="Tabel 3.6 hal. 12 (Total) vs jumlah 3 program")


def test_shifted_program_names_on_a_scan_make_the_table_doubtful():
    report = _report(SHIFTED)
    doubts = table_doubts(report, [], Wording("id"))
    assert "memuat nama dua baris" in doubts["Tabel 3.6"]
    [f] = doubtful_as_warnings(report, [_flag()], Wording("id"))
    assert f.severity == "warning" and f.uncertain


def test_two_indicators_read_into_one_cell_on_a_scan():
    rows = [("Tabel 3.4", 11, "Indeks Kepuasan Masyarakat (IKM) Persentase partisipasi masyarakat"),
            ("Tabel 3.4", 11, "Persentase penanganan gangguan ketenteraman"),
            ("Tabel 3.4", 11, "Persentase desa dengan tata kelola"),
            ("Tabel 3.4", 11, "pemerintahan yang baik Persentase lembaga kemasyarakatan desa")]
    assert glued_names(rows, {11}) == {"Tabel 3.4": rows[0][2]}
    assert glued_names(rows, set()) == {}  # a text PDF's rows are not judged here


def test_names_read_whole_stay_sound():
    whole = ["Program Penunjang Urusan Pemerintahan Daerah", "Program Penyelenggaraan Pemerintahan",
             "Program Koordinasi Ketenteraman", "Program Pembinaan dan Pengawasan", "Total"]
    assert "Tabel 3.6" not in table_doubts(_report(whole), [], Wording("id"))
    # indicators that mention a word other indicators open with, not past a glued name
    rows = [("Tabel 3.1", 9, n) for n in ("Persentase desa maju", "Jumlah dokumen perencanaan",
                                          "Persentase lembaga aktif", "Indeks kepuasan masyarakat")]
    assert glued_names(rows, {9}) == {}


def test_the_shifted_names_in_a_text_pdf_are_judged_as_before():
    assert "Tabel 3.6" not in table_doubts(_report(SHIFTED, ocr=False), [], Wording("id"))
