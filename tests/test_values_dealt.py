"""A run of money columns a reader cut one column too many (right-aligned amounts with their currency sign apart):
each row's values dealt back over the named columns, the headerless column removed
(:func:`lkjip.extract.values_dealt.values_dealt`)."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.values_dealt import values_dealt

HEAD = [["NO", "URAIAN", "ANGGARAN", "", "", ""], ["", "", "ANGGARAN", "REALISASI", "", "%"]]


def _table(body: list[list[str]]) -> Table:
    return Table(rows=[TableRow(cells=c, is_header=True) for c in HEAD] + [TableRow(cells=c) for c in body])


def test_values_shifted_or_cut_at_their_sign_are_dealt_back_over_the_named_columns():
    t = _table([["1.1", "Belanja alat", "Rp 6.673.751", "Rp 5.690.311", "", "85,26"],
                ["1.2", "Belanja kertas", "", "-", "-", "0,00"],
                ["1.3", "Belanja meja", "Rp", "747.354 Rp", "747.354", "100,00"],
                ["1.4", "Belanja gaji", "", "Rp", "Rp", "95,53"],
                ["", "", "1.741.097.824", "1.663.199.628", "", ""]])
    values_dealt(t)
    assert [r.cells for r in t.rows[2:]] == [
        ["1.1", "Belanja alat", "Rp 6.673.751", "Rp 5.690.311", "85,26"],
        ["1.2", "Belanja kertas", "-", "-", "0,00"],
        ["1.3", "Belanja meja", "Rp 747.354", "Rp 747.354", "100,00"],
        ["1.4", "Belanja gaji", "Rp", "Rp", "95,53"],
        ["", "", "1.741.097.824", "1.663.199.628", "95,53"][:2] + ["1.741.097.824", "1.663.199.628", ""]]
    assert [r.cells for r in t.rows[:2]] == [["NO", "URAIAN", "ANGGARAN", "", ""], ["", "", "ANGGARAN", "REALISASI", "%"]]


def test_a_headerless_column_of_words_or_a_row_with_more_values_is_left_alone():
    rows = [["1.1", "Belanja alat", "Rp 6.673.751", "Rp 5.690.311", "APBD", "85,26"],
            ["1.2", "Belanja kertas", "Rp 1.000", "Rp 900", "APBD", "90,00"]]
    t = _table(rows)
    values_dealt(t)
    assert [r.cells for r in t.rows[2:]] == rows
    rows = [["1.1", "Belanja alat", "6.673.751", "5.690.311", "12", "85,26"],
            ["1.2", "Belanja kertas", "1.000", "900", "10", "90,00"]]
    t = _table(rows)
    values_dealt(t)
    assert [r.cells for r in t.rows[2:]] == rows


def test_each_sign_read_into_a_column_of_its_own_goes_back_to_its_amount():
    """"Rp" set apart in every money cell: each money column read as two, the amount under no header."""
    t = Table(rows=[TableRow(cells=["Program", "Anggaran", "", "Realisasi", "", "%"], is_header=True),
                    TableRow(cells=["Program Satu", "Rp", "1.868.945.518", "Rp", "1.686.028.837", "90,21 %"]),
                    TableRow(cells=["Lanjutan nama", "", "", "", "", ""]),
                    TableRow(cells=["Total", "Rp", "2.156.366.310", "Rp", "1.954.435.175", "90,64 %"])])
    values_dealt(t)
    assert [r.cells for r in t.rows] == [["Program", "Anggaran", "Realisasi", "%"],
                                         ["Program Satu", "Rp 1.868.945.518", "Rp 1.686.028.837", "90,21 %"],
                                         ["Lanjutan nama", "", "", ""],
                                         ["Total", "Rp 2.156.366.310", "Rp 1.954.435.175", "90,64 %"]]


def test_a_column_named_by_a_lower_header_row_or_its_column_number_is_no_extra_column():
    """A header of five rows (label, wrapped label, year in brackets, the target years, column numbers): the
    column under "2020" is named, though not by the first three rows."""
    head = [["Misi", "Tujuan", "Indikator", "", "Kondisi Awal", "Target", "", "Kondisi Akhir"],
            ["", "", "", "ia", "", "", "", ""], ["", "", "", "", "(2018)", "", "", ""],
            ["", "", "", "", "", "2019", "2020", ""], ["1", "2", "3", "4", "", "5", "6", "7"]]
    body = [["1", "Meningkatnya tata kelola", "Nilai SAKIP", "", "-", "-", "-", "72"],
            ["2", "Meningkatnya mutu layanan", "Indeks Kepuasan", "", "-", "82,59", "81,98", "83,51"]]
    t = Table(rows=[TableRow(cells=list(c), is_header=True) for c in head] + [TableRow(cells=list(c)) for c in body])
    values_dealt(t)
    assert [r.cells for r in t.rows[5:]] == body
