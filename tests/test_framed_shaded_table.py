"""A table shaded cell by cell instead of ruled, as Word prints a "colourful" table style: no rule between rows
or columns, only its frame's two sides (thin filled bars) and a bar under the header; its "No" column lies left
of the frame; a "label : value" preamble stands over it; its "Sasaran" cell,
set justified, runs on beside the next indicator's row, and a blank (the cell's padding) parts two indicators."""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import Ruling, Word, lines_from_words

SIZE = 12.0


def _words(y: float, *placed: tuple[float, str]) -> list[Word]:
    """Words at ``y``, each group from its x, 5 pt per letter, 3 pt apart (one word per group: placed as given)."""
    out = []
    for x, text in placed:
        for tok in text.split():
            out.append(Word(tok, x, y, x + 5.0 * len(tok), y + 12.0, size=SIZE))
            x += 5.0 * len(tok) + 3.0
    return out


def _justified(y: float, first: str, last: str, x0: float = 208.0, x1: float = 382.0) -> list[Word]:
    """Two words of a cell line set justified from ``x0`` to ``x1`` (the gap between them stretched)."""
    return _words(y, (x0, first), (x1 - 5.0 * len(last), last))


def _page(*, preamble: bool = True, justified: bool = True) -> list[Word]:
    ws: list[Word] = []
    if preamble:
        ws += _words(131, (157, "SKPD"), (304, ": Dinas Pertanian dan Pangan"))
        ws += _words(146, (157, "Tahun Anggaran"), (304, ": 2016"))
    ws += _words(176, (181, "No"), (250, "Sasaran Strategis"), (435, "Indikator Kinerja"), (579, "Satuan"),
                 (627, "Target"))
    ws += _words(194, (186, "1"), (292, "2"), (478, "3"), (595, "4"), (641, "5"))
    ws += _words(209, (181, "1."), (393, "- 3.1.1 Luas Taman Kota"), (593, "%"), (630, "0.820"))
    ws += _justified(209, "Meningkatnya", "kualitas")
    ws += _justified(224, "pelayanan", "kebersihan") + _words(224, (403, "per Wilayah"))
    ws += _justified(239, "yang", "berdaya")
    if justified:
        ws += _justified(254, "guna", "serta")
    else:  # the cell's last line, set unstretched: the next line in the column is a cell of its own
        ws += _words(254, (208, "guna serta"))
    ws += _justified(269, "Lingkungan", "dan") + _words(269, (393, "- 3.1.2 Persentase Sampah"), (593, "%"),
                                                          (641, "5"))
    ws += _words(284, (208, "sehat.")) + _words(284, (403, "Tertangani"))
    ws += _words(344, (393, "- 3.1.3 Tempat Pembuangan"), (593, "%"), (638, "18"))
    ws += _words(359, (403, "sampah terpadu"))
    ws += _words(389, (181, "2."), (393, "- 3.2.1 Penataan Pemakaman"), (590, "Ha"), (641, "0"))
    ws += _justified(389, "Berkembangnya", "wilayah")
    ws += _words(404, (208, "yang tertata"), (403, "Umum"))
    ws += _words(419, (208, "handal"))
    return ws


def _frame(top: float = 191.0) -> list[Ruling]:
    """The bar under the header (3 pt, over the "No" column too) and the frame's sides, 1 pt bars drawn in
    pieces, from under the header down to the table's foot."""
    rules = [Ruling(175.0, 188.0, 669.0, 191.0)]
    for x in (202.25, 666.0):
        rules += [Ruling(x, top, x + 1.0, 206.0), Ruling(x, 206.0, x + 1.0, 385.0), Ruling(x, 385.0, x + 1.0, 445.0)]
    return rules


def _tables(words: list[Word], rules: list[Ruling]):
    tables, rest = find_text_tables(lines_from_words(words), rules, page_no=21)
    return [t.table for t in tables], rest


def test_a_blank_inside_the_frame_does_not_end_the_table():
    tables, _ = _tables(_page(), _frame())
    assert len(tables) == 1
    rows = [r.cells for r in tables[0].rows]
    assert [c[2].split()[1] for c in rows[2:]] == ["3.1.1", "3.1.2", "3.1.3", "3.2.1"]
    assert [c[4] for c in rows[2:]] == ["0.820", "5", "18", "0"]


def test_a_page_border_does_not_hold_a_blank_together():
    # sides starting far above the table (a page's border) say nothing of where the table ends
    words = _page()
    border = [Ruling(150.0, 40.0, 151.0, 800.0), Ruling(700.0, 40.0, 701.0, 800.0)]
    tables, _ = _tables(words, [Ruling(175.0, 188.0, 669.0, 191.0), *border])
    assert len(tables) == 2


def test_label_value_lines_over_the_table_stay_out_of_it():
    tables, rest = _tables(_page(), _frame())
    assert tables[0].rows[0].cells == ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"]
    assert any(ln.text.startswith("SKPD") for ln in rest)
    assert any(ln.text.startswith("Tahun Anggaran") for ln in rest)


def test_a_justified_cell_line_runs_on_beside_the_next_row():
    tables, _ = _tables(_page(), _frame())
    rows = [r.cells for r in tables[0].rows]
    assert rows[2][1].endswith("guna serta Lingkungan dan sehat.")
    assert rows[3][1] == "" and rows[4][1] == ""
    assert rows[5][1].startswith("Berkembangnya")


def test_an_unstretched_last_line_ends_its_cell():
    tables, _ = _tables(_page(justified=False), _frame())
    rows = [r.cells for r in tables[0].rows]
    assert rows[2][1].endswith("guna serta")
    assert rows[3][1].startswith("Lingkungan")
