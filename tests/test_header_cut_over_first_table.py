"""A header a page break cuts off, over a page that holds more than one table (issue #12).

A Perjanjian Kinerja attachment may start at a page's foot with only its header ("No  Sasaran Strategis  Indikator
Kinerja  Target" and the column numbers), its rows on the next page, and the program budget table under them on
that page. The page before's lines (``lead``) were set over the next page only when no other table had been found
there, so the ruled budget table below kept the header away: the rows were read without their header (kind unknown,
every PK target lost, a contradiction with the PK missed). The lead goes over the page's first line whenever no
table stands above that line.
"""

from __future__ import annotations

from line_builders import cell_words, hrule, read_pages

from lkjip.extract.document import Paragraph, Table
from lkjip.extract.layout.geometry import Ruling, Word, lines_from_words
from lkjip.extract.layout.page import read_page_layout

COLS = (60, 90, 250, 470)
BUDGET = (60, 90, 330, 450)


def _words(top: float, *cells: tuple[float, str], bold: bool = False) -> list[Word]:
    return cell_words(top, *cells, bold=bold, size=9.0)


def _page_one() -> tuple[list[Word], list[Ruling]]:
    words = _words(100, (60, "Pihak pertama berjanji akan mewujudkan target kinerja sesuai lampiran perjanjian ini."))
    words += _words(735, (60, "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024"))
    words += _words(758, *zip(COLS, ("No.", "Sasaran Strategis", "Indikator Kinerja", "Target"), strict=True),
                    bold=True)
    words += _words(772, *zip(COLS, ("1", "2", "3", "4"), strict=True), bold=True)
    return words, []


_TARGETS = [("1", "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "85,38"),
            ("2", "Meningkatnya partisipasi desa", "Persentase partisipasi", "80%"),
            ("3", "Meningkatnya tata kelola", "Persentase desa tertib", "95%")]
_PROGRAMS = [("1", "Penunjang Urusan Pemerintahan", "2.982.214.849", "APBD"),
             ("2", "Penyelenggaraan Pemerintahan", "94.118.693", "APBD")]


def _targets(y: float) -> list[Word]:
    words: list[Word] = []
    for row in _TARGETS:
        words += _words(y, *zip(COLS, row, strict=True))
        y += 14.0
    return words


def _budget(y: float) -> tuple[list[Word], list[Ruling]]:
    words = _words(y, *zip(BUDGET, ("No", "Program", "Anggaran", "Keterangan"), strict=True), bold=True)
    rules = [hrule(y - 4.0), hrule(y + 14.0)]
    y += 18.0
    for row in _PROGRAMS:
        words += _words(y, *zip(BUDGET, row, strict=True))
        rules.append(hrule(y + 14.0))
        y += 18.0
    return words, rules


def _page_two() -> tuple[list[Word], list[Ruling]]:
    words, rules = _budget(60.0 + 14.0 * len(_TARGETS) + 30.0)
    return _targets(60.0) + words, rules


def test_a_header_cut_off_the_page_before_heads_the_first_of_two_tables():
    blocks = read_pages([_page_one(), _page_two()])
    tables = [b for b in blocks if isinstance(b, Table)]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert not any(t.startswith("No. Sasaran") for t in texts)
    first = tables[0]
    assert first.page == 1
    head = [r.cells for r in first.rows if r.is_header]
    assert head and head[0] == ["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"]
    body = [r for r in first.rows if not r.is_header]
    assert [r.cells for r in body] == [list(r) for r in _TARGETS]
    assert all(r.page == 2 for r in body)
    budget = tables[-1]
    assert [r.cells for r in budget.rows if not r.is_header] == [list(r) for r in _PROGRAMS]


def _grid(y: float) -> tuple[list[Word], list[Ruling]]:
    """The budget table with every rule drawn, its top at ``y``."""
    words, rules = _budget(y)
    top, bottom = rules[0].top, rules[-1].bottom
    edges = (*(x - 4.0 for x in BUDGET), 540.0)
    return words, rules + [Ruling(x - 0.25, top, x + 0.25, bottom) for x in edges]


def test_the_lead_stays_on_its_page_when_a_table_stands_above_the_first_line():
    # a fully ruled budget table first, the target rows under it: the header the page before left cannot head them
    words, rules = _grid(70.0)
    lead = lines_from_words(_page_one()[0])[-2:]
    res = read_page_layout(2, 842.0, words + _targets(200.0), rules, lines_from_words, ruled=True, lead=lead)
    assert res.lead_used == []
    assert [t.table.rows[0].cells[0] for t in res.tables] == ["No", "1"]
