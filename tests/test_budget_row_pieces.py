"""A misread must not look like a contradiction (issue #12 item 5): pieces of a budget row a reader put in the
wrong row go back before the row's wrapped lines join (:mod:`lkjip.extract.records_spill`), so the sums add up:

- a justified name line whose last word crossed into the amount column ("Masyarakat 78.00", "PEMERINTAHAN Rp");
- an amount wrapped after a head that reads as a decimal ("571.7" / "77") in a column of grouped amounts;
- a line of a Title Case name read as a row of its own, and the capitals ending a name cut by a page break;
- a total's label broken in its narrow key cell ("JUML" / "AH") with a repeated header line between the pieces,
  or read up into the key cell of the row above ("IV. JUMLAH");
- rows printing the currency sign on their first line, the next row's first line read into this one
  ("Rp 24.055.286 Rp");
- a table whose last row's name ends in "dan" (cut by a page break): its parent falling short is a cut.
"""

from __future__ import annotations

from decimal import Decimal as D

from budget_text import budget_rows, text_report
from table_builders import found_table

from lkjip.extract.records import Sink, budget_lines

CAPTION = "Tabel 3.7 Penyerapan Anggaran per Kegiatan Tahun 2022"
HEAD = ["NO", "URAIAN", "ANGGARAN", "REALISASI", "%"]


def _lines(rows: list[list[str]], caption: str = CAPTION):
    return budget_lines(found_table(rows, caption), Sink())


def test_name_words_in_the_amount_column_go_back_to_the_name():
    lines = _lines([["Program", "Anggaran", "Realisasi", "%"],
                    ["Program Penunjang Urusan Pemerintahan", "2.805.440.172", "2.624.608.209", "93,55 %"],
                    ["Program Pemberdayaan Lembaga Adat dan", "Masyarakat 78.00", "64.96", "83,29 %"],
                    ["Hukum Adat", "0.291", "3.394", ""],
                    ["Total", "2.883.440.463", "2.689.571.603", "93,28 %"]],
                   "Tabel 3.6 Realisasi Anggaran Tahun 2022")
    assert [(b.uraian, b.anggaran, b.realisasi) for b in lines][1:] == [
        ("Program Pemberdayaan Lembaga Adat dan Masyarakat Hukum Adat", D(78000291), D(64963394)),
        ("Total", D(2883440463), D(2689571603))]


