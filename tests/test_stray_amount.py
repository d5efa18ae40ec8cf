"""A row whose amount was read into another column (its cells cut in the wrong place: the realisasi read into the
words beside it, the realisasi cell left empty) makes the sums over it fail by exactly that amount. A misread is
no contradiction (issue #12 item 5): the sum flag is an uncertain warning naming the row, while a realisasi
simply left empty, or a stray amount that is not the gap, keeps the error."""

from __future__ import annotations

from budget_text import budget_rows, text_report


def _sum_flags(rows):
    return [f for f in text_report(rows).flags if f.rule == "budget.children_sum" and f.message.startswith("Realisasi")]


def test_a_realisasi_read_into_the_next_cell_is_an_uncertain_sum_flag():
    rows = budget_rows()
    rows[3] = [rows[3][0], rows[3][1], rows[3][2], "", f"{rows[3][4]} Jumlah {rows[3][3]} Dokumen"]
    flags = _sum_flags(rows)
    assert flags and all(f.severity == "warning" and f.uncertain for f in flags)
    assert "terbaca di kolom lain ('180.000'" in flags[0].message


def test_a_realisasi_left_empty_or_another_stray_amount_stays_an_error():
    rows = budget_rows()
    rows[3] = [rows[3][0], rows[3][1], rows[3][2], "", rows[3][4]]
    assert [f.severity for f in _sum_flags(rows)] == ["error"]
    rows[3][4] = f"{rows[3][4]} Jumlah 170.000 Dokumen"
    assert [f.severity for f in _sum_flags(rows)] == ["error"]


def test_rows_adding_up_to_more_than_printed_keep_the_error_whatever_amount_strays():
    """An amount read into another column only explains a sum that is short: rows already adding up to more
    than the kegiatan prints stay a contradiction, even when a stray amount equals the excess."""
    rows = budget_rows()
    rows[3] = [rows[3][0], rows[3][1], rows[3][2], "", f"{rows[3][4]} Jumlah 20.000 Dokumen"]
    rows[2][3] = "160.000"
    flags = [f for f in _sum_flags(rows) if "160.000" in f.message]
    assert flags and all(f.severity == "error" and not f.uncertain for f in flags)
