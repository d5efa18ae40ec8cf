"""A table's one-line header cut off at the foot of the page before, read as a line of text, still names the
table (:func:`lkjip.extract.classify.find_tables`): with a word that only qualifies a label ("Target Kinerja",
"Anggaran (Rp.)"), with the first line of the row under it left at the foot with it, and over a body whose
first rows (text only) read as a header of no known kind."""

from __future__ import annotations

from decimal import Decimal as D

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.records import Sink, budget_lines, performance
from lkjip.extract.records_pk import pk_targets


def _table(rows: list[list[str]], page: int) -> Table:
    return Table(rows=[TableRow(cells=c, page=page) for c in rows], page=page)


def _kinds(*blocks) -> list:
    return find_tables(Document(source_file="t.pdf", input_format="pdf", blocks=list(blocks)))


def test_a_qualifying_word_joins_the_label_before_it_and_the_pk_table_is_read():
    head = Paragraph(text="No. Sasaran Strategis Indikator Target Kinerja", page=13, bold=True)
    body = _table([["1", "2", "3", "4"],
                   ["1", "Meningkatnya partisipasi masyarakat", "Persentase partisipasi masyarakat", "54%"],
                   ["2", "Meningkatnya kualitas tata kelola", "Persentase desa dengan tata kelola baik", "88%"]], 14)
    (ft,) = _kinds(Paragraph(text="LAMPIRAN PERJANJIAN KINERJA TAHUN 2022", page=13, bold=True), head, body)
    assert ft.kind is TableKind.pk_targets
    recs = pk_targets(ft, Sink())
    assert [r.indikator for r in recs] == ["Persentase partisipasi masyarakat", "Persentase desa dengan tata kelola baik"]


def test_a_header_left_at_the_foot_with_the_first_line_of_its_row_still_names_a_body_of_text_rows():
    """"Program Anggaran Keterangan" (bold) and "1 Penunjang Rp … APBD" at the foot of page 15; the table on page
    16 opens with the rest of that row, text only: read as a header it names nothing, so the cut header does."""
    head = Paragraph(text="Program Anggaran Keterangan", page=15, bold=True)
    row_line = Paragraph(text="1 Penunjang Rp 2.170.669.028 APBD", page=15)
    body = _table([["", "Urusan Pemerintahan Daerah Kabupaten/Kota", "", ""],
                   ["2", "Pemberdayaan Masyarakat Desa dan Kelurahan", "Rp 158.567.505", "APBD"],
                   ["3", "Pembinaan dan Pengawasan Pemerintahan Desa", "Rp 144.723.098", "APBD"]], 16)
    (ft,) = _kinds(Paragraph(text="Tabel 2.3 Program dan Anggaran Tahun 2024", page=15), head, row_line, body)
    assert ft.kind in (TableKind.budget, TableKind.pk_budget)
    lines = budget_lines(ft, Sink())
    assert [r.anggaran for r in lines] == [D(2170669028), D(158567505), D(144723098)]
    assert lines[0].uraian == "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"  # its line and its rest
    assert ft.table.doubt is None


def test_a_first_row_line_whose_values_do_not_fall_one_to_a_column_leaves_the_table_doubtful():
    head = Paragraph(text="No Masalah Pokok Masalah Akar Masalah", page=1, bold=True)
    row_line = Paragraph(text="1. Partisipasi masyarakat dalam Kehadiran warga dalam musyawarah Faktor Internal:", page=1)
    body = _table([["", "perencanaan pembangunan rendah", "desa sedikit", "musyawarah kurang menjangkau"],
                   ["2.", "Tata kelola pemerintahan desa belum tertib", "Laporan dana desa sering terlambat",
                    "Faktor Internal: Pendampingan aparatur desa belum rutin"]], 2)
    (ft,) = _kinds(head, row_line, body)
    assert ft.kind is TableKind.permasalahan
    assert ft.table.doubt and "baris pertamanya" in ft.table.doubt


