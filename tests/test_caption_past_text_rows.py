"""A caption printed below its table, stranded under the rows of the table's last page that a PDF reader could not
cut into cells (extract/captions.py ``_text_rows``): the caption still names the table above it; running text or
a title between still keeps it off."""

from __future__ import annotations

from lkjip.extract.classify import find_tables
from lkjip.extract.document import Document, Paragraph, Table, TableRow

HEAD = ["No", "Sasaran", "Indikator Sasaran", "Program", "Kegiatan", "Sub Kegiatan"]


def _table(page: int, names: list[str]) -> Table:
    rows = [TableRow(cells=HEAD, is_header=True, page=page)]
    rows += [TableRow(cells=[str(k + 1), name, f"Persentase {name.lower()}", "Program Penunjang", "Koordinasi",
                             "Penyusunan Dokumen"], page=page + k) for k, name in enumerate(names)]
    return Table(rows=rows, page=page)


def _p(text: str, page: int, bold: bool = False) -> Paragraph:
    return Paragraph(text=text, page=page, bold=bold)


#: the last row of a cascading table on its own page, read as text: cell words of several columns run together
ROWS_AS_TEXT = [
    "Daerah Peraturan Penegakan Perundang- Peraturan undangan Perundang-dan/atau undangan Kepolisian dan/atau "
    "Negara Kepolisian Republik Negara Indonesia R",
    "Indonesia",
    "Harmonisasi Jumlah Laporan hubungan Pelaksanaan dengan tokoh Harmonisasi agama dan Hubungan",
    "tokoh dengan Tokoh masyarakat Agama dan",
    "Tokoh",
    "Masyarakat",
]


def _doc(between: list[Paragraph]) -> Document:
    blocks = [_p("Uraian pembuka.", 1), _table(2, ["Meningkatnya pelayanan"]),
              _p("Tabel 1.1 Pemetaan Permasalahan", 2), _p("Penjelasan tabel berikut.", 3),
              _table(9, ["Meningkatnya kemajuan desa", "Meningkatnya tata kelola", "Penurunan gangguan"]),
              *between, _p("Tabel 1.2 Cascading Kecamatan", 12), _p("F. PETA PROSES BISNIS", 12),
              _p("Peta proses bisnis dalam lingkungan kecamatan disusun setiap tahun.", 12)]
    return Document(source_file="t", input_format="pdf", blocks=blocks)


def _labels(doc: Document) -> list[str]:
    return [ft.label for ft in find_tables(doc)]


def test_a_caption_below_names_its_table_across_rows_read_as_text():
    assert _labels(_doc([_p(t, 12) for t in ROWS_AS_TEXT])) == ["Tabel 1.1", "Tabel 1.2"]


def test_running_text_between_keeps_the_caption_off_the_table():
    between = [_p(t, 12) for t in ROWS_AS_TEXT[:2]]
    between.append(_p("Capaian kinerja tahun ini meningkat dibanding tahun lalu. Hal ini disebabkan oleh "
                      "koordinasi yang baik", 12))
    assert _labels(_doc(between)) == ["Tabel 1.1", "Tabel tanpa judul 1"]


def test_a_bold_title_between_keeps_the_caption_off_the_table():
    between = [_p(t, 12) for t in ROWS_AS_TEXT[:2]] + [_p("BAB II PERENCANAAN KINERJA", 12, bold=True)]
    assert _labels(_doc(between)) == ["Tabel 1.1", "Tabel tanpa judul 1"]


def test_rows_read_as_text_pages_after_the_table_are_no_rows_of_it():
    assert _labels(_doc([_p(t, 14) for t in ROWS_AS_TEXT])) == ["Tabel 1.1", "Tabel tanpa judul 1"]


def test_a_keyed_row_read_as_text_with_a_cells_label_in_it_is_a_row():
    """"4. Pelayanan …" opens with the row's key, "Faktor Internal: Jumlah …" is a cell's label: no sentence."""
    rows = ["4. Pelayanan administrasi Waktu penyelesaian Faktor Internal: Jumlah kepada masyarakat layanan sering",
            "pemohon Faktor", "Eksternal: Jaringan aplikasi layanan dari dinas teknis sering", "terputus"]
    assert _labels(_doc([_p(t, 12) for t in rows])) == ["Tabel 1.1", "Tabel 1.2"]
