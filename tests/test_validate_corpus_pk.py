"""A Perjanjian Kinerja delivered as its own file is checked against the LKjIP of the same office and year."""

from __future__ import annotations

from decimal import Decimal as D

import pandas as pd

from lkjip.model import (
    BudgetLine,
    Performance,
    PerjanjianKinerja,
    PKBudget,
    PKTarget,
    Provenance,
    Report,
    ReportMeta,
)
from lkjip.normalize.names import instansi_keys
from lkjip.tables import CONTRACT
from lkjip.validate.corpus import check_corpus


def _tables(*reports: Report) -> dict[str, pd.DataFrame]:
    parts = [r.to_tables() for r in reports]
    return {name: pd.concat([p[name] for p in parts], ignore_index=True) for name in CONTRACT}


def _lkjip() -> Report:
    return Report(
        report_id="lk", source_file="lkjip-dinas-kumkm-2016.pdf", sha256="a", input_format="pdf",
        document_type="lkjip", meta=ReportMeta(instansi="Dinas KUMKM", provinsi="Jawa Barat", tahun=2016),
        performance=[
            Performance(source_table="Tabel 3.1", indikator="Jumlah Koperasi aktif", tahun=2016,
                        target=D(16000), target_text="16.000", realisasi=D(16100)),
        ],
        budget_lines=[
            BudgetLine(source_table="Tabel 3.6", line_no=1, level="program", uraian="Program Pengembangan Koperasi",
                       anggaran=D("1500000000"), realisasi=D("1400000000"), source=Provenance(page=40)),
        ],
    )


def _pk_file(instansi: str) -> Report:
    pk = PerjanjianKinerja(tahun=2016, label="Lampiran PK 2016", targets=[
        PKTarget(indikator="Jumlah Koperasi aktif", target=D(16478), target_text="16.478", satuan="Koperasi"),
        PKTarget(indikator="Jumlah wirausaha baru", target=D(3300), target_text="3.300", satuan="Orang"),
    ], budgets=[PKBudget(program="Pengembangan Koperasi", anggaran=D("1750000000"))])
    return Report(report_id="pk", source_file="pk-dinas-kumkm-2016.pdf", sha256="b", input_format="pdf",
                  document_type="pk", meta=ReportMeta(instansi=instansi, provinsi="Jawa Barat", tahun=2016),
                  pks=[pk])


def test_office_names_match_by_acronym():
    assert instansi_keys("Dinas Koperasi dan Usaha Mikro Kecil dan Menengah") & instansi_keys("Dinas KUMKM")
    assert not instansi_keys("Dinas Pendidikan") & instansi_keys("Dinas KUMKM")


def test_pk_file_checked_against_the_lkjip():
    flags = check_corpus(_tables(_lkjip(), _pk_file("Dinas Koperasi dan Usaha Mikro Kecil dan Menengah")))
    got = {(f["rule"], f["severity"], f["expected"], f["found"]) for f in flags.to_dict("records")}
    assert got == {
        ("corpus.pk_target_mismatch", "error", "16.478", "16.000"),
        ("corpus.pk_missing_indicator", "error", "3.300", None),
        ("corpus.pk_budget_mismatch", "warning", "1.750.000.000", "1.500.000.000"),
    }
    for f in flags.to_dict("records"):
        assert f["report_id"] == "lk"
        assert "pk-dinas-kumkm-2016.pdf" in f["evidence"] and "lkjip-dinas-kumkm-2016.pdf" in f["evidence"]
    by_rule = {f["rule"]: f for f in flags.to_dict("records")}
    budget = by_rule["corpus.pk_budget_mismatch"]
    assert (budget["source_table"], budget["page"]) == ("Tabel 3.6", 40)  # the LKjIP's row
    assert budget["message"].startswith("Anggaran Pengembangan Koperasi di PK 2016 (berkas tersendiri) "
                                        "1.750.000.000 berbeda dengan 1.500.000.000 di Tabel 3.6 LKjIP")


def test_pk_file_flags_in_english():
    flags = check_corpus(_tables(_lkjip(), _pk_file("Dinas KUMKM")), lang="en")
    messages = sorted(flags["message"])
    assert messages[0].startswith("Budget of Pengembangan Koperasi in PK 2016 (a separate file)")
    assert messages[1].startswith("PK 2016 indicator \"Jumlah wirausaha baru\" (target 3.300, separate PK file)")
    assert messages[2].startswith("Target 2016 of Jumlah Koperasi aktif in Tabel 3.1 of the LKjIP is printed 16.000")


def test_pk_file_targets_compare_at_the_printed_precision():
    lk, pk = _lkjip(), _pk_file("Dinas KUMKM")
    lk.performance[0].target, lk.performance[0].target_text = D("75.46"), "75,46"
    pk.pks[0].targets[0].target, pk.pks[0].targets[0].target_text = D("75.5"), "75,5"
    assert "corpus.pk_target_mismatch" not in set(check_corpus(_tables(lk, pk))["rule"])
    pk.pks[0].targets[0].target, pk.pks[0].targets[0].target_text = D("75.6"), "75,6"
    assert "corpus.pk_target_mismatch" in set(check_corpus(_tables(lk, pk))["rule"])


def test_a_tujuan_indicator_of_a_pk_file_missing_is_a_warning():
    pk = _pk_file("Dinas KUMKM")
    pk.pks[0].targets[1].level = "tujuan"
    flags = check_corpus(_tables(_lkjip(), pk))
    (missing,) = flags[flags["rule"] == "corpus.pk_missing_indicator"].to_dict("records")
    assert missing["severity"] == "warning"


def test_pk_of_another_office_or_year_is_not_linked():
    other = _pk_file("Dinas Pendidikan")
    assert check_corpus(_tables(_lkjip(), other)).empty
    later = _pk_file("Dinas KUMKM")
    later.meta.tahun = 2017
    assert check_corpus(_tables(_lkjip(), later)).empty
