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


def _row_line(top: float, *cells: tuple[float, str]) -> TextLine:
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(_w(tok, x, top))
            x += 4.3 * len(tok) + 2.5
    return TextLine(words)


def test_a_key_and_amounts_broken_in_narrow_columns_continue_their_row():
    # "1.1." / "1" in the narrow No column beside "1.101.28" / "5" and "99," / "98": one row, key 1.1.1
    xs = (57, 100, 250, 300, 350)
    lines = [TextLine([_w(t, x, 100, True) for x, t in zip(xs, ("NO", "URAIAN", "ANGGARAN", "REALISASI", "%"),
                                                              strict=True)])]
    rows = [[("1.1", "Perencanaan Kinerja", "10.819.887", "10.818.075", "99,98")],
            [("1.1.", "Penyusunan", "1.101.28", "1.101.05", "99,"), ("1", "Dokumen Perencanaan", "5", "0", "98"),
             ("", "Perangkat Daerah", "", "", "")],
            [("1.1.", "Koordinasi", "1.481.65", "1.481.30", "99,"), ("2", "dan Penyusunan Dokumen", "6", "0", "98")]]
    top = 113.0
    for row in rows:
        for line in row:
            lines.append(_row_line(top, *((x, t) for x, t in zip(xs, line, strict=True) if t)))
            top += 10.5
        top += 3.0
    tables, _ = find_text_tables(lines, page_no=33)
    got = [r.cells for r in tables[0].table.rows[1:]]
    assert got == [["1.1", "Perencanaan Kinerja", "10.819.887", "10.818.075", "99,98"],
                   ["1.1.1", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "1.101.285", "1.101.050", "99,98"],
                   ["1.1.2", "Koordinasi dan Penyusunan Dokumen", "1.481.656", "1.481.300", "99,98"]]


def test_amounts_under_a_currency_sign_with_a_percentage_broken_beside_them_are_read_whole():
    # "Rp" centred alone, the amount's head filling the narrow column, its tail centred under it; the
    # percentage beside broken too ("93,9" / "1"): two columns under one em apart, one row per program
    head = TextLine([_w("URAIAN", 100, 100, True), _w("ANGGAR", 182.1, 100, True), _w("REALISA", 244.0, 100, True),
                     _w("%", 312.0, 100, True)])
    lines = [head, TextLine([_w("AN", 182.1, 111, True), _w("SI", 244.0, 111, True)])]
    rows = [("PROGRAM", "2.525.442", ".492", "2.371.586", ".698", "93,9", "1"),
            ("KEGIATAN", "10.819.88", "7", "10.818.07", "5", "99,9", "8"),
            ("SUB KEGIATAN", "1.101.285", "", "1.101.050", "", "99,9", "8")]
    top = 125.0
    for name, a1, a2, r1, r2, p1, p2 in rows:
        lines.append(TextLine([_w(name, 100, top), _centred("Rp", 182.8, 231.7, top), _centred("Rp", 244.0, 292.9, top),
                               _w(p1, 304.8, top)]))
        lines.append(TextLine([_w(a1, 182.8, top + 14.5), _w(r1, 244.0, top + 14.5), _w(p2, 312.4, top + 14.5)]))
        if a2:
            lines.append(TextLine([_centred(a2, 182.8, 231.7, top + 29), _centred(r2, 244.0, 292.9, top + 29)]))
        top += 50.0
    tables, _ = find_text_tables(lines, page_no=33)
    got = [r.cells for r in tables[0].table.rows if not r.is_header]
    assert got == [["PROGRAM", "Rp 2.525.442.492", "Rp 2.371.586.698", "93,91"],
                   ["KEGIATAN", "Rp 10.819.887", "Rp 10.818.075", "99,98"],
                   ["SUB KEGIATAN", "Rp 1.101.285", "Rp 1.101.050", "99,98"]]
