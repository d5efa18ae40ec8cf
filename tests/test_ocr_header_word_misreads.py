"""The Renstra table's "Kondisi Awal (2020)" / "Kondisi Akhir (2026)" heads misread by one glyph in a scan ("Amal",
"Kondis 1", "(20268)") lost the kondisi columns of every row. In the header rows, a head word one typical confusion
away, a last letter read apart and a year with one digit too many (when exactly one shorter reading is a year the
header prints) are put right; body rows and other words stay as read."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.ocr_header_words import mend_header_words

HEAD = ["Misi", "Indikator", "Kondisi Amal (2020)", "Target", "", "Kondis 1 Akhir (20268)"]
YEARS = ["", "", "", "2021", "2026", ""]
BODY = ["1", "Nilai SAKIP Kecamatan Amal", "51,70", "55,64", "75,36", "75,36"]


def _table() -> Table:
    return Table(rows=[TableRow(cells=list(HEAD), is_header=True), TableRow(cells=list(YEARS), is_header=True),
                       TableRow(cells=list(BODY))])


def test_misread_head_words_and_year_are_put_right_in_the_header():
    t = _table()
    mend_header_words(t, 5)
    assert t.rows[0].cells == ["Misi", "Indikator", "Kondisi Awal (2020)", "Target", "", "Kondisi Akhir (2026)"]
    assert len(t.warnings) == 2


def test_body_rows_stay_as_read():
    t = _table()
    mend_header_words(t, 5)
    assert t.rows[2].cells == BODY


def test_a_long_year_with_no_printed_year_among_its_readings_stays():
    t = _table()
    t.rows[1].cells = ["", "", "", "2021", "2025", ""]
    mend_header_words(t, 5)
    assert t.rows[0].cells[5] == "Kondisi Akhir (20268)"
