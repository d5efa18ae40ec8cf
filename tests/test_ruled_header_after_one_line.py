"""A table's header ruled off its body, under a single line atop the page (the rest of the row the page break
cut of the table before): that line and the header are two tables' lines, not one region
(:func:`lkjip.extract.layout.ruled_header.ruled_header_below`)."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.layout.geometry import Ruling
from lkjip.extract.layout.ruled_header import ruled_header_below


def _lines(white: float):
    rest = cells_line(58.0, (90, "pembangunan desa"), (400, "musyawarah perencanaan"))
    head = cells_line(68.0 + white, (80, "Program"), (590, "Anggaran"), (720, "Keterangan"), bold=True)
    row = cells_line(head.bottom + 4.0, (80, "1 Penunjang Urusan"), (590, "Rp. 2.397.383.489"), (720, "APBD"))
    rule = Ruling(51.0, head.bottom + 1.0, 780.0, head.bottom + 1.8)
    return [rest, head, row], [rule]


def test_a_ruled_header_set_off_under_one_line_opens_a_table():
    lines, rules = _lines(white=24.0)
    assert ruled_header_below(lines, 0, 1, rules)


def test_a_ruled_header_close_under_one_line_does_not():
    lines, rules = _lines(white=3.0)
    assert not ruled_header_below(lines, 0, 1, rules)
