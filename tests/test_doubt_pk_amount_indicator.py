"""A misread must not look like a contradiction (issue #12 item 5): a PK "indicator" named by an amount of money
("Rp 2.038.832.288") is a row of the PK's program budget part read as a target, on any page; its
missing-indicator flag is an uncertain warning. A PK indicator really missing from the capaian table stays an
error."""

from __future__ import annotations

from test_ocr_unsure_numbers import INDICATORS, _pk_missing


def test_a_pk_indicator_named_by_an_amount_is_a_budget_row_read_as_a_target():
    (flag,) = _pk_missing([*INDICATORS, "Rp 2.038.832.288"], ocr=[])
    assert flag.severity == "warning" and flag.uncertain
    assert "adalah jumlah uang, baris anggaran PK terbaca sebagai target" in flag.message


def test_a_pk_indicator_really_missing_stays_an_error_beside_it():
    flags = _pk_missing([*INDICATORS, "Rp. 121.830.089", "Persentase lembaga kemasyarakatan desa yang aktif"], ocr=[])
    assert sorted((f.severity, f.uncertain) for f in flags) == [("error", False), ("warning", True)]
