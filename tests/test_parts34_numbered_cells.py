"""A misread must not look like a contradiction (issue #12 item 5): a row of a kinerja-vs-anggaran table read with
the column numbers printed above it in front of its cells ("2 Indeks Kepuasan …", "3 77,37", amounts set tight
against their number: "651.378.495,-" for "51.378.495,-" under a "6"). Where the records stage leaves such a row
(here: the numbers read into a row under a numbering row of its own), its realisasi "over" its anggaran and its
serapan of 898,86 % are uncertain warnings naming the cause, never errors (:mod:`lkjip.validate.numbered_cells`);
a row reading its values whole keeps its error."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.model import Performance, Provenance, Report
from lkjip.validate import validate_report

NUMBERED = ["1 Meningkatnya kualitas pelayanan publik", "2 Indeks Kepuasan Masyarakat (IKM)", "3 77,37", "4 76,69",
            "599,12", "651.378.495,-", "750.794.173,-", "898,86"]
WHOLE = ["Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "77,37", "76,69", "99,12",
         "651.378.495,-", "750.794.173,-", "115,26"]


def _flags(raw: list[str], serapan: str) -> list:
    p = Performance(source_table="Tabel 3.4", sasaran=raw[0], indikator=raw[1], tahun=2021,
                    anggaran=D(651378495), realisasi_anggaran=D(750794173), serapan=D(serapan),
                    source=Provenance(table="Tabel 3.4", page=5, raw=raw))
    report = Report(report_id="t", source_file="t.pdf", sha256="", input_format="pdf", performance=[p])
    return [f for f in validate_report(report) if f.rule in ("budget.over_realisasi", "budget.persen")]


def test_flags_on_a_row_read_with_the_column_numbers_are_uncertain():
    flags = _flags(NUMBERED, "898.86")
    assert {f.rule for f in flags} == {"budget.over_realisasi", "budget.persen"}
    for f in flags:
        assert f.severity == "warning" and f.uncertain
        assert "diawali nomor kolom" in f.message and "pembacaan tabel tidak pasti" in f.message


def test_a_row_read_whole_keeps_its_error():
    (f,) = _flags(WHOLE, "115.26")
    assert f.rule == "budget.over_realisasi" and f.severity == "error" and not f.uncertain


def test_a_numbered_row_names_no_other_row_its_name_opens():
    from lkjip.model import Flag
    from lkjip.validate.numbered_cells import numbered_row

    rows = {"Tabel 3.4 hal. 9 baris 5": "Indeks Kepuasan Masyarakat"}
    flag = Flag(rule="budget.persen", severity="error", message="persen", evidence="Tabel 3.4 hal. 9 baris 58: x")
    assert numbered_row(flag, rows) is None
    flag = Flag(rule="budget.persen", severity="error", message="persen", evidence="Tabel 3.4 hal. 9 baris 5: x")
    assert numbered_row(flag, rows) == "Indeks Kepuasan Masyarakat"
