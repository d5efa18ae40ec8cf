"""Real number formats read through the text reader: small tables as real reports print them.

Each table is a tab-separated text export (the reader's simplest input). What the tables hold was
seen in real documents (``../shared/real``): English separators in a budget matrix and in a scanned
PK, both styles mixed in one LAKIP, negatives in parentheses, a stray space inside an amount,
``#DIV/0!`` left by a spreadsheet, and pagu "(Rp. 000)" in thousands of rupiah.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjip.extract.headers import says_thousands
from lkjip.pipeline import extract_report

D = Decimal

LKJIP = "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nKECAMATAN CONTOH TAHUN 2022\n\n"
PK = "PERJANJIAN KINERJA TAHUN 2021\nDINAS CONTOH KABUPATEN CONTOH\n\n" \
     "No\tSasaran Strategis\tIndikator Kinerja\tTarget\n1\tMeningkatnya pelayanan\tPersentase layanan\t90%\n\n"


def read(tmp_path, text: str):
    path = tmp_path / "export.txt"
    path.write_text(text, encoding="utf-8")
    report = extract_report(path)
    assert report.status != "failed", report.errors
    return report


def lines(report) -> dict[str, tuple]:
    return {b.uraian: (b.anggaran, b.realisasi, b.sisa, b.persen) for b in report.budget_lines}


def codes(report, code: str) -> list[str]:
    return [w.raw for w in report.warnings if w.code == code]


ENGLISH_TABLE = LKJIP + """Tabel 3.5 Realisasi Anggaran Tahun 2022

No\tProgram/Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan\t2,486,351,805\t2,322,768,955.50\t93.42
2\tProgram Penyelenggaraan Pemerintahan\t1,500\t1,500\t100.00
\tJumlah\t2,486,353,305\t2,322,770,455.50\t93.42
"""


def test_a_column_of_english_values_reads_them_all_even_its_lone_comma(tmp_path):
    report = read(tmp_path, ENGLISH_TABLE)
    got = lines(report)
    assert got["Program Penunjang Urusan Pemerintahan"][:2] == (D(2486351805), D("2322768955.50"))
    assert got["Program Penyelenggaraan Pemerintahan"][:2] == (D(1500), D(1500))  # the column decided 1,500
    assert got["Jumlah"][3] == D("93.42")
    assert codes(report, "number.english_separators") == ["2,486,351,805", "2,322,768,955.50"]
    assert not [f for f in report.flags if f.rule.startswith(("budget.", "number."))]


MIXED = LKJIP + """Tabel 2.2 Anggaran Program

No\tProgram\tAnggaran
1\tProgram Pengelolaan Persampahan\t3,564,173,500
2\tProgram Pengelolaan RTH\t5,294,409,800
\tJumlah\t8,858,583,300

Tabel 3.9 Realisasi Anggaran

No\tProgram/Kegiatan\tAnggaran\tRealisasi\t%
1\tProgram Pengelolaan Persampahan\t3.564.173.500,00\t3.500.000.000,00\t98,20
2\tProgram Pengelolaan RTH\t1,500\t1.500\t100,00
\tJumlah\t3.564.175.000,00\t3.500.001.500,00\t98,20
"""


def test_mixed_document_each_table_in_its_own_style_and_an_ambiguous_cell_kept_raw(tmp_path):
    report = read(tmp_path, MIXED)
    first = [b for b in report.budget_lines if b.source_table == "Tabel 2.2"]
    assert [b.anggaran for b in first] == [D(3564173500), D(5294409800), D(8858583300)]
    second = {b.uraian: b for b in report.budget_lines if b.source_table == "Tabel 3.9"}
    assert second["Program Pengelolaan Persampahan"].anggaran == D("3564173500.00")
    rth = second["Program Pengelolaan RTH"]
    assert rth.anggaran is None  # "1,500" in an Indonesian column: 1500 or 1,5? never guessed
    assert rth.realisasi == D(1500)
    assert [c.raw for c in rth.malformed] == ["1,500"] and D(1500) in rth.malformed[0].candidates


def test_a_value_that_proves_english_by_itself_is_read_in_a_mixed_column(tmp_path):
    report = read(tmp_path, PK + """No\tProgram\tAnggaran\tKeterangan