def test_a_name_word_before_a_lone_currency_sign_goes_back_and_the_amount_below_joins():
    lines = _lines([HEAD,
                    ["I.", "PROGRAM PENUNJANG URUSAN", "PEMERINTAHAN Rp", "Rp", "90,42"],
                    ["", "DAERAH KABUPATEN/KOTA", "2.394.837.410", "2.165.486.873", ""],
                    ["1.", "Administrasi Keuangan", "Rp 2.394.837.410", "Rp 2.165.486.873", "90,42"]])
    assert [(b.nomor, b.uraian, b.anggaran) for b in lines] == [
        ("I.", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", D(2394837410)),
        ("1.", "Administrasi Keuangan", D(2394837410))]


def test_a_decimal_looking_head_in_a_column_of_grouped_amounts_is_an_amount_cut():
    rows = [HEAD, ["1.", "Penyediaan Jasa Surat", "14.794.293", "12.526.390", "84,67"],
            ["2.", "Penyediaan Bahan Logistik", "6.559.083", "5.431.745", "82,81"],
            ["3.", "Penyediaan Jasa Pelayanan", "571.7", "509.4", "89,10"],
            ["", "Umum Kantor", "77", "49", ""],
            ["4.", "Penyediaan Barang Cetakan", "6.351.412", "6.276.204", "98,82"]]
    lines = _lines(rows)
    assert [(b.nomor, b.uraian, b.anggaran, b.realisasi) for b in lines][2] == (
        "3.", "Penyediaan Jasa Pelayanan Umum Kantor", D(571777), D(509449))
    assert len(lines) == 4


def test_a_decimal_head_among_decimals_stays_a_value_of_its_own():
    rows = [HEAD, ["1.", "Penyediaan Jasa Surat", "14.5", "12.5", "84,67"],
            ["2.", "Penyediaan Bahan Logistik", "6.5", "5.4", "82,81"],
            ["3.", "Penyediaan Jasa Pelayanan", "571.7", "509.4", "89,10"],
            ["", "", "77", "49", ""]]
    assert len(_lines(rows)) == 4  # no column prints grouped amounts: "571.7" / "77" may be two values


def test_a_title_case_line_of_a_name_joins_the_numbered_row_above():
    lines = _lines([HEAD, ["a.", "Pendidikan dan Pelatihan Pegawai", "19.847.094,00", "19.033.225,00", "95,90"],
                    ["", "Berdasarkan Tugas dan Fungsi", "", "", ""],
                    ["b.", "Pengadaan Pakaian Dinas", "59.432.240,00", "59.432.240,00", "100,00"],
                    ["", "BELANJA TIDAK LANGSUNG", "", "", ""]])
    assert [b.uraian for b in lines] == [
        "Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi", "Pengadaan Pakaian Dinas",
        "BELANJA TIDAK LANGSUNG"]  # a heading in capitals under a Title Case name is a row of its own


def test_a_total_label_broken_over_a_page_with_a_header_line_between_is_one_row():
    lines = _lines([HEAD, ["1.", "Pembinaan Lembaga Kemasyarakatan", "88.150.942", "86.449.683", "98,07"],
                    ["JUML", "", "3.740.837", "3.691.063", "98,6"],
                    ["", "", "ANGGARAN", "REALISASI", "%"],
                    ["AH", "", ".420", ".039", "7"]])
    assert [(b.nomor, b.uraian, b.anggaran, b.realisasi, b.persen) for b in lines][1] == (
        None, "JUMLAH", D(3740837420), D(3691063039), D("98.67"))
    assert len(lines) == 2


def test_a_total_word_read_into_the_key_cell_above_goes_back_to_its_row():
    lines = _lines([HEAD, ["III.", "Fasilitasi Penyusunan Peraturan Desa", "14.623.491", "14.623.491", "100,00"],
                    ["IV. JUMLAH", "Fasilitasi Pelaksanaan Pemilihan", "29.813.161", "26.949.285", "90,39"],
                    ["", "", "44.436.652", "41.572.776", "93,55"]])
    assert [(b.nomor, b.uraian, b.anggaran) for b in lines] == [
        ("III.", "Fasilitasi Penyusunan Peraturan Desa", D(14623491)),
        ("IV.", "Fasilitasi Pelaksanaan Pemilihan", D(29813161)), (None, "JUMLAH", D(44436652))]


def test_the_next_rows_sign_percent_and_name_head_go_back_to_it():
    lines = _lines([["Program", "Anggaran", "Realisasi", "%"],
                    ["Program Penunjang Urusan Pemerintahan", "Rp 3.787.708.805", "Rp 3.410.204.133", "90,03 %"],
                    ["Program Pemberdayaan Masyarakat Desa Program Koordinasi", "Rp 24.055.286 Rp",
                     "Rp 24.055.286 Rp", "100 % 95,05"],
                    ["Ketenteraman dan Ketertiban Umum", "211.635.339", "201.159.827", "%"],
                    ["Program Pembinaan Pemerintahan Desa Total", "Rp 8.743.983 Rp", "Rp 7.846.213 Rp", "89,73 % 90,41"],
                    ["", "4.032.150.413", "3.643.265.355", "%"]],
                   "Tabel 3.6 Realisasi Anggaran Tahun 2022")
    assert [(b.uraian, b.anggaran, b.persen) for b in lines] == [
        ("Program Penunjang Urusan Pemerintahan", D(3787708805), D("90.03")),
        ("Program Pemberdayaan Masyarakat Desa", D(24055286), D(100)),
        ("Program Koordinasi Ketenteraman dan Ketertiban Umum", D(211635339), D("95.05")),
        ("Program Pembinaan Pemerintahan Desa", D(8743983), D("89.73")),
        ("Total", D(4032150413), D("90.41"))]


def _cut_rows(last_name_end: str) -> list[list[str]]:
    rows = budget_rows()[:-1]  # the last sub kegiatan lost with the page not joined to the table
    rows[-1][1] += last_name_end
    return rows


def test_a_last_name_ending_in_dan_makes_its_parent_falling_short_a_cut():
    flags = [f for f in text_report(_cut_rows(" dan")).flags if f.rule == "budget.children_sum"]
    assert len(flags) == 2 and all(f.severity == "warning" and f.uncertain for f in flags)


def test_a_parent_falling_short_under_a_whole_last_name_stays_an_error():
    flags = [f for f in text_report(_cut_rows(" Desa")).flags if f.rule == "budget.children_sum"]
    assert len(flags) == 2 and all(f.severity == "error" for f in flags)


def test_a_header_line_repeated_with_the_end_of_a_cut_row_is_no_indicator():
    from lkjip.extract.classify import find_tables
    from lkjip.extract.document import Document, Paragraph, Table, TableRow
    from lkjip.extract.records import performance

    head = [["No", "Sasaran", "", "Satuan", "Tahun 2022", ""], ["", "Uraian", "Indikator Kinerja", "", "Target", "Realisasi"]]
    body = [(14, ["1", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", "77,79", "77,79"]),
            (14, ["2", "Meningkatnya keaktifan lembaga", "Persentase lembaga desa yang", "%", "77", "77"]),
            (15, ["", "Uraian", "Indikator Kinerja aktif", "", "Target", "Realisasi"]),
            (15, ["3", "Meningkatnya tata kelola desa", "Persentase desa dengan tata kelola baik", "%", "91", "90"])]
    rows = [TableRow(cells=c, page=14, is_header=True) for c in head] + [TableRow(cells=c, page=p) for p, c in body]
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[
        Paragraph(text="Tabel 3.1 Capaian Kinerja Sasaran Tahun 2022", page=14), Table(rows=rows, page=14)]))
    assert [p.indikator for p in performance(ft, Sink(), 2022)] == [
        "Indeks Kepuasan Masyarakat", "Persentase lembaga desa yang aktif", "Persentase desa dengan tata kelola baik"]


def _paged_lines(rows: list[tuple[int, list[str]]], caption: str = "Tabel 3.6 Realisasi Anggaran Tahun 2022"):
    from lkjip.extract.classify import find_tables
    from lkjip.extract.document import Document, Paragraph, Table, TableRow

    table = Table(rows=[TableRow(cells=c, page=p, is_header=i == 0) for i, (p, c) in enumerate(rows)], page=rows[0][0])
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf",
                                 blocks=[Paragraph(text=caption, page=rows[0][0]), table]))
    return budget_lines(ft, Sink())


