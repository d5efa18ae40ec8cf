"""Table cells that become records when a reader cut a row, a name or a header word into pieces (issue #12).

Each test is one mechanism, on the cells a PDF reader produced for a generated report (narrow names, right-aligned
row numbers, a PK's tujuan and sasaran parts stitched into one table, a signature block read as table rows), cut
down to a few rows.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.meta import document_lines, find_signatories
from lkjip.extract.ocr_words import dictionary_vocabulary
from lkjip.extract.records import Sink, performance, renstra_targets
from lkjip.extract.records_front import permasalahan
from lkjip.extract.records_pk import pk_budgets, pk_targets
from lkjip.extract.signing import block_line


def _row(cells: list[str], header: bool = False) -> TableRow:
    return TableRow(cells=cells, is_header=header)


def _found(caption: str, rows: list[list[str] | TableRow]):
    table = Table(rows=[r if isinstance(r, TableRow) else _row(r) for r in rows])
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[Paragraph(text=caption), table]))
    return ft


KINERJA_HEAD = [["Sasaran Strategis", "Indikator Kinerja", "Kinerja", "", "", "Biaya", "", ""],
                ["", "", "Target", "Realisasi", "%", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
                ["1", "2", "3", "4", "5", "6", "7", "8"]]


def test_a_header_word_a_narrow_cell_broke_over_two_header_rows_still_names_its_column():
    """"Indikato" over "r Kinerja": the table is still the kinerja-and-anggaran table, its indicators read."""
    head = [["Sasaran Strategis", "Indikato", "Kinerja", "", "", "Biaya", "", ""],
            ["", "r Kinerja", "Target", "Realisasi", "%", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
            ["1", "2", "3", "4", "5", "6", "7", "8"]]
    body = [["Meningkatnya partisipasi masyarakat", "Persentase partisipasi masyarakat", "75", "73", "97,33",
             "31.012.255,-", "26.664.246,-", "85,98"]]
    ft = _found("Tabel 3.4 Capaian Kinerja dan Anggaran Tahun 2023", head + body)
    assert ft.kind is TableKind.kinerja_anggaran
    (rec,) = performance(ft, Sink(), 2023)
    assert rec.indikator == "Persentase partisipasi masyarakat" and rec.anggaran == D(31012255)


def test_a_row_wrapped_by_narrow_columns_joins_the_one_above_with_the_end_of_its_number():
    """The first line of each cell ("Meningkatny", "Indeks", "10") read as one row and the rest ("a kualitas
    pelayanan publik", "Kepuasan Masyarakat", "0") as another: one record, capaian 100."""
    body = [["Meningkatny", "Indeks", "82,46", "82,47", "10", "15.279.011,-", "15.278.700,-", "99,99"],
            ["a kualitas pelayanan publik", "Kepuasan Masyarakat", "", "", "0", "", "", ""],
            ["Meningkatny", "Persentas", "100", "100", "10", "121.673.176,-", "121.657.525,-", "99,99"],
            ["a tata kelola pemerintahan desa", "e kualitas tata kelola", "", "", "0", "", "", ""]]
    recs = performance(_found("Tabel 3.4 Pencapaian Kinerja dan Anggaran", KINERJA_HEAD + body), Sink(), 2022)
    assert [r.indikator for r in recs][0] == "Indeks Kepuasan Masyarakat"
    assert [r.capaian for r in recs] == [D(100), D(100)]
    if dictionary_vocabulary("ind").prefix_count("meningkatnya"):  # the word glued back by the dictionary
        assert recs[0].sasaran == "Meningkatnya kualitas pelayanan publik"
        assert recs[1].indikator == "Persentase kualitas tata kelola"


def test_a_new_indicator_under_a_wrapped_sasaran_is_no_continuation():
    """A lower-case sasaran piece beside an indicator with its own target and realisasi: a row of its own."""
    body = [["Meningkatnya kualitas", "Indeks Kepuasan Masyarakat", "82", "80", "97,56", "15.279.011,-",
             "15.278.700,-", "99,99"],
            ["pelayanan publik", "Persentase desa maju", "5", "4", "80", "1.000.000,-", "900.000,-", "90"]]
    recs = performance(_found("Tabel 3.4 Pencapaian Kinerja dan Anggaran", KINERJA_HEAD + body), Sink(), 2022)
    assert [(r.indikator, r.target) for r in recs] == [("Indeks Kepuasan Masyarakat", D(82)),
                                                       ("Persentase desa maju", D(5))]


def test_a_row_number_read_into_the_name_column_is_no_part_of_the_name():
    """Numbers printed right-aligned in the "No." column land in the sasaran's cell, the No. column empty."""
    rows = [["No.", "Sasaran", "Indikator", "Target"],
            ["", "1 Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)", "82,47 %"],
            ["", "2 Meningkatnya tata kelola pemerintahan desa", "Persentase Desa Maju", "100 %"]]
    recs = performance(_found("Tabel 2.2 Sasaran dan Indikator", rows), Sink(), 2022)
    assert [r.sasaran for r in recs] == ["Meningkatnya kualitas pelayanan publik",
                                         "Meningkatnya tata kelola pemerintahan desa"]


def test_no_and_sasaran_read_as_one_column_give_the_name_without_its_number():
    rows = [["No Sasaran", "", "Satuan", "Tahun 2022", ""],
            ["Uraian", "Indikator Kinerja", "", "Target", "Realisasi"],
            ["1 Meningkatnya kualitas pelayanan publik", "Indeks kepuasan masyarakat", "-", "82,47", "82,46"]]
    (rec,) = performance(_found("Tabel 3.1 Capaian Kinerja Sasaran", rows), Sink(), 2022)
    assert rec.sasaran == "Meningkatnya kualitas pelayanan publik" and rec.realisasi == D("82.46")


# --- PK targets ---------------------------------------------------------------------------------------------

PK = "LAMPIRAN PERJANJIAN KINERJA TAHUN 2023"


def test_a_pk_sasaran_part_stitched_under_its_tujuan_part_changes_the_level_and_is_no_target():
    rows = [_row(["No.", "Tujuan", "Indikator Kinerja", "Target"], True),
            _row(["(1)", "(2)", "(3)", "(4)"], True),
            ["1.", "Meningkatnya akuntabilitas kinerja", "Nilai SAKIP Kecamatan", "B (68,69)"],
            _row(["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"], True),
            _row(["1", "2", "3", "4"], True),
            ["1", "Meningkatnya partisipasi masyarakat", "Persentase partisipasi masyarakat", "75%"]]
    got = [(t.level, t.indikator, t.target) for t in pk_targets(_found(PK, rows), Sink())]
    assert got == [("tujuan", "Nilai SAKIP Kecamatan", D("68.69")),
                   ("sasaran", "Persentase partisipasi masyarakat", D(75))]


def test_pk_target_rows_carried_on_and_a_repeated_numbering_row_holding_a_name_s_end():
    rows = [["No.", "Tujuan", "Indikator Kinerja", "Target"],
            ["(1)", "(2)", "(3)", "(4)"],
            ["1.", "Meningkatnya tata kelola pemerintahan", "Nilai SAKIP", "BB"],
            ["", "di kecamatan", "Kecamatan", "(70)"],
            ["2.", "Meningkatnya tata kelola administrasi", "Presentase desa dengan tata kelola", "100%"],
            ["(1)", "(2)", "(3) yang baik", "(4)"]]
    got = [(t.sasaran, t.indikator, t.target) for t in pk_targets(_found(PK, rows), Sink())]
    assert got == [("Meningkatnya tata kelola pemerintahan di kecamatan", "Nilai SAKIP Kecamatan", D(70)),
                   ("Meningkatnya tata kelola administrasi", "Presentase desa dengan tata kelola yang baik", D(100))]


# --- PK budgets ---------------------------------------------------------------------------------------------


def test_pk_budget_amounts_wrapped_in_a_narrow_column_and_names_wrapped_onto_a_row_of_their_own():
    rows = [["", "Program", "Anggaran", "Keterangan"],
            ["1", "Penunjang Urusan Pemerintahan", "3.196", "APBD"],
            ["", "", ".815.", ""],
            ["", "", "137,-", ""],
            ["2", "Koordinasi Ketenteraman", "197.8", "APBD"],
            ["", "", "94.009,-", ""]]
    got = [(b.program, b.anggaran) for b in pk_budgets(_found(PK, rows), Sink())]
    assert got == [("Penunjang Urusan Pemerintahan", D(3196815137)), ("Koordinasi Ketenteraman", D(197894009))]


def test_a_pk_program_name_wrapped_onto_a_row_of_its_own_under_a_headerless_number_column_joins_it():
    rows = [["", "Program", "Anggaran", "Keterangan"],
            ["1", "Penunjang Urusan Pemerintahan", "2.307.258.185,-", "APBD/DAU"],
            ["2", "Penyelenggaraan Pemerintahan dan", "3.355.204,-", "APBD/DAU"],
            ["", "Pelayanan Publik", "", ""],
            ["3", "Koordinasi Ketentraman", "1.050.000,-", "APBD/DAU"]]
    got = [b.program for b in pk_budgets(_found(PK, rows), Sink())]
    assert got == ["Penunjang Urusan Pemerintahan", "Penyelenggaraan Pemerintahan dan Pelayanan Publik",
                   "Koordinasi Ketentraman"]


def test_pk_budget_numbers_and_amounts_read_into_the_neighbouring_columns():
    """Right-aligned row numbers in the program's cell, each amount in the Keterangan cell, a name's end on
    a row of its own."""
    rows = [["Program", "Anggaran", "Keterangan"],
            ["1 Penunjang Urusan Pemerintahan", "", "Rp. 2.503.940.069 APBD/DAU"],
            ["2 Pemberdayaan Masyarakat", "Rp. 41.024.906", "APBD"],
            ["Desa dan Kelurahan", "", ""],
            ["3 Koordinasi Ketenteraman", "Rp. 80.130.116", "APBD"]]
    got = [(b.program, b.anggaran, b.sumber_dana) for b in pk_budgets(_found(PK, rows), Sink())]
    assert got == [("Penunjang Urusan Pemerintahan", D(2503940069), "APBD/DAU"),
                   ("Pemberdayaan Masyarakat Desa dan Kelurahan", D(41024906), "APBD"),
                   ("Koordinasi Ketenteraman", D(80130116), "APBD")]


# --- renstra, permasalahan ----------------------------------------------------------------------------------


def test_renstra_kondisi_header_broken_inside_its_word_and_a_repeated_header_worded_otherwise():
    rows = [_row(["Misi", "Tujuan / Sasaran", "Indikator", "Kondis", "Target", "", "", "Kondis"], True),
            _row(["", "", "", "i Awal Renstra (2018)", "2019", "2020", "2021", "i Akhir Renstra (2021)"], True),
            ["1", "Meningkatnya tata kelola", "Nilai SAKIP Kecamatan", "60", "62", "64", "66", "66"],
            _row(["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal", "Target", "", "", "Kondisi Akhir"], True),
            ["2", "Meningkatnya pelayanan", "Indeks Kepuasan Masyarakat", "80", "81", "82", "83", "83"]]
    got = {(t.indikator, t.jenis, t.tahun): t.target for t in renstra_targets(_found("Tabel 2.1 Renstra", rows),
                                                                                 Sink())}
    assert len(got) == 10
    assert got[("Nilai SAKIP Kecamatan", "kondisi_awal", 2018)] == D(60)
    assert got[("Indeks Kepuasan Masyarakat", "kondisi_akhir", 2021)] == D(83)


def test_a_masalah_number_read_into_the_masalah_column_leaves_the_no_column():
    rows = [["No", "Masalah", "Pokok Masalah", "Akar Masalah"],
            ["", "1. Pelayanan terhadap masyarakat kurang optimal", "Kondisi sarana", "Faktor Internal: SDM"],
            ["", "", "Nilai SKM belum memenuhi target", "Faktor Internal: sarana"],
            ["", "2. Gangguan ketertiban", "Kriminalitas", "Faktor Eksternal: kondisi"]]
    got = [(p.no, p.masalah) for p in permasalahan(_found("Tabel 1.1 Pemetaan Permasalahan", rows))]
    assert got == [("1.", "Pelayanan terhadap masyarakat kurang optimal"),
                   ("1.", "Pelayanan terhadap masyarakat kurang optimal"), ("2.", "Gangguan ketertiban")]


# --- a signature block read as a table's last rows ------------------------------------------------------------


def test_block_lines_split_what_a_row_glued():
    assert block_line("Lembah Hijau, 10 Januari 2023 Pihak Kedua") == ["Lembah Hijau, 10 Januari 2023", "Pihak Kedua"]
    assert block_line("Pihak Pertama CAMAT SUKAMAJU") == ["Pihak Pertama", "CAMAT SUKAMAJU"]
    assert block_line("BUPATI LEMBAH HIJAU, H. CAHYO RAHMAN") == ["BUPATI LEMBAH HIJAU,", "H. CAHYO RAHMAN"]
    assert block_line("MOH. YUSUF SUSILO, S.IP, M.Si Penata Tk. I") == ["MOH. YUSUF SUSILO, S.IP, M.Si",
                                                                       "Penata Tk. I"]
    # a two-word place, then a name whose degree follows a comma: the name starts at its title
    assert block_line("Pihak Pertama CAMAT TANJUNG LESTARI DRS. HENDRA WIBOWO, M.AP Pembina Tk. I") == [
        "Pihak Pertama", "CAMAT TANJUNG LESTARI", "DRS. HENDRA WIBOWO, M.AP", "Pembina Tk. I"]


def test_block_lines_split_a_name_from_the_next_party_label_and_a_head_from_the_name_under_it():
    """A block whose lines are spaced unevenly is glued in other pairs than its lines' meaning."""
    assert block_line("BUPATI LEMBAH HIJAU, H. CAHYO RAHMAN Pihak Pertama") == [
        "BUPATI LEMBAH HIJAU,", "H. CAHYO RAHMAN", "Pihak Pertama"]
    assert block_line("CAMAT SUKAMAJU ANI WIJAYA, S.Sos Pembina") == ["CAMAT SUKAMAJU", "ANI WIJAYA, S.Sos",
                                                                      "Pembina"]
    # without a degree a two-word place cannot be told from a name; a jabatan is never split into a "name"
    assert block_line("BUPATI LEMBAH HIJAU") == ["BUPATI LEMBAH HIJAU"]
    assert block_line("KEPALA DINAS KESEHATAN") == ["KEPALA DINAS KESEHATAN"]


#: a PK's budget table whose last rows a reader filled with the signature block under it, one cell a row
_PK_BUDGET_HEAD = [["", "Program", "Anggaran", "Keterangan"], ["1", "Penunjang Urusan", "Rp 3.065.422.354", "APBD"]]


def _signed_pk(block: list[str]):
    """The signatory with a NIP that the PK 2023 (heading on page 1, table on page 2) gets from ``block``."""
    table = Table(rows=[TableRow(cells=c, page=2) for c in [*_PK_BUDGET_HEAD, *([line, "", "", ""] for line in block)]],
                  page=2, n_cols=4)
    doc = Document(source_file="t.pdf", input_format="pdf", pages=2,
                   blocks=[Paragraph(text="PERJANJIAN KINERJA TAHUN 2023", page=1), table])
    (sig,) = [s for s in find_signatories(document_lines(doc), []) if s.nip]
    return sig


def test_a_stacked_signature_block_glued_in_other_pairs_still_signs_its_pk_with_the_right_party():
    sig = _signed_pk(["Lembah Hijau, 10 Januari 2023 Pihak Kedua",
                      "BUPATI LEMBAH HIJAU, H. CAHYO RAHMAN Pihak Pertama",
                      "CAMAT SUKAMAJU MOH. YUSUF SUSILO, S.IP Penata Tk. I",
                      "Nip. 19670517 199211 2 002"])
    assert (sig.role, sig.name, sig.jabatan, sig.pangkat) == ("pihak_pertama", "MOH. YUSUF SUSILO, S.IP",
                                                              "CAMAT SUKAMAJU", "Penata Tk. I")


def test_a_signature_block_read_as_one_cell_rows_of_a_pk_budget_table_signs_its_pk():
    sig = _signed_pk(["Lembah Hijau, 10 Januari 2023 Pihak Kedua",
                      "BUPATI LEMBAH HIJAU, H. CAHYO RAHMAN",
                      "Pihak Pertama CAMAT SUKAMAJU",
                      "MOH. YUSUF SUSILO, S.IP, M.Si Penata Tk. I",
                      "Nip. 19670517 199211 2 002 PERJANJIAN KINERJA TAHUN 2024"])
    assert (sig.context, sig.name, sig.jabatan, sig.pangkat) == ("PK 2023", "MOH. YUSUF SUSILO, S.IP, M.Si",
                                                                 "CAMAT SUKAMAJU", "Penata Tk. I")
    assert sig.date == dt.date(2023, 1, 10) and sig.nip == "196705171992112002"


def test_a_wrapped_row_with_no_value_of_its_own_joins_the_row_above_with_the_ends_of_its_amounts():
    """"pelayanan publik | Masyarakat | … | 9.011,- | 8.700,-": the sasaran runs on in lower case, the
    indicator's next word is capitalised, the amounts' ends complete "15.27" / "15.27"."""
    body = [["Meningkatnya kualitas", "Indeks Kepuasan", "82,46", "82,47", "100", "15.27", "15.27", "99,99"],
            ["pelayanan publik", "Masyarakat", "", "", "", "9.011,-", "8.700,-", ""]]
    (rec,) = performance(_found("Tabel 3.4 Pencapaian Kinerja dan Anggaran", KINERJA_HEAD + body), Sink(), 2022)
    assert (rec.sasaran, rec.indikator) == ("Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat")
    assert (rec.anggaran, rec.realisasi_anggaran) == (D(15279011), D(15278700))


def test_a_closing_bracket_wrapped_onto_a_header_row_of_its_own_keeps_the_column_s_name():
    head = [["Sasaran Strategis", "Indikator Kinerja", "Kinerja", "", "", "Biaya", "", ""],
            ["", "", "Target", "Realisasi", "%", "Ang gar an (Rp", "Realisasi (Rp", "%"],
            ["", "", "", "", "", ")", ")", ""]]
    body = [["Meningkatnya partisipasi", "Persentase partisipasi", "63", "63", "100", "12.547.755,-",
             "12.500.000,-", "99,62"]]
    (rec,) = performance(_found("Tabel 3.4 Capaian Kinerja dan Anggaran", head + body), Sink(), 2021)
    assert (rec.anggaran, rec.realisasi_anggaran) == (D(12547755), D(12500000))


def test_the_rest_of_a_pk_indicator_s_name_alone_on_the_next_page_joins_it():
    rows = [["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"],
            ["1.", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan", "82,99"],
            ["", "", "Masyarakat (IKM)", ""],
            ["2.", "Meningkatnya tata kelola", "Persentase desa tertib", "100%"]]
    got = [(t.indikator, t.target) for t in pk_targets(_found(PK, rows), Sink())]
    assert got == [("Indeks Kepuasan Masyarakat (IKM)", D("82.99")), ("Persentase desa tertib", D(100))]


def _after(text: str, rows: list[list[str]]):
    blocks = [Paragraph(text="B. PENETAPAN KINERJA TAHUN 2022"), Paragraph(text=text),
              Table(rows=[_row(r) for r in rows])]
    return find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=blocks))[-1]


