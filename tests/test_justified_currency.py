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
