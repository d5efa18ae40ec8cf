"""Header words run on to the column number under them ("4 (2018)": the base year of a "Kondisi Awal Renstra"
column read with its number, a header cut by a page break) go back over the number, so the column keeps its year
(:func:`lkjip.extract.number_words.number_words_lifted`)."""

from __future__ import annotations

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.number_words import number_words_lifted
from lkjip.extract.stitch import stitch_document

TOP = ["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal", "Target", "", "", "Kondisi Akhir"]
YEARS = ["", "", "", "", "2019", "2020", "2021", ""]
UNDER = ["", "", "", "Renstra", "", "", "", "Renstra"]
BODY = [["1", "Meningkatnya mutu layanan", "Indeks kepuasan", "-", "80", "81", "82", "82"],
        ["2", "Meningkatnya tata kelola desa", "Persentase desa tertib", "-", "90", "95", "100", "100"]]


def _table(numbers: list[str]) -> Table:
    return Table(rows=[TableRow(cells=list(c), is_header=True) for c in (TOP, YEARS, UNDER, numbers)]
                 + [TableRow(cells=list(c)) for c in BODY], strategy="text")


def test_a_year_run_on_to_its_column_number_goes_back_to_the_column_s_header():
    t = _table(["1", "2", "3", "4 (2018)", "5", "6", "7", "8 (2021)"])
    number_words_lifted(t)
    assert t.rows[3].cells == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert t.rows[2].cells[3] == "Renstra (2018)" and t.rows[2].cells[7] == "Renstra (2021)"
    doc = Document(source_file="t", input_format="pdf",
                   blocks=[Paragraph(text="Tabel 2.1 Tujuan dan Sasaran Renstra"),
                           _table(["1", "2", "3", "4 (2018)", "5", "6", "7", "8 (2021)"])])
    (t,) = stitch_document(doc).tables()
    assert "(2018)" in t.rows[2].cells[3] and t.rows[3].cells[3] == "4"


def test_a_number_out_of_its_place_or_followed_by_a_number_stays_as_read():
    t = _table(["1", "2", "3", "9 (2018)", "5", "6", "7", "8 12"])
    number_words_lifted(t)
    assert t.rows[3].cells[3] == "9 (2018)" and t.rows[3].cells[7] == "8 12"
