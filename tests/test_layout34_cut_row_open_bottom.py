"""A table ruled with horizontal lines only, a row of text the page break cut twice (issue #12).

A browser printing a cascading table (names and indicators, no number) ruled across only may start a row at a
page's top under the rule the row opens with, print its first lines, and leave the rest of the page blank, the
row's rest atop the page after, with no rule over it. The part on the middle page is one row of text under a
rule and nothing under it: no header, no number, not carried (its own rule opens the page), so it lent its
columns to no page (:func:`~lkjip.extract.layout.carry.ending_table` wanted a number, a header or three rows of
text), the row's rest on the next page fell out as paragraphs and the rest of the table, not stitched to the part
before, lost its kind (every later row lost). A row no rule closes at the part's foot
(:func:`~lkjip.extract.layout.half_ruled.open_ends` took it in under the last rule: ``open_bottom``) is a row
the page break cut: the table runs on, whatever its rows hold. Checked on synthetic pages of glyphs.
"""

from __future__ import annotations

from test_blank_page_run_on import _glyphs

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.carry import ending_table
from lkjip.extract.layout.geometry import Glyph, Ruling
from lkjip.extract.pdf_page import PageInfo
from lkjip.extract.read_pdf import lay_out

HEIGHT, WIDTH = 842.0, 595.0
COLS = (60.0, 160.0, 260.0, 360.0, 450.0)
STEP = 12.0  # a cell's lines apart


def _rule(y: float) -> Ruling:
    return Ruling(55.0, y - 0.25, 540.0, y + 0.25)


def _cells(top: float, lines: list[tuple[str, ...]], bold: bool = False) -> tuple[list[Glyph], float]:
    """A row's lines, line under line from ``top``; returns the glyphs and the last line's bottom."""
    glyphs: list[Glyph] = []
    for k, line in enumerate(lines):
        glyphs += _glyphs(top + k * STEP, *((x, t) for x, t in zip(COLS, line, strict=True) if t), bold=bold)
    return glyphs, top + (len(lines) - 1) * STEP + 9.0


HEADER = [("Tujuan", "Sasaran", "Program", "Kegiatan", "Indikator")]
ROWS = [
    [("Meningkatnya", "Meningkatnya", "PROGRAM", "Koordinasi", "Jumlah usulan"),
     ("kemajuan desa", "kemajuan desa", "PEMBERDAYAAN", "kegiatan desa", "program desa")],
    [("Meningkatnya", "Meningkatnya", "PROGRAM", "Pelaksanaan", "Jumlah laporan"),
     ("pelayanan", "pelayanan", "PELAYANAN", "urusan umum", "pelayanan")],
    [("Meningkatnya", "Meningkatnya", "PROGRAM", "Fasilitasi", "Jumlah dokumen"),
     ("tata kelola", "tata kelola", "PEMBINAAN", "keuangan desa", "yang dibina"),
     ("desa", "desa", "DESA", "dan aset desa", "dalam rangka")],
    [("Menurunnya", "Menurunnya", "PROGRAM", "Koordinasi", "Jumlah laporan"),
     ("gangguan umum", "gangguan umum", "KETERTIBAN", "ketertiban", "koordinasi")],
    [("Menurunnya", "Menurunnya", "PROGRAM", "Harmonisasi", "Jumlah laporan"),
     ("gangguan umum", "gangguan umum", "KETERTIBAN", "tokoh agama", "harmonisasi")],
]
#: the third row's rest the page break put atop the third page (its last column only)
REST = [("", "", "", "", "keuangan desa"), ("", "", "", "", "dan aset desa")]


def _page(number: int, glyphs: list[Glyph], rules: list[Ruling]) -> PageInfo:
    glyphs = glyphs + _glyphs(810.0, (280.0, f"Halaman {number}"))
    return PageInfo(number, WIDTH, HEIGHT, glyphs, rules, 0)


def _pages() -> list[PageInfo]:
    # page 1: the caption, the header and two rows, each row closed by its rule, down to the page's foot
    glyphs = _glyphs(480.0, (60.0, "Tabel 1.2 Cascading Kecamatan Mekarsari Tahun 2022"))
    y, rules = 500.0, [_rule(500.0)]
    for k, row in enumerate([HEADER, *ROWS[:2]]):
        g, bottom = _cells(y + 3.0, row, bold=k == 0)
        glyphs, y = glyphs + g, bottom + 3.0
        rules.append(_rule(y))
    one = _page(1, glyphs, rules)
    # page 2: the third row's start under its rule at the page's top, the rest of the page blank
    g, _ = _cells(60.0, ROWS[2])
    two = _page(2, g, [_rule(57.0)])
    # page 3: the third row's rest over the first rule, two more rows, then a heading and a paragraph
    glyphs, bottom = _cells(57.0, REST)
    y, rules = bottom + 3.0, [_rule(bottom + 3.0)]
    for row in ROWS[3:]:
        g, bottom = _cells(y + 3.0, row)
        glyphs, y = glyphs + g, bottom + 3.0
        rules.append(_rule(y))
    glyphs += _glyphs(y + 30.0, (60.0, "F. PETA PROSES BISNIS KECAMATAN"))
    glyphs += _glyphs(y + 46.0, (60.0, "Peta proses bisnis menggambarkan hubungan kerja antar seksi."))
    return [one, two, _page(3, glyphs, rules)]


def test_a_row_the_page_break_cut_under_a_lone_rule_lends_the_columns_on():
    results, _ = lay_out(_pages())
    (part,) = results[1].tables
    assert part.open_bottom and ending_table(results[1]) is part


def test_the_rows_rest_and_the_rows_after_it_stay_in_the_table():
    results, vocab = lay_out(_pages())
    blocks = assemble(results, vocab)
    (table,) = [b for b in blocks if isinstance(b, Table)]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert not any("keuangan desa" in t or "Harmonisasi" in t for t in texts)
    body = [r.cells for r in table.rows if not r.is_header]
    assert len(body) == 5
    assert body[2][-1] == "Jumlah dokumen yang dibina dalam rangka keuangan desa dan aset desa"
    assert body[4][3] == "Harmonisasi tokoh agama"


def test_a_row_closed_by_its_rule_is_no_cut_row():
    results, _ = lay_out(_pages())
    assert not results[0].tables[0].open_bottom
