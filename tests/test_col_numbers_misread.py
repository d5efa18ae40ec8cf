"""A header line of column numbers with one digit misread by OCR ("s" for 5) is still a row of its own: the years
line above keeps its cells ("2021", not "2021 s")."""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.rows import header_levels

#: left edges of a Renstra table: Misi, Sasaran, Indikator, Kondisi Awal, 2021 … 2026, Kondisi Akhir
EDGES = (46.0, 92.0, 142.0, 393.0, 449.0, 501.0, 550.0, 600.0, 649.0, 698.0, 748.0)


def _item(top: float, texts: dict[int, str]) -> tuple[TextLine, list[list[Word]]]:
    cells: list[list[Word]] = [[] for _ in EDGES]
    for k, text in texts.items():
        cells[k].append(Word(text, EDGES[k], top, EDGES[k] + 4.0 * len(text), top + 5.0, size=7.0))
    return TextLine([w for c in cells for w in c]), cells


def _texts(level: list[tuple[TextLine, list[list[Word]]]]) -> list[str]:
    return [" ".join(w.text for _, cells in level for w in cells[k]) for k in range(len(EDGES))]


def _band(numbers: list[str]) -> list[tuple[TextLine, list[list[Word]]]]:
    return [
        _item(57.0, {0: "Misi", 1: "Tujuan", 2: "Indikator", 3: "Kondisi", 4: "Target", 10: "Kondisi"}),
        _item(64.0, {1: "Sasaran", 3: "Awal", 10: "Akhir"}),
        _item(71.0, {3: "(2020)", 4: "2021", 5: "2022", 6: "2023", 7: "2024", 8: "2025", 9: "2026", 10: "(2026)"}),
        _item(78.0, dict(enumerate(numbers))),
    ]


def test_a_numbering_line_with_one_misread_digit_is_its_own_row():
    levels = header_levels(_band(["1", "2", "3", "4", "s", "6", "7", "8", "9", "10", "11"]))
    assert _texts(levels[-1]) == ["1", "2", "3", "4", "s", "6", "7", "8", "9", "10", "11"]
    assert "2021" in _texts(levels[-2])


def test_a_line_of_words_is_no_numbering_line():
    levels = header_levels(_band(["1", "2", "3", "4", "s", "6", "7", "8", "9", "10", "Satuan"]))
    assert not any(_texts(lv)[:4] == ["1", "2", "3", "4"] and len([t for t in _texts(lv) if t]) == 11 for lv in levels)