def test_the_end_of_a_name_cut_by_a_page_in_an_unnumbered_table_joins_its_row():
    lines = _paged_lines([(19, ["Program", "Anggaran", "Realisasi", "%"]),
                          (19, ["Program Penunjang Urusan Pemerintahan", "2.525.442.492,00", "2.371.586.698,00", "93,91 %"]),
                          (19, ["Program Pemberdayaan", "73.593.494,00", "73.578.700,00", "99,98 %"]),
                          (20, ["Masyarakat Desa dan Kelurahan", "", "", ""]),
                          (20, ["Program Pembinaan Pemerintahan Desa", "24.619.682,00", "24.618.825,00", "99,99 %"]),
                          (20, ["Total", "2.623.655.668,00", "2.469.784.223,00", "94,14 %"])])
    assert [b.uraian for b in lines] == [
        "Program Penunjang Urusan Pemerintahan", "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
        "Program Pembinaan Pemerintahan Desa", "Total"]


def test_a_heading_without_amounts_inside_a_page_keeps_the_one_opening_a_page_a_row():
    lines = _paged_lines([(19, ["Uraian", "Anggaran", "Realisasi", "%"]),
                          (19, ["Perencanaan Perangkat Daerah", "73.593.494,00", "73.578.700,00", "99,98 %"]),
                          (19, ["Program Penyelenggaraan Pemerintahan", "", "", ""]),
                          (19, ["Pelayanan Administrasi Terpadu", "15.279.011,00", "15.278.700,00", "99,99 %"]),
                          (20, ["Program Pembinaan Pemerintahan Desa", "", "", ""]),
                          (20, ["Fasilitasi Administrasi Desa", "24.619.682,00", "24.618.825,00", "99,99 %"])])
    assert len(lines) == 5  # the table prints rows without amounts of its own: the one opening page 20 is one


def test_the_end_of_the_last_name_on_the_line_of_the_total_goes_back_to_its_row():
    lines = _lines([HEAD, ["1.", "Fasilitasi Administrasi Tata Pemerintahan Desa", "16.669.682,00", "16.668.825,00", "99,99"],
                    ["2.", "Fasilitasi Pengelolaan Keuangan Desa dan", "7.950.000,00", "7.950.000,00", "100,00"],
                    ["JUMLAH", "Pendayagunaan Aset Desa", "24.619.682,00", "24.618.825,00", "100,00"]])
    assert [(b.nomor, b.uraian, b.anggaran) for b in lines] == [
        ("1.", "Fasilitasi Administrasi Tata Pemerintahan Desa", D(16669682)),
        ("2.", "Fasilitasi Pengelolaan Keuangan Desa dan Pendayagunaan Aset Desa", D(7950000)),
        (None, "JUMLAH", D(24619682))]


def test_a_name_in_capitals_beside_a_total_label_is_the_totals_own():
    lines = _lines([HEAD, ["1.", "Fasilitasi Administrasi Tata Pemerintahan Desa", "16.669.682,00", "16.668.825,00", "99,99"],
                    ["JUMLAH", "BELANJA LANGSUNG", "16.669.682,00", "16.668.825,00", "99,99"]])
    assert [b.uraian for b in lines] == ["Fasilitasi Administrasi Tata Pemerintahan Desa", "JUMLAH BELANJA LANGSUNG"]


