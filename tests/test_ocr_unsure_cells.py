"""An amount read from several OCR words ("Rp 64 2176 404") one of which Tesseract was unsure of: the note names the
whole cell, so a flag built on the amount is an uncertain warning, not an error (the unsure word's digits stand
inside the amount, where the word's own note would not name it)."""

from __future__ import annotations

from budget_text import COLUMNS, HEAD, budget_rows

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import Word
from lkjip.extract.ocr_unsure import unsure_cells
from lkjip.extract.read_text import read_text_string
from lkjip.pipeline import extract_document
from lkjip.validate import validate_report

BOX = (50.0, 100.0, 550.0, 400.0)


def word(text: str, conf: float, x: float = 300.0) -> Word:
    return Word(text=text, x0=x, top=200.0, x1=x + 30, bottom=210.0, size=10, conf=conf)


def test_a_cell_of_several_number_words_one_unsure_is_noted_whole():
    table = Table(rows=[TableRow(cells=["1.", "Penyediaan Komponen", "Rp 67.408.315", "Rp 64 2176 404", "95,35"]),
                        TableRow(cells=["2.", "Penyediaan Bahan", "Rp 954.969", "Rp 954.969", "100,00"])])
    notes = unsure_cells(table, [word("2176", 80), word("954.969", 70, x=900)], BOX, 13)
    assert notes == ["page 13: OCR unsure of the digits of 'Rp 64 2176 404' (confidence 80)"]
    assert unsure_cells(table, [word("2176", 96)], BOX, 13) == []  # read surely


def _over_realisasi(noted: bool) -> list:
    rows = budget_rows()
    rows[3][3] = "Rp 64 2176 404"  # a sub kegiatan's realisasi, spaced and misread
    text = HEAD + "\t".join(COLUMNS) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n\nBAB IV PENUTUP\n"
    doc = read_text_string(text, "t.txt")
    (table,) = doc.tables()
    if noted:
        table.warnings.extend(unsure_cells(table, [word("2176", 80)], BOX, 13))
    doc.ocr_pages = [1]
    report = extract_document(doc)
    return [f for f in validate_report(report) if f.rule == "budget.over_realisasi"]


def test_a_flag_on_that_amount_is_an_uncertain_warning():
    assert [f.severity for f in _over_realisasi(noted=False)] == ["error"]
    assert [(f.severity, f.uncertain) for f in _over_realisasi(noted=True)] == [("warning", True)]
