"""Scanned pages laid out with the document (``read_pdf.lay_out``): a borderless table ending one OCR page lends
its columns to the rows opening the next, running footers read on every page are dropped, and what OCR leaves
in the tables so read is put right afterwards (``ocr.finish_ocr_tables``)."""

from __future__ import annotations

from line_builders import cell_words

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.furniture import furniture_keys
from lkjip.extract.layout.geometry import Glyph, Word, lines_from_words
from lkjip.extract.ocr_page_flow import OcrPage, bold_header_wraps
from lkjip.extract.ocr_tesseract import MIN_CONFIDENCE
from lkjip.extract.pdf_page import PageInfo
from lkjip.extract.read_pdf import lay_out, misread_keys

#: the x of each column: No, Program, Anggaran, Realisasi
COLS = (60.0, 90.0, 330.0, 430.0)
PROGRAMS = ["Penunjang Urusan Pemerintahan", "Pemberdayaan Masyarakat Desa", "Ketentraman dan Ketertiban Umum",
            "Penyelenggaraan Pemerintahan Umum", "Koordinasi Kegiatan Kecamatan", "Layanan Administrasi Umum"]


def _row(y: float, *cells: str, bold: bool = False) -> list[Word]:
    return cell_words(y, *zip(COLS, cells, strict=True), bold=bold)


def _footer(n: int) -> list[Word]:
    return cell_words(810.0, (200.0, f"LKjIP Kecamatan Sukamaju Tahun 2023 Halaman {n}"))


def _first_page() -> list[Word]:
    """A caption, a bold header and six rows ending the page above its running footer."""
    words = cell_words(600.0, (60.0, "Tabel 3.2 Realisasi Anggaran per Program"))
    words += _row(630.0, "No", "Program", "Anggaran", "Realisasi", bold=True)
    for k, name in enumerate(PROGRAMS):
        words += _row(650.0 + 20 * k, f"{k + 1}.", name, f"{k + 1}.250.000.000", f"{k + 1}.100.000.000")
    return words + _footer(1)


def _second_page(conf: float = 96.0) -> list[Word]:
    """Two more rows, no header repeated (two lines show no table by themselves), then running text."""
    words = _row(60.0, "7.", "Pelayanan Kependudukan", "850.000.000", "790.000.000")
    words += _row(80.0, "8.", "Pembinaan Wilayah", "425.000.000", "410.500.000")
    for w in words:
        w.conf = conf if w.text == "410.500.000" else 96.0
    words += cell_words(120.0, (60.0, "Dari tabel di atas terlihat bahwa realisasi anggaran seluruh program "
                                      "telah mencapai target yang direncanakan."))
    return words + _footer(2)


def _ocr(number: int, words: list[Word]) -> OcrPage:
    return OcrPage(number, 842.0, words, [], False, [], "ind")


def _blocks(pages) -> list[Paragraph | Table]:
    results, vocab = lay_out(pages)
    return assemble(results, vocab)


def test_rows_opening_a_scanned_page_take_the_columns_of_the_table_ending_the_page_before():
    blocks = _blocks([_ocr(1, _first_page()), _ocr(2, _second_page())])
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert table.strategy == "ocr"
    assert [r.cells for r in table.rows[-2:]] == [["7.", "Pelayanan Kependudukan", "850.000.000", "790.000.000"],
                                                  ["8.", "Pembinaan Wilayah", "425.000.000", "410.500.000"]]
    assert len(table.rows) == 1 + len(PROGRAMS) + 2
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert not any("Halaman" in t for t in texts)  # the running footer of both scans is furniture
    assert any(t.startswith("Dari tabel") for t in texts)


def test_a_number_ocr_was_unsure_of_in_the_carried_rows_makes_that_part_a_doubtful_reading():
    results, _ = lay_out([_ocr(1, _first_page()), _ocr(2, _second_page(conf=MIN_CONFIDENCE - 5))])
    (head,), (rest,) = results[0].tables, results[1].tables
    assert rest.carried and [r.cells[0] for r in rest.table.rows] == ["7.", "8."]
    assert rest.table.warnings == ["page 2: OCR unsure of '410.500.000' (confidence 25)"]
    assert rest.table.doubt is not None and "410.500.000" in rest.table.doubt
    assert head.table.doubt is None and head.table.strategy == rest.table.strategy == "ocr"


def _glyphs(words: list[Word]) -> list[Glyph]:
    """A text layer printing ``words``: a glyph per letter, a space glyph between words of a line."""
    out: list[Glyph] = []
    for prev, w in zip([None, *words], words, strict=False):
        if prev is not None and prev.top == w.top:
            out.append(Glyph(" ", prev.x1, w.top, w.x0, w.bottom, w.size, w.bold))
        step = (w.x1 - w.x0) / len(w.text)
        out += [Glyph(c, w.x0 + k * step, w.top, w.x0 + (k + 1) * step, w.bottom, w.size, w.bold)
                for k, c in enumerate(w.text)]
    return out


