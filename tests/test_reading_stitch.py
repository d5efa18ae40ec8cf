"""A joined budget table whose sums fail: the reading with the join undone is tried, and the reading whose sums
close kept (lkjip/readings.py, issue #12 item 5: a misread must not look like a contradiction)."""

from __future__ import annotations

from budget_text import COLUMNS, HEAD, budget_rows

from lkjip.extract.read_text import read_text_string
from lkjip.pipeline import extract_document
from lkjip.validate import validate_report
from lkjip.validate.sums_close import Places, sum_places

#: a table of kegiatan and their sub kegiatan with its own total, printed under Tabel 3.7 with the same columns and
#: no caption of its own: another table, not a part of Tabel 3.7
KEGIATAN = [["1", "Pembinaan Wilayah", "300.000", "270.000", "90,00"],
            ["1.", "Rapat Koordinasi Wilayah", "100.000", "90.000", "90,00"],
            ["2.", "Monitoring Wilayah", "200.000", "180.000", "90,00"],
            ["2", "Pelayanan Terpadu", "500.000", "450.000", "90,00"],
            ["1.", "Pelayanan Loket", "250.000", "225.000", "90,00"],
            ["2.", "Pelayanan Keliling", "250.000", "225.000", "90,00"],
            ["", "JUMLAH", "800.000", "720.000", "90,00"]]


def _report(*parts: list[list[str]]):
    """A text export printing the ``parts`` one under another, each under the header row, a blank line between."""
    text = HEAD + "\n".join("\t".join(COLUMNS) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n"
                            for rows in parts) + "\nBAB IV PENUTUP\n"
    report = extract_document(read_text_string(text, "t.txt"))
    validate_report(report)
    return report


def _chosen(report) -> list[str]:
    return [w.message for w in report.warnings if w.code == "reading.stitch"]


def test_a_wrong_join_is_undone_when_its_sums_close_apart():
    report = _report(budget_rows(), KEGIATAN)
    assert report.budget_tables() == ["Tabel 3.7", "Tabel tanpa judul 1"]
    assert len(report.budget_table("Tabel 3.7")) == 15
    assert not [f for f in report.flags if f.rule in ("budget.children_sum", "budget.total_sum")]
    (why,) = _chosen(report)
    assert "dibaca sebagai tabel tersendiri" in why and "tidak cocok di 2 tempat" in why


def test_a_right_join_stays_when_the_report_itself_does_not_add_up():
    rows = budget_rows()
    rows[7] = [*rows[7][:2], "250.000", "225.000", "90,00"]  # two of the report's own slips: two kegiatan fail
    rows[11] = [*rows[11][:2], "250.000", "225.000", "90,00"]
    report = _report(rows[:6], rows[6:])  # one table cut in two inside a program, the header repeated
    assert report.budget_tables() == ["Tabel 3.7"]
    assert sum_places(report.budget_table("Tabel 3.7")).failing == 2
    (why,) = _chosen(report)
    assert "pembacaan pertama dipertahankan" in why
    assert len([f for f in report.flags if f.rule == "budget.children_sum" and f.severity == "error"]) == 4


def test_a_join_whose_sums_close_is_read_once():
    report = _report(budget_rows()[:6], budget_rows()[6:])
    assert report.budget_tables() == ["Tabel 3.7"] and not _chosen(report)


def test_a_reading_that_only_loses_lines_is_no_better():
    assert not Places(closing=3, failing=1).better_than(Places(closing=20, failing=2))
    assert Places(closing=22, failing=0).better_than(Places(closing=20, failing=2))


def _report_headed(*parts: tuple[list[str], list[list[str]]]):
    """As :func:`_report`, each part under its own header row."""
    text = HEAD + "\n".join("\t".join(head) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n"
                            for head, rows in parts) + "\nBAB IV PENUTUP\n"
    report = extract_document(read_text_string(text, "t.txt"))
    validate_report(report)
    return report


def test_a_part_left_apart_is_joined_on_when_its_sums_close_together():
    """The table cut inside a kegiatan, the second part under a header in other words: read as another table, the
    first part's kegiatan and total fall short and the second opens under no kegiatan; joined, every sum closes."""
    rows = budget_rows()
    report = _report_headed((COLUMNS, rows[:7]), (["No.", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"],
                                                  rows[7:]))
    assert report.budget_tables() == ["Tabel 3.7"]
    assert len(report.budget_table("Tabel 3.7")) == len(rows)
    assert not [f for f in report.flags if f.rule in ("budget.children_sum", "budget.total_sum")]
    (why,) = _chosen(report)
    assert "disambung ke tabel ini" in why


def test_a_table_of_its_own_under_a_table_stays_apart():
    """Two whole tables of the same columns, the second under a header in other words: both close on their own."""
    report = _report_headed((COLUMNS, budget_rows()), (["No.", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"],
                                                       KEGIATAN))
    assert report.budget_tables() == ["Tabel 3.7", "Tabel tanpa judul 1"] and not _chosen(report)
