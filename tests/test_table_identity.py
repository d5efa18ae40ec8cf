"""A table printed without a caption keeps its identity however a reader cut it (issue #12).

An uncaptioned table is named by its place among the uncaptioned tables ("Tabel tanpa judul 3"), so every
table a reader reads that the author did not print as one shifts the names of all tables after it:

* a list of contents read from a PDF by its text, its long entries wrapped onto rows of their own and its
  letters spaced out ("Ta b el 2.3 P r o g r a m" | "1 9"), is a list of contents, not a table;
* a piece of a table that no stitcher could join (a page of a ruled table read in two, cell lines left as
  short paragraphs between) is part of the table above it: it takes that table's name and no number of its
  own, whether it opens with no header or repeats the header above.

Checked on documents shaped as the PDF reader leaves them (the shapes seen on the random text-PDF draws).
"""

from __future__ import annotations

from conftest import CASCADING_HEAD

from lkjip.extract.classify import TableKind, find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow

CASCADING = CASCADING_HEAD
RENSTRA_HEAD = [["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal (2020)", "Target", "", "", "", "", "",
                 "Kondisi Akhir (2026)"],
                ["", "", "", "", "2021", "2022", "2023", "2024", "2025", "2026", ""]]
INTRO = ("Kinerja kecamatan diturunkan secara berjenjang dari tujuan dan sasaran Renstra sampai dengan indikator "
         "sub kegiatan sebagaimana tabel berikut, yang disusun bersama seluruh seksi pada kantor kecamatan.")


def _rows(cells: list[list[str]], page: int, header: int = 0) -> list[TableRow]:
    return [TableRow(cells=c, page=page, is_header=k < header) for k, c in enumerate(cells)]


def _table(cells: list[list[str]], page: int, header: int = 0) -> Table:
    return Table(rows=_rows(cells, page, header), page=page, strategy="text")


def _cascading(page: int) -> Table:
    return _table([CASCADING, [str(k) for k in range(1, 12)],
                   ["1", "Meningkatkan kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)",
                    "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat (IKM)", "PROGRAM PENYELENGGARAAN",
                    "Persentase layanan", "Pelaksanaan Urusan", "Persentase urusan", "Pelaksanaan Pelayanan",
                    "Jumlah Berkas Layanan"]], page, header=2)


def _renstra(page: int) -> Table:
    return _table([*RENSTRA_HEAD, ["1", "Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP Kecamatan",
                                   "46,36", "48,60", "50,84", "53,08", "55,32", "57,56", "59,81", "59,81"]],
                  page, header=2)


def _doc(*blocks) -> Document:
    return Document(source_file="t.pdf", input_format="pdf", blocks=list(blocks))


def _labels(doc: Document) -> list[tuple[str, str]]:
    return [(ft.kind.value, ft.label) for ft in find_tables(doc)]


# --- a list of contents read by its text --------------------------------------------------------------------

TOC_WRAPPED = [
    ["Ta b el 1.1 P e m e t a a n", "9"],
    ["P e r m a s ala h a n u n t u k", ""],
    ["P e r a n g k a t D a e r a h", ""],
    ["Ta b el 1.2 C a s c a din g K e c a m a t a n", "1 2"],
    ["Ta b el 2.1 T u j u a n D a n S a s a r a n.....", "1 7"],
    ["Ta b el 2.2 T u j u a n d a n S a s a r a n & Ta r g e t", "1 8"],
    ["J a n g k a M e n e n g a h K e c a m a t a n", ""],
    ["Ta b el 2.3 S a s a r a n D a n Indikator", "1 9"],
    ["Tabel 3.6 Realisasi", "28"],
    ["Anggaran Kecamatan", ""],
    ["Sampang", ""],
    ["Tahun 2022", ""],
]


def test_a_list_of_contents_with_wrapped_spaced_out_entries_is_no_uncaptioned_table():
    doc = _doc(Paragraph(text="DAFTAR TABEL"), _table(TOC_WRAPPED, 3), Paragraph(text=INTRO), _cascading(5))
    assert _labels(doc) == [("toc", "Daftar"), ("cascading", "Tabel tanpa judul 1")]


