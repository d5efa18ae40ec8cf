"""A borderless table whose last row's cell the page break cut, its rest alone on the next page (issue #12): a
browser breaks a page inside a row, and the last line or two of a name wrapped in a narrow column ("Mesin
Lainnya" / "yang Disediakan") may be all the next page holds, the table's next part on the page after. The page
shows no column gap: read as a paragraph, it would end no table, and the page after it would be read without the
table's columns. :func:`lkjip.extract.layout.rest_page.rest_page` reads the lines as the rest of the last row,
with the carried columns, and the columns go on to the page after. Checked on synthetic pages of glyphs.
"""

from __future__ import annotations

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.geometry import Glyph
from lkjip.extract.pdf_page import PageInfo
from lkjip.extract.read_pdf import lay_out

HEIGHT, WIDTH = 842.0, 595.0
#: where each column's text starts: No, Kegiatan, Anggaran, Realisasi, Output
COLS = (60.0, 100.0, 250.0, 340.0, 430.0)


def _glyphs(y: float, *cells: tuple[float, str], size: float = 9.0, bold: bool = False) -> list[Glyph]:
    """Glyphs of 5 pt per letter (a space 2.5 pt) at 9 pt, each cell's text starting at its x."""
    out = []
    for x, text in cells:
        for ch in text:
            w = (2.5 if ch == " " else 5.0) * size / 9.0
            out.append(Glyph(ch, x, y, x + w, y + size, size, bold))
            x += w
    return out


def _furniture(number: int) -> list[Glyph]:
    return _glyphs(30.0, (300.0, "Laporan Kinerja Kecamatan Tahun 2022")) + _glyphs(810.0, (280.0, f"Halaman {number}"))


NAMES = ["Penyediaan Jasa", "Pengadaan Barang", "Koordinasi Umum", "Pembinaan Desa", "Ketertiban Umum"]


def _row(y: float, k: int) -> list[Glyph]:
    """Row ``k``: its output cell wrapped over two lines."""
    cells = [(COLS[0], f"1.{k}"), (COLS[1], NAMES[k % 5]), (COLS[2], f"{k + 1}.250.000"), (COLS[3], f"{k + 1}.187.500"),
             (COLS[4], "Jumlah Laporan")]
    return _glyphs(y, *cells) + _glyphs(y + 11.0, (COLS[4], "yang Disusun"))


def _pages(rest: list[tuple[float, float, str]], rest_size: float = 9.0) -> list[PageInfo]:
    """Three pages: the table's first part (its last row's output cut after "Peralatan dan"), a page holding the
    lines ``rest`` (x, y, text) alone, the table's next part (no header) over a closing paragraph."""
    one = _furniture(1) + _glyphs(60.0, (COLS[0], "No"), (COLS[1], "Kegiatan"), (COLS[2], "Anggaran"),
                                  (COLS[3], "Realisasi"), (COLS[4], "Output"), bold=True)
    y = 80.0
    for k in range(28):
        one += _row(y, k)
        y += 24.0
    one += _glyphs(y, (COLS[0], "1.28"), (COLS[1], "Pengadaan Peralatan"), (COLS[2], "59.862.594"),
                   (COLS[3], "57.939.000"), (COLS[4], "Jumlah Unit"))
    one += _glyphs(y + 11.0, (COLS[4], "Peralatan dan"))
    two = _furniture(2)
    for x, top, text in rest:
        two += _glyphs(top, (x, text), size=rest_size)
    three = _furniture(3)
    y = 60.0
    for k in range(29, 39):
        three += _row(y, k)
        y += 24.0
    three += _glyphs(y + 40.0, (COLS[0], "Penyerapan anggaran tinggi pada semua kegiatan kecamatan tahun ini."))
    return [PageInfo(n, WIDTH, HEIGHT, g, [], 0) for n, g in ((1, one), (2, two), (3, three))]


def _blocks(rest: list[tuple[float, float, str]], rest_size: float = 9.0) -> list[Paragraph | Table]:
    results, vocab = lay_out(_pages(rest, rest_size))
    return assemble(results, vocab)


CUT = [(COLS[4], 60.0, "Mesin Lainnya"), (COLS[4], 71.0, "yang Disediakan")]


def test_the_rest_of_a_cut_cell_alone_on_a_page_joins_its_row_and_the_table_goes_on():
    blocks = _blocks(CUT)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1  # one table over the three pages
    body = [r for r in tables[0].rows if not r.is_header]
    assert len(body) == 39
    cut = next(r for r in body if r.cells[0] == "1.28")
    assert cut.cells[4] == "Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan"
    assert body[-1].cells[:4] == ["1.38", "Pembinaan Desa", "39.250.000", "39.187.500"]
    assert not any(isinstance(b, Paragraph) and "Mesin" in b.text for b in blocks)


def test_a_title_alone_on_a_page_is_no_rest_page():
    # a chapter's title set large alone on a page, inside the output column: a paragraph, the table ends before it
    blocks = _blocks([(COLS[4], 60.0, "PENUTUP")], rest_size=14.0)
    assert any(isinstance(b, Paragraph) and b.text == "PENUTUP" for b in blocks)
    tables = [b for b in blocks if isinstance(b, Table)]
    cut = next(r for t in tables for r in t.rows if r.cells[0] == "1.28")
    assert cut.cells[4] == "Jumlah Unit Peralatan dan"
