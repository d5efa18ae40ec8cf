"""Rows a page break or an unruled band cuts: a fence of vertical rules under a header the page before left, a
cell of stacked amounts whose first value is set low, a bold header's end meeting the body in one band, two row
starts whose gaps overlap, a name cut after its column's usual first word."""

from __future__ import annotations

from line_builders import cells_line

from lkjip.extract.document import TableRow
from lkjip.extract.layout.geometry import Ruling, TextLine, Word
from lkjip.extract.layout.half_ruled import half_ruled_tables
from lkjip.extract.layout.stacked import Cut, _merge, complete_value, split_rows, stacked_cuts
from lkjip.extract.layout.stitch import continues_row, usual_openers


def line(text: str, x0: float, top: float, height: float = 6.0, bold: bool = False) -> TextLine:
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, x, top, x + 4 * len(t), top + height, bold=bold))
        x += 4 * len(t) + 3
    return TextLine(words)


def _texts(rows):
    return [[" ".join(ln.text for ln in col) for col in row.cells] for row in rows]


def test_an_amount_with_its_currency_sign_is_a_complete_value():
    assert complete_value("Rp.126.210.665") and complete_value("Rp 2.059.684.866") and complete_value("Rp.90,50")
    assert not complete_value("Rp.") and not complete_value("Rp. Program")


def _banded_top_of_page():
    """A page's top part of a budget table ruled by bands: the name column one tall cell, the amount column one
    cell over three rows; the name cut by the page break opens the page ("Penunjang Urusan / Pemerintahan"),
    each row's amount on its first line beside "Program", its name wrapped below."""
    name_box, amount_box = (37.0, 52.5, 91.0, 200.0), (91.0, 52.5, 547.0, 200.0)
    words = ["Penunjang", "Urusan", "Pemerintahan", "Program", "Penyelenggaraan", "Pemerintahan", "Program",
             "Koordinasi"]
    names = [line(w, 51 if w == "Program" else 43, 53.2 + 8.5 * k) for k, w in enumerate(words)]
    amounts = [line("Rp. 126.210.665", 300, names[3].top), line("Rp. 100.824.929", 300, names[6].top)]
    grid = [[name_box, amount_box]]
    return grid, {(0, 0): names, (0, 1): amounts}, {(0, 0): name_box, (0, 1): amount_box}


def test_a_stacked_cell_whose_first_value_is_set_low_leaves_the_rows_rest_above_it():
    grid, cells, boxes = _banded_top_of_page()
    rows = _texts(split_rows(grid, cells, stacked_cuts(cells, boxes)))
    assert rows == [["Penunjang Urusan Pemerintahan", ""],
                    ["Program Penyelenggaraan Pemerintahan", "Rp. 126.210.665"],
                    ["Program Koordinasi", "Rp. 100.824.929"]]


def test_a_bold_header_meeting_the_body_in_one_band_ends_at_its_last_line():
    """A header's second level left unruled from the first body row (the rule under the header skipped): the
    header's end, level in the amount columns, is a row boundary, however close the body follows."""
    # NO and URAIAN span both header levels; the amount columns' second level opens a grid row of its own
    left, head = (37.0, 43.0, 180.0, 90.0), (180.0, 43.0, 300.0, 52.5)
    boxes = {(0, 0): left, (0, 1): head, (1, 1): (180.0, 52.5, 240.0, 90.0), (1, 2): (240.0, 52.5, 300.0, 90.0)}
    cells = {(0, 0): [line("URAIAN", 50, 44.0, bold=True), line("Penyediaan Barang", 50, 61.6),
                      line("Cetakan", 50, 70.1)],
             (0, 1): [line("ANGGARAN", 200, 44.0, bold=True)],
             (1, 1): [line("PAGU", 185, 53.6, bold=True), line("52.446.706", 185, 61.6)],
             (1, 2): [line("%", 250, 53.6, bold=True), line("84,43", 250, 61.6)]}
    grid = [[left, head, None], [None, boxes[(1, 1)], boxes[(1, 2)]]]
    rows = _texts(split_rows(grid, cells, stacked_cuts(cells, boxes)))
    assert rows == [["URAIAN", "ANGGARAN", ""], ["", "PAGU", "%"], ["Penyediaan Barang Cetakan", "52.446.706", "84,43"]]


