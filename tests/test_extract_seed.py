"""The seed report, table by table: rows, numbers, levels and parents.

Expected values are read off the seed by hand (they are test data, not product constants).
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal as D

import pytest

from lkjip import extract_report
from lkjip.extract.hierarchy import assign_levels
from lkjip.model import BudgetLine
from lkjip.tables import CONTRACT


@pytest.fixture(scope="module")
def seed(seed_path):
    return extract_report(seed_path, validate=False, raises_on_error=True)


def test_metadata(seed):
    m = seed.meta
    assert (m.instansi, m.kabupaten, m.tahun) == ("Kecamatan Sokobanah", "Sampang", 2022)
    assert m.signer_name == "ABDUL FATAH, BA"
    assert m.signer_nip == "196709231988091001"
    assert str(m.signing_date) == "2023-03-05"
    assert seed.status == "success" and seed.input_format == "text"


def test_every_table_kind_found(seed):
    found = {(t.label, t.kind) for t in seed.tables_found}
    assert found == {
        ("Tabel 1.1", "permasalahan"), ("Tabel 1.2", "cascading"), ("Tabel 2.1", "renstra"),
        ("Tabel 2.2", "sasaran_indikator"), ("Tabel 2.3", "budget"), ("Tabel 3.1", "capaian"),
        ("Tabel 3.2", "realisasi_history"), ("Tabel 3.3", "renstra_progress"), ("Tabel 3.4", "kinerja_anggaran"),
        ("Tabel 3.5", "efisiensi"), ("Tabel 3.6", "budget"), ("Tabel 3.7", "budget"),
        ("Lampiran PK 2022", "pk_targets"), ("Lampiran PK 2022", "pk_budget"), ("Lampiran PK 2023", "pk_targets"),
        ("Lampiran PK 2023", "pk_budget"), ("Lampiran 3", "budget"),
    }


@pytest.mark.parametrize("table", ["Tabel 3.7", "Lampiran 3"])
def test_budget_hierarchy_levels(seed, table):
    lines = seed.budget_table(table)
    assert len(lines) == 53
    assert Counter(b.level for b in lines) == {"total": 2, "program": 5, "kegiatan": 12, "sub_kegiatan": 34}
    by_no = {b.line_no: b for b in lines}
    for b in lines:
        parent = by_no.get(b.parent_line_no)
        want = {"total": None, "program": "total", "kegiatan": "program", "sub_kegiatan": "kegiatan"}[b.level]
        assert (parent.level if parent else None) == want, (b.line_no, b.uraian)


@pytest.mark.parametrize("table", ["Tabel 3.7", "Lampiran 3"])
def test_budget_hierarchy_parents(seed, table):
    lines = seed.budget_table(table)
    by_no = {b.line_no: b for b in lines}

    def children(uraian_start):
        parent = next(b for b in lines if b.uraian.startswith(uraian_start))
        return [b.uraian for b in lines if b.parent_line_no == parent.line_no]

    # numbering gaps (1, 3, 4, 5) and "3" without a dot do not confuse the hierarchy
    assert children("Administrasi Keuangan") == [
        "Penyediaan Gaji dan Tunjangan ASN",
        "Pelaksanaan Penatausahaan dan Pengujian / Verifikasi Keuangan SKPD",
        "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
        "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
    ]
    assert children("Administrasi Kepegawaian") == ["Bimbingan Teknis Implementasi Peraturan Perundang-Undangan"]
    assert len(children("Perencanaan, Penganggaran")) == 6
    assert len(children("PROGRAM PENUNJANG")) == 8
    first = by_no[1]
    assert (first.uraian, first.level, first.anggaran, first.realisasi, first.persen) == (
        "BELANJA LANGSUNG", "total", D("2662394679.00"), D("2508522923.00"), D("94.22"))


def test_budget_numbers_exact(seed):
    t37 = {b.uraian: b for b in seed.budget_table("Tabel 3.7")}
    gaji = t37["Penyediaan Gaji dan Tunjangan ASN"]
    assert (gaji.anggaran, gaji.realisasi, gaji.persen) == (D("2099836496"), D("1957824343"), D("93.24"))
    kepeg = t37["Administrasi Kepegawaian Perangkat Daerah"]
    assert (kepeg.anggaran, kepeg.realisasi, kepeg.persen) == (D(0), D(0), D("0.00"))  # "-" = not budgeted
    t36 = seed.budget_table("Tabel 3.6")
    assert [b.level for b in t36] == ["program"] * 5 + ["total"]
    assert t36[-1].realisasi == D("2508522933")  # printed wrong in the seed, kept as printed
    assert t36[1].persen == D("99.99")
    t23 = seed.budget_table("Tabel 2.3")
    assert [b.anggaran for b in t23] == [D("2525442492"), D("15279011"), D("73593494"), D("23460000"),
                                         D("24619682"), D("2662394679")]
    assert all(b.realisasi is None for b in t23)


def test_lampiran3_outputs(seed):
    lam = seed.budget_table("Lampiran 3")
    prog = lam[1]
    assert (prog.output_target, prog.output_realisasi, prog.output_satuan, prog.output_persen) == (
        D(100), D("98.8"), "%", D("98.8"))
    logistik = next(b for b in lam if b.uraian == "Penyediaan Bahan Logistik Kantor")
    assert (logistik.output_target, logistik.output_satuan) == (D(1950), "Unit")  # "1.950 Unit"
    surat = next(b for b in lam if b.uraian == "Penyediaan Jasa Surat Menyurat")
    assert (surat.output_target, surat.output_realisasi, surat.output_persen) == (D(1000), D(871), D("87.1"))
    assert surat.source.raw[0] == "1." and surat.source.line_no is not None


def test_pk_years(seed):
    assert [pk.tahun for pk in seed.pks] == [2022, 2023]
    pk22, pk23 = seed.pks
    assert [(t.indikator, t.target) for t in pk22.targets] == [
        ("Persentase Desa Maju", D(100)),
        ("Indeks Kepuasan Masyarakat (IKM)", D("82.47")),
        ("Persentase Desa dengan Tata Kelola Pemerintahan Desa yang Baik", D(100)),
        ("Persentase Penurunan Gangguan Kamtibmas", D(20)),
    ]
    assert [b.anggaran for b in pk22.budgets] == [D("2503940069"), D("6964161"), D("67197194"), D("23460000"),
                                                  D("16924682")]
    assert {b.sumber_dana for b in pk22.budgets} == {"APBD/DAU"}
    sakip = pk23.targets[0]
    assert (sakip.level, sakip.target, sakip.note, sakip.target_text) == ("tujuan", D(70), "BB", "BB (70)")
    assert [t.level for t in pk23.targets] == ["tujuan", "sasaran", "sasaran"]
    assert str(pk22.date) == "2022-01-03" and str(pk23.date) == "2023-01-09"
    first = [s for s in pk22.signatories if s.role == "pihak_pertama"]
    assert {s.nip for s in first} == {"196903112003121004"}
    assert any(s.role == "pihak_kedua" and s.name == "H. SLAMET JUNAIDI" for s in pk22.signatories)


def test_renstra_targets(seed):
    ikm = {(r.tahun, r.jenis): r for r in seed.renstra_targets if r.indikator.startswith("Indeks Kepuasan")}
    assert ikm[(2022, "target")].target == D("82.46")
    assert ikm[(2024, "target")].target == D("83.51")
    assert ikm[(2024, "kondisi_akhir")].target == D("83.51")
    assert ikm[(2018, "kondisi_awal")].target is None and ikm[(2018, "kondisi_awal")].target_text == "-"
    assert len(seed.renstra_targets) == 3 * 8


def test_performance_tables(seed):
    def rows(table, tahun):
        return [p for p in seed.performance if p.source_table == table and p.tahun == tahun]

    (ikm31,) = [p for p in rows("Tabel 3.1", 2022) if "kepuasan" in p.indikator.lower()]
    assert (ikm31.target, ikm31.realisasi, ikm31.capaian) == (D("82.47"), D("82.46"), D(100))
    (ikm21,) = [p for p in rows("Tabel 3.1", 2021) if "kepuasan" in p.indikator.lower()]
    assert ikm21.realisasi == D("81.81")
    hist = {p.tahun: p.realisasi for p in seed.performance if p.source_table == "Tabel 3.2" and "Kepuasan" in p.indikator}
    assert hist == {2019: D("82.59"), 2020: D("81.98"), 2021: D("81.81"), 2022: D("82.46")}
    (end,) = [p for p in rows("Tabel 3.3", 2024) if "Kepuasan" in p.indikator]
    assert end.target == D("82.55")
    (ka,) = [p for p in rows("Tabel 3.4", 2022) if "Kepuasan" in p.indikator]
    assert (ka.target, ka.realisasi, ka.anggaran, ka.realisasi_anggaran, ka.serapan) == (
        D("82.46"), D("82.47"), D("15279011"), D("15278700"), D("99.99"))
    (ef,) = [p for p in rows("Tabel 3.5", 2022) if "Kepuasan" in p.indikator]
    assert (ef.capaian, ef.serapan, ef.efisiensi) == (D(100), D("99.99"), D("0.99"))
    assert len(rows("Tabel 2.2", 2022)) == 2


def test_cascading_fill_down(seed):
    rows = seed.cascading
    assert len(rows) == 14
    second = rows[1]
    assert second.tujuan == "Meningkatnya kemajuan dan kemandirian desa"
    assert second.sub_kegiatan.startswith("Peningkatan Partisipasi Masyarakat")
    assert second.indikator_sub_kegiatan == "Jumlah usulan program kegiatan pembangunan desa yang difasilitasi"
    third = rows[2]
    assert third.kegiatan == "Koordinasi Kegiatan Pemberdayaan Desa"
    assert third.sub_kegiatan.startswith("Peningkatan Efektifitas Kegiatan")
    # a new kegiatan printed without an indicator keeps a blank indicator (not the one above)
    koord = next(r for r in rows if r.kegiatan and r.kegiatan.startswith("Koordinasi penerapan"))
    assert koord.indikator_kegiatan is None
    assert all(r.program for r in rows)


def test_permasalahan(seed):
    rows = seed.permasalahan
    assert len(rows) == 5
    assert rows[0].akar_masalah_internal.startswith("Keterbatasan SDM")
    assert rows[0].akar_masalah_eksternal.startswith("Kurang optimalnya")
    assert rows[1].masalah == rows[0].masalah  # continuation row after the page break
    assert rows[1].pokok_masalah.startswith("Nilai SKM")


def test_claims(seed):
    alokasi = [c.value for c in seed.claims if c.kind == "total_alokasi"]
    assert alokasi == [D("2662394679"), D("2597682290")]
    counts = Counter((c.kind, c.value) for c in seed.claims)
    assert counts[("count_kegiatan", D(11))] == 2
    assert counts[("count_sub_kegiatan", D(36))] == 2
    assert counts[("count_program", D(5))] == 2


def test_signatory_nips(seed):
    nips = {(s.context, s.nip) for s in seed.signatories if s.nip}
    assert ("Kata Pengantar", "196709231988091001") in nips
    assert ("PK 2022", "196903112003121004") in nips
    assert ("Lampiran 3", "196709231988091001") in nips  # named as the list of lampiran names it


def test_year_mentions_and_references(seed):
    assert ("Sampul lampiran", 2021) in {(y.context, y.tahun) for y in seed.year_mentions}
    daftar = {r.label: r.title for r in seed.references if r.context == "daftar" and r.kind == "lampiran"}
    assert daftar["Lampiran 3"] == "Rincian Anggaran per kegiatan"
    text_refs = [r for r in seed.references if r.context == "text" and r.label == "Lampiran 2"]
    assert text_refs and "Rincian Anggaran" in text_refs[0].raw


def test_provenance_on_every_row(seed):
    for b in seed.budget_lines:
        assert b.source.table == b.source_table and b.source.line_no and b.source.raw
    for p in seed.performance:
        assert p.source.line_no and p.source.raw


def test_to_tables_contract(seed):
    tables = seed.to_tables()
    assert set(CONTRACT) <= set(tables)
    for name, cols in CONTRACT.items():
        assert list(tables[name].columns) == cols
    assert len(tables["budget_lines"]) == 6 + 6 + 53 + 53
    assert len(tables["pk_targets"]) == 4 + 3 and len(tables["pk_budgets"]) == 10
    assert len(tables["cascading"]) == 14
    assert tables["reports"].iloc[0]["instansi"] == "Kecamatan Sokobanah"


def test_json_round_trip(seed):
    from lkjip.model import Report

    again = Report.model_validate_json(seed.model_dump_json())
    assert again == seed
    assert again.budget_lines[0].anggaran == D("2525442492")


# --- budget hierarchy on hand-made tables (numbering the seed does not use) -----------------------------


def _line(n: int, nomor: str, uraian: str, anggaran: str) -> BudgetLine:
    return BudgetLine(source_table="Tabel 3.7", line_no=n, nomor=nomor or None, uraian=uraian, anggaran=D(anggaran),
                      realisasi=D(anggaran))


def test_hierarchical_numbers_place_a_kegiatan_whose_subs_have_no_budget():
    """"1.5.2" is a sub kegiatan of "1.5" even when every sum is 0 = 0 (tanah-merah-2021 of the benchmark)."""
    rows = [("", "BELANJA LANGSUNG", "300"), ("1", "Program Penunjang", "300"), ("1.1", "Perencanaan", "300"),
            ("1.1.1", "Penyusunan RKA", "100"), ("1.1.2", "Evaluasi Kinerja", "200"),
            ("1.2", "Administrasi Umum", "0"), *[(f"1.2.{k}", f"Penyediaan {k}", "0") for k in range(1, 8)],
            ("2", "Program Kamtibmas", "0"), ("2.1", "Koordinasi", "0"), ("2.1.1", "Sinergitas", "0"),
            ("2.1.2", "Pembinaan Satlinmas", "0")]
    lines = assign_levels([_line(n, *r) for n, r in enumerate(rows, start=1)])
    level = {b.nomor: b.level for b in lines}
    assert [level[f"1.2.{k}"] for k in range(1, 8)] == ["sub_kegiatan"] * 7
    assert (level["1.2"], level["2.1"], level["2.1.2"]) == ("kegiatan", "kegiatan", "sub_kegiatan")
    by_no = {b.nomor: b.line_no for b in lines}
    assert all(b.parent_line_no == by_no["1.2"] for b in lines if (b.nomor or "").startswith("1.2."))


def test_column_number_row_below_a_long_header_is_not_data():
    """A header wrapped onto extra rows (PDF) leaves "(1) (2) …" below what split_header takes: not a data row."""
    from lkjip.extract.classify import TableKind, find_tables
    from lkjip.extract.document import Document, Paragraph, Table, TableRow
    from lkjip.extract.records import Sink, performance

    rows = [["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET 2022", "REALISASI", "", "", ""],
            ["", "", "", "2019", "202", "202", "202"], ["", "", "", "", "0", "1", "2"],
            [f"({i})" for i in range(1, 8)],
            ["Meningkatnya pelayanan", "Indeks kepuasan masyarakat", "82", "60", "66", "78", "82"]]
    doc = Document(source_file="x.pdf", input_format="pdf", blocks=[
        Paragraph(text="Tabel 3.2 Perbandingan Realisasi Kinerja dengan Tahun-Tahun Sebelumnya"),
        Table(rows=[TableRow(cells=r, is_header=i < 4) for i, r in enumerate(rows)])])
    (ft,) = find_tables(doc)
    assert "(1)" not in [r.cells[0] for r in ft.body] and ft.body[-1].cells[0] == "Meningkatnya pelayanan"
    assert ft.kind in (TableKind.capaian, TableKind.realisasi_history)
    recs = performance(ft, Sink(), 2022)
    assert recs and {p.indikator for p in recs} == {"Indeks kepuasan masyarakat"}


def test_header_rows_above_column_numbers_stay_header_with_a_misread_year():
    """A scan's header row whose one year OCR misread ("226" for 2026) is still a header row when the table's
    column numbers stand under it: every row above them is the header."""
    from lkjip.extract.headers import split_header

    rows = [["Misi", "Tujuan /", "Indikator", "Kondisi Awal", "Target", "", "", "Kondisi Akhir"],
            ["", "Sasaran", "", "(2020)", "2021", "2022", "226", "(2026)"],
            [str(i) for i in range(1, 9)],
            ["1", "Meningkatnya akuntabilitas", "Nilai SAKIP", "46,43", "48,81", "51,19", "53,57", "53,57"]]
    head, n = split_header(rows)
    assert n == 3 and head == rows[:2]
    # a first body row of values above column numbers further down is no header
    assert split_header([rows[0], rows[3], rows[2]]) == ([rows[0]], 1)
