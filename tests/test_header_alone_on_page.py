"""A table's header alone on a page, its body on the next (issue #12).

A word processor keeps a table's header on the page where the table starts and moves a first row too tall for
the rest of that page to the next: the page holds nothing but the header's lines ("NO  URAIAN  ANGGARAN  OUTPUT/
KELUARAN" / "ANGGARA  REALISA  %  URAIAN  TARG  REALISA  %" / "N  SI  ET  SI"). On a scan the header's bold is
often not seen (a monospaced bold is barely heavier), and with no caption above it the lines were left as text:
the body was read without its header, every column's meaning lost. Lines across several columns that are all a
page holds are a cut-off header too, read with the next page's body.
"""

from __future__ import annotations

from line_builders import cell_words, read_pages

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.geometry import Word

COLS = (60, 100, 190, 250, 305, 340, 420, 460, 515)
HEADER = [
    ((60, "NO"), (100, "URAIAN"), (190, "ANGGARAN"), (340, "OUTPUT/KELUARAN")),
    ((190, "ANGGARA"), (250, "REALISA"), (305, "%"), (340, "URAIAN"), (420, "TARG"), (460, "REALISA"), (515, "%")),
    ((190, "N"), (250, "SI"), (420, "ET"), (460, "SI")),
]
ROWS = [
    ("1.", "Program Penunjang", "1.250.000", "1.200.000", "96,00", "Persentase layanan", "100", "96", "96"),
    ("2.", "Program Pelayanan", "2.500.000", "2.400.000", "96,00", "Persentase rekomendasi", "100", "90", "90"),
    ("3.", "Program Pemberdayaan", "3.125.000", "3.000.000", "96,00", "Persentase partisipasi", "80", "80", "100"),
    ("4.", "Program Ketertiban", "4.000.000", "3.900.000", "97,50", "Persentase penurunan", "20", "20", "100"),
]


def _words(y: float, *cells: tuple[float, str]) -> list[Word]:
    return cell_words(y, *cells, size=9.0, pitch=4.0)


def _header_page() -> tuple[list, list]:
    words: list[Word] = []
    for k, line in enumerate(HEADER):
        words += _words(60.0 + 13.0 * k, *line)
    return words, []


def _body_page() -> tuple[list, list]:
    words: list[Word] = []
    for k, row in enumerate(ROWS):
        words += _words(60.0 + 20.0 * k, *zip(COLS, row, strict=True))
    return words, []


def test_a_header_alone_on_its_page_heads_the_next_pages_body():
    blocks = read_pages([_header_page(), _body_page()])
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert not any("URAIAN" in t for t in texts)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    rows = [r.cells for r in tables[0].rows]
    assert rows[0][:3] == ["NO", "URAIAN", "ANGGARAN"]
    assert tables[0].page == 1
    assert rows[-len(ROWS):] == [list(r) for r in ROWS]


def test_text_lines_alone_on_a_page_stay_text_over_a_paragraph():
    # a page of two lines across two places (a signature block), running text on the next: no table takes them
    words = _words(60.0, (60, "Pihak Kedua"), (340, "Pihak Pertama")) + _words(73.0, (60, "BUPATI"), (340, "CAMAT"))
    body = _words(60.0, (60, "Laporan ini disusun sebagai bahan evaluasi kinerja tahun berikutnya."))
    blocks = read_pages([(words, []), (body, [])])
    assert not any(isinstance(b, Table) for b in blocks)
    assert any(isinstance(b, Paragraph) and "Pihak Kedua" in b.text for b in blocks)


def test_a_signature_page_before_a_table_stays_text():
    # a page of nothing but a signature block (two places a line), a table opening the next page: the block is no
    # header cut off from that table, and the table keeps its own header
    words = _words(60.0, (60, "Pihak Kedua"), (340, "Pihak Pertama")) + _words(73.0, (60, "BUPATI"), (340, "CAMAT"))
    blocks = read_pages([(words, []), _body_page()])
    assert any(isinstance(b, Paragraph) and "Pihak Kedua" in b.text for b in blocks)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert tables and all(t.page != 1 for t in tables)
    assert not any("Pihak" in " ".join(r.cells) for t in tables for r in t.rows)