def test_overlapping_gaps_that_end_apart_are_two_row_starts():
    """A sub-row opening in one column after a long blank, and the next kegiatan opening lower in another
    column after an even longer one: two boundaries, not one."""
    cuts = _merge([Cut(363.7, 426.5), Cut(389.0, 468.7)])
    assert [(c.gap_top, c.gap_bottom) for c in cuts] == [(363.7, 426.5), (426.5, 468.7)]
    # gaps ending level are one boundary, narrowed to what they share
    assert [(c.gap_top, c.gap_bottom) for c in _merge([Cut(50.0, 61.6), Cut(58.0, 62.0)])] == [(58.0, 61.6)]


def test_a_name_cut_after_its_columns_usual_first_word_runs_on():
    rows = [TableRow(cells=["Program", "Anggaran"], is_header=True),
            TableRow(cells=["Program Penunjang Urusan Pemerintahan", "Rp 2.170.669.028"]),
            TableRow(cells=["Program", "Rp 158.567.505"])]
    rest = TableRow(cells=["Pemberdayaan Masyarakat Desa dan Kelurahan", ""])
    assert continues_row(rows[-1], rest, usual=usual_openers(rows))
    assert not continues_row(rows[-1], rest)  # no usual first word known: a capital opens a row of its own
    whole = TableRow(cells=["Program Pembinaan", "Rp 144.723.098"])
    assert not continues_row(whole, rest, usual=usual_openers(rows))


def test_a_fence_of_vertical_rules_takes_the_header_the_page_before_left():
    """A table ruled by vertical rules only, its header and first row's start at the foot of the page before
    (set above this page's first line, ``lead``): the fence here starts below them, yet takes them in."""
    lead = [cells_line(20, (60, "Program"), (160, "Anggaran (Rp.)"), bold=True),
            cells_line(32, (60, "Program"), (400, "Rp 2.170.669.028"))]
    body = [cells_line(45, (60, "Penunjang Urusan")),
            cells_line(57, (60, "Program"), (400, "Rp 158.567.505")),
            cells_line(69, (60, "Pemberdayaan Desa")),
            cells_line(81, (60, "Jumlah"), (400, "Rp 2.329.236.533"))]
    rules = [Ruling(x - 0.4, 44.0, x + 0.4, 95.0) for x in (55.0, 150.0, 540.0)]
    tables, rest = half_ruled_tables([*lead, *body], rules, page_no=2, strategy="rules",
                                     lead=(lead[0].top, lead[-1].bottom))
    assert len(tables) == 1 and rest == []
    cells = [r.cells for r in tables[0].table.rows]
    assert cells[0] == ["Program", "Anggaran (Rp.)"]
    assert cells[1] == ["Program Penunjang Urusan", "Rp 2.170.669.028"]
    assert cells[-1] == ["Jumlah", "Rp 2.329.236.533"]
    # without the lead the fence keeps to its rules
    tables, rest = half_ruled_tables([*lead, *body], rules, page_no=2, strategy="rules")
    assert len(rest) == 2


def test_a_row_code_cut_after_its_dot_runs_on_with_the_amounts_cut_beside_it():
    """'1.5.' / '1' in the code column, '61.200.0' / '00' in the amount columns: one row cut by the page break."""
    last = TableRow(cells=["1.5.", "Pengadaan", "61.200.0", "61.200.0", "100", "Jumlah Unit", "1"])
    rest = TableRow(cells=["1", "Kendaraan Dinas Operasional", "00", "00", ",00", "Kendaraan Dinas", "Unit"])
    assert continues_row(last, rest)
    # a code's last digit alone, nothing cut beside it: a row's own key may open the page
    assert not continues_row(TableRow(cells=["1.5.", "Pengadaan", "61.200.000"]),
                             TableRow(cells=["2", "Pemeliharaan Barang", "8.000.000"]))


