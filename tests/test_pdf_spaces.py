"""Word spaces that pdfium generates inside a line (the producer positioned the words, or drew a space
pdfium does not count as drawn) still separate words inside table cells.

Real case: a SIMDA-style DPPA whose cells read "URUSANPEMERINTAHANBIDANG…" before, and a LAKIP whose
cells read "PembangunanDesa", "Keuangandan Kekayaan".
"""

from __future__ import annotations

import pytest

from lkjip import extract_report

pytestmark = pytest.mark.shared


def test_generated_spaces_separate_words_in_cells(real_dir):
    r = extract_report(real_dir / "sulut_Diskominfo_DPPA_Rekap_2021.pdf")
    names = [line.uraian for line in r.dpa_lines]
    assert "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI" in names
    assert not [n for n in names if "PEMERINTAHANBIDANG" in n or "URUSANPEMERINTAHAN" in n]


def test_lakip_cells_keep_their_word_spaces(real_dir):
    r = extract_report(real_dir / "jabar_BPMPD_LKIP2016_full.pdf")
    names = {b.uraian for b in r.budget_lines}
    assert "Program Pengelolaan Keuangan dan Kekayaan Daerah" in names
    assert not [n for n in names if "PembangunanDesa" in n or "Keuangandan" in n]
