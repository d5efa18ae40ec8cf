"""A table read late, when a scan's pages are assembled (the rest of a table opening the next page as bare lines,
:func:`lkjip.extract.layout.carry.ruled_run_on`), gets the fixes OCR gives every table of a page: a thousands
group's dot misread as a comma put right before it is stitched to the table it continues."""

from __future__ import annotations

from line_builders import pitch4_line as _line
from line_builders import table_rows as _rows

from lkjip.extract.document import Table
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.ocr_page_flow import OcrPage
from lkjip.extract.read_pdf import ocr_late_tables


def _pages(total: str) -> list[PageResult]:
    """Page 5 ends with a two-column borderless budget table (its last name cut); page 6 opens with its header
    again, the rest of that name and the total ``total`` as lines, above a ruled table."""
    rows = _rows([["Program", "Anggaran (Rp.)"], ["Program Penunjang Urusan Pemerintahan Daerah", "1.981.016.335,00"],
                  ["Program Koordinasi Ketenteraman dan Ketertiban Umum", "17.033.528,00"],
                  ["Program Pemberdayaa", "17.944.039,00"]], 5, header=1)
    part = PageTable(Table(rows=rows, page=5, strategy="ocr"), [56.8, 116.8, 200.8], 610.0, 774.0, 56.8, 200.8,
                     channels=[(109.6, 124.0)])
    first = PageResult(5, 842, tables=[part])
    lines = [_line([("Program", 57), ("Anggaran (Rp.)", 126)], 58, bold=True),
             *[_line([(w, 57)], 69 + 10.5 * k) for k, w in enumerate(
                 ["n Lembaga", "Kemasyaraka", "tan,", "Lembaga", "Adat dan", "Masyarakat", "Hukum Adat"])],
             _line([("Jumlah", 57), (total, 126)], 146),
             _line([("Tabel 2.3 Program dan Anggaran Tahun 2022", 57)], 168)]
    ruled = PageTable(Table(rows=_rows([["No", "Sasaran", "Target", "Realisasi"], ["1", "Menurunnya gangguan", "84",
                                                                                    "84"]], 6, header=1),
                            page=6, strategy="ocr"), [50, 90, 300, 400, 500], 302, 456, 50, 500)
    return [first, PageResult(6, 842, lines=lines, tables=[ruled], free_lines=list(lines))]


def _scans() -> list[OcrPage]:
    return [OcrPage(n, 842, [], [], False, [], "ind") for n in (5, 6)]


def _total(blocks: list) -> list[str]:
    budget = next(b for b in blocks if isinstance(b, Table) and b.rows[0].cells[0] == "Program")
    return next(r.cells for r in budget.rows if r.cells[0] == "Jumlah")


def test_a_scanned_tables_rest_read_late_gets_its_misread_separator_put_right():
    blocks = assemble(_pages("2.015.993,902,00"), late=ocr_late_tables(_scans()))
    assert _total(blocks) == ["Jumlah", "2.015.993.902,00"]
    budget = next(b for b in blocks if isinstance(b, Table) and b.rows[0].cells[0] == "Program")
    assert any("OCR digit fix" in w for w in budget.warnings)


def test_a_text_pdfs_tables_rest_is_left_as_printed():
    assert ocr_late_tables([]) is None
    assert _total(assemble(_pages("2.015.993,902,00"))) == ["Jumlah", "2.015.993,902,00"]
