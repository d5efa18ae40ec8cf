"""A table ruled between its rows (horizontal rules only), a row cut by the page break: the rule is drawn at the
cut too, and the name's rest opens the next page with a capital ("Program Penunjang Urusan" | "Pemerintahan Daerah
Kabupaten/Kota"), filling the name's column alone beside a row of amounts. The name ran down to the page break
and its last line left no room for the rest's first word: the rest of that row
(:func:`lkjip.extract.layout.stitch.continues_row`). A row whose name's last line left room is a row of its own."""

from __future__ import annotations

from lkjip.extract.document import TableRow
from lkjip.extract.layout.stitch import continues_row
from lkjip.extract.layout.words import Tail

LAST = TableRow(cells=["Program Penunjang Urusan", "Rp", "1.868.945.518"])
FIRST = TableRow(cells=["Pemerintahan Daerah Kabupaten/Kota", "", ""])


def _tails(room: float) -> list[Tail]:
    return [Tail("Urusan", False, True, room, 22.3, 33.1, 7.0), Tail("Rp", True, False, 0.0, 8.4, 8.4, 7.0),
            Tail("1.868.945.518", True, True, 0.0, 40.0, 40.0, 7.0)]


def test_the_rest_of_a_name_no_room_was_left_for_runs_on():
    assert continues_row(LAST, FIRST, _tails(10.9))


def test_a_name_whose_last_line_left_room_ended_there():
    assert not continues_row(LAST, FIRST, _tails(80.0))
