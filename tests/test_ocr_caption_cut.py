"""A scanned borderless table whose caption is printed under it, running text after: the caption line and the
text lined up with the table's columns (monospaced print) are no rows of the table (``ocr_caption_cut``)."""

from __future__ import annotations

from line_builders import cell_words

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.geometry import Word
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.ocr_caption_cut import caption_row, cut_at_captions
from lkjip.extract.ocr_page_flow import OcrPage
from lkjip.extract.read_pdf import lay_out

#: the x of each column: No, Sasaran, Target, Realisasi
COLS = (60.0, 90.0, 330.0, 430.0)
ROWS = [("1", "Meningkatnya kualitas layanan", "82,47", "82,46"),
        ("2", "Meningkatnya tata kelola desa", "100", "98"),
        ("3", "Meningkatnya ketertiban umum", "75", "80")]


def _row(y: float, *cells: str, bold: bool = False) -> list[Word]:
    return cell_words(y, *((x, c) for x, c in zip(COLS, cells, strict=True) if c), bold=bold)


def _page() -> list[Word]:
    """A bold header, three rows, then the caption under the table and two lines of text whose words fall into the
    table's columns (as monospaced print lines up with any column)."""
    words = _row(100.0, "No", "Sasaran", "Target", "Realisasi", bold=True)
    for k, cells in enumerate(ROWS):
        words += _row(120.0 + 20 * k, *cells)
    words += _row(190.0, "Tabel", "3.1 Capaian Kinerja Sasaran", "", "")
    words += _row(210.0, "Target", "IKM pada Tahun ini adalah", "sebesar", "dengan")
    words += _row(230.0, "realisasi", "sebesar yang dicapai", "pada", "tahun")
    return words


def _ocr(number: int, words: list[Word]) -> OcrPage:
    return OcrPage(number, 842.0, words, [], False, [], "ind")


def test_a_caption_under_a_scanned_table_and_the_text_after_it_are_no_rows_of_the_table():
    results, vocab = lay_out([_ocr(1, _page())])
    blocks = assemble(results, vocab)
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert [r.cells[0] for r in table.rows if not r.is_header] == ["1", "2", "3"]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert any(t.startswith("Tabel 3.1 Capaian Kinerja Sasaran") for t in texts)
    assert any("IKM pada Tahun ini" in t for t in texts)
    assert blocks.index(table) < next(k for k, b in enumerate(blocks)
                                      if isinstance(b, Paragraph) and b.text.startswith("Tabel 3.1"))


def _table(rows: list[list[str]], tops: list[float], *, carried: bool = False) -> PageTable:
    table = Table(rows=[TableRow(cells=r, page=1, bbox=(60.0, t, 500.0, t + 12)) for r, t in zip(rows, tops,
                                                                                               strict=True)], page=1)
    return PageTable(table=table, col_edges=[], top=tops[0], bottom=tops[-1] + 12, x0=60.0, x1=500.0,
                     carried=carried)


def test_a_list_of_tables_read_as_a_table_is_left_alone():
    rows = [["Tabel 1.1 Pemetaan Permasalahan", "9"], ["Tabel 1.2 Cascading Kecamatan", "12"]]
    tops = [100.0, 120.0]
    words = [w for r, t in zip(rows, tops, strict=True) for w in cell_words(t, (60.0, r[0]), (480.0, r[1]))]
    pt = _table(rows, tops)
    assert caption_row(pt, words) is None
    res = PageResult(1, 842.0, tables=[pt])
    assert cut_at_captions(res, words) == 0 and len(pt.table.rows) == 2


def test_a_carried_part_opening_with_a_caption_is_text_again():
    rows = [["Tabel 3.1 Capaian Kinerja", ""], ["Target IKM pada Tahun", "sebesar"]]
    tops = [60.0, 80.0]
    words = [w for r, t in zip(rows, tops, strict=True) for w in cell_words(t, (60.0, r[0]), (330.0, r[1]))]
    res = PageResult(1, 842.0, tables=[_table(rows, tops, carried=True)])
    assert cut_at_captions(res, words) == 1
    assert res.tables == [] and [ln.text for ln in res.lines] == ["Tabel 3.1 Capaian Kinerja",
                                                                  "Target IKM pada Tahun sebesar"]
