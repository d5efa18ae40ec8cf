"""Table identity across the pieces a PDF reader leaves (issue #12), in the shapes seen on the random text-PDF draws.

* a repeated header read across two parts: the part above ends with the header's first line, its wrapped cells
  broken inside their words ("N | Tuju | Indi"), the next part opens with the rest ("o | an | kator Tujuan"):
  one table, so the uncaptioned tables after it keep their numbers;
* lines of cells standing alone on a page between two pieces of a table still carry the table on to the next
  page: the piece below is the table's, and in a caption-below document the caption under the last piece,
  past a few lines of cells, names all pieces;
* a caption glued by a reader to the running text under it is still the caption of the table above it;
* the list of lampiran names the budget detail also when a reader broke its words ("Rincia n Anggar an").
"""

from __future__ import annotations

from conftest import CASCADING_HEAD

from lkjip.extract.classify import find_tables, rincian_label
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

CASCADING = CASCADING_HEAD
NUMBERS = [str(k) for k in range(1, 12)]
ROW = ["1", "Meningkatkan kualitas pelayanan publik", "Indeks Kepuasan Masyarakat (IKM)",
       "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat (IKM)", "PROGRAM PENYELENGGARAAN",
       "Persentase layanan", "Pelaksanaan Urusan", "Persentase urusan", "Pelaksanaan Pelayanan",
       "Jumlah Berkas Layanan"]
ROW2 = ["2", "Menurunnya gangguan ketenteraman", "Persentase penanganan gangguan", "Menurunnya gangguan",
        "Persentase penanganan gangguan", "PROGRAM KOORDINASI", "Persentase gangguan", "Koordinasi Upaya",
        "Persentase desa", "Sinergitas dengan Kepolisian", "Jumlah Laporan"]
RENSTRA_HEAD = [["Misi", "Tujuan / Sasaran", "Indikator", "Kondisi Awal (2020)", "Target", "", "", "", "", "",
                 "Kondisi Akhir (2026)"],
                ["", "", "", "", "2021", "2022", "2023", "2024", "2025", "2026", ""]]
RENSTRA_ROW = ["1", "Meningkatnya akuntabilitas kinerja kecamatan", "Nilai SAKIP Kecamatan",
               "46,36", "48,60", "50,84", "53,08", "55,32", "57,56", "59,81", "59,81"]
INTRO = ("Kinerja kecamatan diturunkan secara berjenjang dari tujuan dan sasaran Renstra sampai dengan indikator "
         "sub kegiatan sebagaimana tabel berikut, yang disusun bersama seluruh seksi pada kantor kecamatan.")


def _table(cells: list[list[str]], page: int | list[int], header: int = 0) -> Table:
    pages = page if isinstance(page, list) else [page] * len(cells)
    rows = [TableRow(cells=c, page=p, is_header=k < header) for k, (c, p) in enumerate(zip(cells, pages, strict=True))]
    return Table(rows=rows, page=pages[0], strategy="text")


def _doc(*blocks) -> Document:
    return Document(source_file="t.pdf", input_format="pdf", blocks=list(blocks))


def _labels(doc: Document) -> list[tuple[str, str]]:
    return [(ft.kind.value, ft.label) for ft in find_tables(stitch_document(doc))]


# --- a repeated header read across two parts ----------------------------------------------------------------

def _cut_header_doc() -> Document:
    above = _table([CASCADING, NUMBERS, ROW,
                    ["N", "Tuju", "Indi", "Sasa", "Indi", "Program", "Indik", "Kegiat", "Indik", "Sub", "Indikat"]],
                   [9, 9, 9, 10], header=2)
    below = _table([["o", "an", "kator Tujuan", "ran", "kator Sasaran", "", "ator Program", "an", "ator Kegiatan",
                     "Kegiatan", "or Sub Kegiatan"], NUMBERS, ROW2], 10, header=2)
    renstra = _table([*RENSTRA_HEAD, RENSTRA_ROW], 12, header=2)
    return _doc(Paragraph(text=INTRO), above, below, Paragraph(text=INTRO), renstra)


def test_a_repeated_header_read_across_two_parts_joins_them_into_one_table():
    tables = [b for b in stitch_document(_cut_header_doc()).blocks if isinstance(b, Table)]
    assert len(tables) == 2
    assert [r.cells[0] for r in tables[0].rows] == ["No", "1", "1", "2"]  # the header's pieces dropped
    assert _labels(_cut_header_doc()) == [("cascading", "Tabel tanpa judul 1"), ("renstra", "Tabel tanpa judul 2")]


def test_a_last_row_that_does_not_spell_the_header_with_the_next_keeps_both_tables():
    above = _table([CASCADING, NUMBERS, ROW, ["", "", "", "", "", "", "", "", "", "Fasilitasi", "Jumlah Dokumen"]],
                   9, header=2)
    below = _table([["o", "an", "kator Tujuan", "ran", "kator Sasaran", "", "ator Program", "an", "ator Kegiatan",
                     "Kegiatan", "or Sub Kegiatan"], NUMBERS, ROW2], 10, header=2)
    stitched = stitch_document(_doc(Paragraph(text=INTRO), above, below))
    assert len([b for b in stitched.blocks if isinstance(b, Table)]) == 2


# --- lines of cells between the pieces and under the last ---------------------------------------------------

def _permasalahan(page: int) -> Table:
    return _table([["No", "Masalah", "Pokok Masalah", "Akar Masalah"],
                   ["1.", "Pelayanan terhadap masyarakat", "Kondisi sarana pelayanan", "Faktor Internal: anggaran"]],
                  page, header=1)


