"""Amounts wrapped in narrow amount columns set side by side (issue #12).

Two amount columns narrower than their amounts ("2.525.4" / "42.492" under "Anggar" / "an") lie less than one
em apart: no line shows a column gap between them. The first piece of each amount fills its column and ends at
its right edge, line after line; the wrapped pieces, centred under it, end short of that edge, but they are
pieces of amounts, not left-aligned text wrapping before it: the edge is a column gap, and each amount is read
whole in its own column (not two columns' pieces merged: "2.662.3 2.508.5").
Built on synthetic lines placed as a Chromium print of the budget table lays them out.
"""

from __future__ import annotations

from lkjip.extract.layout.borderless import find_text_tables
from lkjip.extract.layout.geometry import TextLine, Word

_ROWS = [("Program Penunjang Urusan Pemerintahan Daerah", "2.525.442.492", "2.371.586.698", "93,91"),
         ("Program Penyelenggaraan Pemerintahan", "15.279.011", "15.278.700", "99,99"),
         ("Program Pemberdayaan Masyarakat Desa", "73.593.494", "73.578.700", "99,98"),
         ("Program Koordinasi Ketentraman", "23.460.000", "23.460.000", "100"),
         ("Program Pembinaan Pemerintahan Desa", "24.619.682", "24.618.825", "99,99"),
         ("Total", "2.662.394.679", "2.508.522.933", "94,22")]


def _w(text: str, x0: float, top: float, bold: bool = False) -> Word:
    return Word(text, x0, top, x0 + 4.3 * len(text), top + 10.0, size=9.0, bold=bold)


def _centred(text: str, left: float, right: float, top: float) -> Word:
    width = 4.3 * len(text)
    return _w(text, (left + right - width) / 2, top)


def _lines() -> list[TextLine]:
    lines = [TextLine([_w("Program", 60, 134, True), _w("Anggar", 375.1, 134, True), _w("Realisa", 414.9, 134, True),
                       _w("%", 454.7, 134, True)]),
             TextLine([_w("an", 375.1, 144.5, True), _w("si", 414.9, 144.5, True)])]
    top = 157.0
    for name, anggaran, realisasi, persen in _ROWS:
        cut_a, cut_r = 7, 7  # the first seven characters fill the narrow column
        words = []
        x = 80.0
        for tok in name.split():
            words.append(_w(tok, x, top))
            x += 4.3 * len(tok) + 2.5
        words += [_w(anggaran[:cut_a], 377.0, top), _w(realisasi[:cut_r], 416.8, top), _w(persen, 479.0, top)]
        lines.append(TextLine(words))
        lines.append(TextLine([_centred(anggaran[cut_a:], 377.0, 407.1, top + 10.5),
                               _centred(realisasi[cut_r:], 416.8, 446.9, top + 10.5)]))
        top += 22.5
    return lines


def test_amounts_wrapped_in_narrow_columns_side_by_side_are_read_whole_in_their_columns():
    tables, rest = find_text_tables(_lines(), page_no=14)
    assert len(tables) == 1 and not rest
    rows = [r.cells for r in tables[0].table.rows]
    assert rows[0] == ["Program", "Anggaran", "Realisasi", "%"]
    assert [r[1:] for r in rows[1:]] == [[a, r, p] for _, a, r, p in _ROWS]
