"""A header a page break cuts, over a table ruled with horizontal lines only (issue #12).

A table may start at a page's foot with only its header's first line ("No  Sasaran  Satuan  Realisasi …"), the
header's second line at the next page's top, over the table's first rule. Read by its rules, the table on the next
page took neither: both header lines became paragraphs and the table had no header (its kind unknown, its rows
lost). The page before's lines are set above the page's first line (``lead``,
:func:`~lkjip.extract.layout.carry.dangling_start`) and taken in as the header's start with its rest over the first
rule (:func:`~lkjip.extract.layout.half_ruled.open_ends`); the table starts on the page before.
"""

from __future__ import annotations

from line_builders import cell_words, hrule, read_pages

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.geometry import Ruling, Word, lines_from_words
from lkjip.extract.layout.page import read_page_layout

COLS = (60, 90, 250, 330, 400, 470)


def _words(top: float, *cells: tuple[float, str], bold: bool = False) -> list[Word]:
    return cell_words(top, *cells, bold=bold, size=9.0)


def _page_one() -> tuple[list[Word], list[Ruling]]:
    words = _words(100, (60, "Pengukuran capaian kinerja dilakukan dengan membandingkan target dan realisasi"))
    words += _words(113, (60, "setiap indikator sasaran dalam Perjanjian Kinerja."))
    words += _words(745, (60, "Tabel 3.1 Capaian Kinerja Sasaran Tahun 2023"))
    words += _words(765, *zip(COLS, ("No", "Sasaran", "Satuan", "Realisasi", "Tahun 2023", "Capaian"),
                              strict=True), bold=True)
    return words, [hrule(761.0)]


_ROWS = [("1", "Meningkatnya partisipasi", "%", "71", "75", "100"),
         ("2", "Menurunnya gangguan", "%", "72", "75", "96")]


def _page_two(rule_at: float = 74.0, pad: float = 4.0, below: float = 14.0,
              row: float = 18.0) -> tuple[list[Word], list[Ruling]]:
    """The header's rest atop the page over its first rule at ``rule_at``; each body row's line ``pad`` under the
    rule above it, its own rule ``below`` under the line's top, rows ``row`` apart."""
    words = _words(60, *zip(COLS, ("Uraian", "Indikator", "", "Tahun 2022", "Target", "Kinerja"),
                            strict=True), bold=True)
    rules = [hrule(rule_at)]
    y = rule_at + pad
    for cells in _ROWS:
        words += _words(y, *zip(COLS, cells, strict=True))
        rules.append(hrule(y + below))
        y += row
    words += _words(y + 20, (60, "Secara umum capaian kinerja sasaran berada pada kategori baik."))
    return words, rules


def test_a_header_cut_by_the_page_break_heads_the_table_ruled_on_the_next_page():
    blocks = read_pages([_page_one(), _page_two()])
    (table,) = [b for b in blocks if isinstance(b, Table)]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert not any(t.startswith(("No Sasaran", "Uraian")) for t in texts)
    (head,) = [r for r in table.rows if r.is_header]  # one row: its cells' two lines on two pages
    assert head.cells[:2] == ["No Uraian", "Sasaran Indikator"] and head.cells[-1] == "Capaian Kinerja"
    assert head.page == 1
    assert [r.cells for r in table.rows if not r.is_header] == [list(r) for r in _ROWS]
    assert table.page == 1


def test_without_the_page_before_the_next_page_reads_as_before():
    words, rules = _page_two()
    res = read_page_layout(2, 842.0, words, rules, lines_from_words, ruled=True)
    assert res.lead_used == [] and len(res.tables) == 1
