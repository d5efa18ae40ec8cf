"""A budget summary's "label : amount" lines around a budget table, and the rule that finds a program listed
twice in it (its stated total equals the listed parts' sum only without a repeated program)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjip.extract.classify import find_tables
from lkjip.extract.read_text import read_text_string
from lkjip.extract.records_summary import _read, budget_summary_lines
from lkjip.model import Provenance, Report
from lkjip.pipeline import extract_document
from lkjip.validate import validate_report

TABLE = """**BAB II PERENCANAAN KINERJA**

Tabel 2.3 Anggaran Program Urusan Wajib Tahun 2019

No\tProgram\tAnggaran
1\tProgram Pengelolaan Persampahan\t2.150.000.000
2\tProgram Pengelolaan Ruang Terbuka Hijau\t1.275.500.000
3\tProgram Penataan Pemakaman\t410.250.000
\tJumlah\t3.835.750.000

"""


def summary(total: str, third: str = "Program Pengelolaan Persampahan : 2.150.000.000,-",
            wajib: str = "Rp. 3.835.750.000,-") -> str:
    return (f"Jumlah Anggaran Wajib : {wajib}\nTotal Jumlah Anggaran 2019 : Rp. {total},-\n"
            "Program Non Urusan :\n1. Program Pelayanan Administrasi Perkantoran : 950.000.000,-\n"
            f"2. Program Peningkatan Disiplin Aparatur : 350.000.000,-\n3. {third}\n")


def report(text: str) -> Report:
    r = extract_document(read_text_string(text))
    validate_report(r)
    return r


def twice(r: Report) -> list:
    return [f for f in r.flags if f.rule == "budget.summary_listed_twice"]


def test_summary_lines_are_typed_records_with_provenance():
    r = report(TABLE + summary("5.135.750.000"))
    lines = r.budget_summary
    assert [(x.nomor, x.label, x.is_total, x.amount) for x in lines] == [
        (None, "Jumlah Anggaran Wajib", True, Decimal("3835750000")),
        (None, "Total Jumlah Anggaran 2019", True, Decimal("5135750000")),
        ("1", "Program Pelayanan Administrasi Perkantoran", False, Decimal("950000000")),
        ("2", "Program Peningkatan Disiplin Aparatur", False, Decimal("350000000")),
        ("3", "Program Pengelolaan Persampahan", False, Decimal("2150000000")),
    ]
    assert {x.group for x in lines if x.nomor} == {"Program Non Urusan"}
    assert lines[2].source.line_no == 14 and lines[2].source.raw == [
        "1. Program Pelayanan Administrasi Perkantoran : 950.000.000,-"]
    assert lines[1].amount_text == "Rp. 5.135.750.000,-"


def test_an_unreadable_amount_is_kept_raw_with_a_warning():
    r = report(TABLE + summary("5.135.750.000", wajib="Rp. 3.835750.000,-"))
    wajib = r.budget_summary[0]
    assert wajib.amount is None and wajib.amount_text == "Rp. 3.835750.000,-"
    assert any(w.raw == "Rp. 3.835750.000,-" and "ringkasan anggaran" in w.message for w in r.warnings)


def test_no_summary_without_a_budget_table_and_no_amount_in_a_plain_value():
    doc = read_text_string("**BAB I**\n\nTotal Jumlah Anggaran 2019 : Rp. 5.135.750.000,-\n")
    assert budget_summary_lines(doc, find_tables(doc)) == ([], [])
    r = report(TABLE + "SKPD : Dinas Kebersihan\nTahun Anggaran : 2019\nTarget : 0.820\n")
    assert r.budget_summary == []


def test_two_pairs_read_into_one_row_are_two_lines_and_a_closing_heading_is_kept():
    got = list(_read("Jumlah Anggaran Wajib : Rp. 10.924.024.550,- Jumlah Anggaran 2015 : Rp. 15.052.945.500,- "
                     "Non Urusan :", Provenance(page=22)))
    assert [(x.label, x.amount) for x in got[:2]] == [("Jumlah Anggaran Wajib", Decimal("10924024550")),
                                                      ("Jumlah Anggaran 2015", Decimal("15052945500"))]
    assert got[2] == "Non Urusan"


def test_a_program_listed_twice_is_flagged_with_both_places_and_both_sums():
    # 3.835.750.000 (table) + 950 + 350 million = 5.135.750.000: item 3 repeats the table's row 1
    flags = twice(report(TABLE + summary("5.135.750.000")))
    assert len(flags) == 1
    f = flags[0]
    assert f.severity == "error"
    assert "2.150.000.000" in f.message and "Tabel 2.3" in f.message
    assert "7.285.750.000" in f.message and "5.135.750.000" in f.message
    assert f.expected == "7.285.750.000" and f.found == "Rp. 5.135.750.000,-"
    assert "butir 3" in f.evidence and "Tabel 2.3" in f.evidence


@pytest.mark.parametrize("total", [
    "7.285.750.000",  # every part counted: consistent
    "5.135.750.001",  # off by one rupiah: no item explains it
    "6.935.750.000",  # without item 2, which repeats nothing
])
def test_no_flag_when_the_total_is_the_sum_or_differs_otherwise(total):
    assert twice(report(TABLE + summary(total))) == []


def test_the_same_amount_under_another_program_is_no_repeat():
    text = TABLE + summary("5.135.750.000", third="Program Peningkatan Kapasitas Sumber Daya Aparatur : "
                                                  "2.150.000.000,-")
    assert twice(report(text)) == []


def test_two_items_repeating_each_other_without_a_table():
    text = ("**BAB II**\n\nTabel 2.4 Anggaran Program\n\nNo\tProgram\tAnggaran\n"
            "1\tProgram Penataan Pemakaman\t410.250.000\n\n\n\nRingkasan lain\n\n"
            "Program Non Urusan :\n1. Program Pelayanan Administrasi Perkantoran : 950.000.000,-\n"
            "2. Program Disiplin Aparatur : 350.000.000,-\n3. Program Pelayanan Administrasi Perkantoran : "
            "950.000.000,-\nJumlah Non Urusan : Rp. 1.300.000.000,-\n")
    flags = twice(report(text))
    assert len(flags) == 1 and "950.000.000" in flags[0].message and "butir 1" in flags[0].message + \
        flags[0].evidence


def test_summary_lines_are_a_dataset_table():
    from lkjip.tables import CONTRACT, report_to_tables

    r = report(TABLE + summary("5.135.750.000", wajib="Rp. 3.835750.000,-"))
    df = report_to_tables(r)["budget_summary"]
    assert list(df.columns) == CONTRACT["budget_summary"]
    assert len(df) == 5 and set(df["report_id"]) == {r.report_id}
    wajib = df[df["label"] == "Jumlah Anggaran Wajib"].iloc[0]
    assert wajib["amount"] is None and wajib["amount_text"] == "Rp. 3.835750.000,-"  # unreadable: kept raw
    item = df[df["nomor"] == "3"].iloc[0]
    assert item["amount"] == Decimal("2150000000") and item["kelompok"] == "Program Non Urusan"
    assert item["source_line"] > 0 and item["raw"] == "3. Program Pengelolaan Persampahan : 2.150.000.000,-"
