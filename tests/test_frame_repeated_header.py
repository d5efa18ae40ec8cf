"""A framed table continued on the next page, its header repeated there without the rule under it (a frame's
header rule drawn on the first page only): the body starts under the bold lines that open the frame, so a label
spanning two right-aligned number columns ("Tahun 2023" over "Target" and "Realisasi") does not close the white
channel between them (:func:`lkjip.extract.layout.ruled_columns.body_start`)."""

from __future__ import annotations

from line_builders import cells_line, hrule

from lkjip.extract.document import Table, TableRow
from lkjip.extract.layout.geometry import Ruling
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.page_table import PageTable
from lkjip.extract.layout.ruled_columns import body_start


def _frame(top: float, bottom: float, x0: float = 50.0, x1: float = 780.0) -> list[Ruling]:
    return [hrule(top, x0, x1), hrule(bottom, x0, x1), Ruling(x0, top, x0 + 0.5, bottom), Ruling(x1 - 0.5, top, x1, bottom)]


def _row(y: float, no: str, name: str, unit: str, last: str, target: str, real: str, pct: str):
    # numbers set flush right in their cells (5 pt a letter)
    return cells_line(y, (66, no), (96, name), (545, unit), (616 - 5 * len(last), last),
                      (662 - 5 * len(target), target), (723 - 5 * len(real), real), (775 - 5 * len(pct), pct))


def _page() -> list:
    return [
        cells_line(60, (57, "No"), (82, "Sasaran"), (519, "Satuan"), (565, "Realisasi"), (627, "Tahun 2023"),
                   (734, "Capaian"), bold=True),
        cells_line(73, (82, "Uraian"), (565, "Tahun"), (627, "Target"), (673, "Realisasi"), (734, "Tahun"),
                   bold=True),
        _row(99, "3", "Menurunnya gangguan ketertiban", "%", "70", "71", "71", "100"),
        _row(125, "4", "Meningkatnya kualitas tata kelola", "%", "83", "89", "91", "102,25"),
        _row(152, "5", "Meningkatnya keaktifan lembaga", "%", "64", "69", "69", "100"),
    ]


def test_the_body_starts_under_the_bold_lines_a_frame_opens_with():
    lines = _page()
    assert body_start(lines, [55.0, 180.0]) > lines[1].bottom
    assert body_start(lines, [55.0, 180.0]) <= lines[2].top


def _carry() -> PageTable:
    """The part the page before ended with (its header rule drawn), as wide as the frame here."""
    head = ["No", "Sasaran", "Satuan", "Realisasi Tahun", "Tahun 2023", "", "Capaian Tahun"]
    rows = [TableRow(cells=head, is_header=True), TableRow(cells=["2", "Meningkatnya", "%", "72", "80", "78", "97,5"])]
    return PageTable(Table(rows=rows), [50.0, 80.0, 515.0, 560.0, 621.0, 690.0, 728.0, 780.0], 400.0, 560.0,
                     50.0, 780.0)


def test_a_label_spanning_two_number_columns_keeps_them_apart_without_a_header_rule():
    tables, _ = half_ruled_tables(_page(), _frame(55.0, 180.0), page_no=8, strategy="rules", carry=_carry())
    assert len(tables) == 1
    body = [r.cells for r in tables[0].table.rows if r.cells[0] in {"3", "4", "5"}]
    assert [c[-3:] for c in body] == [["71", "71", "100"], ["89", "91", "102,25"], ["69", "69", "100"]]


def test_a_body_row_first_under_the_frame_is_no_header():
    lines = _page()[2:]
    assert body_start(lines, [90.0, 180.0]) == 90.0


def test_one_line_under_the_bold_header_is_no_body_of_its_own():
    lines = _page()[:3]
    assert body_start(lines, [55.0, 120.0]) == 55.0
