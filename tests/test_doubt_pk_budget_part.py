"""A misread must not look like a contradiction (issue #12 item 5): the PK's program budget part read into its
target table with its header lost is programs and amounts, not indicators missing from the report; the lost
header's words glued to the last target go."""

from __future__ import annotations

from decimal import Decimal as D

from table_builders import found_table

from lkjip.extract.classify import TableKind
from lkjip.extract.records import Sink
from lkjip.extract.records_pk import pk_programs_of_targets, pk_targets

_found = found_table


def test_the_pk_budget_part_read_into_the_target_table_without_its_header_is_programs_not_indicators():
    rows = [["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"],
            ["1", "Menurunnya gangguan ketenteraman", "Persentase penanganan gangguan", "76%"],
            ["2", "Meningkatnya kualitas tata kelola pemerintahan desa Program",
             "Persentase desa dengan tata kelola yang baik Anggaran", "80% Keterangan"],
            ["1", "Penunjang Urusan Pemerintahan Daerah", "Rp 2.038.832.288", "APBD"],
            ["2", "Koordinasi Ketenteraman dan Ketertiban Umum", "Rp. 121.830.089", "APBD"]]
    ft = _found(rows, "LAMPIRAN PERJANJIAN KINERJA TAHUN 2021", page=11)
    assert ft.kind is TableKind.pk_targets
    targets = pk_targets(ft, Sink())
    assert [(t.sasaran, t.indikator, t.target, t.satuan) for t in targets] == [
        ("Menurunnya gangguan ketenteraman", "Persentase penanganan gangguan", D(76), "%"),
        ("Meningkatnya kualitas tata kelola pemerintahan desa", "Persentase desa dengan tata kelola yang baik",
         D(80), "%")]
    budgets = pk_programs_of_targets(targets, ft, Sink())
    assert [(b.program, b.anggaran, b.sumber_dana) for b in budgets] == [
        ("Penunjang Urusan Pemerintahan Daerah", D(2038832288), "APBD"),
        ("Koordinasi Ketenteraman dan Ketertiban Umum", D(121830089), "APBD")]


def test_a_pk_target_stated_as_an_amount_in_words_and_figures_is_still_a_target():
    rows = [["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"],
            ["1", "Meningkatnya pendapatan desa", "Jumlah dana desa tersalurkan (Rp)", "1.250.000.000"]]
    ft = _found(rows, "LAMPIRAN PERJANJIAN KINERJA TAHUN 2021", page=11)
    targets = pk_targets(ft, Sink())
    assert [t.indikator for t in targets] == ["Jumlah dana desa tersalurkan (Rp)"]
    assert pk_programs_of_targets(targets, ft, Sink()) == []
