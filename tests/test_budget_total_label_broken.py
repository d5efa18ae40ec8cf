"""A budget table whose total row prints its label in a narrow number column that breaks the word ("JUML" over
"AH", read "JUML AH"), with a line under the table restating the total ("Jumlah Anggaran : Rp 1.234") read into its
columns. The label is closed up (records_total.total_label_closed): the row is the table's total, not a kegiatan
under the last program (whose sum would then fail by the table's total: a false contradiction), and the restated
line is dropped."""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.hierarchy import assign_levels
from lkjip.extract.records import Sink, budget_lines
from lkjip.extract.records_total import total_label_closed

HEAD = ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]
BODY = [
    ["1", "PROGRAM PERTAMA", "300.000", "290.000", "96,67"],
    ["1.1", "Kegiatan Satu", "300.000", "290.000", "96,67"],
    ["1.1.1", "Sub Kegiatan A", "100.000", "95.000", "95,00"],
    ["1.1.2", "Sub Kegiatan B", "200.000", "195.000", "97,50"],
    ["2", "PROGRAM KEDUA", "50.000", "50.000", "100,00"],
    ["2.1", "Kegiatan Dua", "50.000", "50.000", "100,00"],
    ["2.1.1", "Sub Kegiatan C", "50.000", "50.000", "100,00"],
    ["JUML AH", "", "350.000", "340.000", "97,14"],
    ["Jumlah", "Anggaran : Rp", "350.000", "", ""],
]


def test_the_broken_total_label_is_the_tables_total():
    lines = assign_levels(budget_lines(found_table([HEAD, *BODY], "Tabel 3.7 Realisasi Anggaran"), Sink()))
    total = [b for b in lines if b.level == "total"]
    assert [(b.uraian, b.anggaran) for b in total] == [("JUMLAH", D(350000))]
    assert all(b.level != "kegiatan" or b.anggaran < D(350000) for b in lines)
    assert len(lines) == 8  # the restated total under the table dropped


def test_only_a_label_broken_inside_its_word_is_closed():
    assert total_label_closed("JUML AH") == "JUMLAH"
    assert total_label_closed("Jum lah :") == "Jumlah"
    assert total_label_closed("Jumlah Total") == "Jumlah Total"
    assert total_label_closed("TOT AL") == "TOTAL"
    assert total_label_closed("Ju mlah Desa") == "Ju mlah Desa"
    assert total_label_closed("Kegiatan A") == "Kegiatan A"