def test_two_columns_of_small_numbers_out_of_order_are_no_list_of_contents():
    counts = [["Desa Sukamaju", "12"], ["Kampung Baru", ""], ["Desa Sukarame", "7"], ["Desa Sukasari", "9"],
              ["Kampung Lama", ""], ["Desa Mekar", "4"], ["Desa Jaya", "15"], ["Desa Makmur", "3"]]
    assert find_tables(_doc(_table(counts, 3)))[0].kind is TableKind.unknown


# --- pieces of one table ------------------------------------------------------------------------------------

def _piece_without_header(page: int) -> Table:
    # the rest of a cascading table on a page read in two: a few columns, no header, cell text wrapped
    return _table([["", "", "rasi Terpadu Kecamatan", "diselesaikan"],
                   ["Pelaksanaan Urusan Pemerintahan", "Persentase urusan", "Pelaksanaan Urusan Perizinan",
                    "Jumlah Izin yang diproses"]], page)


def test_a_piece_without_header_under_an_uncaptioned_table_takes_its_name_and_no_number():
    doc = _doc(Paragraph(text=INTRO), _cascading(2), Paragraph(text="Kabupaten Lembah Hijau Tahun 2022"),
               Paragraph(text="Administ yang"), _piece_without_header(3), Paragraph(text=INTRO), _renstra(4))
    assert _labels(doc) == [("cascading", "Tabel tanpa judul 1"), ("unknown", "Tabel tanpa judul 1"),
                            ("renstra", "Tabel tanpa judul 2")]


def test_a_piece_repeating_the_header_of_the_first_piece_takes_its_name():
    # page 3 read in two pieces, the header repeated on page 4 under a piece without one
    doc = _doc(Paragraph(text=INTRO), _cascading(3), Paragraph(text="Kecamatan"), _piece_without_header(3),
               Paragraph(text="di Wilayah Kecamatan"), _cascading(4), Paragraph(text=INTRO), _renstra(5))
    assert [label for _, label in _labels(doc)] == ["Tabel tanpa judul 1"] * 3 + ["Tabel tanpa judul 2"]


def test_a_table_with_a_header_of_its_own_under_another_is_another_table():
    # read with a header the reader marked, though its kind is not known: a table of its own
    other = _table([["Nama Desa", "Kepala Desa", "Keterangan"], ["Sukamaju", "Ahmad", "aktif"]], 2, header=1)
    doc = _doc(Paragraph(text=INTRO), _cascading(2), Paragraph(text="Tabel berikut."), other, _renstra(3))
    assert [label for _, label in _labels(doc)] == ["Tabel tanpa judul 1", "Tabel tanpa judul 2",
                                                    "Tabel tanpa judul 3"]


def test_a_table_without_header_after_running_text_or_pages_later_is_another_table():
    after_text = _doc(Paragraph(text=INTRO), _cascading(2), Paragraph(text=INTRO), _piece_without_header(2))
    pages_later = _doc(Paragraph(text=INTRO), _cascading(2), _piece_without_header(5))
    for doc in (after_text, pages_later):
        assert [label for _, label in _labels(doc)] == ["Tabel tanpa judul 1", "Tabel tanpa judul 2"]


def test_a_table_a_reader_garbled_right_under_the_heading_of_a_list_of_contents_is_that_list():
    garbled = _table([["DAFTAR ISI DAFTAR TABEL DAFTAR GAMBAR KATA PENGANTAR BAB I PENDAHULUAN A. Umum",
                       "iiiiiiivv 11"]], 1)
    doc = _doc(Paragraph(text="D A F TA R ISI"), Paragraph(text="Halama n"), garbled, Paragraph(text=INTRO),
               _cascading(5))
    assert _labels(doc) == [("toc", "Daftar"), ("cascading", "Tabel tanpa judul 1")]
    # the same table under running text is a table of its own
    doc = _doc(Paragraph(text=INTRO), garbled, Paragraph(text=INTRO), _cascading(5))
    assert [label for _, label in _labels(doc)] == ["Tabel tanpa judul 1", "Tabel tanpa judul 2"]


