"""A table running on over a page left blank (issue #12): a page break put where the table already filled its page
leaves a page holding nothing but the running header and the page number, the table's rest on the page after. A
page laid out to nothing (furniture alone, or no text at all) is passed over (:func:`lkjip.extract.read_pdf.lay_out`
keeps the table's columns for the page after it, :func:`lkjip.extract.layout.assemble.assemble` stitches across
it), so the table's two parts are one table. Checked on synthetic pages of glyphs.
"""

from __future__ import annotations

from lkjip.extract.document import Table
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.geometry import Glyph
from lkjip.extract.layout.page import PageResult
from lkjip.extract.pdf_page import PageInfo
from lkjip.extract.read_pdf import lay_out

HEIGHT, WIDTH = 842.0, 595.0


def _glyphs(y: float, *cells: tuple[float, str], bold: bool = False) -> list[Glyph]:
    """Glyphs of 5 pt per letter (a space 2.5 pt), each cell's text starting at its x."""
    out = []
    for x, text in cells:
        for ch in text:
            w = 2.5 if ch == " " else 5.0
            out.append(Glyph(ch, x, y, x + w, y + 9.0, 9.0, bold))
            x += w
    return out


def _furniture(number: int) -> list[Glyph]:
    return _glyphs(30.0, (300.0, "Laporan Kinerja Kecamatan Tahun 2022")) + _glyphs(810.0, (280.0, f"Halaman {number}"))


def _row(y: float, no: str, name: str, amount: str, real: str) -> list[Glyph]:
    return _glyphs(y, (60.0, no), (100.0, name), (330.0, amount), (450.0, real))


NAMES = ["Penunjang Urusan Daerah", "Pemberdayaan Desa", "Koordinasi Umum Kecamatan", "Pembinaan Desa",
         "Ketertiban Umum", "Pelayanan Publik Kecamatan", "Penataan Desa", "Kesejahteraan Sosial"]


def _pages(blank: str) -> list[PageInfo | PageResult]:
    pages: list[PageInfo | PageResult] = []
    for number in range(1, 7):
        glyphs = _furniture(number)
        if number == 1:
            glyphs += _glyphs(80.0, (60.0, "Tabel 3.1 Anggaran dan Realisasi Program"))
            glyphs += _glyphs(110.0, (60.0, "No"), (100.0, "Program"), (330.0, "Anggaran"), (450.0, "Realisasi"),
                              bold=True)
            for k in range(40):
                glyphs += _row(130.0 + 16 * k, f"{k + 1}.", NAMES[k % 8], f"{k + 1}.250.000", f"{k + 1}.187.500")
        elif number == 2:
            if blank == "no text":
                pages.append(PageResult(number, HEIGHT))
                continue
        elif number == 3:
            for k in range(40, 52):
                glyphs += _row(60.0 + 16 * (k - 40), f"{k + 1}.", NAMES[k % 8], f"{k + 1}.250.000", f"{k + 1}.187.500")
            glyphs += _glyphs(300.0, (60.0, "Penyerapan anggaran tinggi pada semua program kecamatan tahun ini."))
        else:
            glyphs += _glyphs(100.0, (60.0, f"Uraian halaman {number} tentang capaian kinerja kecamatan tahun ini."))
        pages.append(PageInfo(number, WIDTH, HEIGHT, glyphs, [], 0))
    return pages


def _tables(blank: str) -> list[Table]:
    results, vocab = lay_out(_pages(blank))
    return [b for b in assemble(results, vocab) if isinstance(b, Table)]


def test_a_table_runs_on_over_a_page_of_furniture_alone():
    (table,) = _tables("furniture")
    body = [r for r in table.rows if not r.is_header]
    assert len(body) == 52 and body[-1].cells == ["52.", "Pembinaan Desa", "52.250.000", "52.187.500"]
    assert {r.page for r in body} == {1, 3}


def test_a_table_runs_on_over_a_page_with_no_text():
    (table,) = _tables("no text")
    assert len([r for r in table.rows if not r.is_header]) == 52
