"""Real documents from other regions and years (../shared/real): what each must give.

One test per document and claim; they skip when ../shared is absent. Every fix behind them
lives in a general mechanism (no branch keyed to a file, an instansi or a row label).
"""

from __future__ import annotations

import datetime
import shutil
from collections import Counter
from decimal import Decimal as D

import pytest

from bench.real_facts import IDENTITY
from lkjip import extract_report
from lkjip.pipeline import FULLY_SUPPORTED

#: what each document is: (document_type, instansi as the document names it, tahun), kept in one place with the
#: bench that scores the same documents
DOCS = IDENTITY
#: types whose records are typed by another area (the budget documents): partial until then
BUDGET_DOCS = ("lra", "dpa", "dpa_perubahan")
_cache: dict[str, object] = {}


def report(real_dir, name):
    if name not in _cache:
        _cache[name] = extract_report(real_dir / name)
    return _cache[name]



def _need_tesseract() -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-ind)")


@pytest.mark.parametrize("name", sorted(DOCS))
def test_type_instansi_year(real_dir, name):
    if "scan" in name:
        _need_tesseract()
    r = report(real_dir, name)
    doc_type, instansi, tahun = DOCS[name]
    assert r.status in ("success", "partial"), r.errors
    assert (r.document_type, r.meta.instansi, r.meta.tahun) == (doc_type, instansi, tahun)
    assert r.status != "failed" and not any(e.category == "not_a_report" for e in r.errors)
    unsupported = any(e.category == "unsupported_type" for e in r.errors)
    assert unsupported == (doc_type not in FULLY_SUPPORTED)


def test_provinces(real_dir):
    for name in ("jabar_BPMPD_LKIP2016_full.pdf", "jabar_Inspektorat_LKIP2016_Lampiran2_PK.pdf",
                 "jabar_DinasKUMKM_LKIP2016_Lampiran3_PK.pdf"):
        r = report(real_dir, name)
        assert (r.meta.provinsi, r.meta.kabupaten) == ("Jawa Barat", None), name


def test_inspektorat_pk_targets(real_dir):
    r = report(real_dir, "jabar_Inspektorat_LKIP2016_Lampiran2_PK.pdf")
    (pk,) = r.pks
    assert pk.tahun == 2016
    assert len(pk.targets) == 13
    assert len({t.sasaran for t in pk.targets}) == 7
    by_text = {t.target_text: t for t in pk.targets}
    assert (by_text["3,000 poin"].target, by_text["3,000 poin"].satuan) == (D(3000), "poin")  # English separator
    assert by_text["WTP"].target is None and by_text["III"].target is None and by_text["A"].target is None
    hijau = next(t for t in pk.targets if t.note == "Hijau")
    assert (hijau.target, hijau.satuan) == (D(100), "%")
    assert (by_text["73 orang"].target, by_text["73 orang"].satuan) == (D(73), "orang")
    assert all(t.target is not None or t.target_text in {"WTP", "A", "III"} for t in pk.targets)


def test_kumkm_volume_satuan_and_programs(real_dir):
    r = report(real_dir, "jabar_DinasKUMKM_LKIP2016_Lampiran3_PK.pdf")
    (pk,) = r.pks
    got = [(t.indikator.split()[0], t.target, t.satuan) for t in pk.targets]
    assert len(got) == 8
    assert got[0] == ("Jumlah", D(16478), "Koperasi")
    assert got[6] == ("Jumlah", D(3300), "Orang")
    assert Counter(s for _, _, s in got)["%"] == 5
    assert all(not t.indikator.startswith("-") for t in pk.targets)  # bullets are not the indicator
    assert pk.budgets and pk.budgets[0].program.startswith("Program Pengembangan Sistem Pendukung Usaha")
    assert all(t.program for t in pk.targets)  # the Program cell spans every sasaran below it


