"""A budget table set justified in narrow columns, its amounts set right under a currency sign ("Rp" on the first
line of the cell, the amount wrapped under it): a name's first line ("Perencanaan,") and the "Rp" of the amount
beside it are two cells, however wide the white between them and however the signs and amounts line up only with
each other. A gap beside a currency sign is never a justified line's stretched word space
(:func:`lkjip.extract.layout.justified.stretched_spaces`)."""

from __future__ import annotations

from lkjip.extract.layout.geometry import TextLine, Word
from lkjip.extract.layout.justified import stretched_spaces


def _line(y: float, *words: tuple[str, float, float]) -> TextLine:
    return TextLine([Word(t, x0, y, x1, y + 8.0, size=8.0) for t, x0, x1 in words])


def _page() -> list[TextLine]:
    return [
        _line(100, ("1", 83, 88), ("PROGRAM", 98, 135), ("Rp", 227, 239), ("Rp", 289, 301)),
        _line(110, ("PENUNJANG", 98, 140), ("URUSAN", 143, 175), ("2.391.569.66", 188, 239), ("2.266.327.57", 251, 301)),
        _line(120, ("PEMERINTAHAN", 98, 155), ("8", 234, 239), ("3", 296, 301)),
        _line(130, ("1.1", 76, 88), ("Perencanaan,", 98, 148), ("Rp", 227, 239), ("Rp", 289, 301)),
        # a justified line: its two spaces stretched alike
        _line(140, ("Penganggaran,", 98, 152), ("dan", 160.0, 172.0), ("Evaluasi", 180.0, 200.0)),
        _line(150, ("Kinerja", 98, 128), ("Perangkat", 135.6, 170.0), ("Daerah", 177.6, 200.0)),
        _line(160, ("Koordinasi", 98, 140), ("Rp", 227, 239), ("Rp", 289, 301)),
        _line(170, ("dan", 98, 112), ("Penyusunan", 119.0, 160.0), ("Dokumen", 167.0, 200.0)),
        _line(180, ("RKA-SKPD", 98, 135), ("6.673.751", 200, 239), ("5.690.311", 262, 301)),
    ]


def test_the_gap_before_a_currency_sign_is_no_stretched_space():
    lines = _page()
    joined = stretched_spaces(lines)
    signs = [w for ln in lines for w in ln.words if w.text == "Rp"]
    assert not any(id(w) in joined for w in signs)


def _mono(y: float, *words: tuple[str, float, float], h: float = 7.45) -> TextLine:
    return TextLine([Word(t, x0, y, x1, y + h, size=8.0) for t, x0, x1 in words])


def test_the_gap_before_an_amounts_dash_wrapped_onto_a_line_of_its_own_is_no_stretched_space():
    # a monospaced budget table set justified: the amounts' ",-" wrapped under them, beside a name's last word
    lines = [
        _mono(447.2, ("Program", 56.8, 90.4), ("Penunjang", 95.39, 138.59), ("Urusan", 143.68, 172.48),
              ("Pemerintahan", 177.47, 235.07), ("Daerah", 240.16, 268.96), ("Kabupaten/", 273.95, 321.95),
              ("2.525.442.492,", 334.9, 402.1), ("2.371.586.698,", 414.9, 482.1), ("93,91", 494.3, 518.3),
              ("%", 523.1, 527.91)),
        _mono(457.6, ("Kota", 56.8, 76.0), ("-", 397.3, 402.1), ("-", 477.3, 482.1), h=5.87),
        _mono(468.0, ("Program", 56.8, 90.4), ("Penyelenggaraan", 101.49, 173.49), ("Pemerintahan", 184.58, 242.18),
              ("dan", 253.26, 267.66), ("Pelayanan", 278.75, 321.95), ("15.279.011,-", 344.5, 402.1),
              ("15.278.700,-", 424.5, 482.1), ("99,99", 494.3, 518.3), ("%", 523.1, 527.91)),
        _mono(478.4, ("Publik", 56.8, 85.6), h=5.87),
        _mono(488.8, ("Program", 56.8, 90.4), ("Pemberdayaan", 95.2, 152.8), ("Masyarakat", 157.6, 205.6),
              ("Desa", 210.4, 229.6), ("dan", 234.4, 248.8), ("Kelurahan", 253.6, 296.8), ("73.593.494,-", 344.5, 402.1),
              ("73.578.700,-", 424.5, 482.1), ("99,98", 494.3, 518.3), ("%", 523.1, 527.91)),
        _mono(499.2, ("Program", 56.8, 90.4), ("Koordinasi", 95.2, 143.2), ("Ketentraman", 148.0, 200.8),
              ("dan", 205.6, 220.0), ("Ketertiban", 224.8, 272.8), ("Umum", 277.6, 296.8), ("23.460.000,-", 344.5, 402.1),
              ("23.460.000,-", 424.5, 482.1), ("100", 503.9, 518.3), ("%", 523.1, 527.91)),
        _mono(509.6, ("Program", 56.8, 90.4), ("Pembinaan", 95.2, 138.4), ("dan", 143.2, 157.6),
              ("Pengawasan", 162.4, 210.4), ("Pemerintahan", 215.2, 272.8), ("Desa", 277.6, 296.8),
              ("24.619.682,-", 344.5, 402.1), ("24.618.825,-", 424.5, 482.1), ("99,99", 494.3, 518.3),
              ("%", 523.1, 527.91)),
        _mono(520.0, ("Total", 56.8, 80.8), ("2.662.394.679,", 334.9, 402.1), ("2.508.522.933,", 414.9, 482.1),
              ("94,22", 494.3, 518.3), ("%", 523.1, 527.91), h=5.87),
        _mono(530.4, ("-", 397.3, 402.1), ("-", 477.3, 482.1), h=5.8),
    ]
    joined = stretched_spaces(lines)
    assert not any(id(w) in joined for w in lines[1].words)
