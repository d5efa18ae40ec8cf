"""Word lists for the synthetic report generator.

Program, kegiatan and sub kegiatan names follow the national nomenclature
(Permendagri 90/2019 and its updates), which every kecamatan shares. People,
places, sentences and indicator wordings are invented for the generator.
Nothing here is read by the extractors.
"""

from __future__ import annotations

from pydantic import BaseModel


class SubSpec(BaseModel):
    name: str
    output: str  # output indicator ("Jumlah Dokumen ...")
    satuan: str  # unit of the output target ("Dokumen", "Laporan", "Unit", "%")
    lo: int = 1  # output target range
    hi: int = 12
    big: bool = False  # salaries: a budget far above the rest


class KegiatanSpec(BaseModel):
    name: str
    indicator: str
    subs: list[SubSpec]


class SasaranSpec(BaseModel):
    tujuan: str
    sasaran: str
    indikator: str
    satuan: str  # "%" or "Indeks"
    lo: float  # plausible target range
    hi: float
    decimals: int = 0


class ProgramSpec(BaseModel):
    name: str  # "Program ..." as the nomenclature spells it
    indicator: str
    kegiatan: list[KegiatanSpec]
    sasaran: SasaranSpec | None = None  # the support program has none


def _s(name: str, output: str, satuan: str, lo: int = 1, hi: int = 12, big: bool = False) -> SubSpec:
    return SubSpec(name=name, output=output, satuan=satuan, lo=lo, hi=hi, big=big)