@pytest.mark.slow
def test_jatisrono_scan_program_budgets(real_dir):
    _need_tesseract()
    r = report(real_dir, "wonogiri_PK_Camat_Jatisrono_2019_scan.pdf")
    (pk,) = r.pks
    programs = [b for b in pk.budgets if not b.is_total]
    (total,) = [b for b in pk.budgets if b.is_total]
    assert len(programs) == 4
    assert total.anggaran == D("3105911024")
    assert sum(b.anggaran for b in programs) == total.anggaran  # checked by the sum
    assert r.meta.kabupaten == "Wonogiri"


def test_bpmpd_budget_tables(real_dir):
    r = report(real_dir, "jabar_BPMPD_LKIP2016_full.pdf")
    tables = r.budget_tables()
    rekap = next(t for t in tables if t.startswith("REKAPITULASI"))
    rincian = next(t for t in tables if t.startswith("RINCIAN"))
    levels = [b.level for b in r.budget_table(rekap)]
    assert levels == ["belanja", "belanja", "total"]  # Belanja Tidak Langsung / Belanja Langsung / Jumlah
    lines = r.budget_table(rincian)
    assert Counter(b.level for b in lines) == {"program": 11, "kegiatan": 25, "total": 1}  # no sub kegiatan (pre-2021)
    assert all(b.sisa is not None for b in lines)
    first = lines[0]
    assert (first.nomor, first.anggaran, first.realisasi, first.sisa, first.persen) == (
        "I", D("900000000.00"), D("869633513.00"), D("30366487.00"), D("96.63"))
    # kept exactly as printed: two lines whose printed sisa is not anggaran − realisasi (the validator flags them)
    off = {b.uraian.split()[1] for b in lines if b.anggaran - b.realisasi != b.sisa}
    assert off == {"Peningkatan", "Posyantek"}


def test_bpmpd_malformed_numbers_repaired_only_when_confirmed(real_dir):
    r = report(real_dir, "jabar_BPMPD_LKIP2016_full.pdf")
    cells = {(c.raw, c.accepted, bool(c.confirmed_by)) for b in r.budget_lines for c in b.malformed}
    assert ("3.8000.000.000,00", D("3800000000.00"), True) in cells
    assert ("37.664.381200,00", D("37664381200.00"), True) in cells
    assert ("4.633.890749,00", D("4633890749.00"), True) in cells
    warned = {w.raw for w in r.warnings if w.code == "number.malformed"}
    assert {"3.8000.000.000,00", "37.664.381200,00", "4.633.890749,00"} <= warned
    flagged = [f for f in r.flags if f.rule == "number.malformed"]
    if flagged:  # the validator states each repair with what confirmed it
        assert any(f.found == "3.8000.000.000,00" and "3.800.000.000" in (f.expected or "") for f in flagged)


def test_bpmpd_pk_inside_lkjip(real_dir):
    r = report(real_dir, "jabar_BPMPD_LKIP2016_full.pdf")
    targets = [t for pk in r.pks for t in pk.targets]
    assert len(targets) >= 10
    assert all(not t.indikator[:1].isdigit() for t in targets)  # "1.Persentase …" numbering stripped


def test_renstra_targets(real_dir):
    r = report(real_dir, "wonogiri_Renstra_Kec_Batuwarno_2016-2021.pdf")
    period = [t for t in r.renstra_targets if t.tahun is None]
    yearly = [t for t in r.renstra_targets if t.tahun is not None]
    assert len(period) >= 12 and all(t.satuan for t in period)
    assert {t.tahun for t in yearly} == {2016, 2017, 2018, 2019, 2020}
    first = [t for t in yearly if t.indikator.startswith("Persentase pelayanan administrasi")]
    assert [t.target for t in first] == [D("98.2"), D("98.3"), D("98.3"), D("98.4"), D("97.7")]


