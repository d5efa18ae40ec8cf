"""An amount a narrow column broke right after its decimal comma ("8.001" / ".414," / "-"): the dash of its ",-"
alone on the last line finishes the amount, and the three lines are one row
(:func:`lkjip.extract.layout.rows.amount_run`)."""

from __future__ import annotations

from lkjip.extract.layout.geometry import Word
from lkjip.extract.layout.rows import amount_run


def _cells(top: float, *texts: str) -> list[list[Word]]:
    """A line's cells: a label column (empty here) and two amount columns."""
    out: list[list[Word]] = [[]]
    for k, t in enumerate(texts):
        x = 300.0 + 60.0 * k
        out.append([Word(t, x, top, x + 5.0 * len(t), top + 9.0)] if t else [])
    return out


def test_a_lone_dash_under_an_amount_cut_after_its_comma_ends_the_run():
    row = [_cells(100.0, "8.001", "6.869")]
    below = [_cells(110.0, ".414,", ".319,"), _cells(120.0, "-", "-")]
    assert amount_run(row, below) == 2


def test_a_dash_under_a_whole_amount_is_no_piece():
    row = [_cells(100.0, "8.001.414,00", "6.869")]
    below = [_cells(110.0, "-", ".319,")]
    assert amount_run(row, below) == 0


def test_the_dash_joins_its_amount_without_a_space():
    from lkjip.extract.layout.words import join_wrapped

    assert join_wrapped(["8.001", ".414,", "-"]) == "8.001.414,-"