PENUNJANG = ProgramSpec(
    name="Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    indicator="Persentase layanan penunjang urusan pemerintahan yang terpenuhi",
    kegiatan=[
        KegiatanSpec(
            name="Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            indicator="Persentase dokumen perencanaan dan evaluasi yang tersusun tepat waktu",
            subs=[
                _s("Penyusunan Dokumen Perencanaan Perangkat Daerah", "Jumlah Dokumen Perencanaan yang tersusun", "Dokumen", 1, 4),
                _s("Koordinasi dan Penyusunan Dokumen RKA-SKPD", "Jumlah Dokumen RKA-SKPD yang tersusun", "Dokumen", 1, 2),
                _s("Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD", "Jumlah Dokumen Perubahan RKA-SKPD", "Dokumen", 1, 2),
                _s("Koordinasi dan Penyusunan DPA-SKPD", "Jumlah Dokumen DPA-SKPD yang tersusun", "Dokumen", 1, 2),
                _s("Koordinasi dan Penyusunan Perubahan DPA-SKPD", "Jumlah Dokumen Perubahan DPA-SKPD", "Dokumen", 1, 2),
                _s("Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
                   "Jumlah Laporan Capaian Kinerja yang tersusun", "Laporan", 1, 4),
                _s("Evaluasi Kinerja Perangkat Daerah", "Jumlah Laporan Evaluasi Kinerja", "Laporan", 2, 4),
            ],
        ),
        KegiatanSpec(
            name="Administrasi Keuangan Perangkat Daerah",
            indicator="Persentase administrasi keuangan yang tertib dan tepat waktu",
            subs=[
                _s("Penyediaan Gaji dan Tunjangan ASN", "Jumlah ASN penerima gaji dan tunjangan", "Orang", 14, 38, big=True),
                _s("Penyediaan Administrasi Pelaksanaan Tugas ASN", "Jumlah ASN yang difasilitasi administrasi tugasnya", "Orang", 10, 30),
                _s("Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
                   "Jumlah Dokumen Penatausahaan Keuangan yang diverifikasi", "Dokumen", 12, 60),
                _s("Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
                   "Jumlah Laporan Keuangan Akhir Tahun", "Laporan", 1, 1),
                _s("Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
                   "Jumlah Laporan Keuangan Berkala", "Laporan", 12, 18),
            ],
        ),
        KegiatanSpec(
            name="Administrasi Barang Milik Daerah pada Perangkat Daerah",
            indicator="Persentase barang milik daerah yang tercatat dan diamankan",
            subs=[
                _s("Penatausahaan Barang Milik Daerah pada SKPD", "Jumlah Laporan Penatausahaan Barang Milik Daerah", "Laporan", 2, 4),
                _s("Pengamanan Barang Milik Daerah SKPD", "Jumlah Barang Milik Daerah yang diamankan", "Unit", 20, 120),
            ],
        ),
        KegiatanSpec(
            name="Administrasi Kepegawaian Perangkat Daerah",
            indicator="Persentase pegawai yang mengikuti pengembangan kompetensi",
            subs=[
                _s("Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "Jumlah Pegawai yang mengikuti Diklat", "Orang", 2, 10),
                _s("Bimbingan Teknis Implementasi Peraturan Perundang-Undangan", "Jumlah Pegawai peserta Bimbingan Teknis", "Orang", 2, 12),
                _s("Pengadaan Pakaian Dinas beserta Atribut Kelengkapannya", "Jumlah Paket Pakaian Dinas yang disediakan", "Paket", 10, 40),
            ],
        ),
        KegiatanSpec(
            name="Administrasi Umum Perangkat Daerah",
            indicator="Persentase kebutuhan administrasi umum kantor yang terpenuhi",
            subs=[
                _s("Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
                   "Jumlah Paket Komponen Instalasi Listrik yang disediakan", "Unit", 10, 80),
                _s("Penyediaan Peralatan dan Perlengkapan Kantor", "Jumlah Paket Peralatan Kantor yang disediakan", "Unit", 50, 400),
                _s("Penyediaan Peralatan Rumah Tangga", "Jumlah Paket Peralatan Rumah Tangga yang disediakan", "Unit", 10, 60),
                _s("Penyediaan Bahan Logistik Kantor", "Jumlah Paket Bahan Logistik Kantor yang disediakan", "Unit", 200, 2400),
                _s("Penyediaan Barang Cetakan dan Penggandaan", "Jumlah Paket Barang Cetakan yang disediakan", "Unit", 300, 2500),
                _s("Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan", "Jumlah Eksemplar Bahan Bacaan yang disediakan", "Eks", 100, 400),
                _s("Fasilitasi Kunjungan Tamu", "Jumlah Laporan Fasilitasi Kunjungan Tamu", "Laporan", 4, 12),
                _s("Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD", "Jumlah Laporan Rapat Koordinasi dan Konsultasi", "Laporan", 24, 200),
            ],
        ),
        KegiatanSpec(
            name="Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
            indicator="Persentase sarana kantor yang tersedia sesuai kebutuhan",
            subs=[
                _s("Pengadaan Kendaraan Dinas Operasional atau Lapangan", "Jumlah Kendaraan Dinas Operasional yang disediakan", "Unit", 1, 2),
                _s("Pengadaan Mebel", "Jumlah Mebel yang disediakan", "Unit", 2, 20),
                _s("Pengadaan Peralatan dan Mesin Lainnya", "Jumlah Peralatan dan Mesin yang disediakan", "Unit", 1, 10),
                _s("Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya",
                   "Jumlah Sarana Gedung Kantor yang disediakan", "Unit", 1, 4),
            ],
        ),
        KegiatanSpec(
            name="Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            indicator="Persentase jasa penunjang perkantoran yang terpenuhi",
            subs=[
                _s("Penyediaan Jasa Surat Menyurat", "Jumlah Surat yang dikirim", "Surat", 300, 1500),
                _s("Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Jumlah Laporan Jasa Komunikasi, Air dan Listrik", "Laporan", 12, 12),
                _s("Penyediaan Jasa Peralatan dan Perlengkapan Kantor", "Jumlah Laporan Jasa Peralatan Kantor", "Laporan", 12, 12),
                _s("Penyediaan Jasa Pelayanan Umum Kantor", "Jumlah Laporan Jasa Pelayanan Umum Kantor", "Laporan", 12, 12),
            ],
        ),
        KegiatanSpec(
            name="Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
            indicator="Persentase barang milik daerah dalam kondisi baik",
            subs=[
                _s("Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
                   "Jumlah Kendaraan Dinas yang dipelihara dan dibayarkan pajaknya", "Unit", 2, 14),
                _s("Pemeliharaan Mebel", "Jumlah Mebel yang dipelihara", "Unit", 4, 20),
                _s("Pemeliharaan Peralatan dan Mesin Lainnya", "Jumlah Peralatan dan Mesin yang dipelihara", "Unit", 5, 25),
                _s("Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya", "Jumlah Gedung Kantor yang dipelihara", "Unit", 1, 3),
            ],
        ),
    ],
)

PELAYANAN = SasaranSpec(
    tujuan="Meningkatkan kualitas pelayanan publik di tingkat kecamatan",
    sasaran="Meningkatnya kualitas pelayanan publik kecamatan",
    indikator="Indeks Kepuasan Masyarakat (IKM)",
    satuan="Indeks",
    lo=76.0,
    hi=88.0,
    decimals=2,
)
DESA = SasaranSpec(
    tujuan="Mewujudkan tata kelola pemerintahan desa yang baik",
    sasaran="Meningkatnya kualitas tata kelola pemerintahan desa",
    indikator="Persentase desa dengan tata kelola pemerintahan yang baik",
    satuan="%",
    lo=70.0,
    hi=100.0,
)
PARTISIPASI = SasaranSpec(
    tujuan="Meningkatkan keberdayaan masyarakat desa",
    sasaran="Meningkatnya partisipasi masyarakat dalam pembangunan desa",
    indikator="Persentase partisipasi masyarakat dalam musyawarah perencanaan pembangunan desa",
    satuan="%",
    lo=50.0,
    hi=85.0,
)
TRANTIB = SasaranSpec(
    tujuan="Menciptakan wilayah kecamatan yang aman dan tertib",
    sasaran="Menurunnya gangguan ketenteraman dan ketertiban umum",
    indikator="Persentase penanganan gangguan ketenteraman dan ketertiban umum",
    satuan="%",
    lo=60.0,
    hi=95.0,
)
LEMBAGA = SasaranSpec(
    tujuan="Menguatkan peran lembaga kemasyarakatan desa",
    sasaran="Meningkatnya keaktifan lembaga kemasyarakatan desa",
    indikator="Persentase lembaga kemasyarakatan desa yang aktif",
    satuan="%",
    lo=55.0,
    hi=90.0,
)

TEKNIS: list[ProgramSpec] = [
    ProgramSpec(
        name="Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
        indicator="Persentase layanan administrasi umum yang diselesaikan tepat waktu",
        sasaran=PELAYANAN,
        kegiatan=[
            KegiatanSpec(
                name="Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan",
                indicator="Persentase permohonan layanan umum yang ditindaklanjuti",
                subs=[
                    _s("Peningkatan Efektivitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan",
                       "Jumlah Laporan Efektivitas Pelayanan kepada Masyarakat", "Laporan", 4, 12),
                    _s("Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan", "Jumlah Berkas Layanan PATEN yang diselesaikan", "Berkas", 300, 2400),
                ],
            ),
            KegiatanSpec(
                name="Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat",
                indicator="Persentase urusan pelimpahan yang dilaksanakan",
                subs=[
                    _s("Pelaksanaan Urusan Pemerintahan yang terkait dengan Perizinan", "Jumlah Izin yang diproses", "Izin", 20, 200),
                    _s("Pelaksanaan Urusan Pemerintahan yang terkait dengan Non Perizinan", "Jumlah Rekomendasi Non Perizinan yang diterbitkan", "Dokumen", 40, 500),
                ],
            ),
            KegiatanSpec(
                name="Koordinasi Pemeliharaan Prasarana dan Sarana Pelayanan Umum",
                indicator="Persentase prasarana pelayanan umum yang terpelihara",
                subs=[
                    _s("Pelaksanaan Pemeliharaan Prasarana dan Fasilitas Pelayanan Umum yang Melibatkan Pihak Swasta",
                       "Jumlah Prasarana Pelayanan Umum yang dipelihara", "Unit", 1, 8),
                ],
            ),
        ],
    ),
    ProgramSpec(
        name="Program Pemberdayaan Masyarakat Desa dan Kelurahan",
        indicator="Persentase partisipasi masyarakat dalam kegiatan pembangunan",
        sasaran=PARTISIPASI,
        kegiatan=[
            KegiatanSpec(
                name="Koordinasi Kegiatan Pemberdayaan Desa",
                indicator="Persentase usulan pembangunan desa yang terfasilitasi",
                subs=[
                    _s("Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
                       "Jumlah Lembaga Kemasyarakatan peserta Musrenbang Desa", "Lembaga", 8, 40),
                    _s("Peningkatan Efektivitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan",
                       "Jumlah Desa yang didampingi kegiatan pemberdayaan", "Desa", 6, 24),
                    _s("Fasilitasi Penyusunan Profil Desa", "Jumlah Profil Desa yang tersusun", "Dokumen", 6, 24),
                ],
            ),
        ],
    ),
    ProgramSpec(
        name="Program Koordinasi Ketenteraman dan Ketertiban Umum",
        indicator="Persentase gangguan ketenteraman yang tertangani",
        sasaran=TRANTIB,
        kegiatan=[
            KegiatanSpec(
                name="Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
                indicator="Persentase desa dengan satuan perlindungan masyarakat yang aktif",
                subs=[
                    _s("Sinergitas dengan Kepolisian Negara Republik Indonesia, Tentara Nasional Indonesia dan Instansi Vertikal di Wilayah Kecamatan",
                       "Jumlah Laporan Sinergitas dengan Instansi Vertikal", "Laporan", 4, 12),
                    _s("Harmonisasi Hubungan dengan Tokoh Agama dan Tokoh Masyarakat", "Jumlah Laporan Harmonisasi dengan Tokoh Masyarakat", "Laporan", 2, 12),
                    _s("Pembinaan Satuan Perlindungan Masyarakat di Desa", "Jumlah Anggota Linmas yang dibina", "Orang", 30, 240),
                ],
            ),
            KegiatanSpec(
                name="Koordinasi Penerapan dan Penegakan Peraturan Daerah dan Peraturan Kepala Daerah",
                indicator="Persentase pelanggaran peraturan daerah yang ditindaklanjuti",
                subs=[
                    _s("Koordinasi/Sinergi dengan Perangkat Daerah yang Tugas dan Fungsinya di Bidang Penegakan Peraturan Perundang-undangan",
                       "Jumlah Laporan Koordinasi Penegakan Peraturan", "Laporan", 2, 12),
                ],
            ),
        ],
    ),
    ProgramSpec(
        name="Program Pembinaan dan Pengawasan Pemerintahan Desa",
        indicator="Persentase desa yang dibina dan diawasi",
        sasaran=DESA,
        kegiatan=[
            KegiatanSpec(
                name="Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa",
                indicator="Persentase pembinaan pemerintahan desa yang terfasilitasi",
                subs=[
                    _s("Fasilitasi Administrasi Tata Pemerintahan Desa", "Jumlah Dokumen Administrasi Desa yang difasilitasi", "Dokumen", 40, 180),
                    _s("Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa",
                       "Jumlah Dokumen Keuangan Desa yang difasilitasi", "Dokumen", 20, 90),
                    _s("Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa", "Jumlah Rancangan Peraturan Desa yang dievaluasi", "Dokumen", 10, 60),
                    _s("Fasilitasi Pelaksanaan Pemilihan Kepala Desa", "Jumlah Desa penyelenggara Pilkades yang difasilitasi", "Desa", 1, 8),
                ],
            ),
        ],
    ),
    ProgramSpec(
        name="Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
        indicator="Persentase lembaga kemasyarakatan yang dibina",
        sasaran=LEMBAGA,
        kegiatan=[
            KegiatanSpec(
                name="Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan",
                indicator="Persentase lembaga kemasyarakatan desa yang aktif",
                subs=[
                    _s("Pembinaan Lembaga Kemasyarakatan Desa", "Jumlah Lembaga Kemasyarakatan yang dibina", "Lembaga", 10, 60),
                    _s("Fasilitasi Kegiatan Tim Penggerak PKK Kecamatan", "Jumlah Laporan Kegiatan PKK Kecamatan", "Laporan", 4, 12),
                ],
            ),
        ],
    ),
]

SAKIP_TUJUAN = "Meningkatnya akuntabilitas kinerja kecamatan"
SAKIP_INDIKATOR = "Nilai SAKIP Kecamatan"
#: (lower bound, grade) of the evaluation scale for "Nilai SAKIP" targets
SAKIP_GRADES = [(90, "AA"), (80, "A"), (70, "BB"), (60, "B"), (50, "CC"), (30, "C"), (0, "D")]

PERMASALAHAN = [
    ("Pelayanan administrasi kepada masyarakat belum optimal", "Waktu penyelesaian layanan sering melebihi standar",
     "Jumlah petugas loket belum sebanding dengan jumlah pemohon", "Jaringan aplikasi layanan dari dinas teknis sering terputus"),
    ("Ketenteraman dan ketertiban umum belum sepenuhnya terjaga", "Masih terjadi gangguan keamanan di lingkungan permukiman",
     "Personil Satpol PP di kecamatan terbatas", "Kesadaran warga untuk ronda lingkungan masih rendah"),
    ("Tata kelola pemerintahan desa belum tertib", "Laporan pertanggungjawaban dana desa sering terlambat",
     "Pendampingan aparatur desa oleh kecamatan belum rutin", "Kapasitas perangkat desa dalam administrasi keuangan beragam"),
    ("Partisipasi masyarakat dalam perencanaan pembangunan rendah", "Kehadiran warga dalam musyawarah desa sedikit",
     "Sosialisasi jadwal musyawarah kurang menjangkau warga", "Sebagian warga bekerja di luar desa pada hari musyawarah"),
    ("Sarana dan prasarana kantor kecamatan kurang memadai", "Ruang pelayanan sempit dan peralatan sudah tua",
     "Anggaran pemeliharaan kantor terbatas", "Harga peralatan kantor terus naik"),
]

GIVEN = [
    "Ahmad", "Budi", "Cahyo", "Dedi", "Eko", "Fajar", "Gunawan", "Hendra", "Irwan", "Joko", "Kurniawan", "Lukman",
    "Mulyadi", "Nurhadi", "Rahmat", "Sugeng", "Taufik", "Wahyu", "Yusuf", "Zainal", "Agus", "Bayu", "Darmawan",
]
FAMILY = [
    "Santoso", "Prasetyo", "Hidayat", "Setiawan", "Wibowo", "Saputra", "Firmansyah", "Nugroho", "Rahman", "Hakim",
    "Susilo", "Kurnia", "Wijaya", "Permana", "Hasanudin", "Sulaiman", "Mahendra", "Ridwan", "Syarifudin",
]
PREFIX = ["", "", "", "Drs. ", "H. ", "Moh. ", "R. "]
SUFFIX = [", S.Sos", ", S.STP", ", S.IP, M.Si", ", SH", ", S.Sos., M.M", ", SE", ", M.AP", ""]
PANGKAT = ["Pembina", "Pembina Tk. I", "Penata Tk. I", "Pembina Utama Muda"]

BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]

