"""Budget rows a reader broke in a narrow column, read right; what cannot be read right is a doubt (issue #12).

* an amount wrapped in a narrow column, read as two rows: the first row holds a currency sign alone or the head
  of the amount ("Rp", "15.27"), the next no number, the rest of the name and the rest of the amount: one line;
* an amount read with a space at its break ("53.857.40 1,00") is the whole amount;
* pieces of an amount on rows of their own ("2.662" / ".394." / "679") complete the amount above;
* a row whose cells print amounts none of which could be read (two rows read as one, a repeated header read
  into a row), a table whose header was read shifted over its body, a table whose header stands again as a
  line of text above it (a part of it read as text): its flags are uncertain warnings, never errors;
* a NIP under a name read with no jabatan (any line above the NIP) does not make two people.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import CASCADING_HEAD

from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.read_text import read_text_string
from lkjip.extract.stitch import header_read_as_text, text_value_column
from lkjip.model import Provenance, Report, Signatory
from lkjip.pipeline import extract_document
from lkjip.validate import validate_report

HEAD = ("LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)\nKECAMATAN CONTOH KABUPATEN CONTOH\nTAHUN 2022\n\n"
        "BAB I PENDAHULUAN\n\nBAB III AKUNTABILITAS KINERJA\n\nTabel 3.7 Realisasi Anggaran per Kegiatan\n")
COLUMNS = ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]


def _report(rows: list[list[str]], columns: list[str] = COLUMNS):
    text = HEAD + "\t".join(columns) + "\n" + "\n".join("\t".join(r) for r in rows) + "\n\nBAB IV PENUTUP\n"
    report = extract_document(read_text_string(text, "t.txt"))
    validate_report(report)
    return report


def _lines(report) -> list[tuple]:
    return [(b.nomor, b.uraian, b.anggaran, b.realisasi) for b in report.budget_lines if b.source_table == "Tabel 3.7"]


SOUND = [["", "JUMLAH", "1.117.552.042", "1.110.531.970", "99,37"],
         ["1.", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "1.000.000.000", "1.000.000.000", "100,00"],
         ["2.", "PROGRAM KOORDINASI KETENTERAMAN", "117.552.042", "110.531.970", "94,03"]]


def test_a_currency_sign_over_its_wrapped_amount_is_one_line():
    rows = [SOUND[0], SOUND[1], ["2.", "PROGRAM KOORDINASI", "Rp", "", "94,03"],
            ["", "KETENTERAMAN", "117.552.042", "110.531.970", ""]]
    report = _report(rows)
    assert _lines(report)[-1] == ("2.", "PROGRAM KOORDINASI KETENTERAMAN", Decimal("117552042"), Decimal("110531970"))
    assert not [f for f in report.flags if f.rule.startswith("budget.")]


def test_the_head_of_an_amount_over_its_tail_on_the_next_row_is_one_line():
    rows = [SOUND[0], SOUND[1], ["2.", "PROGRAM KOORDINASI", "117.55", "110.53", "94,03"],
            ["", "KETENTERAMAN", "2.042", "1.970", ""]]
    assert _lines(_report(rows))[-1] == ("2.", "PROGRAM KOORDINASI KETENTERAMAN", Decimal("117552042"),
                                         Decimal("110531970"))


def test_a_row_with_whole_amounts_under_a_row_with_whole_amounts_stays_a_line():
    rows = [*SOUND, ["", "Belanja lainnya", "5.000", "4.000", ""]]
    assert len(_lines(_report(rows))) == 4


def test_an_amount_read_with_a_space_at_its_break_is_whole():
    rows = [SOUND[0], SOUND[1], ["2.", "PROGRAM KOORDINASI KETENTERAMAN", "117.552.04 2", "110.531.970", "94,03"]]
    report = _report(rows)
    assert _lines(report)[-1][2] == Decimal("117552042")
    assert not [f for f in report.flags if f.rule.startswith("budget.")]


def test_pieces_of_an_amount_on_rows_of_their_own_complete_it():
    rows = [["", "JUMLAH", "1.117", "1.110.531.970", "99,37"], ["", "", ".552.", "", ""], ["", "", "042", "", ""],
            *SOUND[1:]]
    assert _lines(_report(rows))[0][2] == Decimal("1117552042")


def test_two_rows_read_as_one_make_the_table_doubtful():
    rows = [["", "JUMLAH", "1.127.552.042", "1.120.531.970", "99,38"], ["1.", "PROGRAM PENUNJANG", "10.000.000",
                                                                          "10.000.000", "100,00"],
            ["2.", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN PROGRAM KOORDINASI",
             "1.000.000.000 117.552.042", "1.000.000.000 110.531.970", "100,00 94,03"]]
    flags = [f for f in _report(rows).flags if f.source_table == "Tabel 3.7"]
    assert flags and all(f.severity == "warning" and f.uncertain for f in flags)
    assert all("terbaca menyatu" in f.message for f in flags)
    # a wrong total in a table read soundly stays an error
    rows = [["", "JUMLAH", "1.117.652.042", "1.110.531.970", "99,37"], *SOUND[1:]]
    assert [f.severity for f in _report(rows).flags if f.rule == "budget.total_sum"] == ["error"]


def test_a_header_read_shifted_over_its_body_is_a_doubt():
    head = ["No", "Sasaran", "Satuan Indikator Kinerja", "Realisasi Tahun 2022", "Tahun Target", "2023 Realisasi",
            "", "Capaian"]
    body = [["1", "Meningkatnya partisipasi", "Persentase partisipasi", "%", "73", "81", "81", "100"],
            ["2", "Menurunnya gangguan", "Persentase penanganan", "%", "75", "79", "79", "100"]]
    table = Table(rows=[TableRow(cells=head, is_header=True), *(TableRow(cells=r) for r in body)])
    assert "hanya berisi satuan" in (text_value_column(table) or "")
    right = ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Realisasi 2022", "Target", "Realisasi", "Capaian"]
    assert text_value_column(Table(rows=[TableRow(cells=right, is_header=True), *(TableRow(cells=r) for r in body)])) \
        is None


def test_a_header_standing_again_as_text_above_a_part_is_a_doubt():
    part = Table(rows=[TableRow(cells=["Program", "Anggaran (Rp.)"], is_header=True),
                       TableRow(cells=["Program Koordinasi", "112.786.039"]), TableRow(cells=["Jumlah", "3.781.132.632"])])
    blocks = [Paragraph(text="Program Anggaran (Rp.)"), Paragraph(text="Program 3.536.799.402"),
              Paragraph(text="Penunjang Urusan"), part]
    assert "terbaca sebagai teks" in (header_read_as_text(blocks, 3) or "")
    assert header_read_as_text([Paragraph(text="Realisasi anggaran per program:"), part], 1) is None


def _sig(name: str, context: str, jabatan: str | None) -> Signatory:
    return Signatory(name=name, nip="197206022001102006", jabatan=jabatan, context=context,
                     source=Provenance(page=1, raw=["NIP. 19720602 200110 2 006"]))


def test_a_nip_under_a_name_read_without_jabatan_is_an_uncertain_warning():
    def nip_flags(second: Signatory):
        report = Report(report_id="t", source_file="t.txt", sha256="", input_format="text", tahun=2022,
                        signatories=[_sig("LUKMAN SETIAWAN, SE", "Kata Pengantar", "CAMAT SUKAMAJU"), second])
        validate_report(report)
        return [f for f in report.flags if f.rule == "doc.nip_mismatch"]

    assert [(f.severity, f.uncertain) for f in nip_flags(_sig("Program Anggaran Keterangan", "PK 2022", None))] \
        == [("warning", True)]
    assert [f.severity for f in nip_flags(_sig("H. CAHYO RAHMAN", "PK 2022", "BUPATI"))] == ["error"]


def test_documents_stay_documents():  # the builders above are real documents
    assert isinstance(read_text_string(HEAD, "t.txt"), Document)


# --- a cascading row broken by a page, words broken by a narrow column --------------------------------------

CASCADING = CASCADING_HEAD


def _cascading_rows(rows: list[tuple[int, list[str]]]):
    from lkjip.extract.classify import find_tables
    from lkjip.extract.records_front import cascading

    table = Table(rows=[TableRow(cells=CASCADING, page=9, is_header=True),
                        TableRow(cells=[str(k) for k in range(1, 12)], page=9, is_header=True),
                        *(TableRow(cells=c, page=p) for p, c in rows)], page=9)
    ft = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[table]))[0]
    return cascading(ft)


def test_a_cascading_row_broken_by_a_page_is_joined_whole():
    rows = _cascading_rows([
        (9, ["", "Meningkatnya kemajuan", "Persentase Desa", "Meningkatnya kemajuan", "Persentase Desa", "PROGRAM",
             "Persentase partisipasi", "Koordinasi Kegiatan", "Persentase usulan", "Peningkatan Partisipasi",
             "Jumlah Lembaga"]),
        (10, ["", "dan kemandirian desa", "Maju", "dan kemandirian desa", "Maju", "DESA", "dalam pembangunan",
              "Pemberdayaan Desa", "program kegiatan", "dalam Forum", "yang Berpartisipasi"]),
        (10, ["", "", "", "", "", "", "", "", "", "Peningkatan Efektivitas", "Jumlah Laporan"])])
    assert len(rows) == 2
    assert rows[0].tujuan == "Meningkatnya kemajuan dan kemandirian desa"
    assert rows[0].indikator_tujuan == "Persentase Desa Maju"
    assert rows[1].sub_kegiatan == "Peningkatan Efektivitas" and rows[1].tujuan == rows[0].tujuan


def test_the_lower_case_ends_of_cells_on_a_new_page_join_the_row_above_and_the_rest_is_a_row():
    rows = _cascading_rows([
        (4, ["2", "Meningkatkan keberdayaan", "Persentase partisipasi dalam", "Meningkatnya partisipasi",
             "Persentase partisipasi dalam", "PROGRAM PEMBERDAYAAN", "Persentase partisipasi",
             "Koordinasi Kegiatan", "Persentase usulan", "Peningkatan Partisipasi", "Jumlah Lembaga"]),
        (5, ["", "", "pembangunan desa", "", "pembangunan desa", "", "", "", "", "Peningkatan Efektivitas",
             "Jumlah Desa"])])
    assert len(rows) == 2
    assert rows[0].indikator_tujuan == "Persentase partisipasi dalam pembangunan desa"
    assert rows[1].sub_kegiatan == "Peningkatan Efektivitas"
    assert rows[1].indikator_tujuan == "Persentase partisipasi dalam pembangunan desa"
    # on the same page, a row opening in lower case is no carried row
    same = _cascading_rows([(4, rows_cells := ["1", "Meningkatkan", "Indeks", "Meningkatnya", "Indeks", "PROGRAM",
                                               "Persentase", "Koordinasi", "Persentase", "Pelaksanaan", "Jumlah"]),
                            (4, ["", "", "", "", "", "", "", "", "", "pelaksanaan urusan", "jumlah izin"])])
    assert len(same) == 2 and same[0].sub_kegiatan == rows_cells[9]


def test_a_word_a_narrow_column_broke_is_made_whole_from_the_words_the_document_prints():
    from lkjip.pipeline import DocumentWords, mend_words

    vocab = DocumentWords(["Program Penyelenggaraan Pemerintahan dan Pelayanan Publik dilaksanakan.",
                        "PROGRAM PENYELENGGARAAN PEMERINTAHAN", "PROGRAM PENYELENGG ARAAN PEMERINTAHAN",
                        "Meningkatnyakeaktifan lembaga", "Meningkatnyakeaktifan lembaga", "Meningkatnya keaktifan",
                        "Meningkatnya kualitas pelayanan", "Kerja sama desa", "kerjasama"])
    assert mend_words("PROGRAM PENYELENGG ARAAN PEMERINTAHAN", vocab) == "PROGRAM PENYELENGGARAAN PEMERINTAHAN"
    # words of their own elsewhere stay apart, however often a reader glued them
    assert mend_words("Meningkatnya keaktifan lembaga", vocab) == "Meningkatnya keaktifan lembaga"
    assert mend_words("Kerja sama desa", vocab) == "Kerja sama desa"


def test_a_header_line_repeated_inside_a_budget_table_is_no_line():
    rows = [*SOUND[:2], ["", "", "ANGGARA N", "REALISASI", "%"], SOUND[2]]
    report = _report(rows)
    assert len(_lines(report)) == 3


def test_the_names_of_two_rows_read_into_one_make_the_table_doubtful():
    rows = [["", "Program Penunjang Urusan", "2.525.442.492", "2.371.586.698", "93,91"],
            ["", "Pemerintahan Daerah Kabupaten/Kota Program Penyelenggaraan Pemerintahan", "15.279.011",
             "15.278.700", "99,99"],
            ["", "Program Pemberdayaan Masyarakat Desa", "73.593.494", "73.578.700", "99,98"],
            ["", "Program Koordinasi Ketentraman", "23.460.000", "23.460.000", "100"],
            ["", "Total", "2.637.775.000", "2.468.444.098", "93,58"]]
    flags = [f for f in _report(rows).flags if f.source_table == "Tabel 3.7" and f.rule.startswith("budget.")]
    assert flags and all(f.severity == "warning" and "memuat nama dua baris" in f.message for f in flags)
