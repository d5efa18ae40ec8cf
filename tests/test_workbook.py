"""The workbook: sheets, formats, and no formula from a document (excel_safe)."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_batch_fake import make_report

from lkjip.corpus.safety import excel_safe, is_formula_like
from lkjip.corpus.workbook import PERCENT, RUPIAH, cell_number, write_workbook
from lkjip.model import Flag
from lkjip.tables import CONTRACT

EVIL = ['=HYPERLINK("http://evil.example/","klik")', "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1",
        "=cmd|' /C calc'!A0", "＝1+1"]


# --- excel_safe ------------------------------------------------------------------------------------


@pytest.mark.parametrize("s", EVIL)
def test_formula_triggers_get_a_quote(s):
    assert excel_safe(s) == "'" + s


@pytest.mark.parametrize("s", ["-5", "-1.234,50", "+12%", "-0,5", "82,47", "Program =A1", "", "Total"])
def test_numbers_and_plain_text_stay(s):
    assert excel_safe(s) == s


@pytest.mark.parametrize("v", [-5, Decimal("-1234.50"), -0.5, None, True])
def test_non_strings_are_untouched(v):
    assert excel_safe(v) is v


@given(st.text())
def test_excel_safe_never_leaves_a_formula(s):
    out = excel_safe(s)
    assert not is_formula_like(out)
    assert out in (s, "'" + s)
    if out == s and s and s[0] in "=+-@\t\r":
        assert s[0] in "+-" and s[1:2].isdigit()  # only a plain signed number keeps its sign


# --- the workbook ----------------------------------------------------------------------------------


def _tables(*reports):
    per = [r.to_tables() for r in reports]
    return {t: pd.concat([p[t] for p in per], ignore_index=True) for t in CONTRACT}


@pytest.fixture
def workbook(tmp_path):
    evil = make_report(EVIL[0], program=EVIL[1], anggaran="2662394679.00", realisasi="2508522933.00",
                       flags=[Flag(rule="budget.children_sum", severity="error", message=EVIL[3],
                                   evidence=EVIL[4], found="-2+3", expected="-5")])
    evil.budget_lines[0].nomor = "-1"
    other = make_report("Kecamatan Beta", source_file="beta.txt", flags=[])
    path = write_workbook(_tables(evil, other), tmp_path / "lkjip.xlsx")
    return openpyxl.load_workbook(path), evil, other


def test_sheets_summary_findings_then_every_table(workbook):
    wb, _, _ = workbook
    assert wb.sheetnames == ["Ringkasan", "Temuan", *CONTRACT]


def test_no_cell_from_a_document_is_a_formula(workbook):
    wb, _, _ = workbook
    seen = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    seen.add(c.value)
    for s in (EVIL[0], EVIL[1], EVIL[3]):
        assert "'" + s in seen
    assert "-5" in seen  # a number-looking string keeps its sign


def test_ringkasan_has_totals_absorption_and_flag_counts(workbook):
    wb, evil, other = workbook
    ws = wb["Ringkasan"]
    header = [c.value for c in ws[1]]
    assert header[:10] == ["report_id", "file", "instansi", "kabupaten", "tahun", "status", "total anggaran",
                           "realisasi", "% serapan", "dasar total"]
    rows = {r[0].value: {h: c for h, c in zip(header, r, strict=True)} for r in ws.iter_rows(min_row=2)}
    e = rows[evil.report_id]
    assert e["total anggaran"].value == 2662394679 and e["total anggaran"].number_format == RUPIAH
    assert e["% serapan"].number_format == PERCENT
    assert e["% serapan"].value == pytest.approx(2508522933 / 2662394679)
    assert e["flag error"].value == 1 and e["flag warning"].value == 0
    assert rows[other.report_id]["flag error"].value == 0
    assert e["instansi"].value == "'" + EVIL[0]


def test_every_sheet_has_a_frozen_filtered_header_and_widths(workbook):
    wb, _, _ = workbook
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        assert ws.column_dimensions["A"].width >= 8
    assert wb["budget_lines"]["I2"].number_format == RUPIAH  # anggaran


def test_temuan_lists_every_flag_errors_first(workbook):
    wb, evil, _ = workbook
    ws = wb["Temuan"]
    header = [c.value for c in ws[1]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    assert row["severity"] == "error" and row["report_id"] == evil.report_id and row["message"] == "'" + EVIL[3]
    assert row["file"] == "'" + evil.source_file  # a file name is untrusted too


def test_cell_number_is_exact_for_whole_rupiah():
    assert cell_number(Decimal("2662394679.00")) == 2662394679
    assert isinstance(cell_number(Decimal("2662394679.00")), int)
    assert cell_number(Decimal("82.47")) == 82.47


def _calc() -> str:
    """soffice with its spreadsheet part (Debian libreoffice-calc), or skip."""
    import shutil
    from pathlib import Path

    exe = shutil.which("soffice")
    if not exe or not list(Path(exe).resolve().parent.glob("libsclo.so")):
        pytest.skip("LibreOffice Calc not installed (apt-get install libreoffice-calc)")
    return exe


def _number(text: str) -> float | None:
    text = text.replace(",", "")
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        return None
    return value / 100 if text.endswith("%") else value


@pytest.mark.libreoffice
def test_a_spreadsheet_program_reads_every_cell_where_openpyxl_does(tmp_path):
    """Data rows carry no cell references (so that a cached piece fits anywhere in a sheet): LibreOffice Calc,
    an independent reader, must place every cell of every sheet, split sheets included, where openpyxl does."""
    import csv
    import subprocess

    exe = _calc()
    reps = [make_report(f"Kecamatan {name}", source_file=f"{name}.txt", anggaran=f"{1000000 + i}.00")
            for i, name in enumerate(["Alpha", "Beta", "Gamma", "Delta"])]
    reps[1].budget_lines[0].nomor = None  # an empty cell inside a row
    path = write_workbook(_tables(*reps), tmp_path / "lkjip.xlsx", max_rows=3)
    out = tmp_path / "csv"
    filt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"  # every sheet, as shown
    subprocess.run([exe, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", filt, "--outdir", str(out), str(path)], check=True, capture_output=True,
                   timeout=180)
    wb = openpyxl.load_workbook(path, read_only=True)
    assert any(name.endswith(" (2)") for name in wb.sheetnames)
    for ws in wb.worksheets:
        want = [["" if v is None else v for v in row] for row in ws.iter_rows(values_only=True)]
        got = list(csv.reader((out / f"lkjip-{ws.title}.csv").open(encoding="utf-8")))
        assert len(got) == len(want), ws.title
        for a, b in zip(want, got, strict=True):
            b = b + [""] * (len(a) - len(b))
            for x, y in zip(a, b, strict=False):
                if hasattr(x, "isoformat"):  # a date cell, shown in the sheet's date format
                    assert y.startswith(x.date().isoformat()), (ws.title, x, y)
                elif isinstance(x, int | float) and not isinstance(x, bool):
                    assert _number(y) == pytest.approx(float(x)), (ws.title, x, y)
                else:
                    assert str(x).upper() == y.upper() if isinstance(x, bool) else str(x) == y, (ws.title, x, y)
