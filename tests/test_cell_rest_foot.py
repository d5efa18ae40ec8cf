"""The last lines of a row's tallest cell at a page's foot, left out of the table's region by the page's reader (a
scanned page: the rows it found stop above them), read as short paragraphs between the table and its part on the
next page: they finish the cell (extract/cell_rest.py, ``foot``), and a line among them opening with the word the
column's cells open with starts the sub-row under it, whose rest opens the next page (``sub_row_apart``)."""

from __future__ import annotations

from lkjip.extract.cell_rest import cell_rest, opens_on_rest
from lkjip.extract.document import Document, Paragraph, Table, TableRow
from lkjip.extract.stitch import stitch_document

HEAD = ["No", "Sasaran", "Program", "Sub Kegiatan", "Indikator Sub Kegiatan"]
BODY = [["1", "Meningkatnya kualitas pelayanan kecamatan", "PROGRAM PENYELENGGARAAN PEMERINTAHAN",
         "Penyediaan Jasa Surat Menyurat", "Jumlah Laporan Penyediaan Jasa Surat Menyurat"],
        ["2", "", "", "Penyediaan Jasa Pelayanan Umum Kantor", "Jumlah Laporan Pelayanan Umum Kantor"],
        ["3", "", "", "Fasilitasi Kunjungan Tamu", "Jumlah Tamu yang Difasilitasi"],
        ["4", "Meningkatnya kemajuan desa", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA",
         "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah di Desa",
         "Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah di"]]


def _row(cells: list[str], page: int, top: float, bottom: float, header: bool = False) -> TableRow:
    return TableRow(cells=list(cells), page=page, bbox=(57.0, top, 528.0, bottom), is_header=header)


def _first() -> Table:
    rows = [_row(HEAD, 10, 360, 420, True)] + [_row(c, 10, 430 + 70 * k, 490 + 70 * k) for k, c in enumerate(BODY)]
    rows[-1].bbox = (57.0, 640.0, 528.0, 710.4)
    return Table(rows=rows, page=10, bbox=(57.0, 360.0, 528.0, 710.4), strategy="ocr")


def _para(text: str, top: float, lines: list[str], x0: float) -> Paragraph:
    return Paragraph(text=text, page=10, bbox=(x0, top, 527.5, top + 7.5 * len(lines) + 6 * (len(lines) - 1)),
                     lines=lines)


FOOT = [_para("Desa", 717.4, ["Desa"], 502.3), _para("Jumlah usulan progra", 730.8, ["Jumlah", "usulan", "progra"], 489.1),
        _para("m", 775.7, ["m"], 521.8)]


def _next() -> Table:
    rows = [_row(HEAD, 11, 57, 120, True),
            _row(["", "", "", "", "kegiatan pembangunan desa yang difasilitasi"], 11, 143, 160),
            _row(["5", "", "", "Peningkatan Efektifitas Kegiatan Pemberdayaan", "Jumlah Laporan Kegiatan Pemberdayaan"],
                 11, 170, 230)]
    return Table(rows=rows, page=11, bbox=(57.0, 57.0, 528.0, 230.0), strategy="ocr")


def test_lines_under_the_cut_row_at_the_page_foot_finish_its_cell_and_open_the_sub_row_under_it():
    doc = stitch_document(Document(source_file="t.pdf", input_format="pdf", blocks=[_first(), *FOOT, _next()]))
    (table,) = doc.blocks
    cells = [r.cells[-1] for r in table.rows]
    assert "Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah di Desa" in cells
    at = cells.index("Jumlah Lembaga Kemasyarakatan yang Berpartisipasi dalam Forum Musyawarah di Desa")
    assert table.rows[at + 1].cells == ["", "", "", "", "Jumlah usulan program"]
    assert table.rows[at + 2].cells[-1] == "kegiatan pembangunan desa yang difasilitasi"
    assert not any(w.startswith("lines left between") for w in table.warnings)


def test_lines_on_the_rows_page_are_no_rest_unless_the_table_goes_on_under_them():
    assert cell_rest(_first(), FOOT, set(), None) is None
    row, used, below = cell_rest(_first(), FOOT, set(), None, foot=True)
    assert row.cells[-1].endswith("di Desa") and used == [0, 1, 2] and below[0].cells[-1].startswith("Jumlah usulan")


def test_lines_standing_apart_below_the_row_are_no_rest_of_it():
    apart = [p.model_copy(update={"bbox": (p.bbox[0], p.bbox[1] + 40, p.bbox[2], p.bbox[3] + 40)}) for p in FOOT]
    assert cell_rest(_first(), apart, set(), None, foot=True) is None


def test_a_rest_with_no_line_opening_as_its_column_does_is_one_cell():
    lines = [_para("Desa yang aktif", 717.4, ["Desa yang", "aktif"], 489.1)]
    row, _, below = cell_rest(_first(), lines, set(), None, foot=True)
    assert row.cells[-1].endswith("Musyawarah di Desa yang aktif") and below == []


def test_lines_at_the_foot_over_a_part_opening_on_a_row_of_its_own_are_no_rest():
    """The part on the next page opens on a whole row (a key, capitals): the cut row does not run on over the
    break, so the lines at the foot are rows read as text, not the middle of its cell."""
    whole = _next()
    whole.rows[1] = _row(["", "Meningkatnya pelayanan publik", "PROGRAM PELAYANAN PUBLIK", "Fasilitasi Pelayanan",
                          "Jumlah layanan yang diberikan"], 11, 143, 160)
    doc = stitch_document(Document(source_file="t.pdf", input_format="pdf", blocks=[_first(), *FOOT, whole]))
    (table,) = doc.blocks
    assert not any(r.cells[-1].endswith("di Desa") for r in table.rows)
    assert opens_on_rest(_next().rows[1:]) and not opens_on_rest(whole.rows[1:])


def test_a_text_pdfs_lines_at_the_foot_are_left_to_its_own_reader():
    """Only a scanned page's table region stops above a tall cell's last lines; a text PDF's reader has the
    boxes, so the foot rule does not run there."""
    first, nxt = _first(), _next()
    first.strategy = nxt.strategy = "lines"
    doc = stitch_document(Document(source_file="t.pdf", input_format="pdf", blocks=[first, *FOOT, nxt]))
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert not any(r.cells[-1].endswith("di Desa") for r in table.rows)


def test_a_line_holding_a_number_at_the_foot_is_no_words_of_the_cut_cell():
    first = _first()
    first.rows[-1].cells = [*first.rows[-1].cells[:-1], "1.250.000"]
    lines = [_para("750.000", 717.4, ["750.000"], 502.3)]
    assert cell_rest(first, lines, set(), None, foot=True) is None