def test_tangsel_evaluasi_renja(real_dir):
    r = report(real_dir, "tangsel_Evaluasi_Renja_TW_I-IV_2023_Kec_Ciputat_Pamulang.pdf")
    assert r.status == "success"  # its quarterly K and Rp columns are typed
    q = r.quarterly_progress
    assert {t.kind for t in r.tables_found} == {"quarterly_progress"} and len(q) > 200
    office = [x for x in q if x.uraian == "KECAMATAN CIPUTAT"]
    assert [(x.level, x.triwulan, x.rp) for x in office] == [("total", 1, D("4504316352")), ("total", 2, D("8393024418"))]
    cakupan = [x for x in q if x.uraian == "Administrasi Keuangan Perangkat Daerah" and x.triwulan == 1]
    assert (cakupan[0].kinerja, cakupan[0].kinerja_text, cakupan[0].rp) == (D("21.50"), "21,50%", D("2297713805"))
    assert any(x.level == "program" and x.uraian.startswith("PROGRAM PENUNJANG") for x in q)


def test_iku_indicators(real_dir):
    r = report(real_dir, "wonogiri_IKU_Kec_Batuwarno_2019.pdf")
    assert r.status == "success"
    got = r.indicator_targets
    assert len(got) == 4 and all(t.tahun == 2019 and t.document_type == "iku" for t in got)
    assert got[0].indikator == "Persentase pelayanan administrasi kependudukan tepat waktu"
    assert got[0].sasaran == got[1].sasaran  # a sasaran spanning two indicators
    assert len({t.sasaran for t in got}) == 3


def test_renja_lines(real_dir):
    r = report(real_dir, "wonogiri_Renja_Kec_Ngadirojo_2019.pdf")
    assert r.status == "success"
    lines = r.renja_lines
    first = next(x for x in lines if x.kode == "4.10.4.10.03.01.")
    assert (first.level, first.pagu, first.target, first.satuan) == ("program", D(315000000), D(233), "lembar meterai")
    keg = next(x for x in lines if x.kode == "4.10.4.10.03.01.017.")  # a dotted code over a page break
    assert (keg.level, keg.uraian, keg.pagu) == ("kegiatan", "Penyediaan Makanan dan Minuman", D(12000000))
    assert Counter(x.level for x in lines)["program"] >= 6
    assert any(w.code == "number.thousands" for w in r.warnings)  # "(Rp. 000)" scaled, and said so


def test_lra_and_dppa_are_typed_not_refused(real_dir):
    for name in ("sulut_Diskominfo_LRA_2021.pdf", "sulut_Diskominfo_DPPA_Rekap_2021.pdf"):
        r = report(real_dir, name)
        assert r.document_type in BUDGET_DOCS and r.status != "failed", name
        assert r.meta.provinsi == "Sulawesi Utara", name


def test_lra_ruled_by_bands_gives_one_row_per_account(real_dir):
    """The LRA rules its amount columns by groups of rows and its code and URAIAN columns not at all: every
    account still gets its own row with its own amounts (stacked values split into rows, lkjip.extract.layout.stacked)."""
    r = report(real_dir, "sulut_Diskominfo_LRA_2021.pdf")
    rows = {x.kode or x.uraian: x for x in r.lra_lines}
    assert len(r.lra_lines) == 12
    assert [x.kode for x in r.lra_lines[:10]] == ["1", "1.1", "1.1.4", "2", "2.1", "2.1.1", "2.1.2", "2.1.5", "2.2", "2.2.2"]
    assert (rows["2.1.1"].uraian, rows["2.1.1"].anggaran, rows["2.1.1"].realisasi) == (
        "Belanja Pegawai", D("6170278132.00"), D("5687741269.00"))
    assert (rows["2.1.2"].anggaran, rows["2.1.5"].persen) == (D("15762514612.00"), D("100.00"))
    assert rows["SURPLUS / (DEFISIT)"].anggaran == D("-24811142774.00")
    assert not [f for f in r.flags if f.severity == "error"]


# --- scanned PKs (issue #13): indicators and program budgets -----------------------------------------

KEDIRI_SCAN = "kediri_Bappeda_PK_2018_scan.pdf"
SULUT_SCAN = "sulut_Diskominfo_PK_2021_scan.pdf"


def _scan_pk(real_dir, name):
    _need_tesseract()
    r = report(real_dir, name)
    pks = [p for p in r.pks if p.targets or p.budgets]
    assert len(pks) == 1, [(p.tahun, len(p.targets), len(p.budgets)) for p in r.pks]
    return pks[0]