def test_a_line_of_running_text_before_a_headerless_table_names_nothing():
    text = Paragraph(text="Program dan anggaran tahun ini disajikan sebagai berikut", page=15)
    body = _table([["", "Urusan Pemerintahan Daerah Kabupaten/Kota", "", ""],
                   ["2", "Pemberdayaan Masyarakat Desa dan Kelurahan", "Rp 158.567.505", "APBD"]], 16)
    (ft,) = _kinds(text, body)
    assert ft.kind is TableKind.unknown


def test_rows_a_scan_reader_marked_as_the_header_name_the_table_when_their_words_alone_do_not():
    """OCR read the column numbers and a wrong year into the header cells ("TARGET 2923", "Kondisi (2626) 4"): by
    its words the row reads as no header, but the reader marked it (bold, shaded) and it names the table."""
    rows = [TableRow(cells=["SASARAN STRATEGIS", "INDIKATOR KINERJA", "TARGET 2923", "REALISASI", "", "", ""],
                     is_header=True),
            TableRow(cells=["", "", "", "2020", "2021", "2022", "2023"], is_header=True),
            TableRow(cells=["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]),
            TableRow(cells=["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "80,40", "76,98",
                            "77,98", "76,75", "80,07"])]
    (ft,) = _kinds(Table(rows=rows, page=9))
    assert ft.kind is TableKind.realisasi_history
    unmarked = [r.model_copy(update={"is_header": False}) for r in rows]
    (ft,) = _kinds(Table(rows=unmarked, page=9))
    assert ft.kind is TableKind.realisasi_history  # unmarked, the column numbers under them say so too


def test_the_upper_row_of_a_two_row_header_cut_off_in_bold_lines_fills_the_empty_cells_of_the_lower():
    """"Sasaran Indikator Kinerja Kinerja Biaya" / "Strategis" at the foot of page 11; page 12 opens with the
    header's lower row, its first two cells empty under the labels spanning both rows."""
    lines = [Paragraph(text="Sasaran Indikator Kinerja Kinerja Biaya", page=11, bold=True),
             Paragraph(text="Strategis", page=11, bold=True)]
    rows = [TableRow(cells=["", "", "Target", "Realisasi", "%", "Anggaran (Rp)", "Realisasi (Rp)", "%"], page=12,
                     is_header=True),
            TableRow(cells=["1", "2", "3", "4", "5", "6", "7", "8"], page=12, is_header=True),
            TableRow(cells=["Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", "82,46", "82,47",
                            "100", "15.279.011,-", "15.278.700,-", "99,99"], page=12)]
    (ft,) = _kinds(Paragraph(text="Efektivitas adalah suatu ukuran capaian.", page=11), *lines,
                   Table(rows=rows, page=12))
    assert ft.kind is TableKind.kinerja_anggaran
    (rec,) = performance(ft, Sink(), 2022)
    assert rec.indikator == "Indeks Kepuasan Masyarakat" and rec.anggaran == D(15279011)
    (ft,) = _kinds(Paragraph(text="Efektivitas adalah suatu ukuran capaian.", page=11), Table(rows=rows, page=12))
    assert ft.kind is TableKind.unknown


def test_a_row_of_amounts_set_in_bold_is_no_header_however_the_reader_marked_it():
    rows = [TableRow(cells=["Jumlah Total Program", "Anggaran Wajib : Rp. 10.924.024.550,- Jumlah Anggaran 2015",
                            "", ""], is_header=True),
            TableRow(cells=["1.", "Program Pelayanan Administrasi Perkantoran", ": 3.090.875.000,-", ""]),
            TableRow(cells=["2.", "Program Peningkatan Sarana dan Prasarana", ": 808.371.950,-", ""])]
    (ft,) = _kinds(Table(rows=rows, page=22))
    assert ft.kind is TableKind.unknown
