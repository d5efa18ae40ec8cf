"""A sum flag over a row whose amount OCR was unsure of is an uncertain warning (issue #12, scanned PDFs): the flag
prints the parent's amount and the sum, not the rows, yet a misread row makes the sum fail as a contradiction
would. A number unsure elsewhere (a row not summed, another field, another table) leaves the flag an error."""

from __future__ import annotations

from decimal import Decimal

from lkjip.model import BudgetLine, ParseWarning, Provenance, Report, ReportMeta
from lkjip.validate import validate_report

D = Decimal


def _line(n: int, level: str, name: str, anggaran: str, realisasi: str | None, parent: int | None = None, *,
          numbered: bool = True) -> BudgetLine:
    """A budget line; ``numbered`` False: no line number in its provenance (a PDF's rows have none)."""
    return BudgetLine(source_table="Tabel 3.7", line_no=n, level=level, parent_line_no=parent, uraian=name,
                      anggaran=D(anggaran.replace(".", "")),
                      realisasi=None if realisasi is None else D(realisasi.replace(".", "")),
                      source=Provenance(table="Tabel 3.7", page=9, line_no=n if numbered else None,
                                        raw=[str(n), name, f"Rp {anggaran}", f"Rp {realisasi or ''}"]))


def _flags(unsure: list[tuple[str, str]], *, ocr: bool = True, numbered: bool = True,
           read: str | None = "4.420.000") -> list[tuple[int | None, str, str]]:
    # the second sub kegiatan's realisasi printed 4.120.000 was read 4.420.000 ("4" for "1", unsure)
    rows = [("program", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "25.000.000", "19.120.000", None),
            ("kegiatan", "Administrasi Umum Perangkat Daerah", "25.000.000", "19.120.000", 1),
            ("sub_kegiatan", "Penyediaan Komponen Instalasi Listrik", "10.000.000", "9.000.000", 2),
            ("sub_kegiatan", "Penyediaan Peralatan Rumah Tangga", "5.000.000", read, 2),
            ("sub_kegiatan", "Penyediaan Bahan Logistik Kantor", "10.000.000", "6.000.000", 2)]
    lines = [_line(n, lv, name, a, r, parent, numbered=numbered) for n, (lv, name, a, r, parent) in enumerate(rows, 1)]
    rep = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf_ocr", meta=ReportMeta(tahun=2022),
                 ocr_pages=[9] if ocr else [], budget_lines=lines)
    rep.warnings = [ParseWarning(code="ocr.unsure_number", raw=raw, table=table, page=9, message="")
                    for table, raw in unsure]
    return sorted((f.line_no, f.rule, f.severity) for f in validate_report(rep)
                  if f.rule in ("budget.children_sum", "budget.total_sum"))


def test_a_sum_over_a_row_read_unsure_is_an_uncertain_warning():
    assert _flags([("Tabel 3.7", "4.420.000")]) == [(2, "budget.children_sum", "warning")]
    # a PDF's rows carry no line number: the line is the one the message names, with the amount found
    assert _flags([("Tabel 3.7", "4.420.000")], numbered=False) == [(None, "budget.children_sum", "warning")]
    assert _flags([], numbered=False) == [(None, "budget.children_sum", "error")]


def test_a_sum_over_a_row_whose_amount_was_not_read_on_a_scan_is_an_uncertain_warning():
    # the row prints its anggaran but its realisasi was read as nothing: the sum is short by it
    assert _flags([], read=None, numbered=False) == [(None, "budget.children_sum", "warning")]
    assert _flags([], read=None, numbered=False, ocr=False) == [(None, "budget.children_sum", "error")]


def test_an_unsure_number_the_sum_does_not_add_up_leaves_it_an_error():
    assert _flags([]) == [(2, "budget.children_sum", "error")]
    assert _flags([("Tabel 3.7", "5.000.000")]) == [(2, "budget.children_sum", "error")]  # the anggaran, summed fine
    assert _flags([("Tabel 3.6", "4.420.000")]) == [(2, "budget.children_sum", "error")]  # another table's
    assert _flags([("Tabel 3.7", "19.120.000")]) == [(2, "budget.children_sum", "warning")]  # the printed total


def _over(anggaran: str, realisasi: str, *, ocr: bool) -> list[str]:
    line = _line(1, "sub_kegiatan", "Fasilitasi Penataan Desa", anggaran, realisasi)
    rep = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf_ocr" if ocr else "pdf",
                 meta=ReportMeta(tahun=2022), ocr_pages=[9] if ocr else [], budget_lines=[line])
    return [f.severity for f in validate_report(rep) if f.rule == "budget.over_realisasi"]


def test_a_realisasi_ten_times_its_anggaran_on_a_scan_is_an_amount_read_cut():
    # "121.673.176" wrapped in a narrow cell and read "121.673": the realisasi a thousand times over it
    assert _over("121.673", "121.657.525", ocr=True) == ["warning"]
    assert _over("121.673", "121.657.525", ocr=False) == ["error"]  # a text layer reads what is printed
    assert _over("121.673.176", "125.657.525", ocr=True) == ["error"]  # overspent by a little: a contradiction


def _capaian(target: str, realisasi: str, capaian: str, *, ocr: bool) -> list[str]:
    from lkjip.model import Performance

    row = Performance(source_table="Tabel 3.1", indikator="Persentase lembaga kemasyarakatan desa yang aktif",
                      tahun=2022, target=D(target), target_text=target, realisasi=D(realisasi),
                      realisasi_text=realisasi, capaian=D(capaian.replace(",", ".")), capaian_text=capaian,
                      source=Provenance(table="Tabel 3.1", page=9, line_no=40))
    rep = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf_ocr" if ocr else "pdf",
                 meta=ReportMeta(tahun=2022), ocr_pages=[9] if ocr else [], performance=[row])
    return [f.severity for f in validate_report(rep) if f.rule == "performance.capaian"]


def test_a_capaian_ten_times_off_on_a_scan_is_a_digit_lost_in_reading():
    # the target "73" read "3": 74 / 3 = 2.466,67 against the printed 101,37
    assert _capaian("3", "74", "101,37", ocr=True) == ["warning"]
    assert _capaian("3", "74", "101,37", ocr=False) == ["error"]
    assert _capaian("73", "74", "91,37", ocr=True) == ["error"]  # a capaian misprinted: a contradiction


def test_a_sum_ten_times_its_printed_amount_on_a_scan_is_a_misread_hierarchy():
    def flags(rows_total: str, *, ocr: bool) -> list[str]:
        lines = [_line(1, "program", "PROGRAM PENYELENGGARAAN PEMERINTAHAN", "15.279.011", "15.279.011", numbered=False),
                 _line(2, "kegiatan", "Koordinasi Penyelenggaraan Kegiatan", rows_total, rows_total, 1, numbered=False)]
        rep = Report(report_id="x", source_file="x.pdf", sha256="", input_format="pdf_ocr" if ocr else "pdf",
                     meta=ReportMeta(tahun=2022), ocr_pages=[9] if ocr else [], budget_lines=lines)
        return [f.severity for f in validate_report(rep) if f.rule == "budget.children_sum"]

    # a kegiatan of another program read under this one: its rows sum to ten times what it prints
    assert flags("162.465.999", ocr=True) == ["warning", "warning"]
    assert flags("162.465.999", ocr=False) == ["error", "error"]
    assert flags("16.465.999", ocr=True) == ["error", "error"]  # a sum off by a little: a contradiction