def test_pieces_of_a_table_captioned_below_its_last_piece_take_that_caption():
    doc = _doc(Paragraph(text=INTRO), _cascading(11), Paragraph(text="Kecamatan"), _piece_without_header(12),
               Paragraph(text="Tabel 1.2 Cascading Kinerja Kecamatan"), Paragraph(text=INTRO),
               _renstra(13), Paragraph(text="Tabel 2.1 Tujuan, Sasaran dan Target Renstra"), Paragraph(text=INTRO))
    assert [label for _, label in _labels(doc)] == ["Tabel 1.2", "Tabel 1.2", "Tabel 2.1"]


def test_a_part_repeating_the_header_with_its_columns_cut_elsewhere_takes_the_name_of_the_first():
    # the first part read with the currency signs in columns of their own, its merged header cell in one
    first = _table([["NO", "URAIAN", "", "ANGGARAN ANGGARAN", "", "", ""],
                    ["", "", "", "", "", "REALISASI", "%"],
                    ["", "BELANJA LANGSUNG", "Rp", "4.389.507.711", "Rp", "4.150.134.282", "94,55"]], 16, header=2)
    second = _table([["NO", "URAIAN", "ANGGARAN", "", ""], ["", "", "ANGGARAN", "REALISASI", "%"],
                     ["VII.", "Penyediaan Jasa Penunjang", "Rp 52.428.127", "Rp 47.242.171", "90,11"]], 17, header=2)
    doc = _doc(Paragraph(text=INTRO), first, second, Paragraph(text=INTRO), _renstra(19))
    assert _labels(doc) == [("budget", "Tabel tanpa judul 1"), ("budget", "Tabel tanpa judul 1"),
                            ("renstra", "Tabel tanpa judul 2")]


def test_a_table_misread_without_its_header_is_no_piece_when_it_lists_the_rows_above_or_holds_another_header():
    # a page read badly: the header of one table and the body of the next run together; a piece holding another
    # table's header is no piece, nor is a table listing the same sasaran as the one above (another
    # performance table)
    mixed = _table([["Meningkatnya partisipasi masyarakat", "69", "45", "57 62 67"],
                    ["Meningkatnya kualitas tata kelola", "83", "72", "78 80 85"],
                    ["SASARAN STRATEGIS INDIKATOR KINERJA", "", "TARGET", "REALISASI TINGKAT"]], 6)
    again = _table([["Meningkatnya partisipasi masyarakat", "Persentase partisipasi", "69", "67", "97,1"],
                    ["Meningkatnya kualitas tata kelola", "Persentase desa", "83", "85", "102,41"]], 6)
    doc = _doc(Paragraph(text=INTRO), _cascading(6), mixed, again, _renstra(7))
    assert [label for _, label in _labels(doc)] == ["Tabel tanpa judul 1", "Tabel tanpa judul 2",
                                                    "Tabel tanpa judul 3", "Tabel tanpa judul 4"]


def test_a_wider_part_read_right_under_a_part_read_narrow_is_a_piece():
    # the first part read its amount columns as one; the part below, read right, has a column more
    narrow = _table([["NO", "URAIAN", "ANGGARAN REALISASI %", ""],
                     ["1.", "Penyediaan Gaji dan Tunjangan ASN", "1.663.779.992 1.564.243.905", "94,02"]], 8, header=1)
    wide = _table([["3.", "Pengadaan Peralatan dan Mesin Lainnya", "90.158.679,00", "87.472.122,00", "97,02"]], 9)
    doc = _doc(Paragraph(text=INTRO), narrow, wide, Paragraph(text=INTRO), _renstra(10))
    assert [label for _, label in _labels(doc)] == ["Tabel tanpa judul 1", "Tabel tanpa judul 1",
                                                    "Tabel tanpa judul 2"]
