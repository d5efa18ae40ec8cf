"""The SAKIP budget documents: LRA, DPA / DPA Perubahan and multi-year budget tables as typed records,
their own arithmetic (``lra.*``, ``dpa.*``, ``budget_years.*``), and the contract tables they fill."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from lkjip.extract.classify import TableKind, head_years, title_rows
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records_budget_docs import PENARIKAN_LABEL, dpa_level, lra_level, year_line_level
from lkjip.pipeline import extract_document
from lkjip.tables import CONTRACT
from lkjip.validate import validate_report

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"


def doc_of(title: str, rows: list[list[str]], *, page: int = 1) -> Document:
    n = max(len(r) for r in rows)
    table = Table(rows=[TableRow(cells=r + [""] * (n - len(r)), page=page, line_no=i + 1) for i, r in enumerate(rows)],
                  page=page, n_cols=n)
    return Document(source_file="x.pdf", input_format="pdf", pages=1,
                    blocks=[Paragraph(text=title, page=page), table])


def extract(doc: Document):
    """Extract and validate, as ``extract_report`` does for a file."""
    report = extract_document(doc)
    validate_report(report)
    return report


def rules_of(report, prefix: str) -> list:
    return [f for f in report.flags if f.rule.startswith(prefix)]


# --- DPA Perubahan ---------------------------------------------------------------------------------------

DPPA_HEAD = [
    ["DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN", "", "", "", "", "", "", "", "", "", "", "Formulir DPPA"],
    ["Kode", "", "", "", "", "Uraian", "Sumber Dana", "Lokasi", "Jumlah", "", "", ""],
    ["", "", "", "", "", "", "", "", "T-1", "T(Sebelum)", "T(Sesudah)", "Bertambah/(Berkurang)"],
    ["Urusan", "Bidang", "Program", "Kegiatan", "Sub", "", "", "", "", "Jumlah (Sebelum)", "Jumlah (Sesudah)", ""],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12=(11-10)"],
]


def dppa_rows(sub2_sesudah: str = "150") -> list[list[str]]:
    return DPPA_HEAD + [
        ["7", "", "", "", "", "URUSAN WAJIB", "", "", "", "", "", ""],
        ["7", "01", "", "", "", "URUSAN BIDANG ALPHA", "", "", "", "1.000", "1.100", "100"],
        ["7", "01", "01", "", "", "PROGRAM SATU", "", "", "", "1.000", "1.100", "100"],
        ["7", "01", "01", "1.02", "", "Kegiatan Dua", "", "", "", "1.000", "1.100", "100"],
        ["7", "01", "01", "1.02", "01", "Sub Satu", "DAU", "Kota", "", "700", "950", "250"],
        ["7", "01", "01", "1.02", "02", "Sub Dua", "DAU", "Kota", "", "300", sub2_sesudah, "(150)"],
        ["Rencana Penarikan Dana per Bulan", "", "", "", "", "", "", "", "", "", "", ""],
        ["Januari", "", "", "", "", "", "Rp600", "", "", "", "", ""],
        ["Februari", "", "", "", "", "", "Rp500", "", "", "", "", ""],
        ["Jumlah", "", "", "", "", "", "Rp1.100", "", "", "", "", ""],
    ]


def test_dppa_lines_take_codes_levels_before_after_and_change():
    r = extract(doc_of("DPPA SKPD Tahun Anggaran 2021", dppa_rows()))
    assert [t.kind for t in r.tables_found] == [TableKind.dpa.value]
    lines = {x.kode: x for x in r.dpa_lines if x.kode}
    assert [x.level for x in lines.values()] == ["urusan", "bidang", "program", "kegiatan", "sub_kegiatan",
                                                  "sub_kegiatan"]
    sub = lines["7 01 01 1.02 02"]
    assert (sub.sebelum, sub.sesudah, sub.selisih, sub.anggaran) == (D(300), D(150), D(-150), D(150))
    assert sub.uraian == "Sub Dua" and sub.source.page == 1
    assert lines["7"].sebelum is None  # the urusan prints no amount


def test_dppa_withdrawal_plan_is_months_and_its_jumlah():
    r = extract(doc_of("DPPA", dppa_rows()))
    plan = [x for x in r.dpa_lines if x.source_table == PENARIKAN_LABEL]
    assert [(x.uraian, x.level, x.anggaran) for x in plan] == [
        ("Januari", "bulan", D(600)), ("Februari", "bulan", D(500)), ("Jumlah", "total", D(1100))]


def test_dppa_that_adds_up_has_no_flag():
    r = extract(doc_of("DPPA", dppa_rows()))
    assert rules_of(r, "dpa.") == []


def test_dppa_sub_kegiatan_that_breaks_the_sums_is_flagged_where_it_stands():
    r = extract(doc_of("DPPA", dppa_rows(sub2_sesudah="160")))
    flags = {f.rule: f for f in rules_of(r, "dpa.")}
    assert set(flags) == {"dpa.children_sum", "dpa.selisih"}
    assert (flags["dpa.selisih"].expected, flags["dpa.selisih"].found) == ("-140", "(150)")
    assert "Kegiatan Dua" in flags["dpa.children_sum"].message
    assert flags["dpa.children_sum"].expected == "1.110"


def test_withdrawal_plan_that_does_not_reach_the_budget_is_flagged():
    rows = dppa_rows()
    rows[-2][6] = "Rp400"  # the months now sum to 1.000 while the Jumlah says 1.100
    r = extract(doc_of("DPPA", rows))
    (f,) = [f for f in r.flags if f.rule == "dpa.penarikan"]
    assert f.expected == "1.000" and f.source_table == PENARIKAN_LABEL


@pytest.mark.parametrize("kode,level", [("2 16 01 1.02 01", "sub_kegiatan"), ("2 16 01", "program"),
                                         ("2.16.01.1.02", "kegiatan"), ("2", "urusan"), (None, None)])
def test_dpa_level_from_code(kode, level):
    assert dpa_level(kode, "x") == level


# --- LRA -----------------------------------------------------------------------------------------------

LRA_HEAD = [
    ["Urusan Pemerintahan : 2 Urusan Wajib Unit Organisasi : 2 . 10 . 01 DINAS X", "", "", "", "", ""],
    ["NO. URUT", "URAIAN", "ANGGARAN 2021", "REALISASI 2021", "(%)", "REALISASI 2020"],
]


def lra_rows(persen_pegawai: str = "92,18", surplus: str = "(5.910,00)") -> list[list[str]]:
    return LRA_HEAD + [
        ["1", "PENDAPATAN", "90,00", "90,00", "100,00", "0,00"],
        ["1 . 1", "PENDAPATAN ASLI DAERAH", "90,00", "90,00", "100,00", "0,00"],
        ["2", "BELANJA", "6.000,00", "5.500,00", "91,67", "0,00"],
        ["2 . 1", "BELANJA OPERASI", "6.000,00", "5.500,00", "91,67", "0,00"],
        ["2 . 1 . 1", "Belanja Pegawai", "5.000,00", "4.609,00", persen_pegawai, "0,00"],
        ["2 . 1 . 2", "Belanja Barang", "1.000,00", "891,00", "89,10", "0,00"],
        ["", "SURPLUS / (DEFISIT)", surplus, "(5.410,00)", "91,54", "0,00"],
    ]


def test_lra_lines_read_codes_levels_amounts_and_the_prior_year():
    r = extract(doc_of("LAPORAN REALISASI ANGGARAN 2021", lra_rows()))
    assert [t.kind for t in r.tables_found] == [TableKind.lra.value]
    by = {x.uraian: x for x in r.lra_lines}
    assert by["Belanja Pegawai"].kode == "2.1.1" and by["Belanja Pegawai"].level == "jenis"
    assert by["BELANJA"].level == "akun" and by["BELANJA OPERASI"].level == "kelompok"
    s = by["SURPLUS / (DEFISIT)"]
    assert (s.level, s.anggaran, s.realisasi, s.persen) == ("surplus", D("-5910.00"), D("-5410.00"), D("91.54"))
    assert by["PENDAPATAN"].realisasi_lalu == D("0.00")


def test_lra_that_adds_up_has_no_flag():
    r = extract(doc_of("LAPORAN REALISASI ANGGARAN 2021", lra_rows()))
    assert rules_of(r, "lra.") == []


def test_lra_wrong_percent_and_wrong_surplus_are_flagged():
    r = extract(doc_of("LRA 2021", lra_rows(persen_pegawai="93,18", surplus="(5.900,00)")))
    flags = {(f.rule, f.line_no): f for f in rules_of(r, "lra.")}
    assert sorted(flags) == [("lra.persen", 7), ("lra.persen", 9), ("lra.surplus", 9)]  # the deficit's % too
    p = flags[("lra.persen", 7)]
    assert p.found == "93,18" and p.expected == "92,18"
    assert flags[("lra.surplus", 9)].expected == "-5.910"


@pytest.mark.parametrize("kode,uraian,level", [("2", "BELANJA", "akun"), ("2.1.1", "x", "jenis"),
                                                (None, "SURPLUS / (DEFISIT)", "surplus"),
                                                (None, "SISA LEBIH PEMBIAYAAN ANGGARAN (SILPA)", "pembiayaan")])
def test_lra_level(kode, uraian, level):
    assert lra_level(kode, uraian) == level


# --- multi-year tables ----------------------------------------------------------------------------------

YEARS_HEAD = [
    ["Program/Kegiatan/Sub Kegiatan", "Anggaran pada Tahun ke-", "", "", "Realisasi Anggaran pada Tahun ke-", "", "",
     "Rasio antara Realisasi dan Anggaran", "", "", "Rata-rata Pertumbuhan"],
    ["", "2020", "2021", "2022", "2020", "2021", "2022", "2020", "2021", "2022", "Anggaran"],
    ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
]


def years_rows(total_2022: str = "3,000,000") -> list[list[str]]:
    return YEARS_HEAD + [
        ["JUMLAH", "2,000,000", "2,500,000", total_2022, "1,900,000", "2,000,000", "2,700,000", "95.00", "80.00",
         "90.00", ""],
        ["PROGRAM SATU", "2,000,000", "2,000,000", "2,000,000", "1,900,000", "1,600,000", "1,800,000", "95.00",
         "80.00", "90.00", "0.00"],
        ["Kegiatan A", "2,000,000", "2,000,000", "2,000,000", "1,900,000", "1,600,000", "1,800,000", "95.00",
         "80.00", "90.00", "0.00"],
        ["PROGRAM DUA", "0", "500,000", "1,000,000", "0", "400,000", "900,000", "#DIV/0!", "80.00", "90.00",
         "100.00"],
    ]


def test_multi_year_table_gives_one_line_per_year_in_english_separators():
    r = extract(doc_of("Tabel 2.6 Matrik Anggaran dan Realisasi Pendanaan", years_rows()))
    assert [t.kind for t in r.tables_found] == [TableKind.budget_years.value]
    assert r.budget_lines == []  # kept apart from the one-year budget tables
    total = {b.tahun: b for b in r.budget_years if b.level == "total"}
    assert sorted(total) == [2020, 2021, 2022]
    assert (total[2022].anggaran, total[2022].realisasi, total[2022].persen) == (D(3000000), D(2700000), D(90))
    progs = [b for b in r.budget_years if b.level == "program" and b.tahun == 2021]
    assert [b.uraian for b in progs] == ["PROGRAM SATU", "PROGRAM DUA"]
    div = next(b for b in r.budget_years if b.uraian == "PROGRAM DUA" and b.tahun == 2020)
    assert div.persen is None and any("#DIV/0!" in (w.raw or "") for w in r.warnings)
    assert not rules_of(r, "budget_years.")


def test_multi_year_total_that_is_not_its_programs_sum_is_flagged_for_its_year():
    r = extract(doc_of("Tabel 2.6", years_rows(total_2022="3,100,000")))
    flags = rules_of(r, "budget_years.")
    assert {f.rule for f in flags} == {"budget_years.total_sum", "budget_years.persen"}
    (t,) = [f for f in flags if f.rule == "budget_years.total_sum"]
    assert "2022" in t.message and t.expected == "3.000.000"


def test_multi_year_lines_reach_budget_lines_with_their_year():
    r = extract(doc_of("Tabel 2.6", years_rows()))
    df = r.to_tables()["budget_lines"]
    assert "tahun" in CONTRACT["budget_lines"]
    assert sorted(set(df["tahun"])) == [2020, 2021, 2022]
    assert len(df[(df["level"] == "program") & (df["tahun"] == 2022)]) == 2


PAGU_ROWS = [
    ["", "Program/Kegiatan/Sub Kegiatan", "Indikator", "Satuan", "Baseline 2024", "Target dan Pagu Indikatif Tahun",
     "", "", "", "", ""],
    ["", "", "", "", "", "2025 (Tahun-1)", "", "2026 (Tahun-2)", "", "2027 (Tahun-3)", ""],
    ["", "", "", "", "", "Target", "Pagu (Rp)", "Target", "Pagu (Rp)", "Target", "Pagu (Rp)"],
    ["7.01.", "01 PROGRAM PENUNJANG", "", "", "", "", "", "", "", "", ""],
    ["", "Meningkatnya kualitas", "Persentase pemenuhan", "%", "95", "95", "2,683,919,751", "95.5", "2,683,946,801",
     "96", "2,690,769,097"],
    ["7.01.", "01.2.01 Perencanaan", "", "", "", "", "", "", "", "", ""],
    ["", "Meningkatnya ketepatan", "Cakupan perencanaan", "%", "100", "100", "2,500,000", "100", "4,000,000", "100",
     "-"],
]


def test_target_and_pagu_per_year_take_the_name_row_above():
    r = extract(doc_of("Tabel 4.2 Rencana Program dan Pendanaan", PAGU_ROWS))
    lines = [(b.tahun, b.level, b.uraian, b.anggaran, b.output_target) for b in r.budget_years]
    assert lines[0] == (2025, "program", "7.01. 01 PROGRAM PENUNJANG", D("2683919751"), D(95))
    assert (2026, "program", "7.01. 01 PROGRAM PENUNJANG", D("2683946801"), D("95.5")) in lines
    keg = [x for x in lines if x[1] == "kegiatan"]
    assert [x[0] for x in keg] == [2025, 2026]  # 2027 prints "-": no pagu
    assert r.budget_years[0].output_uraian == "Persentase pemenuhan"


def test_head_years_span_the_empty_cells_to_their_right():
    assert head_years([["", "2025 (Tahun-1)", "", "2026", "", "2027", "Ket."]]) == {1: 2025, 2: 2025, 3: 2026,
                                                                                     4: 2026, 5: 2027}


@pytest.mark.parametrize("uraian,level", [("JUMLAH", "total"), ("PROGRAM PENUNJANG", "program"),
                                           ("7.01. 01 PROGRAM X", "program"), ("01.2.01 Perencanaan", "kegiatan"),
                                           ("01.2.01.0001 Penyusunan", "sub_kegiatan"), ("Penyediaan gaji", None)])
def test_year_line_level(uraian, level):
    assert year_line_level(uraian) == level


def test_title_rows_only_above_a_budget_header():
    assert title_rows(LRA_HEAD + [["1", "x", "1,00", "1,00", "100", "0"]]) == 1
    assert title_rows([["Judul", ""], ["No", "Indikator"], ["1", "x"]]) == 0  # no amount in the header
    assert title_rows([["a", "b", "c"], ["Uraian", "Anggaran", "x"]]) == 0  # the first row is no title


# --- the contract and PK Perubahan ----------------------------------------------------------------------


def test_contract_tables_of_the_budget_documents():
    r = extract(doc_of("DPPA", dppa_rows()))
    tables = r.to_tables()
    assert list(tables["dpa_lines"].columns) == CONTRACT["dpa_lines"]
    assert list(tables["lra_lines"].columns) == CONTRACT["lra_lines"] and tables["lra_lines"].empty
    row = tables["dpa_lines"].iloc[5].to_dict()
    assert (row["kode"], row["sebelum"], row["selisih"], row["page"]) == ("7 01 01 1.02 02", D(300), D(-150), 1)
    assert row["report_id"] == r.report_id


def _pk_doc(title: str) -> Document:
    rows = [["No", "Sasaran", "Indikator Kinerja", "Target"], ["1", "Meningkatnya layanan", "Indeks kepuasan", "80"]]
    table = Table(rows=[TableRow(cells=c, page=1) for c in rows], page=1, n_cols=4)
    return Document(source_file="pk.pdf", input_format="pdf", pages=2,
                    blocks=[Paragraph(text=title, page=1), Paragraph(text="TAHUN 2021", page=1), table])


def test_pk_perubahan_is_marked_from_its_heading():
    revised = extract(_pk_doc("PERJANJIAN KINERJA PERUBAHAN"))
    first = extract(_pk_doc("PERJANJIAN KINERJA"))
    assert [p.perubahan for p in revised.pks] == [True] and [p.perubahan for p in first.pks] == [False]
    assert revised.to_tables()["pk_targets"]["perubahan"].tolist() == [True]


# --- the real documents ------------------------------------------------------------------------------------


@pytest.mark.skipif(not (REAL / "sulut_Diskominfo_DPPA_Rekap_2021.pdf").exists(), reason="../shared/real absent")
def test_real_dppa_gives_its_programs_and_withdrawal_plan():
    from lkjip.pipeline import extract_report

    r = extract_report(REAL / "sulut_Diskominfo_DPPA_Rekap_2021.pdf")
    by = {x.kode: x for x in r.dpa_lines if x.kode}
    assert (by["2 16"].sebelum, by["2 16"].sesudah, by["2 16"].selisih) == (D(23780868428), D(24822678901),
                                                                            D(1041810473))
    assert by["2 16 01"].selisih == D(-300166028) and by["2 16 01 1.02 01"].sesudah == D(6151678132)
    assert by["2 21"].sesudah == D(77563873)
    plan = [x for x in r.dpa_lines if x.source_table == PENARIKAN_LABEL]
    assert len(plan) == 13 and plan[-1].anggaran == D(24900242774)
    assert rules_of(r, "dpa.") == []  # the document's own arithmetic holds


@pytest.mark.skipif(not (REAL / "banyuwangi_Kec_Muncar_Renstra_2025-2029.pdf").exists(),
                    reason="../shared/real absent")
def test_real_renstra_budget_matrix_per_year():
    from lkjip.pipeline import extract_report

    r = extract_report(REAL / "banyuwangi_Kec_Muncar_Renstra_2025-2029.pdf")
    rows = [b for b in r.budget_years if b.source_table == "Tabel 2.6"]
    total = {b.tahun: b for b in rows if b.level == "total"}
    assert (total[2024].anggaran, total[2024].realisasi, total[2024].persen) == (D(3831102351), D(3361311356),
                                                                                 D("87.74"))
    assert total[2020].anggaran == D(2726810205)
    assert sum(1 for b in rows if b.level == "program" and b.tahun == 2024) == 5
    pagu = next(b for b in r.budget_years if b.source_table == "Tabel 4.2" and b.tahun == 2025)
    assert (pagu.anggaran, pagu.output_target) == (D(2683919751), D(95))
    assert rules_of(r, "budget_years.total_sum") == []
