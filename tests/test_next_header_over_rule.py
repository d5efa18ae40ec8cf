"""A table's last row cut by a page break, its rest opening the next page between the page's first rule and the
next table's header rule: the band between the two rules held the rest and the next table's header ("Program
Anggaran Keterangan", bold, set a blank below the rest, right over its rule), so the header's words went into the
cut row's cells and the next table (a budget of the performance agreement) was read without it (#12). The bold
lines over the lower rule, apart from the rest, are left to the next table
(:func:`~lkjip.extract.layout.half_ruled.half_ruled_tables`). Word boxes as a monospaced 8 pt table prints
(header rule only, landscape); names and amounts made up."""

from __future__ import annotations

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.page_table import PageTable

LINES = [
    (59.80, 5.96, False, [('musyawar', 596.00, 634.40)]),
    (68.70, 5.87, False, [('ah', 596.00, 605.60)]),
    (80.59, 5.97, False, [('warga', 596.00, 620.00)]),
    (91.00, 7.46, False, [('2', 165.70, 170.50), ('Menurunnya', 181.20, 229.20), ('gangguan', 234.00, 272.40), ('umum', 277.20, 296.40), ('Persenta', 596.00, 634.40), ('70%', 760.20, 774.61)]),
    (102.90, 4.38, False, [('se', 596.00, 605.60)]),
    (113.30, 5.97, False, [('gangguan', 596.00, 634.40)]),
    (123.70, 4.38, False, [('umum', 596.00, 615.20)]),
    (148.47, 7.02, True, [('Program', 230.50, 264.10), ('Anggaran', 295.10, 333.50), ('Keterangan', 581.80, 629.80)]),
    (159.20, 7.46, False, [('1', 215.00, 219.80), ('Penunjang', 230.50, 273.70), ('Rp', 479.80, 489.40), ('4.100.200.300', 508.60, 571.00), ('APBD', 581.80, 601.00)]),
    (170.13, 5.34, False, [('Urusan', 230.50, 259.30)]),
    (180.00, 7.46, False, [('2', 215.00, 219.80), ('Pemberdayaan', 230.50, 288.10), ('Rp', 479.80, 489.40), ('40.300.200', 518.20, 571.00), ('APBD', 581.80, 601.00)]),
    (190.93, 5.34, False, [('Desa', 230.50, 249.70)]),
]
RULES = [Ruling(51.3, 56.7, 779.8, 57.5), Ruling(51.3, 157.6, 779.8, 158.4)]


def _lines() -> list[TextLine]:
    return [TextLine([Word(t, x0, top, x1, top + h, size=8.0, bold=bold) for t, x0, x1 in words])
            for top, h, bold, words in LINES]


def _carry() -> PageTable:
    rows = [TableRow(cells=["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"], is_header=True),
            TableRow(cells=["1", "Meningkatnya peran warga", "Persentase peran", "75%"])]
    return PageTable(Table(rows=rows, page=16), [57, 176, 528, 643, 775], 426.4, 526.6, 56.8, 774.6,
                     channels=[(170, 181), (460, 596), (638, 648)])


def test_the_next_tables_header_is_left_to_it():
    tables, rest = half_ruled_tables(_lines(), RULES, page_no=17, strategy="rules", carry=_carry())
    assert tables
    cells = [c for r in tables[0].table.rows for c in r.cells]
    assert not any("Program" in c or "Keterangan" in c for c in cells)
    assert any(ln.text.startswith("Program Anggaran") for ln in rest)
