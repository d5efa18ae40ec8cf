"""A Renstra table whose header "Kondisi Awal Renstra (2018)" lost its "Awal" to the next cell ("Kondisi Renstra
(2018)" | "Awal Target"): the condition column left of the yearly targets is the initial condition, one right of
them the final condition (extract/records.renstra_targets)."""

from __future__ import annotations

from lkjip.extract.classify import TableKind
from lkjip.extract.records import Sink, renstra_targets
from tests.table_builders import found_table

HEAD = [["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Renstra (2018)", "Awal Target", "", "",
         "Kondisi Renstra (2021)"],
        ["", "", "", "", "2019", "2020", "2021", ""]]
ROW = ["1", "Meningkatnya mutu layanan", "Indeks mutu layanan", "60", "62", "64", "66", "66"]


def test_conditions_left_and_right_of_the_targets():
    ft = found_table([*HEAD, ROW], "Tabel 2.1 Tujuan dan Sasaran Renstra", header_rows=2)
    assert ft.kind is TableKind.renstra
    got = {(r.tahun, r.jenis): r.target_text for r in renstra_targets(ft, Sink())}
    assert got[(2018, "kondisi_awal")] == "60"
    assert got[(2021, "kondisi_akhir")] == "66"
    assert got[(2019, "target")] == "62"
