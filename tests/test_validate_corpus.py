"""Cross-report rules (``corpus.*``): duplicates, prior-year mismatches, outliers among kecamatan; their figures."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_batch_fake import make_report

from lkjip.tables import CONTRACT
from lkjip.validate import corpus as cc
from lkjip.validate import corpus_facts


def tables_of(*reports) -> dict[str, pd.DataFrame]:
    per = [r.to_tables() for r in reports]
    return {t: pd.concat([p[t] for p in per], ignore_index=True) for t in CONTRACT}


def flags_of(rule: str, *reports, lang: str = "id") -> list[dict]:
    df = cc.check_corpus(tables_of(*reports), lang=lang)
    assert list(df.columns) == CONTRACT["flags"]
    return [f for f in df.to_dict("records") if f["rule"] == rule]


# --- duplicate_report ----------------------------------------------------------------------------


def test_same_instansi_and_year_with_different_numbers_is_flagged_on_the_later_file():
    a = make_report("Kecamatan Alpha", anggaran="1000000.00", source_file="a/alpha-2022.txt")
    b = make_report("KECAMATAN  ALPHA", anggaran="1200000.00", source_file="b/alpha-2022-rev.pdf")
    (f,) = flags_of(cc.DUPLICATE, b, a)
    assert f["report_id"] == b.report_id and f["severity"] == "warning"
    assert "a/alpha-2022.txt" in f["evidence"] and "b/alpha-2022-rev.pdf" in f["evidence"]
    assert "1.200.000" in f["evidence"] and "1.000.000" in f["evidence"]
    assert (f["expected"], f["found"]) == ("1000000.00", "1200000.00")
    assert f["message"] == ("KECAMATAN  ALPHA 2022 dilaporkan dua kali dengan angka berbeda (1 angka berbeda, mis. "
                            "total anggaran: 1.200.000 di sini, 1.000.000 di a/alpha-2022.txt)")
    (en,) = flags_of(cc.DUPLICATE, b, a, lang="en")
    assert en["message"].startswith("KECAMATAN  ALPHA 2022 is reported twice with different numbers (1 differ")
    assert "Tabel 3.6 baris 41" in f["evidence"] and "Tabel 3.6 line 41" in en["evidence"]


def test_same_numbers_in_two_files_is_not_a_duplicate_finding():
    a = make_report("Kecamatan Alpha", source_file="alpha.txt")
    b = make_report("Kecamatan Alpha", source_file="alpha.pdf", sha="f" * 64)
    assert flags_of(cc.DUPLICATE, a, b) == []


def test_different_years_or_kabupaten_are_not_duplicates():
    a = make_report("Kecamatan Alpha", tahun=2022, anggaran="1.00")
    b = make_report("Kecamatan Alpha", tahun=2023, anggaran="2.00")
    c = make_report("Kecamatan Alpha", kabupaten="Bangkalan", anggaran="3.00")
    assert flags_of(cc.DUPLICATE, a, b, c) == []


def test_failed_reports_take_no_part():
    a = make_report("Kecamatan Alpha", anggaran="1.00")
    b = make_report("Kecamatan Alpha", anggaran="2.00", status="failed")
    assert flags_of(cc.DUPLICATE, a, b) == []


# --- prior_year_mismatch ---------------------------------------------------------------------------


def test_prior_year_realisasi_that_disagrees_with_last_years_report():
    y21 = make_report("Kecamatan Alpha", tahun=2021, ikm_real="81.81", source_file="alpha-2021.txt")
    y22 = make_report("Kecamatan Alpha", tahun=2022, ikm_prev="80.00", source_file="alpha-2022.txt")
    (f,) = flags_of(cc.PRIOR_YEAR, y21, y22)
    assert f["report_id"] == y22.report_id and f["severity"] == "warning"
    assert (f["expected"], f["found"]) == ("81.81", "80.00")
    assert f["source_table"] == "Tabel 3.1" and f["line_no"] == 20
    assert "alpha-2021.txt" in f["evidence"] and "alpha-2022.txt" in f["evidence"] and "81,81" in f["evidence"]
    assert f["uncertain"] is False


def test_prior_year_realisasi_that_agrees_is_not_flagged():
    y21 = make_report("Kecamatan Alpha", tahun=2021, ikm_real="81.81")
    y22 = make_report("Kecamatan Alpha", tahun=2022, ikm_prev="81.810")
    assert flags_of(cc.PRIOR_YEAR, y21, y22) == []


def test_prior_year_of_another_kecamatan_is_not_compared():
    y21 = make_report("Kecamatan Beta", tahun=2021, ikm_real="70.00")
    y22 = make_report("Kecamatan Alpha", tahun=2022, ikm_prev="80.00")
    assert flags_of(cc.PRIOR_YEAR, y21, y22) == []


def test_a_fuzzy_indicator_match_is_marked_uncertain():
    y21 = make_report("Kecamatan Alpha", tahun=2021, ikm_real="81.81")
    y21.performance[0].indikator = "Indeks kepuasan masyarakat kecamatan"
    y22 = make_report("Kecamatan Alpha", tahun=2022, ikm_prev="80.00")
    (f,) = flags_of(cc.PRIOR_YEAR, y21, y22)
    assert f["uncertain"] is True and "menurut kemiripan nama: 'Indeks kepuasan masyarakat kecamatan'" in f["evidence"]
    assert f["message"].endswith("(pencocokan nama tidak pasti)")


def test_an_indicator_too_unlike_last_years_is_not_compared():
    y21 = make_report("Kecamatan Alpha", tahun=2021, ikm_real="81.81")
    y21.performance[0].indikator = "Jumlah kunjungan wisatawan"
    y22 = make_report("Kecamatan Alpha", tahun=2022, ikm_prev="80.00")
    assert flags_of(cc.PRIOR_YEAR, y21, y22) == []


# --- outliers --------------------------------------------------------------------------------------


def _kab(n: int, *, serapan_of=None, ikm_of=None):
    out = []
    for i in range(n):
        real = serapan_of(i) if serapan_of else str(950000 + 1000 * i)
        ikm = ikm_of(i) if ikm_of else f"{81 + i / 10:.2f}"
        out.append(make_report(f"Kecamatan K{i}", anggaran="1000000.00", realisasi=real, ikm_real=ikm,
                               ikm_prev=None, source_file=f"k{i}.txt"))
    return out


def test_an_absorption_far_from_the_other_kecamatan_is_an_info_flag():
    reps = _kab(6, serapan_of=lambda i: "400000.00" if i == 3 else str(950000 + 1000 * i))
    fs = flags_of(cc.OUTLIER, *reps)
    assert len(fs) == 1
    f = fs[0]
    assert f["report_id"] == reps[3].report_id and f["severity"] == "info"
    assert f["message"].startswith("Serapan anggaran Kecamatan K3 40,00 % jauh dari instansi lain di Sampang 2022")
    assert "k3.txt" in f["evidence"] and "k0.txt" in f["evidence"]
    (en,) = flags_of(cc.OUTLIER, *reps, lang="en")
    assert en["message"].startswith("Budget absorption 40,00 % of Kecamatan K3 is far from the other offices")


def test_an_ikm_far_from_the_others_is_an_info_flag():
    reps = _kab(5, ikm_of=lambda i: "55.00" if i == 0 else f"{81 + i / 10:.2f}")
    fs = flags_of(cc.OUTLIER, *reps)
    assert [f["report_id"] for f in fs] == [reps[0].report_id]
    assert "IKM" in fs[0]["message"]


def test_no_outlier_in_a_homogeneous_kabupaten_or_a_small_group():
    assert flags_of(cc.OUTLIER, *_kab(8)) == []
    few = _kab(3, serapan_of=lambda i: "100000.00" if i == 0 else "950000.00")
    assert flags_of(cc.OUTLIER, *few) == []


@given(st.lists(st.decimals(min_value=0, max_value=200, places=2, allow_nan=False), min_size=4, max_size=30))
def test_robust_z_is_shift_invariant_and_centred(values):
    z = cc.robust_z(values)
    shifted = cc.robust_z([v + 7 for v in values])
    assert z == shifted
    if all(x is None for x in z):
        assert len(set(values)) == 1 or cc.median([abs(v - cc.median(values)) for v in values]) == 0
    else:
        med = cc.median(values)
        for v, zi in zip(values, z, strict=True):
            assert (zi > 0) == (v > med) and (zi < 0) == (v < med)


# --- figures ---------------------------------------------------------------------------------------


def test_budget_total_prefers_a_total_line_with_realisasi_then_programs():
    r = make_report(anggaran="200.00", realisasi="150.00")
    tables = r.to_tables()
    t = corpus_facts.budget_totals(tables["budget_lines"])[r.report_id]
    assert (t.anggaran, t.realisasi, t.basis, t.serapan) == (Decimal("200.00"), Decimal("150.00"), "total",
                                                           Decimal(75))
    no_total = tables["budget_lines"][tables["budget_lines"]["level"] != "total"]
    t2 = corpus_facts.budget_totals(no_total)[r.report_id]
    assert t2.basis == "programs" and t2.anggaran == Decimal("200.00")


def test_indicators_are_keyed_by_the_one_name_key():
    a = make_report(tahun=2022)
    a.performance[0].indikator = "Persentase desa (%) dengan tata-kelola baik"
    tables = a.to_tables()
    (key,) = corpus_facts.indicator_values(tables["performance"], {a.report_id: 2022})[a.report_id]
    assert key == "persentase desa dengan tata kelola baik"


def test_the_corpus_rules_need_their_tables():
    tables = tables_of(make_report())
    del tables["pk_targets"]
    with pytest.raises(KeyError, match="missing: pk_targets"):
        cc.check_corpus(tables)
