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
from line_builders import cells_line

from lkjip.extract.layout.borderless import empty_columns_merged, find_text_tables
from lkjip.extract.layout.geometry import Glyph, Ruling, TextLine, Word, words_from_glyphs
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


def _pdf_with_box(x0: float, top: float, x1: float, bottom: float, gray: int) -> pdfium.PdfDocument:
    """One page with a filled rectangle (no stroke) of ``gray``, in top-left coordinates."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    path = pdfium_c.FPDFPageObj_CreateNewRect(x0, 842 - bottom, x1 - x0, bottom - top)
    pdfium_c.FPDFPageObj_SetFillColor(path, gray, gray, gray, 255)
    pdfium_c.FPDFPath_SetDrawMode(path, pdfium_c.FPDF_FILLMODE_WINDING, False)
    pdfium_c.FPDFPage_InsertObject(page.raw, path)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    buf = io.BytesIO()
    pdf.save(buf)
    return pdfium.PdfDocument(buf.getvalue())


def test_a_shaded_cell_is_a_box_not_a_rule():
    rules = survey_page(_pdf_with_box(50, 100, 240, 115, 191)[0], 1).rules
    assert len(rules) == 1 and rules[0].shade
    assert (round(rules[0].x0), round(rules[0].top), round(rules[0].x1), round(rules[0].bottom)) == (50, 100, 240, 115)
    thin = survey_page(_pdf_with_box(50, 100, 240, 101, 0)[0], 1).rules  # a rule drawn as a thin filled box
    assert len(thin) == 1 and not thin[0].shade


def _centred(y: float, *cells: tuple[float, float, str]) -> TextLine:
    """Words of 5 pt per letter, 3 pt apart, each cell's text centred between its two borders."""
    words = []
    for a, b, text in cells:
        toks = text.split()
        width = sum(5.0 * len(t) for t in toks) + 3 * (len(toks) - 1)
        x = (a + b - width) / 2
        for tok in toks:
            words.append(Word(tok, x, y, x + 5.0 * len(tok), y + 10, size=10))
            x += 5.0 * len(tok) + 3
    return TextLine(words)


#: a name column and two narrow amount columns, amounts of several widths centred in them: the columns' text
#: ends up 10 pt apart or less (under 1.2 em), and neither their left nor their right edges line up
_COLS = [(50.0, 240.0), (240.0, 292.0), (292.0, 344.0)]


def _budget_lines() -> list[TextLine]:
    rows = [("Program", "Anggaran", "Realisasi"), ("Penunjang Urusan", "2.525.44", "2.371.586"),
            ("Penyelenggaraan", "15.279.01", "15.278"), ("Pemberdayaan Desa", "73.593", "73.578.70"),
            ("Koordinasi", "23.460.00", "23.460")]
    return [_centred(100.0 + 14 * k, *((a, b, t) for (a, b), t in zip(_COLS, row, strict=True)))
            for k, row in enumerate(rows)]


def _shaded_row(top: float, bottom: float, cols: list[tuple[float, float]]) -> list[Ruling]:
    return [Ruling(a, top, b, bottom, shade=True) for a, b in cols]


def test_shaded_cells_part_columns_their_text_leaves_no_gap_between():
    lines = _budget_lines()
    (plain,), _ = find_text_tables(lines, page_no=1)
    assert plain.table.rows[1].cells == ["Penunjang Urusan", "2.525.44 2.371.586"]  # two columns read as one
    header_band = _shaded_row(98.0, 112.0, _COLS)
    (table,), rest = find_text_tables(lines, header_band, page_no=1)
    assert not rest
    assert [r.cells for r in table.table.rows] == [
        ["Program", "Anggaran", "Realisasi"],
        ["Penunjang Urusan", "2.525.44", "2.371.586"],
        ["Penyelenggaraan", "15.279.01", "15.278"],
        ["Pemberdayaan Desa", "73.593", "73.578.70"],
        ["Koordinasi", "23.460.00", "23.460"],
    ]


