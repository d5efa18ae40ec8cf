"""A percentage broken in a narrow ruled column is no row of its own (issue #12, fifteenth session).

A bordered table's narrow "%" column breaks 97.85 into "97.8" / "5": the piece above fills its cell and reads as a
whole value (a code "97.8", a count "5"), and the name beside it wraps level with the rest, so the stacked values
looked like two rows (lkjip.extract.layout.stacked). The grid keeps them one row when the line above filled its
cell and the line below finishes its number, and no other column starts a number there
(lkjip.extract.layout.grid.number_rest)."""

from __future__ import annotations

from line_builders import cell_words, hrule, read_pages

from lkjip.extract.document import Table
from lkjip.extract.layout.geometry import Ruling, Word

_COLS = [55.0, 90.0, 300.0, 420.0, 452.0]  # No | Uraian | Anggaran | % (a column four digits wide)


def _vrules(top: float, bottom: float) -> list[Ruling]:
    return [Ruling(x - 0.25, top, x + 0.25, bottom) for x in _COLS]


def _page(rest: str, other: str, key: str = "") -> tuple[list[Word], list[Ruling]]:
    words = cell_words(60.0, (57.0, "Realisasi anggaran per kegiatan:"))
    words += cell_words(102.0, (57.0, "No"), (92.0, "Uraian"), (302.0, "Anggaran"), (422.0, "%"), bold=True)
    # row 1: the name wraps beside the percentage's rest; row 2 one line
    words += cell_words(117.0, (57.0, "1."), (92.0, "Penyediaan Jasa"), (352.0, "77.426.394"), (428.0, "97.8"))
    words += cell_words(128.0, *([(57.0, key)] if key else []), (92.0, "Penunjang Urusan"), (438.0 if rest == "5" else 428.0, rest))
    words += cell_words(117.0 + 27.0, (57.0, "2."), (92.0, "Pemeliharaan Mebel"), (352.0, "89.850.000"),
                        (428.0, other))
    words += cell_words(190.0, (57.0, "Penyerapan anggaran hampir seluruhnya tercapai."))
    ys = [100.0, 115.0, 142.0, 157.0]
    rules = [hrule(y, _COLS[0], _COLS[-1]) for y in ys] + _vrules(ys[0], ys[-1])
    return words, rules


def _rows(rest: str, other: str = "93,75", key: str = "") -> list[list[str]]:
    (table,) = [b for b in read_pages([_page(rest, other, key)]) if isinstance(b, Table)]
    return [r.cells for r in table.rows if not r.is_header]


def test_a_percentage_broken_in_a_narrow_ruled_column_stays_in_its_row():
    rows = _rows("5")
    assert [r[0] for r in rows] == ["1.", "2."]
    assert rows[0][1] == "Penyediaan Jasa Penunjang Urusan"
    assert rows[0][3] == "97.85"


def test_a_whole_value_under_it_is_still_a_row_of_its_own():
    # "97.8" over "100": no rest of 97.8 (97.8100 is no number) — the stacked values stay two rows
    rows = _rows("100")
    assert len(rows) == 3
    assert rows[0][3] == "97.8" and rows[1][3] == "100"


def test_a_row_key_beside_the_piece_keeps_the_row_apart():
    # the same "5" under "97.8", but a key opens a row beside it: the next row's value, not 97.8's rest
    rows = _rows("5", key="2.")
    assert [r[0] for r in rows] == ["1.", "2.", "2."]
    assert rows[0][3] == "97.8" and rows[1][3] == "5"