def test_a_merged_cell_running_on_across_an_edge_the_grid_closed_stays_in_the_row_above():
    """A cascading table whose frame sides break at a sub-row's top (no rule drawn across): the indicator cell
    merged down runs on across that edge at its own leading ("perencana" / "an" / "pembangunan desa"), the
    sub-row's own text starts below the edge by its padding. A blank line ends the run."""
    from lkjip.extract.layout.grid import word_heights

    cells = [(0.0, 0.0, 100.0, 50.0), (0.0, 50.0, 100.0, 120.0), (100.0, 0.0, 200.0, 50.0), (100.0, 50.0, 200.0, 120.0)]
    merged = [Word(t, 5.0, top, 40.0, top + 12.8) for t, top in
              [("perencana", 29.9), ("an", 42.8), ("pembangu", 55.5), ("nan", 68.3), ("Lain", 100.0)]]
    sub = [Word("Peningkatan", 105.0, 51.0, 160.0, 63.8), Word("Efektivitas", 105.0, 63.8, 160.0, 76.6)]
    atoms = merged + sub
    cx = [(a.x0 + a.x1) / 2 for a in atoms]
    cy = word_heights(atoms, cx, cells, [])
    assert [y < 50.0 for y in cy] == [True, True, True, True, False, False, False]
    drawn = [Ruling(0.0, 49.75, 200.0, 50.25)]
    assert word_heights(atoms, cx, cells, drawn) == [(a.top + a.bottom) / 2 for a in atoms]


def test_a_sub_row_set_lower_than_the_goal_running_on_beside_it_opens_there():
    """A cascading table's sub-row opens on the line where the goal merged down runs on ("desa"), with no blank
    and no room left above: its cells start lower than the goal's words by their padding (2.2 pt)."""
    from lkjip.extract.layout.rows import group_rows

    def raw(*cells: tuple[int, float, float, str], bold: bool = False) -> tuple[TextLine, list[list[Word]]]:
        cols: list[list[Word]] = [[], [], []]
        for k, x, y, text in cells:
            for tok in text.split():
                cols[k].append(Word(tok, x, y, x + 5.0 * len(tok), y + 10.0, size=10.0, bold=bold))
                x += 5.0 * len(tok) + 3
        return TextLine([w for c in cols for w in c]), cols

    rows = [raw((0, 50, 100, "Tujuan"), (1, 130, 100, "Sub Kegiatan"), (2, 230, 100, "Indikator"), bold=True),
            raw((0, 50, 115, "Meningkatkan"), (1, 130, 115, "Pengelolaan"), (2, 230, 115, "Persentase")),
            raw((0, 50, 127, "keberdayaan"), (1, 130, 127, "Administrasi"), (2, 230, 127, "Dokumen")),
            raw((0, 50, 139, "masyarakat"), (1, 130, 139, "Pemerintahan"), (2, 230, 139, "Tersusun")),
            raw((0, 50, 151, "desa"), (1, 130, 153.2, "Peningkatan"), (2, 230, 153.2, "Jumlah")),
            raw((1, 130, 165.2, "Efektivitas"), (2, 230, 165.2, "Desa"))]
    texts = [[" ".join(w.text for _, cells in g for w in cells[k]) for k in range(3)] for g in group_rows(rows)]
    assert texts == [["Tujuan", "Sub Kegiatan", "Indikator"],
                     ["Meningkatkan keberdayaan masyarakat desa", "Pengelolaan Administrasi Pemerintahan",
                      "Persentase Dokumen Tersusun"],
                     ["", "Peningkatan Efektivitas", "Jumlah Desa"]]
