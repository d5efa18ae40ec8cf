"""A header band's lower line that only opens columns with no header text beside them (the upper line of that cell
unread by OCR, or the cell's text set low) stays in the band's first level; a line of sub-labels under a group
label still starts the next level."""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.rows import header_levels

#: the columns' left edges of a budget appendix: NO, URAIAN, ANGGARAN, REALISASI, %, URAIAN, TARGET, REALISASI, %
EDGES = (43.0, 86.0, 175.0, 247.0, 318.0, 355.0, 423.0, 467.0, 525.0)


def _item(top: float, texts: dict[int, str]) -> tuple[TextLine, list[list[Word]]]:
    cells: list[list[Word]] = [[] for _ in EDGES]
    for k, text in texts.items():
        cells[k].append(Word(text, EDGES[k], top, EDGES[k] + 5.0 * len(text), top + 5.6, size=8.0, bold=True))
    return TextLine([w for c in cells for w in c]), cells


def _texts(level: list[tuple[TextLine, list[list[Word]]]]) -> list[str]:
    return [" ".join(w.text for _, cells in level for w in cells[k]) for k in range(len(EDGES))]


def test_a_lone_lower_cell_line_stays_in_the_first_level():
    band = [_item(584.6, {1: "URAIAN", 2: "ANGGARAN"}), _item(593.8, {5: "KELUARAN"})]
    levels = header_levels(band)
    assert len(levels) == 1
    assert _texts(levels[0])[5] == "KELUARAN"


def test_sub_labels_under_a_group_label_start_a_level():
    band = [_item(584.6, {1: "URAIAN", 2: "ANGGARAN", 5: "KELUARAN"}),
            _item(603.6, {2: "ANGGARAN", 3: "REALISASI", 4: "%", 5: "URAIAN", 6: "TARGET", 7: "REALISASI", 8: "%"})]
    levels = header_levels(band)
    assert len(levels) == 2
    assert _texts(levels[1])[3:5] == ["REALISASI", "%"]