INTRO = [
    "Laporan Kinerja Instansi Pemerintah disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok "
    "dan fungsi {instansi} selama tahun anggaran {tahun}.",
    "Penyusunan laporan ini mengacu pada ketentuan tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah "
    "yang mewajibkan setiap perangkat daerah melaporkan capaian kinerjanya setiap akhir tahun.",
    "Laporan ini memuat perbandingan antara target yang ditetapkan dalam Perjanjian Kinerja dengan realisasi "
    "yang dicapai, beserta analisis faktor pendukung dan penghambatnya.",
    "Kami menyadari bahwa laporan ini masih memiliki kekurangan, sehingga saran dan masukan sangat kami harapkan "
    "untuk perbaikan di tahun berikutnya.",
    "{instansi} merupakan perangkat daerah yang dipimpin oleh Camat dan berkedudukan di bawah serta bertanggung "
    "jawab kepada Bupati melalui Sekretaris Daerah Kabupaten {kabupaten}.",
    "Dalam melaksanakan tugasnya, Camat dibantu oleh Sekretaris Kecamatan dan para Kepala Seksi sesuai dengan "
    "peraturan bupati tentang kedudukan, susunan organisasi, tugas dan fungsi kecamatan.",
]

SECTIONS_STD = {
    "bab1": "PENDAHULUAN", "bab2": "PERENCANAAN KINERJA", "bab3": "AKUNTABILITAS KINERJA", "bab4": "PENUTUP",
    "umum": "A. UMUM", "isu": "B. ISU STRATEGIS", "cascading": "C. CASCADING KINERJA",
    "renstra": "A. RENCANA STRATEGIS", "pk": "B. PERJANJIAN KINERJA TAHUN {tahun}",
    "capaian": "A. CAPAIAN KINERJA ORGANISASI", "anggaran": "B. REALISASI ANGGARAN",
}
SECTIONS_ALT = {
    "bab1": "PENDAHULUAN", "bab2": "PERENCANAAN DAN PERJANJIAN KINERJA", "bab3": "AKUNTABILITAS KINERJA",
    "bab4": "PENUTUP", "umum": "1.1 Latar Belakang", "isu": "1.2 Permasalahan Utama",
    "cascading": "1.3 Pohon Kinerja", "renstra": "2.1 Rencana Strategis", "pk": "2.2 Penetapan Kinerja Tahun {tahun}",
    "capaian": "3.1 Pengukuran Capaian Kinerja", "anggaran": "3.2 Akuntabilitas Keuangan",
}
