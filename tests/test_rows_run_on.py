"""A cell merged down beside a sub-row runs on past the sub-row's start (issue #12).

In a cascading table the goal of a row is merged down beside its sub-rows (a kegiatan's second sub kegiatan).
Its text may run on below the line where a sub-row starts: those words ("… pelayanan" / "publik") are the row
above's, not the sub-row's. A word runs on when it opens its line in lower case right under a line that left no
room for it (the text wrapped there). Read from synthetic lines: words of 5 pt per letter, 3 pt apart.
"""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.rows import column_openers, group_rows
from lkjip.extract.layout.stacked import Cut, split_rows


def _words(x: float, y: float, text: str, height: float = 10.0, bold: bool = False) -> list[Word]:
    out = []
    for tok in text.split():
        out.append(Word(tok, x, y, x + 5.0 * len(tok), y + height, size=height, bold=bold))
        x += 5.0 * len(tok) + 3
    return out


def _raw(y: float, ncols: int, *cells: tuple[int, float, str], bold: bool = False) -> tuple[TextLine, list[list[Word]]]:
    """One line cut into ``ncols`` cells: (column, x, text) each."""
    cols: list[list[Word]] = [[] for _ in range(ncols)]
    for k, x, text in cells:
        cols[k] = _words(x, y, text, bold=bold)
    return TextLine([w for c in cols for w in c]), cols


def _texts(groups) -> list[list[str]]:
    ncols = len(groups[0][0][1])
    return [[" ".join(w.text for _, cells in g for w in cells[k]) for k in range(ncols)] for g in groups]


def test_a_goal_running_on_beside_a_sub_row_stays_in_its_row():
    raw = [
        _raw(100, 3, (0, 50, "Tujuan"), (1, 130, "Kegiatan"), (2, 230, "Sub Kegiatan"), bold=True),
        _raw(115, 3, (0, 50, "Meningkatnya"), (1, 130, "Koordinasi"), (2, 230, "Pembinaan")),
        _raw(127, 3, (0, 50, "kualitas"), (1, 130, "Kegiatan"), (2, 230, "Lembaga")),
        _raw(139, 3, (0, 50, "pelayanan"), (2, 230, "Desa")),
        _raw(151, 3, (0, 50, "masyarakat"), (1, 130, "Fasilitasi"), (2, 230, "Penyusunan")),
        _raw(163, 3, (0, 50, "kecamatan"), (1, 130, "Desa"), (2, 230, "Profil Desa")),
    ]
    assert _texts(group_rows(raw)) == [
        ["Tujuan", "Kegiatan", "Sub Kegiatan"],
        ["Meningkatnya kualitas pelayanan masyarakat kecamatan", "Koordinasi Kegiatan", "Pembinaan Lembaga Desa"],
        ["", "Fasilitasi Desa", "Penyusunan Profil Desa"],
    ]


def test_a_cell_opening_in_lower_case_is_no_usual_opening():
    def group(*texts: str) -> list[tuple[TextLine, list[list[Word]]]]:
        return [_raw(100, 2, (0, 50, "Program"), (1, 200, texts[0]))]

    groups = [group("nan Desa"), group("Jumlah Laporan"), group("Jumlah Dokumen")]
    assert column_openers(groups) == {1: "Jumlah"}


def _line(text: str, x0: float, top: float) -> TextLine:
    return TextLine(_words(x0, top, text, height=7.0))


def _split(goal: list[str]) -> list[list[str]]:
    """A band of one grid row: a goal (column 0) beside two kegiatan rows, the second starting at y 39."""
    grid = [[(0.0, 8.0, 70.0, 90.0), (70.0, 8.0, 160.0, 90.0), (160.0, 8.0, 260.0, 90.0)]]
    cells = {(0, 0): [_line(t, 5, 12 + 9 * i) for i, t in enumerate(goal)],
             (0, 1): [_line("Kegiatan A", 75, 12), _line("Kegiatan B", 75, 39)],
             (0, 2): [_line("Sub A", 165, 12), _line("Sub B", 165, 39)]}
    rows = split_rows(grid, cells, [Cut(19.0, 39.0)])
    return [[" ".join(ln.text for ln in col) for col in row.cells] for row in rows]


def test_a_merged_goal_wrapped_past_a_sub_row_start_stays_in_the_row_above():
    assert _split(["Meningkat", "kualitas", "pelayanan", "publik"]) == [
        ["Meningkat kualitas pelayanan publik", "Kegiatan A", "Sub A"], ["", "Kegiatan B", "Sub B"]]


def test_a_lower_case_line_after_room_left_opens_the_sub_row():
    # "desa" left room for "publik": the line below is a cell of its own
    assert _split(["Meningkat", "kualitas", "desa", "publik"]) == [
        ["Meningkat kualitas desa", "Kegiatan A", "Sub A"], ["publik", "Kegiatan B", "Sub B"]]


def test_a_row_opening_left_of_the_wrapped_cell_takes_its_line():
    # a misi number opens the row at the cut, left of the goal: a row of its own, no sub-row beside a merged goal
    grid = [[(0.0, 8.0, 20.0, 90.0), (20.0, 8.0, 90.0, 90.0), (90.0, 8.0, 180.0, 90.0), (180.0, 8.0, 280.0, 90.0)]]
    goal = ["Meningkat", "kualitas", "pelayanan", "mutu", "tata"]
    cells = {(0, 0): [_line("1", 5, 12), _line("2", 5, 39)],
             (0, 1): [_line(t, 25, 12 + 9 * i) for i, t in enumerate(goal)],
             (0, 2): [_line("Kegiatan A", 95, 12), _line("Kegiatan B", 95, 39)],
             (0, 3): [_line("Sub A", 185, 12), _line("Sub B", 185, 39)]}
    rows = split_rows(grid, cells, [Cut(19.0, 39.0)])
    assert [[" ".join(ln.text for ln in col) for col in row.cells] for row in rows] == [
        ["1", "Meningkat kualitas pelayanan", "Kegiatan A", "Sub A"], ["2", "mutu tata", "Kegiatan B", "Sub B"]]
