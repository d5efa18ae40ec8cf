"""Document type by content across the whole document, the part a file holds, and the SAKIP target documents'
records (IKU, RKT, Renja, Rencana Aksi, Evaluasi Renja) on small real-looking text exports."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from lkjip import extract_report
from lkjip.errors import NotAReportError
from lkjip.extract.document import Document, Paragraph
from lkjip.extract.meta import Line, find_meta
from lkjip.extract.pipeline import extract_document
from lkjip.extract.read_text import read_text_string


def _report(tmp_path, text: str, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_report(path, validate=False, raises_on_error=True)


def _doc(text: str):
    return extract_document(read_text_string(text))


def rows(*cells_per_row: tuple) -> str:
    return "\n".join("\t".join(r) for r in cells_per_row) + "\n"


CAPAIAN = rows(("No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)"),
               ("1", "Meningkatnya pelayanan", "Indeks kepuasan masyarakat", "80", "82", "102,5"))


# --- type by content ------------------------------------------------------------


def test_lkjip_whose_cover_is_an_image_is_typed_by_its_ikhtisar_and_year():
    text = ("KATA PENGANTAR\nPuji syukur kami panjatkan.\n\nIKHTISAR EKSEKUTIF\nDokumen ini menyajikan capaian.\n"
            "Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Sukamaju Tahun 2021 disusun sebagai pertanggungjawaban.\n"
            "\nTabel 3.1 Capaian Kinerja Tahun 2021\n" + CAPAIAN)
    r = _doc(text)
    assert (r.document_type, r.meta.tahun, r.document_part) == ("lkjip", 2021, None)
    assert r.performance and not any(e.category == "unsupported_type" for e in r.errors)


def test_running_header_names_the_type_when_no_page_has_a_title():
    header = "Laporan Kinerja Instansi Pemerintah (LKjIP) Dinas Sukamaju Tahun 2021"
    blocks = [Paragraph(text=t, page=p) for p in (2, 3, 4) for t in (header, f"Isi halaman {p} tanpa judul lain.")]
    r = extract_document(Document(source_file="x.pdf", input_format="pdf", pages=4, blocks=blocks))
    assert (r.document_type, r.meta.tahun) == ("lkjip", 2021)


def test_capaian_tables_make_an_untitled_file_an_lkjip():
    r = _doc("Uraian capaian sasaran.\n\n" + CAPAIAN)
    assert r.document_type == "lkjip"


def test_chapter_file_is_an_lkjip_part_with_its_year_from_captions_and_an_empty_realisasi_warned():
    text = ("BAB III\nAKUNTABILITAS KINERJA\nCapaian kinerja organisasi diuraikan berikut.\n\n"
            "Tabel 3.1 Capaian Kinerja Tahun 2021\n" + CAPAIAN + "\n"
            "Tabel 3.7 Realisasi Anggaran Tahun 2021\n"
            + rows(("No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)"),
                   ("1", "Belanja Tidak Langsung", "17.803.394.022", "", ""),
                   ("2", "Belanja Langsung", "25.897.884.404", "", "")))
    r = _doc(text)
    assert (r.document_type, r.document_part, r.meta.tahun) == ("lkjip", "BAB III", 2021)
    assert r.status == "success"
    (w,) = [w for w in r.warnings if w.code == "reading.empty_column"]
    assert w.table == "Tabel 3.7" and "Realisasi" in w.message
    assert r.to_tables()["reports"].loc[0, "document_part"] == "BAB III"


def test_a_filled_realisasi_column_is_not_warned():
    text = ("LAPORAN KINERJA TAHUN 2021\n\nTabel 3.7 Realisasi Anggaran\n"
            + rows(("No", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)"), ("1", "Belanja Langsung", "1.000", "900")))
    assert not [w for w in _doc(text).warnings if w.code == "reading.empty_column"]


@pytest.mark.parametrize(("title", "kind"), [
    ("LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH", "lra"),
    ("DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH", "dpa_perubahan"),
    ("DOKUMENPELAKSANAANPERUBAHANANGGARAN", "dpa_perubahan"),  # words glued by the PDF
    ("DOKUMEN PELAKSANAAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH", "dpa"),
    ("RENCANA KINERJA TAHUNAN (RKT)", "rkt"),
    ("INDIKATOR KINERJA UTAMA 2019", "iku"),
    ("RENCANA AKSI KINERJA", "rencana_aksi"),
    ("RENCANA KERJA SATUAN KERJA PERANGKAT DAERAH (RENJA - SKPD)", "renja"),
    ("EVALUASI HASIL RENCANA KERJA TRIWULAN IV", "evaluasi_renja"),
])
def test_family_titles(title, kind):
    r = _doc(f"{title}\nKECAMATAN SUKAMAJU\nTAHUN ANGGARAN 2021\nTidak ada tabel di sini.\n")
    assert r.document_type == kind
    assert (r.meta.instansi, r.meta.tahun) == ("Kecamatan Sukamaju", 2021)


def test_only_a_document_outside_the_family_is_not_a_report(tmp_path):
    with pytest.raises(NotAReportError, match="not a performance report"):
        _report(tmp_path, "Daftar belanja dapur minggu ini.\nBeras, minyak, gula.\n")
    r = _report(tmp_path, "LAPORAN REALISASI ANGGARAN\nDINAS SUKAMAJU\nTAHUN ANGGARAN 2021\n", "lra.txt")
    assert r.document_type == "lra" and r.status != "failed"


# --- instansi and year from real layouts -------------------------------------------------


@pytest.mark.parametrize(("lines", "instansi"), [
    (["PERJANJIAN KINERJA TAHUN 2021", "DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK DAERAH",
      "PROVINSI SULAWESI UTARA"], "Dinas Komunikasi, Informatika, Persandian dan Statistik Daerah"),
    (["LAPORAN REALISASI ANGGARAN", "Urusan Pemerintahan : 2 Urusan Wajib Bidang Pemerintahan : 2 . 10 Komunikasi "
      "Unit Organisasi : 2 . 10 . 01 DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN DAN STATISTIK DAERAH Sub Unit "
      "Organisasi : 2 . 10 . 01 . 01"], "Dinas Komunikasi, Informatika, Persandian dan Statistik Daerah"),
    (["RENCANA KERJA (RENJA - SKPD) TAHUN ANGGARAN 2019", "Organisasi / SKPD : 4.10.03. -KECAMATAN SUKAMAJU "
      "Halaman 1 dari 6"], "Kecamatan Sukamaju"),
    (["PERJANJIAN KINERJA TAHUN 2016", "Dinas Kesehatan, Kabupaten Sukamaju"], "Dinas Kesehatan"),
    (["KepalaDinasKomunikasi,Informatika,PersandianDanStatistik CHRISTIANOTALUMEPA,SH"],
     "Dinas Komunikasi, Informatika, Persandian dan Statistik"),
])
def test_instansi_names_with_commas_capitals_and_form_headers(lines, instansi):
    from lkjip.extract.meta import unglue

    meta = find_meta([Line(text=unglue(t)) for t in lines])
    assert meta.instansi == instansi


def test_year_from_tahun_anggaran_and_from_a_caption():
    assert find_meta([Line(text="DPA SKPD"), Line(text="Tahun Anggaran : 2021")]).tahun == 2021
    later = [Line(text="BAB III"), *[Line(text=f"Uraian {i}.") for i in range(45)],
             Line(text="Tabel 3.2 Realisasi Anggaran Tahun 2020")]
    assert find_meta(later).tahun == 2020


# --- the target documents' records ----------------------------------------------------


def test_iku_indicators(tmp_path):
    text = ("INDIKATOR KINERJA UTAMA 2019\n1 Nama Organisasi : KECAMATAN SUKAMAJU 2 Tugas : Menyelenggarakan urusan\n"
            "- pemerintahan umum;\n\n"
            + rows(("NO", "SASARAN", "", "INDIKATOR KINERJA", "PENJELASAN"),
                   ("1", "Meningkatnya pelayanan publik", "1", "Persentase pelayanan tepat waktu", "Formulasi : a/b"),
                   ("", "", "2", "Persentase pengaduan selesai", "Formulasi : c/d")))
    r = _report(tmp_path, text)
    assert (r.document_type, r.meta.instansi, r.meta.tahun, r.status) == ("iku", "Kecamatan Sukamaju", 2019, "success")
    assert [(t.sasaran, t.indikator, t.tahun) for t in r.indicator_targets] == [
        ("Meningkatnya pelayanan publik", "Persentase pelayanan tepat waktu", 2019),
        ("Meningkatnya pelayanan publik", "Persentase pengaduan selesai", 2019)]
    assert r.to_tables()["indicator_targets"]["document_type"].tolist() == ["iku", "iku"]


def test_rkt_targets(tmp_path):
    text = ("RENCANA KINERJA TAHUNAN (RKT) TAHUN 2022\nDINAS KESEHATAN KABUPATEN SUKAMAJU\n\n"
            + rows(("No", "Sasaran Strategis", "Indikator Kinerja", "Target"),
                   ("1", "Meningkatnya derajat kesehatan", "Angka kematian ibu", "85 per 100.000 KH"),
                   ("", "", "Cakupan imunisasi", "95 %")))
    r = _report(tmp_path, text)
    assert (r.document_type, r.meta.tahun, r.status) == ("rkt", 2022, "success")
    got = [(t.indikator, t.target, t.satuan, t.target_text) for t in r.indicator_targets]
    assert got[1] == ("Cakupan imunisasi", D(95), "%", "95 %")
    assert got[0][0] == "Angka kematian ibu" and got[0][3] == "85 per 100.000 KH"
    assert all(t.sasaran == "Meningkatnya derajat kesehatan" and t.document_type == "rkt" for t in r.indicator_targets)


RENJA = ("PEMERINTAH KABUPATEN SUKAMAJU\nRENCANA KERJA SATUAN KERJA PERANGKAT DAERAH (RENJA - SKPD) TAHUN ANGGARAN 2019\n"
         "Organisasi / SKPD : 4.10.03. -KECAMATAN SUKAMAJU Halaman 1 dari 1\n\n"
         + rows(("No.", "Urusan / Bidang Urusan dan Program Kegiatan", "Lokasi", "Indikator Kinerja", "",
                 "Pagu Indikatif APBD Kab. (Rp. 000)"),
                ("", "", "", "Tolok Ukur", "Target", ""),
                ("4.10.", "FUNGSI LAINNYA OTONOMI DAERAH", "", "", "", "330.000"),
                ("4.10.4.10.03.01.", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "", "Terlaksananya administrasi",
                 "233 lembar", "315.000"),
                ("4.10.4.10.03.01.001.", "Penyediaan Jasa Surat Menyurat", "Kecamatan Sukamaju", "Biaya meterai", "",
                 "15.000"),
                ("4.10.4.10.03.01.002.", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
                 "Kecamatan Sukamaju", "Biaya telpon", "12 bulan", "300.000")))


def test_renja_lines_with_codes_levels_and_pagu_in_thousands(tmp_path):
    r = _report(tmp_path, RENJA)
    assert (r.document_type, r.meta.instansi, r.meta.tahun, r.status) == ("renja", "Kecamatan Sukamaju", 2019,
                                                                          "success")
    got = [(x.kode, x.level, x.pagu) for x in r.renja_lines]
    assert got == [("4.10.", None, D(330000000)), ("4.10.4.10.03.01.", "program", D(315000000)),
                   ("4.10.4.10.03.01.001.", "kegiatan", D(15000000)), ("4.10.4.10.03.01.002.", "kegiatan", D(300000000))]
    prog = r.renja_lines[1]
    assert (prog.indikator, prog.target, prog.satuan) == ("Terlaksananya administrasi", D(233), "lembar")
    assert r.renja_lines[2].lokasi == "Kecamatan Sukamaju"
    assert any(w.code == "number.thousands" and "(Rp. 000)" in w.message for w in r.warnings)
    assert r.to_tables()["renja_lines"]["pagu"].tolist()[0] == D(330000000)


def test_rencana_aksi_one_row_per_quarter(tmp_path):
    text = ("RENCANA AKSI KINERJA TAHUN 2023\nKECAMATAN SUKAMAJU\n\n"
            + rows(("No", "Sasaran", "Indikator Kinerja", "Kegiatan", "Target TW I", "Target TW II", "Target TW III",
                    "Target TW IV", "Anggaran (Rp)"),
                   ("1", "Meningkatnya pelayanan", "Persentase layanan tepat waktu", "Pelayanan KTP", "25 %", "50 %",
                    "75 %", "100 %", "12.000.000")))
    r = _report(tmp_path, text)
    assert (r.document_type, r.status) == ("rencana_aksi", "success")
    got = [(x.triwulan, x.target, x.anggaran) for x in r.rencana_aksi]
    assert got == [(1, D(25), None), (2, D(50), None), (3, D(75), None), (4, D(100), None), (None, None, D(12000000))]
    assert {(x.sasaran, x.indikator, x.kegiatan) for x in r.rencana_aksi} == {
        ("Meningkatnya pelayanan", "Persentase layanan tepat waktu", "Pelayanan KTP")}


def test_evaluasi_renja_quarters_k_and_rp(tmp_path):
    text = ("EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TRIWULAN I-IV TAHUN 2023\nKECAMATAN SUKAMAJU\n\n"
            + rows(("Urusan/Program/Kegiatan", "Indikator Kinerja", "Realisasi Kinerja Pada Triwulan", "", "", "",
                    "Perangkat Daerah"),
                   ("", "", "I", "", "II", "", ""),
                   ("", "", "K", "Rp", "K", "Rp", ""),
                   ("PROGRAM PENUNJANG URUSAN PEMERINTAHAN", "Nilai SAKIP", "", "3.804.017.252", "", "5.386.769.078",
                    "Kec. Sukamaju"),
                   ("", "Predikat SAKIP", "B", "", "BB", "", "Kec. Sukamaju"),
                   ("Administrasi Keuangan Perangkat Daerah", "Persentase cakupan", "21,50%", "2.297.713.805", "31,00%",
                    "-", "Kec. Sukamaju")))
    r = _report(tmp_path, text)
    assert (r.document_type, r.status) == ("evaluasi_renja", "success")
    got = [(q.level, q.indikator, q.triwulan, q.kinerja, q.kinerja_text, q.rp) for q in r.quarterly_progress]
    assert got == [
        ("program", "Nilai SAKIP", 1, None, None, D("3804017252")),
        ("program", "Nilai SAKIP", 2, None, None, D("5386769078")),
        ("program", "Predikat SAKIP", 1, None, "B", None),
        ("program", "Predikat SAKIP", 2, None, "BB", None),
        (None, "Persentase cakupan", 1, D("21.50"), "21,50%", D("2297713805")),
        (None, "Persentase cakupan", 2, D("31.00"), "31,00%", D(0)),  # "-" is a nil amount
    ]
    assert len(r.to_tables()["quarterly_progress"]) == 6


def test_an_ocr_misread_word_of_the_office_name_takes_the_reading_its_other_printings_agree_on():
    from lkjip.extract.meta import agreed_name

    texts = ["Jabatan KEPALA DINAS KOMUNIKASI, INFORMATIKA, PERSANDIAN", "DAN IK DAERAH PROVINSI SULAWESI UTARA",
             "KEPALA DINAS KOMUNIKASI,", "INFORMATI PERSANDIAN DAN", "STATISTIK DAERAH PROVINSI",
             "KEPALA DINAS KOMUNIKASI,", "INFORMATIKA, PERSANDIAN DAN", "STATISIIW DAERAH PROVINSI"]
    name = "Dinas Komunikasi, Informatika, Persandian dan Ik Daerah"
    assert agreed_name(name, texts) == "Dinas Komunikasi, Informatika, Persandian dan Statistik Daerah"
    # a word printed elsewhere too is no misreading; another office named in the text changes nothing
    texts = ["DINAS KESEHATAN", "Dinas Pendidikan", "Dinas Pendidikan", "bersama Dinas Pendidikan"]
    assert agreed_name("Dinas Kesehatan", texts) == "Dinas Kesehatan"


def test_a_place_name_ends_before_running_text_and_a_lokasi_column_is_no_office_place():
    from lkjip.extract.meta import table_text

    meta = find_meta([Line(text="INDIKATOR KINERJA UTAMA 2019"), Line(text="KECAMATAN SUKAMAJU"),
                      Line(text="E-SAKIP Kabupaten Lembah pemerintahan umum di tingkat Kecamatan")])
    assert meta.kabupaten == "Lembah"
    doc = read_text_string(rows(("DPPA SKPD Provinsi Jawa Barat Tahun Anggaran 2021", "", ""),
                                ("Uraian", "Lokasi", "Jumlah"),
                                ("Belanja Pegawai", "Kota Sukamaju, Semua Kecamatan", "1.000.000")))
    assert not any("Sukamaju" in c for c in table_text(doc))
    assert find_meta([], extra=table_text(doc)).kabupaten is None
