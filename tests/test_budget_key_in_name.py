"""A budget row whose key was read into the front of its name ("A. PROGRAM …", the number cell empty: a table's
part laid over another part's columns) gets its key back (extract/records_keys.py): its level and the budget's
sums come out as printed, no false contradiction."""

from __future__ import annotations

from budget_text import budget_rows, text_report

from lkjip.extract.records_keys import key_out_of_name


def _keys_in_names(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with every key closed by a dot printed at the front of its name instead."""
    return [["", f"{r[0]} {r[1]}", *r[2:]] if r[0].endswith(".") else r for r in rows]


def test_keys_read_into_names_go_back():
    report = text_report(_keys_in_names(budget_rows()))
    lines = report.budget_lines
    assert [ln.nomor for ln in lines[:4]] == [None, "A.", "1", "1."]
    assert lines[1].uraian == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN"
    assert not [f for f in report.flags if f.severity == "error"]


def test_a_name_opening_with_no_key_stays():
    assert key_out_of_name(None, "Administrasi Umum") == (None, "Administrasi Umum")
    assert key_out_of_name("2.", "a. Penyediaan") == ("2.", "a. Penyediaan")  # a key of its own: left as read
    assert key_out_of_name(None, "IV. Evaluasi Kinerja") == ("IV.", "Evaluasi Kinerja")
    assert key_out_of_name(None, "JUMLAH") == (None, "JUMLAH")