def test_a_table_ending_a_text_page_lends_its_columns_to_a_scanned_page_after_it():
    text_page = PageInfo(1, 595.0, 842.0, _glyphs(_first_page()), [], 0)
    blocks = _blocks([text_page, _ocr(2, _second_page())])
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert table.rows[-1].cells == ["8.", "Pembinaan Wilayah", "425.000.000", "410.500.000"]
    assert table.warnings == ["continued on page 2"]  # read sure: nothing for OCR to name


def _text_page(number: int, footer: str) -> OcrPage:
    words = cell_words(100.0, (60.0, "Capaian kinerja tahun ini dibandingkan dengan target dalam rencana strategis."))
    return _ocr(number, words + cell_words(810.0, (200.0, footer)))


def test_a_running_footer_ocr_misread_on_one_page_is_still_dropped():
    pages = [_text_page(1, "LKjIP Kecamatan Sukamaju Tahun 2023"), _text_page(2, "LKjIP Kecamatan Sukamaju Tahun 2023"),
             _text_page(3, "LKj1P Kecamatan Sukamaju Tahun 2023")]  # "I" read as "1": a key of its own
    keys = furniture_keys([(p.height, lines_from_words(p.words)) for p in pages])
    assert misread_keys(pages[0], keys) == keys
    assert "lkj#p kecamatan sukamaju tahun #" in misread_keys(pages[2], keys)
    texts = [b.text for b in _blocks(pages) if isinstance(b, Paragraph)]
    assert not any("Sukamaju" in t for t in texts)


def test_a_footer_far_from_every_running_one_stays():
    pages = [_text_page(1, "LKjIP Kecamatan Sukamaju Tahun 2023"), _text_page(2, "LKjIP Kecamatan Sukamaju Tahun 2023"),
             _text_page(3, "Lampiran Perjanjian Kinerja Tahun 2023")]
    keys = furniture_keys([(p.height, lines_from_words(p.words)) for p in pages])
    assert misread_keys(pages[2], keys) == keys
    texts = [b.text for b in _blocks(pages) if isinstance(b, Paragraph)]
    assert "Lampiran Perjanjian Kinerja Tahun 2023" in texts


#: the words of the Indonesian dictionary the tests below need
DICTIONARY = frozenset({"anggaran", "realisasi", "uraian", "keluaran"})


def _header_at_foot(top: float) -> list[Word]:
    """A budget table's two-level header ending a page, "ANGGARAN" wrapped in its narrow column ("ANGGARA" / "N"),
    the scrap read regular (its strokes say little of its weight)."""
    first = cell_words(top, (60.0, "NO"), (90.0, "URAIAN"), (330.0, "ANGGARA"), (430.0, "OUTPUT/KELUARAN"), bold=True)
    scrap = cell_words(top + 11.0, (330.0, "N"))
    second = cell_words(top + 22.0, (330.0, "ANGGARA"), (380.0, "REALISASI"), (430.0, "URAIAN"), bold=True)
    return first + scrap + second + cell_words(top + 33.0, (330.0, "N"))


def test_wrapped_ends_of_a_bold_header_ending_a_page_are_bold_too():
    body = cell_words(600.0, (60.0, "Demikian laporan ini disusun untuk dipergunakan sebagaimana mestinya."))
    words = body + _header_at_foot(700.0)
    assert bold_header_wraps(words, DICTIONARY) == 2
    assert [w.text for w in words if not w.bold] == [w.text for w in body]


def test_a_scrap_under_a_bold_line_above_the_page_foot_keeps_its_weight():
    words = _header_at_foot(600.0) + _row(660.0, "1.", "Penunjang Urusan", "1.250.000.000", "1.100.000.000")
    assert bold_header_wraps(words, DICTIONARY) == 0
    assert sum(not w.bold for w in words if w.text == "N") == 2


def test_a_bold_header_ending_a_scanned_page_is_read_with_the_next_pages_body():
    first = cell_words(600.0, (60.0, "Demikian laporan ini disusun untuk dipergunakan sebagaimana mestinya."))
    first += cell_words(690.0, (60.0, "PELAKSANAAN PROGRAM DAN KEGIATAN"), bold=True) + _header_at_foot(720.0)
    second: list[Word] = []
    for k, name in enumerate(PROGRAMS):
        second += cell_words(60.0 + 20 * k, (60.0, f"{k + 1}."), (90.0, name), (330.0, f"{k + 1}.250.000"),
                             (380.0, f"{k + 1}.100.000"), (430.0, "Dokumen"))
    (table,) = [b for b in _blocks([_ocr(1, first), _ocr(2, second)]) if isinstance(b, Table)]
    assert table.rows[0].is_header and "NO" in table.rows[0].cells
    assert table.rows[-1].cells[0] == "6."
