"""Tables printed without vertical rules, as Chromium prints an HTML report to PDF (issue #12).

A borderless or half-ruled table is read by the white between its columns, measured in ems of its type: every
column gap, word space and row break the layout engine looks for is a multiple of the font size. These tests
check what the page primitives hand the engine for Chromium's PDFs (text set in CSS pixels under a scaled
matrix, justified text one glyph per text object), built here with pdfium itself.
"""

from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from lkjip.extract.layout.geometry import Glyph, words_from_glyphs
from lkjip.extract.pdf_page import breaks_inside_words_dropped, survey_page


def _pdf_with_text(text: str, size: float, scale: float) -> pdfium.PdfDocument:
    """One page with ``text`` set in Helvetica at ``size`` under a matrix scaling it by ``scale``."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    obj = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", size)
    units = (text + "\x00").encode("utf-16-le")
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(units), ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    pdfium_c.FPDFPageObj_Transform(obj, scale, 0, 0, scale, 72, 700)
    pdfium_c.FPDFPage_InsertObject(page.raw, obj)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buf = io.BytesIO()
    pdf.save(buf)
    return pdfium.PdfDocument(buf.getvalue())


def test_type_set_in_css_pixels_under_a_scaled_matrix_has_its_printed_size():
    # Chromium prints 11 pt text as a 14.67 px font under a 0.75 matrix: 11 pt on paper, 11 pt to the reader
    doc = _pdf_with_text("Anggaran 2022", 11 / 0.75, 0.75)
    sizes = {round(g.size, 2) for g in survey_page(doc[0], 1).glyphs if g.text.strip()}
    assert sizes == {11.0}
    plain = _pdf_with_text("Anggaran 2022", 11, 1.0)
    assert {round(g.size, 2) for g in survey_page(plain[0], 1).glyphs if g.text.strip()} == {11.0}


def _glyphs(text: str, x: float, top: float, width: float = 4.0, size: float = 8.0) -> list[Glyph]:
    """Glyphs of ``text`` side by side, a generated line break (pdfium's, placeless) after each letter."""
    out: list[Glyph] = []
    for ch in text:
        if ch == " ":
            out.append(Glyph(" ", x, top, x + 2.0, top + size))
            x += 2.0
            continue
        out.append(Glyph(ch, x, top, x + width, top + size, size))
        out.append(Glyph("\n", 0, 0, 0, 0))
        x += width
    return out


def test_generated_breaks_between_letters_of_one_word_are_dropped():
    glyphs = _glyphs("Tabel 1.1", 50.0, 100.0)
    assert [w.text for w in words_from_glyphs(glyphs)] == list("Tabel1.1")  # each letter a word of its own
    assert [w.text for w in words_from_glyphs(breaks_inside_words_dropped(glyphs))] == ["Tabel", "1.1"]


def test_a_real_line_break_is_kept():
    # the next line starts at the left margin, or right under the end of this one: a new line either way
    glyphs = _glyphs("Tahun", 50.0, 100.0)[:-1] + [Glyph("\n", 0, 0, 0, 0)] + _glyphs("2022", 70.0, 112.0)
    words = words_from_glyphs(breaks_inside_words_dropped(glyphs))
    assert [w.text for w in words] == ["Tahun", "2022"]
