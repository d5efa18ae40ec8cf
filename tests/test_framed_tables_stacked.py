"""Two framed tables on one page (each boxed by its sides, one rule under its header) with a signature block
between them are two tables, also when their frames reach past the stack of rules the page shows: the table above
coming down from the page's top, the next table's body running on to the page's foot with no rule of its own, or
only the next frame's top rule drawn at the page's foot, its header cut off by the page break
(half_ruled.py ``split_stack``)."""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.layout.geometry import Ruling
from lkjip.extract.layout.half_ruled import split_stack

X0, X1 = 51.0, 780.0
NO, PROGRAM, ANGGARAN, KET = 56.8, 100.0, 600.0, 700.0


def _sides(top: float, bottom: float) -> list[Ruling]:
    return [Ruling(X0 - 0.4, top, X0 + 0.4, bottom), Ruling(X1 - 0.4, top, X1 + 0.4, bottom)]


def _rows(top: float, n: int) -> list:
    return [cells_line(top + 12.0 * k, (NO, str(k + 1)), (PROGRAM, f"Program Pembinaan Desa {k + 1}"),
                       (ANGGARAN, f"{k + 2}.421.817,00"), (KET, "APBD/DAU")) for k in range(n)]


SIGNATURE = ["Sampang, 09 Januari 2023", "Pihak Kedua", "BUPATI SAMPANG,", "H. SLAMET JUNAIDI", "Pihak Pertama",
             "CAMAT SOKOBANAH", "ABDUL FATAH, BA", "NIP. 19690311 200312 1 004"]


def _signature(top: float) -> list:
    """The signature block under a PK's budget table: one short line after another, at the page's margin."""
    return [cells_line(top + 14.0 * k, (NO, text)) for k, text in enumerate(SIGNATURE)]


def test_a_signature_block_between_a_frame_from_the_page_top_and_the_next_framed_header_parts_the_stack():
    # the table above ends at 119.5 (its frame came down from the page's top); the next one's frame opens at 250,
    # its header ruled off at 265, its body running on down the page with no rule of its own
    head = cells_line(253.0, (NO, "NO"), (PROGRAM, "URAIAN"), (ANGGARAN, "ANGGARAN"), (KET, "OUTPUT"), bold=True)
    ys = [119.5, 250.0, 265.0]
    rules = [hrule(y, X0, X1) for y in ys] + _sides(57.0, 119.5) + _sides(250.0, 529.0)
    lines = [*_signature(123.0), head, *_rows(268.0, 10)]
    box = (X0, ys[0], X1, ys[-1])
    assert split_stack(lines, box, ys, rules) == [((X0, 250.0, X1, 265.0), [250.0, 265.0])]


def test_the_top_rule_of_the_next_frame_at_the_page_foot_is_not_the_foot_of_the_table_above():
    top = [cells_line(60.0, (PROGRAM, "Program"), (ANGGARAN, "Anggaran"), (KET, "Keterangan"), bold=True)]
    ys = [57.0, 71.0, 134.0, 520.0]
    rules = [hrule(y, X0, X1) for y in ys] + _sides(57.0, 134.0) + _sides(520.0, 534.0)
    lines = [*top, *_rows(74.0, 5), *_signature(150.0)]
    box = (X0, ys[0], X1, ys[-1])
    assert split_stack(lines, box, ys, rules) == [((X0, 57.0, X1, 134.0), [57.0, 71.0, 134.0])]


def test_an_empty_band_before_a_frame_at_the_page_foot_is_the_white_between_two_parts_of_one_table():
    # parts of one table with no header of their own, each framed, an empty paragraph between: the next part's
    # frame opens at the page's foot over its first row, cut by the page break
    ys = [60.0, 200.0, 216.0]
    rules = [hrule(y, X0, X1) for y in ys] + _sides(60.0, 200.0) + _sides(216.0, 236.0)
    lines = [*_rows(64.0, 10), *_rows(220.0, 1)]
    box = (X0, ys[0], X1, ys[-1])
    assert split_stack(lines, box, ys, rules) == [(box, ys)]
