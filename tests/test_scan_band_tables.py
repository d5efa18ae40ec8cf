"""Two borderless tables of a scan, one right under the other, the second opening with a grey header band that OCR
gives as one thick ruling (not as shaded cells): the band ends the first table, so two tables with different
columns are not read as one (their columns merged into a few wide cells)."""

from __future__ import annotations

from line_builders import cell_words

from lkjip.extract.layout.geometry import Ruling, lines_from_words
from lkjip.extract.layout.page import read_page_layout


def _page(band: bool):
    words = cell_words(100, (50, "Sasaran"), (200, "Indikator"), (350, "Target"), (450, "Realisasi"))
    for k, (a, b) in enumerate((("78,73", "79,78"), ("65", "65"), ("85", "84"))):
        words += cell_words(116 + 14 * k, (50, f"Sasaran{k}"), (200, f"Indikator{k}"), (350, a), (450, b))
    words += cell_words(168, (50, "Sasaran"), (130, "Strategis"), (300, "Capaian"), (400, "Efisiensi"))
    for k, (a, b) in enumerate((("101,33%", "1,13"), ("100%", "1,19"), ("98,82%", "1,07"))):
        words += cell_words(184 + 14 * k, (50, f"Baris{k}"), (130, f"Ukuran{k}"), (300, a), (400, b))
    rules = [Ruling(45.0, 165.0, 540.0, 180.0)] if band else []  # the band behind the second header
    return read_page_layout(1, 800.0, words, rules, lines_from_words, ruled=False)


def test_a_grey_header_band_starts_the_next_table():
    tables = _page(band=True).tables
    assert len(tables) == 2
    assert tables[0].table.rows[0].cells == ["Sasaran", "Indikator", "Target", "Realisasi"]
    assert [c for c in tables[1].table.rows[0].cells if c] == ["Sasaran", "Strategis", "Capaian", "Efisiensi"]
    assert len(tables[0].table.rows) == 4 and len(tables[1].table.rows) == 4


def test_without_the_band_the_tables_run_together():
    assert len(_page(band=False).tables) == 1