1\tProgram Penunjang Urusan Pemerintahan\tRp. 23,665,554,229.00\tAPBD
2\tProgram Pengelolaan Informasi\tRp. 9.985.639. 757,-\tAPBD
\tJumlah\tRp. 33,651,193,986.00\t
""")
    budgets = {b.program: b.anggaran for pk in report.pks for b in pk.budgets}
    assert budgets == {"Program Penunjang Urusan Pemerintahan": D("23665554229.00"),
                       "Program Pengelolaan Informasi": D(9985639757), "Jumlah": D("33651193986.00")}
    assert codes(report, "number.repaired") == ["Rp. 9.985.639. 757,-"]
    assert codes(report, "number.english_separators") == ["Rp. 23,665,554,229.00", "Rp. 33,651,193,986.00"]
    assert not [w for w in report.warnings if w.code == "number.sum_mismatch"]


THOUSANDS = LKJIP + """Tabel 3.5 Realisasi Anggaran Tahun 2022 (dalam ribuan rupiah)

No\tProgram/Kegiatan\tAnggaran\tRealisasi\tSisa\t%
1\tProgram Penunjang Urusan Pemerintahan\t1.250.500\t1.100.250\t150.250\t87,98
2\tProgram Pelayanan\t#DIV/0!\t(300)\t-\t#DIV/0!
\tJumlah\t1.250.500\t1.099.950\t150.550\t87,96
"""


def test_amounts_in_thousands_are_scaled_exactly_and_the_scaling_recorded(tmp_path):
    report = read(tmp_path, THOUSANDS)
    got = lines(report)
    assert got["Program Penunjang Urusan Pemerintahan"] == (D(1250500000), D(1100250000), D(150250000), D("87.98"))
    assert got["Program Pelayanan"][:3] == (None, D(-300000), D(0))  # (300) is negative; a dash is 0
    assert codes(report, "number.thousands") == ["1.250.500", "1.100.250", "150.250"]


def test_spreadsheet_errors_are_warnings_never_numbers_nor_error_flags(tmp_path):
    report = read(tmp_path, THOUSANDS)
    assert lines(report)["Program Pelayanan"][0] is None and lines(report)["Program Pelayanan"][3] is None
    div = [w for w in report.warnings if w.raw == "#DIV/0!"]
    assert len(div) == 2 and all(w.code == "number.unparseable" and "spreadsheet" in w.message for w in div)
    assert not [f for f in report.flags if f.found == "#DIV/0!"]


def test_a_renja_pagu_header_in_thousands(tmp_path):
    report = read(tmp_path, LKJIP + """Tabel 3.1 Pagu Program

No\tProgram/Kegiatan\tPagu Indikatif (Rp. 000)
1\tProgram Pelayanan Administrasi Perkantoran\t125.750
2\tProgram Peningkatan Sarana\t(1.250,5)
""")
    assert [b.anggaran for b in report.budget_lines] == [D(125750000), D("-1250500.0")]
    assert len(codes(report, "number.thousands")) == 1


NEGATIVES = LKJIP + """Tabel 3.6 Perubahan Anggaran

No\tProgram/Kegiatan\tAnggaran\tRealisasi\tSisa
1\tProgram Penunjang Urusan Pemerintahan\t7.838.434.333\t8.138.600.361\t(300.166.028)
2\tProgram Pengelolaan Informasi\t100.000\t101.000\t-1.000
\tJumlah\t7.838.534.333\t8.138.701.361\t(300.167.028)
"""


def test_parentheses_and_a_minus_sign_are_negatives(tmp_path):
    got = lines(read(tmp_path, NEGATIVES))
    assert got["Program Penunjang Urusan Pemerintahan"][2] == D(-300166028)
    assert got["Program Pengelolaan Informasi"][2] == D(-1000)
    assert got["Jumlah"][2] == D(-300167028)


GROWTH = LKJIP + """Tabel 2.6 Matrik Anggaran dan Realisasi

Program/Kegiatan\tAnggaran 2022\tRealisasi 2022\tRata-rata Pertumbuhan Anggaran\tRata-rata Pertumbuhan Realisasi
PROGRAM PENUNJANG\t2,964,713,651\t2,581,170,421\t6.70\t6.82
JUMLAH\t3,831,102,351\t3,361,311,356\t10.38\t10.68
"""


def test_growth_rates_are_never_taken_for_amounts(tmp_path):
    got = lines(read(tmp_path, GROWTH))
    assert got["PROGRAM PENUNJANG"][:2] == (D(2964713651), D(2581170421))
    assert got["JUMLAH"][:2] == (D(3831102351), D(3361311356))


@pytest.mark.parametrize(
    ("text", "found"),
    [("Pagu Indikatif APBD Kab. (Rp. 000)", "(Rp. 000)"), ("Anggaran (Rp 000)", "(Rp 000)"),
     ("Tabel 3.5 Realisasi (dalam ribuan rupiah)", "dalam ribuan"), ("Anggaran (000)", "(000)"),
     ("Pagu (Rp.000)", "(Rp.000)"), ("Anggaran (Rp)", None), ("Rp. 000.000", None), (None, None)],
)
def test_says_thousands(text, found):
    assert says_thousands(text) == found
