"""Two framed tables one under the other with only white between them (a performance agreement's targets table,
then its program table), the second's frame cut by the page break right under its bold header: the rule over that
header is the top of the next table, not a row of the table above (frame_header rules, frames.next_frame_header)."""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.layout.frames import next_frame_header
from lkjip.extract.layout.geometry import Ruling
from lkjip.extract.layout.half_ruled import split_stack

X0, X1 = 51.0, 780.0
NO, NAME, INDIKATOR, TARGET = 56.8, 100.0, 420.0, 700.0


def _sides(top: float, bottom: float) -> list[Ruling]:
    return [Ruling(X0 - 0.4, top, X0 + 0.4, bottom), Ruling(X1 - 0.4, top, X1 + 0.4, bottom)]


def _targets(top: float, n: int) -> list:
    return [cells_line(top + 12.0 * k, (NO, str(k + 1)), (NAME, f"Meningkatnya partisipasi masyarakat {k + 1}"),
                       (INDIKATOR, "Persentase partisipasi masyarakat"), (TARGET, f"{70 + k}%")) for k in range(n)]


def _page(next_bold: bool) -> tuple[list, list[float], list[Ruling]]:
    head = cells_line(60.0, (NO, "No."), (NAME, "Sasaran Strategis"), (INDIKATOR, "Indikator Kinerja"),
                      (TARGET, "Target"), bold=True)
    # the program table's frame opens at 130 over its header, and the page ends under it
    nxt = cells_line(133.0, (NAME, "Program"), (INDIKATOR + 180.0, "Anggaran"), (TARGET + 40.0, "Keterangan"),
                     bold=next_bold)
    ys = [57.0, 72.0, 112.0, 130.0]
    rules = [hrule(y, X0, X1) for y in ys] + _sides(57.0, 112.0) + _sides(130.0, 146.0)
    return [head, *_targets(75.0, 3), nxt], ys, rules


def test_a_bold_header_under_the_next_frame_top_parts_the_stack():
    lines, ys, rules = _page(next_bold=True)
    box = (X0, ys[0], X1, ys[-1])
    assert next_frame_header(lines, rules, box, 112.0, 130.0)
    assert split_stack(lines, box, ys, rules) == [((X0, 57.0, X1, 112.0), [57.0, 72.0, 112.0])]


def test_a_row_in_regular_weight_under_it_is_the_next_part_of_the_same_table():
    lines, ys, rules = _page(next_bold=False)
    box = (X0, ys[0], X1, ys[-1])
    assert not next_frame_header(lines, rules, box, 112.0, 130.0)
    assert split_stack(lines, box, ys, rules) == [(box, ys)]