def test_a_label_left_aligned_in_its_shaded_cell_heads_its_column():
    # "Program" left-aligned in its shaded cell over names centred below it, the "No" cell's label left empty:
    # the text alone shows a label left of the names' channel too, and a label heads the column right of it
    cols = [(50.0, 90.0), (90.0, 320.0), (320.0, 400.0)]
    lines = [_line(100.0, (95.0, "Program"), (330.0, "Anggaran")),
             _centred(114.0, *_in(cols, ("1", "Penunjang Urusan", "1.250.000"))),
             _centred(128.0, *_in(cols, ("2", "Penyelenggaraan", "310.000"))),
             _centred(142.0, *_in(cols, ("3", "Pemberdayaan Desa", "845.000")))]
    (plain,), _ = find_text_tables(lines, page_no=1)
    assert plain.table.rows[0].cells == ["", "Program", "Anggaran"]
    (table,), _ = find_text_tables(lines, _shaded_row(98.0, 112.0, cols), page_no=1)
    assert [r.cells for r in table.table.rows] == [["", "Program", "Anggaran"],
                                                  ["1", "Penunjang Urusan", "1.250.000"],
                                                  ["2", "Penyelenggaraan", "310.000"],
                                                  ["3", "Pemberdayaan Desa", "845.000"]]


def _in(cols: list[tuple[float, float]], texts: tuple[str, ...]) -> list[tuple[float, float, str]]:
    return [(a, b, t) for (a, b), t in zip(cols, texts, strict=True)]


_line = cells_line


def _right(y: float, end: float, text: str, *more: tuple[float, str]) -> TextLine:
    """Words of 5 pt per letter, 3 pt apart, ending at ``end``; then ``more`` cells from their x."""
    toks = text.split()
    x = end - (sum(5.0 * len(t) for t in toks) + 3 * (len(toks) - 1))
    words = []
    for tok in toks:
        words.append(Word(tok, x, y, x + 5.0 * len(tok), y + 10, size=10))
        x += 5.0 * len(tok) + 3
    return TextLine(words + (_line(y, *more).words if more else []))


def test_wrapped_lines_of_a_right_aligned_cell_stay_in_their_row():
    # a list of tables with its titles set right-aligned in a narrow column: "Desa" would fit after "Cascading"
    # before the column's reach (the chapters above run further right), but not within the titles' widest line
    lines = [_line(100, (50, "BAB II PERENCANAAN"), (400, "10")),
             _line(114, (50, "BAB III AKUNTABILITAS"), (400, "15")),
             _right(131, 120, "Tabel 1.1", (400, "3")), _right(142, 120, "Pemetaan"), _right(153, 120, "Permasalahan"),
             _right(167, 120, "Tabel 1.2", (400, "5")), _right(178, 120, "Cascading"), _right(189, 120, "Desa Maju"),
             _right(203, 120, "Tabel 2.1", (400, "6")), _right(214, 120, "Tujuan dan"), _right(225, 120, "Sasaran")]
    (table,), rest = find_text_tables(lines, page_no=1)
    assert not rest
    assert [r.cells for r in table.table.rows] == [["BAB II PERENCANAAN", "10"], ["BAB III AKUNTABILITAS", "15"],
                                                  ["Tabel 1.1 Pemetaan Permasalahan", "3"],
                                                  ["Tabel 1.2 Cascading Desa Maju", "5"],
                                                  ["Tabel 2.1 Tujuan dan Sasaran", "6"]]


def test_two_channels_with_nothing_between_are_one_column_gap():
    lines = [_line(100, (50, "Sasaran"), (200, "Indikator Sasaran")),
             _line(114, (50, "Meningkatnya kualitas"), (200, "Indeks Kepuasan")),
             _line(128, (50, "Menurunnya gangguan"), (200, "Persentase desa"))]
    assert empty_columns_merged(lines, [(160.0, 170.0), (180.0, 195.0)]) == [(160.0, 195.0)]
    assert empty_columns_merged(lines, [(160.0, 170.0), (230.0, 240.0)]) == [(160.0, 170.0), (230.0, 240.0)]


