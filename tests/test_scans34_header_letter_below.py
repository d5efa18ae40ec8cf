"""A head word's last "i" that a narrow monospaced header cell broke onto its next line, read there as a "1".

Monospaced print breaks a long head word letter by letter at a narrow cell's edge; "Efisiensi" printed as
"Efisiens" over "i", Tesseract read the lone "i" as "1". The header then named no efficiency column (the table was
lost) and the row under it held a number.
"""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.ocr_header_words import mend_header_words


def _table(head: list[str], second: list[str]) -> Table:
    return Table(rows=[
        TableRow(cells=head, is_header=True),
        TableRow(cells=second),
        TableRow(cells=["1", "2", "3", "4", "5"]),
        TableRow(cells=["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "99,12%", "98,86 %", "1,00"]),
    ])


def test_a_head_words_last_i_read_as_a_digit_below_goes_back_up():
    t = _table(["Sasaran Strategis", "Indikator Sasaran", "% Capaia", "% Penyerap", "Tingkat Efisiens"],
               ["", "", "n Kinerj", "an Anggaran", "1"])
    mend_header_words(t, 5)
    assert t.rows[0].cells[4] == "Tingkat Efisiensi"
    assert t.rows[1].cells == ["", "", "n Kinerj", "an Anggaran", ""]
    assert any("Efisiensi" in w for w in t.warnings)


def test_a_number_under_a_whole_head_word_stays():
    t = _table(["Sasaran", "Indikator", "Target", "Realisasi", "Capaian"], ["", "", "", "", "1"])
    mend_header_words(t, 5)
    assert t.rows[1].cells[4] == "1"
    assert t.rows[0].cells[4] == "Capaian"


def test_the_i_at_the_head_of_a_longer_line_below_goes_back_up_too():
    t = Table(rows=[
        TableRow(cells=["No", "Sasaran", "", "Satua", "Realisas", "Tahun 2022", "", "Capaia"], is_header=True),
        TableRow(cells=["", "Uraian", "Indikator Kinerja", "n", "1 Tahun 2021", "Target", "Realisasi", "n Tahun 2022"],
                 is_header=True),
        TableRow(cells=["1", "Meningkatnya partisipasi", "Persentase partisipasi", "%", "64", "71", "71", "100"]),
    ])
    mend_header_words(t, 7)
    assert t.rows[0].cells[4] == "Realisasi"
    assert t.rows[1].cells[4] == "Tahun 2021"
    assert t.rows[2].cells[4] == "64"
