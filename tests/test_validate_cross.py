"""Cross-table, text and document rules on reports built directly (no seed needed)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjip.model import (
    BudgetLine,
    NarrativeClaim,
    Performance,
    PerjanjianKinerja,
    PKTarget,
    Provenance,
    Reference,
    RenstraTarget,
    Report,
    ReportMeta,
    Signatory,
)
from lkjip.normalize.numbers import format_money
from lkjip.validate import validate_report
from lkjip.validate.direction import direction

D = Decimal


def report(**kw) -> Report:
    return Report(report_id="x", source_file="x.txt", sha256="", input_format="text",
                  meta=ReportMeta(tahun=2023), **kw)


def budget_table(label: str, rows: list[tuple[str, str, int | None, int | None]], first_line: int,
                 *, total: bool = True) -> list[BudgetLine]:
    """(level, uraian, anggaran, realisasi) rows; programs parented to a closing Jumlah row."""
    out = []
    n_total = len(rows) + 1
    for i, (level, name, a, r) in enumerate(rows, 1):
        parent = n_total if level == "program" and total else None
        if level == "kegiatan":
            parent = max(b.line_no for b in out if b.level == "program")
        cells = [name] + [format_money(D(v)) for v in (a, r) if v is not None]
        out.append(BudgetLine(source_table=label, line_no=i, level=level, parent_line_no=parent, uraian=name,
                              anggaran=None if a is None else D(a), realisasi=None if r is None else D(r),
                              source=Provenance(table=label, line_no=first_line + i, raw=cells)))
    if total:
        progs = [b for b in out if b.level == "program"]
        a = sum((b.anggaran for b in progs if b.anggaran is not None), D(0)) if any(b.anggaran for b in progs) else None
        r = sum((b.realisasi for b in progs if b.realisasi is not None), D(0)) if any(b.realisasi for b in progs) else None
        out.append(BudgetLine(source_table=label, line_no=n_total, level="total", uraian="Jumlah", anggaran=a,
                              realisasi=r, source=Provenance(table=label, line_no=first_line + n_total,
                                                            raw=["Jumlah", *(format_money(v) for v in (a, r) if v)])))
    return out


PROGRAMS = [("program", f"Program Pelayanan Bidang {w}", a, r) for w, a, r in [
    ("Administrasi", 5_000_000, 4_500_000), ("Kesehatan", 7_000_000, 6_000_000), ("Pendidikan", 3_000_000, 2_900_000),
    ("Perhubungan", 2_000_000, 1_000_000), ("Pertanian", 1_000_000, 900_000)]]


def test_one_program_differing_between_tables_is_flagged_once():
    other = [(lv, n.upper(), a, r + (1000 if i == 1 else 0)) for i, (lv, n, a, r) in enumerate(PROGRAMS)]
    a = budget_table("Tabel A", PROGRAMS, 10)
    b = budget_table("Tabel B", other, 30)
    third = budget_table("Tabel C", PROGRAMS, 50)
    flags = [f for f in validate_report(report(budget_lines=a + b + third)) if f.rule == "cross.budget_mismatch"]
    # the program line and the total of Tabel B disagree with A and C
    assert sorted((f.source_table, f.line_no, f.expected, f.found) for f in flags) == [
        ("Tabel B", 32, "6.000.000", "6.001.000"), ("Tabel B", 36, "15.300.000", "15.301.000")]
    assert all("Tabel A" in f.evidence and "Tabel C" in f.evidence for f in flags)
    assert not any(f.uncertain for f in flags)  # upper case is the same name


def test_a_column_holding_the_other_tables_budget_is_one_flag():
    mixed = [(lv, n, None, a) for lv, n, a, _ in PROGRAMS]  # "realisasi" column printing the anggaran
    flags = validate_report(report(budget_lines=budget_table("Tabel A", PROGRAMS, 10)
                                   + budget_table("Tabel B", mixed, 30)))
    (f,) = [f for f in flags if f.rule == "cross.budget_mismatch"]
    assert f.source_table == "Tabel B" and "6 dari 6" in f.message and "sama dengan anggaran" in f.message
    # its anggaran column reads empty where its realisasi holds the other table's anggaran: read shifted
    assert f.uncertain and f.severity == "warning" and "kolom terbaca bergeser" in f.message


def test_a_column_holding_the_other_tables_amounts_beside_its_own_is_an_error():
    # both columns read, the realisasi column printing the anggaran: the table says so itself, not a misread
    mixed = [(lv, n, a, a) for lv, n, a, _ in PROGRAMS]
    flags = validate_report(report(budget_lines=budget_table("Tabel A", PROGRAMS, 10)
                                   + budget_table("Tabel B", mixed, 30)))
    (f,) = [f for f in flags if f.rule == "cross.budget_mismatch"]
    assert "sama dengan anggaran" in f.message and f.severity == "error" and not f.uncertain


def test_grand_total_over_belanja_groups_is_not_the_belanja_langsung_total():
    rincian = budget_table("Rincian BL", PROGRAMS, 10)
    total_bl = rincian[-1].anggaran
    rekap = [
        BudgetLine(source_table="Rekap", line_no=1, level="belanja", uraian="Belanja Tidak Langsung",
                   anggaran=D(9_000_000), source=Provenance(table="Rekap", line_no=50, raw=["BTL", "9.000.000"])),
        BudgetLine(source_table="Rekap", line_no=2, level="belanja", uraian="Belanja Langsung", anggaran=total_bl,
                   source=Provenance(table="Rekap", line_no=51, raw=["BL", format_money(total_bl)])),
        BudgetLine(source_table="Rekap", line_no=3, level="total", uraian="Jumlah", anggaran=total_bl + 9_000_000,
                   source=Provenance(table="Rekap", line_no=52, raw=["Jumlah", format_money(total_bl + 9_000_000)])),
    ]
    assert validate_report(report(budget_lines=rincian + rekap)) == []


def kinerja_row(anggaran: int, realisasi: int, line: int = 90) -> Performance:
    a, r = D(anggaran), D(realisasi)
    serapan = (r / a * 100).quantize(D("0.01"))
    return Performance(source_table="Tabel 3.4", indikator="Indeks Layanan", tahun=2023, target=D(80),
                       realisasi=D(80), capaian=D(100), anggaran=a, realisasi_anggaran=r, serapan=serapan,
                       source=Provenance(table="Tabel 3.4", line_no=line,
                                         raw=["Indeks Layanan", "80", "80", "100", format_money(a), format_money(r),
                                              str(serapan).replace(".", ",")]))


@pytest.mark.parametrize(("a", "r", "flagged"), [
    (7_000_000, 6_000_000, None),  # one program
    (7_000_000 + 2_000_000 + 1_000_000, 6_000_000 + 1_000_000 + 900_000, None),  # three programs together
    (7_000_000, 6_500_000, ("error", "6.000.000", "6.500.000")),  # the budget is found, the realisasi is not
    (7_100_000, 6_000_000, ("error", "7.000.000", "7.100.000")),  # the realisasi is found, the budget is not
])
def test_kinerja_anggaran_row_is_a_program_or_a_sum_of_programs(a, r, flagged):
    rep = report(budget_lines=budget_table("Tabel 3.6", PROGRAMS, 10), performance=[kinerja_row(a, r)])
    flags = [(f.severity, f.expected, f.found) for f in validate_report(rep) if f.rule == "cross.budget_mismatch"]
    assert flags == ([flagged] if flagged else [])


def perf(table: str, indikator: str, target: str, realisasi: str | None, line: int, sasaran: str | None = None,
         tahun: int = 2023) -> Performance:
    return Performance(source_table=table, indikator=indikator, sasaran=sasaran, tahun=tahun, target=D(target),
                       target_text=target.replace(".", ","), realisasi=None if realisasi is None else D(realisasi),
                       realisasi_text=None if realisasi is None else realisasi.replace(".", ","),
                       source=Provenance(table=table, line_no=line))


def test_indicator_target_differs_between_tables():
    rows = [perf("Tabel 2.2", "Indeks Kepuasan Layanan (IKL)", "80.5", None, 10),
            perf("Tabel 3.1", "Indeks kepuasan layanan", "80.5", "81", 20),
            perf("Tabel 3.2", "Indeks Kepuasan Layanan", "85", "81", 30)]
    flags = [f for f in validate_report(report(performance=rows)) if f.rule == "cross.indicator_mismatch"]
    assert [(f.source_table, f.expected, f.found, f.uncertain) for f in flags] == [("Tabel 3.2", "80,5", "85", False)]


def test_different_indicators_are_not_matched():
    rows = [perf("Tabel 3.1", "Persentase desa maju", "100", "100", 20, sasaran="Meningkatnya kemandirian desa"),
            perf("Tabel 3.2", "Persentase penurunan gangguan ketertiban", "20", "20", 30,
                 sasaran="Menurunnya gangguan ketertiban")]
    assert validate_report(report(performance=rows)) == []


def test_renstra_end_target_and_pk_of_next_year():
    ren = [RenstraTarget(indikator="Indeks Kepuasan Layanan", tahun=y, target=D(t), target_text=t.replace(".", ","),
                         source=Provenance(table="Tabel 2.1", line_no=5))
           for y, t in [(2023, "80.5"), (2024, "81"), (2026, "83")]]
    rows = [perf("Tabel 3.1", "Indeks Kepuasan Layanan", "80.5", "81", 20),
            perf("Tabel 3.3", "Indeks Kepuasan Layanan", "82", None, 30, tahun=2026)]
    pk = PerjanjianKinerja(tahun=2024, label="Lampiran PK 2024", targets=[
        PKTarget(indikator="Indeks Kepuasan Layanan (IKL)", target=D("81.5"), target_text="81,5",
                 source=Provenance(table="Lampiran PK 2024", line_no=70))])
    flags = validate_report(report(renstra_targets=ren, performance=rows, pks=[pk]))
    assert sorted((f.rule, f.severity, f.expected, f.found) for f in flags) == [
        ("pk.renstra_mismatch", "warning", "81", "81,5"),
        ("renstra.target_mismatch", "error", "83", "82"),
    ]


def test_capaian_of_a_lower_is_better_indicator():
    def row(cap: str) -> Performance:
        p = perf("Tabel 3.1", "Angka kematian ibu", "100", "80", 20)
        p.capaian, p.capaian_text = D(cap), cap
        return p

    assert validate_report(report(performance=[row("125")])) == []  # target / realisasi
    (f,) = validate_report(report(performance=[row("80")]))  # realisasi / target: wrong way round
    assert (f.rule, f.expected, f.found) == ("performance.capaian", "125,00", "80")
    assert direction("Persentase penurunan gangguan kamtibmas") == "ambiguous"
    assert direction("Indeks Kepuasan Masyarakat") == "higher"


def test_text_allocation_of_a_kegiatan_is_not_the_total():
    lines = budget_table("Tabel 3.6", PROGRAMS, 10)

    def claim(v: int, line: int) -> NarrativeClaim:
        return NarrativeClaim(kind="total_alokasi", value=D(v), raw=f"alokasi sebesar Rp {format_money(D(v))}",
                              source=Provenance(line_no=line, raw=[f"alokasi sebesar Rp {format_money(D(v))},-"]))

    claims = [claim(18_000_000, 1), claim(7_000_000, 2), claim(1_234_567, 3), claim(17_000_000, 4)]
    flags = validate_report(report(budget_lines=lines, claims=claims))
    assert [(f.rule, f.line_no, f.expected, f.found) for f in flags] == [
        ("text.total_alokasi", 4, "18.000.000", "Rp 17.000.000,-")]


def sig(ctx: str, name: str, nip: str, line: int) -> Signatory:
    return Signatory(context=ctx, name=name, nip=nip, nip_raw=f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}",
                     source=Provenance(line_no=line))


def test_nip_rules():
    sigs = [sig("Kata Pengantar", "DRS. BUDI SANTOSO, M.Si", "197001012000031001", 10),
            sig("PK 2023", "Drs. Budi Santoso", "197001012000031001", 20),
            sig("PK 2024", "DRS. BUDI SANTOSO, M.Si", "197001012000031002", 30),
            sig("Lampiran", "SITI AMINAH", "197002312000032001", 40)]
    flags = validate_report(report(signatories=sigs))
    assert sorted((f.rule, f.line_no, f.expected, f.found) for f in flags) == [
        ("doc.nip_invalid", 40, None, "19700231 200003 2 001"),  # 31 February
        ("doc.nip_mismatch", 30, "19700101 200003 1 001", "19700101 200003 1 002"),
    ]


def test_references_that_do_not_exist_or_point_elsewhere():
    def ref(kind, label, context, raw, title=None, line=1):
        return Reference(kind=kind, label=label, context=context, raw=raw, title=title,
                         source=Provenance(line_no=line))

    refs = [ref("lampiran", "Lampiran 1", "daftar", "Lampiran 1", "Perjanjian Kinerja", 5),
            ref("lampiran", "Lampiran 2", "daftar", "Lampiran 2", "Pengukuran Kinerja Kegiatan", 6),
            ref("lampiran", "Lampiran 2", "text", "Pengukuran kinerja kegiatan dapat dilihat pada Lampiran 2",
                line=50),
            ref("lampiran", "Lampiran 1", "text", "Pengukuran kinerja kegiatan dapat dilihat pada Lampiran 1",
                line=60),
            ref("lampiran", "Lampiran 4", "text", "Foto kegiatan ada di Lampiran 4", line=70)]
    flags = validate_report(report(references=refs))
    assert sorted((f.rule, f.line_no, f.expected, f.found) for f in flags) == [
        ("doc.reference", 60, "Lampiran 2", "Lampiran 1"), ("doc.reference", 70, None, "Lampiran 4")]


def test_a_reference_to_an_entry_the_list_holds_without_a_title_is_a_warning():
    """A list read with its labels run together ("Lampiran 1 Lampiran 2 | Perjanjian Kinerja …": a narrow list column
    whose titles wrapped) gives Lampiran 1 no title and Lampiran 2 the first title: the text's "Perjanjian Kinerja
    … (Lampiran 1)" cannot be said to point elsewhere. An uncertain warning; with the title read, an error."""
    def ref(label, context, raw, title=None, line=1):
        return Reference(kind="lampiran", label=label, context=context, raw=raw, title=title,
                         source=Provenance(line_no=line))

    text = ref("Lampiran 1", "text", "Dokumen Perjanjian Kinerja Tahun 2021 selengkapnya pada Lampiran 1", line=50)
    lost = [ref("Lampiran 1", "daftar", "Lampiran 1 Lampiran 2", None, 5),
            ref("Lampiran 2", "daftar", "Lampiran 1 Lampiran 2", "Perjanjian Kinerja Tahun 2021 Perjanjian", 5)]
    (f,) = validate_report(report(references=[*lost, text]))
    assert (f.rule, f.severity, f.uncertain, f.expected, f.found) == (
        "doc.reference", "warning", True, "Lampiran 2", "Lampiran 1")
    assert "judul Lampiran 1 di Daftar Lampiran tidak terbaca" in f.message
    read = [lost[0].model_copy(update={"title": "Pengukuran Kinerja Kegiatan"}), lost[1]]
    (f,) = validate_report(report(references=[*read, text]))
    assert (f.severity, f.uncertain) == ("error", False)


def test_a_capaian_computed_the_lower_is_better_way_for_a_plainly_named_indicator_is_a_warning():
    """An author knows which way their own indicator goes when its name does not say ("Tempat pembuangan sampah
    per satuan penduduk", target 18, realisasi 25, capaian 61 % = 2 − 25 / 18): the arithmetic closes under that
    reading, so it is a warning to check, not a contradiction; a capaian no formula gives stays an error."""
    def row(cap: str) -> Performance:
        p = perf("Tabel 3.1", "Tempat pembuangan sampah per satuan penduduk", "18", "25", 20)
        p.capaian, p.capaian_text = D(cap), cap
        return p

    (f,) = validate_report(report(performance=[row("61")]))
    assert (f.rule, f.severity, f.expected, f.found) == ("performance.capaian", "warning", "138,89", "61")
    assert "makin kecil makin baik" in f.message
    (f,) = validate_report(report(performance=[row("72")]))  # 18 / 25 = 72 %: also the lower-is-better way
    assert f.severity == "warning"
    (f,) = validate_report(report(performance=[row("50")]))
    assert (f.rule, f.severity, f.expected, f.found) == ("performance.capaian", "error", "138,89", "50")
    assert validate_report(report(performance=[row("138.89")])) == []