def test_a_sentence_restating_the_total_under_the_table_is_no_second_total():
    head = ["Program", "Anggaran", "Realisasi", "%"]
    rows = [head, ["Program Penunjang Urusan Pemerintahan", "3.960.984.024,-", "3.702.839.956,-", "93,48 %"],
            ["Program Pembinaan Pemerintahan Desa", "220.536.363,-", "205.503.449,-", "93,18 %"],
            ["Total", "4.181.520.387,-", "3.908.343.405,-", "93,47 %"]]
    said = [["Jumlah Anggaran : 4.181.520.387,- Sedangkan anggaran per kegiatan disajikan berikut:", "", "", ""]]
    other = [["Jumlah Anggaran : 9.181.520.387,-", "", "", ""]]
    caption = "Tabel 3.6 Realisasi Anggaran Tahun 2022"
    assert [b.uraian for b in _lines(rows + said, caption)][-1] == "Total"
    assert len(_lines(rows + other, caption)) == 4  # another amount: not the total restated, left as read


def test_two_money_columns_read_as_one_are_split_back():
    lines = _lines([["Program", "Anggaran Realisasi", "%"],
                    ["Program Penunjang Urusan Pemerintahan", "2.637.429.392,00 2.421.685.643,00", "91,82 %"],
                    ["Program Pembinaan Pemerintahan Desa", "133.527.123,00 120.024.543,00", "89,89 %"],
                    ["Total", "2.770.956.515,00 2.541.710.186,00", "91,73 %"]],
                   "Tabel 3.6 Realisasi Anggaran Tahun 2022")
    assert [(b.anggaran, b.realisasi, b.persen) for b in lines] == [
        (D("2637429392.00"), D("2421685643.00"), D("91.82")), (D("133527123.00"), D("120024543.00"), D("89.89")),
        (D("2770956515.00"), D("2541710186.00"), D("91.73"))]


def test_the_outputs_name_column_under_a_shifted_group_header_is_still_the_outputs_name():
    from lkjip.extract.classify import find_tables
    from lkjip.extract.document import Document, Paragraph, Table, TableRow

    head = [["NO", "URAIAN", "URAIAN", "ANGGARAN", "", "ANGGARAN", "OUTPUT/KELUARAN", "", ""],
            ["", "", "ANGGARAN", "REALISASI", "%", "URAIAN", "TARGET", "REALISASI", "%"]]
    body = [["1.", "Penataan Organisasi", "13.189.008", "13.185.500", "99,97",
             "Persentase Fasilitas Pelayanan Publik yang baik", "100%", "100%", "100"],
            ["2.", "Fasilitasi Pelayanan Publik", "13.189.008", "13.185.500", "99,97",
             "Jumlah Laporan Hasil Fasilitasi", "1 Lap", "1 Lap", "100"]]
    rows = [TableRow(cells=c, page=9, is_header=True) for c in head] + [TableRow(cells=c, page=9) for c in body]
    (ft,) = find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=[
        Paragraph(text=CAPTION, page=9), Table(rows=rows, page=9)]))
    assert [b.output_uraian for b in budget_lines(ft, Sink())] == [
        "Persentase Fasilitas Pelayanan Publik yang baik", "Jumlah Laporan Hasil Fasilitasi"]


def test_rows_of_a_page_read_as_one_row_are_split_back():
    lines = _lines([["Program", "Anggaran (Rp.)"],
                    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota Program Penyelenggaraan "
                     "Pemerintahan dan Pelayanan Publik", "Rp. 2.525.442.492 Rp. 15.279.011"],
                    ["Program Koordinasi Ketentraman dan Ketertiban Umum", "Rp. 23.460.000"],
                    ["Jumlah", "Rp. 2.564.181.503"]], "Tabel II.3 Program dan Anggaran Tahun 2022")
    assert [(b.uraian, b.anggaran) for b in lines] == [
        ("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota", D(2525442492)),
        ("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", D(15279011)),
        ("Program Koordinasi Ketentraman dan Ketertiban Umum", D(23460000)), ("Jumlah", D(2564181503))]


def test_a_page_of_rows_read_as_one_row_over_the_total_is_split_with_its_percents():
    lines = _lines([["Program", "Anggaran", "Realisasi", "%"],
                    ["Program Penunjang Urusan Pemerintahan Program Penyelenggaraan Pelayanan Publik",
                     "Rp 2.194.923.460 Rp 17.369.939", "Rp 1.874.767.428 Rp 17.369.939", "85,41 % 100 %"],
                    ["Total", "Rp 2.212.293.399", "Rp 1.892.137.367", "85,53 %"]], "Tabel 3.6 Realisasi Anggaran Tahun 2022")
    assert [(b.uraian, b.realisasi, b.persen) for b in lines] == [
        ("Program Penunjang Urusan Pemerintahan", D(1874767428), D("85.41")),
        ("Program Penyelenggaraan Pelayanan Publik", D(17369939), D(100)), ("Total", D(1892137367), D("85.53"))]
