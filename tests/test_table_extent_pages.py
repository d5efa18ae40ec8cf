"""A table's header and the start of its first row at a page's foot (issue #12).

A table may begin at the very bottom of a page: its bold header and the first lines of its first row
("Program  Anggaran (Rp.)" / "Program  3.619.172.769" / "Penunjang"), the rest of the row and the other rows
on the next page, under the header repeated or not. Too few lines to be a table by themselves, they were read
as paragraphs: the first program was lost, and the budget's printed total no longer added up (a false error).
They are read with the next page's body (:func:`~lkjip.extract.layout.carry.dangling_start`), and the table
they open starts on their page, below the table ending it: it continues no table above
(:func:`~lkjip.extract.layout.assemble.assemble`).
Built on synthetic pages of words laid out as a PDF's budget table places them.
"""

from __future__ import annotations

from line_builders import read_pages

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.carry import dangling_start
from lkjip.extract.layout.geometry import Word, lines_from_words
from lkjip.extract.layout.page import PageResult, read_page_layout


def _words(top: float, *cells: tuple[float, str], bold: bool = False, size: float = 9.0) -> list[Word]:
    out: list[Word] = []
    for x, text in cells:
        for tok in text.split():
            out.append(Word(tok, x, top, x + 5.0 * len(tok), top + 10.0, size=size, bold=bold))
            x += 5.0 * len(tok) + 3
    return out


_HEAD = ((60, "No"), (90, "Sasaran"), (300, "Indikator"), (480, "Target"))
_TARGETS = [("1", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "82,47"),
            ("2", "Meningkatnya tata kelola desa", "Persentase desa tertib", "100 %"),
            ("3", "Menurunnya gangguan ketertiban", "Persentase penanganan", "72 %")]


def _page_one() -> list[Word]:
    """A target table, a paragraph, then the budget table's header and its first row's start at the foot."""
    words = _words(100, *_HEAD, bold=True)
    for k, row in enumerate(_TARGETS):
        words += _words(113 + 13 * k, *zip((62, 90, 300, 480), row, strict=True))
    words += _words(190, (60, "Untuk mewujudkan kinerja tersebut kecamatan mendapat dukungan anggaran"))
    words += _words(203, (60, "dari APBD yang terangkum dalam program sebagai berikut:"))
    words += _words(740, (60, "Program"), (400, "Anggaran (Rp.)"), bold=True)
    words += _words(753, (60, "Program"), (420, "3.619.172.769"))
    words += _words(766, (60, "Penunjang"))
    return words


def _page_two() -> list[Word]:
    """The header repeated, the first row's rest, the other programs and the total."""
    words = _words(60, (60, "Program"), (400, "Anggaran (Rp.)"), bold=True)
    rows = [("Urusan Pemerintahan", None), ("Daerah", None), ("Program", "82.082.953"), ("Penyelenggaraan", None),
            ("Program", "90.203.113"), ("Koordinasi", None), ("Program", "94.679.624"), ("Pembinaan Desa", None),
            ("Jumlah", "3.886.138.459")]
    y = 73.0
    for k, (name, amount) in enumerate(rows):
        if amount is not None and k:
            y += 4.0  # a row's padding
        words += _words(y, (60, name), *(((430, amount),) if amount else ()))
        y += 13.0
    words += _words(y + 30, (60, "Tabel 2.3 Program dan Anggaran Tahun 2022"))
    return words


def test_a_header_and_first_row_start_at_a_page_foot_are_read_with_the_next_page():
    blocks = read_pages([(_page_one(), []), (_page_two(), [])])
    tables = [b for b in blocks if isinstance(b, Table)]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert not any(t.startswith("Program Anggaran") for t in texts)
    assert len(tables) == 2  # the target table, then the budget table: not one table
    budget = tables[1]
    assert budget.rows[0].cells == ["Program", "Anggaran (Rp.)"]
    assert budget.rows[1].cells[0].startswith("Program Penunjang") and budget.rows[1].cells[1] == "3.619.172.769"
    assert [r.page for r in budget.rows[:2]] == [1, 1]
    assert budget.rows[-1].cells == ["Jumlah", "3.886.138.459"]
    assert [r.cells[0] for r in tables[0].rows[1:]] == ["1", "2", "3"]


def test_regular_lines_ending_a_page_without_a_bold_header_stay_paragraphs():
    words = _words(100, (60, "Untuk mewujudkan kinerja tersebut kecamatan mendapat dukungan anggaran"))
    words += _words(740, (60, "Program"), (420, "3.619.172.769"))
    words += _words(753, (60, "Penunjang"))
    res = read_page_layout(1, 842.0, words, [], lines_from_words, ruled=False)
    assert dangling_start(res) == ([], None)


def test_a_header_and_a_row_read_with_fewer_columns_are_laid_over_the_body_on_the_next_page():
    # page 1 ends with the header and the first row (too few rows to show the gap between OUTPUT and TARGET,
    # which the header labels run across); page 2 holds the body with every column
    from lkjip.extract.document import TableRow
    from lkjip.extract.layout.geometry import TextLine
    from lkjip.extract.layout.page_table import PageTable

    head_rows = [TableRow(cells=["NO", "URAIAN", "ANGGARAN", "OUTPUT TARGET"], page=1, is_header=True,
                          bbox=(50.0, 700.0, 450.0, 710.0)),
                 TableRow(cells=["", "BELANJA LANGSUNG", "1.250.000", ""], page=1, bbox=(50.0, 713.0, 450.0, 723.0))]
    head = PageTable(Table(rows=head_rows, page=1, strategy="text"), [], 700.0, 723.0, 50.0, 450.0,
                     channels=[(70.0, 80.0), (200.0, 210.0), (300.0, 310.0)])
    line = TextLine([Word(t, x, 700.0, x + 5.0 * len(t), 710.0, size=9.0, bold=True)
                     for x, t in ((52, "NO"), (85, "URAIAN"), (215, "ANGGARAN"), (315, "OUTPUT"), (395, "TARGET"))])
    body_rows = [TableRow(cells=["1", "Program Penunjang", "1.000.000", "Persentase layanan", "100%"], page=2,
                          bbox=(50.0, 60.0, 450.0, 70.0)),
                 TableRow(cells=["2", "Program Koordinasi", "250.000", "Persentase desa", "90%"], page=2,
                          bbox=(50.0, 73.0, 450.0, 83.0))]
    body = PageTable(Table(rows=body_rows, page=2, strategy="text"), [], 60.0, 83.0, 50.0, 450.0,
                     channels=[(70.0, 80.0), (200.0, 210.0), (300.0, 310.0), (380.0, 390.0)])
    page1 = PageResult(1, 842.0, tables=[head])
    page1.free_lines = [line]
    (table,) = assemble([page1, PageResult(2, 842.0, tables=[body])])
    assert [r.cells for r in table.rows] == [["NO", "URAIAN", "ANGGARAN", "OUTPUT", "TARGET"],
                                             ["", "BELANJA LANGSUNG", "1.250.000", "", ""],
                                             *[r.cells for r in body_rows]]
