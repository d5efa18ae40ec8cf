"""A grouped amount a narrow ruled cell broke inside a group of three ("53.47" / "8.954" for 53.478.954, monospaced,
justified, Chromium) is one amount, not two rows: read alone, "53.47" looks like a code or a decimal and "8.954"
like a whole amount, so the two lines looked like values stacked in one cell (:mod:`lkjip.extract.layout.stacked`)
and the row was cut, its wrapped name and the amounts' tails read as a row of their own."""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.grid import number_rest
from lkjip.extract.layout.stacked import stacked_cuts


def _line(text: str, x0: float, top: float, pitch: float = 4.8) -> TextLine:
    return TextLine([Word(text, x0, top, x0 + pitch * len(text), top + 9.0, size=9.0)])


def _row(first: tuple[str, str], second: tuple[str, str]):
    """A program row of a budget table ruled cell by cell: its name, then two amounts each broken in two lines."""
    lines = {
        (0, 0): [TextLine([Word("Program", 61.0, 403.6, 94.0, 412.6, size=9.0),
                           Word("Penyelenggaraan", 99.0, 403.6, 171.0, 412.6, size=9.0)])],
        (0, 1): [_line(first[0], 393.0, 403.6), _line(first[1], 393.0, 412.6)],
        (0, 2): [_line(second[0], 428.0, 403.6), _line(second[1], 428.0, 412.6)],
        (0, 3): [TextLine([Word("93,94", 502.0, 403.6, 526.0, 412.6, size=9.0),
                           Word("%", 531.0, 403.6, 536.0, 412.6, size=9.0)])],
    }
    boxes = {(0, 0): (57.0, 402.75, 385.5, 423.0), (0, 1): (385.5, 402.75, 420.75, 423.0),
             (0, 2): (420.75, 402.75, 456.0, 423.0), (0, 3): (456.0, 402.75, 539.25, 423.0)}
    return lines, boxes


def test_amounts_broken_inside_a_group_cut_no_row():
    lines, boxes = _row(("53.47", "8.954"), ("50.23", "9.731"))
    cuts = stacked_cuts(lines, boxes)
    assert cuts, "the two lines of each amount cell look like stacked values"
    assert all(number_rest(c, lines, boxes) for c in cuts)


def test_two_whole_amounts_stacked_are_still_two_rows():
    lines, boxes = _row(("53.478", "8.954"), ("50.239", "9.731"))
    cuts = stacked_cuts(lines, boxes)
    assert cuts and not any(number_rest(c, lines, boxes) for c in cuts)