def test_a_one_line_header_cut_off_by_a_page_break_and_read_as_text_heads_its_table():
    ft = _after("No. Sasaran Indikator Target", [["1", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan", "82,47 %"],
                                                 ["2", "Meningkatnya tata kelola", "Persentase Desa Maju", "100 %"]])
    assert ft.kind is TableKind.sasaran_indikator
    assert [r.target for r in performance(ft, Sink(), 2022)] == [D("82.47"), D(100)]


def test_a_cut_off_header_over_numbered_rows_and_running_text_are_told_apart():
    rows = [["1", "Penunjang Urusan Pemerintahan", "Rp. 2.024.597.175", "APBD"],
            ["2", "Pemberdayaan Masyarakat Desa", "Rp. 123.308.305", "APBD"]]
    ft = _after("Program Anggaran Keterangan", rows)
    assert [c.text for c in ft.columns] == ["", "Program", "Anggaran", "Keterangan"]
    assert _after("Program dan anggaran tahun ini sebagai berikut", rows).kind is TableKind.unknown


def test_the_end_of_a_name_a_page_break_put_before_the_next_row_s_name_goes_back():
    head = [["Sasaran Strategis", "Indikator Sasaran", "% Capaian Kinerja", "% Penyerapan Anggaran",
             "Tingkat Efisiensi"], ["1", "2", "3", "4", "5"]]
    rows = [TableRow(cells=c, page=p) for c, p in (
        (head[0], 12), (head[1], 12),
        (["Menurunnya gangguan ketertiban", "Persentase", "97,44%", "89,47 %", "1,09"], 12),
        (["Meningkatnya keaktifan lembaga", "penanganan gangguan ketertiban umum Persentase lembaga aktif",
          "98,57%", "95,61 %", "1,03"], 13))]
    got = [r.indikator for r in performance(_found("Tabel 3.5 Efisiensi Penggunaan Sumber Daya", rows), Sink(), 2021)]
    assert got == ["Persentase penanganan gangguan ketertiban umum", "Persentase lembaga aktif"]


def test_a_jabatan_read_as_a_table_s_last_row_heads_the_signature_printed_below():
    table = Table(rows=[TableRow(cells=c, page=3) for c in (
        ["NO", "URAIAN", "ANGGARAN"], ["JUMLAH", "", "Rp 2.662.394.679"], ["CAMAT", "SOKOBANAH", ""])],
        page=3, n_cols=3)
    doc = Document(source_file="t.pdf", input_format="pdf", pages=3, blocks=[
        Paragraph(text="PELAKSANAAN PROGRAM DAN KEGIATAN TA. 2022", page=3), table,
        Paragraph(text="ABDUL FATAH, BA\nPembina\nNIP. 19670923 198809 1 001", page=3)])
    sig = next(s for s in find_signatories(document_lines(doc), []) if s.nip)
    assert (sig.name, sig.jabatan, sig.pangkat) == ("ABDUL FATAH, BA", "CAMAT SOKOBANAH", "Pembina")


def test_an_akar_masalah_s_end_put_before_the_next_row_s_own_goes_back():
    rows = [["No", "Masalah", "Pokok Masalah", "Akar Masalah"],
            ["3.", "Tata kelola desa", "Pelayanan lambat", "Faktor Internal: SDM terbatas Faktor Eksternal: "
                                                            "Kurangnya pemahaman Perangkat Desa"],
            ["4.", "Partisipasi rendah", "Kehadiran rendah", "tentang Tugas pokok dan fungsinya Faktor Internal: "
                                                             "Kondisi geografis"]]
    got = [(p.akar_masalah_eksternal, p.akar_masalah_internal) for p in
           permasalahan(_found("Tabel 1.1 Pemetaan Permasalahan", rows))]
    assert got == [("Kurangnya pemahaman Perangkat Desa tentang Tugas pokok dan fungsinya", "SDM terbatas"),
                   (None, "Kondisi geografis")]


def test_a_renstra_indicator_s_wrapped_end_on_a_row_of_its_own_joins_it():
    rows = [["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal (2020)", "Target", "", "Kondisi Akhir (2022)"],
            ["", "", "", "", "2021", "2022", ""],
            ["3", "Menurunnya gangguan", "Persentase penanganan gangguan ketertiban", "68", "73", "79", "79"],
            ["", "", "umum", "", "", "", ""],
            ["4", "Meningkatnya tata kelola", "Persentase desa tertib", "81", "83", "86", "86"]]
    got = {t.indikator for t in renstra_targets(_found("Tabel 2.1 Renstra", rows), Sink())}
    assert got == {"Persentase penanganan gangguan ketertiban umum", "Persentase desa tertib"}


def test_a_pihak_pertama_label_read_onto_the_line_before_still_names_the_role():
    lines = ["PERJANJIAN KINERJA TAHUN 2023", "Sampang, 09 Januari 2023", "Pihak Kedua", "BUPATI SAMPANG,",
             "H. SLAMET JUNAIDI Pihak Pertama", "CAMAT SOKOBANAH", "ABDUL FATAH, BA", "Pembina",
             "NIP. 19690311 200312 1 004"]
    doc = Document(source_file="t.pdf", input_format="pdf", pages=1, blocks=[Paragraph(text="\n".join(lines), page=1)])
    sig = next(s for s in find_signatories(document_lines(doc), []) if s.nip)
    assert (sig.role, sig.name, sig.jabatan) == ("pihak_pertama", "ABDUL FATAH, BA", "CAMAT SOKOBANAH")
