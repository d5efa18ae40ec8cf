"""A cell's line printed across the bottom rule of a ruled table the page break cut is the cell's (issue #12).

A browser cutting a ruled table inside its header row draws the rule where the page ends and prints the cell's
next line ("Kinerja" of "Indikator" / "Kinerja") across it. The grid leaves that line out (its cells end at the
rule): a paragraph standing between the table and its part on the next page, which were then never joined."""

from __future__ import annotations

from lkjip.extract.document import Paragraph, Table, TableRow
from lkjip.extract.layout.assemble import assemble
from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.page import PageResult
from lkjip.extract.layout.page_table import PageTable

EDGES = [57.4, 257.6, 328.3, 392.2, 467.2, 529.1]


def _ruled(cells: list[list[str]], page: int, top: float) -> PageTable:
    rows = [TableRow(cells=c, page=page, bbox=(57.4, top + 14 * k, 529.1, top + 14 * (k + 1)))
            for k, c in enumerate(cells)]
    return PageTable(Table(rows=rows, page=page, strategy="lines"), EDGES, top, top + 14 * len(rows), 57.4, 529.1)


def _line(text: str, x: float, top: float) -> TextLine:
    return TextLine([Word(text, x, top, x + 6.0 * len(text), top + 10.2, size=10)])


def test_a_line_across_the_bottom_rule_goes_into_its_cell_and_the_parts_join():
    head = _ruled([["Sasaran Strategis", "Indikator", "Kinerja", "", "Biaya"]], 11, 513.0)  # bottom rule at 527
    page11 = PageResult(11, 595.0, lines=[_line("Kinerja", 260.9, 525.0)], tables=[head])
    body = _ruled([["", "", "Target", "Realisasi", "Anggaran (Rp)"],
                   ["Meningkatnya partisipasi", "Persentase partisipasi", "64", "64", "110.556.945"]], 12, 57.0)
    blocks = assemble([page11, PageResult(12, 595.0, tables=[body])])
    assert not [b for b in blocks if isinstance(b, Paragraph)]
    (table,) = blocks
    assert table.rows[0].cells[1] == "Indikator Kinerja"
    assert [r.page for r in table.rows] == [11, 12, 12]


def test_a_line_below_the_bottom_rule_stays_a_paragraph():
    table = _ruled([["Sasaran Strategis", "Indikator", "Kinerja", "", "Biaya"]], 11, 513.0)
    page11 = PageResult(11, 595.0, lines=[_line("Catatan", 260.9, 531.0)], tables=[table])
    blocks = assemble([page11])
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["Catatan"]