def test_amounts_printed_with_a_currency_sign_apart_start_their_rows():
    # "Rp 4.025.979.062": the column is numeric all the same, so each amount starts a row
    lines = [_line(100, (50, "Program"), (300, "Anggaran (Rp.)")),
             _line(114, (50, "Program Penunjang Urusan"), (300, "Rp 4.025.979.062")),
             _line(128, (50, "Program Pemberdayaan Masyarakat"), (300, "Rp 62.219.443")),
             _line(142, (50, "Program Pembinaan Desa"), (300, "Rp 159.299.927")),
             _line(156, (50, "Jumlah"), (300, "Rp 4.247.498.432"))]
    (table,), _ = find_text_tables(lines, page_no=1)
    assert [r.cells for r in table.table.rows] == [["Program", "Anggaran (Rp.)"],
                                                  ["Program Penunjang Urusan", "Rp 4.025.979.062"],
                                                  ["Program Pemberdayaan Masyarakat", "Rp 62.219.443"],
                                                  ["Program Pembinaan Desa", "Rp 159.299.927"],
                                                  ["Jumlah", "Rp 4.247.498.432"]]


def test_white_only_a_header_label_leaves_does_not_end_the_table_at_a_wrapped_name():
    # "URAIAN" left-aligned, the names centred under it run across the white right of it; a name's wrapped
    # second line, alone on its line, closes that white: no reason to end the table there
    cols = [(50.0, 90.0), (90.0, 400.0), (400.0, 480.0)]
    body = [("1", "Perencanaan Penganggaran dan Evaluasi", "401.240.647"),
            ("2", "Penyusunan Dokumen Perencanaan Daerah", "69.235.430"),
            ("3", "Koordinasi dan Penyusunan Laporan Capaian Kinerja", "78.500.128")]
    lines = [_line(100, (55, "NO"), (95, "URAIAN"), (410, "ANGGARAN"))]
    lines += [_centred(114 + 14 * k, *_in(cols, row)) for k, row in enumerate(body)]
    lines += [_centred(156, (90.0, 400.0, "dan Ikhtisar Realisasi SKPD"))]
    lines += [_centred(170 + 14 * k, *_in(cols, row)) for k, row in enumerate(
        [("4", "Evaluasi Kinerja Perangkat Daerah", "23.120.952"), ("5", "Administrasi Keuangan", "2.883.024")])]
    (table,), rest = find_text_tables(lines, page_no=1)
    assert not rest
    assert [r.cells for r in table.table.rows][-3:] == [
        ["3", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi SKPD", "78.500.128"],
        ["4", "Evaluasi Kinerja Perangkat Daerah", "23.120.952"], ["5", "Administrasi Keuangan", "2.883.024"]]


def test_a_shaded_header_band_after_a_blank_starts_the_next_table():
    # two tables one under the other, no caption between, headers in regular weight: only the shaded band of
    # the second header, set off by more white than the lines of the first, tells where it starts
    cols = [(50.0, 200.0), (200.0, 300.0), (300.0, 400.0)]
    first = [("Sasaran", "Target", "Realisasi"), ("Meningkatnya kualitas", "80,83", "78,41"),
             ("Meningkatnya tata kelola", "73", "65"), ("Meningkatnya keaktifan", "72", "64")]
    second = [("Sasaran", "Target Akhir", "Capaian"), ("Meningkatnya kualitas", "84,45", "95,71"),
              ("Meningkatnya tata kelola", "81", "91,36")]
    lines = [_centred(100 + 14 * k, *_in(cols, row)) for k, row in enumerate(first)]
    lines += [_centred(176 + 14 * k, *_in(cols, row)) for k, row in enumerate(second)]
    bands = _shaded_row(98.0, 112.0, cols) + _shaded_row(174.0, 188.0, cols)
    assert len(find_text_tables(lines, page_no=1)[0]) == 1  # read as one table
    tables, _ = find_text_tables(lines, bands, page_no=1)
    assert [[r.cells for r in t.table.rows] for t in tables] == [[list(r) for r in first], [list(r) for r in second]]