def _piece(page: int) -> Table:
    # the rest of the cascading table, its empty first column not read: ten columns, no header
    return _table([ROW2[1:], ["", "", "", "", "", "", "", "", "Harmonisasi hubungan", "Jumlah Laporan"]], page)


def test_a_piece_past_a_page_holding_only_lines_of_cells_takes_the_caption_below_the_last_piece():
    doc = _doc(_permasalahan(10), Paragraph(text="Tabel 1.1 Pemetaan Permasalahan Perangkat Daerah", page=10),
               Paragraph(text=INTRO, page=10),
               _table([CASCADING, NUMBERS, ROW, ROW2], [11, 11, 12, 13], header=2),
               Paragraph(text="Kepala Desa", page=14), _piece(15),
               Paragraph(text="dan", page=16), Paragraph(text="PKK", page=16),
               Paragraph(text="Tabel 1.2 Cascading Kecamatan Sokobanah Tahun 2022", page=16),
               Paragraph(text="F. PETA PROSES BISNIS", page=16), Paragraph(text=INTRO, page=16))
    # the piece (its empty number column not read) joins the table, laid over its columns by the words they share
    # (extract.part_words): the caption below names the whole table
    assert _labels(doc) == [("permasalahan", "Tabel 1.1"), ("cascading", "Tabel 1.2")]


def test_a_caption_below_past_running_text_names_no_table():
    doc = _doc(_permasalahan(10), Paragraph(text="Tabel 1.1 Pemetaan Permasalahan Perangkat Daerah", page=10),
               Paragraph(text=INTRO, page=10), _table([CASCADING, NUMBERS, ROW], 11, header=2),
               Paragraph(text="Uraian selengkapnya dapat dilihat pada dokumen Renstra.", page=11),
               Paragraph(text="Semua indikator telah disepakati.", page=11),
               Paragraph(text="Tabel 1.2 Cascading Kecamatan Sokobanah Tahun 2022", page=11),
               Paragraph(text=INTRO, page=11))
    assert _labels(doc)[1] == ("cascading", "Tabel tanpa judul 1")


def test_a_caption_glued_to_the_running_text_under_it_names_the_table_above():
    text = ("Penyerapan anggaran yang tidak mencapai seratus persen sebagian besar berasal dari sisa pengadaan dan "
            "efisiensi belanja perjalanan dinas, tanpa mengurangi capaian kinerja sasaran kecamatan tahun ini, "
            "sebagaimana dijelaskan pada bagian sebelumnya.")
    glued = Paragraph(text=f"Tabel 1.2 Cascading Kecamatan Sokobanah {text}",
                      lines=["Tabel 1.2 Cascading Kecamatan Sokobanah", text[:90], text[90:180], text[180:]], page=11)
    doc = _doc(_permasalahan(10), Paragraph(text="Tabel 1.1 Pemetaan Permasalahan Perangkat Daerah", page=10),
               Paragraph(text=INTRO, page=10), _table([CASCADING, NUMBERS, ROW], 11, header=2), glued,
               Paragraph(text="BAB II PERENCANAAN KINERJA", page=11))
    assert _labels(doc) == [("permasalahan", "Tabel 1.1"), ("cascading", "Tabel 1.2")]


# --- the list of lampiran -----------------------------------------------------------------------------------

def test_the_list_of_lampiran_with_words_broken_by_a_reader_names_the_budget_detail_over_a_pointer_sentence():
    doc = _doc(Paragraph(text="DAFTAR LAMPIRAN"), Paragraph(text="Lampiran 1 Peneta pan Kinerj a"),
               Paragraph(text="Lampiran 2 Peneta pan Kinerj a"),
               Paragraph(text="Lampiran 3 Rincia n Anggar an per kegiat an"),
               Paragraph(text=INTRO), Paragraph(text="Rincian Anggaran per kegiatan ada di Lampiran-2"))
    assert rincian_label(doc) == "Lampiran 3"


# --- a part read with another number of columns -------------------------------------------------------------

def test_a_part_without_header_missing_an_empty_column_is_laid_over_the_table_above():
    above = _table([CASCADING, NUMBERS, ["", *ROW[1:]], ["", "", "", "", "", "", "", "", "", "Pelaksanaan Pelayanan",
                                                            "Jumlah Berkas"]], 6, header=2)
    part = _table([ROW2[1:], ["", "", "", "", "", "", "", "", "Harmonisasi hubungan", "Jumlah Laporan"]], 6)
    tables = [b for b in stitch_document(_doc(Paragraph(text=INTRO), above, part)).blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].rows[-2].cells == ["", *ROW2[1:]]  # the empty first column put back
    assert tables[0].rows[-1].cells[9:] == ["Harmonisasi hubungan", "Jumlah Laporan"]


def test_a_part_whose_columns_hold_other_values_is_not_laid_over():
    above = _table([CASCADING, NUMBERS, ["", *ROW[1:]], ["", *ROW2[1:]]], 6, header=2)
    other = _table([["1", "Rapat koordinasi", "12", "4", "100", "x", "y", "z", "w", "v"],
                    ["2", "Monitoring desa", "4", "4", "100", "x", "y", "z", "w", "v"]], 6)
    tables = [b for b in stitch_document(_doc(Paragraph(text=INTRO), above, other)).blocks if isinstance(b, Table)]
    assert len(tables) == 2