@pytest.mark.slow
def test_kediri_scan_one_sasaran_over_four_indicators(real_dir):
    """The sasaran cell spans four indicators that only white space separates (no row lines)."""
    pk = _scan_pk(real_dir, KEDIRI_SCAN)
    assert len(pk.targets) == 4 and len({t.sasaran for t in pk.targets}) == 1
    assert [t.target for t in pk.targets] == [D(90), D(90), D(90), D(100)]
    assert pk.targets[0].indikator.startswith("Persentase keselarasan program RKPD")
    assert pk.targets[-1].indikator.endswith("dimanfaatkan stakeholder")


@pytest.mark.slow
def test_kediri_scan_program_budgets_sum_to_their_jumlah(real_dir):
    """A budget list without ruling lines: a bold header, amounts read unsure, "Rp" in a column of its own."""
    pk = _scan_pk(real_dir, KEDIRI_SCAN)
    programs = [b for b in pk.budgets if not b.is_total]
    (total,) = [b for b in pk.budgets if b.is_total]
    assert len(programs) == 11
    assert total.anggaran == D("9082500000")
    assert sum(b.anggaran for b in programs) == total.anggaran  # the OCR digits, checked by the sum
    assert programs[0].anggaran == D("1107000000") and programs[-1].anggaran == D("2155000000")


@pytest.mark.slow
def test_sulut_scan_three_indicators_under_two_sasaran(real_dir):
    """Page 2 is skewed and its header bold; page 4 (Pengukuran Kinerja 2020) is no PK target table."""
    pk = _scan_pk(real_dir, SULUT_SCAN)
    assert [t.target for t in pk.targets] == [D(90), D(100), D(100)]
    assert len({t.sasaran for t in pk.targets}) == 2


@pytest.mark.slow
def test_sulut_scan_program_budgets_with_a_stray_space_sum_to_their_jumlah(real_dir):
    """The budget table's grey, broken rulings hold; "9.985.639. 757,-" is one amount."""
    pk = _scan_pk(real_dir, SULUT_SCAN)
    programs = [b for b in pk.budgets if not b.is_total]
    (total,) = [b for b in pk.budgets if b.is_total]
    assert [b.anggaran for b in programs] == [D("7838434333"), D("9985639757"), D("5956794338"), D("191167770")]
    assert total.anggaran == D("23972036198") == sum(b.anggaran for b in programs)


@pytest.mark.slow
def test_kediri_scan_signed_in_a_month_with_the_day_left_blank(real_dir):
    """"Kediri, Januari 2018": the day is left blank for the hand signature; the parties are named without
    colons ("Nama DEDE …"): both keep the month, with a warning."""
    _need_tesseract()
    r = report(real_dir, KEDIRI_SCAN)
    sigs = [s for s in r.signatories if s.context == "PK 2018"]
    assert {s.role for s in sigs} == {"pihak_pertama", "pihak_kedua"}
    assert {(s.date, s.date_precision) for s in sigs} == {(datetime.date(2018, 1, 1), "month")}
    (w,) = [w for w in r.warnings if w.code == "date.day_missing"]
    assert "Kediri" in w.raw and w.raw.endswith(", Januari 2018") and "2018-01" in w.message  # as OCR read it
    assert r.to_tables()["signatories"]["date_precision"].tolist() == ["month", "month"]


def test_cianjur_belanja_langsung_with_its_realisasi_right_of_its_column(real_dir):
    """AKUNTABILITAS KEUANGAN: the REALISASI header spans two reader columns and the belanja rows print
    their amounts in the second; the capaian of 2014 beside 2015's is not this year's %."""
    r = report(real_dir, "cianjur_DKP_LAKIP_2015.pdf")
    (bl,) = [b for b in r.budget_lines if b.uraian.endswith("Belanja Langsung")]
    assert (bl.anggaran, bl.realisasi, bl.persen) == (D("15052945500"), D("14835738968"), D("98.56"))
